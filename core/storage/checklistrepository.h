// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/stage.h"
#include "repositorybase.h"

namespace Coalition {

// Stores the coordinator's answers to the stage checklist: at most one answer
// per coalition and checklist item (StageEngine::checklistItems()).
class ChecklistRepository final : public RepositoryBase
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::ChecklistRepository)

public:
    ChecklistRepository(Database &database, AuditLog &audit);
    Q_DISABLE_COPY_MOVE(ChecklistRepository)

    // Records the answer to one item: updates the coalition's answer to that
    // item when there is one (keeping its id), else adds one. Returns its id.
    Result<Id> answer(Id coalitionId, const QString &item, ChecklistValue value,
                      const QString &note, const QDate &on);
    Result<Id> add(const ChecklistAnswer &answer); // fails when the item is answered already
    Status update(const ChecklistAnswer &answer);
    Status remove(Id id);

    Result<ChecklistAnswer> get(Id id);
    std::optional<Id> find(Id coalitionId, const QString &item); // none when unanswered or on error
    // Ordered by the items' order in StageEngine::checklistItems(), then id.
    Result<QList<ChecklistAnswer>> listForCoalition(Id coalitionId);
    Result<QList<ChecklistAnswer>> list(); // ordered by id

    Result<Id> insertChecked(const ChecklistAnswer &answer, WriteMode mode = WriteMode::Edit);
    // Writes the record exactly as given; no validation, no audit; inside a
    // transaction (RecordStateStore).
    Status overwrite(const ChecklistAnswer &answer);
    // Checks that need the database: the coalition exists; no other answer of
    // the coalition to the same item.
    Status checkReferences(const ChecklistAnswer &answer);

private:
    Result<QList<ChecklistAnswer>> select(const QString &where, const QVariant &value);
};

} // namespace Coalition
