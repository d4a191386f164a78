// SPDX-License-Identifier: GPL-3.0-or-later
// The stage assessment (rules/stageassessment.h): every computed criterion
// flips with the piece of data that decides it, checklist answers map to
// their statuses, the suggestion rule holds at its boundaries, what is
// missing for the next stage is exactly the unmet criteria, and the recorded
// stage is compared with the evidence.

#include "rules/stageassessment.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coalition;

Q_DECLARE_METATYPE(Coalition::StageSnapshot)

namespace {

const QDate Today(2026, 6, 15);
constexpr Id CoalitionId = 1;
constexpr Id FullBody = 21;
constexpr Id Strategic = 22;
constexpr Id Executive = 23;

const QStringList PreFormationIds{
    u"complex-issue"_s,    u"service-gap"_s,     u"shared-priority"_s,
    u"willing-partners"_s, u"joint-ownership"_s, u"shared-resources"_s,
    u"real-commitment"_s,  u"purpose-stated"_s,  u"partners-identified"_s};
const QStringList FormationIds{
    u"convened"_s,          u"approved"_s,           u"procedure-agreed"_s, u"key-rules"_s,
    u"mission-statement"_s, u"structure-recorded"_s, u"representatives"_s,  u"founding-members"_s};
const QStringList ImplementationIds{u"goals-set"_s,     u"goals-served"_s, u"plans-complete"_s,
                                    u"contributions"_s, u"committees"_s,   u"reports-arriving"_s};
const QStringList MaintenanceIds{u"recent-evaluation"_s, u"new-members"_s,
                                 u"shared-successes"_s,  u"rules-reviewed"_s,
                                 u"conflicts-handled"_s, u"shared-leadership"_s};
const QStringList InstitutionalizationIds{u"operating-support"_s, u"own-structure"_s,
                                          u"long-running"_s, u"skills-grown"_s,
                                          u"community-decisions"_s};
const QStringList ChecklistIds{
    u"complex-issue"_s,    u"service-gap"_s,     u"shared-priority"_s,
    u"willing-partners"_s, u"joint-ownership"_s, u"shared-resources"_s,
    u"real-commitment"_s,  u"skills-grown"_s,    u"community-decisions"_s};

StageSnapshot empty()
{
    StageSnapshot s;
    s.coalition.id = CoalitionId;
    s.coalition.name = u"Riverside Housing Coalition"_s;
    s.today = Today;
    s.organizationNames = {{101, u"Alpha Tenants"_s},
                           {102, u"Bridge Clinic"_s},
                           {103, u"Canal School"_s},
                           {104, u"Dock Workers Union"_s}};
    s.personNames = {
        {201, u"Ana Ruiz"_s}, {202, u"Ben Okafor"_s}, {203, u"Chloe Marsh"_s}, {204, u"Dan Ito"_s}};
    return s;
}

// Membership n (11..14) is organization 100 + n - 10, represented by person
// 200 + n - 10.
Membership member(Id id, MembershipStatus status = MembershipStatus::Active,
                  MembershipKind kind = MembershipKind::VotingMember)
{
    Membership m;
    m.id = id;
    m.coalitionId = CoalitionId;
    m.organizationId = id + 90;
    m.status = status;
    m.kind = kind;
    m.representativeId = id + 190;
    m.joinedOn = QDate(2023, 1, 10);
    return m;
}

Contribution money(ContributionPeriod period)
{
    Contribution c;
    c.kind = ContributionKind::Money;
    c.description = u"Operating grant"_s;
    c.valueCents = 50000;
    c.period = period;
    return c;
}

Body body(Id id, BodyKind kind, const QString &name, const QList<Id> &seats = {})
{
    Body b;
    b.id = id;
    b.coalitionId = CoalitionId;
    b.kind = kind;
    b.name = name;
    for (const Id seat : seats)
        b.seats.append({seat, u"member"_s, true});
    return b;
}

Meeting meeting(Id id, Id bodyId, const QDate &on, const QList<Id> &attending)
{
    Meeting m;
    m.id = id;
    m.bodyId = bodyId;
    m.startsAt = QDateTime(on, QTime(18, 0));
    m.scheduledOn = on.addDays(-14);
    for (const Id membershipId : attending)
        m.attendance.append({membershipId, std::nullopt});
    return m;
}

Decision decision(Id id, Id meetingId, DecisionStatus status, DecisionOutcome outcome)
{
    Decision d;
    d.id = id;
    d.meetingId = meetingId;
    d.title = u"Found the coalition"_s;
    d.status = status;
    d.outcome = outcome;
    return d;
}

GroundRule rule(Id id, RuleArea area, RuleStatus status = RuleStatus::Agreed,
                const QDate &reviewOn = QDate(2027, 1, 1))
{
    GroundRule r;
    r.id = id;
    r.coalitionId = CoalitionId;
    r.area = area;
    r.title = u"Rule %1"_s.arg(id);
    r.status = status;
    r.reviewOn = reviewOn;
    return r;
}

QList<GroundRule> keyRules()
{
    return {rule(41, RuleArea::DecisionMaking), rule(42, RuleArea::Media),
            rule(43, RuleArea::Confidentiality), rule(44, RuleArea::Information),
            rule(45, RuleArea::Representatives)};
}

Goal goal(Id id, GoalStatus status, const QDate &targetOn = {})
{
    Goal g;
    g.id = id;
    g.coalitionId = CoalitionId;
    g.title = u"Goal %1"_s.arg(id);
    g.status = status;
    g.targetOn = targetOn;
    return g;
}

ActionGroup group(Id id, const QList<Id> &goals, std::optional<Id> convener,
                  ReportingCadence cadence = ReportingCadence::None)
{
    ActionGroup g;
    g.id = id;
    g.coalitionId = CoalitionId;
    g.name = u"Group %1"_s.arg(id);
    g.goals = goals;
    g.convenerId = convener;
    g.cadence = cadence;
    g.startedOn = QDate(2026, 4, 1);
    return g;
}

ActionPlan plan(Id id, Id goalId, Id groupId)
{
    ActionPlan p;
    p.id = id;
    p.goalId = goalId;
    p.groupId = groupId;
    p.title = u"Plan %1"_s.arg(id);
    p.startOn = QDate(2026, 4, 1);
    p.dueOn = QDate(2026, 12, 31);
    p.criteria = {u"Forty households reached"_s};
    p.budget = {{u"Printing"_s, 20000, std::nullopt, u"City grant"_s, true}};
    return p;
}

ProgressReport report(Id id, Id groupId, const QString &period, const QDate &receivedOn)
{
    ProgressReport r;
    r.id = id;
    r.groupId = groupId;
    r.period = ReportPeriod::parse(period).value();
    r.text = u"What we did"_s;
    r.receivedOn = receivedOn;
    return r;
}

Success success(Id id, const QDate &on, const QList<Id> &credited)
{
    Success x;
    x.id = id;
    x.coalitionId = CoalitionId;
    x.title = u"The city adopted the tenants' charter"_s;
    x.achievedOn = on;
    x.credited = credited;
    return x;
}

Evaluation evaluation(Id id, const QDate &on)
{
    Evaluation e;
    e.id = id;
    e.coalitionId = CoalitionId;
    e.activity = u"Spring forum"_s;
    e.on = on;
    return e;
}

Conflict conflict(Id id, const QDate &raisedOn, ConflictStatus status = ConflictStatus::Open)
{
    Conflict c;
    c.id = id;
    c.coalitionId = CoalitionId;
    c.subject = u"Who chairs the forum"_s;
    c.raisedOn = raisedOn;
    c.status = status;
    return c;
}

ChecklistAnswer answer(Id id, const QString &item, ChecklistValue value, const QString &note = {})
{
    ChecklistAnswer a;
    a.id = id;
    a.coalitionId = CoalitionId;
    a.item = item;
    a.value = value;
    a.note = note;
    a.answeredOn = QDate(2026, 1, 20);
    return a;
}

StageChange change(Id id, DevelopmentStage stage, const QDate &on)
{
    StageChange c;
    c.id = id;
    c.coalitionId = CoalitionId;
    c.stage = stage;
    c.on = on;
    c.rationale = u"Agreed at the general meeting"_s;
    return c;
}

// Answers "yes" to the first `count` checklist items of `ids`.
QList<ChecklistAnswer> yes(const QStringList &ids, qsizetype count)
{
    QList<ChecklistAnswer> answers;
    for (qsizetype i = 0; i < count; ++i)
        answers.append(answer(301 + i, ids.at(i), ChecklistValue::Yes));
    return answers;
}

// Pre-formation and formation fully met; nothing of the later stages.
StageSnapshot formed()
{
    StageSnapshot s = empty();
    s.checklist = yes(PreFormationIds, 7);
    s.coalition.purpose = u"Decent, affordable homes along the river"_s;
    s.coalition.mission = u"We bring tenants, clinics and schools together for housing."_s;
    s.coalition.startDate = QDate(2023, 1, 10);
    s.coalition.meetings.frequency = u"monthly"_s;
    s.coalition.leadOrganizationId = 101;
    s.memberships = {member(11), member(12), member(13)};
    s.bodies = {body(FullBody, BodyKind::FullMembership, u"General Assembly"_s)};
    DecisionProcedure procedure;
    procedure.id = 31;
    procedure.bodyId = FullBody;
    s.procedures = {procedure};
    s.rules = keyRules();
    s.meetings = {meeting(51, FullBody, QDate(2023, 2, 1), {11, 12, 13})};
    s.decisions = {decision(61, 51, DecisionStatus::Adopted, DecisionOutcome::Adopted)};
    return s;
}

// Every criterion of every stage met.
StageSnapshot complete()
{
    StageSnapshot s = formed();
    s.checklist = yes(ChecklistIds, ChecklistIds.size());
    s.memberships.append(member(14));
    s.memberships[3].joinedOn = QDate(2026, 1, 10);
    for (Membership &m : s.memberships) {
        m.duesCents = 12000;
        m.duesPaidThrough = QDate(2026, 12, 31);
        m.contributions = {money(ContributionPeriod::Monthly)};
    }
    s.bodies << body(Strategic, BodyKind::StrategicCommittee, u"Strategy Table"_s, {11, 12})
             << body(Executive, BodyKind::ExecutiveCommittee, u"Board"_s, {11, 12, 13});
    s.meetings.append(meeting(52, Executive, QDate(2026, 6, 1), {11, 12}));
    s.goals = {goal(71, GoalStatus::Active), goal(72, GoalStatus::Achieved)};
    s.groups = {group(81, {71}, 201, ReportingCadence::Monthly), group(82, {72}, 202)};
    s.plans = {plan(91, 71, 81)};
    s.reports = {report(95, 81, u"2026-04"_s, QDate(2026, 5, 4)),
                 report(96, 81, u"2026-05"_s, QDate(2026, 6, 3))};
    s.successes = {success(97, QDate(2026, 5, 1), {11, 12})};
    s.evaluations = {evaluation(98, QDate(2026, 3, 1))};
    s.conflicts = {conflict(99, QDate(2025, 1, 5), ConflictStatus::Resolved)};
    return s;
}

const CriterionResult *find(const StageAssessment &assessment, const QString &id)
{
    for (const StageResult &stage : assessment.stages) {
        for (const CriterionResult &criterion : stage.criteria) {
            if (criterion.id == id)
                return &criterion;
        }
    }
    return nullptr;
}

CriterionResult criterion(const StageSnapshot &snapshot, const QString &id)
{
    const StageAssessment assessment = StageEngine::assess(snapshot);
    const CriterionResult *found = find(assessment, id);
    if (!found)
        qFatal("no such criterion in the assessment");
    return *found;
}

QStringList idsOf(const QList<CriterionResult> &criteria)
{
    QStringList ids;
    for (const CriterionResult &each : criteria)
        ids.append(each.id);
    return ids;
}

} // namespace

class TestStageAssessment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyCoalition();
    void completeCoalition();
    void checklistCatalogue();
    void checklistAnswers_data();
    void checklistAnswers();
    void criterionFlips_data();
    void criterionFlips();
    void evidenceNamesTheRecords();
    void substantiallyMet_data();
    void substantiallyMet();
    void suggestion_data();
    void suggestion();
    void reasons();
    void missingForNext();
    void recordedStage_data();
    void recordedStage();
    void statusKeys();
};

void TestStageAssessment::emptyCoalition()
{
    const StageAssessment assessment = StageEngine::assess(empty());
    QCOMPARE(assessment.suggested, DevelopmentStage::PreFormation);
    QVERIFY(!assessment.recorded);
    QVERIFY(!assessment.recordedChange);
    QCOMPARE(assessment.warnings, QStringList());

    const QList<QStringList> ids{PreFormationIds, FormationIds, ImplementationIds, MaintenanceIds,
                                 InstitutionalizationIds};
    QCOMPARE(assessment.stages.size(), 5);
    for (qsizetype i = 0; i < assessment.stages.size(); ++i) {
        const StageResult &stage = assessment.stages.at(i);
        QCOMPARE(stage.stage, DevelopmentStage(i));
        QCOMPARE(idsOf(stage.criteria), ids.at(i));
        QCOMPARE(stage.met, 0);
        QCOMPARE(stage.total, ids.at(i).size());
        QVERIFY(!stage.substantiallyMet);
        for (const CriterionResult &each : stage.criteria) {
            QCOMPARE(each.checklist, ChecklistIds.contains(each.id));
            QCOMPARE(criterionStatusKey(each.status),
                     each.checklist ? u"unanswered"_s : u"not_met"_s);
            QVERIFY2(!each.label.isEmpty(), qPrintable(each.id));
            QVERIFY2(!each.evidence.isEmpty(), qPrintable(each.id));
        }
    }
    QCOMPARE(idsOf(assessment.missingForNext), PreFormationIds);
    QCOMPARE(assessment.reasons,
             QStringList{u"Pre-formation: 0 of 9 criteria met (at least 7 needed): not yet "
                         "substantially met, so this is the stage the evidence supports."_s});
}

void TestStageAssessment::completeCoalition()
{
    const StageAssessment assessment = StageEngine::assess(complete());
    for (const StageResult &stage : assessment.stages) {
        for (const CriterionResult &each : stage.criteria)
            QVERIFY2(each.status == CriterionStatus::Met,
                     qPrintable(each.id + u": "_s + each.evidence));
        QCOMPARE(stage.met, stage.total);
        QVERIFY(stage.substantiallyMet);
    }
    QCOMPARE(assessment.suggested, DevelopmentStage::Institutionalization);
    QVERIFY(assessment.missingForNext.isEmpty());
}

void TestStageAssessment::checklistCatalogue()
{
    const QList<ChecklistItem> items = StageEngine::checklistItems();
    QStringList ids;
    for (const ChecklistItem &item : items) {
        ids.append(item.id);
        QVERIFY(!item.label.isEmpty());
        QVERIFY(!item.help.isEmpty());
        QCOMPARE(item.stage,
                 PreFormationIds.contains(item.id) ? DevelopmentStage::PreFormation
                                                   : DevelopmentStage::Institutionalization);
        QCOMPARE(StageEngine::checklistItem(item.id), std::optional<ChecklistItem>(item));
    }
    QCOMPARE(ids, ChecklistIds);
    QVERIFY(!StageEngine::checklistItem(u"purpose-stated"_s));
    QVERIFY(!StageEngine::checklistItem(QString()));
}

void TestStageAssessment::checklistAnswers_data()
{
    QTest::addColumn<QList<ChecklistAnswer>>("answers");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("evidence");
    QTest::addColumn<QList<RecordKey>>("records");

    const QString item = u"shared-priority"_s;
    const QList<RecordKey> own{{RecordKind::ChecklistAnswer, 7}};
    QTest::newRow("yes") << QList{answer(7, item, ChecklistValue::Yes)} << u"met"_s
                         << u"Answered yes on 2026-01-20."_s << own;
    QTest::newRow("no") << QList{answer(7, item, ChecklistValue::No)} << u"not_met"_s
                        << u"Answered no on 2026-01-20."_s << own;
    QTest::newRow("no answer") << QList<ChecklistAnswer>{} << u"unanswered"_s
                               << u"Not answered yet."_s << QList<RecordKey>{};
    QTest::newRow("only other items answered")
        << QList{answer(8, u"service-gap"_s, ChecklistValue::Yes)} << u"unanswered"_s
        << u"Not answered yet."_s << QList<RecordKey>{};
    QTest::newRow("stored as unanswered, with a note")
        << QList{answer(7, item, ChecklistValue::Unanswered, u"Ask the clinics first."_s)}
        << u"unanswered"_s << u"Not answered yet. Note: Ask the clinics first."_s << own;
    auto undated = answer(7, item, ChecklistValue::Yes, u"  The council agrees.  "_s);
    undated.answeredOn = QDate();
    QTest::newRow("yes, undated, with a note")
        << QList{undated} << u"met"_s << u"Answered yes. Note: The council agrees."_s << own;
}

void TestStageAssessment::checklistAnswers()
{
    QFETCH(QList<ChecklistAnswer>, answers);
    QFETCH(QString, status);
    QFETCH(QString, evidence);
    QFETCH(QList<RecordKey>, records);

    StageSnapshot s = empty();
    s.checklist = answers;
    const CriterionResult result = criterion(s, u"shared-priority"_s);
    QVERIFY(result.checklist);
    QCOMPARE(criterionStatusKey(result.status), status);
    QCOMPARE(result.evidence, evidence);
    QCOMPARE(result.records, records);
    QCOMPARE(result.label, StageEngine::checklistItem(u"shared-priority"_s)->label);
}

void TestStageAssessment::criterionFlips_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<StageSnapshot>("meets");
    QTest::addColumn<StageSnapshot>("lacks");
    const auto row = [](const char *name, const QString &id, const StageSnapshot &meets,
                        const StageSnapshot &lacks) {
        QTest::newRow(name) << id << meets << lacks;
    };
    const QDate longAgo(2020, 1, 1);

    // Pre-formation.
    {
        auto m = empty();
        m.coalition.purpose = u"Decent homes"_s;
        row("purpose-stated: a purpose", u"purpose-stated"_s, m, empty());
        m.coalition.purpose = u"   "_s;
        m.coalition.mission = u"Homes for all"_s;
        auto l = m;
        l.coalition.mission.clear();
        row("purpose-stated: a mission will do; blanks do not", u"purpose-stated"_s, m, l);
    }
    {
        auto m = empty();
        m.memberships = {member(11, MembershipStatus::Prospective),
                         member(12, MembershipStatus::Invited), member(13)};
        auto l = m;
        l.memberships[2].status = MembershipStatus::Withdrawn;
        row("partners-identified: three, not two", u"partners-identified"_s, m, l);
    }

    // Formation.
    {
        auto m = empty();
        m.bodies = {body(FullBody, BodyKind::FullMembership, u"General Assembly"_s)};
        m.meetings = {meeting(51, FullBody, Today, {11, 12})};
        auto l = m;
        l.meetings[0].attendance = {{11, 201}, {11, 205}};
        row("convened: two organizations, not one through two people", u"convened"_s, m, l);
        l = m;
        l.meetings[0].startsAt = QDateTime(Today.addDays(1), QTime(9, 0));
        row("convened: held today, not tomorrow", u"convened"_s, m, l);
        l = m;
        l.bodies.clear();
        row("convened: only meetings of the coalition's bodies", u"convened"_s, m, l);
    }
    {
        auto m = empty();
        m.bodies = {body(FullBody, BodyKind::FullMembership, u"General Assembly"_s),
                    body(Strategic, BodyKind::StrategicCommittee, u"Strategy Table"_s)};
        m.meetings = {meeting(51, FullBody, QDate(2026, 1, 10), {11, 12})};
        m.decisions = {decision(61, 51, DecisionStatus::Adopted, DecisionOutcome::Adopted)};
        auto l = m;
        l.decisions = {decision(61, 51, DecisionStatus::Proposed, DecisionOutcome::Pending)};
        row("approved: adopted, not still proposed", u"approved"_s, m, l);
        m.decisions = {decision(61, 51, DecisionStatus::Proposed, DecisionOutcome::Adopted)};
        l = m;
        l.meetings[0].bodyId = Strategic;
        row("approved: by the full membership, not a committee", u"approved"_s, m, l);
        l = m;
        l.meetings[0].startsAt = QDateTime(Today.addDays(7), QTime(18, 0));
        row("approved: at a meeting held, not one to come", u"approved"_s, m, l);
    }
    {
        auto m = empty();
        m.bodies = {body(FullBody, BodyKind::FullMembership, u"General Assembly"_s),
                    body(Strategic, BodyKind::StrategicCommittee, u"Strategy Table"_s)};
        DecisionProcedure procedure;
        procedure.id = 31;
        procedure.bodyId = FullBody;
        m.procedures = {procedure};
        auto l = m;
        l.procedures[0].bodyId = Strategic;
        row("procedure-agreed: the full membership's, not a committee's", u"procedure-agreed"_s, m,
            l);
    }
    {
        auto m = empty();
        m.rules = keyRules();
        m.rules.append(rule(46, RuleArea::Representatives, RuleStatus::Proposed));
        auto l = m;
        l.rules[4].status = RuleStatus::Retired;
        row("key-rules: all five agreed", u"key-rules"_s, m, l);
    }
    {
        auto m = empty();
        m.coalition.mission = u"Homes for all"_s;
        auto l = m;
        l.coalition.mission = u" "_s;
        l.coalition.purpose = u"Decent homes"_s;
        row("mission-statement: the mission, not the purpose", u"mission-statement"_s, m, l);
    }
    {
        auto m = empty();
        m.coalition.meetings.frequency = u"monthly"_s;
        m.coalition.leadOrganizationId = 101;
        auto l = m;
        l.coalition.meetings.frequency.clear();
        row("structure-recorded: needs the meeting frequency", u"structure-recorded"_s, m, l);
        m.coalition.leadOrganizationId.reset();
        m.coalition.finances.grants = u"City housing fund"_s;
        l = m;
        l.coalition.finances.grants.clear();
        row("structure-recorded: finances stand in for a lead", u"structure-recorded"_s, m, l);
    }
    {
        auto m = empty();
        m.memberships = {member(11), member(12), member(13, MembershipStatus::Inactive)};
        m.memberships[2].representativeId.reset();
        auto l = m;
        l.memberships[1].representativeId.reset();
        l.memberships[1].alternateId = 204;
        row("representatives: every active member", u"representatives"_s, m, l);
        l = m;
        l.memberships = {member(11, MembershipStatus::Invited)};
        row("representatives: none active is not met", u"representatives"_s, m, l);
    }
    {
        auto m = empty();
        m.memberships = {member(11), member(12), member(13)};
        auto l = m;
        l.memberships[2].kind = MembershipKind::Observer;
        row("founding-members: three active voting members", u"founding-members"_s, m, l);
    }

    // Implementation.
    {
        auto m = empty();
        m.goals = {goal(71, GoalStatus::Achieved), goal(72, GoalStatus::Dropped)};
        auto l = m;
        l.goals[0].status = GoalStatus::Proposed;
        row("goals-set: achieved counts, proposed and dropped do not", u"goals-set"_s, m, l);
    }
    {
        auto m = empty();
        m.goals = {goal(71, GoalStatus::Active), goal(72, GoalStatus::Proposed)};
        m.groups = {group(81, {71}, 201), group(82, {}, 202)};
        m.plans = {plan(91, 71, 81)};
        auto l = m;
        l.plans[0].groupId = 82;
        row("goals-served: the serving group has the plan", u"goals-served"_s, m, l);
        l = m;
        l.goals[0].status = GoalStatus::Achieved;
        row("goals-served: no active goal is not met", u"goals-served"_s, m, l);
    }
    {
        auto m = empty();
        m.plans = {plan(91, 71, 81), plan(92, 72, 81)};
        auto l = m;
        l.plans[1].budget.clear();
        row("plans-complete: a budget", u"plans-complete"_s, m, l);
        l = m;
        l.plans[1].criteria = {u"  "_s};
        row("plans-complete: evaluation criteria", u"plans-complete"_s, m, l);
        l = m;
        l.plans[0].dueOn = QDate();
        row("plans-complete: dates", u"plans-complete"_s, m, l);
        l = m;
        l.plans.clear();
        row("plans-complete: no plan is not met", u"plans-complete"_s, m, l);
    }
    {
        auto m = empty();
        m.memberships = {member(11), member(12), member(13)};
        m.memberships[0].contributions = {money(ContributionPeriod::OneOff)};
        m.memberships[1].contributions = {money(ContributionPeriod::OneOff)};
        auto l = m;
        l.memberships.append(member(14));
        row("contributions: two of three, not two of four", u"contributions"_s, m, l);
    }
    {
        auto m = empty();
        m.bodies = {body(Executive, BodyKind::ExecutiveCommittee, u"Board"_s, {11})};
        auto l = m;
        l.bodies[0].seats.clear();
        row("committees: an executive committee with a seat", u"committees"_s, m, l);
        m.bodies = {body(Strategic, BodyKind::StrategicCommittee, u"Strategy Table"_s, {11})};
        l = m;
        l.bodies[0].kind = BodyKind::Committee;
        row("committees: strategic, not another committee", u"committees"_s, m, l);
    }
    {
        auto m = empty();
        m.groups = {group(81, {}, 201, ReportingCadence::Monthly), group(82, {}, 202)};
        m.reports = {report(95, 81, u"2026-04"_s, QDate(2026, 5, 4)),
                     report(96, 81, u"2026-05"_s, QDate(2026, 6, 3))};
        auto l = m;
        l.reports.removeLast();
        row("reports-arriving: none missing", u"reports-arriving"_s, m, l);
        l = m;
        l.groups[0].cadence = ReportingCadence::None;
        row("reports-arriving: no group with a cadence is not met", u"reports-arriving"_s, m, l);
        m.groups = {group(81, {}, 201, ReportingCadence::Quarterly)};
        m.groups[0].startedOn = QDate(2026, 1, 1);
        m.reports = {report(95, 81, u"2026-Q1"_s, QDate(2026, 3, 15))};
        l = m;
        l.reports[0].receivedOn = QDate(2026, 3, 14);
        row("reports-arriving: one in the last three months", u"reports-arriving"_s, m, l);
    }

    // Maintenance.
    {
        auto m = empty();
        m.evaluations = {evaluation(98, QDate(2025, 6, 15)), evaluation(99, longAgo)};
        auto l = m;
        l.evaluations[0].on = QDate(2025, 6, 14);
        row("recent-evaluation: twelve months to the day", u"recent-evaluation"_s, m, l);
    }
    {
        auto m = empty();
        m.memberships = {member(11), member(12, MembershipStatus::Prospective)};
        m.memberships[0].joinedOn = QDate(2025, 6, 15);
        m.memberships[1].joinedOn = Today.addDays(3);
        auto l = m;
        l.memberships[0].joinedOn = QDate(2025, 6, 14);
        row("new-members: joined twelve months ago to the day", u"new-members"_s, m, l);
        m.memberships[0].joinedOn = longAgo;
        m.memberships[0].history = {{MembershipStatus::Inactive, QDate(2024, 1, 1), {}},
                                    {MembershipStatus::Active, QDate(2026, 2, 1), {}}};
        l = m;
        l.memberships[0].history[1].on = QDate(2025, 5, 1);
        row("new-members: or became active again", u"new-members"_s, m, l);
    }
    {
        auto m = empty();
        m.memberships = {member(11), member(12)};
        m.successes = {success(97, QDate(2026, 5, 1), {11, 12})};
        auto l = m;
        l.successes[0].credited = {11, 11};
        row("shared-successes: two members credited", u"shared-successes"_s, m, l);
        l = m;
        l.successes[0].achievedOn = QDate(2025, 6, 14);
        row("shared-successes: in the last twelve months", u"shared-successes"_s, m, l);
    }
    {
        auto m = empty();
        m.rules = {rule(41, RuleArea::Media, RuleStatus::Agreed, Today),
                   rule(42, RuleArea::Other, RuleStatus::Retired, longAgo)};
        auto l = m;
        l.rules[0].reviewOn = Today.addDays(-1);
        row("rules-reviewed: due today is not past", u"rules-reviewed"_s, m, l);
        l = m;
        l.rules[0].status = RuleStatus::Proposed;
        row("rules-reviewed: no agreed rule is not met", u"rules-reviewed"_s, m, l);
    }
    {
        auto m = empty();
        m.memberships = {member(11), member(12)};
        m.conflicts
            = {conflict(99, Today.addDays(-90)), conflict(98, longAgo, ConflictStatus::Resolved)};
        auto l = m;
        l.conflicts[0].raisedOn = Today.addDays(-91);
        row("conflicts-handled: ninety days, not ninety-one", u"conflicts-handled"_s, m, l);
        m.conflicts.clear();
        l = m;
        l.memberships[0].status = MembershipStatus::Inactive;
        l.memberships[1].status = MembershipStatus::Withdrawn;
        row("conflicts-handled: none open, but only with active members", u"conflicts-handled"_s, m,
            l);
    }
    {
        auto m = empty();
        m.memberships = {member(11), member(12)};
        m.groups = {group(81, {}, 201), group(82, {}, 202), group(83, {}, std::nullopt)};
        auto l = m;
        l.groups[1].convenerId = 201;
        row("shared-leadership: two different conveners", u"shared-leadership"_s, m, l);
        l = m;
        l.memberships[0].alternateId = 202;
        l.memberships[1].representativeId = 203;
        row("shared-leadership: of different organizations", u"shared-leadership"_s, m, l);
    }

    // Institutionalization.
    {
        auto m = empty();
        m.memberships = {member(11), member(12), member(13, MembershipStatus::Inactive)};
        m.memberships[0].duesCents = 12000;
        m.memberships[0].duesPaidThrough = Today;
        m.memberships[1].contributions = {money(ContributionPeriod::Quarterly)};
        m.memberships[2].contributions = {money(ContributionPeriod::Monthly)};
        auto l = m;
        l.memberships[0].duesPaidThrough = Today.addDays(-1);
        row("operating-support: dues paid through today", u"operating-support"_s, m, l);
        l = m;
        l.memberships[1].contributions = {money(ContributionPeriod::OneOff)};
        row("operating-support: recurring money, not a one-off", u"operating-support"_s, m, l);
    }
    {
        auto m = empty();
        m.bodies = {body(Executive, BodyKind::ExecutiveCommittee, u"Board"_s, {11, 12, 13}),
                    body(Strategic, BodyKind::StrategicCommittee, u"Strategy Table"_s)};
        auto l = m;
        l.bodies[0].seats.removeLast();
        row("own-structure: three executive seats", u"own-structure"_s, m, l);
        l = m;
        l.bodies.removeLast();
        row("own-structure: and a strategic committee", u"own-structure"_s, m, l);
    }
    {
        auto m = empty();
        m.bodies = {body(FullBody, BodyKind::FullMembership, u"General Assembly"_s)};
        m.coalition.startDate = QDate(2024, 6, 15);
        m.meetings = {meeting(51, FullBody, QDate(2025, 12, 15), {11})};
        auto l = m;
        l.coalition.startDate = QDate(2024, 6, 16);
        row("long-running: two years to the day", u"long-running"_s, m, l);
        l = m;
        l.meetings[0].startsAt = QDateTime(QDate(2025, 12, 14), QTime(18, 0));
        row("long-running: a meeting in the last six months", u"long-running"_s, m, l);
    }
}

void TestStageAssessment::criterionFlips()
{
    QFETCH(QString, id);
    QFETCH(StageSnapshot, meets);
    QFETCH(StageSnapshot, lacks);

    const CriterionResult met = criterion(meets, id);
    const CriterionResult unmet = criterion(lacks, id);
    QVERIFY(!met.checklist);
    QCOMPARE(criterionStatusKey(met.status), u"met"_s);
    QCOMPARE(criterionStatusKey(unmet.status), u"not_met"_s);
    QVERIFY(!met.evidence.isEmpty());
    QVERIFY(!unmet.evidence.isEmpty());
    QVERIFY2(met.evidence != unmet.evidence, qPrintable(met.evidence));
}

void TestStageAssessment::evidenceNamesTheRecords()
{
    const auto key = [](RecordKind kind, Id id) {
        return RecordKey{kind, id};
    };
    {
        auto s = formed();
        s.memberships[1].representativeId.reset();
        const CriterionResult result = criterion(s, u"representatives"_s);
        QCOMPARE(result.evidence,
                 u"2 of 3 active members have a representative; missing: Bridge Clinic."_s);
        QCOMPARE(result.records, QList{key(RecordKind::Membership, 12)});
    }
    {
        auto s = formed();
        s.rules.removeAt(2);
        s.rules.removeLast();
        const CriterionResult result = criterion(s, u"key-rules"_s);
        QCOMPARE(result.evidence,
                 u"Agreed ground rules cover 3 of the 5 key areas; missing: "
                 "Confidentiality, Role of representatives."_s);
        QCOMPARE(result.records,
                 (QList{key(RecordKind::GroundRule, 41), key(RecordKind::GroundRule, 42),
                        key(RecordKind::GroundRule, 44), key(RecordKind::Coalition, CoalitionId)}));
    }
    {
        const CriterionResult result = criterion(formed(), u"approved"_s);
        QCOMPARE(result.evidence,
                 u"“Found the coalition” was adopted by General Assembly at its "
                 "meeting of 2023-02-01."_s);
        QCOMPARE(result.records,
                 (QList{key(RecordKind::Decision, 61), key(RecordKind::Meeting, 51),
                        key(RecordKind::Body, FullBody)}));
    }
    {
        const CriterionResult result = criterion(formed(), u"partners-identified"_s);
        QCOMPARE(
            result.evidence,
            u"Prospective, invited or active members: 3 (at least 3 needed): Alpha Tenants, Bridge Clinic, Canal School."_s);
    }
    {
        auto s = complete();
        s.reports.removeLast();
        const CriterionResult result = criterion(s, u"reports-arriving"_s);
        QCOMPARE(result.evidence,
                 u"Group 81 is missing reports for 2026-05. The latest report "
                 "arrived on 2026-05-04."_s);
        QCOMPARE(result.records,
                 (QList{key(RecordKind::ActionGroup, 81), key(RecordKind::ProgressReport, 95)}));
    }
    {
        auto s = complete();
        s.groups[0].goals.clear();
        s.goals.append(goal(73, GoalStatus::Active));
        s.groups[1].goals.append(73);
        const CriterionResult result = criterion(s, u"goals-served"_s);
        QCOMPARE(result.evidence,
                 u"0 of 2 active goals are served by an action group with a "
                 "plan; not served: “Goal 71” (no action group serves it); "
                 "“Goal 73” (Group 82 has no plan for it)."_s);
        QCOMPARE(result.records.first(), key(RecordKind::Goal, 71));
    }
    {
        auto s = complete();
        s.conflicts = {conflict(99, Today.addDays(-91))};
        const CriterionResult result = criterion(s, u"conflicts-handled"_s);
        QCOMPARE(result.evidence,
                 u"Open for more than 90 days: “Who chairs the forum” (raised on "
                 "2026-03-16, 91 days ago)."_s);
        QCOMPARE(result.records, QList{key(RecordKind::Conflict, 99)});
    }
    {
        auto s = complete();
        s.plans[0].budget.clear();
        s.plans[0].startOn = QDate();
        const CriterionResult result = criterion(s, u"plans-complete"_s);
        QCOMPARE(result.evidence,
                 u"0 of 1 action plans are complete; “Plan 91” lacks a start date, a budget."_s);
    }
    {
        const CriterionResult result = criterion(complete(), u"committees"_s);
        QCOMPARE(result.evidence, u"Seats on Strategy Table (strategic committee): 2."_s);
        QCOMPARE(result.records, QList{key(RecordKind::Body, Strategic)});
    }
    {
        auto s = formed();
        const CriterionResult recorded = criterion(s, u"structure-recorded"_s);
        QCOMPARE(recorded.evidence,
                 u"Recorded: meeting frequency “monthly”; lead organization Alpha Tenants."_s);
        s.coalition.leadOrganizationId.reset();
        const CriterionResult missing = criterion(s, u"structure-recorded"_s);
        QCOMPARE(missing.evidence,
                 u"Recorded: meeting frequency “monthly”. Missing: a lead "
                 "organization or financial arrangements."_s);
    }
    {
        auto s = formed();
        // Long missions are cut at a word boundary in the second half ...
        s.coalition.mission = QString(100, u'a') + u' ' + QString(50, u'b');
        QCOMPARE(criterion(s, u"mission-statement"_s).evidence,
                 u"The mission is recorded: “"_s + QString(100, u'a') + u"…”"_s);
        // ... or, without one there, at the limit.
        s.coalition.mission = QString(20, u'a') + u' ' + QString(130, u'b');
        QCOMPARE(criterion(s, u"mission-statement"_s).evidence,
                 u"The mission is recorded: “"_s + QString(20, u'a') + u' ' + QString(98, u'b')
                     + u"…”"_s);
    }
    {
        const CriterionResult result = criterion(complete(), u"operating-support"_s);
        QVERIFY2(
            result.evidence.startsWith(
                u"Active members giving steady support: 4 (at least 2 needed): Alpha Tenants (dues paid through 2026-12-31; money, per month), "_s),
            qPrintable(result.evidence));
    }
}

void TestStageAssessment::substantiallyMet_data()
{
    QTest::addColumn<int>("met");
    QTest::addColumn<int>("total");
    QTest::addColumn<bool>("expected");

    QTest::newRow("nothing to meet") << 0 << 0 << false;
    QTest::newRow("6 of 9") << 6 << 9 << false;
    QTest::newRow("7 of 9") << 7 << 9 << true;
    QTest::newRow("5 of 8") << 5 << 8 << false;
    QTest::newRow("6 of 8: exactly three quarters") << 6 << 8 << true;
    QTest::newRow("4 of 6") << 4 << 6 << false;
    QTest::newRow("5 of 6") << 5 << 6 << true;
    QTest::newRow("3 of 5") << 3 << 5 << false;
    QTest::newRow("4 of 5") << 4 << 5 << true;
    QTest::newRow("0 of 1") << 0 << 1 << false;
    QTest::newRow("1 of 1") << 1 << 1 << true;
}

void TestStageAssessment::substantiallyMet()
{
    QFETCH(int, met);
    QFETCH(int, total);
    QFETCH(bool, expected);
    QCOMPARE(StageEngine::isSubstantiallyMet(met, total), expected);
}

void TestStageAssessment::suggestion_data()
{
    QTest::addColumn<StageSnapshot>("snapshot");
    QTest::addColumn<DevelopmentStage>("expected");

    QTest::newRow("empty") << empty() << DevelopmentStage::PreFormation;
    {
        // Purpose and partners, plus some of the start-up answers.
        auto s = empty();
        s.coalition.purpose = u"Decent homes"_s;
        s.memberships = {member(11), member(12), member(13)};
        s.checklist = yes(PreFormationIds, 4);
        QTest::newRow("pre-formation 6 of 9") << s << DevelopmentStage::PreFormation;
        s.checklist = yes(PreFormationIds, 5);
        QTest::newRow("pre-formation 7 of 9") << s << DevelopmentStage::Formation;
    }
    {
        auto s = formed();
        s.coalition.mission.clear();
        s.coalition.meetings.frequency.clear();
        QTest::newRow("formation 6 of 8") << s << DevelopmentStage::Implementation;
        s.rules.removeLast();
        QTest::newRow("formation 5 of 8") << s << DevelopmentStage::Formation;
    }
    {
        auto s = complete();
        s.reports.clear();
        QTest::newRow("implementation 5 of 6") << s << DevelopmentStage::Institutionalization;
        for (Membership &m : s.memberships)
            m.contributions.clear();
        QTest::newRow("implementation 4 of 6") << s << DevelopmentStage::Implementation;
    }
    {
        auto s = complete();
        s.evaluations.clear();
        QTest::newRow("maintenance 5 of 6") << s << DevelopmentStage::Institutionalization;
        s.successes.clear();
        QTest::newRow("maintenance 4 of 6") << s << DevelopmentStage::Maintenance;
    }
    QTest::newRow("everything met") << complete() << DevelopmentStage::Institutionalization;
    {
        auto s = complete();
        s.checklist.removeLast();
        s.checklist.removeLast();
        QTest::newRow("institutionalization 3 of 5: still the last stage")
            << s << DevelopmentStage::Institutionalization;
    }
    {
        // Every later stage is met, but the start-up questions are not
        // answered: pre-formation has 2 of 9 and holds the suggestion back.
        auto s = complete();
        s.checklist = yes(ChecklistIds.mid(7), 2);
        QTest::newRow("later stages met do not lift an unmet earlier one")
            << s << DevelopmentStage::PreFormation;
    }
}

void TestStageAssessment::suggestion()
{
    QFETCH(StageSnapshot, snapshot);
    QFETCH(DevelopmentStage, expected);

    const StageAssessment assessment = StageEngine::assess(snapshot);
    QCOMPARE(assessment.suggested, expected);
    // The rule, restated over the stage results the assessment reports.
    qsizetype first = 0;
    while (first < 4 && assessment.stages.at(first).substantiallyMet)
        ++first;
    QCOMPARE(assessment.suggested, DevelopmentStage(first));
    QCOMPARE(assessment.reasons.size(), first + 1);
}

void TestStageAssessment::reasons()
{
    QCOMPARE(StageEngine::assess(formed()).reasons,
             (QStringList{u"Pre-formation: 9 of 9 criteria met (at least 7 needed): substantially "
                          "met."_s,
                          u"Formation: 8 of 8 criteria met (at least 6 needed): substantially "
                          "met."_s,
                          u"Implementation: 0 of 6 criteria met (at least 5 needed): not yet "
                          "substantially met, so this is the stage the evidence supports."_s}));
    const QStringList all = StageEngine::assess(complete()).reasons;
    QCOMPARE(all.size(), 5);
    QCOMPARE(all.last(),
             u"Institutionalization: 5 of 5 criteria met (at least 4 needed): "
             "substantially met; this is the last stage, and the stage the evidence "
             "supports."_s);
}

void TestStageAssessment::missingForNext()
{
    {
        const StageAssessment assessment = StageEngine::assess(formed());
        QCOMPARE(idsOf(assessment.missingForNext), ImplementationIds);
        QCOMPARE(assessment.missingForNext, assessment.stages.at(2).criteria);
    }
    {
        auto s = empty();
        s.coalition.purpose = u"Decent homes"_s;
        s.checklist = yes(PreFormationIds, 4);
        s.checklist << answer(311, u"joint-ownership"_s, ChecklistValue::No)
                    << answer(312, u"real-commitment"_s, ChecklistValue::Unanswered);
        const StageAssessment assessment = StageEngine::assess(s);
        QCOMPARE(assessment.suggested, DevelopmentStage::PreFormation);
        QCOMPARE(idsOf(assessment.missingForNext),
                 (QStringList{u"joint-ownership"_s, u"shared-resources"_s, u"real-commitment"_s,
                              u"partners-identified"_s}));
        QStringList statuses;
        for (const CriterionResult &each : assessment.missingForNext)
            statuses.append(criterionStatusKey(each.status));
        QCOMPARE(statuses,
                 (QStringList{u"not_met"_s, u"unanswered"_s, u"unanswered"_s, u"not_met"_s}));
    }
    {
        auto s = complete();
        s.checklist[7].value = ChecklistValue::No;
        const StageAssessment assessment = StageEngine::assess(s);
        QCOMPARE(assessment.suggested, DevelopmentStage::Institutionalization);
        QCOMPARE(idsOf(assessment.missingForNext), QStringList{u"skills-grown"_s});
    }
}

void TestStageAssessment::recordedStage_data()
{
    QTest::addColumn<QList<StageChange>>("history");
    QTest::addColumn<Id>("recordedId"); // 0: none
    QTest::addColumn<QStringList>("warnings");

    // formed() supports Implementation.
    const QString implementationShort
        = u"Implementation has 0 of its 6 criteria met and needs 5; not met: The coalition has "
          "formulated goals: at least one is active or achieved; Every active goal is served by "
          "an action group that has a plan for it; Every action plan has start and due dates, "
          "evaluation criteria and a budget; More than half of the active members have a "
          "contribution recorded; A strategic or executive committee exists and has at least one "
          "seat; Progress reports arrive: none is missing, and one came in the last three "
          "months."_s;
    const QString maintenanceShort
        = u"Maintenance has 2 of its 6 criteria met and needs 5; not met: An evaluation is dated "
          "in the last 12 months; At least one organization joined in the last 12 months; A "
          "success of the last 12 months is recorded with credit shared by two members or more; "
          "Leadership is shared: action groups are convened by different people."_s;

    QTest::newRow("none recorded") << QList<StageChange>{} << Id(0) << QStringList();
    QTest::newRow("recorded as supported")
        << QList{change(1, DevelopmentStage::PreFormation, QDate(2023, 1, 10)),
                 change(2, DevelopmentStage::Implementation, QDate(2026, 2, 1))}
        << Id(2) << QStringList();
    QTest::newRow("ahead by one stage")
        << QList{change(1, DevelopmentStage::Maintenance, QDate(2026, 3, 1))} << Id(1)
        << QStringList{u"The recorded stage, Maintenance (since 2026-03-01), is ahead of what the "
                       "evidence supports (Implementation): "_s
                       + implementationShort};
    QTest::newRow("ahead by two stages, unsorted history")
        << QList{change(3, DevelopmentStage::Institutionalization, QDate(2026, 5, 1)),
                 change(1, DevelopmentStage::Formation, QDate(2023, 3, 1)),
                 change(2, DevelopmentStage::Implementation, QDate(2025, 1, 1))}
        << Id(3)
        << QStringList{u"The recorded stage, Institutionalization (since 2026-05-01), is ahead of "
                       "what the evidence supports (Implementation): "_s
                       + implementationShort + u' ' + maintenanceShort};
    QTest::newRow("behind: a note; of one date the later id wins")
        << QList{change(5, DevelopmentStage::Formation, QDate(2026, 3, 1)),
                 change(4, DevelopmentStage::Maintenance, QDate(2026, 3, 1)),
                 change(6, DevelopmentStage::Implementation, QDate(2025, 3, 1))}
        << Id(5)
        << QStringList{u"Note: the recorded stage, Formation (since 2026-03-01), is behind what "
                       "the evidence supports (Implementation). Record the move when the "
                       "coalition agrees it has moved on."_s};
}

void TestStageAssessment::recordedStage()
{
    QFETCH(QList<StageChange>, history);
    QFETCH(Id, recordedId);
    QFETCH(QStringList, warnings);

    auto s = formed();
    s.history = history;
    const StageAssessment assessment = StageEngine::assess(s);
    QCOMPARE(assessment.suggested, DevelopmentStage::Implementation);
    if (recordedId == 0) {
        QVERIFY(!assessment.recorded);
        QVERIFY(!assessment.recordedChange);
    } else {
        QVERIFY(assessment.recordedChange);
        QCOMPARE(assessment.recordedChange->id, recordedId);
        QCOMPARE(assessment.recorded, assessment.recordedChange->stage);
    }
    QCOMPARE(assessment.warnings, warnings);
}

void TestStageAssessment::statusKeys()
{
    QCOMPARE(criterionStatusKey(CriterionStatus::Met), u"met"_s);
    QCOMPARE(criterionStatusKey(CriterionStatus::NotMet), u"not_met"_s);
    QCOMPARE(criterionStatusKey(CriterionStatus::Unanswered), u"unanswered"_s);
}

QTEST_GUILESS_MAIN(TestStageAssessment)
#include "tst_stageassessment.moc"
