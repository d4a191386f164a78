// SPDX-License-Identifier: GPL-3.0-or-later
// The baseline of the snapshot loads: the statements the repositories run,
// written out by hand and stepped through the SQLite C API.
#include "rawsnapshot.h"

#include <cstdio>
#include <cstdlib>
#include <utility>

namespace Coalition::Bench {

namespace {

struct Statement
{
    const char *table;
    std::string sql;
};

[[noreturn]] void fail(sqlite3 *db, const std::string &what)
{
    std::fprintf(stderr, "raw sqlite: %s: %s\n", what.c_str(), sqlite3_errmsg(db));
    std::exit(1);
}

void exec(sqlite3 *db, const char *sql)
{
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        fail(db, sql);
}

void readRows(sqlite3 *db, const std::string &sql, sqlite3_int64 coalitionId, RawRows &into)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), int(sql.size()), &statement, nullptr) != SQLITE_OK)
        fail(db, sql);
    if (sqlite3_bind_parameter_count(statement) > 0)
        sqlite3_bind_int64(statement, 1, coalitionId);
    const int columns = sqlite3_column_count(statement);
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        ++into.rows;
        for (int c = 0; c < columns; ++c) {
            switch (sqlite3_column_type(statement, c)) {
            case SQLITE_INTEGER:
                into.integers.push_back(sqlite3_column_int64(statement, c));
                break;
            case SQLITE_NULL:
                ++into.nulls;
                break;
            default: {
                const auto *text
                    = reinterpret_cast<const char *>(sqlite3_column_text(statement, c));
                into.texts.emplace_back(text, std::size_t(sqlite3_column_bytes(statement, c)));
            }
            }
        }
    }
    if (step != SQLITE_DONE)
        fail(db, sql);
    sqlite3_finalize(statement);
}

RawTables readAll(sqlite3 *db, sqlite3_int64 coalitionId, const std::vector<Statement> &statements)
{
    RawTables tables;
    exec(db, "BEGIN");
    for (const Statement &s : statements)
        readRows(db, s.sql, coalitionId, tables[s.table]);
    exec(db, "COMMIT");
    return tables;
}

// The rows the repositories select for the coalition ?1, and their children.
const std::string Memberships = "SELECT id FROM membership WHERE coalition_id = ?1";
const std::string Bodies = "SELECT id FROM body WHERE coalition_id = ?1";
const std::string Procedures
    = "SELECT id FROM decision_procedure WHERE body_id IN (" + Bodies + ")";
const std::string Rules = "SELECT id FROM ground_rule WHERE coalition_id = ?1";
const std::string Meetings = "SELECT id FROM meeting WHERE body_id IN (" + Bodies + ")";
const std::string Decisions
    = "SELECT id FROM decision WHERE meeting_id IN (SELECT m.id FROM "
      "meeting m JOIN body b ON b.id = m.body_id WHERE b.coalition_id = ?1)";
const std::string Goals = "SELECT id FROM goal WHERE coalition_id = ?1";
const std::string Groups = "SELECT id FROM action_group WHERE coalition_id = ?1";
const std::string Plans = "SELECT id FROM action_plan WHERE goal_id IN (" + Goals + ")";
const std::string Successes = "SELECT id FROM success WHERE coalition_id = ?1";
const std::string Conflicts = "SELECT id FROM conflict WHERE coalition_id = ?1";

std::string childrenOf(const char *columns, const char *table, const char *key,
                       const std::string &parents, const char *order)
{
    return std::string("SELECT ") + columns + " FROM " + table + " WHERE " + key + " IN (" + parents
        + ") ORDER BY " + order;
}

std::vector<Statement> stageStatements()
{
    return {
        {"coalition",
         "SELECT id, name, type, purpose, vision, mission, start_date, end_date, "
         "lead_organization_id, meeting_frequency, meeting_minutes, meeting_location, "
         "finance_dues, finance_grants, finance_in_kind, notes, created_at, updated_at "
         "FROM coalition WHERE id = ?1"},
        {"membership",
         "SELECT id, coalition_id, organization_id, status, kind, joined_on, left_on, "
         "representative_id, alternate_id, dues_cents, dues_paid_through, notes, created_at, "
         "updated_at FROM membership WHERE coalition_id = ?1 ORDER BY id"},
        {"membership_status_change",
         childrenOf("membership_id, status, changed_on, note", "membership_status_change",
                    "membership_id", Memberships, "membership_id, position")},
        {"membership_interest",
         childrenOf("membership_id, kind, text", "membership_interest", "membership_id",
                    Memberships, "membership_id, position")},
        {"membership_contribution",
         childrenOf("membership_id, kind, description, value_cents, period",
                    "membership_contribution", "membership_id", Memberships,
                    "membership_id, position")},
        {"membership_barrier",
         childrenOf("membership_id, text", "membership_barrier", "membership_id", Memberships,
                    "membership_id, position")},
        {"body",
         "SELECT id, coalition_id, kind, name, purpose, notes, created_at, updated_at FROM body "
         "WHERE coalition_id = ?1 ORDER BY id"},
        {"body_seat",
         childrenOf("body_id, membership_id, role, voting", "body_seat", "body_id", Bodies,
                    "body_id, position")},
        {"decision_procedure",
         "SELECT id, body_id, method, threshold_numerator, threshold_denominator, "
         "consensus_attempts, fallback_method, delegate_body_id, delegate_to_lead, basis, "
         "quorum_kind, quorum_count, quorum_numerator, quorum_denominator, notice_days, "
         "reopen_minimum_days, reopen_numerator, reopen_denominator, "
         "reopen_needs_new_information, notes, created_at, updated_at FROM decision_procedure "
         "WHERE body_id IN ("
             + Bodies + ") ORDER BY id"},
        {"procedure_area",
         childrenOf("procedure_id, area", "procedure_area", "procedure_id", Procedures,
                    "procedure_id, position")},
        {"procedure_escalation",
         childrenOf("procedure_id, step", "procedure_escalation", "procedure_id", Procedures,
                    "procedure_id, position")},
        {"ground_rule",
         "SELECT id, coalition_id, area, title, text, status, adopted_by_decision_id, "
         "review_on, supersedes_rule_id, notes, created_at, updated_at FROM ground_rule "
         "WHERE coalition_id = ?1 ORDER BY id"},
        {"ground_rule_revision",
         childrenOf("rule_id, revised_on, status, text, note", "ground_rule_revision", "rule_id",
                    Rules, "rule_id, position")},
        {"meeting",
         "SELECT id, body_id, starts_at, scheduled_on, location, minutes, notes, created_at, "
         "updated_at FROM meeting WHERE body_id IN ("
             + Bodies + ") ORDER BY starts_at, id"},
        {"meeting_agenda_item",
         childrenOf("meeting_id, text", "meeting_agenda_item", "meeting_id", Meetings,
                    "meeting_id, position")},
        {"meeting_attendance",
         childrenOf("meeting_id, membership_id, person_id", "meeting_attendance", "meeting_id",
                    Meetings, "meeting_id, position")},
        {"decision",
         "SELECT id, meeting_id, procedure_id, title, text, area, failed_consensus_attempts, "
         "outcome, status, notes, created_at, updated_at FROM decision WHERE meeting_id IN "
         "(SELECT m.id FROM meeting m JOIN body b ON b.id = m.body_id WHERE b.coalition_id = ?1) "
         "ORDER BY (SELECT starts_at FROM meeting WHERE meeting.id = decision.meeting_id), id"},
        {"decision_position",
         childrenOf("decision_id, membership_id, position", "decision_position", "decision_id",
                    Decisions, "decision_id, membership_id")},
        {"decision_reason",
         childrenOf("decision_id, text", "decision_reason", "decision_id", Decisions,
                    "decision_id, position")},
        {"decision_reopening",
         childrenOf("decision_id, reopened_on, meeting_id, reason, new_information, votes_for, "
                    "votes_cast",
                    "decision_reopening", "decision_id", Decisions, "decision_id, position")},
        {"goal",
         "SELECT id, coalition_id, kind, title, text, target_on, status, "
         "adopted_by_decision_id, confidential, notes, created_at, updated_at FROM goal "
         "WHERE coalition_id = ?1 ORDER BY id"},
        {"goal_measure",
         childrenOf("goal_id, text", "goal_measure", "goal_id", Goals, "goal_id, position")},
        {"action_group",
         "SELECT id, coalition_id, name, purpose, convener_id, body_id, cadence, started_on, "
         "confidential, notes, created_at, updated_at FROM action_group WHERE coalition_id = ?1 "
         "ORDER BY id"},
        {"action_group_member",
         childrenOf("group_id, membership_id", "action_group_member", "group_id", Groups,
                    "group_id, membership_id")},
        {"action_group_person",
         childrenOf("group_id, person_id", "action_group_person", "group_id", Groups,
                    "group_id, person_id")},
        {"action_group_goal",
         childrenOf("group_id, goal_id", "action_group_goal", "group_id", Groups,
                    "group_id, goal_id")},
        {"action_plan",
         "SELECT id, goal_id, group_id, lead_membership_id, title, start_on, due_on, "
         "adopted_by_decision_id, confidential, notes, created_at, updated_at FROM action_plan "
         "WHERE goal_id IN ("
             + Goals + ") ORDER BY id"},
        {"action_plan_criterion",
         childrenOf("plan_id, text", "action_plan_criterion", "plan_id", Plans,
                    "plan_id, position")},
        {"action_plan_budget_line",
         childrenOf("plan_id, item, amount_cents, funded_by_id, source, secured",
                    "action_plan_budget_line", "plan_id", Plans, "plan_id, position")},
        {"action_plan_staffing",
         childrenOf("plan_id, role, hours_per_month, covered_by_id, sought_outside",
                    "action_plan_staffing", "plan_id", Plans, "plan_id, position")},
        {"task",
         "SELECT id, plan_id, title, responsible_id, start_on, due_on, done_on, status, "
         "confidential, notes, created_at, updated_at FROM task WHERE plan_id IN (SELECT p.id "
         "FROM action_plan p JOIN goal g ON g.id = p.goal_id WHERE g.coalition_id = ?1) "
         "ORDER BY due_on IS NULL, due_on, id"},
        {"progress_report",
         "SELECT id, group_id, period, author_id, text, received_on, confidential, created_at, "
         "updated_at FROM progress_report WHERE group_id IN ("
             + Groups + ") ORDER BY group_id, period, id"},
        {"success",
         "SELECT id, coalition_id, title, text, achieved_on, group_id, goal_id, confidential, "
         "notes, created_at, updated_at FROM success WHERE coalition_id = ?1 "
         "ORDER BY achieved_on IS NULL, achieved_on, id"},
        {"success_credit",
         childrenOf("success_id, membership_id", "success_credit", "success_id", Successes,
                    "success_id, membership_id")},
        {"evaluation",
         "SELECT id, coalition_id, activity, evaluated_on, method, findings, score, group_id, "
         "plan_id, confidential, notes, created_at, updated_at FROM evaluation "
         "WHERE coalition_id = ?1 ORDER BY evaluated_on IS NULL, evaluated_on, id"},
        {"conflict",
         "SELECT id, coalition_id, subject, raised_on, status, step, resolution, resolved_on, "
         "confidential, notes, created_at, updated_at FROM conflict WHERE coalition_id = ?1 "
         "ORDER BY raised_on IS NULL, raised_on, id"},
        {"conflict_party",
         childrenOf("conflict_id, membership_id", "conflict_party", "conflict_id", Conflicts,
                    "conflict_id, membership_id")},
        {"checklist_answer",
         "SELECT id, coalition_id, item, value, note, answered_on, created_at, updated_at "
         "FROM checklist_answer WHERE coalition_id = ?1 ORDER BY id"},
        {"stage_change",
         "SELECT id, coalition_id, stage, on_date, rationale, decision_id, created_at, "
         "updated_at FROM stage_change WHERE coalition_id = ?1 ORDER BY on_date, id"},
        {"organization",
         "SELECT id, name FROM organization WHERE id IN (SELECT organization_id FROM membership "
         "WHERE coalition_id = ?1) OR id = (SELECT lead_organization_id FROM coalition "
         "WHERE id = ?1)"},
        {"person",
         "SELECT id, name FROM person WHERE organization_id IN (SELECT organization_id FROM "
         "membership WHERE coalition_id = ?1) "
         "OR id IN (SELECT representative_id FROM membership WHERE coalition_id = ?1) "
         "OR id IN (SELECT alternate_id FROM membership WHERE coalition_id = ?1) "
         "OR id IN (SELECT a.person_id FROM meeting_attendance a JOIN meeting m "
         "ON m.id = a.meeting_id JOIN body b ON b.id = m.body_id WHERE b.coalition_id = ?1) "
         "OR id IN (SELECT convener_id FROM action_group WHERE coalition_id = ?1) "
         "OR id IN (SELECT p.person_id FROM action_group_person p JOIN action_group g "
         "ON g.id = p.group_id WHERE g.coalition_id = ?1) "
         "OR id IN (SELECT r.author_id FROM progress_report r JOIN action_group g "
         "ON g.id = r.group_id WHERE g.coalition_id = ?1)"},
    };
}

std::vector<Statement> networkStatements()
{
    const std::string members = "SELECT organization_id FROM membership WHERE coalition_id = ?1";
    const std::string relationships = "SELECT id FROM relationship WHERE first_id IN (" + members
        + ") AND second_id IN (" + members + ")";
    return {
        {"coalition",
         "SELECT id, name, type, purpose, vision, mission, start_date, end_date, "
         "lead_organization_id, meeting_frequency, meeting_minutes, meeting_location, "
         "finance_dues, finance_grants, finance_in_kind, notes, created_at, updated_at "
         "FROM coalition WHERE id = ?1"},
        {"member",
         "SELECT o.id, o.name, m.status FROM membership m JOIN organization o "
         "ON o.id = m.organization_id WHERE m.coalition_id = ?1"},
        {"relationship",
         "SELECT id, first_id, second_id, level, trust, since, notes, created_at, updated_at "
         "FROM relationship WHERE first_id IN ("
             + members + ") AND second_id IN (" + members + ") ORDER BY first_id, second_id"},
        {"relationship_view",
         childrenOf("relationship_id, organization_id, level, trust, note, on_date",
                    "relationship_view", "relationship_id", relationships,
                    "relationship_id, organization_id")},
        {"relationship_change",
         childrenOf("relationship_id, on_date, side_id, level, trust, note", "relationship_change",
                    "relationship_id", relationships, "relationship_id, position")},
    };
}

} // namespace

RawTables readRawStageSnapshot(sqlite3 *db, sqlite3_int64 coalitionId)
{
    return readAll(db, coalitionId, stageStatements());
}

RawTables readRawNetwork(sqlite3 *db, sqlite3_int64 coalitionId)
{
    return readAll(db, coalitionId, networkStatements());
}

} // namespace Coalition::Bench
