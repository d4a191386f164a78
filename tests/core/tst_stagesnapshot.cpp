// SPDX-License-Identifier: GPL-3.0-or-later
// What the stage assessment and the network figures read from a workspace:
// one coalition's records, none of another's, the names they mention.
#include "storage/stagesnapshot.h"
#include "storage/workspace.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Coalition;

#define VERIFY_OK(expression)                                                                      \
    do {                                                                                           \
        const auto &verifiedResult = (expression);                                                 \
        QVERIFY2(verifiedResult.ok(), qPrintable(verifiedResult.error().toString()));              \
    } while (false)

namespace {

template<typename Record>
QList<Id> idsOf(const QList<Record> &records)
{
    QList<Id> ids;
    for (const Record &record : records)
        ids.append(record.id);
    return ids;
}

} // namespace

class TestStageSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void snapshotHoldsTheCoalitionOnly();
    void snapshotOfUnknownCoalition();
    void networkMembersAndTies();
    void networkOfUnknownCoalition();

private:
    Workspace &w() { return *m_workspace; }
    Id organization(const QString &name);
    Id member(Id coalitionId, Id organizationId, MembershipStatus status);
    // A body, a meeting and a decision, a goal served by a group with a plan,
    // a task and a report, a success, an evaluation and a conflict, for one
    // coalition whose members are `members`; names are prefixed.
    bool buildRecords(Id coalitionId, const QList<Id> &members, Id person, Id author,
                      const QString &prefix);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestStageSnapshot::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto workspace
        = Workspace::open(m_dir->filePath(u"snapshot.coalition"_s), Database::OpenMode::CreateNew);
    QVERIFY2(workspace, qPrintable(workspace.error().toString()));
    m_workspace = std::move(workspace).value();
}

void TestStageSnapshot::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

Id TestStageSnapshot::organization(const QString &name)
{
    Organization o;
    o.name = name;
    auto id = w().organizations().add(o);
    if (!id)
        qWarning("%s", qPrintable(id.error().toString()));
    return id ? *id : 0;
}

Id TestStageSnapshot::member(Id coalitionId, Id organizationId, MembershipStatus status)
{
    Membership m;
    m.coalitionId = coalitionId;
    m.organizationId = organizationId;
    m.status = status;
    m.joinedOn = QDate(2025, 1, 1);
    if (status == MembershipStatus::Withdrawn || status == MembershipStatus::Inactive)
        m.leftOn = QDate(2025, 9, 1);
    auto id = w().memberships().add(m);
    if (!id)
        qWarning("%s", qPrintable(id.error().toString()));
    return id ? *id : 0;
}

bool TestStageSnapshot::buildRecords(Id coalitionId, const QList<Id> &members, Id person, Id author,
                                     const QString &prefix)
{
    const auto check = [](const auto &result) {
        if (!result)
            qWarning("%s", qPrintable(result.error().toString()));
        return result.ok();
    };
    Body body;
    body.coalitionId = coalitionId;
    body.kind = BodyKind::FullMembership;
    body.name = prefix + u" Assembly"_s;
    auto bodyId = w().bodies().add(body);
    if (!check(bodyId))
        return false;
    DecisionProcedure procedure;
    procedure.bodyId = *bodyId;
    if (!check(w().procedures().set(procedure)))
        return false;
    Meeting meeting;
    meeting.bodyId = *bodyId;
    meeting.startsAt = QDateTime(QDate(2026, 2, 10), QTime(18, 0));
    meeting.scheduledOn = QDate(2026, 1, 20);
    meeting.attendance = {{members.first(), person}};
    auto meetingId = w().meetings().add(meeting);
    if (!check(meetingId))
        return false;
    Decision decision;
    decision.meetingId = *meetingId;
    decision.title = prefix + u" is formed"_s;
    decision.positions = {{members.first(), VotePosition::Yes}};
    auto decisionId = w().decisions().add(decision);
    if (!check(decisionId))
        return false;
    GroundRule rule;
    rule.coalitionId = coalitionId;
    rule.area = RuleArea::DecisionMaking;
    rule.title = prefix + u" decides by majority"_s;
    rule.status = RuleStatus::Agreed;
    rule.adoptedByDecisionId = *decisionId;
    if (!check(w().groundRules().add(rule)))
        return false;
    Goal goal;
    goal.coalitionId = coalitionId;
    goal.title = prefix + u" goal"_s;
    goal.status = GoalStatus::Active;
    auto goalId = w().goals().add(goal);
    if (!check(goalId))
        return false;
    ActionGroup group;
    group.coalitionId = coalitionId;
    group.name = prefix + u" group"_s;
    group.convenerId = person;
    group.memberships = members;
    group.goals = {*goalId};
    auto groupId = w().actionGroups().add(group);
    if (!check(groupId))
        return false;
    ActionPlan plan;
    plan.goalId = *goalId;
    plan.groupId = *groupId;
    plan.leadMembershipId = members.first();
    plan.title = prefix + u" plan"_s;
    plan.startOn = QDate(2026, 3, 1);
    plan.dueOn = QDate(2026, 9, 30);
    auto planId = w().actionPlans().add(plan);
    if (!check(planId))
        return false;
    Task task;
    task.planId = *planId;
    task.title = prefix + u" task"_s;
    task.dueOn = QDate(2026, 4, 1);
    if (!check(w().tasks().add(task)))
        return false;
    ProgressReport report;
    report.groupId = *groupId;
    report.period = ReportPeriod{ReportPeriod::Kind::Month, 2026, 4};
    report.authorId = author;
    report.text = u"On track."_s;
    if (!check(w().progressReports().add(report)))
        return false;
    Success success;
    success.coalitionId = coalitionId;
    success.title = prefix + u" success"_s;
    success.credited = members;
    if (!check(w().successes().add(success)))
        return false;
    Evaluation evaluation;
    evaluation.coalitionId = coalitionId;
    evaluation.activity = prefix + u" workshop"_s;
    evaluation.on = QDate(2026, 5, 1);
    if (!check(w().evaluations().add(evaluation)))
        return false;
    Conflict conflict;
    conflict.coalitionId = coalitionId;
    conflict.subject = prefix + u" dispute"_s;
    conflict.parties = {members.first()};
    return check(w().conflicts().add(conflict));
}

void TestStageSnapshot::snapshotHoldsTheCoalitionOnly()
{
    const Id a = organization(u"Alder Tenants"_s);
    const Id b = organization(u"Birch School"_s);
    const Id c = organization(u"Cedar Clinic"_s);
    const Id lead = organization(u"Lead Foundation"_s);
    Person ana;
    ana.name = u"Ana"_s;
    ana.organizationId = a;
    auto anaId = w().people().add(ana);
    VERIFY_OK(anaId);
    Person xu; // of no member organization, but the author of a report
    xu.name = u"Xu"_s;
    auto xuId = w().people().add(xu);
    VERIFY_OK(xuId);
    Person zoe; // of the other coalition's member only
    zoe.name = u"Zoe"_s;
    zoe.organizationId = c;
    auto zoeId = w().people().add(zoe);
    VERIFY_OK(zoeId);

    CoalitionInfo k;
    k.name = u"River Wards"_s;
    k.leadOrganizationId = lead;
    auto kId = w().coalitions().add(k);
    VERIFY_OK(kId);
    CoalitionInfo k2;
    k2.name = u"Hill Wards"_s;
    auto k2Id = w().coalitions().add(k2);
    VERIFY_OK(k2Id);
    const Id mA = member(*kId, a, MembershipStatus::Active);
    const Id mB = member(*kId, b, MembershipStatus::Inactive);
    const Id mC2 = member(*k2Id, c, MembershipStatus::Active);
    QVERIFY(mA > 0 && mB > 0 && mC2 > 0);
    QVERIFY(buildRecords(*kId, {mA, mB}, *anaId, *xuId, u"River"_s));
    QVERIFY(buildRecords(*k2Id, {mC2}, *zoeId, *zoeId, u"Hill"_s));

    StageChange later;
    later.coalitionId = *kId;
    later.stage = DevelopmentStage::Formation;
    later.on = QDate(2026, 2, 10);
    later.rationale = u"Convened and approved."_s;
    auto laterId = w().stageChanges().add(later);
    VERIFY_OK(laterId);
    StageChange earlier = later;
    earlier.stage = DevelopmentStage::PreFormation;
    earlier.on = QDate(2025, 11, 1);
    earlier.rationale = u"Partners found."_s;
    auto earlierId = w().stageChanges().add(earlier);
    VERIFY_OK(earlierId);
    StageChange elsewhere = later;
    elsewhere.coalitionId = *k2Id;
    VERIFY_OK(w().stageChanges().add(elsewhere));
    auto commitment = w().checklist().answer(*kId, u"real-commitment"_s, ChecklistValue::Yes, {},
                                             QDate(2026, 1, 5));
    VERIFY_OK(commitment);
    auto complex
        = w().checklist().answer(*kId, u"complex-issue"_s, ChecklistValue::No, {}, QDate());
    VERIFY_OK(complex);
    VERIFY_OK(w().checklist().answer(*k2Id, u"complex-issue"_s, ChecklistValue::Yes, {}, {}));

    const QDate today(2026, 6, 1);
    auto snapshot = loadStageSnapshot(w(), *kId, today);
    VERIFY_OK(snapshot);
    const StageSnapshot &s = *snapshot;
    QCOMPARE(s.today, today);
    QCOMPARE(s.coalition, w().coalitions().get(*kId).value());
    QCOMPARE(s.memberships, w().memberships().listForCoalition(*kId).value());
    QCOMPARE(idsOf(s.memberships), (QList<Id>{mA, mB}));
    // Each list is the coalition's, exactly as its repository lists it.
    QCOMPARE(s.bodies, w().bodies().listForCoalition(*kId).value());
    QCOMPARE(s.procedures, w().procedures().listForCoalition(*kId).value());
    QCOMPARE(s.rules, w().groundRules().listForCoalition(*kId).value());
    QCOMPARE(s.meetings, w().meetings().listForCoalition(*kId).value());
    QCOMPARE(s.decisions, w().decisions().listForCoalition(*kId).value());
    QCOMPARE(s.goals, w().goals().listForCoalition(*kId).value());
    QCOMPARE(s.groups, w().actionGroups().listForCoalition(*kId).value());
    QCOMPARE(s.plans, w().actionPlans().listForCoalition(*kId).value());
    QCOMPARE(s.tasks, w().tasks().listForCoalition(*kId).value());
    QCOMPARE(s.reports, w().progressReports().listForCoalition(*kId).value());
    QCOMPARE(s.successes, w().successes().listForCoalition(*kId).value());
    QCOMPARE(s.evaluations, w().evaluations().listForCoalition(*kId).value());
    QCOMPARE(s.conflicts, w().conflicts().listForCoalition(*kId).value());
    // One of each of the coalition's own, none of the other's.
    for (const qsizetype size :
         {s.bodies.size(), s.procedures.size(), s.rules.size(), s.meetings.size(),
          s.decisions.size(), s.goals.size(), s.groups.size(), s.plans.size(), s.tasks.size(),
          s.reports.size(), s.successes.size(), s.evaluations.size(), s.conflicts.size()})
        QCOMPARE(size, qsizetype(1));
    QCOMPARE(s.bodies.first().name, u"River Assembly"_s);
    QCOMPARE(s.tasks.first().title, u"River task"_s);
    QCOMPARE(s.reports.first().groupId, s.groups.first().id);

    // The stage history oldest first, the checklist in the checklist's order.
    QCOMPARE(idsOf(s.history), (QList<Id>{*earlierId, *laterId}));
    QCOMPARE(idsOf(s.checklist), (QList<Id>{*complex, *commitment}));

    QCOMPARE(s.organizationNames,
             (QHash<Id, QString>{
                 {a, u"Alder Tenants"_s}, {b, u"Birch School"_s}, {lead, u"Lead Foundation"_s}}));
    QCOMPARE(s.personNames, (QHash<Id, QString>{{*anaId, u"Ana"_s}, {*xuId, u"Xu"_s}}));

    // The other coalition sees its own.
    auto other = loadStageSnapshot(w(), *k2Id, today);
    VERIFY_OK(other);
    QCOMPARE(other->history.size(), qsizetype(1));
    QCOMPARE(other->checklist.size(), qsizetype(1));
    QCOMPARE(other->bodies.first().name, u"Hill Assembly"_s);
    QCOMPARE(other->personNames, (QHash<Id, QString>{{*zoeId, u"Zoe"_s}}));
}

void TestStageSnapshot::snapshotOfUnknownCoalition()
{
    auto snapshot = loadStageSnapshot(w(), 999, QDate(2026, 1, 1));
    QVERIFY(!snapshot.ok());
    QVERIFY(!snapshot.error().message.isEmpty());
}

void TestStageSnapshot::networkMembersAndTies()
{
    // Names whose plain sort differs from the case-folded one.
    const Id zeta = organization(u"zeta Youth"_s);
    const Id alpha = organization(u"Alpha Tenants"_s);
    const Id beta = organization(u"beta Clinic"_s);
    const Id gone = organization(u"Gamma Church"_s);
    const Id outsider = organization(u"Outside Fund"_s);
    CoalitionInfo k;
    k.name = u"River Wards"_s;
    auto kId = w().coalitions().add(k);
    VERIFY_OK(kId);
    CoalitionInfo k2;
    k2.name = u"Hill Wards"_s;
    auto k2Id = w().coalitions().add(k2);
    VERIFY_OK(k2Id);
    QVERIFY(member(*kId, zeta, MembershipStatus::Active) > 0);
    QVERIFY(member(*kId, alpha, MembershipStatus::Active) > 0);
    QVERIFY(member(*kId, beta, MembershipStatus::Active) > 0);
    QVERIFY(member(*kId, gone, MembershipStatus::Withdrawn) > 0);
    QVERIFY(member(*k2Id, outsider, MembershipStatus::Active) > 0);
    QVERIFY(member(*k2Id, alpha, MembershipStatus::Active) > 0);

    const auto relate = [this](Id first, Id second) {
        Relationship r;
        r.firstId = first;
        r.secondId = second;
        r.level = RelationshipLevel::Coordinating;
        r.since = QDate(2025, 5, 1);
        auto id = w().relationships().add(r);
        if (!id)
            qWarning("%s", qPrintable(id.error().toString()));
        return id ? *id : 0;
    };
    const Id zetaAlpha = relate(zeta, alpha);
    const Id betaGone = relate(gone, beta);
    const Id alphaOutsider = relate(alpha, outsider);
    QVERIFY(zetaAlpha > 0 && betaGone > 0 && alphaOutsider > 0);

    auto network = loadNetworkData(w(), *kId);
    VERIFY_OK(network);
    QCOMPARE(network->members,
             (QList<NetworkMember>{
                 {alpha, u"Alpha Tenants"_s}, {beta, u"beta Clinic"_s}, {zeta, u"zeta Youth"_s}}));
    // Ties among all members, the withdrawn one too; not with outsiders.
    QCOMPARE(network->relationships, w().relationships().listForCoalition(*kId).value());
    QCOMPARE(idsOf(network->relationships), (QList<Id>{zetaAlpha, betaGone}));
    QCOMPARE(network->organizationNames,
             (QHash<Id, QString>{{zeta, u"zeta Youth"_s},
                                 {alpha, u"Alpha Tenants"_s},
                                 {beta, u"beta Clinic"_s},
                                 {gone, u"Gamma Church"_s}}));

    auto empty = loadNetworkData(w(), *k2Id);
    VERIFY_OK(empty);
    QCOMPARE(empty->members.size(), qsizetype(2));
    QCOMPARE(idsOf(empty->relationships), QList<Id>{alphaOutsider});
}

void TestStageSnapshot::networkOfUnknownCoalition()
{
    auto network = loadNetworkData(w(), 999);
    QVERIFY(!network.ok());
    QVERIFY(!network.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestStageSnapshot)
#include "tst_stagesnapshot.moc"
