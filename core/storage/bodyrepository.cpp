// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodyrepository.h"

#include "auditlog.h"
#include "database.h"
#include "domain/jsoncodec.h"
#include "domain/validation.h"
#include "recordstates.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

const QString Entity = u"body"_s;
const QString SelectColumns = u"SELECT id, coalition_id, kind, name, purpose, notes, created_at, "
                              "updated_at FROM body "_s;

Body readBody(const SqlQuery &q)
{
    Body b;
    b.id = q.integer(0);
    b.coalitionId = q.integer(1);
    b.kind = enumFromText<BodyKind>(q.text(2)).value_or(BodyKind::Committee);
    b.name = q.text(3);
    b.purpose = q.text(4);
    b.notes = q.text(5);
    b.createdAt = q.timestamp(6);
    b.updatedAt = q.timestamp(7);
    return b;
}

} // namespace

BodyRepository::BodyRepository(Database &database, AuditLog &audit)
    : RepositoryBase(database, audit)
{ }

Status BodyRepository::checkReferences(const Body &body)
{
    const QSqlDatabase db = m_database.connection();
    SqlQuery coalition(db, u"SELECT name FROM coalition WHERE id = ?"_s);
    if (Status status = coalition.execWith(body.coalitionId); !status)
        return status;
    if (!coalition.next())
        return Error{
            tr("There is no coalition with number %1.").arg(body.coalitionId), {}, u"coalition"_s};
    const QString coalitionName = coalition.text(0);
    coalition.finish();

    SqlQuery same(db,
                  u"SELECT name FROM body WHERE coalition_id = ? AND name_key = ? AND id <> ?"_s);
    if (Status status = same.execWith(body.coalitionId, Validation::nameKey(body.name), body.id);
        !status)
        return status;
    if (same.next())
        return Error{tr("%1 already has a body named “%2”.").arg(coalitionName, same.text(0)),
                     {},
                     u"name"_s};
    same.finish();

    if (body.kind == BodyKind::FullMembership) {
        if (!body.seats.isEmpty())
            return Error{tr("The full membership has no seats of its own: every active voting "
                            "member sits on it."),
                         {},
                         u"seats"_s};
        SqlQuery full(db,
                      u"SELECT name FROM body WHERE coalition_id = ? AND kind = ? AND id <> ?"_s);
        if (Status status
            = full.execWith(body.coalitionId, enumKey(BodyKind::FullMembership), body.id);
            !status)
            return status;
        if (full.next())
            return Error{tr("%1 already has its full membership (“%2”); a coalition has one.")
                             .arg(coalitionName, full.text(0)),
                         {},
                         u"kind"_s};
    }

    SqlQuery member(db,
                    u"SELECT m.coalition_id, o.name FROM membership m "
                    "JOIN organization o ON o.id = m.organization_id WHERE m.id = ?"_s);
    for (const BodySeat &seat : body.seats) {
        if (Status status = member.execWith(seat.membershipId); !status)
            return status;
        if (!member.next())
            return Error{tr("There is no membership with number %1.").arg(seat.membershipId),
                         {},
                         u"seats"_s};
        if (member.integer(0) != body.coalitionId)
            return Error{tr("%1 is not a member of %2, so it cannot sit on one of its bodies.")
                             .arg(member.text(1), coalitionName),
                         {},
                         u"seats"_s};
        member.finish();
    }
    return {};
}

Result<Id> BodyRepository::add(const Body &body)
{
    if (const Problems problems = Validation::check(body); !problems.isEmpty())
        return Validation::toError(problems);
    if (Status status = checkReferences(body); !status)
        return status.error();
    return inTransaction([&] { return insertChecked(body); });
}

Result<Id> BodyRepository::insertChecked(const Body &body, WriteMode mode)
{
    Body b = body;
    b.name = body.name.trimmed();
    if (mode == WriteMode::Edit) {
        b.id = 0;
        b.createdAt = b.updatedAt = now();
    }
    SqlQuery &insert = m_database.cachedStatement(
        u"INSERT INTO body (id, coalition_id, kind, name, name_key, purpose, notes, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    auto id = insert.scalarWith(b.id > 0 ? QVariant(b.id) : QVariant(), b.coalitionId,
                                enumKey(b.kind), b.name, Validation::nameKey(b.name), b.purpose,
                                b.notes, b.createdAt, b.updatedAt);
    if (!id)
        return id.error();
    b.id = id->toLongLong();
    if (Status status = writeSeats(b, false); !status)
        return status.error();
    if (mode == WriteMode::Edit) {
        if (Status status = m_audit.recordCreated(Entity, b.id, JsonCodec::toJson(b)); !status)
            return status.error();
    }
    return b.id;
}

Status BodyRepository::overwrite(const Body &body)
{
    if (body.id <= 0)
        return Error{tr("A record to restore needs its number."), {}, {}};
    SqlQuery &update = m_database.cachedStatement(
        u"UPDATE body SET coalition_id = ?, kind = ?, name = ?, name_key = ?, purpose = ?, "
        "notes = ?, created_at = ?, updated_at = ? WHERE id = ?"_s);
    const Body &b = body;
    if (Status status
        = update.execWith(b.coalitionId, enumKey(b.kind), b.name, Validation::nameKey(b.name),
                          b.purpose, b.notes, b.createdAt, b.updatedAt, b.id);
        !status)
        return status;
    if (update.numRowsAffected() > 0)
        return writeSeats(b, true);
    auto id = insertChecked(b, WriteMode::Restore);
    return id ? Status() : Status(id.error());
}

Status BodyRepository::writeSeats(const Body &b, bool replace)
{
    if (replace) {
        SqlQuery &clear = m_database.cachedStatement(u"DELETE FROM body_seat WHERE body_id = ?"_s);
        if (Status status = clear.execWith(b.id); !status)
            return status;
    }
    SqlQuery &insert = m_database.cachedStatement(
        u"INSERT INTO body_seat (body_id, position, membership_id, role, voting) "
        "VALUES (?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < b.seats.size(); ++i) {
        const BodySeat &seat = b.seats.at(i);
        if (Status status = insert.execWith(b.id, static_cast<qint64>(i), seat.membershipId,
                                            seat.role, seat.voting ? 1 : 0);
            !status)
            return status;
    }
    return {};
}

Status BodyRepository::storeFields(const Body &after, const Body &before)
{
    if (const Problems problems = Validation::check(after); !problems.isEmpty())
        return Validation::toError(problems);
    if (Status status = checkReferences(after); !status)
        return status;
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    SqlQuery query(m_database.connection(),
                   u"UPDATE body SET coalition_id = ?, kind = ?, name = ?, name_key = ?, "
                   "purpose = ?, notes = ?, updated_at = ? WHERE id = ?"_s);
    if (Status status = query.execWith(after.coalitionId, enumKey(after.kind), after.name,
                                       Validation::nameKey(after.name), after.purpose, after.notes,
                                       after.updatedAt, after.id);
        !status)
        return status;
    if (Status status = writeSeats(after, true); !status)
        return status;
    if (Status status = m_audit.recordChanges(Entity, after.id, JsonCodec::toJson(before),
                                              JsonCodec::toJson(after));
        !status)
        return status;
    return transaction.commit();
}

Status BodyRepository::update(const Body &body)
{
    auto before = get(body.id);
    if (!before)
        return before.error();
    Body after = body;
    after.name = body.name.trimmed();
    after.createdAt = before->createdAt;
    after.updatedAt = now();
    return storeFields(after, *before);
}

Status BodyRepository::setSeats(Id bodyId, const QList<BodySeat> &seats)
{
    auto before = get(bodyId);
    if (!before)
        return before.error();
    Body after = *before;
    after.seats = seats;
    after.updatedAt = now();
    return storeFields(after, *before);
}

Status BodyRepository::remove(Id id)
{
    if (auto before = get(id); !before)
        return before.error();
    // Removed as undo would remove it: its procedure, meetings and their decisions go by cascade,
    // and procedures delegating to it are cleared; each of those records is audited too.
    RecordStateStore states(m_database, m_audit);
    return states.apply({RecordState{{RecordKind::Body, id}, std::nullopt}});
}

Result<QList<Body>> BodyRepository::select(const QString &where, const QVariant &value)
{
    SqlQuery query(m_database.connection(), SelectColumns + where + u" ORDER BY id"_s);
    if (value.isValid())
        query.bind(0, value);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<Body> result;
    QHash<Id, qsizetype> index;
    while (query.next()) {
        index.insert(query.integer(0), result.size());
        result.append(readBody(query));
    }
    query.finish();
    if (result.isEmpty())
        return result;
    // where is one of this file's constants, never input.
    SqlQuery seats(m_database.connection(),
                   u"SELECT body_id, membership_id, role, voting FROM body_seat "
                   "WHERE body_id IN (SELECT id FROM body "_s
                       + where + u") ORDER BY body_id, position"_s);
    if (value.isValid())
        seats.bind(0, value);
    if (Status status = seats.exec(); !status)
        return status.error();
    while (seats.next()) {
        if (const auto it = index.constFind(seats.integer(0)); it != index.cend())
            result[*it].seats.append({seats.integer(1), seats.text(2), seats.integer(3) != 0});
    }
    return result;
}

Result<Body> BodyRepository::get(Id id)
{
    auto found = select(u"WHERE id = ?"_s, id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(tr("body"), id);
    return found->first();
}

Result<std::optional<Body>> BodyRepository::findByName(Id coalitionId, const QString &name)
{
    SqlQuery query(m_database.connection(),
                   u"SELECT id FROM body WHERE coalition_id = ? AND name_key = ?"_s);
    if (Status status = query.execWith(coalitionId, Validation::nameKey(name)); !status)
        return status.error();
    if (!query.next())
        return std::optional<Body>();
    const Id id = query.integer(0);
    query.finish();
    auto body = get(id);
    if (!body)
        return body.error();
    return std::optional<Body>(*body);
}

Result<std::optional<Body>> BodyRepository::fullMembership(Id coalitionId)
{
    SqlQuery query(m_database.connection(),
                   u"SELECT id FROM body WHERE coalition_id = ? AND kind = ? ORDER BY id"_s);
    if (Status status = query.execWith(coalitionId, enumKey(BodyKind::FullMembership)); !status)
        return status.error();
    if (!query.next())
        return std::optional<Body>();
    const Id id = query.integer(0);
    query.finish();
    auto body = get(id);
    if (!body)
        return body.error();
    return std::optional<Body>(*body);
}

Result<QList<Body>> BodyRepository::listForCoalition(Id coalitionId)
{
    return select(u"WHERE coalition_id = ?"_s, coalitionId);
}

Result<QList<Body>> BodyRepository::list()
{
    return select({}, {});
}

} // namespace Coalition
