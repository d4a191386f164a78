// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingsfixture.h"

#include "app/messagebox.h"
#include "dialogs/actiongroupdialog.h"
#include "dialogs/actionplandialog.h"
#include "dialogs/progressreportdialog.h"
#include "dialogs/taskdialog.h"
#include "models/actiongrouplistmodel.h"
#include "models/budgettablemodel.h"
#include "models/goallistmodel.h"
#include "models/planlistmodel.h"
#include "models/staffingtablemodel.h"
#include "models/tasktablemodel.h"
#include "pages/actiongroupspage.h"
#include "widgets/actiongrouppanel.h"
#include "widgets/actionplanpanel.h"
#include "widgets/detailfieldlist.h"
#include "widgets/linelisteditor.h"
#include "widgets/optionaldateedit.h"
#include "widgets/timelineview.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Coalition;
using namespace Coalition::Ui;
using namespace MeetingsFixture;

class TestActionGroupsPage : public QObject
{
    Q_OBJECT

private:
    // Judged on this day: the task due on 1 March is late, the reports for
    // February and March are missing.
    static QDate today() { return {2026, 4, 15}; }

    void open(bool confidentialTask = false)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto opened
            = Workspace::open(m_dir->filePath(u"test.coalition"_s), Database::OpenMode::CreateNew);
        QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
        Workspace &w = **opened;
        CoalitionInfo coalition;
        coalition.name = u"Harbourside Coalition"_s;
        coalition.startDate = QDate(2020, 1, 1);
        auto coalitionId = w.coalitions().add(coalition);
        QVERIFY(coalitionId.ok());
        m_coalition = *coalitionId;
        const QStringList names{u"Tenants Union"_s, u"Eastside Food Bank"_s, u"Green Streets"_s};
        const QStringList people{u"Ana Lima"_s, u"Chidi Obi"_s, u"Hana Sato"_s};
        m_members.clear();
        for (qsizetype i = 0; i < names.size(); ++i) {
            Id person = 0;
            auto id = addMember(w, m_coalition, names.at(i), people.at(i),
                                MembershipKind::VotingMember, &person);
            QVERIFY2(id.ok(), qPrintable(id.error().toString()));
            m_members.append(*id);
            if (i == 0)
                m_ana = person;
        }

        Goal goal;
        goal.coalitionId = m_coalition;
        goal.title = u"Every tenant knows their rights"_s;
        goal.status = GoalStatus::Active;
        auto goalId = w.goals().add(goal);
        QVERIFY2(goalId.ok(), qPrintable(goalId.error().toString()));
        m_goal = *goalId;
        Goal lonely;
        lonely.coalitionId = m_coalition;
        lonely.kind = GoalKind::Universal;
        lonely.title = u"Broaden the membership"_s;
        auto lonelyId = w.goals().add(lonely);
        QVERIFY(lonelyId.ok());
        m_lonelyGoal = *lonelyId;

        ActionGroup group;
        group.coalitionId = m_coalition;
        group.name = u"Housing Action Group"_s;
        group.convenerId = m_ana;
        group.memberships = {m_members.at(0), m_members.at(1)};
        group.goals = {m_goal};
        group.cadence = ReportingCadence::Monthly;
        group.startedOn = QDate(2026, 1, 5);
        auto groupId = w.actionGroups().add(group);
        QVERIFY2(groupId.ok(), qPrintable(groupId.error().toString()));
        m_group = *groupId;

        ProgressReport report;
        report.groupId = m_group;
        report.period = *ReportPeriod::parse(u"2026-01"_s);
        report.authorId = m_ana;
        report.text = u"Two workshops held."_s;
        report.receivedOn = QDate(2026, 2, 3);
        QVERIFY(w.progressReports().add(report).ok());

        ActionPlan plan;
        plan.goalId = m_goal;
        plan.groupId = m_group;
        plan.leadMembershipId = m_members.at(0);
        plan.title = u"Rights workshops"_s;
        plan.startOn = QDate(2026, 1, 10);
        plan.dueOn = QDate(2026, 9, 30);
        plan.criteria = {u"200 tenants attend"_s};
        plan.budget = {BudgetLine{u"Hall hire"_s, 120000, m_members.at(1), {}, true},
                       BudgetLine{u"Printing"_s, 230000, std::nullopt, u"City grant"_s, false}};
        plan.staffing = {StaffingNeed{u"Trainer"_s, 20, m_members.at(0), false},
                         StaffingNeed{u"Interpreter"_s, 16, std::nullopt, true}};
        auto planId = w.actionPlans().add(plan);
        QVERIFY2(planId.ok(), qPrintable(planId.error().toString()));
        m_plan = *planId;

        const auto addTask = [&](const QString &title, const QDate &start, const QDate &due,
                                 TaskStatus status, const QDate &done, bool confidential) {
            Task task;
            task.planId = m_plan;
            task.title = title;
            task.responsibleId = m_members.at(0);
            task.startOn = start;
            task.dueOn = due;
            task.status = status;
            task.doneOn = done;
            task.confidential = confidential;
            auto id = w.tasks().add(task);
            return id.ok() ? *id : Id(0);
        };
        m_doneTask = addTask(u"Book the hall"_s, QDate(2026, 1, 10), QDate(2026, 1, 31),
                             TaskStatus::Done, QDate(2026, 1, 28), false);
        m_lateTask = addTask(u"Print the leaflets"_s, QDate(2026, 2, 1), QDate(2026, 3, 1),
                             TaskStatus::InProgress, {}, false);
        m_laterTask = addTask(u"Hold the first workshop"_s, QDate(2026, 5, 1), QDate(2026, 6, 1),
                              TaskStatus::NotStarted, {}, confidentialTask);
        QVERIFY(m_doneTask > 0 && m_lateTask > 0 && m_laterTask > 0);

        m_session = std::make_unique<WorkspaceSession>(std::move(opened).value());
        m_session->setCurrentCoalition(m_coalition);
        m_page = std::make_unique<ActionGroupsPage>(*m_session);
        m_page->setToday(today());
        m_page->resize(1400, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_testers.clear();
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
                 m_page->groupList(), panel()->plans(), tasks(), budget(), staffing(),
                 m_page->goalList()})
            m_testers.emplace_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    Workspace &workspace() { return m_session->workspace(); }
    ActionGroupPanel *panel() { return m_page->groupPanel(); }
    ActionPlanPanel *planPanel() { return panel()->planPanel(); }
    TaskTableModel *tasks() { return planPanel()->tasks(); }
    BudgetTableModel *budget() { return planPanel()->budget(); }
    StaffingTableModel *staffing() { return planPanel()->staffing(); }
    Task storedTask(Id id)
    {
        auto task = workspace().tasks().get(id);
        return task ? *task : Task{};
    }
    const TimelineRow *timelineRow(Id taskId)
    {
        for (const TimelineRow &row : m_page->timeline()->rows()) {
            if (!row.isGroup() && row.taskId == taskId)
                return &row;
        }
        return nullptr;
    }
    QModelIndex taskIndex(Id taskId, int column)
    {
        return tasks()->index(tasks()->rowOf(taskId), column);
    }

    // Opens the cell's editor, as a double-click would, and returns it.
    template<typename E>
    E *openEditor(QTableView *table, const QModelIndex &index)
    {
        table->setFocus();
        table->setCurrentIndex(index);
        table->edit(index);
        return qobject_cast<E *>(table->indexWidget(index));
    }

    void commit(QWidget *editor)
    {
        QTest::keyClick(editor, Qt::Key_Return);
        settle();
    }

    void choose(QTableView *table, const QModelIndex &index, const QVariant &value)
    {
        auto *combo = openEditor<QComboBox>(table, index);
        QVERIFY2(combo, "no editor opened");
        const int choice = combo->findData(value);
        QVERIFY2(choice >= 0, qPrintable(value.toString()));
        combo->setCurrentIndex(choice);
        Q_EMIT combo->activated(choice);
        settle();
    }

    void setDue(Id taskId, const QDate &due)
    {
        auto *edit = openEditor<QDateEdit>(planPanel()->taskTable(),
                                           taskIndex(taskId, TaskTableModel::DueColumn));
        QVERIFY2(edit, "no date editor opened");
        edit->setDate(due);
        commit(edit);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<ActionGroupsPage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    Id m_coalition = 0;
    QList<Id> m_members;
    Id m_ana = 0;
    Id m_goal = 0;
    Id m_lonelyGoal = 0;
    Id m_group = 0;
    Id m_plan = 0;
    Id m_doneTask = 0;
    Id m_lateTask = 0;
    Id m_laterTask = 0;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup()
    {
        m_testers.clear();
        m_page.reset();
        m_session.reset();
        m_dir.reset();
    }

    void showsTheGroupWithItsPlanAndFlags()
    {
        open();
        QCOMPARE(m_page->pageId(), u"action"_s);
        QVERIFY(m_page->isCoalitionScoped());
        QVERIFY(!m_page->isShowingEmptyState());
        QCOMPARE(m_page->groupList()->rowCount(), 1);
        QCOMPARE(m_page->currentGroupId(), m_group);
        const auto group = [this](int column) {
            return m_page->groupList()->index(0, column).data().toString();
        };
        QCOMPARE(group(ActionGroupListModel::ConvenerColumn), u"Ana Lima"_s);
        QCOMPARE(group(ActionGroupListModel::MembersColumn), u"2"_s);
        QCOMPARE(group(ActionGroupListModel::PlansColumn), u"1"_s);
        QCOMPARE(group(ActionGroupListModel::ReportsColumn),
                 u"2 reports missing, the latest for 2026-03"_s);
        QCOMPARE(panel()->details()->text(u"goals"_s), u"Every tenant knows their rights"_s);
        QCOMPARE(panel()->reportList()->topLevelItemCount(), 1);
        QCOMPARE(panel()->reportList()->topLevelItem(0)->text(0), u"2026-01"_s);
        QVERIFY2(panel()->missingReportsText().contains(u"2026-02, 2026-03"_s),
                 qPrintable(panel()->missingReportsText()));

        PlanListModel *plans = panel()->plans();
        QCOMPARE(plans->rowCount(), 1);
        QCOMPARE(panel()->currentPlanId(), m_plan);
        QCOMPARE(plans->index(0, PlanListModel::GoalColumn).data().toString(),
                 u"Every tenant knows their rights"_s);
        QCOMPARE(plans->index(0, PlanListModel::LeadColumn).data().toString(), u"Tenants Union"_s);
        QCOMPARE(plans->index(0, PlanListModel::TasksColumn).data().toString(), u"1 of 3 done"_s);
        QCOMPARE(plans->index(0, PlanListModel::LateColumn).data().toInt(), 1);
        QCOMPARE(plans->index(0, PlanListModel::UnfundedColumn).data().toString(), u"2,300.00"_s);

        // The late task is highlighted and says why.
        QCOMPARE(tasks()->rowCount(), 3);
        const QModelIndex late = taskIndex(m_lateTask, TaskTableModel::TitleColumn);
        QVERIFY(late.data(TaskTableModel::LateRole).toBool());
        QVERIFY(late.data(Qt::BackgroundRole).isValid());
        const QString reason = late.data(Qt::ToolTipRole).toString();
        QVERIFY2(reason.contains(u"45 days ago"_s) && reason.contains(u"in progress"_s),
                 qPrintable(reason));
        const QModelIndex onTime = taskIndex(m_laterTask, TaskTableModel::TitleColumn);
        QVERIFY(!onTime.data(TaskTableModel::LateRole).toBool());
        QVERIFY(!onTime.data(Qt::BackgroundRole).isValid());

        QCOMPARE(planPanel()->budgetSummary(),
                 u"Secured 1,200.00 of 3,500.00 — 2,300.00 unfunded"_s);
        QCOMPARE(planPanel()->staffingSummary(),
                 u"Covered 20 of 36 hours a month — 16 sought outside the coalition"_s);
        QCOMPARE(planPanel()->criteria()->lines(), QStringList{u"200 tenants attend"_s});

        // Goals: the one nobody serves is flagged with the reason.
        GoalListModel *goals = m_page->goalList();
        QCOMPARE(goals->rowCount(), 2);
        QCOMPARE(goals->attention(goals->rowOf(m_goal)), QString());
        QCOMPARE(goals->attention(goals->rowOf(m_lonelyGoal)),
                 u"No action group serves this goal and it has no plan."_s);

        // The timeline: the group's header, then its tasks; the late one marked.
        const QList<TimelineRow> rows = m_page->timeline()->rows();
        QCOMPARE(rows.size(), 4);
        QVERIFY(rows.at(0).isGroup());
        QVERIFY(timelineRow(m_lateTask) && timelineRow(m_lateTask)->late);
        QVERIFY(!timelineRow(m_laterTask)->late);
    }

    void editingATaskInPlaceUpdatesTheTimeline()
    {
        open();
        m_page->tabs()->setCurrentIndex(2);
        const QRect before = m_page->timeline()->barRect(m_lateTask);
        QVERIFY(!before.isEmpty());
        m_page->tabs()->setCurrentIndex(0);

        setDue(m_lateTask, QDate(2026, 5, 20));
        QCOMPARE(storedTask(m_lateTask).dueOn, QDate(2026, 5, 20));
        QCOMPARE(m_session->undoStack()->undoText(),
                 u"Change the due date of task “Print the leaflets”"_s);
        // No longer late: neither in the table nor on the timeline, and its bar grew.
        QVERIFY(!taskIndex(m_lateTask, 0).data(TaskTableModel::LateRole).toBool());
        QVERIFY(!taskIndex(m_lateTask, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(!timelineRow(m_lateTask)->late);
        QCOMPARE(timelineRow(m_lateTask)->dueOn, QDate(2026, 5, 20));
        m_page->tabs()->setCurrentIndex(2);
        const QRect after = m_page->timeline()->barRect(m_lateTask);
        // The bar now runs to the new due date: longer, ending past 20 May.
        QVERIFY(after.width() > before.width());
        QVERIFY(after.right() >= m_page->timeline()->xForDate(QDate(2026, 5, 20)));
        QCOMPARE(panel()->plans()->index(0, PlanListModel::LateColumn).data().toInt(), 0);
        m_page->tabs()->setCurrentIndex(0);

        // The status through its combo box: done today.
        choose(planPanel()->taskTable(), taskIndex(m_lateTask, TaskTableModel::StatusColumn),
               static_cast<int>(TaskStatus::Done));
        QCOMPARE(storedTask(m_lateTask).status, TaskStatus::Done);
        QCOMPARE(storedTask(m_lateTask).doneOn, today());
        QCOMPARE(timelineRow(m_lateTask)->status, TaskStatus::Done);
        QCOMPARE(panel()->plans()->index(0, PlanListModel::TasksColumn).data().toString(),
                 u"2 of 3 done"_s);

        // Each change is one undoable edit.
        m_session->undoStack()->undo();
        QCOMPARE(storedTask(m_lateTask).status, TaskStatus::InProgress);
        QVERIFY(!storedTask(m_lateTask).doneOn.isValid());
        QCOMPARE(timelineRow(m_lateTask)->status, TaskStatus::InProgress);
        m_session->undoStack()->undo();
        QCOMPARE(storedTask(m_lateTask).dueOn, QDate(2026, 3, 1));
        QVERIFY(timelineRow(m_lateTask)->late);
        QVERIFY(taskIndex(m_lateTask, 0).data(TaskTableModel::LateRole).toBool());
        m_session->undoStack()->redo();
        QCOMPARE(storedTask(m_lateTask).dueOn, QDate(2026, 5, 20));
        QVERIFY(!timelineRow(m_lateTask)->late);
    }

    void budgetAndStaffingTotalsFollowTheEdits()
    {
        open();
        planPanel()->tabs()->setCurrentIndex(1);
        QTableView *table = planPanel()->budgetTable();
        auto *amount
            = openEditor<QDoubleSpinBox>(table, budget()->index(1, BudgetTableModel::AmountColumn));
        QVERIFY2(amount, "no amount editor opened");
        amount->setValue(3000.0);
        commit(amount);
        QCOMPARE(planPanel()->budgetSummary(),
                 u"Secured 1,200.00 of 4,200.00 — 3,000.00 unfunded"_s);
        QCOMPARE(panel()->plans()->index(0, PlanListModel::UnfundedColumn).data().toString(),
                 u"3,000.00"_s);
        // Ticking "secured", as the view's check box does.
        QVERIFY(table->model()->setData(budget()->index(1, BudgetTableModel::SecuredColumn),
                                        Qt::Checked, Qt::CheckStateRole));
        settle();
        QCOMPARE(planPanel()->budgetSummary(), u"Secured 4,200.00 of 4,200.00 — fully funded"_s);
        m_session->undoStack()->undo();
        QCOMPARE(planPanel()->budgetSummary(),
                 u"Secured 1,200.00 of 4,200.00 — 3,000.00 unfunded"_s);

        planPanel()->tabs()->setCurrentIndex(2);
        choose(planPanel()->staffingTable(), staffing()->index(1, StaffingTableModel::CoverColumn),
               m_members.at(2));
        QCOMPARE(planPanel()->staffingSummary(), u"Covered 36 of 36 hours a month"_s);
        auto plan = workspace().actionPlans().get(m_plan);
        QVERIFY(plan.ok());
        QCOMPARE(plan->staffing.at(1).coveredById, std::optional<Id>(m_members.at(2)));
        QVERIFY(!plan->staffing.at(1).soughtOutside);
        QCOMPARE(panel()->plans()->index(0, PlanListModel::UncoveredColumn).data().toString(),
                 u"0 h/month"_s);
        m_session->undoStack()->undo();
        QCOMPARE(planPanel()->staffingSummary(),
                 u"Covered 20 of 36 hours a month — 16 sought outside the coalition"_s);
    }

    void addsGroupPlanAndTaskThroughTheirDialogs()
    {
        open();
        onDialog<ActionGroupDialog>([this](ActionGroupDialog *dialog) {
            QVERIFY(!okButton(dialog)->isEnabled());
            QTest::keyClicks(dialog->nameEdit(), u"Outreach Group"_s);
            dialog->convenerCombo()->setCurrentIndex(dialog->convenerCombo()->findData(m_ana));
            dialog->memberList()->item(0)->setCheckState(Qt::Checked);
            QVERIFY(okButton(dialog)->isEnabled());
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        });
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"addGroupButton"_s), Qt::LeftButton);
        QCOMPARE(m_page->groupList()->rowCount(), 2);
        const Id outreach = m_page->currentGroupId();
        QVERIFY(outreach != m_group);
        QCOMPARE(m_session->undoStack()->undoText(), u"Add action group “Outreach Group”"_s);
        QCOMPARE(panel()->plans()->rowCount(), 0);

        onDialog<ActionPlanDialog>([this](ActionPlanDialog *dialog) {
            QTest::keyClicks(dialog->titleEdit(), u"Door-knocking"_s);
            QVERIFY(!okButton(dialog)->isEnabled());
            dialog->goalCombo()->setCurrentIndex(dialog->goalCombo()->findData(m_lonelyGoal));
            QVERIFY(okButton(dialog)->isEnabled());
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        });
        QTest::mouseClick(panel()->addPlanButton(), Qt::LeftButton);
        QCOMPARE(panel()->plans()->rowCount(), 1);
        const Id plan = panel()->currentPlanId();
        QVERIFY(plan > 0);
        QCOMPARE(panel()->plans()->plan(0).title, u"Door-knocking"_s);
        // The goal is now served by a plan, though by no group yet.
        GoalListModel *goals = m_page->goalList();
        QCOMPARE(goals->attention(goals->rowOf(m_lonelyGoal)),
                 u"No action group serves this goal."_s);

        onDialog<TaskDialog>([](TaskDialog *dialog) {
            QTest::keyClicks(dialog->titleEdit(), u"Knock on Elm Street"_s);
            dialog->dueEdit()->setDate(QDate(2026, 4, 1));
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        });
        QTest::mouseClick(planPanel()->addTaskButton(), Qt::LeftButton);
        QCOMPARE(tasks()->rowCount(), 1);
        const Id task = tasks()->task(0).id;
        QCOMPARE(planPanel()->currentTaskId(), task);
        QVERIFY(tasks()->index(0, 0).data(TaskTableModel::LateRole).toBool());
        QVERIFY(timelineRow(task) && timelineRow(task)->late);

        // Undo takes them away in turn, redo brings them back.
        m_session->undoStack()->undo();
        QCOMPARE(tasks()->rowCount(), 0);
        QVERIFY(!timelineRow(task));
        m_session->undoStack()->undo();
        QCOMPARE(panel()->plans()->rowCount(), 0);
        m_session->undoStack()->undo();
        QCOMPARE(m_page->groupList()->rowCount(), 1);
        m_session->undoStack()->redo();
        m_session->undoStack()->redo();
        m_session->undoStack()->redo();
        QVERIFY(m_page->selectGroup(outreach));
        QCOMPARE(panel()->plans()->rowCount(), 1);
        QCOMPARE(tasks()->rowCount(), 1);
        QVERIFY(timelineRow(task));
    }

    void aReportReceivedClearsItsMissingFlag()
    {
        open();
        onDialog<ProgressReportDialog>([](ProgressReportDialog *dialog) {
            // The oldest missing period is offered first.
            QCOMPARE(dialog->periodEdit()->text(), u"2026-02"_s);
            dialog->textEdit()->setPlainText(u"Leaflets drafted."_s);
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        });
        QTest::mouseClick(panel()->addReportButton(), Qt::LeftButton);
        QCOMPARE(
            m_page->groupList()->index(0, ActionGroupListModel::ReportsColumn).data().toString(),
            u"Report for 2026-03 missing"_s);
        QCOMPARE(panel()->reportList()->topLevelItemCount(), 2);
        m_session->undoStack()->undo();
        QCOMPARE(
            m_page->groupList()->index(0, ActionGroupListModel::ReportsColumn).data().toString(),
            u"2 reports missing, the latest for 2026-03"_s);
    }

    void clickingABarOpensTheTask()
    {
        open();
        m_page->tabs()->setCurrentIndex(2);
        TimelineView *timeline = m_page->timeline();
        timeline->ensureTaskVisible(m_laterTask);
        const QRect bar = timeline->barRect(m_laterTask);
        QVERIFY(!bar.isEmpty());
        QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, bar.center());
        settle();
        QCOMPARE(m_page->tabs()->currentIndex(), 0);
        QCOMPARE(planPanel()->currentTaskId(), m_laterTask);
        QVERIFY(m_page->showRecord({RecordKind::Goal, m_lonelyGoal}));
        QCOMPARE(m_page->tabs()->currentIndex(), 1);
        QVERIFY(m_page->showRecord({RecordKind::Task, m_doneTask}));
        QCOMPARE(planPanel()->currentTaskId(), m_doneTask);
    }

    void confidentialRecordsCanBeHidden()
    {
        open(true);
        QVERIFY(m_page->showsConfidential());
        const QModelIndex marked = taskIndex(m_laterTask, TaskTableModel::TitleColumn);
        QVERIFY(marked.data(TaskTableModel::ConfidentialRole).toBool());
        QVERIFY(marked.data(Qt::DecorationRole).isValid());
        QVERIFY(timelineRow(m_laterTask));
        m_page->confidentialToggle()->click();
        QCOMPARE(tasks()->rowCount(), 2);
        QVERIFY(!timelineRow(m_laterTask));
        // Asking for the record shows confidential records again.
        QVERIFY(m_page->showRecord({RecordKind::Task, m_laterTask}));
        QVERIFY(m_page->showsConfidential());
        QCOMPARE(tasks()->rowCount(), 3);
    }

    void anEmptyCoalitionExplainsThePage()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened
            = Workspace::open(m_dir->filePath(u"empty.coalition"_s), Database::OpenMode::CreateNew);
        QVERIFY(opened.ok());
        CoalitionInfo coalition;
        coalition.name = u"Quiet Coalition"_s;
        coalition.startDate = QDate(2024, 1, 1);
        QVERIFY((*opened)->coalitions().add(coalition).ok());
        m_session = std::make_unique<WorkspaceSession>(std::move(opened).value());
        m_page = std::make_unique<ActionGroupsPage>(*m_session);
        QVERIFY(m_page->isShowingEmptyState());
        auto *add = m_page->findChild<QPushButton *>(u"emptyAddGoal"_s);
        QVERIFY(add && !add->isHidden());
        QVERIFY(m_page->findChild<QLabel *>(u"emptyStateText"_s)->text().contains(u"Quiet"_s));
    }
};

QTEST_MAIN(TestActionGroupsPage)
#include "tst_actiongroupspage.moc"
