// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/goallistmodel.h"

#include "models/actiondata.h"
#include "models/listsync.h"

#include <QColor>
#include <QIcon>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

GoalListModel::GoalListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void GoalListModel::fill(const ActionData &source, bool showConfidential)
{
    QList<Row> fresh;
    for (const Goal &goal : source.goals) {
        if (goal.confidential && !showConfidential)
            continue;
        Row row;
        row.goal = goal;
        for (const ActionGroup &group : source.groupsServing(goal.id))
            row.groups.append(group.name);
        for (const ActionPlan &plan : source.plansOfGoal(goal.id))
            row.plans.append(plan.title);
        // Only goals still pursued need someone working on them.
        const bool pursued
            = goal.status == GoalStatus::Proposed || goal.status == GoalStatus::Active;
        if (pursued && row.groups.isEmpty() && row.plans.isEmpty())
            row.attention = tr("No action group serves this goal and it has no plan.");
        else if (pursued && row.groups.isEmpty())
            row.attention = tr("No action group serves this goal.");
        else if (pursued && row.plans.isEmpty())
            row.attention = tr("No plan works towards this goal yet.");
        fresh.append(row);
    }
    const ListSyncSteps steps{
        [this](int first, int last) { beginRemoveRows({}, first, last); },
        [this] { endRemoveRows(); },
        [this](int first, int last) { beginInsertRows({}, first, last); },
        [this] { endInsertRows(); },
        [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); },
    };
    if (!syncList(
            m_rows, fresh, [](const Row &row) { return row.goal.id; }, steps)) {
        beginResetModel();
        m_rows = fresh;
        endResetModel();
    }
}

int GoalListModel::rowOf(Id goalId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).goal.id == goalId)
            return static_cast<int>(i);
    }
    return -1;
}

int GoalListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int GoalListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GoalListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return enumLabel(row.goal.kind);
        case TitleColumn:
            return row.goal.title;
        case TargetColumn:
            return row.goal.targetOn.isValid()
                ? QLocale().toString(row.goal.targetOn, QLocale::ShortFormat)
                : QString();
        case StatusColumn:
            return enumLabel(row.goal.status);
        case GroupsColumn:
            return row.groups.isEmpty() ? tr("—") : row.groups.join(u", "_s);
        case PlansColumn:
            return row.plans.size();
        case AttentionColumn:
            return row.attention;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == TitleColumn && row.goal.confidential)
            return QIcon(u":/coalition/icons/confidential.svg"_s);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == AttentionColumn)
            return QColor(0xb0, 0x00, 0x20);
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!row.attention.isEmpty())
            lines.append(row.attention);
        if (index.column() == PlansColumn && !row.plans.isEmpty())
            lines.append(row.plans.join(u'\n'));
        if (row.goal.confidential)
            lines.append(tr("Confidential: left out of reports and exports unless asked for."));
        return lines.join(u'\n');
    }
    case GoalIdRole:
        return row.goal.id;
    case FlaggedRole:
        return !row.attention.isEmpty();
    case ConfidentialRole:
        return row.goal.confidential;
    default:
        return {};
    }
}

QVariant GoalListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Goal");
    case TargetColumn:
        return tr("Target");
    case StatusColumn:
        return tr("Status");
    case GroupsColumn:
        return tr("Served by");
    case PlansColumn:
        return tr("Plans");
    case AttentionColumn:
        return tr("Needs attention");
    default:
        return {};
    }
}

} // namespace Coalition::Ui
