// SPDX-License-Identifier: GPL-3.0-or-later
#include "actiongrouprepository.h"

#include "actionreferences.h"
#include "auditlog.h"
#include "database.h"
#include "domain/jsoncodec.h"
#include "domain/validation.h"
#include "recordstates.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QHash>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

const QString Entity = u"action_group"_s;
const QString SelectColumns = u"SELECT id, coalition_id, name, purpose, convener_id, body_id, "
                              "cadence, started_on, confidential, notes, created_at, updated_at "
                              "FROM action_group "_s;

ActionGroup readGroup(const SqlQuery &q)
{
    ActionGroup g;
    g.id = q.integer(0);
    g.coalitionId = q.integer(1);
    g.name = q.text(2);
    g.purpose = q.text(3);
    g.convenerId = q.optionalId(4);
    g.bodyId = q.optionalId(5);
    g.cadence = enumFromText<ReportingCadence>(q.text(6)).value_or(ReportingCadence::Monthly);
    g.startedOn = q.date(7);
    g.confidential = q.integer(8) != 0;
    g.notes = q.text(9);
    g.createdAt = q.timestamp(10);
    g.updatedAt = q.timestamp(11);
    return g;
}

// The child tables, the column naming the other record, and the list it fills.
struct ChildTable
{
    QString table;
    QString column;
    QList<Id> ActionGroup::*list;
};

const std::array<ChildTable, 3> &childTables()
{
    static const std::array<ChildTable, 3> tables{{
        {u"action_group_member"_s, u"membership_id"_s, &ActionGroup::memberships},
        {u"action_group_person"_s, u"person_id"_s, &ActionGroup::people},
        {u"action_group_goal"_s, u"goal_id"_s, &ActionGroup::goals},
    }};
    return tables;
}

// The member, people and goal lists are kept in number order, as they read back.
ActionGroup normalized(const ActionGroup &group)
{
    ActionGroup g = group;
    g.name = group.name.trimmed();
    std::sort(g.memberships.begin(), g.memberships.end());
    std::sort(g.people.begin(), g.people.end());
    std::sort(g.goals.begin(), g.goals.end());
    return g;
}

} // namespace

ActionGroupRepository::ActionGroupRepository(Database &database, AuditLog &audit)
    : RepositoryBase(database, audit)
{ }

Status ActionGroupRepository::checkReferences(const ActionGroup &group)
{
    const QSqlDatabase db = m_database.connection();
    auto coalitionName = ActionReferences::coalitionName(db, group.coalitionId, u"coalition"_s);
    if (!coalitionName)
        return coalitionName.error();

    SqlQuery same(
        db, u"SELECT name FROM action_group WHERE coalition_id = ? AND name_key = ? AND id <> ?"_s);
    if (Status status = same.execWith(group.coalitionId, Validation::nameKey(group.name), group.id);
        !status)
        return status;
    if (same.next())
        return Error{
            tr("%1 already has an action group named “%2”.").arg(*coalitionName, same.text(0)),
            {},
            u"name"_s};
    same.finish();

    for (const Id membershipId : group.memberships) {
        if (Status status = ActionReferences::membershipOf(db, membershipId, group.coalitionId,
                                                           *coalitionName, u"members"_s);
            !status)
            return status;
    }

    SqlQuery person(db, u"SELECT name FROM person WHERE id = ?"_s);
    for (const Id personId : group.people) {
        if (Status status = person.execWith(personId); !status)
            return status;
        if (!person.next())
            return Error{tr("There is no person with number %1.").arg(personId), {}, u"people"_s};
        person.finish();
    }

    if (group.convenerId) {
        SqlQuery convener(db,
                          u"SELECT p.name, (SELECT count(*) FROM membership m "
                          "WHERE m.organization_id = p.organization_id AND m.coalition_id = ?) "
                          "FROM person p WHERE p.id = ?"_s);
        if (Status status = convener.execWith(group.coalitionId, *group.convenerId); !status)
            return status;
        if (!convener.next())
            return Error{
                tr("There is no person with number %1.").arg(*group.convenerId), {}, u"convener"_s};
        if (convener.integer(1) == 0)
            return Error{tr("%1 cannot convene the group: they are not one of the people of a "
                            "member organization of %2.")
                             .arg(convener.text(0), *coalitionName),
                         {},
                         u"convener"_s};
    }

    SqlQuery goal(db, u"SELECT title, coalition_id FROM goal WHERE id = ?"_s);
    for (const Id goalId : group.goals) {
        if (Status status = goal.execWith(goalId); !status)
            return status;
        if (!goal.next())
            return Error{tr("There is no goal with number %1.").arg(goalId), {}, u"goals"_s};
        if (goal.integer(1) != group.coalitionId)
            return Error{tr("The goal “%1” belongs to another coalition; a group of %2 serves its "
                            "own goals.")
                             .arg(goal.text(0), *coalitionName),
                         {},
                         u"goals"_s};
        goal.finish();
    }

    if (group.bodyId) {
        SqlQuery body(db, u"SELECT name, coalition_id FROM body WHERE id = ?"_s);
        if (Status status = body.execWith(*group.bodyId); !status)
            return status;
        if (!body.next())
            return Error{tr("There is no body with number %1.").arg(*group.bodyId), {}, u"body"_s};
        if (body.integer(1) != group.coalitionId)
            return Error{tr("The body “%1” belongs to another coalition, not to %2.")
                             .arg(body.text(0), *coalitionName),
                         {},
                         u"body"_s};
    }
    return {};
}

Result<Id> ActionGroupRepository::add(const ActionGroup &group)
{
    if (const Problems problems = Validation::check(group); !problems.isEmpty())
        return Validation::toError(problems);
    if (Status status = checkReferences(group); !status)
        return status.error();
    return inTransaction([&] { return insertChecked(group); });
}

Result<Id> ActionGroupRepository::insertChecked(const ActionGroup &group, WriteMode mode)
{
    ActionGroup g = mode == WriteMode::Edit ? normalized(group) : group;
    if (mode == WriteMode::Edit) {
        g.id = 0;
        g.createdAt = g.updatedAt = now();
    }
    SqlQuery &insert = m_database.cachedStatement(
        u"INSERT INTO action_group (id, coalition_id, name, name_key, purpose, convener_id, "
        "body_id, cadence, started_on, confidential, notes, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    auto id = insert.scalarWith(g.id > 0 ? QVariant(g.id) : QVariant(), g.coalitionId, g.name,
                                Validation::nameKey(g.name), g.purpose, g.convenerId, g.bodyId,
                                enumKey(g.cadence), g.startedOn, g.confidential ? 1 : 0, g.notes,
                                g.createdAt, g.updatedAt);
    if (!id)
        return id.error();
    g.id = id->toLongLong();
    if (Status status = writeChildren(g, false); !status)
        return status.error();
    if (mode == WriteMode::Edit) {
        if (Status status = m_audit.recordCreated(Entity, g.id, JsonCodec::toJson(g)); !status)
            return status.error();
    }
    return g.id;
}

Status ActionGroupRepository::overwrite(const ActionGroup &group)
{
    if (group.id <= 0)
        return Error{tr("A record to restore needs its number."), {}, {}};
    const ActionGroup &g = group;
    SqlQuery &update = m_database.cachedStatement(
        u"UPDATE action_group SET coalition_id = ?, name = ?, name_key = ?, purpose = ?, "
        "convener_id = ?, body_id = ?, cadence = ?, started_on = ?, confidential = ?, notes = ?, "
        "created_at = ?, updated_at = ? WHERE id = ?"_s);
    if (Status status
        = update.execWith(g.coalitionId, g.name, Validation::nameKey(g.name), g.purpose,
                          g.convenerId, g.bodyId, enumKey(g.cadence), g.startedOn,
                          g.confidential ? 1 : 0, g.notes, g.createdAt, g.updatedAt, g.id);
        !status)
        return status;
    if (update.numRowsAffected() > 0)
        return writeChildren(g, true);
    auto id = insertChecked(g, WriteMode::Restore);
    return id ? Status() : Status(id.error());
}

Status ActionGroupRepository::writeChildren(const ActionGroup &g, bool replace)
{
    // The table and column names are this file's constants, never input.
    for (const ChildTable &child : childTables()) {
        if (replace) {
            SqlQuery &clear = m_database.cachedStatement(u"DELETE FROM "_s + child.table
                                                         + u" WHERE group_id = ?"_s);
            if (Status status = clear.execWith(g.id); !status)
                return status;
        }
        SqlQuery &insert
            = m_database.cachedStatement(u"INSERT INTO "_s + child.table + u" (group_id, "_s
                                         + child.column + u") VALUES (?, ?)"_s);
        for (const Id other : g.*child.list) {
            if (Status status = insert.execWith(g.id, other); !status)
                return status;
        }
    }
    return {};
}

Status ActionGroupRepository::update(const ActionGroup &group)
{
    auto before = get(group.id);
    if (!before)
        return before.error();
    ActionGroup after = normalized(group);
    after.createdAt = before->createdAt;
    after.updatedAt = now();
    if (const Problems problems = Validation::check(after); !problems.isEmpty())
        return Validation::toError(problems);
    if (Status status = checkReferences(after); !status)
        return status;
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    SqlQuery query(m_database.connection(),
                   u"UPDATE action_group SET coalition_id = ?, name = ?, name_key = ?, "
                   "purpose = ?, convener_id = ?, body_id = ?, cadence = ?, started_on = ?, "
                   "confidential = ?, notes = ?, updated_at = ? WHERE id = ?"_s);
    if (Status status = query.execWith(
            after.coalitionId, after.name, Validation::nameKey(after.name), after.purpose,
            after.convenerId, after.bodyId, enumKey(after.cadence), after.startedOn,
            after.confidential ? 1 : 0, after.notes, after.updatedAt, after.id);
        !status)
        return status;
    if (Status status = writeChildren(after, true); !status)
        return status;
    if (Status status = m_audit.recordChanges(Entity, after.id, JsonCodec::toJson(*before),
                                              JsonCodec::toJson(after));
        !status)
        return status;
    return transaction.commit();
}

Status ActionGroupRepository::remove(Id id)
{
    if (auto before = get(id); !before)
        return before.error();
    // Removed as undo would remove it: plans, their tasks and the progress
    // reports go by cascade, successes and evaluations lose it; all audited.
    RecordStateStore states(m_database, m_audit);
    return states.apply({RecordState{{RecordKind::ActionGroup, id}, std::nullopt}});
}

Result<QList<ActionGroup>> ActionGroupRepository::select(const QString &where,
                                                         const QVariant &value)
{
    SqlQuery query(m_database.connection(), SelectColumns + where + u" ORDER BY id"_s);
    if (value.isValid())
        query.bind(0, value);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<ActionGroup> result;
    QHash<Id, qsizetype> index;
    while (query.next()) {
        index.insert(query.integer(0), result.size());
        result.append(readGroup(query));
    }
    query.finish();
    if (result.isEmpty())
        return result;
    // where and the table names are this file's constants, never input.
    for (const ChildTable &child : childTables()) {
        SqlQuery rows(m_database.connection(),
                      u"SELECT group_id, "_s + child.column + u" FROM "_s + child.table
                          + u" WHERE group_id IN (SELECT id FROM action_group "_s + where
                          + u") ORDER BY group_id, "_s + child.column);
        if (value.isValid())
            rows.bind(0, value);
        if (Status status = rows.exec(); !status)
            return status.error();
        while (rows.next()) {
            if (const auto it = index.constFind(rows.integer(0)); it != index.cend())
                (result[*it].*child.list).append(rows.integer(1));
        }
    }
    return result;
}

Result<ActionGroup> ActionGroupRepository::get(Id id)
{
    auto found = select(u"WHERE id = ?"_s, id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(tr("action group"), id);
    return found->first();
}

Result<std::optional<ActionGroup>> ActionGroupRepository::findByName(Id coalitionId,
                                                                     const QString &name)
{
    SqlQuery query(m_database.connection(),
                   u"SELECT id FROM action_group WHERE coalition_id = ? AND name_key = ?"_s);
    if (Status status = query.execWith(coalitionId, Validation::nameKey(name)); !status)
        return status.error();
    if (!query.next())
        return std::optional<ActionGroup>();
    const Id id = query.integer(0);
    query.finish();
    auto group = get(id);
    if (!group)
        return group.error();
    return std::optional<ActionGroup>(*group);
}

Result<QList<ActionGroup>> ActionGroupRepository::listForCoalition(Id coalitionId)
{
    return select(u"WHERE coalition_id = ?"_s, coalitionId);
}

Result<QList<ActionGroup>> ActionGroupRepository::list()
{
    return select({}, {});
}

} // namespace Coalition
