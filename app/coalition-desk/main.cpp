// SPDX-License-Identifier: GPL-3.0-or-later
// coalition-desk: opens a workspace (the file given, a fresh sample with
// --demo, the last one, or a new one under the user's data folder) in the
// main window.

#include "app/mainwindow.h"
#include "app/messagebox.h"
#include "app/settings.h"
#include "app/workspaceopener.h"
#include "i18n/translators.h"
#include "io/demoworkspace.h"
#include "storage/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Coalition;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Coalition Desk"_s);
    QApplication::setOrganizationName(u"Coalition Desk"_s);
    QApplication::setApplicationVersion(QStringLiteral(COALITION_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(COALITION_APP_ID));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Keeps a coalition's members, rules and decisions."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        u"demo"_s, QApplication::translate("main", "Open a freshly generated sample workspace."));
    parser.addOption(demoOption);
    parser.addPositionalArgument(
        u"file"_s, QApplication::translate("main", "The workspace to open."), u"[FILE]"_s);
    parser.process(app);

    // The sample lives only as long as this run; declared before the window
    // so that the workspace is closed before its folder goes.
    QTemporaryDir demoDir;
    Ui::MainWindow window;
    if (parser.isSet(demoOption)) {
        const QString path = demoDir.filePath(QApplication::translate("main", "Sample workspace")
                                              + u".coalition"_s);
        auto workspace = demoDir.isValid()
            ? Workspace::open(path, Database::OpenMode::CreateNew)
            : Result<std::unique_ptr<Workspace>>(Error{demoDir.errorString(), {}, {}});
        Status populated = workspace ? DemoWorkspace::populate(**workspace) : workspace.error();
        if (!populated) {
            Ui::MessageBox::critical(nullptr, QApplication::translate("main", "Coalition Desk"),
                                     populated.error().message);
            return 1;
        }
        window.setWorkspace(std::move(workspace).value(), path, Ui::MainWindow::Remember::No);
    } else if (!parser.positionalArguments().isEmpty()) {
        window.openWorkspace(parser.positionalArguments().constFirst());
    } else {
        const QString last = Ui::Settings().lastWorkspace();
        if (!last.isEmpty() && QFileInfo::exists(last))
            window.openWorkspace(last);
        else
            window.openWorkspace(Ui::WorkspaceOpener::defaultPath(),
                                 Database::OpenMode::CreateIfMissing);
    }
    window.restoreSettings();
    window.show();
    return QApplication::exec();
}
