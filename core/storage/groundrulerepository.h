// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/governance.h"
#include "repositorybase.h"

namespace Coalition {

// Stores a coalition's ground rules with their dated history of text and
// status. An agreed rule that supersedes another retires it, in the same
// transaction, with a note in its history.
class GroundRuleRepository final : public RepositoryBase
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::GroundRuleRepository)

public:
    GroundRuleRepository(Database &database, AuditLog &audit);
    Q_DISABLE_COPY_MOVE(GroundRuleRepository)

    // Starts the history with one revision (today, the status and text) when
    // the rule brings none.
    Result<Id> add(const GroundRule &rule);
    // Changes the fields; the history is the repository's to keep: a changed
    // text or status appends a revision dated today with the note.
    Status update(const GroundRule &rule, const QString &note = {});
    // Records a status change on a date (retiring a rule, agreeing to it ...).
    Status setStatus(Id id, RuleStatus status, const QDate &on, const QString &note = {});
    Status remove(Id id);

    Result<GroundRule> get(Id id);
    Result<QList<GroundRule>> listForCoalition(Id coalitionId); // ordered by area, then id
    Result<QList<GroundRule>> list();

    Result<Id> insertChecked(const GroundRule &rule, WriteMode mode = WriteMode::Edit);
    // Writes the record exactly as given (id, times, history), over the row
    // with its id or as a new row with that id. No validation, no audit, no
    // retiring of the superseded rule; must run inside a transaction.
    Status overwrite(const GroundRule &rule);
    // Checks that need the database: the coalition exists; the adopting
    // decision was taken by a body of the same coalition; the superseded rule
    // is another rule of the same coalition.
    Status checkReferences(const GroundRule &rule);

private:
    Status writeHistory(const GroundRule &rule, bool replace);
    Status storeFields(const GroundRule &after, const GroundRule &before);
    // Retires the rule `after` supersedes, when `after` is agreed. In the
    // caller's transaction.
    Status retireSuperseded(const GroundRule &after, const QDate &on);
    Result<QList<GroundRule>> select(const QString &where, const QVariant &value);
};

} // namespace Coalition
