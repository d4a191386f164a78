// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/recordkey.h"
#include "storage/database.h"

#include <QMainWindow>

#include <memory>

QT_BEGIN_NAMESPACE
class QAction;
class QComboBox;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;
QT_END_NAMESPACE

namespace Coalition {
class Workspace;
}

namespace Coalition::Ui {

class Page;
class Settings;
class WarningsDock;
class WelcomeWidget;
class WorkspaceSession;

// The application window: a sidebar of pages, the coalition selector, the
// File, Edit, View and Help menus. It owns the open workspace's session;
// the pages do the work. With no workspace open it shows a welcome screen.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Whether an opened file joins the recent files (a throw-away sample does not).
    enum class Remember { Yes, No };

    // Shows `workspace` (opened from `path`), replacing the one open before;
    // nullptr closes the workspace and shows the welcome screen.
    void setWorkspace(std::unique_ptr<Workspace> workspace, const QString &path = {},
                      Remember remember = Remember::Yes);
    // Opens a file; a refused one is explained and another may be chosen.
    // Returns whether a workspace is open afterwards from that request.
    bool openWorkspace(const QString &path,
                       Database::OpenMode mode = Database::OpenMode::ExistingOnly);

    WorkspaceSession *session() const { return m_session.get(); }
    QList<Page *> pages() const { return m_pages; }
    Page *page(const QString &pageId) const;
    Page *currentPage() const;
    void showPage(const QString &pageId);
    QComboBox *coalitionSelector() const { return m_coalitionSelector; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    WarningsDock *warningsDock() const { return m_warningsDock; }
    // Shows the first of the records that a page can show, on that page;
    // false when no page can show any of them.
    bool showRecord(const QList<Coalition::RecordKey> &keys);

    // Window geometry, splitters and the page shown, from and to the settings.
    void restoreSettings();
    void saveSettings();

public Q_SLOTS:
    void newWorkspace();
    void openWorkspaceDialog();
    void saveCopy();
    void closeWorkspace();
    void find();
    void about();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void rebuildPages();
    void refreshCoalitionSelector();
    void updateRecentMenu();
    void updateTitle();
    void saveSplitters();
    // Lets every page settle its unwritten edits; false when the user stays.
    bool mayLeaveWorkspace();
    void restoreSplitters();

    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<WorkspaceSession> m_session;
    QString m_path;
    QList<Page *> m_pages;

    QStackedWidget *m_centralStack = nullptr;
    WelcomeWidget *m_welcome = nullptr;
    QWidget *m_workArea = nullptr;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pageStack = nullptr;
    QComboBox *m_coalitionSelector = nullptr;
    QAction *m_coalitionSelectorAction = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QList<QAction *> m_workspaceActions; // enabled only with a workspace open
    WarningsDock *m_warningsDock = nullptr;
};

} // namespace Coalition::Ui
