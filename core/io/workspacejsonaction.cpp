// SPDX-License-Identifier: GPL-3.0-or-later
// The action part of the workspace JSON: goals, action groups, action plans,
// tasks, progress reports, successes, evaluations and conflicts, read,
// checked against the rest of the file and written. The export, with or
// without the records marked confidential, is in workspacejsonactionexport.cpp.
#include "storage/workspace.h"
#include "workspacejsonparts.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coalition::WorkspaceJsonParts {

namespace {

// Validation's field ids (see validation.h) as the keys of the file; a field
// of a list item ("budget[2].funder") keeps its place in the list.
QString actionKeyOf(const QString &field)
{
    static const QHash<QString, QString> keys{
        {u"coalition"_s, u"coalition_id"_s},
        {u"decision"_s, u"adopted_by_decision_id"_s},
        {u"target"_s, u"target_on"_s},
        {u"convener"_s, u"convener_id"_s},
        {u"members"_s, u"membership_ids"_s},
        {u"people"_s, u"person_ids"_s},
        {u"goals"_s, u"goal_ids"_s},
        {u"body"_s, u"body_id"_s},
        {u"started"_s, u"started_on"_s},
        {u"goal"_s, u"goal_id"_s},
        {u"group"_s, u"group_id"_s},
        {u"lead"_s, u"lead_membership_id"_s},
        {u"start"_s, u"start_on"_s},
        {u"due"_s, u"due_on"_s},
        {u"done"_s, u"done_on"_s},
        {u"plan"_s, u"plan_id"_s},
        {u"responsible"_s, u"responsible_id"_s},
        {u"received"_s, u"received_on"_s},
        {u"author"_s, u"author_id"_s},
        {u"resolved"_s, u"resolved_on"_s},
        {u"funder"_s, u"funded_by_id"_s},
        {u"hours"_s, u"hours_per_month"_s},
        {u"cover"_s, u"covered_by_id"_s},
    };
    const qsizetype dot = field.lastIndexOf(u'.');
    if (dot < 0)
        return keys.value(field, field);
    const QString last = field.sliced(dot + 1);
    return field.left(dot + 1) + keys.value(last, last);
}

QString quoted(const char *what, const QString &name)
{
    return name.trimmed().isEmpty() ? QString() : WorkspaceJson::tr(what).arg(name.trimmed());
}
QString goalLabel(const Goal &g)
{
    return quoted(QT_TRANSLATE_NOOP("Coalition::WorkspaceJson", "goal “%1”"), g.title);
}
QString groupLabel(const ActionGroup &g)
{
    return quoted(QT_TRANSLATE_NOOP("Coalition::WorkspaceJson", "action group “%1”"), g.name);
}
QString planLabel(const ActionPlan &p)
{
    return quoted(QT_TRANSLATE_NOOP("Coalition::WorkspaceJson", "action plan “%1”"), p.title);
}
QString taskLabel(const Task &t)
{
    return quoted(QT_TRANSLATE_NOOP("Coalition::WorkspaceJson", "task “%1”"), t.title);
}
QString successLabel(const Success &s)
{
    return quoted(QT_TRANSLATE_NOOP("Coalition::WorkspaceJson", "success “%1”"), s.title);
}
QString evaluationLabel(const Evaluation &e)
{
    return quoted(QT_TRANSLATE_NOOP("Coalition::WorkspaceJson", "evaluation of “%1”"), e.activity);
}
QString conflictLabel(const Conflict &c)
{
    return quoted(QT_TRANSLATE_NOOP("Coalition::WorkspaceJson", "conflict “%1”"), c.subject);
}
QString reportLabel(const Content &c, const ProgressReport &r)
{
    const ActionGroup *group = c.actionGroup(r.groupId);
    if (!group || group->name.trimmed().isEmpty() || r.period.year == 0)
        return {};
    return WorkspaceJson::tr("report of “%1” for %2")
        .arg(group->name.trimmed(), r.period.toString());
}

// The coalition of a decision, through its meeting and body (0 when unknown).
Id coalitionOfDecision(const Content &c, Id decisionId)
{
    const Decision *decision = c.decision(decisionId);
    const Meeting *meeting = decision ? c.meeting(decision->meetingId) : nullptr;
    const Body *body = meeting ? c.body(meeting->bodyId) : nullptr;
    return body ? body->coalitionId : 0;
}
Id coalitionOfPlan(const Content &c, Id planId)
{
    const ActionPlan *plan = c.actionPlan(planId);
    const Goal *goal = plan ? c.goal(plan->goalId) : nullptr;
    return goal ? goal->coalitionId : 0;
}

// False (and said why) when the record's coalition is not in the file.
bool knownCoalition(const Content &c, Id coalitionId, const QString &path, const QString &label,
                    ProblemCollector &collector)
{
    if (coalitionId <= 0)
        return false; // the decoder has said why
    if (c.coalition(coalitionId))
        return true;
    collector.add(path + u".coalition_id"_s, noRecord(RecordKind::Coalition, coalitionId), label);
    return false;
}

void checkAdoptedBy(const Content &c, const std::optional<Id> &decisionId, Id coalitionId,
                    const QString &path, const QString &label, ProblemCollector &collector)
{
    if (!decisionId)
        return;
    const QString field = path + u".adopted_by_decision_id"_s;
    const Decision *decision = c.decision(*decisionId);
    const Id other = coalitionOfDecision(c, *decisionId);
    if (!decision)
        collector.add(field, noRecord(RecordKind::Decision, *decisionId), label);
    else if (coalitionId > 0 && other > 0 && other != coalitionId)
        collector.add(field,
                      WorkspaceJson::tr("The decision “%1” was taken in “%2”; a record of “%3” is "
                                        "adopted by one of its own decisions.")
                          .arg(decision->title.trimmed(), c.coalitionName(other),
                               c.coalitionName(coalitionId)),
                      label);
}

// An action group or goal named by a record of coalition `coalitionId`.
template<typename T>
void checkSameCoalition(const T *record, RecordKind kind, Id id, Id coalitionId,
                        const QString &name, const QString &field, const QString &label,
                        ProblemCollector &collector, const Content &c)
{
    if (!record)
        collector.add(field, noRecord(kind, id), label);
    else if (coalitionId > 0 && record->coalitionId != coalitionId)
        collector.add(field,
                      WorkspaceJson::tr("“%1” belongs to “%2”, not to “%3”.")
                          .arg(name.trimmed(), c.coalitionName(record->coalitionId),
                               c.coalitionName(coalitionId)),
                      label);
}

void checkGoalRef(const Content &c, Id goalId, Id coalitionId, const QString &field,
                  const QString &label, ProblemCollector &collector)
{
    const Goal *goal = c.goal(goalId);
    checkSameCoalition(goal, RecordKind::Goal, goalId, coalitionId, goal ? goal->title : QString(),
                       field, label, collector, c);
}

void checkGroupRef(const Content &c, Id groupId, Id coalitionId, const QString &field,
                   const QString &label, ProblemCollector &collector)
{
    const ActionGroup *group = c.actionGroup(groupId);
    checkSameCoalition(group, RecordKind::ActionGroup, groupId, coalitionId,
                       group ? group->name : QString(), field, label, collector, c);
}

QString indexed(const QString &path, const char *list, qsizetype i, const char *key = nullptr)
{
    QString result = path + u'.' + QLatin1String(list) + u'[' + QString::number(i) + u']';
    if (key)
        result += u'.' + QLatin1String(key);
    return result;
}

void checkGoals(const Content &c, ProblemCollector &collector)
{
    for (const auto &[goal, path] : c.goals) {
        const QString label = goalLabel(goal);
        if (knownCoalition(c, goal.coalitionId, path, label, collector))
            checkAdoptedBy(c, goal.adoptedByDecisionId, goal.coalitionId, path, label, collector);
    }
}

void checkGroups(const Content &c, ProblemCollector &collector)
{
    QHash<std::pair<Id, QString>, qsizetype> names; // (coalition, name key) -> position
    for (qsizetype i = 0; i < c.actionGroups.size(); ++i) {
        const auto &[group, path] = c.actionGroups.at(i);
        const QString label = groupLabel(group);
        if (!knownCoalition(c, group.coalitionId, path, label, collector))
            continue;
        const QString key = Validation::nameKey(group.name);
        if (!key.isEmpty()) {
            const auto it = names.constFind({group.coalitionId, key});
            if (it != names.cend())
                collector.add(path + u".name"_s,
                              WorkspaceJson::tr("“%1” has the same name as “%2” (%3); the action "
                                                "groups of a coalition must differ in more than "
                                                "letter case.")
                                  .arg(group.name.trimmed(),
                                       c.actionGroups.at(*it).record.name.trimmed(),
                                       c.actionGroups.at(*it).path),
                              label);
            else
                names.insert({group.coalitionId, key}, i);
        }
        for (qsizetype m = 0; m < group.memberships.size(); ++m)
            checkMember(
                c, group.memberships.at(m), group.coalitionId, indexed(path, "membership_ids", m),
                QT_TRANSLATE_NOOP("Coalition::WorkspaceJson", "it cannot take part in this group"),
                label, collector);
        for (qsizetype p = 0; p < group.people.size(); ++p) {
            if (!c.person(group.people.at(p)))
                collector.add(indexed(path, "person_ids", p),
                              noRecord(RecordKind::Person, group.people.at(p)), label);
        }
        if (group.convenerId) {
            const QString field = path + u".convener_id"_s;
            const Person *convener = c.person(*group.convenerId);
            const Id coalitionId = group.coalitionId;
            const auto isMember = [&c, coalitionId](Id organizationId) {
                return std::any_of(c.memberships.cbegin(), c.memberships.cend(),
                                   [organizationId, coalitionId](const Decoded<Membership> &m) {
                                       return m.record.organizationId == organizationId
                                           && m.record.coalitionId == coalitionId;
                                   });
            };
            if (!convener)
                collector.add(field, noRecord(RecordKind::Person, *group.convenerId), label);
            else if (!convener->organizationId || !isMember(*convener->organizationId))
                collector.add(
                    field,
                    WorkspaceJson::tr("%1 cannot convene the group: they are not one of "
                                      "the people of a member organization of “%2”.")
                        .arg(convener->name.trimmed(), c.coalitionName(group.coalitionId)),
                    label);
        }
        for (qsizetype g = 0; g < group.goals.size(); ++g)
            checkGoalRef(c, group.goals.at(g), group.coalitionId, indexed(path, "goal_ids", g),
                         label, collector);
        if (group.bodyId) {
            const Body *body = c.body(*group.bodyId);
            checkSameCoalition(body, RecordKind::Body, *group.bodyId, group.coalitionId,
                               body ? body->name : QString(), path + u".body_id"_s, label,
                               collector, c);
        }
    }
}

void checkPlans(const Content &c, ProblemCollector &collector)
{
    for (const auto &[plan, path] : c.actionPlans) {
        const QString label = planLabel(plan);
        const Goal *goal = c.goal(plan.goalId);
        if (plan.goalId > 0 && !goal)
            collector.add(path + u".goal_id"_s, noRecord(RecordKind::Goal, plan.goalId), label);
        const Id coalitionId = goal ? goal->coalitionId : 0;
        if (plan.groupId > 0) {
            const ActionGroup *group = c.actionGroup(plan.groupId);
            if (!group)
                collector.add(path + u".group_id"_s,
                              noRecord(RecordKind::ActionGroup, plan.groupId), label);
            else if (coalitionId > 0 && group->coalitionId != coalitionId)
                collector.add(path + u".group_id"_s,
                              WorkspaceJson::tr("The action group “%1” works for “%2”; a plan for "
                                                "a goal of “%3” is carried out by one of its own "
                                                "groups.")
                                  .arg(group->name.trimmed(), c.coalitionName(group->coalitionId),
                                       c.coalitionName(coalitionId)),
                              label);
        }
        if (coalitionId <= 0)
            continue; // the missing goal is reported; the rest cannot be placed
        const char *role = QT_TRANSLATE_NOOP("Coalition::WorkspaceJson",
                                             "it cannot lead, fund or staff this plan");
        if (plan.leadMembershipId)
            checkMember(c, *plan.leadMembershipId, coalitionId, path + u".lead_membership_id"_s,
                        role, label, collector);
        for (qsizetype b = 0; b < plan.budget.size(); ++b) {
            if (const auto funder = plan.budget.at(b).fundedById)
                checkMember(c, *funder, coalitionId, indexed(path, "budget", b, "funded_by_id"),
                            role, label, collector);
        }
        for (qsizetype s = 0; s < plan.staffing.size(); ++s) {
            if (const auto cover = plan.staffing.at(s).coveredById)
                checkMember(c, *cover, coalitionId, indexed(path, "staffing", s, "covered_by_id"),
                            role, label, collector);
        }
        checkAdoptedBy(c, plan.adoptedByDecisionId, coalitionId, path, label, collector);
    }
}

void checkTasks(const Content &c, ProblemCollector &collector)
{
    for (const auto &[task, path] : c.tasks) {
        const QString label = taskLabel(task);
        if (task.planId <= 0)
            continue;
        if (!c.actionPlan(task.planId)) {
            collector.add(path + u".plan_id"_s, noRecord(RecordKind::ActionPlan, task.planId),
                          label);
            continue;
        }
        if (task.responsibleId)
            checkMember(c, *task.responsibleId, coalitionOfPlan(c, task.planId),
                        path + u".responsible_id"_s,
                        QT_TRANSLATE_NOOP("Coalition::WorkspaceJson",
                                          "it cannot be responsible for this task"),
                        label, collector);
    }
}

void checkReports(const Content &c, ProblemCollector &collector)
{
    QHash<std::pair<Id, QString>, qsizetype> seen; // (group, period) -> position
    for (qsizetype i = 0; i < c.progressReports.size(); ++i) {
        const auto &[report, path] = c.progressReports.at(i);
        const QString label = reportLabel(c, report);
        if (report.authorId && !c.person(*report.authorId))
            collector.add(path + u".author_id"_s, noRecord(RecordKind::Person, *report.authorId),
                          label);
        if (report.groupId <= 0)
            continue;
        const ActionGroup *group = c.actionGroup(report.groupId);
        if (!group) {
            collector.add(path + u".group_id"_s, noRecord(RecordKind::ActionGroup, report.groupId),
                          label);
            continue;
        }
        if (report.period.year == 0)
            continue; // the decoder has said why
        const auto key = std::pair{report.groupId, report.period.toString()};
        if (const auto it = seen.constFind(key); it != seen.cend())
            collector.add(
                path + u".period"_s,
                WorkspaceJson::tr("%1 already has a report for %2 (%3); a group sends "
                                  "one report per period.")
                    .arg(group->name.trimmed(), key.second, c.progressReports.at(*it).path),
                label);
        else
            seen.insert(key, i);
    }
}

void checkSuccesses(const Content &c, ProblemCollector &collector)
{
    for (const auto &[success, path] : c.successes) {
        const QString label = successLabel(success);
        if (!knownCoalition(c, success.coalitionId, path, label, collector))
            continue;
        for (qsizetype m = 0; m < success.credited.size(); ++m)
            checkMember(c, success.credited.at(m), success.coalitionId,
                        indexed(path, "credited", m),
                        QT_TRANSLATE_NOOP("Coalition::WorkspaceJson",
                                          "it cannot be credited with this success"),
                        label, collector);
        if (success.groupId)
            checkGroupRef(c, *success.groupId, success.coalitionId, path + u".group_id"_s, label,
                          collector);
        if (success.goalId)
            checkGoalRef(c, *success.goalId, success.coalitionId, path + u".goal_id"_s, label,
                         collector);
    }
}

void checkEvaluations(const Content &c, ProblemCollector &collector)
{
    for (const auto &[evaluation, path] : c.evaluations) {
        const QString label = evaluationLabel(evaluation);
        if (!knownCoalition(c, evaluation.coalitionId, path, label, collector))
            continue;
        if (evaluation.groupId)
            checkGroupRef(c, *evaluation.groupId, evaluation.coalitionId, path + u".group_id"_s,
                          label, collector);
        if (!evaluation.planId)
            continue;
        const QString field = path + u".plan_id"_s;
        const ActionPlan *plan = c.actionPlan(*evaluation.planId);
        const ActionGroup *planGroup = plan ? c.actionGroup(plan->groupId) : nullptr;
        if (!plan)
            collector.add(field, noRecord(RecordKind::ActionPlan, *evaluation.planId), label);
        else if (planGroup && planGroup->coalitionId != evaluation.coalitionId)
            collector.add(field,
                          WorkspaceJson::tr("The action plan “%1” is carried out in “%2”, not in "
                                            "“%3”.")
                              .arg(plan->title.trimmed(), c.coalitionName(planGroup->coalitionId),
                                   c.coalitionName(evaluation.coalitionId)),
                          label);
        else if (planGroup && evaluation.groupId && plan->groupId != *evaluation.groupId)
            collector.add(field,
                          WorkspaceJson::tr("The action plan “%1” is carried out by the group "
                                            "“%2”: evaluate it under that group, or under none.")
                              .arg(plan->title.trimmed(), planGroup->name.trimmed()),
                          label);
    }
}

void checkConflicts(const Content &c, ProblemCollector &collector)
{
    for (const auto &[conflict, path] : c.conflicts) {
        const QString label = conflictLabel(conflict);
        if (!knownCoalition(c, conflict.coalitionId, path, label, collector))
            continue;
        for (qsizetype p = 0; p < conflict.parties.size(); ++p)
            checkMember(c, conflict.parties.at(p), conflict.coalitionId,
                        indexed(path, "parties", p),
                        QT_TRANSLATE_NOOP("Coalition::WorkspaceJson",
                                          "it cannot be a party to this conflict"),
                        label, collector);
    }
}

} // namespace

QStringList actionKeys()
{
    return {GoalsKey,   GroupsKey,    PlansKey,       TasksKey,
            ReportsKey, SuccessesKey, EvaluationsKey, ConflictsKey};
}

void decodeAction(const QJsonObject &root, const QDateTime &importTime, Content &c,
                  ProblemCollector &collector)
{
    const auto key = [](const auto &, const QString &field) {
        return actionKeyOf(field);
    };
    c.goals = decodeRecords<Goal>(root, GoalsKey, importTime, collector, key, goalLabel);
    c.goalIndex = indexById(c.goals, collector, goalLabel);
    c.actionGroups
        = decodeRecords<ActionGroup>(root, GroupsKey, importTime, collector, key, groupLabel);
    c.actionGroupIndex = indexById(c.actionGroups, collector, groupLabel);
    c.actionPlans
        = decodeRecords<ActionPlan>(root, PlansKey, importTime, collector, key, planLabel);
    c.actionPlanIndex = indexById(c.actionPlans, collector, planLabel);
    c.tasks = decodeRecords<Task>(root, TasksKey, importTime, collector, key, taskLabel);
    c.taskIndex = indexById(c.tasks, collector, taskLabel);
    const auto reportLabelOf = [&c](const ProgressReport &r) {
        return reportLabel(c, r);
    };
    c.progressReports = decodeRecords<ProgressReport>(root, ReportsKey, importTime, collector, key,
                                                      reportLabelOf);
    c.progressReportIndex = indexById(c.progressReports, collector, reportLabelOf);
    c.successes
        = decodeRecords<Success>(root, SuccessesKey, importTime, collector, key, successLabel);
    c.successIndex = indexById(c.successes, collector, successLabel);
    c.evaluations = decodeRecords<Evaluation>(root, EvaluationsKey, importTime, collector, key,
                                              evaluationLabel);
    c.evaluationIndex = indexById(c.evaluations, collector, evaluationLabel);
    c.conflicts
        = decodeRecords<Conflict>(root, ConflictsKey, importTime, collector, key, conflictLabel);
    c.conflictIndex = indexById(c.conflicts, collector, conflictLabel);
}

void checkActionReferences(const Content &c, ProblemCollector &collector)
{
    checkGoals(c, collector);
    checkGroups(c, collector);
    checkPlans(c, collector);
    checkTasks(c, collector);
    checkReports(c, collector);
    checkSuccesses(c, collector);
    checkEvaluations(c, collector);
    checkConflicts(c, collector);
}

Status writeAction(Workspace &workspace, const Content &c)
{
    const auto insertAll = [](auto &repository, const auto &items) -> Status {
        for (const auto &item : items) {
            if (auto id = repository.insertChecked(item.record, WriteMode::Restore); !id)
                return id.error();
        }
        return {};
    };
    // Parents first: a group serves goals, a plan names its goal and group, a
    // task its plan, a report its group; successes and evaluations may name
    // a goal, a group or a plan.
    Status status = insertAll(workspace.goals(), c.goals);
    if (status)
        status = insertAll(workspace.actionGroups(), c.actionGroups);
    if (status)
        status = insertAll(workspace.actionPlans(), c.actionPlans);
    if (status)
        status = insertAll(workspace.tasks(), c.tasks);
    if (status)
        status = insertAll(workspace.progressReports(), c.progressReports);
    if (status)
        status = insertAll(workspace.successes(), c.successes);
    if (status)
        status = insertAll(workspace.evaluations(), c.evaluations);
    if (status)
        status = insertAll(workspace.conflicts(), c.conflicts);
    return status;
}

} // namespace Coalition::WorkspaceJsonParts
