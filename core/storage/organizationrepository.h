// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/matchers.h"
#include "domain/types.h"
#include "repositorybase.h"

#include <QHash>

namespace Coalition {

// Stores the workspace's registry of organizations. Names are unique without
// regard to letter case; every change is audited.
class OrganizationRepository final : public RepositoryBase
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::OrganizationRepository)

public:
    enum class RemovePolicy { RefuseIfMember, CascadeMemberships };
    enum class Order { ByName, ById };

    OrganizationRepository(Database &database, AuditLog &audit);
    Q_DISABLE_COPY_MOVE(OrganizationRepository)

    // Validates (including name uniqueness) and stores; returns the new id.
    Result<Id> add(const Organization &organization);
    Status update(const Organization &organization);
    Status remove(Id id, RemovePolicy policy = RemovePolicy::RefuseIfMember);

    Result<Organization> get(Id id);
    Result<std::optional<Organization>> findByName(const QString &name);
    Result<QList<Organization>> list(const OrganizationMatcher &matcher = {},
                                     Order order = Order::ByName);
    Result<int> count();
    // Every organization's id, name and name key, in list(ByName) order, in
    // one statement and without tags: for choice lists of the whole registry.
    Result<QList<OrganizationName>> names();
    // Names of the coalitions the organization is a member of (any status).
    Result<QStringList> coalitionsOf(Id id);
    // Case-folded names of every organization, for bulk validation.
    Result<QSet<QString>> nameKeys();
    // For every organization with a membership, the names of its coalitions
    // in coalitionsOf() order; organizations without one are absent.
    Result<QHash<Id, QStringList>> coalitionNamesByOrganization();
    // Up to `limit` organizations with their tags, in list(ByName) order,
    // strictly after the one whose name key (Validation::nameKey of its name)
    // and id are given; an empty key with id 0 starts from the first. Reads
    // through the name index, so a chunk costs the same anywhere in the table.
    Result<QList<Organization>> listChunk(const QString &afterNameKey, Id afterId, int limit);

    // Stores a record whose validation the caller has done (importers, which
    // check a whole file first). Must run inside a transaction.
    Result<Id> insertChecked(const Organization &organization, WriteMode mode = WriteMode::Edit);
    // Writes the record exactly as given (id, times, tags), over the row with
    // its id or as a new row with that id. No validation, no audit; must run
    // inside a transaction (RecordStateStore).
    Status overwrite(const Organization &organization);

private:
    Status checkUniqueName(const Organization &organization);
    Status writeTags(Id id, const QStringList &tags);
};

} // namespace Coalition
