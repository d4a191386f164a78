// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/planlinetablemodel.h"

namespace Coalition::Ui {

// The budget lines of one action plan, edited in place: item, amount, the
// member that funds it or an outside source, and whether it is secured. An
// edit is not written here: the model asks for the whole plan with the line
// changed (planChangeRequested).
class BudgetTableModel final : public PlanLineTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetTableModel)

public:
    enum Column {
        ItemColumn,
        AmountColumn,
        FunderColumn,
        SourceColumn,
        SecuredColumn,
        ColumnCount
    };

    explicit BudgetTableModel(QObject *parent = nullptr);

    // "Secured 1,200.00 of 3,500.00 — 2,300.00 unfunded".
    QString summary() const;
    // Ask for a new line, or for removing one.
    void requestAddLine() { requestAppend(); }
    void requestRemoveLine(int row) { requestRemoval(row); }

private:
    qsizetype lineCount(const ActionPlan &of) const override { return of.budget.size(); }
    bool sameLines(const ActionPlan &a, const ActionPlan &b) const override
    {
        return a.budget == b.budget;
    }
    QVariant lineData(int row, int column, int role) const override;
    QString columnTitle(int column) const override;
    QString appendLine(ActionPlan &after) const override;
    QString removeLine(ActionPlan &after, int row) const override;
    QString checkLine(ActionPlan &after, int row, bool checked) const override;
    std::optional<QString> editLine(ActionPlan &after, int row, int column,
                                    const QVariant &value) const override;
};

} // namespace Coalition::Ui
