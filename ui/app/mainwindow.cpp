// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mainwindow.h"

#include "app/messagebox.h"
#include "app/settings.h"
#include "app/warningsdock.h"
#include "app/workspaceopener.h"
#include "pages/page.h"
#include "pages/pageregistry.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"
#include "widgets/welcomewidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

// The title with an access key (&) on its first letter no earlier item of the
// menu has taken; the title as it is when every letter is taken.
QString withAccessKey(const QString &title, QSet<QChar> &taken)
{
    for (qsizetype i = 0; i < title.size(); ++i) {
        const QChar key = title.at(i).toLower();
        if (key.isLetter() && !taken.contains(key)) {
            taken.insert(key);
            return title.left(i) + u'&' + title.mid(i);
        }
    }
    return title;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_settings(std::make_unique<Settings>())
    , m_centralStack(new QStackedWidget(this))
    , m_welcome(new WelcomeWidget(this))
    , m_workArea(new QWidget(this))
    , m_sidebar(new QListWidget(this))
    , m_pageStack(new QStackedWidget(this))
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(u"mainWindow"_s);
    resize(1180, 760);

    m_sidebar->setObjectName(u"sidebar"_s);
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setSpacing(2);
    m_sidebar->setMaximumWidth(240);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    auto *splitter = new QSplitter(m_workArea);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_pageStack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({150, 1030});
    auto *layout = new QHBoxLayout(m_workArea);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pageStack,
            &QStackedWidget::setCurrentIndex);

    m_centralStack->addWidget(m_welcome);
    m_centralStack->addWidget(m_workArea);
    setCentralWidget(m_centralStack);
    connect(m_welcome, &WelcomeWidget::newRequested, this, &MainWindow::newWorkspace);
    connect(m_welcome, &WelcomeWidget::openRequested, this, &MainWindow::openWorkspaceDialog);
    connect(m_welcome, &WelcomeWidget::recentRequested, this,
            [this](const QString &path) { openWorkspace(path); });

    // The warnings dock starts hidden; restoreSettings() shows it if it was.
    m_warningsDock = new WarningsDock(this);
    addDockWidget(Qt::RightDockWidgetArea, m_warningsDock);
    m_warningsDock->hide();
    statusBar()->addPermanentWidget(m_warningsDock->statusButton());
    connect(m_warningsDock, &WarningsDock::recordsActivated, this, &MainWindow::showRecord);

    createActions();
    setWorkspace(nullptr);
}

MainWindow::~MainWindow()
{
    // Pages refer to the session: they go first.
    qDeleteAll(m_pages);
    m_pages.clear();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Workspace…"), this, &MainWindow::newWorkspace);
    newAction->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open Workspace…"), this, &MainWindow::openWorkspaceDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    QAction *copy = file->addAction(tr("Save a &Copy…"), this, &MainWindow::saveCopy);
    copy->setShortcut(QKeySequence::SaveAs);
    QAction *close = file->addAction(tr("&Close Workspace"), this, &MainWindow::closeWorkspace);
    close->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    m_workspaceActions = {copy, close};

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    QAction *findAction = edit->addAction(tr("&Find"), this, &MainWindow::find);
    findAction->setShortcut(QKeySequence::Find);
    m_workspaceActions.append(findAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_warningsDock->toggleAction());

    m_goMenu = menuBar()->addMenu(tr("&Go"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = help->addAction(tr("&About Coalition Desk"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setMovable(false);
    toolbar->addAction(m_undoAction);
    toolbar->addAction(m_redoAction);
    toolbar->addSeparator();
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_coalitionSelector = new QComboBox(toolbar);
    m_coalitionSelector->setObjectName(u"coalitionSelector"_s);
    m_coalitionSelector->setAccessibleName(tr("Coalition shown"));
    m_coalitionSelector->setToolTip(tr("The coalition the Coalitions page shows"));
    m_coalitionSelector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *selectorBox = new QWidget(toolbar);
    auto *selectorLayout = new QHBoxLayout(selectorBox);
    selectorLayout->setContentsMargins(0, 0, 4, 0);
    auto *selectorLabel = new QLabel(tr("C&oalition:"), selectorBox);
    selectorLabel->setBuddy(m_coalitionSelector);
    selectorLayout->addWidget(selectorLabel);
    selectorLayout->addWidget(m_coalitionSelector);
    m_coalitionSelectorAction = toolbar->addWidget(selectorBox);
    connect(m_coalitionSelector, &QComboBox::activated, this, [this](int index) {
        if (m_session)
            m_session->setCurrentCoalition(m_coalitionSelector->itemData(index).toLongLong());
    });
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace, const QString &path,
                              Remember remember)
{
    if (m_session) {
        saveSplitters();
        m_settings->setLastPage(currentPage() ? currentPage()->pageId() : QString());
    }
    qDeleteAll(m_pages);
    m_pages.clear();
    m_sidebar->clear();
    m_goMenu->clear();
    if (m_session)
        m_undoGroup->removeStack(m_session->undoStack());
    m_warningsDock->setSession(nullptr);
    m_session.reset();
    m_path.clear();

    if (workspace) {
        m_session = std::make_unique<WorkspaceSession>(std::move(workspace));
        m_path = path.isEmpty() ? m_session->workspace().database().path() : path;
        m_undoGroup->addStack(m_session->undoStack());
        m_undoGroup->setActiveStack(m_session->undoStack());
        connect(m_session.get(), &WorkspaceSession::recordsChanged, this,
                [this](const QList<RecordKey> &keys) {
                    for (const RecordKey &key : keys) {
                        if (key.kind == RecordKind::Coalition) {
                            refreshCoalitionSelector();
                            break;
                        }
                    }
                });
        connect(m_session.get(), &WorkspaceSession::currentCoalitionChanged, this,
                &MainWindow::refreshCoalitionSelector);
        connect(m_session.get(), &WorkspaceSession::errorOccurred, this,
                [this](const QString &message) {
                    MessageBox::critical(this, tr("Coalition Desk"), message);
                });
        rebuildPages();
        m_warningsDock->setSession(m_session.get());
        if (remember == Remember::Yes) {
            m_settings->addRecentFile(m_path);
            m_settings->setLastWorkspace(m_path);
        }
        m_centralStack->setCurrentWidget(m_workArea);
        statusBar()->showMessage(QDir::toNativeSeparators(m_path));
    } else {
        m_centralStack->setCurrentWidget(m_welcome);
        statusBar()->clearMessage();
    }
    for (QAction *action : std::as_const(m_workspaceActions))
        action->setEnabled(m_session != nullptr);
    refreshCoalitionSelector();
    updateRecentMenu();
    updateTitle();
}

bool MainWindow::openWorkspace(const QString &path, Database::OpenMode mode)
{
    if (!mayLeaveWorkspace())
        return false;
    QString opened;
    auto workspace = WorkspaceOpener::open(this, path, mode, &opened);
    if (!workspace) {
        if (mode == Database::OpenMode::ExistingOnly && !QFileInfo::exists(path))
            m_settings->removeRecentFile(path);
        updateRecentMenu();
        return false;
    }
    setWorkspace(std::move(workspace), opened);
    return true;
}

void MainWindow::rebuildPages()
{
    const QString wanted = m_settings->lastPage();
    int index = 0;
    QSet<QChar> accessKeys;
    for (const PageFactory &factory : registeredPages()) {
        Page *page = factory.create(*m_session, m_pageStack);
        m_pages.append(page);
        m_pageStack->addWidget(page);
        connect(page, &Page::recordsRequested, this, &MainWindow::showRecord);
        auto *item = new QListWidgetItem(page->icon(), page->title(), m_sidebar);
        item->setData(Qt::AccessibleTextRole, page->title());
        QAction *go = m_goMenu->addAction(page->icon(), page->title());
        const int row = index++;
        if (row < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + row)));
        else // past the nine shortcuts: an access key within the Go menu
            go->setText(withAccessKey(page->title(), accessKeys));
        connect(go, &QAction::triggered, this, [this, row] { m_sidebar->setCurrentRow(row); });
    }
    restoreSplitters();
    const Page *initial = page(wanted);
    m_sidebar->setCurrentRow(initial ? static_cast<int>(m_pages.indexOf(initial)) : 0);
}

Page *MainWindow::page(const QString &pageId) const
{
    for (Page *candidate : m_pages) {
        if (candidate->pageId() == pageId)
            return candidate;
    }
    return nullptr;
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_pageStack->currentWidget());
}

void MainWindow::showPage(const QString &pageId)
{
    if (Page *target = page(pageId))
        m_sidebar->setCurrentRow(static_cast<int>(m_pages.indexOf(target)));
}

bool MainWindow::showRecord(const QList<RecordKey> &keys)
{
    for (const RecordKey &key : keys) {
        for (Page *candidate : std::as_const(m_pages)) {
            if (candidate->showRecord(key)) {
                showPage(candidate->pageId());
                return true;
            }
        }
    }
    statusBar()->showMessage(tr("No page shows the records this warning is about."), 8000);
    return false;
}

void MainWindow::refreshCoalitionSelector()
{
    m_coalitionSelector->clear();
    int coalitions = 0;
    if (m_session) {
        if (auto list = m_session->workspace().coalitions().list()) {
            for (const CoalitionInfo &coalition : *list)
                m_coalitionSelector->addItem(coalition.name, coalition.id);
            coalitions = static_cast<int>(list->size());
        }
        m_coalitionSelector->setCurrentIndex(
            m_coalitionSelector->findData(m_session->currentCoalition()));
    }
    // One coalition needs no choosing; the pages name it.
    m_coalitionSelectorAction->setVisible(coalitions > 1);
    updateTitle();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings->recentFiles();
    int number = 1;
    for (const QString &file : files) {
        const QString label = tr("&%1 %2").arg(number++).arg(QFileInfo(file).completeBaseName());
        QAction *action
            = m_recentMenu->addAction(label, this, [this, file] { openWorkspace(file); });
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear the List"), this, [this] {
            m_settings->clearRecentFiles();
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    m_welcome->setRecentFiles(files);
}

void MainWindow::updateTitle()
{
    if (!m_session) {
        setWindowTitle(tr("Coalition Desk"));
        return;
    }
    setWindowTitle(tr("%1 — Coalition Desk").arg(m_session->workspace().database().displayName()));
}

bool MainWindow::mayLeaveWorkspace()
{
    for (Page *page : std::as_const(m_pages)) {
        if (!page->settlePendingEdits()) {
            showPage(page->pageId());
            return false;
        }
    }
    return true;
}

void MainWindow::newWorkspace()
{
    if (!mayLeaveWorkspace())
        return;
    QString path;
    if (auto workspace = WorkspaceOpener::askAndCreate(this, &path))
        setWorkspace(std::move(workspace), path);
}

void MainWindow::openWorkspaceDialog()
{
    if (!mayLeaveWorkspace())
        return;
    QString path;
    if (auto workspace = WorkspaceOpener::askAndOpen(this, &path))
        setWorkspace(std::move(workspace), path);
}

void MainWindow::saveCopy()
{
    if (!m_session)
        return;
    Database &database = m_session->workspace().database();
    const QString suggested
        = QFileInfo(database.path())
              .absoluteDir()
              .filePath(tr("%1 (copy)").arg(database.displayName()) + u".coalition"_s);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a Copy"), suggested,
                                                      WorkspaceOpener::fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).canonicalFilePath() == QFileInfo(database.path()).canonicalFilePath()) {
        MessageBox::critical(this, tr("Save a Copy"),
                             tr("A copy cannot replace the workspace it is a copy of."));
        return;
    }
    // The copy is written beside its target and moved over it only once
    // complete, so a failure never leaves half a file where one was asked for.
    const QString partial = path + u".partial"_s;
    QFile::remove(partial);
    Status status = database.writeCopy(partial);
    if (status && QFileInfo::exists(path) && !QFile::remove(path))
        status
            = Error{tr("“%1” could not be replaced.").arg(QDir::toNativeSeparators(path)), {}, {}};
    if (status && !QFile::rename(partial, path))
        status = Error{
            tr("The copy could not be moved to “%1”.").arg(QDir::toNativeSeparators(path)), {}, {}};
    if (!status) {
        QFile::remove(partial);
        MessageBox::critical(this, tr("Save a Copy"), status.error().message);
        return;
    }
    statusBar()->showMessage(tr("A copy was saved as %1.").arg(QDir::toNativeSeparators(path)),
                             8000);
}

void MainWindow::closeWorkspace()
{
    if (mayLeaveWorkspace())
        setWorkspace(nullptr);
}

void MainWindow::find()
{
    if (Page *current = currentPage()) {
        if (QLineEdit *field = current->searchField()) {
            field->setFocus(Qt::ShortcutFocusReason);
            field->selectAll();
        }
    }
}

void MainWindow::about()
{
    MessageBox::information(
        this, tr("About Coalition Desk"),
        tr("Coalition Desk %1\n\nKeeps a coalition's member organizations, its rules and its "
           "decisions in one file on your computer, and explains every judgement it makes.\n\n"
           "Built with Qt %2 (running on Qt %3).\nLicence: GNU General Public License, version "
           "3 or later.")
            .arg(QStringLiteral(COALITION_VERSION), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion())));
}

void MainWindow::saveSplitters()
{
    for (const Page *p : std::as_const(m_pages)) {
        const auto splitters = p->findChildren<QSplitter *>();
        for (const QSplitter *splitter : splitters) {
            if (!splitter->objectName().isEmpty())
                m_settings->setSplitterState(p->pageId() + u'/' + splitter->objectName(),
                                             splitter->saveState());
        }
    }
    if (auto *main = findChild<QSplitter *>(u"mainSplitter"_s))
        m_settings->setSplitterState(u"main"_s, main->saveState());
}

void MainWindow::restoreSplitters()
{
    for (Page *p : std::as_const(m_pages)) {
        const auto splitters = p->findChildren<QSplitter *>();
        for (QSplitter *splitter : splitters) {
            if (splitter->objectName().isEmpty())
                continue;
            const QByteArray state
                = m_settings->splitterState(p->pageId() + u'/' + splitter->objectName());
            if (!state.isEmpty())
                splitter->restoreState(state);
        }
    }
}

void MainWindow::restoreSettings()
{
    if (const QByteArray geometry = m_settings->windowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = m_settings->windowState(); !state.isEmpty())
        restoreState(state);
    m_warningsDock->setVisible(m_settings->warningsPanelVisible());
    if (auto *main = findChild<QSplitter *>(u"mainSplitter"_s)) {
        if (const QByteArray state = m_settings->splitterState(u"main"_s); !state.isEmpty())
            main->restoreState(state);
    }
    restoreSplitters();
    if (Page *wanted = page(m_settings->lastPage()))
        showPage(wanted->pageId());
}

void MainWindow::saveSettings()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setWarningsPanelVisible(!m_warningsDock->isHidden());
    saveSplitters();
    if (const Page *current = currentPage())
        m_settings->setLastPage(current->pageId());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mayLeaveWorkspace()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

} // namespace Coalition::Ui
