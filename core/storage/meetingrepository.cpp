// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingrepository.h"

#include "auditlog.h"
#include "database.h"
#include "decisionrepository.h"
#include "domain/jsoncodec.h"
#include "domain/validation.h"
#include "recordstates.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

const QString Entity = u"meeting"_s;
const QString LocalTimeFormat = u"yyyy-MM-dd'T'HH:mm"_s;
const QString SelectColumns = u"SELECT id, body_id, starts_at, scheduled_on, location, minutes, "
                              "notes, created_at, updated_at FROM meeting "_s;

// The start is wall-clock time to the minute, stored as text without a zone.
QString startText(const QDateTime &startsAt)
{
    return startsAt.isValid() ? startsAt.toString(LocalTimeFormat) : QString();
}

QDateTime toMinute(const QDateTime &startsAt)
{
    if (!startsAt.isValid())
        return startsAt;
    return QDateTime(startsAt.date(), QTime(startsAt.time().hour(), startsAt.time().minute()));
}

Meeting readMeeting(const SqlQuery &q)
{
    Meeting m;
    m.id = q.integer(0);
    m.bodyId = q.integer(1);
    m.startsAt = QDateTime::fromString(q.text(2), LocalTimeFormat);
    m.scheduledOn = q.date(3);
    m.location = q.text(4);
    m.minutes = q.text(5);
    m.notes = q.text(6);
    m.createdAt = q.timestamp(7);
    m.updatedAt = q.timestamp(8);
    return m;
}

} // namespace

MeetingRepository::MeetingRepository(Database &database, AuditLog &audit)
    : RepositoryBase(database, audit)
{ }

Status MeetingRepository::checkReferences(const Meeting &meeting)
{
    const QSqlDatabase db = m_database.connection();
    SqlQuery body(db,
                  u"SELECT b.coalition_id, c.name FROM body b "
                  "JOIN coalition c ON c.id = b.coalition_id WHERE b.id = ?"_s);
    if (Status status = body.execWith(meeting.bodyId); !status)
        return status;
    if (!body.next())
        return Error{tr("There is no body with number %1.").arg(meeting.bodyId), {}, u"body"_s};
    const Id coalitionId = body.integer(0);
    const QString coalitionName = body.text(1);
    body.finish();

    SqlQuery member(db,
                    u"SELECT m.coalition_id, m.organization_id, o.name FROM membership m "
                    "JOIN organization o ON o.id = m.organization_id WHERE m.id = ?"_s);
    SqlQuery person(db, u"SELECT name, organization_id FROM person WHERE id = ?"_s);
    for (const Attendance &a : meeting.attendance) {
        if (Status status = member.execWith(a.membershipId); !status)
            return status;
        if (!member.next())
            return Error{tr("There is no membership with number %1.").arg(a.membershipId),
                         {},
                         u"attendance"_s};
        if (member.integer(0) != coalitionId)
            return Error{tr("%1 is not a member of %2, so it cannot attend a meeting of its "
                            "bodies as a member.")
                             .arg(member.text(2), coalitionName),
                         {},
                         u"attendance"_s};
        const Id organizationId = member.integer(1);
        const QString organizationName = member.text(2);
        member.finish();
        if (!a.personId)
            continue;
        if (Status status = person.execWith(*a.personId); !status)
            return status;
        if (!person.next())
            return Error{
                tr("There is no person with number %1.").arg(*a.personId), {}, u"attendance"_s};
        if (person.optionalId(1) != organizationId)
            return Error{tr("%1 cannot attend for %2: they are not one of its people.")
                             .arg(person.text(0), organizationName),
                         {},
                         u"attendance"_s};
        person.finish();
    }
    return {};
}

Result<Id> MeetingRepository::add(const Meeting &meeting)
{
    Meeting m = meeting;
    m.startsAt = toMinute(meeting.startsAt);
    if (const Problems problems = Validation::check(m); !problems.isEmpty())
        return Validation::toError(problems);
    if (Status status = checkReferences(m); !status)
        return status.error();
    return inTransaction([&] { return insertChecked(m); });
}

Result<Id> MeetingRepository::insertChecked(const Meeting &meeting, WriteMode mode)
{
    Meeting m = meeting;
    if (mode == WriteMode::Edit) {
        m.id = 0;
        m.startsAt = toMinute(meeting.startsAt);
        m.createdAt = m.updatedAt = now();
    }
    SqlQuery &insert = m_database.cachedStatement(
        u"INSERT INTO meeting (id, body_id, starts_at, scheduled_on, location, minutes, notes, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    auto id = insert.scalarWith(m.id > 0 ? QVariant(m.id) : QVariant(), m.bodyId,
                                startText(m.startsAt), m.scheduledOn, m.location, m.minutes,
                                m.notes, m.createdAt, m.updatedAt);
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

Status MeetingRepository::overwrite(const Meeting &meeting)
{
    if (meeting.id <= 0)
        return Error{tr("A record to restore needs its number."), {}, {}};
    SqlQuery &update = m_database.cachedStatement(
        u"UPDATE meeting SET body_id = ?, starts_at = ?, scheduled_on = ?, location = ?, "
        "minutes = ?, notes = ?, created_at = ?, updated_at = ? WHERE id = ?"_s);
    const Meeting &m = meeting;
    if (Status status = update.execWith(m.bodyId, startText(m.startsAt), m.scheduledOn, m.location,
                                        m.minutes, m.notes, m.createdAt, m.updatedAt, m.id);
        !status)
        return status;
    if (update.numRowsAffected() > 0)
        return writeChildren(m, true);
    auto id = insertChecked(m, WriteMode::Restore);
    return id ? Status() : Status(id.error());
}

Status MeetingRepository::writeChildren(const Meeting &m, bool replace)
{
    if (replace) {
        SqlQuery &agenda
            = m_database.cachedStatement(u"DELETE FROM meeting_agenda_item WHERE meeting_id = ?"_s);
        if (Status status = agenda.execWith(m.id); !status)
            return status;
        SqlQuery &attendance
            = m_database.cachedStatement(u"DELETE FROM meeting_attendance WHERE meeting_id = ?"_s);
        if (Status status = attendance.execWith(m.id); !status)
            return status;
    }
    SqlQuery &item = m_database.cachedStatement(
        u"INSERT INTO meeting_agenda_item (meeting_id, position, text) VALUES (?, ?, ?)"_s);
    for (qsizetype i = 0; i < m.agenda.size(); ++i) {
        if (Status status = item.execWith(m.id, static_cast<qint64>(i), m.agenda.at(i)); !status)
            return status;
    }
    SqlQuery &attendance = m_database.cachedStatement(
        u"INSERT INTO meeting_attendance (meeting_id, position, membership_id, person_id) "
        "VALUES (?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < m.attendance.size(); ++i) {
        const Attendance &a = m.attendance.at(i);
        if (Status status
            = attendance.execWith(m.id, static_cast<qint64>(i), a.membershipId, a.personId);
            !status)
            return status;
    }
    return {};
}

Status MeetingRepository::storeFields(const Meeting &after, const Meeting &before)
{
    if (const Problems problems = Validation::check(after); !problems.isEmpty())
        return Validation::toError(problems);
    if (Status status = checkReferences(after); !status)
        return status;
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    SqlQuery query(m_database.connection(),
                   u"UPDATE meeting SET body_id = ?, starts_at = ?, scheduled_on = ?, "
                   "location = ?, minutes = ?, notes = ?, updated_at = ? WHERE id = ?"_s);
    if (Status status
        = query.execWith(after.bodyId, startText(after.startsAt), after.scheduledOn, after.location,
                         after.minutes, after.notes, after.updatedAt, after.id);
        !status)
        return status;
    if (Status status = writeChildren(after, true); !status)
        return status;
    if (Status status = m_audit.recordChanges(Entity, after.id, JsonCodec::toJson(before),
                                              JsonCodec::toJson(after));
        !status)
        return status;
    // Who was present, and who could vote on the day, may have changed.
    DecisionRepository decisions(m_database, m_audit);
    if (Status status = decisions.reevaluateMeeting(after.id); !status)
        return status;
    return transaction.commit();
}

Status MeetingRepository::update(const Meeting &meeting)
{
    auto before = get(meeting.id);
    if (!before)
        return before.error();
    Meeting after = meeting;
    after.startsAt = toMinute(meeting.startsAt);
    after.createdAt = before->createdAt;
    after.updatedAt = now();
    return storeFields(after, *before);
}

Status MeetingRepository::setAttendance(Id meetingId, const QList<Attendance> &attendance)
{
    auto before = get(meetingId);
    if (!before)
        return before.error();
    Meeting after = *before;
    after.attendance = attendance;
    after.updatedAt = now();
    return storeFields(after, *before);
}

Status MeetingRepository::remove(Id id)
{
    if (auto before = get(id); !before)
        return before.error();
    // Removed as undo would remove it: its decisions go by cascade, and reopenings held at it are
    // cleared; each of those records is audited too.
    RecordStateStore states(m_database, m_audit);
    return states.apply({RecordState{{RecordKind::Meeting, id}, std::nullopt}});
}

Result<QList<Meeting>> MeetingRepository::select(const QString &where, const QVariant &value,
                                                 const QString &order)
{
    SqlQuery query(m_database.connection(), SelectColumns + where + order);
    if (value.isValid())
        query.bind(0, value);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<Meeting> result;
    QHash<Id, qsizetype> index;
    while (query.next()) {
        index.insert(query.integer(0), result.size());
        result.append(readMeeting(query));
    }
    query.finish();
    if (result.isEmpty())
        return result;
    // where is one of this file's constants, never input.
    const QString chosen = u" WHERE meeting_id IN (SELECT id FROM meeting "_s + where
        + u") ORDER BY meeting_id, position"_s;
    SqlQuery agenda(m_database.connection(),
                    u"SELECT meeting_id, text FROM meeting_agenda_item"_s + chosen);
    if (value.isValid())
        agenda.bind(0, value);
    if (Status status = agenda.exec(); !status)
        return status.error();
    while (agenda.next()) {
        if (const auto it = index.constFind(agenda.integer(0)); it != index.cend())
            result[*it].agenda.append(agenda.text(1));
    }
    SqlQuery attendance(m_database.connection(),
                        u"SELECT meeting_id, membership_id, person_id FROM meeting_attendance"_s
                            + chosen);
    if (value.isValid())
        attendance.bind(0, value);
    if (Status status = attendance.exec(); !status)
        return status.error();
    while (attendance.next()) {
        if (const auto it = index.constFind(attendance.integer(0)); it != index.cend())
            result[*it].attendance.append({attendance.integer(1), attendance.optionalId(2)});
    }
    return result;
}

Result<Meeting> MeetingRepository::get(Id id)
{
    auto found = select(u"WHERE id = ?"_s, id, {});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(tr("meeting"), id);
    return found->first();
}

Result<QList<Meeting>> MeetingRepository::listForBody(Id bodyId)
{
    return select(u"WHERE body_id = ?"_s, bodyId, u" ORDER BY starts_at, id"_s);
}

Result<QList<Meeting>> MeetingRepository::listForCoalition(Id coalitionId)
{
    return select(u"WHERE body_id IN (SELECT id FROM body WHERE coalition_id = ?)"_s, coalitionId,
                  u" ORDER BY starts_at, id"_s);
}

Result<QList<Meeting>> MeetingRepository::list()
{
    return select({}, {}, u" ORDER BY starts_at, id"_s);
}

} // namespace Coalition
