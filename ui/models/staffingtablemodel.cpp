// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/staffingtablemodel.h"

#include <QColor>

namespace Coalition::Ui {

StaffingTableModel::StaffingTableModel(QObject *parent)
    : PlanLineTableModel(ColumnCount, OutsideColumn, parent)
{ }

QString StaffingTableModel::summary() const
{
    if (plan().id <= 0)
        return {};
    if (plan().staffing.isEmpty())
        return tr("No staffing needs yet: add the roles the plan needs people for.");
    int needed = 0;
    int covered = 0;
    int outside = 0;
    for (const StaffingNeed &need : plan().staffing) {
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

QString StaffingTableModel::appendLine(ActionPlan &after) const
{
    after.staffing.append(StaffingNeed{tr("New role"), 0, std::nullopt, false});
    return tr("Add a staffing need to plan “%1”").arg(after.title);
}

QString StaffingTableModel::removeLine(ActionPlan &after, int row) const
{
    const QString role = after.staffing.takeAt(row).role;
    return tr("Remove staffing need “%1” from plan “%2”").arg(role, after.title);
}

QVariant StaffingTableModel::lineData(int row, int column, int role) const
{
    const StaffingNeed &need = plan().staffing.at(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
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
        switch (column) {
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
        if (column == OutsideColumn)
            return need.soughtOutside ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ForegroundRole:
        if (column == CoverColumn && !need.coveredById)
            return QColor(0xb0, 0x00, 0x20);
        return {};
    case Qt::ToolTipRole:
        if (column == CoverColumn && !need.coveredById)
            return need.soughtOutside
                ? tr("No member covers these %1 hours a month; they are sought outside.")
                      .arg(need.hoursPerMonth)
                : tr("Nobody covers these %1 hours a month yet.").arg(need.hoursPerMonth);
        return {};
    default:
        return {};
    }
}

QString StaffingTableModel::checkLine(ActionPlan &after, int row, bool checked) const
{
    StaffingNeed &need = after.staffing[row];
    need.soughtOutside = checked;
    // Sought outside and covered by a member exclude each other.
    if (need.soughtOutside)
        need.coveredById.reset();
    return checked ? tr("Seek “%1” outside the coalition").arg(need.role)
                   : tr("Stop seeking “%1” outside the coalition").arg(need.role);
}

std::optional<QString> StaffingTableModel::editLine(ActionPlan &after, int row, int column,
                                                    const QVariant &value) const
{
    StaffingNeed &need = after.staffing[row];
    const QString name = need.role;
    switch (column) {
    case RoleColumn:
        need.role = value.toString().trimmed();
        if (need.role.isEmpty())
            return std::nullopt;
        return tr("Rename staffing need “%1” to “%2”").arg(name, need.role);
    case HoursColumn: {
        bool ok = false;
        need.hoursPerMonth = value.toInt(&ok);
        if (!ok || need.hoursPerMonth < 0)
            return std::nullopt;
        return tr("Change the hours of staffing need “%1”").arg(name);
    }
    case CoverColumn: {
        const Id id = value.toLongLong();
        need.coveredById = id > 0 ? std::optional<Id>(id) : std::nullopt;
        if (need.coveredById)
            need.soughtOutside = false;
        return tr("Change who covers staffing need “%1”").arg(name);
    }
    default:
        return std::nullopt;
    }
}

QString StaffingTableModel::columnTitle(int column) const
{
    switch (column) {
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
