// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/planlinetablemodel.h"

namespace Coalition::Ui {

// The staffing needs of one action plan, edited in place: role, hours a
// month, the member that covers it, or whether it is sought outside the
// coalition. An edit is not written here: the model asks for the whole plan
// with the need changed (planChangeRequested).
class StaffingTableModel final : public PlanLineTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffingTableModel)

public:
    enum Column { RoleColumn, HoursColumn, CoverColumn, OutsideColumn, ColumnCount };

    explicit StaffingTableModel(QObject *parent = nullptr);

    // "Covered 20 of 36 hours a month".
    QString summary() const;
    void requestAddNeed() { requestAppend(); }
    void requestRemoveNeed(int row) { requestRemoval(row); }

private:
    qsizetype lineCount(const ActionPlan &of) const override { return of.staffing.size(); }
    bool sameLines(const ActionPlan &a, const ActionPlan &b) const override
    {
        return a.staffing == b.staffing;
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
