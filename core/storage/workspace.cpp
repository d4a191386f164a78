// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "sqlquery.h"

using namespace Qt::StringLiterals;

namespace Coalition {

Workspace::Workspace(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_audit(std::make_unique<AuditLog>(*m_database))
    , m_organizations(std::make_unique<OrganizationRepository>(*m_database, *m_audit))
    , m_people(std::make_unique<PersonRepository>(*m_database, *m_audit))
    , m_coalitions(std::make_unique<CoalitionRepository>(*m_database, *m_audit))
    , m_memberships(std::make_unique<MembershipRepository>(*m_database, *m_audit))
    , m_bodies(std::make_unique<BodyRepository>(*m_database, *m_audit))
    , m_procedures(std::make_unique<ProcedureRepository>(*m_database, *m_audit))
    , m_groundRules(std::make_unique<GroundRuleRepository>(*m_database, *m_audit))
    , m_meetings(std::make_unique<MeetingRepository>(*m_database, *m_audit))
    , m_decisions(std::make_unique<DecisionRepository>(*m_database, *m_audit))
    , m_goals(std::make_unique<GoalRepository>(*m_database, *m_audit))
    , m_actionGroups(std::make_unique<ActionGroupRepository>(*m_database, *m_audit))
    , m_actionPlans(std::make_unique<ActionPlanRepository>(*m_database, *m_audit))
    , m_tasks(std::make_unique<TaskRepository>(*m_database, *m_audit))
    , m_progressReports(std::make_unique<ProgressReportRepository>(*m_database, *m_audit))
    , m_successes(std::make_unique<SuccessRepository>(*m_database, *m_audit))
    , m_evaluations(std::make_unique<EvaluationRepository>(*m_database, *m_audit))
    , m_conflicts(std::make_unique<ConflictRepository>(*m_database, *m_audit))
    , m_stageChanges(std::make_unique<StageChangeRepository>(*m_database, *m_audit))
    , m_checklist(std::make_unique<ChecklistRepository>(*m_database, *m_audit))
    , m_relationships(std::make_unique<RelationshipRepository>(*m_database, *m_audit))
    , m_evaluator(std::make_unique<DecisionEvaluator>(*m_database, *m_audit))
    , m_states(std::make_unique<RecordStateStore>(*m_database, *m_audit))
{ }

Workspace::~Workspace() = default;

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path,
                                                   const Database::Options &options)
{
    auto database = Database::open(path, options);
    if (!database)
        return database.error();
    return std::unique_ptr<Workspace>(new Workspace(std::move(database).value()));
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, Database::OpenMode mode)
{
    Database::Options options;
    options.mode = mode;
    return open(path, options);
}

Result<bool> Workspace::isEmpty()
{
    // Governance and action records hang from coalitions, but a file damaged or edited
    // by hand could hold them alone: count them too.
    SqlQuery query(m_database->connection(),
                   u"SELECT (SELECT count(*) FROM organization) + (SELECT count(*) FROM person) "
                   "+ (SELECT count(*) FROM coalition) + (SELECT count(*) FROM audit_entry) "
                   "+ (SELECT count(*) FROM body) + (SELECT count(*) FROM decision_procedure) "
                   "+ (SELECT count(*) FROM ground_rule) + (SELECT count(*) FROM meeting) "
                   "+ (SELECT count(*) FROM decision) + (SELECT count(*) FROM goal) "
                   "+ (SELECT count(*) FROM action_group) + (SELECT count(*) FROM action_plan) "
                   "+ (SELECT count(*) FROM task) + (SELECT count(*) FROM progress_report) "
                   "+ (SELECT count(*) FROM success) + (SELECT count(*) FROM evaluation) "
                   "+ (SELECT count(*) FROM conflict)"_s);
    auto total = query.scalar();
    if (!total)
        return total.error();
    return total->toLongLong() == 0;
}

} // namespace Coalition
