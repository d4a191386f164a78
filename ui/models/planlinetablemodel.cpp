// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/planlinetablemodel.h"

#include "models/actiondata.h"

namespace Coalition::Ui {

PlanLineTableModel::PlanLineTableModel(int columns, int checkColumn, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columnCount(columns)
    , m_checkColumn(checkColumn)
{ }

void PlanLineTableModel::fill(const ActionData &source, Id planId)
{
    m_members.clear();
    for (const Membership &membership : source.members.memberships)
        m_members.append({membership.id, source.members.name(membership.id)});
    const ActionPlan *found = planId > 0 ? source.plan(planId) : nullptr;
    const ActionPlan fresh = found ? *found : ActionPlan{};
    // The same plan with as many lines: keep the rows (and the view's current
    // cell) and only say that their data changed.
    if (fresh.id == m_plan.id && lineCount(fresh) == lineCount(m_plan)) {
        const bool changed = !sameLines(fresh, m_plan);
        m_plan = fresh;
        if (changed && lineCount(m_plan) > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, m_columnCount - 1));
        return;
    }
    beginResetModel();
    m_plan = fresh;
    endResetModel();
}

void PlanLineTableModel::requestAppend()
{
    if (m_plan.id <= 0)
        return;
    ActionPlan after = m_plan;
    const QString text = appendLine(after);
    Q_EMIT planChangeRequested(after, text);
}

void PlanLineTableModel::requestRemoval(int row)
{
    if (row < 0 || row >= lineCount(m_plan))
        return;
    ActionPlan after = m_plan;
    const QString text = removeLine(after, row);
    Q_EMIT planChangeRequested(after, text);
}

QString PlanLineTableModel::memberName(Id id) const
{
    for (const auto &[memberId, name] : m_members) {
        if (memberId == id)
            return name;
    }
    return tr("Member %1").arg(id);
}

int PlanLineTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(lineCount(m_plan));
}

int PlanLineTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant PlanLineTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
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
        return lineData(index.row(), index.column(), role);
    }
}

bool PlanLineTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    ActionPlan after = m_plan;
    QString text;
    if (role == Qt::CheckStateRole && index.column() == m_checkColumn) {
        text = checkLine(after, index.row(), value.toInt() == Qt::Checked);
    } else if (role == Qt::EditRole) {
        const std::optional<QString> edited = editLine(after, index.row(), index.column(), value);
        if (!edited)
            return false;
        text = *edited;
    } else {
        return false;
    }
    if (after == m_plan)
        return false;
    Q_EMIT planChangeRequested(after, text);
    return true;
}

Qt::ItemFlags PlanLineTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == m_checkColumn)
        return flags | Qt::ItemIsUserCheckable;
    return flags | Qt::ItemIsEditable;
}

QVariant PlanLineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section < 0 || section >= m_columnCount)
        return {};
    return columnTitle(section);
}

} // namespace Coalition::Ui
