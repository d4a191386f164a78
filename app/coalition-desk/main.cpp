// SPDX-License-Identifier: GPL-3.0-or-later
// coalition-desk: opens a workspace (the file given, or a fresh sample with
// --demo, or the default one under the user's data folder) in the main window.

#include "io/demoworkspace.h"
#include "mainwindow.h"
#include "storage/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>
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

    QString path;
    Database::OpenMode mode = Database::OpenMode::ExistingOnly;
    // The sample lives only as long as this run.
    QTemporaryDir demoDir;
    if (parser.isSet(demoOption)) {
        if (!demoDir.isValid()) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Coalition Desk"),
                                  demoDir.errorString());
            return 1;
        }
        path = demoDir.filePath(QApplication::translate("main", "Sample workspace")
                                + u".coalition"_s);
        mode = Database::OpenMode::CreateNew;
    } else if (!parser.positionalArguments().isEmpty()) {
        path = parser.positionalArguments().first();
    } else {
        path = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                   .filePath(u"workspace.coalition"_s);
        mode = Database::OpenMode::CreateIfMissing;
    }

    auto workspace = Workspace::open(path, mode);
    if (!workspace) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Coalition Desk"),
                              workspace.error().message);
        return 1;
    }
    if (parser.isSet(demoOption)) {
        if (Status status = DemoWorkspace::populate(**workspace); !status) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Coalition Desk"),
                                  status.error().message);
            return 1;
        }
    }
    Ui::MainWindow window(std::move(workspace).value());
    window.show();
    return QApplication::exec();
}
