// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/actiongrouplistmodel.h"

#include "models/actiondata.h"
#include "models/listsync.h"
#include "rules/planmetrics.h"

#include <QColor>
#include <QIcon>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

ActionGroupListModel::ActionGroupListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ActionGroupListModel::fill(const ActionData &source, const QDate &today, bool showConfidential)
{
    QList<Row> fresh;
    for (const ActionGroup &group : source.groups) {
        if (group.confidential && !showConfidential)
            continue;
        Row row;
        row.group = group;
        row.convener = group.convenerId ? source.personName(*group.convenerId) : QString();
        for (const ActionPlan &plan : source.plansOfGroup(group.id))
            row.plans += (!plan.confidential || showConfidential) ? 1 : 0;
        row.missing = PlanMetrics::missingReports(group, source.reportsOfGroup(group.id), today);
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
            m_rows, fresh, [](const Row &row) { return row.group.id; }, steps)) {
        beginResetModel();
        m_rows = fresh;
        endResetModel();
    }
}

int ActionGroupListModel::rowOf(Id groupId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).group.id == groupId)
            return static_cast<int>(i);
    }
    return -1;
}

int ActionGroupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ActionGroupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActionGroupListModel::missingText(const QList<ReportPeriod> &missing)
{
    if (missing.isEmpty())
        return {};
    if (missing.size() == 1)
        return tr("Report for %1 missing").arg(missing.constFirst().toString());
    return tr("%n reports missing, the latest for %1", nullptr, static_cast<int>(missing.size()))
        .arg(missing.constLast().toString());
}

QVariant ActionGroupListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.group.name;
        case ConvenerColumn:
            return row.convener.isEmpty() ? tr("No convener") : row.convener;
        case MembersColumn:
            return static_cast<int>(row.group.memberships.size());
        case PlansColumn:
            return row.plans;
        case ReportsColumn:
            return row.missing.isEmpty() ? tr("Up to date") : missingText(row.missing);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == NameColumn && row.group.confidential)
            return QIcon(u":/coalition/icons/confidential.svg"_s);
        return {};
    case Qt::ForegroundRole:
        if ((index.column() == ReportsColumn && !row.missing.isEmpty())
            || (index.column() == ConvenerColumn && row.convener.isEmpty()))
            return QColor(0xb0, 0x00, 0x20);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && row.group.confidential)
            return tr("Confidential: left out of reports and exports unless asked for.");
        if (index.column() == ReportsColumn && !row.missing.isEmpty()) {
            QStringList periods;
            for (const ReportPeriod &period : row.missing)
                periods.append(period.toString());
            return tr("The group reports %1 and has sent nothing for: %2.")
                .arg(enumLabel(row.group.cadence).toLower(), periods.join(u", "_s));
        }
        if (index.column() == ConvenerColumn && row.convener.isEmpty())
            return tr("Nobody convenes this group: its reports have no one to send them.");
        return {};
    case GroupIdRole:
        return row.group.id;
    case MissingReportsRole: {
        QStringList periods;
        for (const ReportPeriod &period : row.missing)
            periods.append(period.toString());
        return periods;
    }
    case ConfidentialRole:
        return row.group.confidential;
    default:
        return {};
    }
}

QVariant ActionGroupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Group");
    case ConvenerColumn:
        return tr("Convener");
    case MembersColumn:
        return tr("Members");
    case PlansColumn:
        return tr("Plans");
    case ReportsColumn:
        return tr("Reports");
    default:
        return {};
    }
}

} // namespace Coalition::Ui
