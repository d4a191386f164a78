// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A hand-built coalition for the report tests: two open action groups and a
// confidential one, late tasks, a budget gap, a staffing gap, a missing
// report, decisions, membership changes, successes, evaluations and
// conflicts in and around October 2026.

#include "reports/reportdata.h"

using namespace Qt::StringLiterals;

namespace ReportFixture {

using namespace Coalition;

inline QDate day(int year, int month, int dayOfMonth)
{
    return QDate(year, month, dayOfMonth);
}

inline Membership member(Id id, Id organizationId, QList<StatusChange> history)
{
    Membership membership;
    membership.id = id;
    membership.coalitionId = 1;
    membership.organizationId = organizationId;
    membership.history = std::move(history);
    membership.status = membership.history.isEmpty() ? MembershipStatus::Active
                                                     : membership.history.last().status;
    return membership;
}

inline Task task(Id id, Id planId, const QString &title, QDate due, TaskStatus status,
                 std::optional<Id> responsible = std::nullopt, bool confidential = false)
{
    Task t;
    t.id = id;
    t.planId = planId;
    t.title = title;
    t.dueOn = due;
    t.status = status;
    t.responsibleId = responsible;
    t.confidential = confidential;
    if (status == TaskStatus::Done)
        t.doneOn = due.addDays(-1);
    return t;
}

inline ReportDecision decision(Id id, QDate on, const QString &title, DecisionOutcome outcome,
                               DecisionStatus status)
{
    ReportDecision entry;
    entry.decision.id = id;
    entry.decision.title = title;
    entry.decision.outcome = outcome;
    entry.decision.status = status;
    entry.meetingOn = on;
    entry.bodyName = u"Executive committee"_s;
    return entry;
}

inline ReportData seeded()
{
    using S = MembershipStatus;
    ReportData data;
    data.coalition.id = 1;
    data.coalition.name = u"Riverside Neighbourhood Coalition"_s;

    data.organizationNames = {{11, u"Eastgate Food Bank"_s},
                              {12, u"Riverside Tenants' Union"_s},
                              {13, u"Northside Library"_s},
                              {14, u"Harbor Credit Union"_s},
                              {15, u"Westside Youth Club"_s}};
    data.personNames = {{21, u"Amina Diallo"_s}, {22, u"Tom Berger"_s}};
    data.memberships = {
        member(1, 11, {{S::Invited, day(2026, 3, 1), {}}, {S::Active, day(2026, 4, 1), {}}}),
        member(2, 12,
               {{S::Active, day(2025, 5, 1), {}},
                {S::Withdrawn, day(2026, 10, 20), u"Merged with a citywide union"_s}}),
        member(3, 13, {{S::Invited, day(2026, 9, 20), {}}, {S::Active, day(2026, 10, 5), {}}}),
        member(4, 14, {{S::Active, day(2024, 1, 10), {}}}),
        member(5, 15, {{S::Prospective, day(2026, 10, 2), u"Met at the fair"_s}}),
    };

    Goal food;
    food.id = 31;
    food.title = u"Cut food insecurity in Riverside"_s;
    Goal broaden;
    broaden.id = 32;
    broaden.kind = GoalKind::Universal;
    broaden.title = u"Broaden the membership"_s;
    Goal secret;
    secret.id = 33;
    secret.title = u"Settle the landlord dispute quietly"_s;
    secret.confidential = true;
    data.goals = {food, broaden, secret};

    ActionGroup foodGroup;
    foodGroup.id = 41;
    foodGroup.name = u"Food Access"_s;
    foodGroup.convenerId = 21;
    foodGroup.memberships = {1, 4};
    foodGroup.goals = {31};
    foodGroup.cadence = ReportingCadence::Monthly;
    foodGroup.startedOn = day(2026, 8, 1);
    ActionGroup outreach;
    outreach.id = 42;
    outreach.name = u"Outreach"_s;
    outreach.convenerId = 22;
    outreach.goals = {32, 33};
    outreach.cadence = ReportingCadence::Quarterly;
    outreach.startedOn = day(2026, 1, 1);
    ActionGroup talks;
    talks.id = 43;
    talks.name = u"Negotiation"_s;
    talks.cadence = ReportingCadence::Monthly;
    talks.startedOn = day(2026, 10, 1);
    talks.confidential = true;
    data.groups = {outreach, talks, foodGroup};

    ActionPlan pantry;
    pantry.id = 51;
    pantry.goalId = 31;
    pantry.groupId = 41;
    pantry.leadMembershipId = 1;
    pantry.title = u"Winter pantry network"_s;
    pantry.dueOn = day(2026, 12, 15);
    pantry.budget = {{u"Cold storage"_s, 500000, 1, {}, true},
                     {u"Fuel"_s, 300000, std::nullopt, u"City grant"_s, false}};
    pantry.staffing = {{u"Coordinator"_s, 20, 1, false}, {u"Drivers"_s, 30, std::nullopt, true}};
    ActionPlan market;
    market.id = 52;
    market.goalId = 31;
    market.groupId = 41;
    market.leadMembershipId = 4;
    market.title = u"Mobile market pilot"_s;
    market.dueOn = day(2026, 11, 30);
    market.budget = {{u"Van hire"_s, 120000, 4, {}, true}};
    market.staffing = {{u"Stall staff"_s, 10, 4, false}};
    ActionPlan drive;
    drive.id = 53;
    drive.goalId = 32;
    drive.groupId = 42;
    drive.leadMembershipId = 3;
    drive.title = u"Membership drive"_s;
    drive.dueOn = day(2027, 3, 31);
    drive.staffing = {{u"Canvasser"_s, 5, std::nullopt, false}};
    ActionPlan hiddenTalks;
    hiddenTalks.id = 54;
    hiddenTalks.goalId = 33;
    hiddenTalks.groupId = 43;
    hiddenTalks.title = u"Talks with the landlord"_s;
    hiddenTalks.dueOn = day(2026, 12, 1);
    ActionPlan donor;
    donor.id = 55;
    donor.goalId = 32;
    donor.groupId = 42;
    donor.title = u"Quiet donor approach"_s;
    donor.confidential = true;
    donor.budget = {{u"Dinner"_s, 40000, std::nullopt, u"Donor"_s, false}};
    data.plans = {pantry, market, drive, hiddenTalks, donor};

    using T = TaskStatus;
    data.tasks = {
        task(61, 51, u"Map pantry sites"_s, day(2026, 9, 30), T::Done, 1),
        task(62, 51, u"Sign site agreements"_s, day(2026, 10, 15), T::InProgress, 1),
        task(63, 51, u"Recruit drivers"_s, day(2026, 10, 28), T::NotStarted, 4),
        task(64, 51, u"Launch the pantry rota"_s, day(2026, 11, 20), T::NotStarted, 1),
        task(65, 52, u"Choose market stops"_s, day(2026, 10, 30), T::Done, 4),
        task(66, 52, u"Book the van"_s, day(2026, 11, 10), T::InProgress, 4),
        task(67, 52, u"Vendor side deal"_s, day(2026, 10, 20), T::NotStarted, 4, true),
        task(68, 53, u"Design the flyer"_s, day(2026, 10, 31), T::InProgress, 3),
        task(69, 53, u"Old idea"_s, day(2026, 10, 1), T::Dropped),
        task(70, 54, u"First meeting with the landlord"_s, day(2026, 10, 10), T::NotStarted),
    };

    auto report = [](Id id, Id group, const QString &period, QDate received, bool confidential) {
        ProgressReport r;
        r.id = id;
        r.groupId = group;
        r.period = *ReportPeriod::parse(period);
        r.receivedOn = received;
        r.confidential = confidential;
        return r;
    };
    data.reports = {report(81, 41, u"2026-08"_s, day(2026, 9, 3), false),
                    report(82, 41, u"2026-10"_s, day(2026, 10, 30), false),
                    report(83, 42, u"2026-Q1"_s, day(2026, 4, 8), false),
                    report(85, 42, u"2026-Q4"_s, day(2026, 10, 30), true)};

    using O = DecisionOutcome;
    using D = DecisionStatus;
    data.decisions = {
        decision(91, day(2026, 10, 8), u"Raise the dues"_s, O::Rejected, D::Rejected),
        decision(92, day(2026, 10, 8), u"Adopt the winter pantry plan"_s, O::Adopted, D::Adopted),
        decision(93, day(2026, 9, 10), u"Hold a September fair"_s, O::Adopted, D::Adopted),
        decision(94, day(2026, 10, 22), u"Open the books to members"_s, O::Pending, D::Proposed),
    };

    Success opened;
    opened.id = 101;
    opened.title = u"First pantry site opened"_s;
    opened.achievedOn = day(2026, 10, 12);
    opened.credited = {4, 1};
    opened.groupId = 41;
    Success fair;
    fair.id = 102;
    fair.title = u"September fair drew 300 people"_s;
    fair.achievedOn = day(2026, 9, 12);
    Success quiet;
    quiet.id = 103;
    quiet.title = u"Landlord agreed to talk"_s;
    quiet.achievedOn = day(2026, 10, 25);
    quiet.confidential = true;
    data.successes = {opened, fair, quiet};

    Evaluation training;
    training.id = 111;
    training.activity = u"Volunteer training"_s;
    training.on = day(2026, 10, 18);
    training.score = 82;
    training.findings = u"Volunteers felt ready | asked for a refresher"_s;
    Evaluation hiddenReview;
    hiddenReview.id = 112;
    hiddenReview.activity = u"Review of the talks"_s;
    hiddenReview.on = day(2026, 10, 3);
    hiddenReview.confidential = true;
    data.evaluations = {training, hiddenReview};

    auto conflict = [](Id id, const QString &subject, QDate raised, ConflictStatus status,
                       EscalationStep step, QList<Id> parties, bool confidential) {
        Conflict c;
        c.id = id;
        c.subject = subject;
        c.raisedOn = raised;
        c.status = status;
        c.step = step;
        c.parties = std::move(parties);
        c.confidential = confidential;
        return c;
    };
    using C = ConflictStatus;
    using E = EscalationStep;
    data.conflicts = {
        conflict(121, u"Shared van schedule"_s, day(2026, 9, 15), C::Open, E::Mediator, {4, 1},
                 false),
        conflict(122, u"Logo colours"_s, day(2026, 6, 1), C::Resolved, E::Discussion, {1, 3},
                 false),
        conflict(123, u"Who speaks to the landlord"_s, day(2026, 10, 1), C::Open, E::Discussion,
                 {2, 4}, true),
        conflict(124, u"Meeting times"_s, day(2026, 11, 5), C::Open, E::Discussion, {3, 4}, false),
    };
    return data;
}

} // namespace ReportFixture
