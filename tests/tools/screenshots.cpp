// SPDX-License-Identifier: GPL-3.0-or-later
// coalition-screenshots DIR: opens a fresh sample workspace headless and
// saves a 1280x800 PNG of every page into DIR (PAGE.png), plus the welcome
// screen. Used for the README's picture; not installed.

#include "app/mainwindow.h"
#include "io/demoworkspace.h"
#include "pages/page.h"
#include "storage/workspace.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Coalition;

namespace {

// Lets queued work (chunked loading, deferred layouts) finish before a grab.
void settle()
{
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool save(QWidget &window, const QString &path)
{
    settle();
    const QImage image = window.grab().toImage();
    if (image.size() != window.size() || image.isNull()) {
        std::fprintf(stderr, "coalition-screenshots: nothing was drawn for %s\n", qPrintable(path));
        return false;
    }
    if (!image.save(path, "PNG")) {
        std::fprintf(stderr, "coalition-screenshots: %s could not be written\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"coalition-screenshots"_s);
    // The window's saved layout must not change what the pictures show.
    QStandardPaths::setTestModeEnabled(true);

    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2 || args.at(1).startsWith(u'-')) {
        std::fprintf(stderr, "usage: coalition-screenshots DIR\n");
        return 2;
    }
    const QDir out(args.at(1));
    if (!QDir().mkpath(out.absolutePath())) {
        std::fprintf(stderr, "coalition-screenshots: cannot create %s\n", qPrintable(args.at(1)));
        return 1;
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(u"Sample workspace.coalition"_s);
    auto workspace = Workspace::open(path, Database::OpenMode::CreateNew);
    if (!workspace || !DemoWorkspace::populate(**workspace)) {
        std::fprintf(stderr, "coalition-screenshots: the sample workspace could not be made\n");
        return 1;
    }

    Ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    bool ok = save(window, out.filePath(u"welcome.png"_s));
    window.setWorkspace(std::move(workspace).value(), path, Ui::MainWindow::Remember::No);
    window.resize(1280, 800);
    const auto pages = window.pages();
    for (const Ui::Page *page : pages) {
        window.showPage(page->pageId());
        ok = save(window, out.filePath(page->pageId() + u".png"_s)) && ok;
    }
    return ok ? 0 : 1;
}
