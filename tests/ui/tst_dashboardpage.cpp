// SPDX-License-Identifier: GPL-3.0-or-later
// The Dashboard page over the sample workspace: the stage as the engine
// assesses it, the same warnings as the warnings dock, what is coming up and
// late, the membership charts; and how it follows edits (lazily) and undo.
#include "io/demoworkspace.h"
#include "models/dashboarddata.h"
#include "models/warningmodel.h"
#include "pages/dashboardpage.h"
#include "rules/planmetrics.h"
#include "session/workspacesession.h"
#include "storage/governancesnapshot.h"
#include "storage/stagesnapshot.h"
#include "storage/workspace.h"
#include "widgets/dashboardagenda.h"
#include "widgets/dashboardstagepanel.h"
#include "widgets/stagebar.h"
#include "widgets/stagehistoryview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Coalition;
using namespace Coalition::Ui;

namespace {

const QDate Today(2026, 11, 22);

QList<qreal> values(const QBarSet *set)
{
    QList<qreal> result;
    for (int i = 0; i < set->count(); ++i)
        result.append(set->at(i));
    return result;
}

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private:
    void open(bool demo = true)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto workspace
            = Workspace::open(m_dir->filePath(u"test.coalition"_s), Database::OpenMode::CreateNew);
        QVERIFY2(workspace.ok(), qPrintable(workspace.error().toString()));
        if (demo) {
            const Status populated = DemoWorkspace::populate(**workspace, Today);
            QVERIFY2(populated.ok(), qPrintable(populated.error().toString()));
        }
        m_session = std::make_unique<WorkspaceSession>(std::move(workspace).value());
        m_page = std::make_unique<DashboardPage>(*m_session);
        m_page->setToday(Today);
        m_page->resize(1280, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    Workspace &workspace() { return m_session->workspace(); }
    Id coalition() const { return m_session->currentCoalition(); }

    StageAssessment assess()
    {
        auto snapshot = loadStageSnapshot(workspace(), coalition(), Today);
        if (!snapshot)
            qWarning() << snapshot.error().toString();
        return snapshot ? StageEngine::assess(*snapshot) : StageAssessment{};
    }

    Result<QList<RecordKey>> recordStage(DevelopmentStage stage, const QDate &on)
    {
        const Id id = coalition();
        return m_session->perform(u"Record stage"_s, {},
                                  [=](Workspace &ws) -> Result<QList<RecordKey>> {
                                      StageChange change;
                                      change.coalitionId = id;
                                      change.stage = stage;
                                      change.on = on;
                                      change.rationale = u"Agreed at the assembly"_s;
                                      auto added = ws.stageChanges().add(change);
                                      if (!added)
                                          return added.error();
                                      return QList<RecordKey>{{RecordKind::StageChange, *added}};
                                  });
    }

    void compareWithEngine()
    {
        const StageAssessment expected = assess();
        QCOMPARE(expected.stages.size(), 5);
        const StageBar *bar = m_page->stageBar();
        QCOMPARE(bar->recordedStage(), expected.recorded);
        QCOMPARE(bar->suggestedStage(), expected.suggested);
        for (const StageResult &stage : expected.stages) {
            QCOMPARE(bar->metCount(stage.stage), stage.met);
            QCOMPARE(bar->totalCount(stage.stage), stage.total);
            QCOMPARE(bar->isSubstantiallyMet(stage.stage), stage.substantiallyMet);
        }
        const QListWidget *missing = m_page->missingForNext();
        QCOMPARE(missing->count(), int(expected.missingForNext.size()));
        for (int row = 0; row < missing->count(); ++row) {
            const CriterionResult &criterion = expected.missingForNext.at(row);
            QCOMPARE(missing->item(row)->text(), criterion.label);
            QCOMPARE(missing->item(row)->data(Qt::UserRole).toString(), criterion.id);
            QVERIFY(missing->item(row)->toolTip().contains(criterion.evidence));
        }
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<DashboardPage> m_page;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<QList<Coalition::RecordKey>>();
    }

    void cleanup()
    {
        m_page.reset();
        m_session.reset();
        m_dir.reset();
    }

    void showsTheSampleCoalitionsStage()
    {
        open();
        QCOMPARE(m_page->pageId(), u"dashboard"_s);
        QVERIFY(m_page->isCoalitionScoped());
        QVERIFY(!m_page->isShowingEmptyState());
        QVERIFY(!m_page->isStale());
        QCOMPARE(m_page->stageBar(), m_page->findChild<StageBar *>(u"stageBar"_s));
        QCOMPARE(m_page->missingForNext(), m_page->findChild<QListWidget *>(u"missingForNext"_s));
        compareWithEngine();

        // The sample records a stage history up to implementation, which the
        // evidence supports: recorded and suggested agree, nothing to warn.
        const StageAssessment expected = assess();
        QVERIFY(expected.recorded);
        auto *recorded = m_page->findChild<QLabel *>(u"recordedStage"_s);
        auto *suggested = m_page->findChild<QLabel *>(u"suggestedStage"_s);
        QVERIFY(recorded && suggested);
        QVERIFY2(recorded->text().contains(enumLabel(*expected.recorded)),
                 qPrintable(recorded->text()));
        QVERIFY(suggested->text().contains(enumLabel(expected.suggested)));
        auto *warning = m_page->findChild<QLabel *>(u"stageWarning"_s);
        QVERIFY(warning);
        QCOMPARE(warning->isVisibleTo(m_page.get()), !expected.warnings.isEmpty());

        auto history = workspace().stageChanges().listForCoalition(coalition());
        QVERIFY(history.ok());
        QCOMPARE(m_page->stageHistory()->history().size(), history->size());
        QVERIFY(!m_page->stageHistory()->isEmpty());
    }

    void recordingAStageAheadWarnsAndUndoTakesItBack()
    {
        open();
        const StageAssessment before = assess();
        QVERIFY(before.suggested < DevelopmentStage::Institutionalization);
        const qsizetype changes = m_page->stageHistory()->history().size();
        auto *warning = m_page->findChild<QLabel *>(u"stageWarning"_s);

        auto done = recordStage(DevelopmentStage::Institutionalization, Today);
        QVERIFY2(done.ok(), qPrintable(done.error().toString()));
        QCOMPARE(m_page->stageBar()->recordedStage(),
                 std::optional(DevelopmentStage::Institutionalization));
        QCOMPARE(m_page->stageBar()->suggestedStage(), before.suggested);
        QCOMPARE(m_page->stageHistory()->history().size(), changes + 1);
        QCOMPARE(m_page->stageHistory()->history().constLast().stage,
                 DevelopmentStage::Institutionalization);
        QVERIFY(warning->isVisibleTo(m_page.get()));
        QVERIFY2(warning->text().startsWith(u"Warning: "_s), qPrintable(warning->text()));
        QVERIFY(warning->text().contains(u"ahead"_s));

        m_session->undoStack()->undo();
        QCOMPARE(m_page->stageBar()->recordedStage(), before.recorded);
        QCOMPARE(m_page->stageHistory()->history().size(), changes);
        QCOMPARE(warning->isVisibleTo(m_page.get()), !before.warnings.isEmpty());
    }

    void answeringTheChecklistMovesTheBar()
    {
        open(false);
        CoalitionInfo info;
        info.name = u"Harbourside Coalition"_s;
        auto id = workspace().coalitions().add(info);
        QVERIFY(id.ok());
        m_session->setCurrentCoalition(*id);
        QVERIFY(!m_page->isShowingEmptyState());
        // An empty coalition is in pre-formation, with no stage recorded.
        QCOMPARE(m_page->stageBar()->suggestedStage(), DevelopmentStage::PreFormation);
        QVERIFY(!m_page->stageBar()->recordedStage());
        QVERIFY(!m_page->stageHistory()->history().size());
        const int met = m_page->stageBar()->metCount(DevelopmentStage::PreFormation);
        const int missing = m_page->missingForNext()->count();
        QVERIFY(missing > 0);

        QStringList questions;
        for (const ChecklistItem &item : StageEngine::checklistItems()) {
            if (item.stage == DevelopmentStage::PreFormation)
                questions.append(item.id);
        }
        QVERIFY(!questions.isEmpty());
        const Id coalitionId = *id;
        const auto answer = [&](const QStringList &items) {
            return m_session->perform(
                u"Answer start-up questions"_s, {}, [&](Workspace &ws) -> Result<QList<RecordKey>> {
                    QList<RecordKey> keys;
                    for (const QString &item : items) {
                        auto answered = ws.checklist().answer(coalitionId, item,
                                                              ChecklistValue::Yes, {}, Today);
                        if (!answered)
                            return answered.error();
                        keys.append({RecordKind::ChecklistAnswer, *answered});
                    }
                    return keys;
                });
        };
        const int total = m_page->stageBar()->totalCount(DevelopmentStage::PreFormation);

        // One answer: one more criterion met, one fewer missing; not enough to move on.
        QVERIFY(!StageEngine::isSubstantiallyMet(met + 1, total));
        auto first = answer({questions.constFirst()});
        QVERIFY2(first.ok(), qPrintable(first.error().toString()));
        QCOMPARE(m_page->stageBar()->metCount(DevelopmentStage::PreFormation), met + 1);
        QCOMPARE(m_page->missingForNext()->count(), missing - 1);
        QCOMPARE(m_page->stageBar()->suggestedStage(), DevelopmentStage::PreFormation);
        compareWithEngine();

        // All of them: the bar follows, and the suggestion moves on when they
        // make pre-formation substantially met.
        auto rest = answer(questions.mid(1));
        QVERIFY2(rest.ok(), qPrintable(rest.error().toString()));
        const int now = met + int(questions.size());
        QCOMPARE(m_page->stageBar()->metCount(DevelopmentStage::PreFormation), now);
        QCOMPARE(m_page->stageBar()->isSubstantiallyMet(DevelopmentStage::PreFormation),
                 StageEngine::isSubstantiallyMet(now, total));
        QCOMPARE(m_page->stageBar()->suggestedStage(),
                 StageEngine::isSubstantiallyMet(now, total) ? DevelopmentStage::Formation
                                                             : DevelopmentStage::PreFormation);
        compareWithEngine();

        // Undone: back to one answer.
        m_session->undoStack()->undo();
        QCOMPARE(m_page->stageBar()->metCount(DevelopmentStage::PreFormation), met + 1);
    }

    void readsAgainOnlyWhenShown()
    {
        open();
        const qsizetype changes = m_page->stageHistory()->history().size();
        m_page->hide();
        QVERIFY(recordStage(DevelopmentStage::Maintenance, Today).ok());
        QVERIFY(m_page->isStale());
        QCOMPARE(m_page->stageHistory()->history().size(), changes);
        m_page->show();
        QVERIFY(!m_page->isStale());
        QCOMPARE(m_page->stageHistory()->history().size(), changes + 1);
        QCOMPARE(m_page->stageBar()->recordedStage(), std::optional(DevelopmentStage::Maintenance));
    }

    void showsTheSameWarningsAsTheDock()
    {
        open();
        auto snapshot = loadGovernanceSnapshot(workspace(), coalition(), Today);
        QVERIFY(snapshot.ok());
        const QList<ProceduralWarning> expected = ProceduralChecks::run(*snapshot);
        QVERIFY(!expected.isEmpty()); // the sample has a few to look into
        QCOMPARE(m_page->warningModel()->warnings(), expected);
        QCOMPARE(m_page->warningsView()->model()->rowCount(), int(expected.size()));

        QSignalSpy requested(m_page.get(), &Page::recordsRequested);
        const QModelIndex first = m_page->warningsView()->model()->index(0, 0);
        Q_EMIT m_page->warningsView()->activated(first);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).value<QList<RecordKey>>(), expected.constFirst().records);
    }

    void listsWhatIsComingUpAndWhatIsLate()
    {
        open();
        auto tasks = workspace().tasks().listForCoalition(coalition());
        auto meetings = workspace().meetings().listForCoalition(coalition());
        QVERIFY(tasks.ok() && meetings.ok());
        int late = 0;
        for (const Task &task : *tasks)
            late += PlanMetrics::isLate(task, Today) ? 1 : 0;
        int soon = 0;
        for (const Meeting &meeting : *meetings) {
            const QDate day = meeting.startsAt.date();
            soon += day >= Today && day <= Today.addDays(60) ? 1 : 0;
        }
        QVERIFY(late > 0); // the sample has late tasks
        DashboardAgenda *agenda = m_page->agenda();
        QCOMPARE(agenda->lateTasks()->topLevelItemCount(), late);
        QCOMPARE(agenda->meetings()->topLevelItemCount(), soon);
        QVERIFY(agenda->tabs()->tabText(2).contains(QString::number(late)));

        // A task due in ten days joins the deadlines; its row opens it.
        auto plans = workspace().actionPlans().listForCoalition(coalition());
        QVERIFY(plans.ok() && !plans->isEmpty());
        const int deadlines = agenda->deadlines()->topLevelItemCount();
        const Id planId = plans->constFirst().id;
        auto added
            = m_session->perform(u"Add task"_s, {}, [=](Workspace &ws) -> Result<QList<RecordKey>> {
                  Task task;
                  task.planId = planId;
                  task.title = u"Print the flyers"_s;
                  task.dueOn = Today.addDays(10);
                  auto id = ws.tasks().add(task);
                  if (!id)
                      return id.error();
                  return QList<RecordKey>{{RecordKind::Task, *id}};
              });
        QVERIFY2(added.ok(), qPrintable(added.error().toString()));
        const Id taskId = added->constFirst().id;
        QCOMPARE(agenda->deadlines()->topLevelItemCount(), deadlines + 1);
        QTreeWidgetItem *row = nullptr;
        for (int i = 0; i < agenda->deadlines()->topLevelItemCount(); ++i) {
            if (agenda->deadlines()->topLevelItem(i)->text(2) == u"Print the flyers"_s)
                row = agenda->deadlines()->topLevelItem(i);
        }
        QVERIFY(row);
        QCOMPARE(row->text(1), u"Task"_s);
        QSignalSpy requested(m_page.get(), &Page::recordsRequested);
        Q_EMIT agenda->deadlines()->itemActivated(row, 0);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).value<QList<RecordKey>>(),
                 QList<RecordKey>({{RecordKind::Task, taskId}}));
    }

    void chartsShowTheMembers()
    {
        open();
        auto members = workspace().memberships().listForCoalition(coalition());
        QVERIFY(members.ok());
        QMap<QString, int> bySector;
        QList<qreal> byStatus(5, 0);
        int active = 0;
        for (const Membership &m : *members) {
            byStatus[static_cast<int>(m.status)] += 1;
            if (m.status != MembershipStatus::Active)
                continue;
            ++active;
            auto organization = workspace().organizations().get(m.organizationId);
            QVERIFY(organization.ok());
            bySector[enumLabel(organization->sector)] += 1;
        }

        // Sectors: one bar per sector with active members, the numbers as counted.
        const QChart *sectors = m_page->sectorChart()->chart();
        QCOMPARE(sectors->series().size(), 1);
        auto *sectorSeries = qobject_cast<QHorizontalBarSeries *>(sectors->series().constFirst());
        QVERIFY(sectorSeries);
        QCOMPARE(sectorSeries->barSets().size(), 1);
        auto *sectorAxis
            = qobject_cast<QBarCategoryAxis *>(sectors->axes(Qt::Vertical).constFirst());
        QVERIFY(sectorAxis);
        const QList<qreal> sectorValues = values(sectorSeries->barSets().constFirst());
        QCOMPARE(sectorAxis->categories().size(), bySector.size());
        QMap<QString, int> shown;
        for (int i = 0; i < sectorValues.size(); ++i)
            shown.insert(sectorAxis->categories().at(i), int(sectorValues.at(i)));
        QCOMPARE(shown, bySector);
        // The largest sector on top (the last category of horizontal bars).
        QCOMPARE(sectorValues.constLast(),
                 *std::max_element(sectorValues.cbegin(), sectorValues.cend()));
        QVERIFY(m_page->sectorChart()->accessibleDescription().contains(
            u"%1: %2"_s.arg(shown.lastKey()).arg(shown.last())));

        // Statuses: every status, in order.
        const QChart *statuses = m_page->statusChart()->chart();
        auto *statusSeries = qobject_cast<QBarSeries *>(statuses->series().constFirst());
        QVERIFY(statusSeries);
        QCOMPARE(values(statusSeries->barSets().constFirst()), byStatus);
        auto *statusAxis
            = qobject_cast<QBarCategoryAxis *>(statuses->axes(Qt::Horizontal).constFirst());
        QCOMPARE(statusAxis->categories().constFirst(), enumLabel(MembershipStatus::Prospective));
        QCOMPARE(statusAxis->categories().constLast(), enumLabel(MembershipStatus::Withdrawn));

        // Over time: 24 points, today's the number of active members now.
        auto *trend
            = qobject_cast<QLineSeries *>(m_page->trendChart()->chart()->series().constFirst());
        QVERIFY(trend);
        QCOMPARE(trend->count(), DashboardData::TrendMonths);
        QCOMPARE(int(trend->at(trend->count() - 1).y()), active);
        QCOMPARE(m_page->data().trend.constLast().active, active);
        QCOMPARE(m_page->data().activeMembers, active);
    }

    void figuresKeepToTheirWindows()
    {
        // By hand: what is due, late, coming up and counted, at the edges.
        StageSnapshot s;
        s.coalition.id = 1;
        s.coalition.name = u"Harbourside Coalition"_s;
        s.today = QDate(2026, 5, 10);
        const QDate t = s.today;
        Body body;
        body.id = 1;
        body.coalitionId = 1;
        body.kind = BodyKind::FullMembership;
        body.name = u"General Assembly"_s;
        s.bodies = {body};
        const auto meeting = [&](Id id, const QDate &day) {
            Meeting m;
            m.id = id;
            m.bodyId = 1;
            m.startsAt = QDateTime(day, QTime(18, 0));
            m.location = u"Hall"_s;
            return m;
        };
        s.meetings = {meeting(1, t.addDays(-1)), meeting(2, t.addDays(60)), meeting(3, t),
                      meeting(4, t.addDays(61))};
        const auto goal = [&](Id id, GoalStatus status, const QDate &target) {
            Goal g;
            g.id = id;
            g.coalitionId = 1;
            g.title = u"Goal %1"_s.arg(id);
            g.status = status;
            g.targetOn = target;
            return g;
        };
        s.goals = {goal(1, GoalStatus::Active, t.addDays(30)),
                   goal(2, GoalStatus::Achieved, t.addDays(5)),
                   goal(3, GoalStatus::Proposed, t.addDays(31))};
        ActionGroup group;
        group.id = 1;
        group.coalitionId = 1;
        group.name = u"Outreach"_s;
        s.groups = {group};
        const auto plan = [&](Id id, const QDate &due) {
            ActionPlan p;
            p.id = id;
            p.goalId = 1;
            p.groupId = 1;
            p.title = u"Plan %1"_s.arg(id);
            p.dueOn = due;
            return p;
        };
        s.plans = {plan(1, t.addDays(3)), plan(2, t.addDays(4))};
        const auto task = [&](Id id, Id planId, TaskStatus status, const QDate &due,
                              bool confidential = false) {
            Task k;
            k.id = id;
            k.planId = planId;
            k.title = u"Task %1"_s.arg(id);
            k.status = status;
            k.dueOn = due;
            k.confidential = confidential;
            return k;
        };
        s.tasks = {task(1, 1, TaskStatus::NotStarted, t),
                   task(2, 1, TaskStatus::InProgress, t.addDays(-1)),
                   task(3, 1, TaskStatus::Done, t.addDays(-5)),
                   task(4, 2, TaskStatus::Done, t.addDays(2)), // plan 2 is finished
                   task(5, 1, TaskStatus::InProgress, t.addDays(30)),
                   task(6, 1, TaskStatus::NotStarted, t.addDays(31)),
                   task(7, 1, TaskStatus::NotStarted, t.addDays(-10), true)};
        const auto member = [&](Id id, Id organization, MembershipStatus status) {
            Membership m;
            m.id = id;
            m.coalitionId = 1;
            m.organizationId = organization;
            m.status = status;
            m.joinedOn = QDate(2025, 1, 1);
            m.history = {{status, QDate(2025, 1, 1), {}}};
            return m;
        };
        s.memberships
            = {member(1, 11, MembershipStatus::Active), member(2, 12, MembershipStatus::Active),
               member(3, 13, MembershipStatus::Active), member(4, 14, MembershipStatus::Inactive),
               member(5, 15, MembershipStatus::Withdrawn)};
        // Organization 13 is not in the map: it counts as "Other".
        const QHash<Id, Sector> sectors{{11, Sector::Nonprofit},
                                        {12, Sector::Nonprofit},
                                        {14, Sector::Faith},
                                        {15, Sector::Health}};

        const DashboardData d = DashboardData::from(s, sectors);
        QCOMPARE(d.coalitionName, u"Harbourside Coalition"_s);
        QCOMPARE(d.assessment, StageEngine::assess(s));
        QCOMPARE(d.meetings.size(), 2);
        QCOMPARE(d.meetings.at(0).id, Id(3)); // today
        QCOMPARE(d.meetings.at(1).id, Id(2)); // in 60 days
        QCOMPARE(d.meetings.at(0).body, u"General Assembly"_s);

        QList<RecordKey> due;
        for (const DashboardDeadline &deadline : d.deadlines)
            due.append(deadline.record);
        // Due today is not late; of one day, tasks come first; a finished
        // plan, an achieved goal and anything past 30 days are left out.
        QCOMPARE(due,
                 QList<RecordKey>({{RecordKind::Task, 1},
                                   {RecordKind::ActionPlan, 1},
                                   {RecordKind::Task, 5},
                                   {RecordKind::Goal, 1}}));
        QCOMPARE(d.deadlines.at(0).context, u"Plan 1 (plan of Outreach)"_s);
        QList<RecordKey> late;
        for (const DashboardDeadline &overdue : d.lateTasks)
            late.append(overdue.record);
        QCOMPARE(late, QList<RecordKey>({{RecordKind::Task, 7}, {RecordKind::Task, 2}}));
        QVERIFY(d.lateTasks.at(0).confidential);
        QVERIFY(!d.lateTasks.at(1).confidential);

        QCOMPARE(d.activeMembers, 3);
        QCOMPARE(d.activeBySector,
                 (QList<std::pair<Sector, int>>{{Sector::Nonprofit, 2}, {Sector::Other, 1}}));
        QCOMPARE(d.byStatus,
                 (QList<std::pair<MembershipStatus, int>>{{MembershipStatus::Prospective, 0},
                                                          {MembershipStatus::Invited, 0},
                                                          {MembershipStatus::Active, 3},
                                                          {MembershipStatus::Inactive, 1},
                                                          {MembershipStatus::Withdrawn, 1}}));
        QCOMPARE(d.trend.size(), DashboardData::TrendMonths);
        QCOMPARE(d.trend.constLast().active, 3);
        QCOMPARE(d.trend.constFirst().active, 0); // May 2024: nobody had joined
    }

    void withoutACoalitionSaysWhatToDo()
    {
        open(false);
        QVERIFY(m_page->isShowingEmptyState());
        QVERIFY(!m_page->stageBar()->hasAssessment());
        auto *counts = m_page->findChild<QLabel *>(u"counts"_s);
        QVERIFY(counts);
        QVERIFY(counts->text().contains(u"<b>0</b> coalitions"_s));
        auto *button = m_page->findChild<QPushButton *>(u"emptyNoticeButton"_s);
        QVERIFY(button && button->isVisibleTo(m_page.get()));
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
