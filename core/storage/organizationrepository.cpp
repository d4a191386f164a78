// SPDX-License-Identifier: GPL-3.0-or-later
#include "organizationrepository.h"

#include "auditlog.h"
#include "database.h"
#include "domain/jsoncodec.h"
#include "domain/validation.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

const QString Entity = u"organization"_s;

const QString Columns = u"id, name, sector, mission, decision_making, address, website, email, "
                        "phone, notes, created_at, updated_at"_s;
const QString SelectColumns = u"SELECT "_s + Columns + u" FROM organization "_s;

Organization readOrganization(const SqlQuery &q)
{
    Organization o;
    o.id = q.integer(0);
    o.name = q.text(1);
    o.sector = enumFromText<Sector>(q.text(2)).value_or(Sector::Other);
    o.mission = q.text(3);
    o.decisionMaking = q.text(4);
    o.address = q.text(5);
    o.website = q.text(6);
    o.email = q.text(7);
    o.phone = q.text(8);
    o.notes = q.text(9);
    o.createdAt = q.timestamp(10);
    o.updatedAt = q.timestamp(11);
    return o;
}

} // namespace

OrganizationRepository::OrganizationRepository(Database &database, AuditLog &audit)
    : RepositoryBase(database, audit)
{ }

Status OrganizationRepository::checkUniqueName(const Organization &organization)
{
    SqlQuery query(m_database.connection(),
                   u"SELECT name FROM organization WHERE name_key = ? AND id <> ?"_s);
    if (Status status = query.execWith(Validation::nameKey(organization.name), organization.id);
        !status)
        return status;
    if (query.next())
        return Error{
            tr("An organization named “%1” is already in the workspace.").arg(query.text(0)),
            {},
            u"name"_s};
    return {};
}

Result<Id> OrganizationRepository::add(const Organization &organization)
{
    if (const Problems problems = Validation::check(organization); !problems.isEmpty())
        return Validation::toError(problems);
    if (Status status = checkUniqueName(organization); !status)
        return status.error();
    return inTransaction([&] { return insertChecked(organization); });
}

Result<Id> OrganizationRepository::insertChecked(const Organization &organization, WriteMode mode)
{
    Organization stored = organization;
    stored.name = organization.name.trimmed();
    // Trimmed here, not only in writeTags, so the audit entry holds what is stored.
    for (QString &tag : stored.tags)
        tag = tag.trimmed();
    if (mode == WriteMode::Edit) {
        stored.createdAt = stored.updatedAt = now();
        stored.id = 0;
    }
    SqlQuery &insert = m_database.cachedStatement(
        u"INSERT INTO organization (id, name, name_key, sector, mission, decision_making, "
        "address, website, email, phone, notes, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    auto id = insert.scalarWith(stored.id > 0 ? QVariant(stored.id) : QVariant(), stored.name,
                                Validation::nameKey(stored.name), enumKey(stored.sector),
                                stored.mission, stored.decisionMaking, stored.address,
                                stored.website, stored.email, stored.phone, stored.notes,
                                stored.createdAt, stored.updatedAt);
    if (!id)
        return id.error();
    stored.id = id->toLongLong();
    if (Status status = writeTags(stored.id, stored.tags); !status)
        return status.error();
    if (mode == WriteMode::Edit) {
        if (Status status
            = m_audit.recordCreated(Entity, stored.id, JsonCodec::toCompactText(stored));
            !status)
            return status.error();
    }
    return stored.id;
}

Status OrganizationRepository::overwrite(const Organization &organization)
{
    if (organization.id <= 0)
        return Error{tr("A record to restore needs its number."), {}, {}};
    SqlQuery &update = m_database.cachedStatement(
        u"UPDATE organization SET name = ?, name_key = ?, sector = ?, mission = ?, "
        "decision_making = ?, address = ?, website = ?, email = ?, phone = ?, notes = ?, "
        "created_at = ?, updated_at = ? WHERE id = ?"_s);
    const Organization &o = organization;
    if (Status status = update.execWith(o.name, Validation::nameKey(o.name), enumKey(o.sector),
                                        o.mission, o.decisionMaking, o.address, o.website, o.email,
                                        o.phone, o.notes, o.createdAt, o.updatedAt, o.id);
        !status)
        return status;
    if (update.numRowsAffected() == 0) {
        auto id = insertChecked(o, WriteMode::Restore);
        return id ? Status() : Status(id.error());
    }
    SqlQuery &clear
        = m_database.cachedStatement(u"DELETE FROM organization_tag WHERE organization_id = ?"_s);
    if (Status status = clear.execWith(o.id); !status)
        return status;
    return writeTags(o.id, o.tags);
}

Status OrganizationRepository::writeTags(Id id, const QStringList &tags)
{
    SqlQuery &insert = m_database.cachedStatement(
        u"INSERT INTO organization_tag (organization_id, position, tag) VALUES (?, ?, ?)"_s);
    for (qsizetype i = 0; i < tags.size(); ++i) {
        if (Status status = insert.execWith(id, static_cast<qint64>(i), tags.at(i).trimmed());
            !status)
            return status;
    }
    return {};
}

Status OrganizationRepository::update(const Organization &organization)
{
    if (const Problems problems = Validation::check(organization); !problems.isEmpty())
        return Validation::toError(problems);
    auto before = get(organization.id);
    if (!before)
        return before.error();
    if (Status status = checkUniqueName(organization); !status)
        return status;

    Organization after = organization;
    after.name = organization.name.trimmed();
    after.createdAt = before->createdAt;
    after.updatedAt = now();
    for (QString &tag : after.tags)
        tag = tag.trimmed();

    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    SqlQuery query(m_database.connection(),
                   u"UPDATE organization SET name = ?, name_key = ?, sector = ?, mission = ?, "
                   "decision_making = ?, address = ?, website = ?, email = ?, phone = ?, "
                   "notes = ?, updated_at = ? WHERE id = ?"_s);
    if (Status status
        = query.execWith(after.name, Validation::nameKey(after.name), enumKey(after.sector),
                         after.mission, after.decisionMaking, after.address, after.website,
                         after.email, after.phone, after.notes, after.updatedAt, after.id);
        !status)
        return status;
    if (after.tags != before->tags) {
        SqlQuery clear(m_database.connection(),
                       u"DELETE FROM organization_tag WHERE organization_id = ?"_s);
        if (Status status = clear.execWith(after.id); !status)
            return status;
        if (Status status = writeTags(after.id, after.tags); !status)
            return status;
    }
    if (Status status = m_audit.recordChanges(Entity, after.id, JsonCodec::toJson(*before),
                                              JsonCodec::toJson(after));
        !status)
        return status;
    return transaction.commit();
}

Status OrganizationRepository::remove(Id id, RemovePolicy policy)
{
    auto before = get(id);
    if (!before)
        return before.error();
    auto coalitions = coalitionsOf(id);
    if (!coalitions)
        return coalitions.error();
    if (!coalitions->isEmpty() && policy == RemovePolicy::RefuseIfMember)
        return Error{tr("%1 is a member of %2; remove those memberships first, or remove the "
                        "organization together with its memberships.")
                         .arg(before->name, coalitions->join(u", "_s)),
                     {},
                     {}};

    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    // Memberships go by ON DELETE CASCADE; audit each so the history says so.
    SqlQuery memberships(m_database.connection(),
                         u"SELECT id FROM membership WHERE organization_id = ?"_s);
    if (Status status = memberships.execWith(id); !status)
        return status;
    QList<Id> membershipIds;
    while (memberships.next())
        membershipIds.append(memberships.integer(0));
    for (const Id membershipId : std::as_const(membershipIds)) {
        if (Status status = m_audit.recordDeleted(
                u"membership"_s, membershipId,
                QJsonObject{{u"organization_id"_s, id}, {u"reason"_s, u"organization removed"_s}});
            !status)
            return status;
    }
    SqlQuery query(m_database.connection(), u"DELETE FROM organization WHERE id = ?"_s);
    if (Status status = query.execWith(id); !status)
        return status;
    if (Status status = m_audit.recordDeleted(Entity, id, JsonCodec::toJson(*before)); !status)
        return status;
    return transaction.commit();
}

Result<Organization> OrganizationRepository::get(Id id)
{
    SqlQuery query(m_database.connection(), SelectColumns + u"WHERE id = ?"_s);
    if (Status status = query.execWith(id); !status)
        return status.error();
    if (!query.next())
        return notFound(tr("organization"), id);
    Organization organization = readOrganization(query);
    query.finish();
    SqlQuery tags(
        m_database.connection(),
        u"SELECT tag FROM organization_tag WHERE organization_id = ? ORDER BY position"_s);
    if (Status status = tags.execWith(id); !status)
        return status.error();
    while (tags.next())
        organization.tags.append(tags.text(0));
    return organization;
}

Result<std::optional<Organization>> OrganizationRepository::findByName(const QString &name)
{
    SqlQuery query(m_database.connection(), u"SELECT id FROM organization WHERE name_key = ?"_s);
    auto id = query.execWith(Validation::nameKey(name));
    if (!id)
        return id.error();
    if (!query.next())
        return std::optional<Organization>();
    const Id found = query.integer(0);
    query.finish();
    auto organization = get(found);
    if (!organization)
        return organization.error();
    return std::optional<Organization>(*organization);
}

Result<QList<Organization>> OrganizationRepository::list(const OrganizationMatcher &matcher,
                                                         Order order)
{
    QHash<Id, QStringList> tagsById;
    {
        SqlQuery tags(m_database.connection(),
                      u"SELECT organization_id, tag FROM organization_tag "
                      "ORDER BY organization_id, position"_s);
        if (Status status = tags.exec(); !status)
            return status.error();
        while (tags.next())
            tagsById[tags.integer(0)].append(tags.text(1));
    }
    SqlQuery query(m_database.connection(),
                   SelectColumns
                       + (order == Order::ByName ? u"ORDER BY name_key, id"_s : u"ORDER BY id"_s));
    if (Status status = query.exec(); !status)
        return status.error();
    QList<Organization> result;
    while (query.next()) {
        Organization organization = readOrganization(query);
        organization.tags = tagsById.value(organization.id);
        if (matcher.isEmpty() || matcher.matches(organization))
            result.append(std::move(organization));
    }
    return result;
}

Result<int> OrganizationRepository::count()
{
    SqlQuery query(m_database.connection(), u"SELECT count(*) FROM organization"_s);
    auto n = query.scalar();
    if (!n)
        return n.error();
    return n->toInt();
}

Result<QList<OrganizationName>> OrganizationRepository::names()
{
    // NOT INDEXED: walking the name index would fetch the rows from the
    // table in name order, page after scattered page; reading the table
    // through and sorting is several times faster on a large registry.
    SqlQuery query(
        m_database.connection(),
        u"SELECT id, name, name_key FROM organization NOT INDEXED ORDER BY name_key, id"_s);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<OrganizationName> names;
    while (query.next())
        names.append({query.integer(0), query.text(1), query.text(2)});
    return names;
}

Result<QStringList> OrganizationRepository::coalitionsOf(Id id)
{
    SqlQuery query(m_database.connection(),
                   u"SELECT c.name FROM membership m JOIN coalition c ON c.id = m.coalition_id "
                   "WHERE m.organization_id = ? ORDER BY c.name_key"_s);
    if (Status status = query.execWith(id); !status)
        return status.error();
    QStringList names;
    while (query.next())
        names.append(query.text(0));
    return names;
}

Result<QSet<QString>> OrganizationRepository::nameKeys()
{
    SqlQuery query(m_database.connection(), u"SELECT name_key FROM organization"_s);
    if (Status status = query.exec(); !status)
        return status.error();
    QSet<QString> keys;
    while (query.next())
        keys.insert(query.text(0));
    return keys;
}

Result<QHash<Id, QStringList>> OrganizationRepository::coalitionNamesByOrganization()
{
    // CROSS JOIN keeps coalitions the outer loop: read in name-key order
    // through their index, each organization's list comes out sorted with no
    // sort step over all memberships.
    SqlQuery query(m_database.connection(),
                   u"SELECT m.organization_id, c.name FROM coalition c "
                   "CROSS JOIN membership m ON m.coalition_id = c.id ORDER BY c.name_key"_s);
    if (Status status = query.exec(); !status)
        return status.error();
    QHash<Id, QStringList> names;
    while (query.next())
        names[query.integer(0)].append(query.text(1));
    return names;
}

Result<QList<Organization>> OrganizationRepository::listChunk(const QString &afterNameKey,
                                                              Id afterId, int limit)
{
    QList<Organization> result;
    if (limit <= 0)
        return result;
    // The row value comparison is what lets SQLite start inside the unique
    // name_key index (which carries the id) instead of sorting the table.
    const QString chunk = u"FROM organization WHERE (name_key, id) > (?1, ?2) "
                          "ORDER BY name_key, id LIMIT ?3"_s;
    SqlQuery query(m_database.connection(), u"SELECT "_s + Columns + u' ' + chunk);
    if (Status status = query.execWith(afterNameKey, afterId, limit); !status)
        return status.error();
    QHash<Id, qsizetype> index;
    while (query.next()) {
        index.insert(query.integer(0), result.size());
        result.append(readOrganization(query));
    }
    query.finish();
    if (result.isEmpty())
        return result;
    SqlQuery tags(m_database.connection(),
                  u"SELECT organization_id, tag FROM organization_tag WHERE organization_id IN "
                  "(SELECT id "_s
                      + chunk + u") ORDER BY organization_id, position"_s);
    if (Status status = tags.execWith(afterNameKey, afterId, limit); !status)
        return status.error();
    while (tags.next()) {
        if (const auto it = index.constFind(tags.integer(0)); it != index.cend())
            result[*it].tags.append(tags.text(1));
    }
    return result;
}

} // namespace Coalition
