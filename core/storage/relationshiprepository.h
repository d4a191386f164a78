// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/stage.h"
#include "repositorybase.h"

namespace Coalition {

// Stores the relationships between organizations: undirected, one per pair
// (kept as firstId < secondId whatever order the caller gives), with each
// side's own view and a dated history the repository keeps.
class RelationshipRepository final : public RepositoryBase
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::RelationshipRepository)

public:
    RelationshipRepository(Database &database, AuditLog &audit);
    Q_DISABLE_COPY_MOVE(RelationshipRepository)

    // Orders the pair, and starts the history with the shared rating (dated
    // `since`, else today) and one entry per view given. Fails when the pair
    // has a relationship already.
    Result<Id> add(const Relationship &relationship);
    // Changes the fields and views; a changed shared level or trust appends a
    // history entry dated `on` (today when null) with the note, and so does
    // each changed or new view (with its side). The history given is ignored.
    // The pair cannot change (field "second"), nor can `on` precede the last
    // entry of the history (field "history").
    Status update(const Relationship &relationship, const QString &note = {}, const QDate &on = {});
    Status remove(Id id);

    Result<Relationship> get(Id id);
    // The pair's relationship, in either order; none when there is none.
    Result<std::optional<Relationship>> find(Id organizationA, Id organizationB);
    // Relationships whose two organizations both hold a membership of the
    // coalition (any status), ordered by (firstId, secondId).
    Result<QList<Relationship>> listForCoalition(Id coalitionId);
    // Relationships one organization takes part in, ordered by (firstId, secondId).
    Result<QList<Relationship>> listForOrganization(Id organizationId);
    Result<QList<Relationship>> list(); // ordered by id

    Result<Id> insertChecked(const Relationship &relationship, WriteMode mode = WriteMode::Edit);
    // Writes the record exactly as given (id, times, views, history); no
    // validation, no audit; inside a transaction (RecordStateStore).
    Status overwrite(const Relationship &relationship);
    // Checks that need the database: both organizations exist; no other
    // relationship for the pair.
    Status checkReferences(const Relationship &relationship);

private:
    Result<QList<Relationship>> select(const QString &where, const QVariantList &values);
};

} // namespace Coalition
