// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actiongrouprepository.h"
#include "actionplanrepository.h"
#include "auditlog.h"
#include "bodyrepository.h"
#include "checklistrepository.h"
#include "coalitionrepository.h"
#include "conflictrepository.h"
#include "database.h"
#include "decisionevaluator.h"
#include "decisionrepository.h"
#include "evaluationrepository.h"
#include "goalrepository.h"
#include "groundrulerepository.h"
#include "meetingrepository.h"
#include "membershiprepository.h"
#include "organizationrepository.h"
#include "personrepository.h"
#include "procedurerepository.h"
#include "progressreportrepository.h"
#include "recordstates.h"
#include "relationshiprepository.h"
#include "stagechangerepository.h"
#include "successrepository.h"
#include "taskrepository.h"

#include <memory>

namespace Coalition {

// An open workspace: the database and the repositories over it. The GUI and
// the command line both work through this one object.
class Workspace final
{
public:
    static Result<std::unique_ptr<Workspace>> open(const QString &path,
                                                   const Database::Options &options);
    static Result<std::unique_ptr<Workspace>>
    open(const QString &path, Database::OpenMode mode = Database::OpenMode::ExistingOnly);
    ~Workspace();
    Q_DISABLE_COPY_MOVE(Workspace)

    Database &database() { return *m_database; }
    AuditLog &audit() { return *m_audit; }
    OrganizationRepository &organizations() { return *m_organizations; }
    PersonRepository &people() { return *m_people; }
    CoalitionRepository &coalitions() { return *m_coalitions; }
    MembershipRepository &memberships() { return *m_memberships; }
    BodyRepository &bodies() { return *m_bodies; }
    ProcedureRepository &procedures() { return *m_procedures; }
    GroundRuleRepository &groundRules() { return *m_groundRules; }
    MeetingRepository &meetings() { return *m_meetings; }
    DecisionRepository &decisions() { return *m_decisions; }
    GoalRepository &goals() { return *m_goals; }
    ActionGroupRepository &actionGroups() { return *m_actionGroups; }
    ActionPlanRepository &actionPlans() { return *m_actionPlans; }
    TaskRepository &tasks() { return *m_tasks; }
    ProgressReportRepository &progressReports() { return *m_progressReports; }
    SuccessRepository &successes() { return *m_successes; }
    EvaluationRepository &evaluations() { return *m_evaluations; }
    ConflictRepository &conflicts() { return *m_conflicts; }
    StageChangeRepository &stageChanges() { return *m_stageChanges; }
    ChecklistRepository &checklist() { return *m_checklist; }
    RelationshipRepository &relationships() { return *m_relationships; }
    // The live tally of a decision, stored or not.
    DecisionEvaluator &evaluator() { return *m_evaluator; }
    // Whole record states, for undo and redo.
    RecordStateStore &states() { return *m_states; }

    // Whether the workspace holds no record at all (import-json wants one).
    Result<bool> isEmpty();

private:
    explicit Workspace(std::unique_ptr<Database> database);

    // Declared first so it is destroyed last, after the repositories that use it.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<OrganizationRepository> m_organizations;
    std::unique_ptr<PersonRepository> m_people;
    std::unique_ptr<CoalitionRepository> m_coalitions;
    std::unique_ptr<MembershipRepository> m_memberships;
    std::unique_ptr<BodyRepository> m_bodies;
    std::unique_ptr<ProcedureRepository> m_procedures;
    std::unique_ptr<GroundRuleRepository> m_groundRules;
    std::unique_ptr<MeetingRepository> m_meetings;
    std::unique_ptr<DecisionRepository> m_decisions;
    std::unique_ptr<GoalRepository> m_goals;
    std::unique_ptr<ActionGroupRepository> m_actionGroups;
    std::unique_ptr<ActionPlanRepository> m_actionPlans;
    std::unique_ptr<TaskRepository> m_tasks;
    std::unique_ptr<ProgressReportRepository> m_progressReports;
    std::unique_ptr<SuccessRepository> m_successes;
    std::unique_ptr<EvaluationRepository> m_evaluations;
    std::unique_ptr<ConflictRepository> m_conflicts;
    std::unique_ptr<StageChangeRepository> m_stageChanges;
    std::unique_ptr<ChecklistRepository> m_checklist;
    std::unique_ptr<RelationshipRepository> m_relationships;
    std::unique_ptr<DecisionEvaluator> m_evaluator;
    std::unique_ptr<RecordStateStore> m_states;
};

} // namespace Coalition
