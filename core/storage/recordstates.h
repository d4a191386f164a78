// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actiongrouprepository.h"
#include "actionplanrepository.h"
#include "bodyrepository.h"
#include "checklistrepository.h"
#include "coalitionrepository.h"
#include "conflictrepository.h"
#include "decisionrepository.h"
#include "domain/action.h"
#include "domain/governance.h"
#include "domain/recordkey.h"
#include "domain/stage.h"
#include "domain/types.h"
#include "evaluationrepository.h"
#include "goalrepository.h"
#include "groundrulerepository.h"
#include "meetingrepository.h"
#include "membershiprepository.h"
#include "organizationrepository.h"
#include "personrepository.h"
#include "procedurerepository.h"
#include "progressreportrepository.h"
#include "relationshiprepository.h"
#include "result.h"
#include "stagechangerepository.h"
#include "successrepository.h"
#include "taskrepository.h"

#include <QCoreApplication>
#include <QList>

#include <optional>
#include <variant>

namespace Coalition {

class AuditLog;
class Database;

// In the order of RecordKind.
using RecordValue = std::variant<Organization, Person, CoalitionInfo, Membership, Body,
                                 DecisionProcedure, GroundRule, Meeting, Decision, Goal,
                                 ActionGroup, ActionPlan, Task, ProgressReport, Success, Evaluation,
                                 Conflict, StageChange, ChecklistAnswer, Relationship>;

// The whole state of one record at one moment: its value with every child row
// (tags, status history, contributions ...) and its timestamps, or nothing
// when the record does not exist then.
struct RecordState
{
    RecordKey key;
    std::optional<RecordValue> value;

    bool operator==(const RecordState &) const = default;
};

using RecordStates = QList<RecordState>;

// Reads and writes whole record states, so that an edit can be taken back and
// done again leaving the database exactly as it was (same ids, same times,
// same child rows). The desktop's undo stack is built on it:
//   keys = withDependents({key}); before = capture(keys); edit; after = capture(keys)
// and for a record the edit adds, before = {{newKey, std::nullopt}}.
class RecordStateStore final
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::RecordStateStore)

public:
    RecordStateStore(Database &database, AuditLog &audit);
    ~RecordStateStore();
    Q_DISABLE_COPY_MOVE(RecordStateStore)

    // The keys whose records a change to `keys` may alter besides themselves,
    // followed transitively: every record a deletion reaches through a foreign
    // key (removed by CASCADE, or changed by SET NULL) and every record an
    // edit changes in the same transaction. Removing an organization removes
    // its memberships (and so their seats, attendance and positions in bodies,
    // meetings and decisions), clears its people's organization and the
    // coalitions it leads; removing a person (or moving them to another
    // organization) clears the memberships it represents and its attendance;
    // removing a coalition removes its memberships, bodies and ground rules; a
    // body its procedure and meetings, and clears procedures delegating to it;
    // a procedure clears the decisions that name it; a meeting removes its
    // decisions and clears reopenings held at it, and a change to a meeting
    // re-tallies its decisions; a decision clears the rules it adopted; a rule
    // clears the rules superseding it, and an agreed rule retires the one it
    // supersedes (a rule an edit newly supersedes is not known yet: add its
    // key). In the action part: removing a coalition removes its goals, action
    // groups, successes, evaluations and conflicts; a goal its plans (and
    // clears it from groups and successes); a group its plans and progress
    // reports (and clears it from successes and evaluations); a plan its tasks
    // (and clears it from evaluations). A membership alters the groups it
    // takes part in, the plans it leads, funds or staffs, the tasks it is
    // responsible for, the successes crediting it and the conflicts it is a
    // party to; a person the groups it convenes or joins and the reports it
    // wrote; a decision the goals and plans it adopted; a body the group that
    // it is. The result holds `keys` first, then the dependents, each key once.
    Result<QList<RecordKey>> withDependents(const QList<RecordKey> &keys);

    // The current state of each key (value empty for a missing record), read
    // from one snapshot of the file.
    Result<RecordStates> capture(const QList<RecordKey> &keys);

    // Makes the database hold exactly `states`, in one transaction (BEGIN
    // IMMEDIATE, rolled back on any failure): records whose state is empty
    // are deleted, the others are inserted with their own id or overwritten
    // field for field, timestamps and child rows included. No validation is
    // done: the states come from capture(). A set of states that cannot hold
    // together (a membership of a missing organization ...) fails and changes
    // nothing. Each write is audited like an edit (created, changed field by
    // field, or deleted), and so is a record outside `states` that a deletion
    // reaches through the foreign keys.
    Status apply(const RecordStates &states);

private:
    Result<std::optional<RecordValue>> read(const RecordKey &key);
    Status write(const RecordValue &value);

    Database &m_database;
    AuditLog &m_audit;
    // The repositories hold no state of their own: these share the
    // workspace's database and audit log.
    OrganizationRepository m_organizations;
    PersonRepository m_people;
    CoalitionRepository m_coalitions;
    MembershipRepository m_memberships;
    BodyRepository m_bodies;
    ProcedureRepository m_procedures;
    GroundRuleRepository m_groundRules;
    MeetingRepository m_meetings;
    DecisionRepository m_decisions;
    GoalRepository m_goals;
    ActionGroupRepository m_actionGroups;
    ActionPlanRepository m_actionPlans;
    TaskRepository m_tasks;
    ProgressReportRepository m_progressReports;
    SuccessRepository m_successes;
    EvaluationRepository m_evaluations;
    ConflictRepository m_conflicts;
    StageChangeRepository m_stageChanges;
    ChecklistRepository m_checklist;
    RelationshipRepository m_relationships;
};

} // namespace Coalition
