// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/action.h"
#include "rules/planmetrics.h"

#include <QAbstractTableModel>
#include <QDate>

namespace Coalition::Ui {

struct ActionData;

// The action plans of one group: title, goal, lead member, due date, tasks
// done of total, late tasks, the amount not yet secured and the staffing
// hours nobody covers, worked out by PlanMetrics with its reasons.
class PlanListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanListModel)

public:
    enum Column {
        TitleColumn,
        GoalColumn,
        LeadColumn,
        DueColumn,
        TasksColumn,
        LateColumn,
        UnfundedColumn,
        UncoveredColumn,
        ColumnCount
    };

    enum Role {
        PlanIdRole = Qt::UserRole + 1, // Id of the row's plan
        LateCountRole, // int
        ConfidentialRole, // bool
    };

    explicit PlanListModel(QObject *parent = nullptr);

    // Shows the plans of that group (0: none) in `data`.
    void fill(const ActionData &source, Id groupId, const QDate &today, bool showConfidential);
    Id groupId() const { return m_groupId; }

    int rowOf(Id planId) const;
    const ActionPlan &plan(int row) const { return m_rows.at(row).plan; }
    const PlanStatus &status(int row) const { return m_rows.at(row).status; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        ActionPlan plan;
        QString goal;
        QString lead;
        PlanStatus status;

        bool operator==(const Row &) const = default;
    };

    Id m_groupId = 0;
    QList<Row> m_rows;
};

} // namespace Coalition::Ui
