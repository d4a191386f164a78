// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's frame: opening and refusing files, pages, the coalition
// selector, undo across pages, settings that persist, Find.
#include "app/mainwindow.h"
#include "app/messagebox.h"
#include "app/settings.h"
#include "io/demoworkspace.h"
#include "pages/page.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Coalition;
using namespace Coalition::Ui;

namespace {

QByteArray checksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

std::unique_ptr<Workspace> newWorkspace(const QString &path, bool demo)
{
    auto workspace = Workspace::open(path, Database::OpenMode::CreateNew);
    if (!workspace)
        return nullptr;
    if (demo && !DemoWorkspace::populate(**workspace, QDate(2026, 11, 22)))
        return nullptr;
    return std::move(workspace).value();
}

// Adds an organization as one undoable edit, the way the pages do.
Result<QList<RecordKey>> addOrganization(WorkspaceSession &session, const Organization &added)
{
    return session.perform(u"Add organization “%1”"_s.arg(added.name), {},
                           [&added](Workspace &ws) -> Result<QList<RecordKey>> {
                               auto id = ws.organizations().add(added);
                               if (!id)
                                   return id.error();
                               return QList<RecordKey>{{RecordKind::Organization, *id}};
                           });
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"Coalition Desk Tests"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    }

    void init()
    {
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void startsOnTheWelcomeScreenWithoutWorkspace()
    {
        MainWindow window;
        QVERIFY(!window.session());
        QVERIFY(window.pages().isEmpty());
        QCOMPARE(window.windowTitle(), u"Coalition Desk"_s);
        QVERIFY(!window.coalitionSelector()->isVisibleTo(&window));
    }

    void showsEveryRegisteredPageAndNamesTheWorkspace()
    {
        MainWindow window;
        const QString path = m_dir.filePath(u"Riverside.coalition"_s);
        window.setWorkspace(newWorkspace(path, true), path);
        QVERIFY(window.session());
        QStringList ids;
        for (const Page *page : window.pages())
            ids.append(page->pageId());
        QCOMPARE(ids,
                 QStringList({u"dashboard"_s, u"stage"_s, u"organizations"_s, u"people"_s,
                              u"coalitions"_s, u"relationships"_s, u"governance"_s, u"meetings"_s,
                              u"action"_s, u"results"_s, u"reports"_s}));
        QCOMPARE(window.windowTitle(), u"Riverside — Coalition Desk"_s);
        auto *sidebar = window.findChild<QListWidget *>(u"sidebar"_s);
        QVERIFY(sidebar);
        QCOMPARE(sidebar->count(), 11);
        window.showPage(u"people"_s);
        QCOMPARE(window.currentPage()->pageId(), u"people"_s);
        QCOMPARE(sidebar->currentRow(), 3);
    }

    void dashboardSummarisesTheWorkspaceAndFollowsEdits()
    {
        MainWindow window;
        const QString path = m_dir.filePath(u"dashboard.coalition"_s);
        window.setWorkspace(newWorkspace(path, true), path);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(u"dashboard"_s);
        Page *dashboard = window.currentPage();
        QCOMPARE(dashboard->pageId(), u"dashboard"_s);
        QVERIFY(dashboard->isCoalitionScoped());
        Workspace &w = window.session()->workspace();
        auto organizations = w.organizations().list();
        auto coalitions = w.coalitions().list();
        auto coalition = w.coalitions().get(window.session()->currentCoalition());
        QVERIFY(organizations.ok() && coalitions.ok() && coalition.ok());
        auto *title = dashboard->findChild<QLabel *>(u"dashboardTitle"_s);
        auto *counts = dashboard->findChild<QLabel *>(u"counts"_s);
        auto *changes = dashboard->findChild<QTreeWidget *>(u"recentChanges"_s);
        QVERIFY(title && counts && changes);
        QVERIFY2(title->text().contains(coalition->name.toHtmlEscaped()),
                 qPrintable(title->text()));
        QVERIFY2(counts->text().contains(u"<b>%1</b> organizations"_s.arg(organizations->size())),
                 qPrintable(counts->text()));
        QVERIFY(counts->text().contains(u"<b>%1</b> coalitions"_s.arg(coalitions->size())));

        // An edit elsewhere shows at once, named, among the recent changes.
        Organization added;
        added.name = u"Canal Street Arts Collective"_s;
        auto created = addOrganization(*window.session(), added);
        QVERIFY(created.ok());
        QVERIFY(
            counts->text().contains(u"<b>%1</b> organizations"_s.arg(organizations->size() + 1)));
        QVERIFY(changes->topLevelItemCount() > 0);
        QCOMPARE(changes->topLevelItem(0)->text(2),
                 u"Organization “Canal Street Arts Collective”"_s);
        QCOMPARE(changes->topLevelItem(0)->text(3), u"created"_s);

        // Choosing another coalition shows its dashboard.
        QVERIFY(coalitions->size() > 1);
        const CoalitionInfo &other
            = coalitions->at(coalitions->constFirst().id == coalition->id ? 1 : 0);
        window.session()->setCurrentCoalition(other.id);
        QVERIFY2(title->text().contains(other.name.toHtmlEscaped()), qPrintable(title->text()));

        // The button under the stage bar goes to the Stage page.
        auto *openStage = dashboard->findChild<QPushButton *>(u"openStagePage"_s);
        QVERIFY(openStage && openStage->isEnabled());
        openStage->click();
        QCOMPARE(window.currentPage()->pageId(), u"stage"_s);
    }

    void coalitionSelectorAppearsWithSeveralCoalitionsAndScopesTheSession()
    {
        MainWindow window;
        const QString path = m_dir.filePath(u"selector.coalition"_s);
        window.setWorkspace(newWorkspace(path, true), path);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QComboBox *selector = window.coalitionSelector();
        // The sample holds the ongoing coalition and a campaign.
        QCOMPARE(selector->count(), 2);
        QTRY_VERIFY(selector->isVisible());
        const Id second = selector->itemData(1).toLongLong();
        QVERIFY(second != window.session()->currentCoalition());
        selector->setCurrentIndex(1);
        Q_EMIT selector->activated(1);
        QCOMPARE(window.session()->currentCoalition(), second);

        // A workspace with one coalition needs no selector.
        const QString single = m_dir.filePath(u"single.coalition"_s);
        auto workspace = newWorkspace(single, false);
        QVERIFY(workspace);
        CoalitionInfo coalition;
        coalition.name = u"Only one"_s;
        QVERIFY(workspace->coalitions().add(coalition).ok());
        window.setWorkspace(std::move(workspace), single);
        QCOMPARE(window.coalitionSelector()->count(), 1);
        QTRY_VERIFY(!window.coalitionSelector()->isVisible()); // the toolbar lays out later
    }

    void refusedFileShowsItsReasonAndStaysUntouched()
    {
        const QString path = m_dir.filePath(u"notes.coalition"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("These are meeting notes, not a workspace.\n");
        }
        const QByteArray before = checksum(path);

        MainWindow window;
        const QString good = m_dir.filePath(u"good.coalition"_s);
        window.setWorkspace(newWorkspace(good, false), good);
        MessageBox::clearLastText();
        MessageBox::setNextAnswer(2); // Cancel
        QVERIFY(!window.openWorkspace(path));
        QVERIFY2(MessageBox::lastText().contains(u"not a Coalition Desk workspace"_s),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(u"notes.coalition"_s));
        QCOMPARE(checksum(path), before);
        // The workspace open before is still open.
        QVERIFY(window.session());
        QCOMPARE(window.session()->workspace().database().displayName(), u"good"_s);
    }

    void missingFileIsRefusedAndLeavesTheRecentList()
    {
        MainWindow window;
        const QString path = m_dir.filePath(u"gone.coalition"_s);
        window.setWorkspace(newWorkspace(path, false), path);
        window.setWorkspace(nullptr);
        QVERIFY(Settings().recentFiles().contains(QFileInfo(path).canonicalFilePath()));
        QVERIFY(QFile::remove(path));
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        MessageBox::setNextAnswer(2);
        QVERIFY(!window.openWorkspace(QFileInfo(path).absoluteFilePath()));
        QVERIFY(MessageBox::lastText().contains(u"does not exist"_s));
        QVERIFY(!window.session());
        QVERIFY(!Settings().recentFiles().contains(QFileInfo(path).absoluteFilePath()));
    }

    void undoAndRedoWorkAcrossPagesWithTheCommandText()
    {
        MainWindow window;
        const QString path = m_dir.filePath(u"undo.coalition"_s);
        window.setWorkspace(newWorkspace(path, true), path);
        WorkspaceSession *session = window.session();
        Workspace &w = session->workspace();
        auto before = w.organizations().list();
        QVERIFY(before.ok());

        window.showPage(u"organizations"_s);
        Organization added;
        added.name = u"Harbour Tenants' Union"_s;
        added.sector = Sector::CommunityGroup;
        auto created = addOrganization(*session, added);
        QVERIFY2(created.ok(), qPrintable(created.error().toString()));
        const Id id = created->constFirst().id;
        auto stored = w.organizations().get(id);
        QVERIFY(stored.ok());

        window.showPage(u"coalitions"_s);
        QVERIFY(window.undoAction()->isEnabled());
        QVERIFY(window.undoAction()->text().contains(u"Harbour Tenants' Union"_s));
        window.undoAction()->trigger();
        QVERIFY(!w.organizations().get(id).ok());
        auto afterUndo = w.organizations().list();
        QVERIFY(afterUndo.ok());
        QCOMPARE(*afterUndo, *before);

        window.showPage(u"dashboard"_s);
        QVERIFY(window.redoAction()->isEnabled());
        window.redoAction()->trigger();
        auto redone = w.organizations().get(id);
        QVERIFY(redone.ok());
        QCOMPARE(*redone, *stored); // same id, same times, same fields
    }

    void aFailedEditPushesNothing()
    {
        MainWindow window;
        const QString path = m_dir.filePath(u"failed.coalition"_s);
        window.setWorkspace(newWorkspace(path, true), path);
        WorkspaceSession *session = window.session();
        auto organizations = session->workspace().organizations().list();
        QVERIFY(organizations.ok() && !organizations->isEmpty());
        Organization duplicate;
        duplicate.name = organizations->constFirst().name.toUpper();
        auto result = addOrganization(*session, duplicate);
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(u"already"_s));
        QCOMPARE(session->undoStack()->count(), 0);
        auto after = session->workspace().organizations().list();
        QVERIFY(after.ok());
        QCOMPARE(*after, *organizations);
    }

    void settingsAreRestored()
    {
        const QString path = m_dir.filePath(u"settings.coalition"_s);
        QString canonical;
        {
            MainWindow window;
            window.setWorkspace(newWorkspace(path, true), path);
            canonical = QFileInfo(path).canonicalFilePath();
            window.resize(1011, 677);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showPage(u"people"_s);
            auto *splitter = window.findChild<QSplitter *>(u"mainSplitter"_s);
            QVERIFY(splitter);
            splitter->setSizes({150, 861});
            window.close(); // saves the settings
        }
        QCOMPARE(Settings().lastWorkspace(), canonical);
        QCOMPARE(Settings().recentFiles().value(0), canonical);
        QCOMPARE(Settings().lastPage(), u"people"_s);

        MainWindow again;
        QVERIFY(again.openWorkspace(path));
        again.restoreSettings();
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(1011, 677));
        QCOMPARE(again.currentPage()->pageId(), u"people"_s);
        auto *splitter = again.findChild<QSplitter *>(u"mainSplitter"_s);
        QCOMPARE(splitter->sizes().value(0), 150);
    }

    void recentFilesKeepTheNewestFirstAndAreBounded()
    {
        Settings settings;
        QStringList paths;
        for (int i = 0; i < Settings::MaxRecentFiles + 3; ++i) {
            const QString path = m_dir.filePath(u"recent-%1.coalition"_s.arg(i));
            paths.prepend(path);
            settings.addRecentFile(path);
        }
        QCOMPARE(settings.recentFiles().size(), Settings::MaxRecentFiles);
        QCOMPARE(settings.recentFiles().constFirst(), paths.constFirst());
        settings.addRecentFile(paths.at(3));
        QCOMPARE(settings.recentFiles().constFirst(), paths.at(3));
        QCOMPARE(settings.recentFiles().count(paths.at(3)), 1);
        // A version is stored so a later format can be converted.
        QCOMPARE(QSettings().value(u"settingsVersion"_s).toInt(), Settings::Version);
    }

    void closeShowsTheWelcomeScreen()
    {
        MainWindow window;
        const QString path = m_dir.filePath(u"close.coalition"_s);
        window.setWorkspace(newWorkspace(path, false), path);
        QVERIFY(window.session());
        window.closeWorkspace();
        QVERIFY(!window.session());
        QVERIFY(window.pages().isEmpty());
        QCOMPARE(window.windowTitle(), u"Coalition Desk"_s);
    }

    void findFocusesThePageSearchField()
    {
        MainWindow window;
        const QString path = m_dir.filePath(u"find.coalition"_s);
        window.setWorkspace(newWorkspace(path, true), path);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        window.showPage(u"organizations"_s);
        QLineEdit *field = window.currentPage()->searchField();
        QVERIFY2(field, "the organizations page has a search field");
        field->setText(u"food"_s);
        window.setFocus();
        window.find();
        QVERIFY(field->hasFocus());
        QCOMPARE(field->selectedText(), u"food"_s);
    }

    void everyControlIsNamedAndEveryCommandHasAKey()
    {
        MainWindow window;
        const QString path = m_dir.filePath(u"access.coalition"_s);
        window.setWorkspace(newWorkspace(path, true), path);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // A control is named for assistive technology by its accessible name,
        // by its own text (buttons), or by a label that is its buddy.
        QSet<const QWidget *> labelled;
        const auto labels = window.findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->buddy())
                labelled.insert(label->buddy());
        }
        for (const Page *page : window.pages()) {
            window.showPage(page->pageId());
            QCoreApplication::processEvents();
            const auto widgets = page->findChildren<QWidget *>();
            for (const QWidget *widget : widgets) {
                if (!widget->isVisible())
                    continue;
                const bool control = qobject_cast<const QLineEdit *>(widget)
                    || qobject_cast<const QComboBox *>(widget)
                    || qobject_cast<const QAbstractItemView *>(widget)
                    || qobject_cast<const QAbstractSpinBox *>(widget)
                    || qobject_cast<const QPlainTextEdit *>(widget)
                    || qobject_cast<const QTextEdit *>(widget);
                const auto *button = qobject_cast<const QAbstractButton *>(widget);
                if (!control && !button)
                    continue;
                // Parts of a composite control (a combo box's line edit, a
                // spin box's editor) are named by their owner.
                if (qobject_cast<const QComboBox *>(widget->parentWidget())
                    || qobject_cast<const QAbstractSpinBox *>(widget->parentWidget())
                    || qobject_cast<const QAbstractItemView *>(widget->parentWidget())
                    || qobject_cast<const QAbstractItemView *>(
                        widget->parentWidget() ? widget->parentWidget()->parentWidget() : nullptr))
                    continue;
                const bool named = !widget->accessibleName().isEmpty() || labelled.contains(widget)
                    || (button && !button->text().isEmpty());
                QVERIFY2(named,
                         qPrintable(u"%1: %2 “%3” has no accessible name"_s.arg(
                             page->pageId(), QString::fromLatin1(widget->metaObject()->className()),
                             widget->objectName())));
            }
        }

        // Every menu command is reachable by keyboard: a shortcut, or a
        // mnemonic in its text for the menus.
        const auto menus = window.menuBar()->findChildren<QMenu *>();
        for (const QMenu *menu : menus) {
            QVERIFY2(menu->title().contains(u'&') || menu->title().isEmpty(),
                     qPrintable(menu->title()));
            for (const QAction *action : menu->actions()) {
                if (action->isSeparator() || action->menu())
                    continue;
                QVERIFY2(!action->shortcut().isEmpty() || action->text().contains(u'&'),
                         qPrintable(menu->title() + u" > "_s + action->text()));
            }
        }
    }

    void unappliedDetailsAreNeverDroppedSilently()
    {
        const QString path = m_dir.filePath(u"pending.coalition"_s);
        MainWindow window;
        window.setWorkspace(newWorkspace(path, true), path);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(u"coalitions"_s);
        const Id coalitionId = window.session()->currentCoalition();
        auto *purpose = window.currentPage()->findChild<QPlainTextEdit *>(u"purpose"_s);
        QVERIFY(purpose);
        purpose->setPlainText(u"Keep the riverside affordable for the people who live there."_s);

        // Cancel: the window stays open with the edit in place.
        MessageBox::setNextAnswer(2);
        QCloseEvent stay;
        QCoreApplication::sendEvent(&window, &stay);
        QVERIFY(!stay.isAccepted());
        QVERIFY(MessageBox::lastText().contains(u"not applied"_s));
        QCOMPARE(purpose->toPlainText(),
                 u"Keep the riverside affordable for the people who live there."_s);
        // Nor does closing the workspace go ahead.
        MessageBox::setNextAnswer(2);
        window.closeWorkspace();
        QVERIFY(window.session());

        // Apply: the edit is written, then the window closes.
        MessageBox::setNextAnswer(0);
        QCloseEvent leave;
        QCoreApplication::sendEvent(&window, &leave);
        QVERIFY(leave.isAccepted());
        auto stored = window.session()->workspace().coalitions().get(coalitionId);
        QVERIFY(stored.ok());
        QCOMPARE(stored->purpose,
                 u"Keep the riverside affordable for the people who live there."_s);
    }

    void aboutNamesVersionQtAndLicence()
    {
        MainWindow window;
        MessageBox::setNextAnswer(0);
        window.about();
        const QString text = MessageBox::lastText();
        QVERIFY(text.contains(QStringLiteral(COALITION_VERSION)));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(u"General Public License"_s));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
