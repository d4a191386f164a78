# SPDX-License-Identifier: GPL-3.0-or-later
# Project-wide compile settings carried by one INTERFACE target, and the test
# helper every test executable is added with.

add_library(coalition_project_options INTERFACE)
add_library(Coalition::ProjectOptions ALIAS coalition_project_options)

target_compile_features(coalition_project_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(coalition_project_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    COALITION_VERSION="${PROJECT_VERSION}"
    COALITION_APP_ID="${COALITION_APP_ID}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(coalition_project_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
    if(COALITION_WARNINGS_AS_ERRORS)
        target_compile_options(coalition_project_options INTERFACE -Werror)
    endif()
endif()

# coalition_add_test(NAME SOURCES... [LIBRARIES ...] [GUI])
# Adds one Qt Test executable and registers it with CTest. Every test runs
# hermetically: offscreen platform, its own HOME and XDG folders.
function(coalition_add_test name)
    cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBRARIES" ${ARGN})
    add_executable(${name} ${ARG_SOURCES} ${ARG_UNPARSED_ARGUMENTS})
    target_link_libraries(${name} PRIVATE Qt6::Test coalition_project_options ${ARG_LIBRARIES})
    target_compile_definitions(${name} PRIVATE
        COALITION_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    add_test(NAME ${name} COMMAND ${name})
    set(test_home "${CMAKE_BINARY_DIR}/test-home/${name}")
    set_tests_properties(${name} PROPERTIES
        TIMEOUT 300
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HOME=${test_home};XDG_CONFIG_HOME=${test_home}/config;XDG_DATA_HOME=${test_home}/data;XDG_CACHE_HOME=${test_home}/cache;XDG_RUNTIME_DIR=${test_home}/runtime;LC_ALL=C.UTF-8")
    file(MAKE_DIRECTORY "${test_home}/runtime")
    file(CHMOD "${test_home}/runtime" DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
endfunction()
