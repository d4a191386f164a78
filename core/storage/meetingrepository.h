// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/governance.h"
#include "repositorybase.h"

namespace Coalition {

// Stores the meetings of a coalition's bodies with their agenda and attendance.
// A change to a meeting's time or attendance re-tallies its decisions in the
// same transaction, since it changes who was present and who could vote.
class MeetingRepository final : public RepositoryBase
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::MeetingRepository)

public:
    MeetingRepository(Database &database, AuditLog &audit);
    Q_DISABLE_COPY_MOVE(MeetingRepository)

    Result<Id> add(const Meeting &meeting);
    // Changes the fields, agenda and attendance; re-tallies the decisions.
    Status update(const Meeting &meeting);
    // Replaces the attendance only; re-tallies the decisions.
    Status setAttendance(Id meetingId, const QList<Attendance> &attendance);
    // Removes the meeting with its decisions.
    Status remove(Id id);

    Result<Meeting> get(Id id);
    Result<QList<Meeting>> listForBody(Id bodyId); // ordered by starts_at, then id
    Result<QList<Meeting>> listForCoalition(Id coalitionId); // ordered by starts_at, then id
    Result<QList<Meeting>> list();

    Result<Id> insertChecked(const Meeting &meeting, WriteMode mode = WriteMode::Edit);
    // Writes the record exactly as given (id, times, agenda, attendance), over
    // the row with its id or as a new row with that id. No validation, no
    // audit, no re-tally; must run inside a transaction (RecordStateStore).
    Status overwrite(const Meeting &meeting);
    // Checks that need the database: the body exists; attending memberships
    // belong to the body's coalition; an attending person is one of that
    // member organization's people.
    Status checkReferences(const Meeting &meeting);

private:
    Status writeChildren(const Meeting &meeting, bool replace);
    Status storeFields(const Meeting &after, const Meeting &before);
    Result<QList<Meeting>> select(const QString &where, const QVariant &value,
                                  const QString &order);
};

} // namespace Coalition
