// SPDX-License-Identifier: GPL-3.0-or-later
// The Action Groups page's tabs and the wiring of its in-place edits.
#include "pages/actiongroupspage.h"

#include "models/actiongrouplistmodel.h"
#include "models/budgettablemodel.h"
#include "models/goallistmodel.h"
#include "models/staffingtablemodel.h"
#include "models/tasktablemodel.h"
#include "pages/actiongroupedits.h"
#include "pages/actionplanedits.h"
#include "widgets/actiongrouppanel.h"
#include "widgets/actionplanpanel.h"
#include "widgets/timelineview.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

void setUpListTable(QTableView *table, QAbstractItemModel *model, const QString &name,
                    const QString &accessibleName)
{
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
}

QPushButton *makeButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    return button;
}

// Runs `call` once the view that asked has finished with its editor.
template<typename F>
void later(QObject *context, F call)
{
    QMetaObject::invokeMethod(context, std::move(call), Qt::QueuedConnection);
}

} // namespace

QWidget *ActionGroupsPage::makeEmptyState()
{
    auto *empty = new QWidget(this);
    empty->setObjectName(u"emptyState"_s);
    m_emptyText = new QLabel(empty);
    m_emptyText->setObjectName(u"emptyStateText"_s);
    m_emptyText->setWordWrap(true);
    m_emptyText->setTextFormat(Qt::RichText);
    m_emptyText->setMaximumWidth(560);
    m_emptyAddGoal = makeButton(tr("Add &Goal…"), u"emptyAddGoal"_s, empty);
    m_emptyAddGroup = makeButton(tr("Add &Action Group…"), u"emptyAddGroup"_s, empty);
    m_emptyAddGoal->setDefault(true);
    connect(m_emptyAddGoal, &QPushButton::clicked, this, [this] { m_groupEdits->addGoal(); });
    connect(m_emptyAddGroup, &QPushButton::clicked, this, [this] { m_groupEdits->addGroup(); });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_emptyAddGoal);
    buttons->addWidget(m_emptyAddGroup);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(empty);
    layout->addStretch(1);
    layout->addWidget(m_emptyText, 0, Qt::AlignHCenter);
    layout->addLayout(buttons);
    layout->addStretch(2);
    return empty;
}

QWidget *ActionGroupsPage::makeGroupsTab()
{
    auto *tab = new QWidget(this);
    auto *list = new QWidget(tab);
    setUpListTable(m_groupTable, m_groups, u"groupTable"_s, tr("Action groups"));
    m_groupTable->setColumnWidth(ActionGroupListModel::NameColumn, 150);
    m_groupTable->setColumnWidth(ActionGroupListModel::ConvenerColumn, 110);
    m_groupTable->setColumnWidth(ActionGroupListModel::MembersColumn, 64);
    m_groupTable->setColumnWidth(ActionGroupListModel::PlansColumn, 44);
    auto *add = makeButton(tr("Add Gro&up…"), u"addGroupButton"_s, list);
    auto *edit = makeButton(tr("Edit Group…"), u"editGroupButton"_s, list);
    auto *remove = makeButton(tr("Remove Group"), u"removeGroupButton"_s, list);
    connect(add, &QPushButton::clicked, m_groupEdits, &ActionGroupEdits::addGroup);
    connect(edit, &QPushButton::clicked, this, [this] { m_groupEdits->editGroup(m_currentGroup); });
    connect(remove, &QPushButton::clicked, this,
            [this] { m_groupEdits->removeGroup(m_currentGroup); });
    connect(m_groupTable, &QTableView::activated, edit, &QPushButton::click);
    connect(m_groupTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActionGroupsPage::onCurrentGroupChanged);
    connect(m_groups, &QAbstractItemModel::rowsRemoved, this,
            &ActionGroupsPage::onCurrentGroupChanged);
    for (QPushButton *button : {edit, remove}) {
        button->setEnabled(false);
        connect(m_groupTable->selectionModel(), &QItemSelectionModel::currentRowChanged, button,
                [this, button] { button->setEnabled(m_groupTable->currentIndex().isValid()); });
    }
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_groupTable, 1);
    listLayout->addLayout(buttons);

    m_noGroup->setObjectName(u"noGroupSelected"_s);
    m_noGroup->setAlignment(Qt::AlignCenter);
    m_noGroup->setWordWrap(true);
    m_detailStack->addWidget(m_noGroup);
    m_detailStack->addWidget(m_panel);

    auto *splitter = new QSplitter(Qt::Horizontal, tab);
    splitter->setObjectName(u"actionGroupsSplitter"_s);
    splitter->addWidget(list);
    splitter->addWidget(m_detailStack);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({470, 790});
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    return tab;
}

QWidget *ActionGroupsPage::makeGoalsTab()
{
    auto *tab = new QWidget(this);
    setUpListTable(m_goalTable, m_goals, u"goalTable"_s, tr("Goals"));
    m_goalTable->setColumnWidth(GoalListModel::KindColumn, 90);
    m_goalTable->setColumnWidth(GoalListModel::TitleColumn, 300);
    m_goalTable->setColumnWidth(GoalListModel::TargetColumn, 100);
    m_goalTable->setColumnWidth(GoalListModel::StatusColumn, 90);
    m_goalTable->setColumnWidth(GoalListModel::GroupsColumn, 220);
    m_goalTable->setColumnWidth(GoalListModel::PlansColumn, 50);
    const auto currentGoal = [this]() -> Id {
        const QModelIndex index = m_goalTable->currentIndex();
        return index.isValid() ? m_goals->goal(index.row()).id : 0;
    };
    auto *add = makeButton(tr("Add &Goal…"), u"addGoalButton"_s, tab);
    auto *edit = makeButton(tr("Edit Goal…"), u"editGoalButton"_s, tab);
    auto *remove = makeButton(tr("Remove Goal"), u"removeGoalButton"_s, tab);
    connect(add, &QPushButton::clicked, m_groupEdits, &ActionGroupEdits::addGoal);
    connect(edit, &QPushButton::clicked, this,
            [this, currentGoal] { m_groupEdits->editGoal(currentGoal()); });
    connect(remove, &QPushButton::clicked, this,
            [this, currentGoal] { m_groupEdits->removeGoal(currentGoal()); });
    connect(m_goalTable, &QTableView::activated, edit, &QPushButton::click);
    for (QPushButton *button : {edit, remove}) {
        button->setEnabled(false);
        connect(m_goalTable->selectionModel(), &QItemSelectionModel::currentRowChanged, button,
                [this, button] { button->setEnabled(m_goalTable->currentIndex().isValid()); });
    }
    auto *hint = new QLabel(tr("A goal still pursued needs an action group to serve it and a "
                               "plan to reach it; those without are flagged."),
                            tab);
    hint->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(hint);
    layout->addWidget(m_goalTable, 1);
    layout->addLayout(buttons);
    return tab;
}

QWidget *ActionGroupsPage::makeTimelineTab()
{
    auto *tab = new QWidget(this);
    m_timeline->setObjectName(u"timeline"_s);
    m_timeline->setAccessibleName(tr("Timeline of the coalition's tasks"));
    auto *month = new QToolButton(tab);
    month->setObjectName(u"zoomMonth"_s);
    month->setText(tr("&Month"));
    month->setCheckable(true);
    month->setChecked(true);
    auto *quarter = new QToolButton(tab);
    quarter->setObjectName(u"zoomQuarter"_s);
    quarter->setText(tr("&Quarter"));
    quarter->setCheckable(true);
    auto *zoom = new QButtonGroup(tab);
    zoom->addButton(month);
    zoom->addButton(quarter);
    connect(month, &QToolButton::clicked, this,
            [this] { m_timeline->setZoom(TimelineView::Zoom::Month); });
    connect(quarter, &QToolButton::clicked, this,
            [this] { m_timeline->setZoom(TimelineView::Zoom::Quarter); });
    connect(m_timeline, &TimelineView::zoomChanged, this,
            [month, quarter](TimelineView::Zoom level) {
                month->setChecked(level == TimelineView::Zoom::Month);
                quarter->setChecked(level == TimelineView::Zoom::Quarter);
            });
    auto *today = new QToolButton(tab);
    today->setObjectName(u"scrollToToday"_s);
    today->setText(tr("T&oday"));
    connect(today, &QToolButton::clicked, this,
            [this] { m_timeline->scrollToDate(m_timeline->today()); });
    auto *hint = new QLabel(tr("Click a bar to open its task. Late tasks are marked in red."), tab);
    hint->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Zoom:"), tab));
    bar->addWidget(month);
    bar->addWidget(quarter);
    bar->addSpacing(12);
    bar->addWidget(today);
    bar->addSpacing(12);
    bar->addWidget(hint, 1);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(bar);
    layout->addWidget(m_timeline, 1);
    connect(m_timeline, &TimelineView::taskActivated, this,
            [this](Id taskId) { showTask(taskId, true); });
    return tab;
}

void ActionGroupsPage::connectEdits()
{
    ActionPlanPanel *plan = m_panel->planPanel();
    connect(plan->tasks(), &TaskTableModel::taskChangeRequested, this,
            [this](const Task &task, const QString &text) {
                later(this, [this, task, text] { m_planEdits->updateTask(task, text); });
            });
    const auto planChange = [this](const ActionPlan &edited, const QString &text) {
        later(this, [this, edited, text] { m_planEdits->updatePlan(edited, text); });
    };
    connect(plan->budget(), &BudgetTableModel::planChangeRequested, this, planChange);
    connect(plan->staffing(), &StaffingTableModel::planChangeRequested, this, planChange);
    connect(plan, &ActionPlanPanel::criteriaChangeRequested, this,
            [this, planChange](Id planId, const QStringList &criteria) {
                const ActionPlan *stored = m_data.plan(planId);
                if (!stored)
                    return;
                ActionPlan edited = *stored;
                edited.criteria = criteria;
                planChange(edited,
                           tr("Change the evaluation criteria of plan “%1”").arg(stored->title));
            });
    connect(plan, &ActionPlanPanel::addTaskRequested, m_planEdits, &ActionPlanEdits::addTask);
    connect(plan, &ActionPlanPanel::removeTaskRequested, m_planEdits, &ActionPlanEdits::removeTask);
    connect(m_panel, &ActionGroupPanel::addPlanRequested, m_planEdits, &ActionPlanEdits::addPlan);
    connect(m_panel, &ActionGroupPanel::editPlanRequested, m_planEdits, &ActionPlanEdits::editPlan);
    connect(m_panel, &ActionGroupPanel::removePlanRequested, m_planEdits,
            &ActionPlanEdits::removePlan);
    connect(m_panel, &ActionGroupPanel::addReportRequested, m_groupEdits,
            &ActionGroupEdits::addReport);
    connect(m_panel, &ActionGroupPanel::removeReportRequested, m_groupEdits,
            &ActionGroupEdits::removeReport);
    connect(m_groupEdits, &ActionGroupEdits::created, this, &ActionGroupsPage::onCreated);
    connect(m_planEdits, &ActionPlanEdits::created, this, &ActionGroupsPage::onCreated);
}

} // namespace Coalition::Ui
