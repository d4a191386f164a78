// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/budgettablemodel.h"

#include "models/actiondata.h"

#include <QColor>

#include <cmath>

namespace Coalition::Ui {

BudgetTableModel::BudgetTableModel(QObject *parent)
    : PlanLineTableModel(ColumnCount, SecuredColumn, parent)
{ }

QString BudgetTableModel::summary() const
{
    if (plan().id <= 0)
        return {};
    if (plan().budget.isEmpty())
        return tr("No budget lines yet: add what the plan will cost and who pays for it.");
    qint64 total = 0;
    qint64 secured = 0;
    for (const BudgetLine &line : plan().budget) {
        total += line.amountCents;
        secured += line.secured ? line.amountCents : 0;
    }
    if (secured >= total)
        return tr("Secured %1 of %2 — fully funded").arg(moneyText(secured), moneyText(total));
    return tr("Secured %1 of %2 — %3 unfunded")
        .arg(moneyText(secured), moneyText(total), moneyText(total - secured));
}

QString BudgetTableModel::appendLine(ActionPlan &after) const
{
    after.budget.append(BudgetLine{tr("New item"), 0, std::nullopt, {}, false});
    return tr("Add a budget line to plan “%1”").arg(after.title);
}

QString BudgetTableModel::removeLine(ActionPlan &after, int row) const
{
    const QString item = after.budget.takeAt(row).item;
    return tr("Remove budget line “%1” from plan “%2”").arg(item, after.title);
}

QVariant BudgetTableModel::lineData(int row, int column, int role) const
{
    const BudgetLine &line = plan().budget.at(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
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
        switch (column) {
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
        if (column == SecuredColumn)
            return line.secured ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ForegroundRole:
        if (column == SecuredColumn && !line.secured)
            return QColor(0xb0, 0x00, 0x20);
        return {};
    case Qt::TextAlignmentRole:
        if (column == AmountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == SecuredColumn)
            return line.secured
                ? tr("The money for this line is promised.")
                : tr("Not secured yet: %1 still to find.").arg(moneyText(line.amountCents));
        return {};
    default:
        return {};
    }
}

QString BudgetTableModel::checkLine(ActionPlan &after, int row, bool checked) const
{
    BudgetLine &line = after.budget[row];
    line.secured = checked;
    return checked ? tr("Mark budget line “%1” secured").arg(line.item)
                   : tr("Mark budget line “%1” sought").arg(line.item);
}

std::optional<QString> BudgetTableModel::editLine(ActionPlan &after, int row, int column,
                                                  const QVariant &value) const
{
    BudgetLine &line = after.budget[row];
    const QString item = line.item;
    switch (column) {
    case ItemColumn:
        line.item = value.toString().trimmed();
        if (line.item.isEmpty())
            return std::nullopt;
        return tr("Rename budget line “%1” to “%2”").arg(item, line.item);
    case AmountColumn: {
        bool ok = false;
        const double amount = value.toDouble(&ok);
        if (!ok || amount < 0)
            return std::nullopt;
        line.amountCents = std::llround(amount * 100.0);
        return tr("Change the amount of budget line “%1”").arg(item);
    }
    case FunderColumn: {
        const Id id = value.toLongLong();
        line.fundedById = id > 0 ? std::optional<Id>(id) : std::nullopt;
        return tr("Change who funds budget line “%1”").arg(item);
    }
    case SourceColumn:
        line.source = value.toString().trimmed();
        return tr("Change the source of budget line “%1”").arg(item);
    default:
        return std::nullopt;
    }
}

QString BudgetTableModel::columnTitle(int column) const
{
    switch (column) {
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
