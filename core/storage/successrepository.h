// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/action.h"
#include "repositorybase.h"

namespace Coalition {

// Stores a coalition's successes with the member organizations credited for
// them (credit is shared, never one member's alone).
class SuccessRepository final : public RepositoryBase
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::SuccessRepository)

public:
    SuccessRepository(Database &database, AuditLog &audit);
    Q_DISABLE_COPY_MOVE(SuccessRepository)

    Result<Id> add(const Success &success);
    // Changes the fields and the credited members.
    Status update(const Success &success);
    Status remove(Id id);

    Result<Success> get(Id id);
    // Ordered by achieved_on (undated last), then id.
    Result<QList<Success>> listForCoalition(Id coalitionId);
    Result<QList<Success>> list(); // ordered by id

    Result<Id> insertChecked(const Success &success, WriteMode mode = WriteMode::Edit);
    // Writes the record exactly as given (id, times, credits), over the row
    // with its id or as a new row with that id. No validation, no audit; must
    // run inside a transaction (RecordStateStore).
    Status overwrite(const Success &success);
    // Checks that need the database: the coalition exists, the credited
    // memberships belong to it, the group and goal are the coalition's.
    Status checkReferences(const Success &success);

private:
    Status writeCredits(const Success &success, bool replace);
    Result<QList<Success>> select(const QString &where, const QVariant &value,
                                  const QString &order);
};

} // namespace Coalition
