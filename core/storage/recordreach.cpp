// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordreach.h"

using namespace Qt::StringLiterals;

namespace Coalition {

// What deleting a record reaches through the foreign keys: rows removed by
// CASCADE, rows changed by SET NULL or by losing a child row (a seat, an
// attendance, a position).
QList<RecordReach> removalReach(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Organization:
        return {{RecordKind::Membership,
                 u"SELECT id FROM membership WHERE organization_id = ? ORDER BY id"_s, true},
                {RecordKind::Person,
                 u"SELECT id FROM person WHERE organization_id = ? ORDER BY id"_s, false},
                {RecordKind::Coalition,
                 u"SELECT id FROM coalition WHERE lead_organization_id = ? ORDER BY id"_s, false}};
    case RecordKind::Person:
        return {{RecordKind::Membership,
                 u"SELECT id FROM membership WHERE representative_id = ?1 OR alternate_id = ?1 "
                 "ORDER BY id"_s,
                 false},
                {RecordKind::Meeting,
                 u"SELECT DISTINCT meeting_id FROM meeting_attendance WHERE person_id = ? "
                 "ORDER BY meeting_id"_s,
                 false}};
    case RecordKind::Coalition:
        return {
            {RecordKind::Membership,
             u"SELECT id FROM membership WHERE coalition_id = ? ORDER BY id"_s, true},
            {RecordKind::Body, u"SELECT id FROM body WHERE coalition_id = ? ORDER BY id"_s, true},
            {RecordKind::GroundRule,
             u"SELECT id FROM ground_rule WHERE coalition_id = ? ORDER BY id"_s, true}};
    case RecordKind::Membership:
        return {{RecordKind::Body,
                 u"SELECT DISTINCT body_id FROM body_seat WHERE membership_id = ? "
                 "ORDER BY body_id"_s,
                 false},
                {RecordKind::Meeting,
                 u"SELECT DISTINCT meeting_id FROM meeting_attendance WHERE membership_id = ? "
                 "ORDER BY meeting_id"_s,
                 false},
                {RecordKind::Decision,
                 u"SELECT decision_id FROM decision_position WHERE membership_id = ? "
                 "ORDER BY decision_id"_s,
                 false}};
    case RecordKind::Body:
        return {
            {RecordKind::Procedure,
             u"SELECT id FROM decision_procedure WHERE body_id = ? ORDER BY id"_s, true},
            {RecordKind::Meeting, u"SELECT id FROM meeting WHERE body_id = ? ORDER BY id"_s, true},
            {RecordKind::Procedure,
             u"SELECT id FROM decision_procedure WHERE delegate_body_id = ? ORDER BY id"_s, false}};
    case RecordKind::Procedure:
        return {{RecordKind::Decision,
                 u"SELECT id FROM decision WHERE procedure_id = ? ORDER BY id"_s, false}};
    case RecordKind::Meeting:
        return {{RecordKind::Decision,
                 u"SELECT id FROM decision WHERE meeting_id = ? ORDER BY id"_s, true},
                {RecordKind::Decision,
                 u"SELECT DISTINCT decision_id FROM decision_reopening WHERE meeting_id = ? "
                 "ORDER BY decision_id"_s,
                 false}};
    case RecordKind::Decision:
        return {{RecordKind::GroundRule,
                 u"SELECT id FROM ground_rule WHERE adopted_by_decision_id = ? ORDER BY id"_s,
                 false}};
    case RecordKind::GroundRule:
        return {{RecordKind::GroundRule,
                 u"SELECT id FROM ground_rule WHERE supersedes_rule_id = ? ORDER BY id"_s, false}};
    default: // TODO(action storage)
        break;
    }
    return {};
}

// What an edit of a record changes besides it in the same transaction.
QList<RecordReach> changeReach(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Person: // moving to another organization ends representing
        return {{RecordKind::Membership,
                 u"SELECT id FROM membership WHERE representative_id = ?1 OR alternate_id = ?1 "
                 "ORDER BY id"_s,
                 false}};
    case RecordKind::Meeting: // a new time or attendance re-tallies the decisions
        return {{RecordKind::Decision,
                 u"SELECT id FROM decision WHERE meeting_id = ? ORDER BY id"_s, false}};
    case RecordKind::GroundRule: // an agreed rule retires the one it supersedes
        return {{RecordKind::GroundRule,
                 u"SELECT supersedes_rule_id FROM ground_rule WHERE id = ? "
                 "AND supersedes_rule_id IS NOT NULL"_s,
                 false}};
    default:
        return {};
    }
}

} // namespace Coalition
