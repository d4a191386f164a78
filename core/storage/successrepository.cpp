// SPDX-License-Identifier: GPL-3.0-or-later
#include "successrepository.h"

#include "auditlog.h"
#include "database.h"
#include "domain/jsoncodec.h"
#include "domain/validation.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

const QString Entity = u"success"_s;
const QString SelectColumns
    = u"SELECT id, coalition_id, title, text, achieved_on, group_id, "
      "goal_id, confidential, notes, created_at, updated_at FROM success "_s;

Success readSuccess(const SqlQuery &q)
{
    Success s;
    s.id = q.integer(0);
    s.coalitionId = q.integer(1);
    s.title = q.text(2);
    s.text = q.text(3);
    s.achievedOn = q.date(4);
    s.groupId = q.optionalId(5);
    s.goalId = q.optionalId(6);
    s.confidential = q.integer(7) != 0;
    s.notes = q.text(8);
    s.createdAt = q.timestamp(9);
    s.updatedAt = q.timestamp(10);
    return s;
}

// Credits are kept in membership id order, the order they are read back in.
Success normalized(const Success &success)
{
    Success s = success;
    std::sort(s.credited.begin(), s.credited.end());
    return s;
}

} // namespace

SuccessRepository::SuccessRepository(Database &database, AuditLog &audit)
    : RepositoryBase(database, audit)
{ }

Status SuccessRepository::checkReferences(const Success &success)
{
    const QSqlDatabase db = m_database.connection();
    SqlQuery coalition(db, u"SELECT name FROM coalition WHERE id = ?"_s);
    if (Status status = coalition.execWith(success.coalitionId); !status)
        return status;
    if (!coalition.next())
        return Error{tr("There is no coalition with number %1.").arg(success.coalitionId),
                     {},
                     u"coalition"_s};
    const QString coalitionName = coalition.text(0);
    coalition.finish();

    SqlQuery member(db,
                    u"SELECT m.coalition_id, o.name FROM membership m "
                    "JOIN organization o ON o.id = m.organization_id WHERE m.id = ?"_s);
    for (const Id membershipId : success.credited) {
        if (Status status = member.execWith(membershipId); !status)
            return status;
        if (!member.next())
            return Error{
                tr("There is no membership with number %1.").arg(membershipId), {}, u"credited"_s};
        if (member.integer(0) != success.coalitionId)
            return Error{tr("%1 is not a member of %2, so it cannot be credited with one of its "
                            "successes.")
                             .arg(member.text(1), coalitionName),
                         {},
                         u"credited"_s};
        member.finish();
    }

    if (success.groupId) {
        SqlQuery group(db, u"SELECT name, coalition_id FROM action_group WHERE id = ?"_s);
        if (Status status = group.execWith(*success.groupId); !status)
            return status;
        if (!group.next())
            return Error{tr("There is no action group with number %1.").arg(*success.groupId),
                         {},
                         u"group"_s};
        if (group.integer(1) != success.coalitionId)
            return Error{tr("The action group “%1” works for another coalition, not %2.")
                             .arg(group.text(0), coalitionName),
                         {},
                         u"group"_s};
    }

    if (success.goalId) {
        SqlQuery goal(db, u"SELECT title, coalition_id FROM goal WHERE id = ?"_s);
        if (Status status = goal.execWith(*success.goalId); !status)
            return status;
        if (!goal.next())
            return Error{
                tr("There is no goal with number %1.").arg(*success.goalId), {}, u"goal"_s};
        if (goal.integer(1) != success.coalitionId)
            return Error{tr("The goal “%1” is another coalition's, not one of %2's.")
                             .arg(goal.text(0), coalitionName),
                         {},
                         u"goal"_s};
    }
    return {};
}

Result<Id> SuccessRepository::add(const Success &success)
{
    Success s = normalized(success);
    s.id = 0;
    if (const Problems problems = Validation::check(s); !problems.isEmpty())
        return Validation::toError(problems);
    if (Status status = checkReferences(s); !status)
        return status.error();
    return inTransaction([&] { return insertChecked(s); });
}

Result<Id> SuccessRepository::insertChecked(const Success &success, WriteMode mode)
{
    Success s = normalized(success);
    if (mode == WriteMode::Edit) {
        s.id = 0;
        s.createdAt = s.updatedAt = now();
    }
    SqlQuery &insert = m_database.cachedStatement(
        u"INSERT INTO success (id, coalition_id, title, text, achieved_on, group_id, goal_id, "
        "confidential, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "RETURNING id"_s);
    auto id = insert.scalarWith(s.id > 0 ? QVariant(s.id) : QVariant(), s.coalitionId, s.title,
                                s.text, s.achievedOn, s.groupId, s.goalId, s.confidential ? 1 : 0,
                                s.notes, s.createdAt, s.updatedAt);
    if (!id)
        return id.error();
    s.id = id->toLongLong();
    if (Status status = writeCredits(s, false); !status)
        return status.error();
    if (mode == WriteMode::Edit) {
        if (Status status = m_audit.recordCreated(Entity, s.id, JsonCodec::toJson(s)); !status)
            return status.error();
    }
    return s.id;
}

Status SuccessRepository::overwrite(const Success &success)
{
    if (success.id <= 0)
        return Error{tr("A record to restore needs its number."), {}, {}};
    const Success s = normalized(success);
    SqlQuery &update = m_database.cachedStatement(
        u"UPDATE success SET coalition_id = ?, title = ?, text = ?, achieved_on = ?, "
        "group_id = ?, goal_id = ?, confidential = ?, notes = ?, created_at = ?, updated_at = ? "
        "WHERE id = ?"_s);
    if (Status status
        = update.execWith(s.coalitionId, s.title, s.text, s.achievedOn, s.groupId, s.goalId,
                          s.confidential ? 1 : 0, s.notes, s.createdAt, s.updatedAt, s.id);
        !status)
        return status;
    if (update.numRowsAffected() > 0)
        return writeCredits(s, true);
    auto id = insertChecked(s, WriteMode::Restore);
    return id ? Status() : Status(id.error());
}

Status SuccessRepository::writeCredits(const Success &s, bool replace)
{
    if (replace) {
        SqlQuery &clear
            = m_database.cachedStatement(u"DELETE FROM success_credit WHERE success_id = ?"_s);
        if (Status status = clear.execWith(s.id); !status)
            return status;
    }
    SqlQuery &credit = m_database.cachedStatement(
        u"INSERT INTO success_credit (success_id, membership_id) VALUES (?, ?)"_s);
    for (const Id membershipId : s.credited) {
        if (Status status = credit.execWith(s.id, membershipId); !status)
            return status;
    }
    return {};
}

Status SuccessRepository::update(const Success &success)
{
    auto before = get(success.id);
    if (!before)
        return before.error();
    Success after = normalized(success);
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
                   u"UPDATE success SET coalition_id = ?, title = ?, text = ?, achieved_on = ?, "
                   "group_id = ?, goal_id = ?, confidential = ?, notes = ?, updated_at = ? "
                   "WHERE id = ?"_s);
    if (Status status = query.execWith(after.coalitionId, after.title, after.text, after.achievedOn,
                                       after.groupId, after.goalId, after.confidential ? 1 : 0,
                                       after.notes, after.updatedAt, after.id);
        !status)
        return status;
    if (Status status = writeCredits(after, true); !status)
        return status;
    if (Status status = m_audit.recordChanges(Entity, after.id, JsonCodec::toJson(*before),
                                              JsonCodec::toJson(after));
        !status)
        return status;
    return transaction.commit();
}

Status SuccessRepository::remove(Id id)
{
    // Nothing refers to a success; its credits go with it by cascade.
    auto before = get(id);
    if (!before)
        return before.error();
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    SqlQuery query(m_database.connection(), u"DELETE FROM success WHERE id = ?"_s);
    if (Status status = query.execWith(id); !status)
        return status;
    if (Status status = m_audit.recordDeleted(Entity, id, JsonCodec::toJson(*before)); !status)
        return status;
    return transaction.commit();
}

Result<QList<Success>> SuccessRepository::select(const QString &where, const QVariant &value,
                                                 const QString &order)
{
    auto found = selectIndexed<Success>(SelectColumns + where + order, value, readSuccess);
    if (!found)
        return found.error();
    Indexed<Success> records = std::move(found).value();
    if (records.records.isEmpty())
        return records.records;
    // where is one of this file's constants, never input.
    const Status status = attachChildren(
        u"SELECT success_id, membership_id FROM success_credit WHERE success_id IN "
        "(SELECT id FROM success "_s
            + where + u") ORDER BY success_id, membership_id"_s,
        value, records,
        [](Success &record, const SqlQuery &row) { record.credited.append(row.integer(1)); });
    if (!status)
        return status.error();
    return std::move(records.records);
}

Result<Success> SuccessRepository::get(Id id)
{
    auto found = select(u"WHERE id = ?"_s, id, {});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(tr("success"), id);
    return found->first();
}

Result<QList<Success>> SuccessRepository::listForCoalition(Id coalitionId)
{
    return select(u"WHERE coalition_id = ?"_s, coalitionId,
                  u" ORDER BY achieved_on IS NULL, achieved_on, id"_s);
}

Result<QList<Success>> SuccessRepository::list()
{
    return select({}, {}, u" ORDER BY id"_s);
}

} // namespace Coalition
