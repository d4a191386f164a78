#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Developer entry point for Coalition Desk: installs the Debian packages the
# build needs, then configures, builds, tests, runs, formats or benchmarks.
# Every command is idempotent and incremental; run with no arguments for help.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly REPO_ROOT
cd "$REPO_ROOT"

# Everything the build, the tests and the helpers below need (Debian 12 names).
readonly DEB_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libgl-dev libsqlite3-dev
    clang-format desktop-file-utils appstream libxml2-utils poppler-utils
    xvfb xauth
)

readonly DESK_BIN="build/dev/app/coalition-desk/coalition-desk"

usage() {
    cat <<'EOF'
Usage: scripts/dev.sh COMMAND [ARGS...]

Commands:
  run [ARGS...]  Install missing packages, configure and build the 'dev' preset,
                 then start coalition-desk. Without ARGS it opens a fresh demo
                 workspace (coalition-desk --demo); with ARGS they are passed to
                 coalition-desk instead (e.g. a .coalition file). Needs a display;
                 headless, use: xvfb-run -a scripts/dev.sh run
  test           Install missing packages, then configure, build and run CTest
                 for the 'dev' preset and for the 'core-only' preset (no widgets).
                 Runs headless (QT_QPA_PLATFORM=offscreen). Non-zero on any failure.
  format         Run clang-format -i over the C++ sources known to git.
  bench          Build the 'release' preset and run every build/release/bench/bench_*.
  help           Show this help.
EOF
}

say() { printf 'dev.sh: %s\n' "$*"; }
die() { printf 'dev.sh: error: %s\n' "$*" >&2; exit 1; }

# ensure_packages PKG... : apt-get installs whichever of PKG are not installed.
# Does nothing (and prints nothing) when all are present.
ensure_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        say "dpkg-query not found: not a Debian system, so not installing packages."
        say "Make sure the equivalents of these are installed: $*"
        return 0
    fi
    local missing=() pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0

    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            die "missing Debian packages (${missing[*]}); run as root or install sudo, or install them yourself: apt-get install ${missing[*]}"
        fi
    fi
    say "installing missing Debian packages: ${missing[*]}"
    # Wait for another apt/dpkg run to release its lock rather than failing at once.
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get -o DPkg::Lock::Timeout=600 update \
        || die "apt-get update failed"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends "${missing[@]}" \
        || die "apt-get install failed for: ${missing[*]}"
}

ensure_deps() { ensure_packages "${DEB_PACKAGES[@]}"; }

# configure_and_build PRESET : cmake --preset + cmake --build --preset.
# Configuring every time is cheap and picks up newly installed tools.
configure_and_build() {
    local preset=$1 log
    say "configuring preset '$preset'"
    # Quiet when all is well; the whole log on failure, warnings always.
    if ! log=$(cmake --preset "$preset" 2>&1); then
        printf '%s\n' "$log" >&2
        say "configuring preset '$preset' failed" >&2
        return 1
    fi
    if grep -q 'CMake Warning' <<<"$log"; then
        printf '%s\n' "$log" >&2
    fi
    say "building preset '$preset'"
    cmake --build --preset "$preset"
}

cmd_run() {
    if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
        if command -v xvfb-run >/dev/null 2>&1; then
            say "no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so coalition-desk cannot open a window; xvfb-run exists: try 'xvfb-run -a scripts/dev.sh run'." >&2
        else
            say "no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so coalition-desk cannot open a window." >&2
        fi
        exit 2
    fi
    ensure_deps
    configure_and_build dev
    [[ -x $DESK_BIN ]] || die "$DESK_BIN was not built"
    if [[ $# -eq 0 ]]; then
        say "starting $DESK_BIN --demo"
        exec "$DESK_BIN" --demo
    fi
    say "starting $DESK_BIN $*"
    exec "$DESK_BIN" "$@"
}

cmd_test() {
    ensure_deps
    export QT_QPA_PLATFORM=offscreen
    local failed=() preset
    for preset in dev core-only; do
        if ! configure_and_build "$preset"; then
            failed+=("$preset (build)")
            continue
        fi
        say "testing preset '$preset'"
        if ! ctest --preset "$preset"; then
            failed+=("$preset (tests)")
        fi
    done
    if [[ ${#failed[@]} -gt 0 ]]; then
        die "failed: ${failed[*]}"
    fi
    say "all builds and tests passed (dev, core-only)"
}

cmd_format() {
    ensure_packages clang-format git
    git rev-parse --is-inside-work-tree >/dev/null 2>&1 || die "format needs a git checkout"
    # Tracked files, plus new ones not yet committed (but not ignored ones).
    local files=()
    mapfile -d '' files < <(git ls-files -z --cached --others --exclude-standard -- '*.cpp' '*.h')
    local existing=() f
    for f in "${files[@]}"; do
        [[ -f $f ]] && existing+=("$f")
    done
    if [[ ${#existing[@]} -eq 0 ]]; then
        say "no C++ sources to format"
        return 0
    fi
    say "formatting ${#existing[@]} files"
    printf '%s\0' "${existing[@]}" | xargs -0 clang-format -i --
}

cmd_bench() {
    ensure_deps
    configure_and_build release
    local benches=()
    if [[ -d build/release/bench ]]; then
        mapfile -t benches < <(find build/release/bench -type f -name 'bench_*' -perm -u+x | sort)
    fi
    [[ ${#benches[@]} -gt 0 ]] || die "no benchmark executables (bench_*) under build/release/bench"
    local failed=() bench
    for bench in "${benches[@]}"; do
        say "running $bench"
        "$bench" || failed+=("$bench")
    done
    [[ ${#failed[@]} -eq 0 ]] || die "benchmarks failed: ${failed[*]}"
}

main() {
    local cmd=${1:-help}
    [[ $# -gt 0 ]] && shift
    case $cmd in
        run) cmd_run "$@" ;;
        test) cmd_test "$@" ;;
        format) cmd_format "$@" ;;
        bench) cmd_bench "$@" ;;
        help | -h | --help) usage ;;
        *)
            usage >&2
            die "unknown command '$cmd'"
            ;;
    esac
}

main "$@"
