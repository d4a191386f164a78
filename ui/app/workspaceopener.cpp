// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/workspaceopener.h"

#include "app/messagebox.h"
#include "storage/workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

QString WorkspaceOpener::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"workspace.coalition"_s);
}

QString WorkspaceOpener::fileFilter()
{
    return tr("Coalition workspaces (*.coalition);;All files (*)");
}

std::unique_ptr<Workspace> WorkspaceOpener::open(QWidget *parent, const QString &path,
                                                 Database::OpenMode mode, QString *openedPath)
{
    auto workspace = Workspace::open(path, mode);
    if (workspace) {
        if (openedPath)
            *openedPath = path;
        return std::move(workspace).value();
    }
    const int choice = MessageBox::choose(
        parent, QMessageBox::Critical, tr("Cannot open the workspace"),
        tr("“%1” was not opened, and it has not been changed.").arg(QDir::toNativeSeparators(path)),
        {tr("Open Another…"), tr("New Workspace…"), tr("Cancel")}, workspace.error().message);
    switch (choice) {
    case 0:
        return askAndOpen(parent, openedPath);
    case 1:
        return askAndCreate(parent, openedPath);
    default:
        return nullptr;
    }
}

std::unique_ptr<Workspace> WorkspaceOpener::askAndOpen(QWidget *parent, QString *openedPath)
{
    const QString path
        = QFileDialog::getOpenFileName(parent, tr("Open Workspace"), QString(), fileFilter());
    if (path.isEmpty())
        return nullptr;
    return open(parent, path, Database::OpenMode::ExistingOnly, openedPath);
}

std::unique_ptr<Workspace> WorkspaceOpener::askAndCreate(QWidget *parent, QString *openedPath)
{
    QString path = QFileDialog::getSaveFileName(
        parent, tr("New Workspace"), tr("Coalition workspace") + u".coalition"_s, fileFilter());
    if (path.isEmpty())
        return nullptr;
    if (!path.endsWith(u".coalition"_s, Qt::CaseInsensitive))
        path += u".coalition"_s;
    // The file dialog already asked before replacing a file; the core still
    // refuses to overwrite one, so a workspace is never clobbered.
    return open(parent, path, Database::OpenMode::CreateNew, openedPath);
}

} // namespace Coalition::Ui
