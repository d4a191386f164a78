// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/action.h"
#include "repositorybase.h"

namespace Coalition {

// Stores the action plans: one goal, one action group and a lead member
// organization, with evaluation criteria, budget lines and staffing needs kept
// in order.
class ActionPlanRepository final : public RepositoryBase
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::ActionPlanRepository)

public:
    ActionPlanRepository(Database &database, AuditLog &audit);
    Q_DISABLE_COPY_MOVE(ActionPlanRepository)

    Result<Id> add(const ActionPlan &plan);
    // Changes the fields, criteria, budget and staffing.
    Status update(const ActionPlan &plan);
    // Removes the plan with its tasks; evaluations lose it.
    Status remove(Id id);

    Result<ActionPlan> get(Id id);
    // The plans whose goal belongs to the coalition, ordered by id.
    Result<QList<ActionPlan>> listForCoalition(Id coalitionId);
    Result<QList<ActionPlan>> listForGroup(Id groupId); // ordered by id
    Result<QList<ActionPlan>> listForGoal(Id goalId); // ordered by id
    Result<QList<ActionPlan>> list();

    Result<Id> insertChecked(const ActionPlan &plan, WriteMode mode = WriteMode::Edit);
    // Writes the record exactly as given (id, times, child rows), over the row
    // with its id or as a new row with that id. No validation, no audit; must
    // run inside a transaction (RecordStateStore).
    Status overwrite(const ActionPlan &plan);
    // Checks that need the database: goal and group exist and belong to the
    // same coalition; the lead, funders and covering members are memberships
    // of that coalition; the adopting decision was taken by one of its bodies.
    Status checkReferences(const ActionPlan &plan);

private:
    Status writeChildren(const ActionPlan &plan, bool replace);
    Result<QList<ActionPlan>> select(const QString &where, const QVariant &value);
};

} // namespace Coalition
