// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "repositorybase.h"

#include <QHash>

namespace Coalition {

// Stores each organization's participation in a coalition, with its dated
// status history, contributions, interests and barriers. An organization has
// at most one membership per coalition.
class MembershipRepository final : public RepositoryBase
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::MembershipRepository)

public:
    MembershipRepository(Database &database, AuditLog &audit);

    // Starts the status history with the membership's status, dated the day
    // it joined (or today).
    Result<Id> add(const Membership &membership);
    // Changes the fields; the history is the repository's to keep: a changed
    // status is appended with today's date (use setStatus to give the date).
    Status update(const Membership &membership);
    // Records a status change on a date, with an optional note. Withdrawing
    // sets the left date, becoming active sets a missing joined date.
    Status setStatus(Id id, MembershipStatus status, const QDate &on, const QString &note = {});
    Status remove(Id id);

    Result<Membership> get(Id id);
    Result<std::optional<Membership>> find(Id coalitionId, Id organizationId);
    Result<QList<Membership>> listForCoalition(Id coalitionId);
    Result<QList<Membership>> listForOrganization(Id organizationId);
    Result<QList<Membership>> list();
    // Number of memberships of each coalition that has any: of every status,
    // or only of the one given.
    Result<QHash<Id, int>> countByCoalition(std::optional<MembershipStatus> status = std::nullopt);

    Result<Id> insertChecked(const Membership &membership, WriteMode mode = WriteMode::Edit);
    // Writes the record exactly as given (id, times, child rows), over the row with
    // its id or as a new row with that id. No validation, no audit; must run
    // inside a transaction (RecordStateStore).
    Status overwrite(const Membership &membership);
    // Checks that need the database: the coalition and organization exist,
    // no second membership, representative and alternate are people of the
    // organization.
    Status checkReferences(const Membership &membership);

private:
    Status writeChildren(const Membership &membership, bool replace);
    Result<QList<Membership>> select(const QString &where, const QVariant &value);
    Status loadChildren(QList<Membership> &memberships, const QString &where,
                        const QVariant &value);
    Status storeFields(const Membership &after, const Membership &before);
};

} // namespace Coalition
