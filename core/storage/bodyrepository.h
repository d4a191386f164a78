// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/governance.h"
#include "repositorybase.h"

namespace Coalition {

// Stores the bodies of each coalition (full membership, committees, action
// groups) with their seats. Names are unique within a coalition without regard
// to case; a coalition has at most one full-membership body, which has no seats.
class BodyRepository final : public RepositoryBase
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::BodyRepository)

public:
    BodyRepository(Database &database, AuditLog &audit);
    Q_DISABLE_COPY_MOVE(BodyRepository)

    Result<Id> add(const Body &body);
    // Changes the fields and the seats.
    Status update(const Body &body);
    // Replaces the seats only, in the order given.
    Status setSeats(Id bodyId, const QList<BodySeat> &seats);
    // Removes the body with its procedure, meetings and their decisions.
    Status remove(Id id);

    Result<Body> get(Id id);
    Result<std::optional<Body>> findByName(Id coalitionId, const QString &name);
    // The coalition's full-membership body, when it has one.
    Result<std::optional<Body>> fullMembership(Id coalitionId);
    Result<QList<Body>> listForCoalition(Id coalitionId); // ordered by id
    Result<QList<Body>> list();

    Result<Id> insertChecked(const Body &body, WriteMode mode = WriteMode::Edit);
    // Writes the record exactly as given (id, times, seats), over the row with
    // its id or as a new row with that id. No validation, no audit; must run
    // inside a transaction (RecordStateStore).
    Status overwrite(const Body &body);
    // Checks that need the database: the coalition exists, the name is free in
    // it, the seats' memberships belong to it, one full membership at most.
    Status checkReferences(const Body &body);

private:
    Status writeSeats(const Body &body, bool replace);
    Status storeFields(const Body &after, const Body &before);
    Result<QList<Body>> select(const QString &where, const QVariant &value);
};

} // namespace Coalition
