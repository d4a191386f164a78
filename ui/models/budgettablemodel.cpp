// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/budgettablemodel.h"

#include "models/actiondata.h"

#include <QColor>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

BudgetTableModel::BudgetTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void BudgetTableModel::fill(const ActionData &source, Id planId)
{
    m_members.clear();
    for (const Membership &membership : source.members.memberships)
        m_members.append({membership.id, source.members.name(membership.id)});
    const ActionPlan *plan = planId > 0 ? source.plan(planId) : nullptr;
    const ActionPlan fresh = plan ? *plan : ActionPlan{};
    if (fresh.id == m_plan.id && fresh.budget.size() == m_plan.budget.size()) {
        const bool changed = !(fresh.budget == m_plan.budget);
        m_plan = fresh;
        if (changed && !m_plan.budget.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_plan = fresh;
    endResetModel();
}

QString BudgetTableModel::summary() const
{
    if (m_plan.id <= 0)
        return {};
    if (m_plan.budget.isEmpty())
        return tr("No budget lines yet: add what the plan will cost and who pays for it.");
    qint64 total = 0;
    qint64 secured = 0;
    for (const BudgetLine &line : m_plan.budget) {
        total += line.amountCents;
        secured += line.secured ? line.amountCents : 0;
    }
    if (secured >= total)
        return tr("Secured %1 of %2 — fully funded").arg(moneyText(secured), moneyText(total));
    return tr("Secured %1 of %2 — %3 unfunded")
        .arg(moneyText(secured), moneyText(total), moneyText(total - secured));
}

void BudgetTableModel::requestAddLine()
{
    if (m_plan.id <= 0)
        return;
    ActionPlan after = m_plan;
    after.budget.append(BudgetLine{tr("New item"), 0, std::nullopt, {}, false});
    Q_EMIT planChangeRequested(after, tr("Add a budget line to plan “%1”").arg(m_plan.title));
}

void BudgetTableModel::requestRemoveLine(int row)
{
    if (row < 0 || row >= m_plan.budget.size())
        return;
    ActionPlan after = m_plan;
    const QString item = after.budget.takeAt(row).item;
    Q_EMIT planChangeRequested(
        after, tr("Remove budget line “%1” from plan “%2”").arg(item, m_plan.title));
}

QString BudgetTableModel::memberName(Id id) const
{
    for (const auto &[memberId, name] : m_members) {
        if (memberId == id)
            return name;
    }
    return tr("Member %1").arg(id);
}

int BudgetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_plan.budget.size());
}

int BudgetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BudgetTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BudgetLine &line = m_plan.budget.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ItemColumn:
            return line.item;
        case AmountColumn:
            return moneyText(line.amountCents);
        case FunderColumn:
            return line.fundedById ? memberName(*line.fundedById) : tr("—");
        case SourceColumn:
            return line.source;
        case SecuredColumn:
            return line.secured ? tr("Secured") : tr("Sought");
        default:
            return {};
        }
    case Qt::EditRole:
        switch (index.column()) {
        case ItemColumn:
            return line.item;
        case AmountColumn:
            return static_cast<double>(line.amountCents) / 100.0;
        case FunderColumn:
            return line.fundedById ? *line.fundedById : Id(0);
        case SourceColumn:
            return line.source;
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (index.column() == SecuredColumn)
            return line.secured ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == SecuredColumn && !line.secured)
            return QColor(0xb0, 0x00, 0x20);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SecuredColumn)
            return line.secured
                ? tr("The money for this line is promised.")
                : tr("Not secured yet: %1 still to find.").arg(moneyText(line.amountCents));
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

bool BudgetTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    ActionPlan after = m_plan;
    BudgetLine &line = after.budget[index.row()];
    const QString item = m_plan.budget.at(index.row()).item;
    QString text;
    if (role == Qt::CheckStateRole && index.column() == SecuredColumn) {
        line.secured = value.toInt() == Qt::Checked;
        text = line.secured ? tr("Mark budget line “%1” secured").arg(item)
                            : tr("Mark budget line “%1” sought").arg(item);
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case ItemColumn:
            line.item = value.toString().trimmed();
            if (line.item.isEmpty())
                return false;
            text = tr("Rename budget line “%1” to “%2”").arg(item, line.item);
            break;
        case AmountColumn: {
            bool ok = false;
            const double amount = value.toDouble(&ok);
            if (!ok || amount < 0)
                return false;
            line.amountCents = std::llround(amount * 100.0);
            text = tr("Change the amount of budget line “%1”").arg(item);
            break;
        }
        case FunderColumn: {
            const Id id = value.toLongLong();
            line.fundedById = id > 0 ? std::optional<Id>(id) : std::nullopt;
            text = tr("Change who funds budget line “%1”").arg(item);
            break;
        }
        case SourceColumn:
            line.source = value.toString().trimmed();
            text = tr("Change the source of budget line “%1”").arg(item);
            break;
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

Qt::ItemFlags BudgetTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == SecuredColumn)
        return flags | Qt::ItemIsUserCheckable;
    return flags | Qt::ItemIsEditable;
}

QVariant BudgetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case AmountColumn:
        return tr("Amount");
    case FunderColumn:
        return tr("Funded by");
    case SourceColumn:
        return tr("Outside source");
    case SecuredColumn:
        return tr("Secured");
    default:
        return {};
    }
}

} // namespace Coalition::Ui
