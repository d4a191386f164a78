// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/action.h"

#include <QAbstractTableModel>

namespace Coalition::Ui {

struct ActionData;

// The goals of one coalition: kind, title, target date, status, the groups
// serving each and its plans. A goal still pursued that no group serves, or
// that has no plan, is flagged with the reason.
class GoalListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoalListModel)

public:
    enum Column {
        KindColumn,
        TitleColumn,
        TargetColumn,
        StatusColumn,
        GroupsColumn,
        PlansColumn,
        AttentionColumn,
        ColumnCount
    };

    enum Role {
        GoalIdRole = Qt::UserRole + 1, // Id of the row's goal
        FlaggedRole, // bool: the attention column has a reason
        ConfidentialRole, // bool
    };

    explicit GoalListModel(QObject *parent = nullptr);

    void fill(const ActionData &source, bool showConfidential);

    int rowOf(Id goalId) const;
    const Goal &goal(int row) const { return m_rows.at(row).goal; }
    // Why the goal needs attention, empty when it does not.
    QString attention(int row) const { return m_rows.at(row).attention; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Goal goal;
        QStringList groups;
        QStringList plans;
        QString attention;

        bool operator==(const Row &) const = default;
    };

    QList<Row> m_rows;
};

} // namespace Coalition::Ui
