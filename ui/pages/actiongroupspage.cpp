// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/actiongroupspage.h"

#include "models/actiongrouplistmodel.h"
#include "models/goallistmodel.h"
#include "models/planlistmodel.h"
#include "models/timelinerow.h"
#include "pages/actiongroupedits.h"
#include "pages/actionplanedits.h"
#include "rules/planmetrics.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"
#include "widgets/actiongrouppanel.h"
#include "widgets/actionplanpanel.h"
#include "widgets/messagebar.h"
#include "widgets/timelineview.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

ActionGroupsPage::ActionGroupsPage(WorkspaceSession &session, QWidget *parent)
    : Page(session, parent)
    , m_today(QDate::currentDate())
    , m_groupEdits(new ActionGroupEdits(session, m_data, messageBar(), this))
    , m_planEdits(new ActionPlanEdits(session, m_data, messageBar(), this))
    , m_heading(new QLabel(this))
    , m_subheading(new QLabel(this))
    , m_confidential(new QCheckBox(tr("Show &confidential records"), this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(makeEmptyState())
    , m_tabs(new QTabWidget(this))
    , m_groups(new ActionGroupListModel(this))
    , m_groupTable(new QTableView(this))
    , m_detailStack(new QStackedWidget(this))
    , m_noGroup(new QLabel(this))
    , m_panel(new ActionGroupPanel(this))
    , m_goals(new GoalListModel(this))
    , m_goalTable(new QTableView(this))
    , m_timeline(new TimelineView(this))
{
    m_heading->setObjectName(u"actionTitle"_s);
    m_heading->setTextFormat(Qt::RichText);
    m_subheading->setObjectName(u"actionSubtitle"_s);
    m_subheading->setWordWrap(true);
    // The coordinator's own data: shown by default, but visibly marked.
    m_confidential->setObjectName(u"showConfidential"_s);
    m_confidential->setIcon(QIcon(u":/coalition/icons/confidential.svg"_s));
    m_confidential->setChecked(true);
    m_confidential->setToolTip(tr("Confidential records carry a lock. Reports and exports leave "
                                  "them out unless asked to include them."));
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_heading);
    titles->addWidget(m_subheading);
    auto *header = new QHBoxLayout;
    header->addLayout(titles, 1);
    header->addWidget(m_confidential, 0, Qt::AlignTop);

    m_tabs->setObjectName(u"actionTabs"_s);
    m_tabs->addTab(makeGroupsTab(), tr("&Groups and Plans"));
    m_tabs->addTab(makeGoalsTab(), tr("G&oals"));
    m_tabs->addTab(makeTimelineTab(), tr("&Timeline"));
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_tabs);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(messageBar());
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

    connect(&session, &WorkspaceSession::currentCoalitionChanged, this,
            &ActionGroupsPage::showCoalition);
    connect(&session, &WorkspaceSession::recordsChanged, this, &ActionGroupsPage::onRecordsChanged);
    connect(m_confidential, &QCheckBox::toggled, this, &ActionGroupsPage::refresh);
    connectEdits();
    showCoalition(session.currentCoalition());
}

ActionGroupsPage::~ActionGroupsPage() = default;

QString ActionGroupsPage::pageId() const
{
    return u"action"_s;
}

QString ActionGroupsPage::title() const
{
    return tr("Action Groups");
}

QIcon ActionGroupsPage::icon() const
{
    return QIcon(u":/coalition/icons/action.svg"_s);
}

bool ActionGroupsPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyState;
}

void ActionGroupsPage::showCoalition(Id id)
{
    m_coalitionId = id;
    m_currentGroup = 0;
    reload();
}

void ActionGroupsPage::onRecordsChanged(const QList<RecordKey> &keys)
{
    for (const RecordKey &key : keys) {
        switch (key.kind) {
        case RecordKind::Organization:
        case RecordKind::Person:
        case RecordKind::Coalition:
        case RecordKind::Membership:
        case RecordKind::Goal:
        case RecordKind::ActionGroup:
        case RecordKind::ActionPlan:
        case RecordKind::Task:
        case RecordKind::ProgressReport:
            reload();
            return;
        default:
            break;
        }
    }
}

void ActionGroupsPage::reload()
{
    auto loaded = ActionData::load(session().workspace(), m_coalitionId);
    if (!loaded) {
        messageBar()->showMessage(
            tr("The action groups could not be read: %1").arg(loaded.error().message));
        m_data = ActionData{};
        m_data.coalitionId = m_coalitionId;
    } else {
        m_data = *std::move(loaded);
    }
    refresh();
}

void ActionGroupsPage::refresh()
{
    const bool confidential = showsConfidential();
    m_groups->fill(m_data, m_today, confidential);
    m_goals->fill(m_data, confidential);
    if (m_groups->rowOf(m_currentGroup) < 0)
        m_currentGroup = 0;
    if (m_currentGroup == 0 && m_groups->rowCount() > 0)
        m_currentGroup = m_groups->groupId(0);
    if (m_currentGroup > 0) {
        const QSignalBlocker blocker(m_groupTable->selectionModel());
        m_groupTable->selectionModel()->setCurrentIndex(
            m_groups->index(m_groups->rowOf(m_currentGroup), 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_panel->fill(m_data, m_currentGroup, m_today, confidential);
    fillTimeline();
    updateHeader();
}

void ActionGroupsPage::fillTimeline()
{
    const bool confidential = showsConfidential();
    QList<TimelineRow> rows;
    for (const ActionGroup &group : std::as_const(m_data.groups)) {
        if (group.confidential && !confidential)
            continue;
        rows.append(TimelineRow::group(group));
        for (const ActionPlan &plan : m_data.plansOfGroup(group.id)) {
            if (plan.confidential && !confidential)
                continue;
            for (const Task &task : m_data.tasksOfPlan(plan.id)) {
                if (task.confidential && !confidential)
                    continue;
                rows.append(TimelineRow::task(task, plan, group.name,
                                              m_data.memberName(task.responsibleId), m_today));
            }
        }
    }
    m_timeline->setToday(m_today);
    if (rows != m_timeline->rows())
        m_timeline->setRows(rows);
}

void ActionGroupsPage::onCurrentGroupChanged()
{
    const QModelIndex index = m_groupTable->currentIndex();
    const Id id = index.isValid() ? m_groups->groupId(index.row()) : 0;
    if (id != m_currentGroup || m_panel->groupId() != id) {
        m_currentGroup = id;
        m_panel->fill(m_data, id, m_today, showsConfidential());
    }
    m_detailStack->setCurrentWidget(id > 0 ? static_cast<QWidget *>(m_panel) : m_noGroup);
}

void ActionGroupsPage::updateHeader()
{
    QString name;
    if (m_coalitionId > 0) {
        if (auto coalition = session().workspace().coalitions().get(m_coalitionId))
            name = coalition->name;
    }
    m_heading->setText(u"<h2>%1</h2>"_s.arg(tr("Action Groups")));
    if (m_coalitionId <= 0) {
        m_emptyText->setText(tr("<h2>No coalition yet</h2><p>Action groups turn a coalition's "
                                "goals into work. Start a coalition on the Coalitions page "
                                "first; its goals, groups and plans are kept here.</p>"));
    } else {
        m_emptyText->setText(
            tr("<h2>No goals or action groups yet</h2>"
               "<p>Record here what %1 wants to achieve, and the action groups that work on it: "
               "their plans with tasks, budget and staffing, and the progress reports they "
               "send.</p><p>Coalition Desk then shows what is late, unfunded or unstaffed, and "
               "which reports are missing.</p>")
                .arg(name.toHtmlEscaped()));
    }
    m_emptyAddGoal->setVisible(m_coalitionId > 0);
    m_emptyAddGroup->setVisible(m_coalitionId > 0);
    const bool empty = m_data.goals.isEmpty() && m_data.groups.isEmpty();
    m_stack->setCurrentWidget(m_coalitionId > 0 && !empty ? m_tabs : m_emptyState);
    m_noGroup->setText(m_data.groups.isEmpty()
                           ? tr("No action group yet. Add one to plan the work on a goal.")
                           : tr("Select an action group to see its reports and plans."));
    m_detailStack->setCurrentWidget(m_currentGroup > 0 ? static_cast<QWidget *>(m_panel)
                                                       : m_noGroup);

    QStringList parts;
    if (!name.isEmpty())
        parts.append(name);
    if (m_coalitionId > 0) {
        parts.append(m_data.goals.size() == 1
                         ? tr("1 goal")
                         : tr("%n goals", nullptr, static_cast<int>(m_data.goals.size())));
        parts.append(m_data.groups.size() == 1
                         ? tr("1 action group")
                         : tr("%n action groups", nullptr, static_cast<int>(m_data.groups.size())));
        int late = 0;
        for (const Task &task : std::as_const(m_data.tasks)) {
            if ((!m_data.isConfidentialTask(task) || showsConfidential())
                && PlanMetrics::isLate(task, m_today))
                ++late;
        }
        if (late > 0)
            parts.append(late == 1 ? tr("1 late task") : tr("%n late tasks", nullptr, late));
        int missing = 0;
        for (int row = 0; row < m_groups->rowCount(); ++row)
            missing += m_groups->missingReports(row).isEmpty() ? 0 : 1;
        if (missing > 0)
            parts.append(missing == 1 ? tr("1 group with a report missing")
                                      : tr("%n groups with a report missing", nullptr, missing));
    }
    m_subheading->setText(parts.join(u" · "_s));
}

void ActionGroupsPage::setToday(const QDate &today)
{
    m_today = today;
    refresh();
}

void ActionGroupsPage::setShowConfidential(bool show)
{
    m_confidential->setChecked(show);
}

bool ActionGroupsPage::showsConfidential() const
{
    return m_confidential->isChecked();
}

void ActionGroupsPage::revealIfConfidential(bool confidential)
{
    if (confidential && !showsConfidential())
        setShowConfidential(true);
}

bool ActionGroupsPage::selectGroup(Id groupId)
{
    if (const ActionGroup *group = m_data.group(groupId))
        revealIfConfidential(group->confidential);
    const int row = m_groups->rowOf(groupId);
    if (row < 0)
        return false;
    m_tabs->setCurrentIndex(0);
    const QModelIndex index = m_groups->index(row, 0);
    m_groupTable->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_groupTable->scrollTo(index);
    onCurrentGroupChanged();
    return m_currentGroup == groupId;
}

bool ActionGroupsPage::selectGoal(Id goalId)
{
    if (const Goal *goal = m_data.goal(goalId))
        revealIfConfidential(goal->confidential);
    const int row = m_goals->rowOf(goalId);
    if (row < 0)
        return false;
    m_tabs->setCurrentIndex(1);
    const QModelIndex index = m_goals->index(row, 0);
    m_goalTable->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_goalTable->scrollTo(index);
    return true;
}

bool ActionGroupsPage::showTask(Id taskId, bool edit)
{
    const Task *task = m_data.task(taskId);
    const ActionPlan *plan = task ? m_data.plan(task->planId) : nullptr;
    if (!plan)
        return false;
    revealIfConfidential(m_data.isConfidentialTask(*task));
    revealIfConfidential(plan->confidential);
    if (!selectGroup(plan->groupId) || !m_panel->selectPlan(plan->id))
        return false;
    return m_panel->planPanel()->selectTask(taskId, edit);
}

void ActionGroupsPage::onCreated(const RecordKey &key)
{
    showRecord(key);
}

bool ActionGroupsPage::showRecord(const RecordKey &key)
{
    Workspace &workspace = session().workspace();
    Id coalitionId = 0;
    switch (key.kind) {
    case RecordKind::Goal: {
        auto goal = workspace.goals().get(key.id);
        if (!goal)
            return false;
        coalitionId = goal->coalitionId;
        break;
    }
    case RecordKind::ActionGroup:
    case RecordKind::ActionPlan:
    case RecordKind::Task:
    case RecordKind::ProgressReport: {
        Id groupId = key.id;
        if (key.kind == RecordKind::Task) {
            auto task = workspace.tasks().get(key.id);
            auto plan = task ? workspace.actionPlans().get(task->planId)
                             : Result<ActionPlan>(task.error());
            if (!plan)
                return false;
            groupId = plan->groupId;
        } else if (key.kind == RecordKind::ActionPlan) {
            auto plan = workspace.actionPlans().get(key.id);
            if (!plan)
                return false;
            groupId = plan->groupId;
        } else if (key.kind == RecordKind::ProgressReport) {
            auto report = workspace.progressReports().get(key.id);
            if (!report)
                return false;
            groupId = report->groupId;
        }
        auto group = workspace.actionGroups().get(groupId);
        if (!group)
            return false;
        coalitionId = group->coalitionId;
        break;
    }
    default:
        return false;
    }
    if (session().currentCoalition() != coalitionId)
        session().setCurrentCoalition(coalitionId);
    if (m_coalitionId != coalitionId)
        return false;
    switch (key.kind) {
    case RecordKind::Goal:
        return selectGoal(key.id);
    case RecordKind::ActionGroup:
        return selectGroup(key.id);
    case RecordKind::ActionPlan: {
        const ActionPlan *plan = m_data.plan(key.id);
        if (!plan)
            return false;
        revealIfConfidential(plan->confidential);
        return selectGroup(plan->groupId) && m_panel->selectPlan(key.id);
    }
    case RecordKind::Task:
        return showTask(key.id);
    case RecordKind::ProgressReport:
        for (const ProgressReport &report : std::as_const(m_data.reports)) {
            if (report.id == key.id) {
                revealIfConfidential(report.confidential);
                return selectGroup(report.groupId);
            }
        }
        return false;
    default:
        return false;
    }
}

} // namespace Coalition::Ui
