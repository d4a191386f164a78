// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingsfixture.h"

#include "app/mainwindow.h"
#include "app/settings.h"
#include "app/warningsdock.h"
#include "models/warningmodel.h"
#include "pages/coalitionspage.h"
#include "pages/meetingspage.h"
#include "widgets/decisionpanel.h"
#include "widgets/membersview.h"
#include "widgets/warningspanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <map>

using namespace Qt::StringLiterals;
using namespace Coalition;
using namespace Coalition::Ui;
using namespace MeetingsFixture;

class TestWarningsPanel : public QObject
{
    Q_OBJECT

private:
    // The fixture's coalition with three kinds of trouble: the budget was
    // adopted at a meeting called two days ahead (seven are needed), the
    // Seniors Forum has no representative, and no ground rule is agreed.
    std::unique_ptr<Workspace> troubled(Governance &g)
    {
        auto workspace = Workspace::open(m_dir.filePath(u"warnings-%1.coalition"_s.arg(++m_count)),
                                         Database::OpenMode::CreateNew);
        if (!workspace)
            return nullptr;
        if (!build(**workspace, g, true, true) || !vote(**workspace, g, 6, 6))
            return nullptr;
        auto meeting = (*workspace)->meetings().get(g.meeting);
        auto seniors = (*workspace)->memberships().get(g.voting.at(9));
        if (!meeting || !seniors)
            return nullptr;
        Meeting shortNotice = *meeting;
        shortNotice.scheduledOn = meetingTime().date().addDays(-2);
        Membership unrepresented = *seniors;
        unrepresented.representativeId.reset();
        if (!(*workspace)->meetings().update(shortNotice)
            || !(*workspace)->memberships().update(unrepresented))
            return nullptr;
        return std::move(workspace).value();
    }

    static std::map<CheckKind, int> kinds(const QList<ProceduralWarning> &warnings)
    {
        std::map<CheckKind, int> counts;
        for (const ProceduralWarning &warning : warnings)
            ++counts[warning.kind];
        return counts;
    }

    static QModelIndex warningOf(const WarningModel *model, CheckKind kind)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(WarningModel::KindRole).toInt() == static_cast<int>(kind))
                return index;
        }
        return {};
    }

    QTemporaryDir m_dir;
    int m_count = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init() { Settings().setWarningsPanelVisible(false); }

    void listsTheCoalitionsWarnings()
    {
        Governance g;
        auto workspace = troubled(g);
        QVERIFY(workspace);
        WorkspaceSession session(std::move(workspace));
        WarningsPanel panel;
        QAbstractItemModelTester tester(panel.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(panel.count(), 0);
        panel.setSession(&session);

        const QList<ProceduralWarning> &warnings = panel.model()->warnings();
        const std::map<CheckKind, int> expected{{CheckKind::MissingNotice, 1},
                                                {CheckKind::MissingKeyArea, 5},
                                                {CheckKind::MissingRepresentative, 1}};
        QCOMPARE(kinds(warnings), expected);
        QCOMPARE(panel.count(), 7);
        QVERIFY(panel.findChild<QLabel *>(u"warningsSummary"_s)
                    ->text()
                    .contains(u"7 warnings for Harbourside Coalition"_s));

        const QModelIndex notice = warningOf(panel.model(), CheckKind::MissingNotice);
        QVERIFY(notice.isValid());
        const ProceduralWarning *warning = panel.model()->warningAt(notice);
        QCOMPARE(warning->records.constFirst(), (RecordKey{RecordKind::Decision, g.decision}));
        QVERIFY(notice.data().toString().contains(u"Adopt the 2024 budget"_s));
        QVERIFY(!notice.data(Qt::DecorationRole).value<QIcon>().isNull());
        // Its reasons are its children, with the numbers used.
        QCOMPARE(panel.model()->rowCount(notice), static_cast<int>(warning->reasons.size()));
        QVERIFY(panel.model()->index(0, 0, notice).data().toString().contains(u"2 days"_s));
        QCOMPARE(panel.model()->warningAt(panel.model()->index(0, 0, notice)), warning);

        const QModelIndex representative
            = warningOf(panel.model(), CheckKind::MissingRepresentative);
        QCOMPARE(panel.model()->warningAt(representative)->records.constFirst(),
                 (RecordKey{RecordKind::Membership, g.voting.at(9)}));
        QVERIFY(representative.data().toString().contains(u"Seniors Forum"_s));

        // Activating a warning names its records.
        QSignalSpy activated(&panel, &WarningsPanel::recordsActivated);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.tree()->setFocus();
        panel.tree()->setCurrentIndex(panel.model()->index(0, 0, notice));
        QTest::keyClick(panel.tree(), Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.constFirst().constFirst().value<QList<RecordKey>>(), warning->records);
    }

    void refreshesOnceAfterABurstOfChanges()
    {
        Governance g;
        auto workspace = troubled(g);
        QVERIFY(workspace);
        WorkspaceSession session(std::move(workspace));
        WarningsPanel panel;
        QAbstractItemModelTester tester(panel.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setSession(&session);
        QCOMPARE(panel.count(), 7);
        QSignalSpy counted(&panel, &WarningsPanel::countChanged);

        // Two edits in a row: the seniors name a representative, and the
        // meeting's notice is corrected.
        Person kofi;
        auto people = session.workspace().people().findByName(u"Kofi Mensah"_s);
        QVERIFY(people.ok() && people->size() == 1);
        kofi = people->constFirst();
        auto done = session.perform(u"Name a representative"_s,
                                    {{RecordKind::Membership, g.voting.at(9)}},
                                    [&](Workspace &w) -> Result<QList<RecordKey>> {
                                        auto seniors = w.memberships().get(g.voting.at(9));
                                        if (!seniors)
                                            return seniors.error();
                                        Membership m = *seniors;
                                        m.representativeId = kofi.id;
                                        if (Status status = w.memberships().update(m); !status)
                                            return status.error();
                                        return QList<RecordKey>{};
                                    });
        QVERIFY2(done.ok(), qPrintable(done.error().toString()));
        done = session.perform(u"Correct the notice"_s, {{RecordKind::Meeting, g.meeting}},
                               [&](Workspace &w) -> Result<QList<RecordKey>> {
                                   auto meeting = w.meetings().get(g.meeting);
                                   if (!meeting)
                                       return meeting.error();
                                   Meeting m = *meeting;
                                   m.scheduledOn = QDate(2024, 2, 20);
                                   if (Status status = w.meetings().update(m); !status)
                                       return status.error();
                                   return QList<RecordKey>{};
                               });
        QVERIFY2(done.ok(), qPrintable(done.error().toString()));
        QCOMPARE(panel.count(), 7); // not read yet: the burst is not over
        QCOMPARE(counted.count(), 0);
        QCoreApplication::processEvents();
        QCOMPARE(panel.count(), 5);
        QCOMPARE(counted.count(), 1);
        QCOMPARE(kinds(panel.model()->warnings()),
                 (std::map<CheckKind, int>{{CheckKind::MissingKeyArea, 5}}));

        session.undoStack()->undo();
        QCoreApplication::processEvents();
        QCOMPARE(panel.count(), 6);

        // Another coalition, nothing to check yet.
        CoalitionInfo other;
        other.name = u"Quiet Coalition"_s;
        auto otherId = session.workspace().coalitions().add(other);
        QVERIFY(otherId.ok());
        session.setCurrentCoalition(*otherId);
        QCoreApplication::processEvents();
        QCOMPARE(kinds(panel.model()->warnings()),
                 (std::map<CheckKind, int>{{CheckKind::MissingKeyArea, 5}}));
        QVERIFY(
            panel.findChild<QLabel *>(u"warningsSummary"_s)->text().contains(u"Quiet Coalition"_s));
    }

    void activatingAWarningShowsItsRecord()
    {
        Governance g;
        auto workspace = troubled(g);
        QVERIFY(workspace);
        MainWindow window;
        window.setWorkspace(std::move(workspace), {}, MainWindow::Remember::No);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(u"organizations"_s);

        WarningsDock *dock = window.warningsDock();
        QVERIFY(dock->isHidden());
        QCOMPARE(dock->windowTitle(), u"Procedural Warnings (7)"_s);
        QCOMPARE(dock->statusButton()->text(), u"7 procedural warnings"_s);
        QVERIFY(dock->statusButton()->isVisible());
        dock->toggleAction()->trigger();
        QVERIFY(dock->isVisible());
        QVERIFY(dock->toggleAction()->isChecked());

        QTreeView *tree = dock->panel()->tree();
        const WarningModel *model = dock->panel()->model();
        tree->setFocus();
        tree->setCurrentIndex(warningOf(model, CheckKind::MissingNotice));
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(window.currentPage()->pageId(), u"meetings"_s);
        auto *meetings = qobject_cast<MeetingsPage *>(window.currentPage());
        QCOMPARE(meetings->currentMeetingId(), g.meeting);
        QCOMPARE(meetings->decisionPanel()->currentDecisionId(), g.decision);

        tree->setCurrentIndex(warningOf(model, CheckKind::MissingRepresentative));
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(window.currentPage()->pageId(), u"coalitions"_s);
        auto *coalitions = qobject_cast<CoalitionsPage *>(window.currentPage());
        QCOMPARE(coalitions->membersView()->currentMembershipId(), g.voting.at(9));

        // Fixing a warning on a page takes it off the list.
        auto done
            = window.session()->perform(u"Correct the notice"_s, {{RecordKind::Meeting, g.meeting}},
                                        [&](Workspace &w) -> Result<QList<RecordKey>> {
                                            auto meeting = w.meetings().get(g.meeting);
                                            if (!meeting)
                                                return meeting.error();
                                            Meeting m = *meeting;
                                            m.scheduledOn = QDate(2024, 2, 20);
                                            if (Status status = w.meetings().update(m); !status)
                                                return status.error();
                                            return QList<RecordKey>{};
                                        });
        QVERIFY(done.ok());
        QCoreApplication::processEvents();
        QCOMPARE(dock->windowTitle(), u"Procedural Warnings (6)"_s);

        // Closing the workspace empties the panel.
        window.setWorkspace(nullptr);
        QCOMPARE(dock->panel()->count(), 0);
        QVERIFY(!dock->statusButton()->isVisible());
    }

    void dockVisibilityIsKeptInSettings()
    {
        Governance g;
        {
            auto workspace = troubled(g);
            QVERIFY(workspace);
            MainWindow window;
            window.setWorkspace(std::move(workspace), {}, MainWindow::Remember::No);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.warningsDock()->isHidden());
            window.warningsDock()->toggleAction()->trigger();
            QVERIFY(!window.warningsDock()->isHidden());
            window.close(); // saves the settings
        }
        QVERIFY(Settings().warningsPanelVisible());
        {
            MainWindow again;
            again.restoreSettings();
            again.show();
            QVERIFY(QTest::qWaitForWindowExposed(&again));
            QVERIFY(again.warningsDock()->isVisible());
            QVERIFY(again.warningsDock()->toggleAction()->isChecked());
            again.warningsDock()->toggleAction()->trigger();
            QVERIFY(again.warningsDock()->isHidden());
            again.close();
        }
        QVERIFY(!Settings().warningsPanelVisible());
    }
};

QTEST_MAIN(TestWarningsPanel)
#include "tst_warningspanel.moc"
