// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/action.h"
#include "repositorybase.h"

#include <optional>

namespace Coalition {

// Stores a coalition's action groups with the member organizations and people
// taking part and the goals they serve. Names are unique within a coalition
// without regard to case.
class ActionGroupRepository final : public RepositoryBase
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::ActionGroupRepository)

public:
    ActionGroupRepository(Database &database, AuditLog &audit);
    Q_DISABLE_COPY_MOVE(ActionGroupRepository)

    Result<Id> add(const ActionGroup &group);
    // Changes the fields, members, people and goals.
    Status update(const ActionGroup &group);
    // Removes the group with its plans (and their tasks) and progress reports;
    // successes and evaluations lose it.
    Status remove(Id id);

    Result<ActionGroup> get(Id id);
    Result<std::optional<ActionGroup>> findByName(Id coalitionId, const QString &name);
    Result<QList<ActionGroup>> listForCoalition(Id coalitionId); // ordered by id
    Result<QList<ActionGroup>> list();

    Result<Id> insertChecked(const ActionGroup &group, WriteMode mode = WriteMode::Edit);
    // Writes the record exactly as given (id, times, child rows), over the row
    // with its id or as a new row with that id. No validation, no audit; must
    // run inside a transaction (RecordStateStore).
    Status overwrite(const ActionGroup &group);
    // Checks that need the database: the coalition exists; the name is free in
    // it; member organizations are memberships of it; the convener is a
    // person of one of its member organizations; people exist; goals and the
    // body belong to the same coalition.
    Status checkReferences(const ActionGroup &group);

private:
    Status writeChildren(const ActionGroup &group, bool replace);
    Result<QList<ActionGroup>> select(const QString &where, const QVariant &value);
};

} // namespace Coalition
