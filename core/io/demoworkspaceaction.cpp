// SPDX-License-Identifier: GPL-3.0-or-later
// The action part of the sample coalition: goals of both kinds, three action
// groups with their plans and tasks (some done, some late, some still to
// come), budgets with a gap, a role sought outside, monthly and quarterly
// progress reports with one missing, successes, evaluations and conflicts,
// one of them confidential.
#include "demoworkspace.h"

#include "storage/workspace.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coalition::DemoWorkspace {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Coalition::DemoWorkspace", text);
}

// The sample's organizations, by their place in demoworkspace.cpp's list.
enum Org : int {
    Tenants = 0,
    FoodBank = 1,
    HealthOffice = 2,
    College = 3,
    Parish = 4,
    Clinic = 5,
    Foundation = 7,
    Youth = 8,
    Seniors = 9,
    AlNoor = 11,
    Carla = 13,
};

struct TaskSeed
{
    const char *title;
    Org responsible;
    int startDays; // from today
    int dueDays;
    TaskStatus status;
    int doneDays = 0; // when done
};

class ActionSample final
{
public:
    ActionSample(Workspace &workspace, Id coalitionId, const QDate &today)
        : m_w(workspace)
        , m_coalitionId(coalitionId)
        , m_today(today)
    { }

    Status loadMembers(const QList<Id> &ids)
    {
        for (const Id id : ids) {
            auto membership = m_w.memberships().get(id);
            if (!membership)
                return membership.error();
            m_members.append(*membership);
        }
        return {};
    }

    Id member(Org org) const { return m_members.at(org).id; }
    Id representative(Org org) const { return m_members.at(org).representativeId.value_or(0); }
    QDate day(int fromToday) const { return m_today.addDays(fromToday); }

    Result<Id> goal(GoalKind kind, GoalStatus status, const QString &title, const QString &text,
                    const QStringList &measures, int targetMonths,
                    std::optional<Id> adoptedBy = std::nullopt)
    {
        Goal g;
        g.coalitionId = m_coalitionId;
        g.kind = kind;
        g.status = status;
        g.title = title;
        g.text = text;
        g.measures = measures;
        g.targetOn = m_today.addMonths(targetMonths);
        g.adoptedByDecisionId = adoptedBy;
        return m_w.goals().add(g);
    }

    Result<Id> group(const QString &name, const QString &purpose, Org convener,
                     const QList<Org> &members, const QList<Id> &goals, ReportingCadence cadence,
                     int startedMonthsAgo)
    {
        ActionGroup g;
        g.coalitionId = m_coalitionId;
        g.name = name;
        g.purpose = purpose;
        g.convenerId = representative(convener);
        for (const Org org : members) {
            g.memberships.append(member(org));
            g.people.append(representative(org));
        }
        g.goals = goals;
        g.cadence = cadence;
        g.startedOn = m_today.addMonths(-startedMonthsAgo);
        return m_w.actionGroups().add(g);
    }

    Result<Id> plan(ActionPlan p, const QList<TaskSeed> &tasks)
    {
        auto id = m_w.actionPlans().add(p);
        if (!id)
            return id;
        for (const TaskSeed &seed : tasks) {
            Task t;
            t.planId = *id;
            t.title = tr(seed.title);
            t.responsibleId = member(seed.responsible);
            t.startOn = day(seed.startDays);
            t.dueOn = day(seed.dueDays);
            t.status = seed.status;
            if (seed.status == TaskStatus::Done)
                t.doneOn = day(seed.doneDays);
            if (auto task = m_w.tasks().add(t); !task)
                return task.error();
        }
        return id;
    }

    // One report for every period the group owes, from the one holding its
    // start to the last one that has ended, except `skip` (periods back from
    // the last, 0 = none skipped).
    Status reports(Id groupId, Org author, ReportPeriod first, const QStringList &texts,
                   int skip = 0)
    {
        const ReportPeriod current = first.kind == ReportPeriod::Kind::Month
            ? ReportPeriod::monthOf(m_today)
            : ReportPeriod::quarterOf(m_today);
        QList<ReportPeriod> owed;
        for (ReportPeriod p = first; p < current; p = p.next())
            owed.append(p);
        for (qsizetype i = 0; i < owed.size(); ++i) {
            if (skip > 0 && i == owed.size() - skip)
                continue;
            ProgressReport r;
            r.groupId = groupId;
            r.period = owed.at(i);
            r.authorId = representative(author);
            r.text = texts.at(i % texts.size());
            r.receivedOn = std::min(owed.at(i).last().addDays(4), m_today);
            if (auto id = m_w.progressReports().add(r); !id)
                return id.error();
        }
        return {};
    }

    Workspace &w() { return m_w; }
    Id coalitionId() const { return m_coalitionId; }

private:
    Workspace &m_w;
    Id m_coalitionId;
    QDate m_today;
    QList<Membership> m_members;
};

BudgetLine funded(const QString &item, qint64 cents, Id membershipId)
{
    return {item, cents, membershipId, {}, true};
}

BudgetLine fromOutside(const QString &item, qint64 cents, const QString &source, bool secured)
{
    return {item, cents, std::nullopt, source, secured};
}

template<typename T>
Status statusOf(const Result<T> &result)
{
    return result ? Status() : Status(result.error());
}

#define DEMO_TRY(var, expr)                                                                        \
    auto var = (expr);                                                                             \
    if (!var)                                                                                      \
        return var.error();

#define DEMO_CHECK(expr)                                                                           \
    if (Status status_ = (expr); !status_)                                                         \
        return status_;

} // namespace

Status addAction(Workspace &workspace, Id coalitionId, const QList<Id> &memberships,
                 const QDate &today, const GovernanceLinks &links)
{
    ActionSample s(workspace, coalitionId, today);
    DEMO_CHECK(s.loadMembers(memberships));

    // --- Goals: two tied to the mission, two any coalition has -------------
    DEMO_TRY(repairs,
             s.goal(GoalKind::Specific, GoalStatus::Active,
                    tr("Repairs done and rents held in the river wards"),
                    tr("Tenants get repairs done without fear of losing their home, and rent "
                       "rises stay within what households can pay."),
                    {tr("Repairs logged through the coalition and finished within eight weeks"),
                     tr("Households advised before a rent increase takes effect")},
                    8,
                    links.priorityDecisionId ? std::optional<Id>(links.priorityDecisionId)
                                             : std::nullopt));
    DEMO_TRY(routes,
             s.goal(GoalKind::Specific, GoalStatus::Active,
                    tr("Safe routes to school on the west estates"),
                    tr("Children from the west estates can walk or cycle to school "
                       "without crossing the ring road unprotected."),
                    {tr("Crossings and lights installed on the routes children use"),
                     tr("Children walking to school, counted each spring")},
                    12));
    DEMO_TRY(membership,
             s.goal(GoalKind::Universal, GoalStatus::Active, tr("Broaden the membership"),
                    tr("Bring in the groups and wards the coalition does not yet "
                       "hear from, schools and public services above all."),
                    {tr("Three new member organizations a year"),
                     tr("At least one member based in every ward")},
                    6));
    DEMO_TRY(funds,
             s.goal(GoalKind::Universal, GoalStatus::Proposed,
                    tr("Secure the coalition's operating funds"),
                    tr("Fund the part-time coordinator and the running costs beyond the current "
                       "grant, from more than one source."),
                    {tr("Coordinator post funded for the year after the grant ends"),
                     tr("No single funder pays more than half of the running costs")},
                    10));

    // --- Action groups --------------------------------------------------
    DEMO_TRY(repairsGroup,
             s.group(tr("Housing Repairs Group"),
                     tr("Runs the monthly repairs clinic and presses landlords and the council "
                        "to finish the repairs tenants report."),
                     Tenants, {Tenants, Parish, Seniors, Carla}, {*repairs},
                     ReportingCadence::Monthly, 8));
    DEMO_TRY(routesGroup,
             s.group(tr("Safe Routes Group"),
                     tr("Maps the walk to school with the children and campaigns for crossings "
                        "where they are needed."),
                     Youth, {Youth, Clinic, Parish, HealthOffice}, {*routes},
                     ReportingCadence::Monthly, 5));
    DEMO_TRY(outreachGroup,
             s.group(tr("Outreach and Funding Group"),
                     tr("Finds new members and the money that keeps the coalition running."),
                     FoodBank, {FoodBank, College, AlNoor, Foundation}, {*membership, *funds},
                     ReportingCadence::Quarterly, 10));

    // --- Plans and their tasks --------------------------------------------
    ActionPlan clinic;
    clinic.goalId = *repairs;
    clinic.groupId = *repairsGroup;
    clinic.leadMembershipId = s.member(Tenants);
    clinic.title = tr("Repairs clinic and tenants' repairs log");
    clinic.startOn = today.addMonths(-7);
    clinic.dueOn = today.addMonths(5);
    clinic.criteria = {tr("Repairs logged, and the share finished within eight weeks"),
                       tr("Tenants' satisfaction with the clinic, surveyed twice a year")};
    clinic.budget = {funded(tr("Printing of the repairs log books"), 35000, s.member(Parish)),
                     fromOutside(tr("Legal advice sessions at the clinic"), 120000,
                                 tr("Greenway Foundation small grant"), true)};
    clinic.staffing = {{tr("Clinic volunteers"), 16, s.member(Tenants), false},
                       {tr("Housing caseworker"), 20, s.member(Seniors), false}};
    DEMO_TRY(
        clinicPlan,
        s.plan(clinic,
               {{QT_TRANSLATE_NOOP("Coalition::DemoWorkspace", "Design the repairs log"), Tenants,
                 -210, -190, TaskStatus::Done, -192},
                {QT_TRANSLATE_NOOP("Coalition::DemoWorkspace", "Train ten volunteer log-keepers"),
                 Seniors, -185, -160, TaskStatus::Done, -158},
                {QT_TRANSLATE_NOOP("Coalition::DemoWorkspace", "Hold the first repairs clinic"),
                 Parish, -150, -120, TaskStatus::Done, -121},
                {QT_TRANSLATE_NOOP("Coalition::DemoWorkspace",
                                   "Send the six-month repairs report to the council"),
                 Tenants, -40, -10, TaskStatus::InProgress, 0},
                {QT_TRANSLATE_NOOP("Coalition::DemoWorkspace",
                                   "Meet the housing department about overdue repairs"),
                 Carla, 5, 21, TaskStatus::NotStarted, 0}}));

    ActionPlan crossings;
    crossings.goalId = *routes;
    crossings.groupId = *routesGroup;
    crossings.leadMembershipId = s.member(Youth);
    crossings.title = tr("Safer crossings on the west estates");
    crossings.startOn = today.addMonths(-4);
    crossings.dueOn = today.addMonths(8);
    crossings.criteria = {tr("Crossings installed on the mapped routes"),
                          tr("Parents' sense of safety before and after the trial")};
    crossings.budget
        = {funded(tr("Walking-route survey and maps"), 80000, s.member(Clinic)),
           fromOutside(tr("Pop-up crossing trial: cones, signs and high-visibility vests"), 240000,
                       tr("Town road-safety fund"), false),
           funded(tr("Insurance for volunteer stewards"), 30000, s.member(Parish))};
    crossings.staffing = {{tr("Crossing-trial stewards"), 24, s.member(Youth), false},
                          {tr("Traffic engineer (advice)"), 10, std::nullopt, true}};
    crossings.notes = tr("The trial cannot start until the road-safety fund answers.");
    DEMO_TRY(
        crossingsPlan,
        s.plan(
            crossings,
            {{QT_TRANSLATE_NOOP("Coalition::DemoWorkspace",
                                "Map the routes children walk, with the children"),
              Youth, -115, -90, TaskStatus::Done, -88},
             {QT_TRANSLATE_NOOP("Coalition::DemoWorkspace",
                                "Count the children walking: the baseline"),
              Clinic, -80, -60, TaskStatus::Done, -62},
             {QT_TRANSLATE_NOOP("Coalition::DemoWorkspace", "Apply to the town's road-safety fund"),
              Youth, -45, -20, TaskStatus::NotStarted, 0},
             {QT_TRANSLATE_NOOP("Coalition::DemoWorkspace",
                                "Agree a parents' survey with the school"),
              Clinic, -30, -5, TaskStatus::InProgress, 0},
             {QT_TRANSLATE_NOOP("Coalition::DemoWorkspace", "Run the pop-up crossing trial"), Youth,
              40, 60, TaskStatus::NotStarted, 0}}));

    ActionPlan recruit;
    recruit.goalId = *membership;
    recruit.groupId = *outreachGroup;
    recruit.leadMembershipId = s.member(FoodBank);
    recruit.title = tr("Recruit at the spring fair and after");
    recruit.startOn = today.addDays(-135);
    recruit.dueOn = today.addDays(45);
    recruit.criteria
        = {tr("Organizations that joined or were invited"), tr("Wards with at least one member")};
    recruit.budget = {funded(tr("Stall materials and leaflets"), 40000, s.member(FoodBank))};
    recruit.staffing = {{tr("Stall volunteers"), 12, s.member(AlNoor), false}};
    if (links.fairDecisionId)
        recruit.adoptedByDecisionId = links.fairDecisionId;
    DEMO_CHECK(statusOf(s.plan(
        recruit,
        {{QT_TRANSLATE_NOOP("Coalition::DemoWorkspace",
                            "Run the coalition's stall at the spring fair"),
          FoodBank, -135, -128, TaskStatus::Done, -128},
         {QT_TRANSLATE_NOOP("Coalition::DemoWorkspace", "Follow up every contact within two weeks"),
          AlNoor, -128, -114, TaskStatus::Done, -115},
         {QT_TRANSLATE_NOOP("Coalition::DemoWorkspace", "Invite the housing department to join"),
          FoodBank, -40, -10, TaskStatus::Done, -10},
         {QT_TRANSLATE_NOOP("Coalition::DemoWorkspace",
                            "Present the coalition at Westfield Primary School"),
          College, -7, 14, TaskStatus::InProgress, 0}})));

    ActionPlan bid;
    bid.goalId = *funds;
    bid.groupId = *outreachGroup;
    bid.leadMembershipId = s.member(College);
    bid.title = tr("A funding plan for the coordinator post");
    bid.startOn = today.addMonths(-2);
    bid.dueOn = today.addMonths(4);
    bid.criteria = {tr("Bids sent, and the share of the post they would pay")};
    bid.budget = {funded(tr("Bid-writing workshop"), 15000, s.member(College))};
    bid.staffing = {{tr("Bid writer"), 8, s.member(College), false}};
    DEMO_CHECK(statusOf(s.plan(
        bid,
        {{QT_TRANSLATE_NOOP("Coalition::DemoWorkspace", "List the funders that pay for core costs"),
          College, -55, -35, TaskStatus::Done, -36},
         {QT_TRANSLATE_NOOP("Coalition::DemoWorkspace",
                            "Draft the renewal bid to the Greenway Foundation"),
          College, -20, 30, TaskStatus::InProgress, 0}})));

    // --- Progress reports: every one owed, but one month of Safe Routes ----
    const QStringList repairsTexts{
        tr("Clinic held; new repairs logged and chased with the landlords."),
        tr("Log-keepers visited the blocks on Mill Lane; two landlords answered in writing."),
        tr("Fewer repairs reported this month; damp is still the most common problem.")};
    DEMO_CHECK(s.reports(*repairsGroup, Tenants, ReportPeriod::monthOf(today.addMonths(-8)),
                         repairsTexts));
    const QStringList routesTexts{
        tr("Routes walked with two classes; the ring-road crossing is the worst spot."),
        tr("Baseline count done; the clinic is writing up the figures.")};
    DEMO_CHECK(
        s.reports(*routesGroup, Youth, ReportPeriod::monthOf(today.addMonths(-5)), routesTexts, 2));
    DEMO_CHECK(s.reports(*outreachGroup, FoodBank, ReportPeriod::quarterOf(today.addMonths(-10)),
                         {tr("New contacts followed up; the funders' list is growing.")}));

    // --- Successes, shared among the members who made them -----------------
    Success fixed;
    fixed.coalitionId = coalitionId;
    fixed.title = tr("Forty repairs finished after the first clinics");
    fixed.text = tr("Landlords finished forty of the repairs tenants logged at the clinic, "
                    "most within eight weeks.");
    fixed.achievedOn = s.day(-75);
    fixed.credited = {s.member(Tenants), s.member(Seniors), s.member(Carla)};
    fixed.groupId = *repairsGroup;
    fixed.goalId = *repairs;
    DEMO_CHECK(statusOf(workspace.successes().add(fixed)));
    Success fair;
    fair.coalitionId = coalitionId;
    fair.title = tr("Thirty residents signed up at the spring fair");
    fair.achievedOn = s.day(-128);
    fair.credited = {s.member(FoodBank), s.member(AlNoor), s.member(Parish)};
    fair.groupId = *outreachGroup;
    fair.goalId = *membership;
    DEMO_CHECK(statusOf(workspace.successes().add(fair)));
    Success map;
    map.coalitionId = coalitionId;
    map.title = tr("The school uses the children's walking map");
    map.text = tr("Westfield Primary School hands the map to every new family.");
    map.achievedOn = s.day(-40);
    map.credited = {s.member(Youth), s.member(Clinic)};
    map.groupId = *routesGroup;
    map.goalId = *routes;
    DEMO_CHECK(statusOf(workspace.successes().add(map)));

    // --- Evaluations ---------------------------------------------------------
    Evaluation survey;
    survey.coalitionId = coalitionId;
    survey.activity = tr("Repairs clinic");
    survey.on = s.day(-50);
    survey.method = EvaluationMethod::SatisfactionSurvey;
    survey.findings = tr("31 of the 40 tenants who answered found the clinic useful; the wait "
                         "for an adviser was the main complaint.");
    survey.score = 78;
    survey.groupId = *repairsGroup;
    survey.planId = *clinicPlan;
    DEMO_CHECK(statusOf(workspace.evaluations().add(survey)));
    Evaluation training;
    training.coalitionId = coalitionId;
    training.activity = tr("Training of the volunteer log-keepers");
    training.on = s.day(-158);
    training.method = EvaluationMethod::PrePostTest;
    training.findings = tr("Scores on tenants' rights rose from 41 to 64 out of 100 between the "
                           "start and the end of the training.");
    training.score = 64;
    training.planId = *clinicPlan;
    DEMO_CHECK(statusOf(workspace.evaluations().add(training)));
    Evaluation walk;
    walk.coalitionId = coalitionId;
    walk.activity = tr("Route-mapping walks");
    walk.on = s.day(-85);
    walk.method = EvaluationMethod::FocusGroup;
    walk.findings = tr("The children wanted a second walk in winter light.");
    walk.groupId = *routesGroup;
    walk.planId = *crossingsPlan;
    DEMO_CHECK(statusOf(workspace.evaluations().add(walk)));

    // --- Conflicts: one with a mediator, one settled, one confidential -----
    Conflict statement;
    statement.coalitionId = coalitionId;
    statement.subject = tr("Who signs the joint letter on the repairs grant");
    statement.parties = {s.member(Tenants), s.member(Seniors)};
    statement.raisedOn = s.day(-45);
    statement.status = ConflictStatus::Open;
    statement.step = EscalationStep::Mediator;
    statement.notes = tr("Talked through at two meetings without agreement; the chair has asked "
                         "an independent mediator to help.");
    DEMO_CHECK(statusOf(workspace.conflicts().add(statement)));
    Conflict hall;
    hall.coalitionId = coalitionId;
    hall.subject = tr("The parish hall on the weekend of the fair");
    hall.parties = {s.member(Parish), s.member(Youth)};
    hall.raisedOn = s.day(-140);
    hall.status = ConflictStatus::Resolved;
    hall.step = EscalationStep::Discussion;
    hall.resolution = tr("Youth Voices moved its workshop to the college; the parish kept the "
                         "hall for the fair.");
    hall.resolvedOn = s.day(-126);
    DEMO_CHECK(statusOf(workspace.conflicts().add(hall)));
    Conflict share;
    share.coalitionId = coalitionId;
    share.subject = tr("How the Greenway grant is shared between two members");
    share.parties = {s.member(Tenants), s.member(FoodBank)};
    share.raisedOn = s.day(-20);
    share.status = ConflictStatus::Open;
    share.step = EscalationStep::Discussion;
    share.confidential = true;
    share.notes = tr("Kept between the two members and the chair until they have talked it "
                     "through.");
    DEMO_CHECK(statusOf(workspace.conflicts().add(share)));
    return {};
}

#undef DEMO_TRY
#undef DEMO_CHECK

} // namespace Coalition::DemoWorkspace
