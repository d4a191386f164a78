// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/action.h"
#include "repositorybase.h"

namespace Coalition {

// Stores the evaluations of a coalition's activities, each optionally tied to
// an action group or an action plan of the same coalition.
class EvaluationRepository final : public RepositoryBase
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::EvaluationRepository)

public:
    EvaluationRepository(Database &database, AuditLog &audit);
    Q_DISABLE_COPY_MOVE(EvaluationRepository)

    Result<Id> add(const Evaluation &evaluation);
    Status update(const Evaluation &evaluation);
    Status remove(Id id);

    Result<Evaluation> get(Id id);
    // Ordered by evaluated_on (undated last), then id.
    Result<QList<Evaluation>> listForCoalition(Id coalitionId);
    Result<QList<Evaluation>> list(); // ordered by id

    Result<Id> insertChecked(const Evaluation &evaluation, WriteMode mode = WriteMode::Edit);
    // Writes the record exactly as given (id, times), over the row with its id
    // or as a new row with that id. No validation, no audit; must run inside
    // a transaction (RecordStateStore).
    Status overwrite(const Evaluation &evaluation);
    // Checks that need the database: the coalition exists, the group and the
    // plan (through its group) are the coalition's.
    Status checkReferences(const Evaluation &evaluation);

private:
    Result<QList<Evaluation>> select(const QString &where, const QVariant &value,
                                     const QString &order);
};

} // namespace Coalition
