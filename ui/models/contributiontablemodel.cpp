// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/contributiontablemodel.h"

#include "models/memberdisplay.h"

#include <cmath>

namespace Coalition::Ui {

ContributionTableModel::ContributionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ContributionTableModel::setContributions(const QList<Contribution> &contributions)
{
    beginResetModel();
    m_rows = contributions;
    endResetModel();
}

int ContributionTableModel::appendRow()
{
    const int row = static_cast<int>(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Contribution{});
    endInsertRows();
    return row;
}

int ContributionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ContributionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContributionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contribution &c = m_rows.at(index.row());
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case KindColumn:
            return static_cast<int>(c.kind);
        case DescriptionColumn:
            return c.description;
        case ValueColumn:
            return static_cast<double>(c.valueCents) / 100.0;
        case PeriodColumn:
            return static_cast<int>(c.period);
        }
    } else if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case KindColumn:
            return enumLabel(c.kind);
        case DescriptionColumn:
            return c.description;
        case ValueColumn:
            return MemberDisplay::money(c.valueCents);
        case PeriodColumn:
            return enumLabel(c.period);
        }
    } else if (role == Qt::TextAlignmentRole && index.column() == ValueColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant ContributionTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case DescriptionColumn:
        return tr("Description");
    case ValueColumn:
        return tr("Estimated value");
    case PeriodColumn:
        return tr("Period");
    }
    return {};
}

Qt::ItemFlags ContributionTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool ContributionTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Contribution &c = m_rows[index.row()];
    switch (index.column()) {
    case KindColumn:
        c.kind = static_cast<ContributionKind>(value.toInt());
        break;
    case DescriptionColumn:
        c.description = value.toString().trimmed();
        break;
    case ValueColumn:
        c.valueCents = std::llround(value.toDouble() * 100.0);
        break;
    case PeriodColumn:
        c.period = static_cast<ContributionPeriod>(value.toInt());
        break;
    default:
        return false;
    }
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

bool ContributionTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    return true;
}

} // namespace Coalition::Ui
