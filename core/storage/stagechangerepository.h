// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/stage.h"
#include "repositorybase.h"

namespace Coalition {

// Stores a coalition's recorded stage history: each entry is the
// coordinator's decision that the coalition is in a stage from a date, with
// the rationale and, optionally, the decision that settled it.
class StageChangeRepository final : public RepositoryBase
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::StageChangeRepository)

public:
    StageChangeRepository(Database &database, AuditLog &audit);
    Q_DISABLE_COPY_MOVE(StageChangeRepository)

    Result<Id> add(const StageChange &change);
    Status update(const StageChange &change);
    Status remove(Id id);

    Result<StageChange> get(Id id);
    // Oldest first: ordered by on_date, then id. The last one is the
    // coalition's recorded stage.
    Result<QList<StageChange>> listForCoalition(Id coalitionId);
    Result<QList<StageChange>> list(); // ordered by id

    Result<Id> insertChecked(const StageChange &change, WriteMode mode = WriteMode::Edit);
    // Writes the record exactly as given (id, times), over the row with its id
    // or as a new row with that id. No validation, no audit; must run inside a
    // transaction (RecordStateStore).
    Status overwrite(const StageChange &change);
    // Checks that need the database: the coalition exists; the decision, when
    // given, was taken by a body of the same coalition.
    Status checkReferences(const StageChange &change);

private:
    Result<QList<StageChange>> select(const QString &where, const QVariant &value,
                                      const QString &order);
};

} // namespace Coalition
