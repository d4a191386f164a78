// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QCoreApplication>

#include <memory>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace Coalition {
class Workspace;
}

namespace Coalition::Ui {

// Opens workspace files for the desktop. A file the core refuses (damaged,
// another program's, from a newer version) is never touched; the user is told
// why and may pick another file, start a new workspace, or give up.
class WorkspaceOpener final
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::Ui::WorkspaceOpener)

public:
    WorkspaceOpener() = delete;

    // Where a workspace is created when the desktop is started with no file
    // and none was open before: workspace.coalition in the user's data folder.
    static QString defaultPath();

    // Opens `path`; on refusal asks what to do next. Returns nullptr when the
    // user gives up. `openedPath` receives the file finally opened.
    static std::unique_ptr<Workspace> open(QWidget *parent, const QString &path,
                                           Database::OpenMode mode, QString *openedPath = nullptr);

    // Asks for a file and opens it (nullptr when cancelled or refused).
    static std::unique_ptr<Workspace> askAndOpen(QWidget *parent, QString *openedPath);
    // Asks for a new file name and creates an empty workspace there.
    static std::unique_ptr<Workspace> askAndCreate(QWidget *parent, QString *openedPath);

    static QString fileFilter();
};

} // namespace Coalition::Ui
