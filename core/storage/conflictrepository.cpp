// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictrepository.h"

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

const QString Entity = u"conflict"_s;
const QString SelectColumns = u"SELECT id, coalition_id, subject, raised_on, status, step, "
                              "resolution, resolved_on, confidential, notes, created_at, "
                              "updated_at FROM conflict "_s;

Conflict readConflict(const SqlQuery &q)
{
    Conflict c;
    c.id = q.integer(0);
    c.coalitionId = q.integer(1);
    c.subject = q.text(2);
    c.raisedOn = q.date(3);
    c.status = enumFromText<ConflictStatus>(q.text(4)).value_or(ConflictStatus::Open);
    c.step = enumFromText<EscalationStep>(q.text(5)).value_or(EscalationStep::Discussion);
    c.resolution = q.text(6);
    c.resolvedOn = q.date(7);
    c.confidential = q.integer(8) != 0;
    c.notes = q.text(9);
    c.createdAt = q.timestamp(10);
    c.updatedAt = q.timestamp(11);
    return c;
}

// Parties are kept in membership id order, the order they are read back in.
Conflict normalized(const Conflict &conflict)
{
    Conflict c = conflict;
    std::sort(c.parties.begin(), c.parties.end());
    return c;
}

} // namespace

ConflictRepository::ConflictRepository(Database &database, AuditLog &audit)
    : RepositoryBase(database, audit)
{ }

Status ConflictRepository::checkReferences(const Conflict &conflict)
{
    const QSqlDatabase db = m_database.connection();
    SqlQuery coalition(db, u"SELECT name FROM coalition WHERE id = ?"_s);
    if (Status status = coalition.execWith(conflict.coalitionId); !status)
        return status;
    if (!coalition.next())
        return Error{tr("There is no coalition with number %1.").arg(conflict.coalitionId),
                     {},
                     u"coalition"_s};
    const QString coalitionName = coalition.text(0);
    coalition.finish();

    SqlQuery member(db,
                    u"SELECT m.coalition_id, o.name FROM membership m "
                    "JOIN organization o ON o.id = m.organization_id WHERE m.id = ?"_s);
    for (const Id membershipId : conflict.parties) {
        if (Status status = member.execWith(membershipId); !status)
            return status;
        if (!member.next())
            return Error{
                tr("There is no membership with number %1.").arg(membershipId), {}, u"parties"_s};
        if (member.integer(0) != conflict.coalitionId)
            return Error{tr("%1 is not a member of %2, so it cannot be a party to one of its "
                            "conflicts.")
                             .arg(member.text(1), coalitionName),
                         {},
                         u"parties"_s};
        member.finish();
    }
    return {};
}

Result<Id> ConflictRepository::add(const Conflict &conflict)
{
    Conflict c = normalized(conflict);
    if (const Problems problems = Validation::check(c); !problems.isEmpty())
        return Validation::toError(problems);
    if (Status status = checkReferences(c); !status)
        return status.error();
    return inTransaction([&] { return insertChecked(c); });
}

Result<Id> ConflictRepository::insertChecked(const Conflict &conflict, WriteMode mode)
{
    Conflict c = normalized(conflict);
    if (mode == WriteMode::Edit) {
        c.id = 0;
        c.createdAt = c.updatedAt = now();
    }
    SqlQuery &insert = m_database.cachedStatement(
        u"INSERT INTO conflict (id, coalition_id, subject, raised_on, status, step, resolution, "
        "resolved_on, confidential, notes, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    auto id = insert.scalarWith(c.id > 0 ? QVariant(c.id) : QVariant(), c.coalitionId, c.subject,
                                c.raisedOn, enumKey(c.status), enumKey(c.step), c.resolution,
                                c.resolvedOn, c.confidential ? 1 : 0, c.notes, c.createdAt,
                                c.updatedAt);
    if (!id)
        return id.error();
    c.id = id->toLongLong();
    if (Status status = writeParties(c, false); !status)
        return status.error();
    if (mode == WriteMode::Edit) {
        if (Status status = m_audit.recordCreated(Entity, c.id, JsonCodec::toJson(c)); !status)
            return status.error();
    }
    return c.id;
}

Status ConflictRepository::overwrite(const Conflict &conflict)
{
    if (conflict.id <= 0)
        return Error{tr("A record to restore needs its number."), {}, {}};
    const Conflict c = normalized(conflict);
    SqlQuery &update = m_database.cachedStatement(
        u"UPDATE conflict SET coalition_id = ?, subject = ?, raised_on = ?, status = ?, step = ?, "
        "resolution = ?, resolved_on = ?, confidential = ?, notes = ?, created_at = ?, "
        "updated_at = ? WHERE id = ?"_s);
    if (Status status = update.execWith(
            c.coalitionId, c.subject, c.raisedOn, enumKey(c.status), enumKey(c.step), c.resolution,
            c.resolvedOn, c.confidential ? 1 : 0, c.notes, c.createdAt, c.updatedAt, c.id);
        !status)
        return status;
    if (update.numRowsAffected() > 0)
        return writeParties(c, true);
    auto id = insertChecked(c, WriteMode::Restore);
    return id ? Status() : Status(id.error());
}

Status ConflictRepository::writeParties(const Conflict &c, bool replace)
{
    if (replace) {
        SqlQuery &clear
            = m_database.cachedStatement(u"DELETE FROM conflict_party WHERE conflict_id = ?"_s);
        if (Status status = clear.execWith(c.id); !status)
            return status;
    }
    SqlQuery &party = m_database.cachedStatement(
        u"INSERT INTO conflict_party (conflict_id, membership_id) VALUES (?, ?)"_s);
    for (const Id membershipId : c.parties) {
        if (Status status = party.execWith(c.id, membershipId); !status)
            return status;
    }
    return {};
}

Status ConflictRepository::storeFields(const Conflict &after, const Conflict &before)
{
    if (const Problems problems = Validation::check(after); !problems.isEmpty())
        return Validation::toError(problems);
    if (Status status = checkReferences(after); !status)
        return status;
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    SqlQuery query(m_database.connection(),
                   u"UPDATE conflict SET coalition_id = ?, subject = ?, raised_on = ?, "
                   "status = ?, step = ?, resolution = ?, resolved_on = ?, confidential = ?, "
                   "notes = ?, updated_at = ? WHERE id = ?"_s);
    if (Status status
        = query.execWith(after.coalitionId, after.subject, after.raisedOn, enumKey(after.status),
                         enumKey(after.step), after.resolution, after.resolvedOn,
                         after.confidential ? 1 : 0, after.notes, after.updatedAt, after.id);
        !status)
        return status;
    if (Status status = writeParties(after, true); !status)
        return status;
    if (Status status = m_audit.recordChanges(Entity, after.id, JsonCodec::toJson(before),
                                              JsonCodec::toJson(after));
        !status)
        return status;
    return transaction.commit();
}

Status ConflictRepository::update(const Conflict &conflict)
{
    auto before = get(conflict.id);
    if (!before)
        return before.error();
    Conflict after = normalized(conflict);
    after.createdAt = before->createdAt;
    after.updatedAt = now();
    return storeFields(after, *before);
}

Result<EscalationStep> ConflictRepository::escalate(Id id, std::optional<QDate> on)
{
    auto before = get(id);
    if (!before)
        return before.error();
    if (before->status != ConflictStatus::Open)
        return Error{tr("The conflict “%1” has the status “%2”, so there is nothing to escalate: "
                        "reopen it first if it has flared up again.")
                         .arg(before->subject, enumLabel(before->status)),
                     {},
                     u"status"_s};
    EscalationStep next = EscalationStep::Mediator;
    switch (before->step) {
    case EscalationStep::Discussion:
        next = EscalationStep::Mediator;
        break;
    case EscalationStep::Mediator:
        next = EscalationStep::Arbitrator;
        break;
    case EscalationStep::Arbitrator:
        next = EscalationStep::Panel;
        break;
    case EscalationStep::Panel:
        return Error{tr("The conflict “%1” is already before the panel, the last step of the "
                        "ladder: it cannot be escalated further.")
                         .arg(before->subject),
                     {},
                     u"step"_s};
    }
    Conflict after = *before;
    after.step = next;
    after.updatedAt = now();
    if (on && on->isValid()) {
        // The schema keeps no date per step; the notes carry it for the record.
        const QString line = tr("Escalated to the step “%1” on %2.")
                                 .arg(enumLabel(next), on->toString(Qt::ISODate));
        after.notes = after.notes.isEmpty() ? line : after.notes + u'\n' + line;
    }
    if (Status status = storeFields(after, *before); !status)
        return status.error();
    return next;
}

Status ConflictRepository::remove(Id id)
{
    // Nothing refers to a conflict; its parties go with it by cascade.
    auto before = get(id);
    if (!before)
        return before.error();
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    SqlQuery query(m_database.connection(), u"DELETE FROM conflict WHERE id = ?"_s);
    if (Status status = query.execWith(id); !status)
        return status;
    if (Status status = m_audit.recordDeleted(Entity, id, JsonCodec::toJson(*before)); !status)
        return status;
    return transaction.commit();
}

Result<QList<Conflict>> ConflictRepository::select(const QString &where, const QVariant &value,
                                                   const QString &order)
{
    auto found = selectIndexed<Conflict>(SelectColumns + where + order, value, readConflict);
    if (!found)
        return found.error();
    Indexed<Conflict> records = std::move(found).value();
    if (records.records.isEmpty())
        return records.records;
    // where is one of this file's constants, never input.
    const Status status = attachChildren(
        u"SELECT conflict_id, membership_id FROM conflict_party WHERE conflict_id IN "
        "(SELECT id FROM conflict "_s
            + where + u") ORDER BY conflict_id, membership_id"_s,
        value, records,
        [](Conflict &record, const SqlQuery &row) { record.parties.append(row.integer(1)); });
    if (!status)
        return status.error();
    return std::move(records.records);
}

Result<Conflict> ConflictRepository::get(Id id)
{
    auto found = select(u"WHERE id = ?"_s, id, {});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(tr("conflict"), id);
    return found->first();
}

Result<QList<Conflict>> ConflictRepository::listForCoalition(Id coalitionId)
{
    return select(u"WHERE coalition_id = ?"_s, coalitionId,
                  u" ORDER BY raised_on IS NULL, raised_on, id"_s);
}

Result<QList<Conflict>> ConflictRepository::list()
{
    return select({}, {}, u" ORDER BY id"_s);
}

} // namespace Coalition
