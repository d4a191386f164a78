// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QDate>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
QT_END_NAMESPACE

namespace Coalition::Ui {

class BudgetTableModel;
class LineListEditor;
class StaffingTableModel;
class TaskTableModel;
struct ActionData;

// One action plan's working parts, each edited in place: its tasks (late
// ones highlighted), its budget lines with what is secured, its staffing
// needs with what is covered, and its evaluation criteria. The tables ask for
// their changes through their models' signals; the criteria list through
// criteriaChangeRequested.
class ActionPlanPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionPlanPanel)

public:
    explicit ActionPlanPanel(QWidget *parent = nullptr);

    void fill(const ActionData &source, Id planId, const QDate &today, bool showConfidential);
    Id planId() const { return m_planId; }

    TaskTableModel *tasks() const { return m_tasks; }
    BudgetTableModel *budget() const { return m_budget; }
    StaffingTableModel *staffing() const { return m_staffing; }
    QTableView *taskTable() const { return m_taskTable; }
    QTableView *budgetTable() const { return m_budgetTable; }
    QTableView *staffingTable() const { return m_staffingTable; }
    LineListEditor *criteria() const { return m_criteria; }
    QTabWidget *tabs() const { return m_tabs; }
    QString taskSummary() const;
    QString budgetSummary() const;
    QString staffingSummary() const;
    QPushButton *addTaskButton() const { return m_addTask; }
    QPushButton *removeTaskButton() const { return m_removeTask; }

    Id currentTaskId() const;
    // Selects the task's row; with `edit`, opens its due date for editing.
    bool selectTask(Id taskId, bool edit = false);

Q_SIGNALS:
    void addTaskRequested(Coalition::Id planId);
    void removeTaskRequested(Coalition::Id taskId);
    void criteriaChangeRequested(Coalition::Id planId, const QStringList &criteria);

private:
    QWidget *makeTasksTab();
    QWidget *makeBudgetTab();
    QWidget *makeStaffingTab();
    QWidget *makeCriteriaTab();
    void updateSummaries();
    void onCriteriaChanged();

    Id m_planId = 0;
    QStringList m_storedCriteria;
    TaskTableModel *m_tasks;
    BudgetTableModel *m_budget;
    StaffingTableModel *m_staffing;
    QTabWidget *m_tabs;
    QTableView *m_taskTable;
    QTableView *m_budgetTable;
    QTableView *m_staffingTable;
    LineListEditor *m_criteria;
    QLabel *m_taskSummary;
    QLabel *m_budgetSummary;
    QLabel *m_staffingSummary;
    QPushButton *m_addTask;
    QPushButton *m_removeTask;
};

} // namespace Coalition::Ui
