// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/planlistmodel.h"

#include "models/actiondata.h"
#include "models/listsync.h"

#include <QColor>
#include <QIcon>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

PlanListModel::PlanListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PlanListModel::fill(const ActionData &source, Id groupId, const QDate &today,
                         bool showConfidential)
{
    QList<Row> fresh;
    if (groupId > 0) {
        for (const ActionPlan &plan : source.plansOfGroup(groupId)) {
            if (plan.confidential && !showConfidential)
                continue;
            Row row;
            row.plan = plan;
            const Goal *goal = source.goal(plan.goalId);
            row.goal = goal ? goal->title : QString();
            row.lead = source.memberName(plan.leadMembershipId);
            row.status = PlanMetrics::of(plan, source.tasksOfPlan(plan.id), today);
            fresh.append(row);
        }
    }
    const ListSyncSteps steps{
        [this](int first, int last) { beginRemoveRows({}, first, last); },
        [this] { endRemoveRows(); },
        [this](int first, int last) { beginInsertRows({}, first, last); },
        [this] { endInsertRows(); },
        [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); },
    };
    if (groupId != m_groupId
        || !syncList(
            m_rows, fresh, [](const Row &row) { return row.plan.id; }, steps)) {
        beginResetModel();
        m_groupId = groupId;
        m_rows = fresh;
        endResetModel();
    }
}

int PlanListModel::rowOf(Id planId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).plan.id == planId)
            return static_cast<int>(i);
    }
    return -1;
}

int PlanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PlanListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const PlanStatus &status = row.status;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return row.plan.title;
        case GoalColumn:
            return row.goal;
        case LeadColumn:
            return row.lead.isEmpty() ? tr("No lead") : row.lead;
        case DueColumn:
            return row.plan.dueOn.isValid()
                ? QLocale().toString(row.plan.dueOn, QLocale::ShortFormat)
                : tr("No due date");
        case TasksColumn:
            return tr("%1 of %2 done").arg(status.done).arg(status.tasks);
        case LateColumn:
            return status.late;
        case UnfundedColumn:
            return moneyText(status.unfundedCents);
        case UncoveredColumn:
            return tr("%n h/month", nullptr, status.hoursUncovered);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == TitleColumn && row.plan.confidential)
            return QIcon(u":/coalition/icons/confidential.svg"_s);
        return {};
    case Qt::ForegroundRole:
        if ((index.column() == LateColumn && status.late > 0)
            || (index.column() == UnfundedColumn && status.unfundedCents > 0)
            || (index.column() == UncoveredColumn && status.hoursUncovered > 0)
            || (index.column() == DueColumn && status.pastDue))
            return QColor(0xb0, 0x00, 0x20);
        if (status.finished)
            return QColor(0x1e, 0x7b, 0x34);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LateColumn || index.column() == UnfundedColumn
            || index.column() == UncoveredColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole: {
        QStringList lines = status.reasons;
        if (row.plan.confidential)
            lines.prepend(tr("Confidential: left out of reports and exports unless asked for."));
        return lines.join(u'\n');
    }
    case PlanIdRole:
        return row.plan.id;
    case LateCountRole:
        return status.late;
    case ConfidentialRole:
        return row.plan.confidential;
    default:
        return {};
    }
}

QVariant PlanListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Plan");
    case GoalColumn:
        return tr("Goal");
    case LeadColumn:
        return tr("Lead");
    case DueColumn:
        return tr("Due");
    case TasksColumn:
        return tr("Tasks");
    case LateColumn:
        return tr("Late");
    case UnfundedColumn:
        return tr("Unfunded");
    case UncoveredColumn:
        return tr("Uncovered");
    default:
        return {};
    }
}

} // namespace Coalition::Ui
