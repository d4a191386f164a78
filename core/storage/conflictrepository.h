// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/action.h"
#include "repositorybase.h"

namespace Coalition {

// Stores the conflicts between members of a coalition, the parties to each and
// how far up the ladder (discussion, mediator, arbitrator, panel) each went.
class ConflictRepository final : public RepositoryBase
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::ConflictRepository)

public:
    ConflictRepository(Database &database, AuditLog &audit);
    Q_DISABLE_COPY_MOVE(ConflictRepository)

    Result<Id> add(const Conflict &conflict);
    // Changes the fields and the parties.
    Status update(const Conflict &conflict);
    // Moves an open conflict one step up the ladder and returns the new step;
    // refuses a conflict that is no longer open or is already before the
    // panel. `on` is noted in the conflict's notes when given.
    Result<EscalationStep> escalate(Id id, std::optional<QDate> on = std::nullopt);
    Status remove(Id id);

    Result<Conflict> get(Id id);
    // Ordered by raised_on (undated last), then id.
    Result<QList<Conflict>> listForCoalition(Id coalitionId);
    Result<QList<Conflict>> list(); // ordered by id

    Result<Id> insertChecked(const Conflict &conflict, WriteMode mode = WriteMode::Edit);
    // Writes the record exactly as given (id, times, parties), over the row
    // with its id or as a new row with that id. No validation, no audit; must
    // run inside a transaction (RecordStateStore).
    Status overwrite(const Conflict &conflict);
    // Checks that need the database: the coalition exists and the parties'
    // memberships belong to it.
    Status checkReferences(const Conflict &conflict);

private:
    Status writeParties(const Conflict &conflict, bool replace);
    Status storeFields(const Conflict &after, const Conflict &before);
    Result<QList<Conflict>> select(const QString &where, const QVariant &value,
                                   const QString &order);
};

} // namespace Coalition
