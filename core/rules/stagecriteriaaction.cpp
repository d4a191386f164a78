// SPDX-License-Identifier: GPL-3.0-or-later
// The criteria of implementation and maintenance: what the action records
// (goals, groups, plans, reports, successes, evaluations, conflicts) show.
#include "planmetrics.h"
#include "stagecriteria.h"

#include "domain/enums.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coalition::StageCriteria {

namespace {

// Implementation.

CriterionResult goalsSet(const Context &context)
{
    QStringList active;
    QStringList achieved;
    QList<RecordKey> records;
    for (const Goal &goal : context.snapshot.goals) {
        if (goal.status == GoalStatus::Active)
            active.append(quoted(goal.title));
        else if (goal.status == GoalStatus::Achieved)
            achieved.append(quoted(goal.title));
        else
            continue;
        records.append({RecordKind::Goal, goal.id});
    }
    QStringList sentences;
    if (!active.isEmpty())
        sentences.append(StageEngine::tr("Active goals: %1.").arg(nameList(active)));
    if (!achieved.isEmpty())
        sentences.append(StageEngine::tr("Achieved goals: %1.").arg(nameList(achieved)));
    if (sentences.isEmpty()) {
        sentences.append(
            context.snapshot.goals.isEmpty()
                ? StageEngine::tr("No goal is recorded yet.")
                : StageEngine::tr("Goals recorded: %1, but none is active or achieved.")
                      .arg(number(context.snapshot.goals.size())));
    }
    return computed(u"goals-set"_s,
                    StageEngine::tr("The coalition has formulated goals: at least one is active "
                                    "or achieved"),
                    !records.isEmpty(), sentences.join(u' '), records);
}

CriterionResult goalsServed(const Context &context)
{
    const QString label
        = StageEngine::tr("Every active goal is served by an action group that has a plan for it");
    int activeGoals = 0;
    QStringList unserved;
    QList<RecordKey> missing;
    QList<RecordKey> served;
    for (const Goal &goal : context.snapshot.goals) {
        if (goal.status != GoalStatus::Active)
            continue;
        ++activeGoals;
        const ActionGroup *serving = nullptr;
        const ActionPlan *plan = nullptr;
        for (const ActionGroup &group : context.snapshot.groups) {
            if (!group.goals.contains(goal.id))
                continue;
            if (!serving)
                serving = &group;
            const auto found
                = std::find_if(context.snapshot.plans.cbegin(), context.snapshot.plans.cend(),
                               [&](const ActionPlan &each) {
                                   return each.groupId == group.id && each.goalId == goal.id;
                               });
            if (found != context.snapshot.plans.cend()) {
                serving = &group;
                plan = &*found;
                break;
            }
        }
        if (plan) {
            served << RecordKey{RecordKind::Goal, goal.id}
                   << RecordKey{RecordKind::ActionGroup, serving->id}
                   << RecordKey{RecordKind::ActionPlan, plan->id};
            continue;
        }
        missing.append({RecordKind::Goal, goal.id});
        if (serving) {
            missing.append({RecordKind::ActionGroup, serving->id});
            unserved.append(StageEngine::tr("%1 (%2 has no plan for it)")
                                .arg(quoted(goal.title), serving->name));
        } else {
            unserved.append(
                StageEngine::tr("%1 (no action group serves it)").arg(quoted(goal.title)));
        }
    }
    if (activeGoals == 0)
        return computed(u"goals-served"_s, label, false, StageEngine::tr("No goal is active."));
    if (unserved.isEmpty()) {
        return computed(
            u"goals-served"_s, label, true,
            StageEngine::tr(
                "Every active goal (%1 in all) is served by an action group with a plan.")
                .arg(number(activeGoals)),
            served);
    }
    return computed(u"goals-served"_s, label, false,
                    StageEngine::tr("%1 of %2 active goals are served by an action group with a "
                                    "plan; not served: %3.")
                        .arg(number(activeGoals - unserved.size()), number(activeGoals),
                             unserved.join(u"; "_s)),
                    missing + served);
}

CriterionResult plansComplete(const Context &context)
{
    const QString label = StageEngine::tr(
        "Every action plan has start and due dates, evaluation criteria and a budget");
    const QList<ActionPlan> &plans = context.snapshot.plans;
    if (plans.isEmpty()) {
        return computed(u"plans-complete"_s, label, false,
                        StageEngine::tr("No action plan is recorded yet."));
    }
    QStringList incomplete;
    QList<RecordKey> missing;
    QList<RecordKey> complete;
    for (const ActionPlan &plan : plans) {
        QStringList lacks;
        if (!plan.startOn.isValid())
            lacks.append(StageEngine::tr("a start date"));
        if (!plan.dueOn.isValid())
            lacks.append(StageEngine::tr("a due date"));
        if (std::none_of(plan.criteria.cbegin(), plan.criteria.cend(),
                         [](const QString &each) { return !each.trimmed().isEmpty(); }))
            lacks.append(StageEngine::tr("evaluation criteria"));
        if (plan.budget.isEmpty())
            lacks.append(StageEngine::tr("a budget"));
        if (lacks.isEmpty()) {
            complete.append({RecordKind::ActionPlan, plan.id});
            continue;
        }
        missing.append({RecordKind::ActionPlan, plan.id});
        incomplete.append(StageEngine::tr("%1 lacks %2").arg(quoted(plan.title), nameList(lacks)));
    }
    if (incomplete.isEmpty()) {
        return computed(u"plans-complete"_s, label, true,
                        StageEngine::tr("Every action plan (%1 in all) has start and due dates, "
                                        "evaluation criteria and a budget.")
                            .arg(number(plans.size())),
                        complete);
    }
    return computed(
        u"plans-complete"_s, label, false,
        StageEngine::tr("%1 of %2 action plans are complete; %3.")
            .arg(number(complete.size()), number(plans.size()), incomplete.join(u"; "_s)),
        missing);
}

CriterionResult contributions(const Context &context)
{
    const QString label
        = StageEngine::tr("More than half of the active members have a contribution recorded");
    if (context.active.isEmpty()) {
        return computed(u"contributions"_s, label, false,
                        StageEngine::tr("The coalition has no active members yet."));
    }
    QStringList without;
    QList<RecordKey> giving;
    QList<RecordKey> notGiving;
    for (const Membership *membership : context.active) {
        if (membership->contributions.isEmpty()) {
            without.append(context.memberName(*membership));
            notGiving.append({RecordKind::Membership, membership->id});
        } else {
            giving.append({RecordKind::Membership, membership->id});
        }
    }
    const qsizetype total = context.active.size();
    const bool met = giving.size() * 2 > total;
    if (without.isEmpty()) {
        return computed(
            u"contributions"_s, label, met,
            StageEngine::tr("Every active member (%1 in all) has a contribution recorded.")
                .arg(number(total)),
            giving);
    }
    return computed(u"contributions"_s, label, met,
                    StageEngine::tr("%1 of %2 active members have contributions recorded (more "
                                    "than half needed); none recorded for: %3.")
                        .arg(number(giving.size()), number(total), nameList(without)),
                    met ? giving : notGiving);
}

CriterionResult committees(const Context &context)
{
    const QString label
        = StageEngine::tr("A strategic or executive committee exists and has at least one seat");
    const Body *empty = nullptr;
    for (const Body &body : context.snapshot.bodies) {
        if (body.kind != BodyKind::StrategicCommittee && body.kind != BodyKind::ExecutiveCommittee)
            continue;
        if (body.seats.isEmpty()) {
            if (!empty)
                empty = &body;
            continue;
        }
        return computed(
            u"committees"_s, label, true,
            StageEngine::tr("Seats on %1: %2.").arg(bodyTitle(body), number(body.seats.size())),
            {{RecordKind::Body, body.id}});
    }
    if (empty) {
        return computed(u"committees"_s, label, false,
                        StageEngine::tr("%1 has no seats yet.").arg(bodyTitle(*empty)),
                        {{RecordKind::Body, empty->id}});
    }
    return computed(u"committees"_s, label, false,
                    StageEngine::tr("No strategic or executive committee is recorded."));
}

CriterionResult reportsArriving(const Context &context)
{
    constexpr int recentMonths = 3;
    const QString label = StageEngine::tr(
        "Progress reports arrive: none is missing, and one came in the last three months");
    QSet<Id> reporting;
    QStringList late;
    QList<RecordKey> records;
    for (const ActionGroup &group : context.snapshot.groups) {
        if (group.cadence == ReportingCadence::None)
            continue;
        reporting.insert(group.id);
        const QList<ReportPeriod> missing
            = PlanMetrics::missingReports(group, context.snapshot.reports, context.today);
        if (missing.isEmpty())
            continue;
        QStringList periods;
        for (const ReportPeriod &period : missing)
            periods.append(period.toString());
        late.append(
            StageEngine::tr("%1 is missing reports for %2.").arg(group.name, nameList(periods)));
        records.append({RecordKind::ActionGroup, group.id});
    }
    if (reporting.isEmpty()) {
        return computed(u"reports-arriving"_s, label, false,
                        StageEngine::tr("No action group has a reporting cadence."));
    }
    const ProgressReport *latest = nullptr;
    for (const ProgressReport &report : context.snapshot.reports) {
        if (!reporting.contains(report.groupId) || !report.receivedOn.isValid()
            || report.receivedOn > context.today)
            continue;
        if (!latest || report.receivedOn > latest->receivedOn)
            latest = &report;
    }
    const bool recent = latest && context.withinMonths(latest->receivedOn, recentMonths);
    QStringList sentences = late;
    if (late.isEmpty()) {
        sentences.append(
            StageEngine::tr("Action groups with a reporting cadence: %1; none is missing a report.")
                .arg(number(reporting.size())));
    }
    if (!latest) {
        sentences.append(StageEngine::tr("No progress report has arrived yet."));
    } else {
        records.append({RecordKind::ProgressReport, latest->id});
        sentences.append(recent ? StageEngine::tr("The latest report arrived on %1.")
                                      .arg(isoDate(latest->receivedOn))
                                : StageEngine::tr("The latest report arrived on %1, more than "
                                                  "three months ago.")
                                      .arg(isoDate(latest->receivedOn)));
    }
    return computed(u"reports-arriving"_s, label, late.isEmpty() && recent, sentences.join(u' '),
                    records);
}

// Maintenance.

CriterionResult recentEvaluation(const Context &context)
{
    const QString label = StageEngine::tr("An evaluation is dated in the last 12 months");
    const Evaluation *latest = nullptr;
    for (const Evaluation &evaluation : context.snapshot.evaluations) {
        if (!evaluation.on.isValid() || evaluation.on > context.today)
            continue;
        if (!latest || evaluation.on > latest->on)
            latest = &evaluation;
    }
    if (!latest) {
        return computed(u"recent-evaluation"_s, label, false,
                        StageEngine::tr("No evaluation is recorded."));
    }
    const bool met = context.withinMonths(latest->on, 12);
    return computed(
        u"recent-evaluation"_s, label, met,
        met ? StageEngine::tr("%1 was evaluated on %2 (%3).")
                  .arg(quoted(latest->activity), isoDate(latest->on),
                       enumLabel(latest->method).toLower())
            : StageEngine::tr("The latest evaluation, of %1, was on %2: more than 12 months "
                              "ago.")
                  .arg(quoted(latest->activity), isoDate(latest->on)),
        {{RecordKind::Evaluation, latest->id}});
}

CriterionResult newMembers(const Context &context)
{
    QStringList joined;
    QList<RecordKey> records;
    for (const Membership &membership : context.snapshot.memberships) {
        QDate on;
        if (context.withinMonths(membership.joinedOn, 12))
            on = membership.joinedOn;
        for (const StatusChange &change : membership.history) {
            if (change.status == MembershipStatus::Active && context.withinMonths(change.on, 12)
                && (!on.isValid() || change.on < on))
                on = change.on;
        }
        if (!on.isValid())
            continue;
        joined.append(StageEngine::tr("%1 (%2)").arg(context.memberName(membership), isoDate(on)));
        records.append({RecordKind::Membership, membership.id});
    }
    const QString since = isoDate(context.today.addMonths(-12));
    return computed(
        u"new-members"_s, StageEngine::tr("At least one organization joined in the last 12 months"),
        !joined.isEmpty(),
        joined.isEmpty()
            ? StageEngine::tr("No organization joined or became active on or after %1.").arg(since)
            : StageEngine::tr("Joined or became active on or after %1: %2.")
                  .arg(since, nameList(joined)),
        records);
}

CriterionResult sharedSuccesses(const Context &context)
{
    const QString label = StageEngine::tr(
        "A success of the last 12 months is recorded with credit shared by two members or more");
    const Success *latest = nullptr;
    int inRange = 0;
    for (const Success &success : context.snapshot.successes) {
        if (!context.withinMonths(success.achievedOn, 12))
            continue;
        ++inRange;
        const QSet<Id> credited(success.credited.cbegin(), success.credited.cend());
        if (credited.size() >= 2 && (!latest || success.achievedOn > latest->achievedOn))
            latest = &success;
    }
    const QString since = isoDate(context.today.addMonths(-12));
    if (!latest) {
        return computed(u"shared-successes"_s, label, false,
                        inRange == 0
                            ? StageEngine::tr("No success is recorded on or after %1.").arg(since)
                            : StageEngine::tr("Successes recorded on or after %2: %1, but none "
                                              "credits two members or more.")
                                  .arg(number(inRange), since));
    }
    QStringList names;
    for (const Id membershipId : latest->credited) {
        const QString name = context.membershipName(membershipId);
        if (!names.contains(name))
            names.append(name);
    }
    return computed(u"shared-successes"_s, label, true,
                    StageEngine::tr("%1 (%2) credits %3.")
                        .arg(quoted(latest->title), isoDate(latest->achievedOn), nameList(names)),
                    {{RecordKind::Success, latest->id}});
}

CriterionResult rulesReviewed(const Context &context)
{
    const QString label
        = StageEngine::tr("Ground rules are agreed and none is past its review date");
    int agreed = 0;
    QStringList overdue;
    QList<RecordKey> late;
    QList<RecordKey> all;
    for (const GroundRule &rule : context.snapshot.rules) {
        if (rule.status != RuleStatus::Agreed)
            continue;
        ++agreed;
        all.append({RecordKind::GroundRule, rule.id});
        if (rule.reviewOn.isValid() && rule.reviewOn < context.today) {
            overdue.append(
                StageEngine::tr("%1 (due %2)").arg(quoted(rule.title), isoDate(rule.reviewOn)));
            late.append({RecordKind::GroundRule, rule.id});
        }
    }
    if (agreed == 0)
        return computed(u"rules-reviewed"_s, label, false,
                        StageEngine::tr("No ground rule is agreed yet."));
    if (overdue.isEmpty())
        return computed(u"rules-reviewed"_s, label, true,
                        StageEngine::tr("Agreed ground rules: %1; none is past its review date.")
                            .arg(number(agreed)),
                        all);
    return computed(u"rules-reviewed"_s, label, false,
                    StageEngine::tr("%1 of %2 agreed ground rules are past their review date: %3.")
                        .arg(number(overdue.size()), number(agreed), nameList(overdue)),
                    late);
}

CriterionResult conflictsHandled(const Context &context)
{
    constexpr int limitDays = 90;
    const QString label = StageEngine::tr("No conflict has been open for more than 90 days");
    // Without members there is no working coalition whose conflicts could be
    // judged; an empty record must not pass for a peaceful one.
    if (context.active.isEmpty()) {
        return computed(u"conflicts-handled"_s, label, false,
                        StageEngine::tr("The coalition has no active members yet."));
    }
    int open = 0;
    const Conflict *oldest = nullptr;
    QStringList overdue;
    QList<RecordKey> late;
    for (const Conflict &conflict : context.snapshot.conflicts) {
        if (conflict.status != ConflictStatus::Open)
            continue;
        ++open;
        if (!conflict.raisedOn.isValid())
            continue;
        if (!oldest || conflict.raisedOn < oldest->raisedOn)
            oldest = &conflict;
        const qint64 days = conflict.raisedOn.daysTo(context.today);
        if (days > limitDays) {
            overdue.append(StageEngine::tr("%1 (raised on %2, %3 days ago)")
                               .arg(quoted(conflict.subject), isoDate(conflict.raisedOn),
                                    QString::number(days)));
            late.append({RecordKind::Conflict, conflict.id});
        }
    }
    if (!overdue.isEmpty()) {
        return computed(u"conflicts-handled"_s, label, false,
                        StageEngine::tr("Open for more than %1 days: %2.")
                            .arg(number(limitDays), overdue.join(u"; "_s)),
                        late);
    }
    if (open == 0)
        return computed(u"conflicts-handled"_s, label, true,
                        StageEngine::tr("No conflict is open."));
    if (!oldest)
        return computed(u"conflicts-handled"_s, label, true,
                        StageEngine::tr("Open conflicts: %1, none with the date it was raised.")
                            .arg(number(open)));
    return computed(
        u"conflicts-handled"_s, label, true,
        StageEngine::tr("Open conflicts: %1; the oldest, %2, was raised on %3, %4 days ago.")
            .arg(number(open), quoted(oldest->subject), isoDate(oldest->raisedOn),
                 QString::number(oldest->raisedOn.daysTo(context.today))),
        {{RecordKind::Conflict, oldest->id}});
}

CriterionResult sharedLeadership(const Context &context)
{
    const QString label
        = StageEngine::tr("Leadership is shared: action groups are convened by different people");
    QList<Id> conveners; // distinct, first seen first
    QStringList groups;
    QList<RecordKey> records;
    for (const ActionGroup &group : context.snapshot.groups) {
        if (!group.convenerId)
            continue;
        if (!conveners.contains(*group.convenerId))
            conveners.append(*group.convenerId);
        groups.append(
            StageEngine::tr("%1 (%2)").arg(group.name, context.personName(*group.convenerId)));
        records.append({RecordKind::ActionGroup, group.id});
    }
    if (conveners.isEmpty()) {
        return computed(u"shared-leadership"_s, label, false,
                        StageEngine::tr("No action group has a convener."));
    }
    if (conveners.size() == 1) {
        return computed(u"shared-leadership"_s, label, false,
                        StageEngine::tr("Every convened action group is led by %1: %2.")
                            .arg(context.personName(conveners.first()), nameList(groups)),
                        records);
    }
    // Different people speaking for one and the same organization do not
    // share leadership among the members.
    QSet<Id> organizations;
    bool allKnown = true;
    for (const Id person : conveners) {
        if (const std::optional<Id> organization = context.organizationOf(person))
            organizations.insert(*organization);
        else
            allKnown = false;
    }
    if (allKnown && organizations.size() == 1) {
        return computed(u"shared-leadership"_s, label, false,
                        StageEngine::tr("The %1 conveners all represent %2: %3.")
                            .arg(number(conveners.size()),
                                 context.organizationName(*organizations.cbegin()),
                                 nameList(groups)),
                        records);
    }
    return computed(u"shared-leadership"_s, label, true,
                    StageEngine::tr("%1 different people convene the action groups: %2.")
                        .arg(number(conveners.size()), nameList(groups)),
                    records);
}

} // namespace

QList<CriterionResult> implementation(const Context &context)
{
    return {goalsSet(context),      goalsServed(context), plansComplete(context),
            contributions(context), committees(context),  reportsArriving(context)};
}

QList<CriterionResult> maintenance(const Context &context)
{
    return {recentEvaluation(context), newMembers(context),       sharedSuccesses(context),
            rulesReviewed(context),    conflictsHandled(context), sharedLeadership(context)};
}

} // namespace Coalition::StageCriteria
