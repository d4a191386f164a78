// SPDX-License-Identifier: GPL-3.0-or-later
#include "personrepository.h"

#include "auditlog.h"
#include "database.h"
#include "domain/jsoncodec.h"
#include "domain/validation.h"
#include "sqlquery.h"
#include "transaction.h"

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

const QString Entity = u"person"_s;
const QString SelectColumns = u"SELECT id, name, organization_id, role, email, phone, notes, "
                              "created_at, updated_at FROM person "_s;

Person readPerson(const SqlQuery &q)
{
    Person p;
    p.id = q.integer(0);
    p.name = q.text(1);
    p.organizationId = q.optionalId(2);
    p.role = q.text(3);
    p.email = q.text(4);
    p.phone = q.text(5);
    p.notes = q.text(6);
    p.createdAt = q.timestamp(7);
    p.updatedAt = q.timestamp(8);
    return p;
}

} // namespace

PersonRepository::PersonRepository(Database &database, AuditLog &audit)
    : RepositoryBase(database, audit)
{ }

Status PersonRepository::checkReferences(const Person &person)
{
    if (!person.organizationId)
        return {};
    SqlQuery query(m_database.connection(), u"SELECT 1 FROM organization WHERE id = ?"_s);
    if (Status status = query.execWith(*person.organizationId); !status)
        return status;
    if (!query.next())
        return Error{tr("There is no organization with number %1.").arg(*person.organizationId),
                     {},
                     u"organization"_s};
    return {};
}

Result<Id> PersonRepository::add(const Person &person)
{
    if (const Problems problems = Validation::check(person); !problems.isEmpty())
        return Validation::toError(problems);
    if (Status status = checkReferences(person); !status)
        return status.error();
    return inTransaction([&] { return insertChecked(person); });
}

Result<Id> PersonRepository::insertChecked(const Person &person, WriteMode mode)
{
    Person stored = person;
    stored.name = person.name.trimmed();
    if (mode == WriteMode::Edit) {
        stored.id = 0;
        stored.createdAt = stored.updatedAt = now();
    }
    SqlQuery &insert = m_database.cachedStatement(
        u"INSERT INTO person (id, name, organization_id, role, email, phone, notes, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    auto id = insert.scalarWith(stored.id > 0 ? QVariant(stored.id) : QVariant(), stored.name,
                                stored.organizationId, stored.role, stored.email, stored.phone,
                                stored.notes, stored.createdAt, stored.updatedAt);
    if (!id)
        return id.error();
    stored.id = id->toLongLong();
    if (mode == WriteMode::Edit) {
        if (Status status = m_audit.recordCreated(Entity, stored.id, JsonCodec::toJson(stored));
            !status)
            return status.error();
    }
    return stored.id;
}

Status PersonRepository::overwrite(const Person &person)
{
    if (person.id <= 0)
        return Error{tr("A record to restore needs its number."), {}, {}};
    SqlQuery &update = m_database.cachedStatement(
        u"UPDATE person SET name = ?, organization_id = ?, role = ?, email = ?, phone = ?, "
        "notes = ?, created_at = ?, updated_at = ? WHERE id = ?"_s);
    const Person &p = person;
    if (Status status = update.execWith(p.name, p.organizationId, p.role, p.email, p.phone, p.notes,
                                        p.createdAt, p.updatedAt, p.id);
        !status)
        return status;
    if (update.numRowsAffected() > 0)
        return {};
    auto id = insertChecked(p, WriteMode::Restore);
    return id ? Status() : Status(id.error());
}

Status PersonRepository::update(const Person &person)
{
    if (const Problems problems = Validation::check(person); !problems.isEmpty())
        return Validation::toError(problems);
    if (Status status = checkReferences(person); !status)
        return status;
    auto before = get(person.id);
    if (!before)
        return before.error();
    Person after = person;
    after.name = person.name.trimmed();
    after.createdAt = before->createdAt;
    after.updatedAt = now();

    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    // Someone who leaves an organization cannot keep representing it.
    if (after.organizationId != before->organizationId) {
        SqlQuery representative(m_database.connection(),
                                u"UPDATE membership SET representative_id = NULL "
                                "WHERE representative_id = ?"_s);
        SqlQuery alternate(m_database.connection(),
                           u"UPDATE membership SET alternate_id = NULL WHERE alternate_id = ?"_s);
        if (Status status = representative.execWith(after.id); !status)
            return status;
        if (Status status = alternate.execWith(after.id); !status)
            return status;
    }
    SqlQuery query(m_database.connection(),
                   u"UPDATE person SET name = ?, organization_id = ?, role = ?, email = ?, "
                   "phone = ?, notes = ?, updated_at = ? WHERE id = ?"_s);
    if (Status status = query.execWith(after.name, after.organizationId, after.role, after.email,
                                       after.phone, after.notes, after.updatedAt, after.id);
        !status)
        return status;
    if (Status status = m_audit.recordChanges(Entity, after.id, JsonCodec::toJson(*before),
                                              JsonCodec::toJson(after));
        !status)
        return status;
    return transaction.commit();
}

Status PersonRepository::remove(Id id)
{
    auto before = get(id);
    if (!before)
        return before.error();
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    SqlQuery query(m_database.connection(), u"DELETE FROM person WHERE id = ?"_s);
    if (Status status = query.execWith(id); !status)
        return status;
    if (Status status = m_audit.recordDeleted(Entity, id, JsonCodec::toJson(*before)); !status)
        return status;
    return transaction.commit();
}

Result<Person> PersonRepository::get(Id id)
{
    SqlQuery query(m_database.connection(), SelectColumns + u"WHERE id = ?"_s);
    if (Status status = query.execWith(id); !status)
        return status.error();
    if (!query.next())
        return notFound(tr("person"), id);
    return readPerson(query);
}

Result<QList<Person>> PersonRepository::list(std::optional<Id> organizationId)
{
    SqlQuery query(m_database.connection(),
                   SelectColumns
                       + (organizationId ? u"WHERE organization_id = ? ORDER BY name, id"_s
                                         : u"ORDER BY id"_s));
    if (organizationId)
        query.bind(0, *organizationId);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<Person> people;
    while (query.next())
        people.append(readPerson(query));
    return people;
}

Result<QList<Person>> PersonRepository::findByName(const QString &name,
                                                   std::optional<Id> organizationId)
{
    auto all = list(organizationId);
    if (!all)
        return all;
    QList<Person> matches;
    const QString key = Validation::nameKey(name);
    for (const Person &person : *all) {
        if (Validation::nameKey(person.name) == key)
            matches.append(person);
    }
    return matches;
}

Result<int> PersonRepository::count()
{
    SqlQuery query(m_database.connection(), u"SELECT count(*) FROM person"_s);
    auto n = query.scalar();
    if (!n)
        return n.error();
    return n->toInt();
}

} // namespace Coalition
