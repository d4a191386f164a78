// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/action.h"
#include "repositorybase.h"

namespace Coalition {

// Stores a coalition's goals with the measures of their progress, in order.
class GoalRepository final : public RepositoryBase
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::GoalRepository)

public:
    GoalRepository(Database &database, AuditLog &audit);
    Q_DISABLE_COPY_MOVE(GoalRepository)

    Result<Id> add(const Goal &goal);
    // Changes the fields and the measures.
    Status update(const Goal &goal);
    // Removes the goal with its plans (and their tasks); groups stop serving it
    // and successes lose it.
    Status remove(Id id);

    Result<Goal> get(Id id);
    Result<QList<Goal>> listForCoalition(Id coalitionId); // ordered by id
    Result<QList<Goal>> list();

    Result<Id> insertChecked(const Goal &goal, WriteMode mode = WriteMode::Edit);
    // Writes the record exactly as given (id, times, measures), over the row
    // with its id or as a new row with that id. No validation, no audit; must
    // run inside a transaction (RecordStateStore).
    Status overwrite(const Goal &goal);
    // Checks that need the database: the coalition exists; the adopting
    // decision was taken by a body of the same coalition.
    Status checkReferences(const Goal &goal);

private:
    Status writeMeasures(const Goal &goal, bool replace);
    Result<QList<Goal>> select(const QString &where, const QVariant &value);
};

} // namespace Coalition
