// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/staffingtablemodel.h"

#include "models/actiondata.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

StaffingTableModel::StaffingTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void StaffingTableModel::fill(const ActionData &source, Id planId)
{
    m_members.clear();
    for (const Membership &membership : source.members.memberships)
        m_members.append({membership.id, source.members.name(membership.id)});
    const ActionPlan *plan = planId > 0 ? source.plan(planId) : nullptr;
    const ActionPlan fresh = plan ? *plan : ActionPlan{};
    if (fresh.id == m_plan.id && fresh.staffing.size() == m_plan.staffing.size()) {
        const bool changed = !(fresh.staffing == m_plan.staffing);
        m_plan = fresh;
        if (changed && !m_plan.staffing.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_plan = fresh;
    endResetModel();
}

QString StaffingTableModel::summary() const
{
    if (m_plan.id <= 0)
        return {};
    if (m_plan.staffing.isEmpty())
        return tr("No staffing needs yet: add the roles the plan needs people for.");
    int needed = 0;
    int covered = 0;
    int outside = 0;
    for (const StaffingNeed &need : m_plan.staffing) {
        needed += need.hoursPerMonth;
        covered += need.coveredById ? need.hoursPerMonth : 0;
        outside += need.soughtOutside ? need.hoursPerMonth : 0;
    }
    QString text = tr("Covered %1 of %2 hours a month").arg(covered).arg(needed);
    if (outside > 0)
        text += tr(" — %1 sought outside the coalition").arg(outside);
    if (needed - covered - outside > 0)
        text += tr(" — %1 nobody covers yet").arg(needed - covered - outside);
    return text;
}

void StaffingTableModel::requestAddNeed()
{
    if (m_plan.id <= 0)
        return;
    ActionPlan after = m_plan;
    after.staffing.append(StaffingNeed{tr("New role"), 0, std::nullopt, false});
    Q_EMIT planChangeRequested(after, tr("Add a staffing need to plan “%1”").arg(m_plan.title));
}

void StaffingTableModel::requestRemoveNeed(int row)
{
    if (row < 0 || row >= m_plan.staffing.size())
        return;
    ActionPlan after = m_plan;
    const QString role = after.staffing.takeAt(row).role;
    Q_EMIT planChangeRequested(
        after, tr("Remove staffing need “%1” from plan “%2”").arg(role, m_plan.title));
}

QString StaffingTableModel::memberName(Id id) const
{
    for (const auto &[memberId, name] : m_members) {
        if (memberId == id)
            return name;
    }
    return tr("Member %1").arg(id);
}

int StaffingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_plan.staffing.size());
}

int StaffingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StaffingNeed &need = m_plan.staffing.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RoleColumn:
            return need.role;
        case HoursColumn:
            return need.hoursPerMonth;
        case CoverColumn:
            return need.coveredById ? memberName(*need.coveredById) : tr("—");
        case OutsideColumn:
            return need.soughtOutside ? tr("Sought outside") : QString();
        default:
            return {};
        }
    case Qt::EditRole:
        switch (index.column()) {
        case RoleColumn:
            return need.role;
        case HoursColumn:
            return need.hoursPerMonth;
        case CoverColumn:
            return need.coveredById ? *need.coveredById : Id(0);
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (index.column() == OutsideColumn)
            return need.soughtOutside ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == CoverColumn && !need.coveredById)
            return QColor(0xb0, 0x00, 0x20);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == CoverColumn && !need.coveredById)
            return need.soughtOutside
                ? tr("No member covers these %1 hours a month; they are sought outside.")
                      .arg(need.hoursPerMonth)
                : tr("Nobody covers these %1 hours a month yet.").arg(need.hoursPerMonth);
        return {};
    case ChoiceLabelsRole: {
        QStringList labels{tr("— (no member)")};
        for (const auto &member : m_members)
            labels.append(member.second);
        return labels;
    }
    case ChoiceValuesRole: {
        QVariantList values{Id(0)};
        for (const auto &member : m_members)
            values.append(member.first);
        return values;
    }
    default:
        return {};
    }
}

bool StaffingTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    ActionPlan after = m_plan;
    StaffingNeed &need = after.staffing[index.row()];
    const QString name = m_plan.staffing.at(index.row()).role;
    QString text;
    if (role == Qt::CheckStateRole && index.column() == OutsideColumn) {
        need.soughtOutside = value.toInt() == Qt::Checked;
        // Sought outside and covered by a member exclude each other.
        if (need.soughtOutside)
            need.coveredById.reset();
        text = need.soughtOutside ? tr("Seek “%1” outside the coalition").arg(name)
                                  : tr("Stop seeking “%1” outside the coalition").arg(name);
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case RoleColumn:
            need.role = value.toString().trimmed();
            if (need.role.isEmpty())
                return false;
            text = tr("Rename staffing need “%1” to “%2”").arg(name, need.role);
            break;
        case HoursColumn: {
            bool ok = false;
            need.hoursPerMonth = value.toInt(&ok);
            if (!ok || need.hoursPerMonth < 0)
                return false;
            text = tr("Change the hours of staffing need “%1”").arg(name);
            break;
        }
        case CoverColumn: {
            const Id id = value.toLongLong();
            need.coveredById = id > 0 ? std::optional<Id>(id) : std::nullopt;
            if (need.coveredById)
                need.soughtOutside = false;
            text = tr("Change who covers staffing need “%1”").arg(name);
            break;
        }
        default:
            return false;
        }
    } else {
        return false;
    }
    if (after == m_plan)
        return false;
    Q_EMIT planChangeRequested(after, text);
    return true;
}

Qt::ItemFlags StaffingTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == OutsideColumn)
        return flags | Qt::ItemIsUserCheckable;
    return flags | Qt::ItemIsEditable;
}

QVariant StaffingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RoleColumn:
        return tr("Role");
    case HoursColumn:
        return tr("Hours/month");
    case CoverColumn:
        return tr("Covered by");
    case OutsideColumn:
        return tr("Sought outside");
    default:
        return {};
    }
}

} // namespace Coalition::Ui
