// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/actionplanpanel.h"

#include "models/actiondata.h"
#include "models/budgettablemodel.h"
#include "models/staffingtablemodel.h"
#include "models/tasktablemodel.h"
#include "widgets/datedelegate.h"
#include "widgets/linelisteditor.h"
#include "widgets/rowchoicedelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

void setUpTable(QTableView *table, QAbstractItemModel *model, const QString &name,
                const QString &accessibleName)
{
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                           | QAbstractItemView::SelectedClicked);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 12);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
}

QLabel *makeSummary(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ActionPlanPanel::ActionPlanPanel(QWidget *parent)
    : QWidget(parent)
    , m_tasks(new TaskTableModel(this))
    , m_budget(new BudgetTableModel(this))
    , m_staffing(new StaffingTableModel(this))
    , m_tabs(new QTabWidget(this))
    , m_taskTable(new QTableView(this))
    , m_budgetTable(new QTableView(this))
    , m_staffingTable(new QTableView(this))
    , m_criteria(new LineListEditor(tr("Add C&riterion"), tr("Remove Criterion"), this))
    , m_taskSummary(makeSummary(this, u"taskSummary"_s))
    , m_budgetSummary(makeSummary(this, u"budgetSummary"_s))
    , m_staffingSummary(makeSummary(this, u"staffingSummary"_s))
    , m_addTask(new QPushButton(tr("Add &Task…"), this))
    , m_removeTask(new QPushButton(tr("Remove Task"), this))
{
    m_tabs->setObjectName(u"planTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(makeTasksTab(), tr("Tasks"));
    m_tabs->addTab(makeBudgetTab(), tr("Budget"));
    m_tabs->addTab(makeStaffingTab(), tr("Staffing"));
    m_tabs->addTab(makeCriteriaTab(), tr("Evaluation Criteria"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    for (QAbstractItemModel *model :
         std::initializer_list<QAbstractItemModel *>{m_tasks, m_budget, m_staffing}) {
        connect(model, &QAbstractItemModel::modelReset, this, &ActionPlanPanel::updateSummaries);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ActionPlanPanel::updateSummaries);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ActionPlanPanel::updateSummaries);
        connect(model, &QAbstractItemModel::dataChanged, this, &ActionPlanPanel::updateSummaries);
    }
    updateSummaries();
}

QWidget *ActionPlanPanel::makeTasksTab()
{
    auto *tab = new QWidget(this);
    setUpTable(m_taskTable, m_tasks, u"taskTable"_s, tr("Tasks"));
    auto *choices = new RowChoiceDelegate(TaskTableModel::ChoiceLabelsRole,
                                          TaskTableModel::ChoiceValuesRole, this);
    auto *dates = new DateDelegate(this);
    m_taskTable->setItemDelegateForColumn(TaskTableModel::ResponsibleColumn, choices);
    m_taskTable->setItemDelegateForColumn(TaskTableModel::StatusColumn, choices);
    for (const int column :
         {TaskTableModel::StartColumn, TaskTableModel::DueColumn, TaskTableModel::DoneColumn})
        m_taskTable->setItemDelegateForColumn(column, dates);
    m_taskTable->setColumnWidth(TaskTableModel::TitleColumn, 240);
    m_taskTable->setColumnWidth(TaskTableModel::ResponsibleColumn, 170);
    m_taskTable->setColumnWidth(TaskTableModel::StartColumn, 100);
    m_taskTable->setColumnWidth(TaskTableModel::DueColumn, 100);
    m_taskTable->setColumnWidth(TaskTableModel::StatusColumn, 130);
    m_addTask->setObjectName(u"addTaskButton"_s);
    m_addTask->setToolTip(tr("Add a task to the selected plan"));
    m_removeTask->setObjectName(u"removeTaskButton"_s);
    m_removeTask->setToolTip(tr("Remove the selected task"));
    m_removeTask->setEnabled(false);
    connect(m_addTask, &QPushButton::clicked, this, [this] {
        if (m_planId > 0)
            Q_EMIT addTaskRequested(m_planId);
    });
    connect(m_removeTask, &QPushButton::clicked, this, [this] {
        if (const Id id = currentTaskId(); id > 0)
            Q_EMIT removeTaskRequested(id);
    });
    connect(m_taskTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_removeTask->setEnabled(currentTaskId() > 0); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_taskSummary, 1);
    buttons->addWidget(m_addTask);
    buttons->addWidget(m_removeTask);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_taskTable, 1);
    layout->addLayout(buttons);
    return tab;
}

QWidget *ActionPlanPanel::makeBudgetTab()
{
    auto *tab = new QWidget(this);
    setUpTable(m_budgetTable, m_budget, u"budgetTable"_s, tr("Budget lines"));
    m_budgetTable->setItemDelegateForColumn(
        BudgetTableModel::FunderColumn,
        new RowChoiceDelegate(BudgetTableModel::ChoiceLabelsRole,
                              BudgetTableModel::ChoiceValuesRole, this));
    m_budgetTable->setColumnWidth(BudgetTableModel::ItemColumn, 220);
    m_budgetTable->setColumnWidth(BudgetTableModel::AmountColumn, 110);
    m_budgetTable->setColumnWidth(BudgetTableModel::FunderColumn, 170);
    m_budgetTable->setColumnWidth(BudgetTableModel::SourceColumn, 170);
    auto *add = new QPushButton(tr("Add &Line"), tab);
    add->setObjectName(u"addBudgetLine"_s);
    auto *remove = new QPushButton(tr("Remove Line"), tab);
    remove->setObjectName(u"removeBudgetLine"_s);
    connect(add, &QPushButton::clicked, m_budget, &BudgetTableModel::requestAddLine);
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_budgetTable->currentIndex();
        if (current.isValid())
            m_budget->requestRemoveLine(current.row());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_budgetSummary, 1);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_budgetTable, 1);
    layout->addLayout(buttons);
    return tab;
}

QWidget *ActionPlanPanel::makeStaffingTab()
{
    auto *tab = new QWidget(this);
    setUpTable(m_staffingTable, m_staffing, u"staffingTable"_s, tr("Staffing needs"));
    m_staffingTable->setItemDelegateForColumn(
        StaffingTableModel::CoverColumn,
        new RowChoiceDelegate(StaffingTableModel::ChoiceLabelsRole,
                              StaffingTableModel::ChoiceValuesRole, this));
    m_staffingTable->setColumnWidth(StaffingTableModel::RoleColumn, 220);
    m_staffingTable->setColumnWidth(StaffingTableModel::HoursColumn, 100);
    m_staffingTable->setColumnWidth(StaffingTableModel::CoverColumn, 190);
    auto *add = new QPushButton(tr("Add &Need"), tab);
    add->setObjectName(u"addStaffingNeed"_s);
    auto *remove = new QPushButton(tr("Remove Need"), tab);
    remove->setObjectName(u"removeStaffingNeed"_s);
    connect(add, &QPushButton::clicked, m_staffing, &StaffingTableModel::requestAddNeed);
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_staffingTable->currentIndex();
        if (current.isValid())
            m_staffing->requestRemoveNeed(current.row());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_staffingSummary, 1);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_staffingTable, 1);
    layout->addLayout(buttons);
    return tab;
}

QWidget *ActionPlanPanel::makeCriteriaTab()
{
    auto *tab = new QWidget(this);
    m_criteria->setObjectName(u"criteriaEditor"_s);
    m_criteria->list()->setAccessibleName(tr("Evaluation criteria"));
    m_criteria->setToolTip(tr("How the coalition will know the plan worked; each line is one "
                              "criterion"));
    connect(m_criteria, &LineListEditor::changed, this, &ActionPlanPanel::onCriteriaChanged);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_criteria, 1);
    return tab;
}

void ActionPlanPanel::fill(const ActionData &source, Id planId, const QDate &today,
                           bool showConfidential)
{
    m_planId = planId;
    m_tasks->fill(source, planId, today, showConfidential);
    m_budget->fill(source, planId);
    m_staffing->fill(source, planId);
    const ActionPlan *plan = planId > 0 ? source.plan(planId) : nullptr;
    const QStringList criteria = plan ? plan->criteria : QStringList();
    // A blank line being written stays until it has words.
    QStringList shown;
    for (const QString &line : m_criteria->lines()) {
        if (!line.trimmed().isEmpty())
            shown.append(line.trimmed());
    }
    if (criteria != m_storedCriteria || shown != criteria) {
        const QSignalBlocker blocker(m_criteria);
        m_criteria->setLines(criteria);
    }
    m_storedCriteria = criteria;
    m_addTask->setEnabled(planId > 0);
    m_removeTask->setEnabled(currentTaskId() > 0);
    setEnabled(planId > 0);
    updateSummaries();
}

void ActionPlanPanel::onCriteriaChanged()
{
    if (m_planId <= 0)
        return;
    QStringList lines;
    for (const QString &line : m_criteria->lines()) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    if (lines != m_storedCriteria)
        Q_EMIT criteriaChangeRequested(m_planId, lines);
}

Id ActionPlanPanel::currentTaskId() const
{
    const QModelIndex current = m_taskTable->currentIndex();
    return current.isValid() ? m_tasks->task(current.row()).id : 0;
}

bool ActionPlanPanel::selectTask(Id taskId, bool edit)
{
    const int row = m_tasks->rowOf(taskId);
    if (row < 0)
        return false;
    m_tabs->setCurrentIndex(0);
    const QModelIndex index = m_tasks->index(row, TaskTableModel::DueColumn);
    m_taskTable->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_taskTable->scrollTo(index);
    m_taskTable->setFocus();
    if (edit)
        m_taskTable->edit(index);
    return true;
}

QString ActionPlanPanel::taskSummary() const
{
    return m_taskSummary->text();
}

QString ActionPlanPanel::budgetSummary() const
{
    return m_budgetSummary->text();
}

QString ActionPlanPanel::staffingSummary() const
{
    return m_staffingSummary->text();
}

void ActionPlanPanel::updateSummaries()
{
    const int total = m_tasks->rowCount();
    int done = 0;
    for (int row = 0; row < total; ++row)
        done += m_tasks->task(row).status == TaskStatus::Done ? 1 : 0;
    const int late = m_tasks->lateCount();
    QString tasks;
    if (m_planId > 0) {
        tasks = total == 0 ? tr("No tasks yet.") : tr("%1 of %2 tasks done").arg(done).arg(total);
        if (late > 0)
            tasks += tr(" — %n late", nullptr, late);
    }
    m_taskSummary->setText(tasks);
    m_budgetSummary->setText(m_budget->summary());
    m_staffingSummary->setText(m_staffing->summary());
}

} // namespace Coalition::Ui
