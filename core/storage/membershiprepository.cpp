// SPDX-License-Identifier: GPL-3.0-or-later
#include "membershiprepository.h"

#include "auditlog.h"
#include "database.h"
#include "domain/jsoncodec.h"
#include "domain/validation.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

const QString Entity = u"membership"_s;
const QString SelectColumns
    = u"SELECT id, coalition_id, organization_id, status, kind, joined_on, left_on, "
      "representative_id, alternate_id, dues_cents, dues_paid_through, notes, created_at, "
      "updated_at FROM membership "_s;

Membership readMembership(const SqlQuery &q)
{
    Membership m;
    m.id = q.integer(0);
    m.coalitionId = q.integer(1);
    m.organizationId = q.integer(2);
    m.status = enumFromText<MembershipStatus>(q.text(3)).value_or(MembershipStatus::Prospective);
    m.kind = enumFromText<MembershipKind>(q.text(4)).value_or(MembershipKind::VotingMember);
    m.joinedOn = q.date(5);
    m.leftOn = q.date(6);
    m.representativeId = q.optionalId(7);
    m.alternateId = q.optionalId(8);
    m.duesCents = q.integer(9);
    m.duesPaidThrough = q.date(10);
    m.notes = q.text(11);
    m.createdAt = q.timestamp(12);
    m.updatedAt = q.timestamp(13);
    return m;
}

} // namespace

MembershipRepository::MembershipRepository(Database &database, AuditLog &audit)
    : RepositoryBase(database, audit)
{ }

Status MembershipRepository::checkReferences(const Membership &membership)
{
    const QSqlDatabase db = m_database.connection();
    SqlQuery coalition(db, u"SELECT name FROM coalition WHERE id = ?"_s);
    if (Status status = coalition.execWith(membership.coalitionId); !status)
        return status;
    if (!coalition.next())
        return Error{tr("There is no coalition with number %1.").arg(membership.coalitionId),
                     {},
                     u"coalition"_s};
    const QString coalitionName = coalition.text(0);
    SqlQuery organization(db, u"SELECT name FROM organization WHERE id = ?"_s);
    if (Status status = organization.execWith(membership.organizationId); !status)
        return status;
    if (!organization.next())
        return Error{tr("There is no organization with number %1.").arg(membership.organizationId),
                     {},
                     u"organization"_s};
    const QString organizationName = organization.text(0);

    SqlQuery existing(db,
                      u"SELECT id FROM membership WHERE coalition_id = ? AND "
                      "organization_id = ? AND id <> ?"_s);
    if (Status status
        = existing.execWith(membership.coalitionId, membership.organizationId, membership.id);
        !status)
        return status;
    if (existing.next())
        return Error{tr("%1 is already a member of %2; an organization has one membership per "
                        "coalition.")
                         .arg(organizationName, coalitionName),
                     {},
                     u"organization"_s};

    for (const auto &[field, personId] :
         {std::pair{u"representative"_s, membership.representativeId},
          std::pair{u"alternate"_s, membership.alternateId}}) {
        if (!personId)
            continue;
        SqlQuery person(db, u"SELECT name, organization_id FROM person WHERE id = ?"_s);
        if (Status status = person.execWith(*personId); !status)
            return status;
        if (!person.next())
            return Error{tr("There is no person with number %1.").arg(*personId), {}, field};
        if (person.optionalId(1) != membership.organizationId)
            return Error{field == u"representative"_s
                             ? tr("%1 cannot represent %2: they are not one of its people.")
                                   .arg(person.text(0), organizationName)
                             : tr("%1 cannot be the alternate for %2: they are not one of its "
                                  "people.")
                                   .arg(person.text(0), organizationName),
                         {},
                         field};
    }
    return {};
}

Result<Id> MembershipRepository::add(const Membership &membership)
{
    Membership m = membership;
    if (m.history.isEmpty()) {
        const QDate on = m.joinedOn.isValid() ? m.joinedOn : QDate::currentDate();
        m.history.append({m.status, on, {}});
    }
    if (const Problems problems = Validation::check(m); !problems.isEmpty())
        return Validation::toError(problems);
    if (Status status = checkReferences(m); !status)
        return status.error();
    return inTransaction([&] { return insertChecked(m); });
}

Result<Id> MembershipRepository::insertChecked(const Membership &membership, WriteMode mode)
{
    Membership m = membership;
    if (mode == WriteMode::Edit) {
        m.id = 0;
        m.createdAt = m.updatedAt = now();
    }
    SqlQuery &insert = m_database.cachedStatement(
        u"INSERT INTO membership (id, coalition_id, organization_id, status, kind, "
        "joined_on, left_on, representative_id, alternate_id, dues_cents, "
        "dues_paid_through, notes, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    auto id = insert.scalarWith(m.id > 0 ? QVariant(m.id) : QVariant(), m.coalitionId,
                                m.organizationId, enumKey(m.status), enumKey(m.kind), m.joinedOn,
                                m.leftOn, m.representativeId, m.alternateId, m.duesCents,
                                m.duesPaidThrough, m.notes, m.createdAt, m.updatedAt);
    if (!id)
        return id.error();
    m.id = id->toLongLong();
    if (Status status = writeChildren(m, false); !status)
        return status.error();
    if (mode == WriteMode::Edit) {
        if (Status status = m_audit.recordCreated(Entity, m.id, JsonCodec::toJson(m)); !status)
            return status.error();
    }
    return m.id;
}

Status MembershipRepository::overwrite(const Membership &membership)
{
    if (membership.id <= 0)
        return Error{tr("A record to restore needs its number."), {}, {}};
    SqlQuery &update = m_database.cachedStatement(
        u"UPDATE membership SET coalition_id = ?, organization_id = ?, status = ?, kind = ?, "
        "joined_on = ?, left_on = ?, representative_id = ?, alternate_id = ?, dues_cents = ?, "
        "dues_paid_through = ?, notes = ?, created_at = ?, updated_at = ? WHERE id = ?"_s);
    const Membership &m = membership;
    if (Status status
        = update.execWith(m.coalitionId, m.organizationId, enumKey(m.status), enumKey(m.kind),
                          m.joinedOn, m.leftOn, m.representativeId, m.alternateId, m.duesCents,
                          m.duesPaidThrough, m.notes, m.createdAt, m.updatedAt, m.id);
        !status)
        return status;
    if (update.numRowsAffected() > 0)
        return writeChildren(m, true);
    auto id = insertChecked(m, WriteMode::Restore);
    return id ? Status() : Status(id.error());
}

Status MembershipRepository::writeChildren(const Membership &m, bool replace)
{
    const QSqlDatabase db = m_database.connection();
    if (replace) {
        for (const QString &table : {u"membership_status_change"_s, u"membership_interest"_s,
                                     u"membership_contribution"_s, u"membership_barrier"_s}) {
            // Table names come from the list above, never from input.
            SqlQuery clear(db, u"DELETE FROM "_s + table + u" WHERE membership_id = ?"_s);
            if (Status status = clear.execWith(m.id); !status)
                return status;
        }
    }
    SqlQuery &history = m_database.cachedStatement(
        u"INSERT INTO membership_status_change (membership_id, position, "
        "status, changed_on, note) VALUES (?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < m.history.size(); ++i) {
        const StatusChange &c = m.history.at(i);
        if (Status status
            = history.execWith(m.id, static_cast<qint64>(i), enumKey(c.status), c.on, c.note);
            !status)
            return status;
    }
    SqlQuery &interest = m_database.cachedStatement(
        u"INSERT INTO membership_interest (membership_id, position, kind, "
        "text) VALUES (?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < m.interests.size(); ++i) {
        const Interest &x = m.interests.at(i);
        if (Status status
            = interest.execWith(m.id, static_cast<qint64>(i), enumKey(x.kind), x.text);
            !status)
            return status;
    }
    SqlQuery &contribution = m_database.cachedStatement(
        u"INSERT INTO membership_contribution (membership_id, position, "
        "kind, description, value_cents, period) "
        "VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < m.contributions.size(); ++i) {
        const Contribution &c = m.contributions.at(i);
        if (Status status = contribution.execWith(m.id, static_cast<qint64>(i), enumKey(c.kind),
                                                  c.description, c.valueCents, enumKey(c.period));
            !status)
            return status;
    }
    SqlQuery &barrier = m_database.cachedStatement(
        u"INSERT INTO membership_barrier (membership_id, position, text) "
        "VALUES (?, ?, ?)"_s);
    for (qsizetype i = 0; i < m.barriers.size(); ++i) {
        if (Status status = barrier.execWith(m.id, static_cast<qint64>(i), m.barriers.at(i));
            !status)
            return status;
    }
    return {};
}

Status MembershipRepository::storeFields(const Membership &after, const Membership &before)
{
    if (const Problems problems = Validation::check(after); !problems.isEmpty())
        return Validation::toError(problems);
    if (Status status = checkReferences(after); !status)
        return status;
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    SqlQuery query(m_database.connection(),
                   u"UPDATE membership SET coalition_id = ?, organization_id = ?, status = ?, "
                   "kind = ?, joined_on = ?, left_on = ?, representative_id = ?, "
                   "alternate_id = ?, dues_cents = ?, dues_paid_through = ?, notes = ?, "
                   "updated_at = ? WHERE id = ?"_s);
    if (Status status = query.execWith(
            after.coalitionId, after.organizationId, enumKey(after.status), enumKey(after.kind),
            after.joinedOn, after.leftOn, after.representativeId, after.alternateId,
            after.duesCents, after.duesPaidThrough, after.notes, after.updatedAt, after.id);
        !status)
        return status;
    if (Status status = writeChildren(after, true); !status)
        return status;
    if (Status status = m_audit.recordChanges(Entity, after.id, JsonCodec::toJson(before),
                                              JsonCodec::toJson(after));
        !status)
        return status;
    return transaction.commit();
}

Status MembershipRepository::update(const Membership &membership)
{
    auto before = get(membership.id);
    if (!before)
        return before.error();
    Membership after = membership;
    after.createdAt = before->createdAt;
    after.updatedAt = now();
    after.history = before->history;
    if (after.status != before->status)
        after.history.append({after.status, QDate::currentDate(), {}});
    return storeFields(after, *before);
}

Status MembershipRepository::setStatus(Id id, MembershipStatus status, const QDate &on,
                                       const QString &note)
{
    auto before = get(id);
    if (!before)
        return before.error();
    if (!on.isValid())
        return Error{tr("Give the date of the status change."), {}, u"date"_s};
    if (!before->history.isEmpty() && on < before->history.last().on)
        return Error{
            tr("The change cannot be dated %1: the last recorded change is dated %2.")
                .arg(on.toString(Qt::ISODate), before->history.last().on.toString(Qt::ISODate)),
            {},
            u"date"_s};
    Membership after = *before;
    after.status = status;
    after.updatedAt = now();
    after.history.append({status, on, note});
    if (status == MembershipStatus::Withdrawn && !after.leftOn.isValid())
        after.leftOn = on;
    if (status == MembershipStatus::Active && !after.joinedOn.isValid())
        after.joinedOn = on;
    return storeFields(after, *before);
}

Status MembershipRepository::remove(Id id)
{
    auto before = get(id);
    if (!before)
        return before.error();
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    SqlQuery query(m_database.connection(), u"DELETE FROM membership WHERE id = ?"_s);
    if (Status status = query.execWith(id); !status)
        return status;
    if (Status status = m_audit.recordDeleted(Entity, id, JsonCodec::toJson(*before)); !status)
        return status;
    return transaction.commit();
}

Result<QList<Membership>> MembershipRepository::select(const QString &where, const QVariant &value)
{
    SqlQuery query(m_database.connection(), SelectColumns + where + u" ORDER BY id"_s);
    if (value.isValid())
        query.bind(0, value);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<Membership> result;
    while (query.next())
        result.append(readMembership(query));
    query.finish();
    if (Status status = loadChildren(result, where, value); !status)
        return status.error();
    return result;
}

Status MembershipRepository::loadChildren(QList<Membership> &memberships, const QString &where,
                                          const QVariant &value)
{
    if (memberships.isEmpty())
        return {};
    QHash<Id, qsizetype> index;
    for (qsizetype i = 0; i < memberships.size(); ++i)
        index.insert(memberships.at(i).id, i);
    const QSqlDatabase db = m_database.connection();
    // Each child table is read once, limited by the condition that chose the
    // memberships (where is one of this file's constants, never input).
    const QString chosen
        = u" WHERE membership_id IN (SELECT id FROM membership "_s + where + u") "_s;
    const auto run = [&value](SqlQuery &query) {
        if (value.isValid())
            query.bind(0, value);
        return query.exec();
    };
    SqlQuery history(db,
                     u"SELECT membership_id, status, changed_on, note "
                     "FROM membership_status_change"_s
                         + chosen + u"ORDER BY membership_id, position"_s);
    if (Status status = run(history); !status)
        return status;
    while (history.next()) {
        if (const auto it = index.constFind(history.integer(0)); it != index.cend())
            memberships[*it].history.append(
                {enumFromText<MembershipStatus>(history.text(1)).value_or(MembershipStatus::Active),
                 history.date(2), history.text(3)});
    }
    SqlQuery interests(db,
                       u"SELECT membership_id, kind, text FROM membership_interest"_s + chosen
                           + u"ORDER BY membership_id, position"_s);
    if (Status status = run(interests); !status)
        return status;
    while (interests.next()) {
        if (const auto it = index.constFind(interests.integer(0)); it != index.cend())
            memberships[*it].interests.append(
                {enumFromText<InterestKind>(interests.text(1)).value_or(InterestKind::Shared),
                 interests.text(2)});
    }
    SqlQuery contributions(db,
                           u"SELECT membership_id, kind, description, value_cents, period "
                           "FROM membership_contribution"_s
                               + chosen + u"ORDER BY membership_id, position"_s);
    if (Status status = run(contributions); !status)
        return status;
    while (contributions.next()) {
        if (const auto it = index.constFind(contributions.integer(0)); it != index.cend())
            memberships[*it].contributions.append(
                {enumFromText<ContributionKind>(contributions.text(1))
                     .value_or(ContributionKind::InKind),
                 contributions.text(2), contributions.integer(3),
                 enumFromText<ContributionPeriod>(contributions.text(4))
                     .value_or(ContributionPeriod::OneOff)});
    }
    SqlQuery barriers(db,
                      u"SELECT membership_id, text FROM membership_barrier"_s + chosen
                          + u"ORDER BY membership_id, position"_s);
    if (Status status = run(barriers); !status)
        return status;
    while (barriers.next()) {
        if (const auto it = index.constFind(barriers.integer(0)); it != index.cend())
            memberships[*it].barriers.append(barriers.text(1));
    }
    return {};
}

Result<Membership> MembershipRepository::get(Id id)
{
    auto found = select(u"WHERE id = ?"_s, id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(tr("membership"), id);
    return found->first();
}

Result<std::optional<Membership>> MembershipRepository::find(Id coalitionId, Id organizationId)
{
    SqlQuery query(m_database.connection(),
                   u"SELECT id FROM membership WHERE coalition_id = ? AND organization_id = ?"_s);
    if (Status status = query.execWith(coalitionId, organizationId); !status)
        return status.error();
    if (!query.next())
        return std::optional<Membership>();
    const Id id = query.integer(0);
    query.finish();
    auto membership = get(id);
    if (!membership)
        return membership.error();
    return std::optional<Membership>(*membership);
}

Result<QList<Membership>> MembershipRepository::listForCoalition(Id coalitionId)
{
    return select(u"WHERE coalition_id = ?"_s, coalitionId);
}

Result<QList<Membership>> MembershipRepository::listForOrganization(Id organizationId)
{
    return select(u"WHERE organization_id = ?"_s, organizationId);
}

Result<QList<Membership>> MembershipRepository::list()
{
    return select({}, {});
}

Result<QHash<Id, int>>
MembershipRepository::countByCoalition(std::optional<MembershipStatus> status)
{
    // A NULL status matches every row, so one statement serves both.
    SqlQuery query(m_database.connection(),
                   u"SELECT coalition_id, count(*) FROM membership WHERE ?1 IS NULL OR status = ?1 "
                   "GROUP BY coalition_id"_s);
    if (Status result = query.execWith(status ? QVariant(enumKey(*status)) : QVariant()); !result)
        return result.error();
    QHash<Id, int> counts;
    while (query.next())
        counts.insert(query.integer(0), static_cast<int>(query.integer(1)));
    return counts;
}

} // namespace Coalition
