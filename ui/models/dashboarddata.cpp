// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/dashboarddata.h"

#include "rules/planmetrics.h"
#include "storage/stagesnapshot.h"
#include "storage/workspace.h"

#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

bool isOpen(const Task &task)
{
    return task.status != TaskStatus::Done && task.status != TaskStatus::Dropped;
}

bool inWindow(const QDate &date, const QDate &from, int days)
{
    return date.isValid() && date >= from && date <= from.addDays(days);
}

// The procedural checks read a subset of what the stage assessment reads;
// taking it from the same snapshot keeps every figure on the page in step.
GovernanceSnapshot governanceOf(const StageSnapshot &s)
{
    GovernanceSnapshot g;
    g.coalition = s.coalition;
    g.memberships = s.memberships;
    g.organizationNames = s.organizationNames;
    g.personNames = s.personNames;
    g.bodies = s.bodies;
    g.procedures = s.procedures;
    g.rules = s.rules;
    g.meetings = s.meetings;
    g.decisions = s.decisions;
    g.today = s.today;
    return g;
}

bool soonerFirst(const DashboardDeadline &a, const DashboardDeadline &b)
{
    if (a.dueOn != b.dueOn)
        return a.dueOn < b.dueOn;
    if (a.record.kind != b.record.kind)
        return a.record.kind > b.record.kind; // tasks, then plans, then goals
    return a.record.id < b.record.id;
}

} // namespace

Result<DashboardData> DashboardData::load(Workspace &workspace, Id coalitionId, const QDate &today)
{
    auto snapshot = loadStageSnapshot(workspace, coalitionId, today);
    if (!snapshot)
        return snapshot.error();
    QHash<Id, Sector> sectors;
    for (const Membership &membership : std::as_const(snapshot->memberships)) {
        if (sectors.contains(membership.organizationId))
            continue;
        auto organization = workspace.organizations().get(membership.organizationId);
        if (!organization)
            return organization.error();
        sectors.insert(membership.organizationId, organization->sector);
    }
    return from(*snapshot, sectors);
}

DashboardData DashboardData::from(const StageSnapshot &s, const QHash<Id, Sector> &sectors)
{
    DashboardData d;
    d.coalitionId = s.coalition.id;
    d.coalitionName = s.coalition.name;
    d.today = s.today;
    d.assessment = StageEngine::assess(s);
    d.history = s.history;
    for (const Decision &decision : s.decisions)
        d.decisionTitles.insert(decision.id, decision.title);
    d.warnings = ProceduralChecks::run(governanceOf(s));

    QHash<Id, QString> bodyNames;
    for (const Body &body : s.bodies)
        bodyNames.insert(body.id, body.name);
    for (const Meeting &meeting : s.meetings) {
        if (inWindow(meeting.startsAt.date(), s.today, MeetingDays))
            d.meetings.append(
                {meeting.id, meeting.startsAt, bodyNames.value(meeting.bodyId), meeting.location});
    }
    std::stable_sort(d.meetings.begin(), d.meetings.end(),
                     [](const DashboardMeeting &a, const DashboardMeeting &b) {
                         return a.startsAt != b.startsAt ? a.startsAt < b.startsAt : a.id < b.id;
                     });

    QHash<Id, const ActionGroup *> groups;
    for (const ActionGroup &group : s.groups)
        groups.insert(group.id, &group);
    QHash<Id, const ActionPlan *> plans;
    for (const ActionPlan &plan : s.plans)
        plans.insert(plan.id, &plan);
    QHash<Id, QString> goalTitles;
    for (const Goal &goal : s.goals)
        goalTitles.insert(goal.id, goal.title);
    const auto planContext = [&](const ActionPlan *plan) {
        if (!plan)
            return QString();
        const ActionGroup *group = groups.value(plan->groupId);
        return group ? tr("%1 (plan of %2)").arg(plan->title, group->name) : plan->title;
    };

    for (const Task &task : s.tasks) {
        const ActionPlan *plan = plans.value(task.planId);
        const ActionGroup *group = plan ? groups.value(plan->groupId) : nullptr;
        const bool confidential
            = task.confidential || (plan && plan->confidential) || (group && group->confidential);
        DashboardDeadline item{{RecordKind::Task, task.id}, task.dueOn,  tr("Task"), task.title,
                               planContext(plan),           confidential};
        if (PlanMetrics::isLate(task, s.today))
            d.lateTasks.append(item);
        else if (isOpen(task) && inWindow(task.dueOn, s.today, DeadlineDays))
            d.deadlines.append(item);
    }
    for (const ActionPlan &plan : s.plans) {
        if (!inWindow(plan.dueOn, s.today, DeadlineDays))
            continue;
        QList<Task> tasks;
        for (const Task &task : s.tasks) {
            if (task.planId == plan.id)
                tasks.append(task);
        }
        if (PlanMetrics::of(plan, tasks, s.today).finished)
            continue;
        const ActionGroup *group = groups.value(plan.groupId);
        d.deadlines.append(
            {{RecordKind::ActionPlan, plan.id},
             plan.dueOn,
             tr("Action plan"),
             plan.title,
             group ? tr("Group: %1; goal: %2").arg(group->name, goalTitles.value(plan.goalId))
                   : goalTitles.value(plan.goalId),
             plan.confidential || (group && group->confidential)});
    }
    for (const Goal &goal : s.goals) {
        if ((goal.status == GoalStatus::Proposed || goal.status == GoalStatus::Active)
            && inWindow(goal.targetOn, s.today, DeadlineDays))
            d.deadlines.append({{RecordKind::Goal, goal.id},
                                goal.targetOn,
                                tr("Goal"),
                                goal.title,
                                tr("Goal status: %1").arg(enumLabel(goal.status)),
                                goal.confidential});
    }
    std::stable_sort(d.deadlines.begin(), d.deadlines.end(), soonerFirst);
    std::stable_sort(d.lateTasks.begin(), d.lateTasks.end(), soonerFirst);

    QMap<Sector, int> bySector;
    QMap<MembershipStatus, int> byStatus;
    for (const Membership &membership : s.memberships) {
        ++byStatus[membership.status];
        if (membership.status == MembershipStatus::Active) {
            ++d.activeMembers;
            ++bySector[sectors.value(membership.organizationId, Sector::Other)];
        }
    }
    for (const auto &entry : enumEntries<MembershipStatus>())
        d.byStatus.append({entry.value, byStatus.value(entry.value)});
    for (const auto &entry : enumEntries<Sector>()) {
        if (const int count = bySector.value(entry.value); count > 0)
            d.activeBySector.append({entry.value, count});
    }
    std::stable_sort(d.activeBySector.begin(), d.activeBySector.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    d.trend = MembershipTrend::compute(s.memberships, s.today, TrendMonths);
    return d;
}

} // namespace Coalition::Ui
