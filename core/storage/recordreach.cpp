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
                 u"SELECT id FROM coalition WHERE lead_organization_id = ? ORDER BY id"_s, false},
                {RecordKind::Relationship,
                 u"SELECT id FROM relationship WHERE first_id = ?1 OR second_id = ?1 ORDER BY id"_s,
                 true}};
    case RecordKind::Person:
        return {{RecordKind::Membership,
                 u"SELECT id FROM membership WHERE representative_id = ?1 OR alternate_id = ?1 "
                 "ORDER BY id"_s,
                 false},
                {RecordKind::Meeting,
                 u"SELECT DISTINCT meeting_id FROM meeting_attendance WHERE person_id = ? "
                 "ORDER BY meeting_id"_s,
                 false},
                {RecordKind::ActionGroup,
                 u"SELECT id FROM action_group WHERE convener_id = ?1 UNION "
                 "SELECT group_id FROM action_group_person WHERE person_id = ?1 ORDER BY 1"_s,
                 false},
                {RecordKind::ProgressReport,
                 u"SELECT id FROM progress_report WHERE author_id = ? ORDER BY id"_s, false}};
    case RecordKind::Coalition:
        return {
            {RecordKind::Membership,
             u"SELECT id FROM membership WHERE coalition_id = ? ORDER BY id"_s, true},
            {RecordKind::Body, u"SELECT id FROM body WHERE coalition_id = ? ORDER BY id"_s, true},
            {RecordKind::GroundRule,
             u"SELECT id FROM ground_rule WHERE coalition_id = ? ORDER BY id"_s, true},
            {RecordKind::Goal, u"SELECT id FROM goal WHERE coalition_id = ? ORDER BY id"_s, true},
            {RecordKind::ActionGroup,
             u"SELECT id FROM action_group WHERE coalition_id = ? ORDER BY id"_s, true},
            {RecordKind::Success, u"SELECT id FROM success WHERE coalition_id = ? ORDER BY id"_s,
             true},
            {RecordKind::Evaluation,
             u"SELECT id FROM evaluation WHERE coalition_id = ? ORDER BY id"_s, true},
            {RecordKind::Conflict, u"SELECT id FROM conflict WHERE coalition_id = ? ORDER BY id"_s,
             true},
            {RecordKind::StageChange,
             u"SELECT id FROM stage_change WHERE coalition_id = ? ORDER BY id"_s, true},
            {RecordKind::ChecklistAnswer,
             u"SELECT id FROM checklist_answer WHERE coalition_id = ? ORDER BY id"_s, true}};
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
                 false},
                {RecordKind::ActionGroup,
                 u"SELECT group_id FROM action_group_member WHERE membership_id = ? "
                 "ORDER BY group_id"_s,
                 false},
                {RecordKind::ActionPlan,
                 u"SELECT id FROM action_plan WHERE lead_membership_id = ?1 UNION "
                 "SELECT plan_id FROM action_plan_budget_line WHERE funded_by_id = ?1 UNION "
                 "SELECT plan_id FROM action_plan_staffing WHERE covered_by_id = ?1 ORDER BY 1"_s,
                 false},
                {RecordKind::Task, u"SELECT id FROM task WHERE responsible_id = ? ORDER BY id"_s,
                 false},
                {RecordKind::Success,
                 u"SELECT success_id FROM success_credit WHERE membership_id = ? "
                 "ORDER BY success_id"_s,
                 false},
                {RecordKind::Conflict,
                 u"SELECT conflict_id FROM conflict_party WHERE membership_id = ? "
                 "ORDER BY conflict_id"_s,
                 false}};
    case RecordKind::Body:
        return {
            {RecordKind::Procedure,
             u"SELECT id FROM decision_procedure WHERE body_id = ? ORDER BY id"_s, true},
            {RecordKind::Meeting, u"SELECT id FROM meeting WHERE body_id = ? ORDER BY id"_s, true},
            {RecordKind::Procedure,
             u"SELECT id FROM decision_procedure WHERE delegate_body_id = ? ORDER BY id"_s, false},
            {RecordKind::ActionGroup,
             u"SELECT id FROM action_group WHERE body_id = ? ORDER BY id"_s, false}};
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
        return {
            {RecordKind::GroundRule,
             u"SELECT id FROM ground_rule WHERE adopted_by_decision_id = ? ORDER BY id"_s, false},
            {RecordKind::Goal,
             u"SELECT id FROM goal WHERE adopted_by_decision_id = ? ORDER BY id"_s, false},
            {RecordKind::ActionPlan,
             u"SELECT id FROM action_plan WHERE adopted_by_decision_id = ? ORDER BY id"_s, false},
            {RecordKind::StageChange,
             u"SELECT id FROM stage_change WHERE decision_id = ? ORDER BY id"_s, false}};
    case RecordKind::GroundRule:
        return {{RecordKind::GroundRule,
                 u"SELECT id FROM ground_rule WHERE supersedes_rule_id = ? ORDER BY id"_s, false}};
    case RecordKind::Goal:
        return {{RecordKind::ActionPlan,
                 u"SELECT id FROM action_plan WHERE goal_id = ? ORDER BY id"_s, true},
                {RecordKind::ActionGroup,
                 u"SELECT group_id FROM action_group_goal WHERE goal_id = ? ORDER BY group_id"_s,
                 false},
                {RecordKind::Success, u"SELECT id FROM success WHERE goal_id = ? ORDER BY id"_s,
                 false}};
    case RecordKind::ActionGroup:
        return {{RecordKind::ActionPlan,
                 u"SELECT id FROM action_plan WHERE group_id = ? ORDER BY id"_s, true},
                {RecordKind::ProgressReport,
                 u"SELECT id FROM progress_report WHERE group_id = ? ORDER BY id"_s, true},
                {RecordKind::Success, u"SELECT id FROM success WHERE group_id = ? ORDER BY id"_s,
                 false},
                {RecordKind::Evaluation,
                 u"SELECT id FROM evaluation WHERE group_id = ? ORDER BY id"_s, false}};
    case RecordKind::ActionPlan:
        return {{RecordKind::Task, u"SELECT id FROM task WHERE plan_id = ? ORDER BY id"_s, true},
                {RecordKind::Evaluation,
                 u"SELECT id FROM evaluation WHERE plan_id = ? ORDER BY id"_s, false}};
    case RecordKind::Task:
    case RecordKind::ProgressReport:
    case RecordKind::Success:
    case RecordKind::Evaluation:
    case RecordKind::Conflict:
    case RecordKind::StageChange:
    case RecordKind::ChecklistAnswer:
    case RecordKind::Relationship:
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
