// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/governance.h"
#include "repositorybase.h"

namespace Coalition {

// Stores the decision procedure of each body (one per body): method, basis,
// quorum, areas it may settle alone, escalation, notice and reopening rules.
class ProcedureRepository final : public RepositoryBase
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::ProcedureRepository)

public:
    ProcedureRepository(Database &database, AuditLog &audit);
    Q_DISABLE_COPY_MOVE(ProcedureRepository)

    // Stores the procedure of procedure.bodyId: inserts it, or replaces the
    // body's existing one field for field (keeping its id and creation time).
    // Returns the procedure's id.
    Result<Id> set(const DecisionProcedure &procedure);
    Status remove(Id id);

    Result<DecisionProcedure> get(Id id);
    Result<std::optional<DecisionProcedure>> forBody(Id bodyId);
    Result<QList<DecisionProcedure>> listForCoalition(Id coalitionId); // ordered by id
    Result<QList<DecisionProcedure>> list();

    Result<Id> insertChecked(const DecisionProcedure &procedure, WriteMode mode = WriteMode::Edit);
    // Writes the record exactly as given (id, times, areas, escalation), over
    // the row with its id or as a new row with that id. No validation, no
    // audit; must run inside a transaction (RecordStateStore).
    Status overwrite(const DecisionProcedure &procedure);
    // Checks that need the database: the body exists; a delegate body is
    // another body of the same coalition.
    Status checkReferences(const DecisionProcedure &procedure);

private:
    Status writeChildren(const DecisionProcedure &procedure, bool replace);
    Result<QList<DecisionProcedure>> select(const QString &where, const QVariant &value);
};

} // namespace Coalition
