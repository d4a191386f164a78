// SPDX-License-Identifier: GPL-3.0-or-later
// The coalition type fit (StageEngine::typeFit): for each type, records that
// look like the type fit on every aspect, and records that depart from it
// show the differences, aspect by aspect.

#include "rules/stageassessment.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coalition;

Q_DECLARE_METATYPE(Coalition::StageSnapshot)

namespace {

const QDate Today(2026, 6, 15);
const QStringList Aspects{u"purpose"_s, u"membership"_s, u"structure"_s, u"funding"_s,
                          u"timeframe"_s};

StageSnapshot base(CoalitionType type)
{
    StageSnapshot s;
    s.coalition.id = 1;
    s.coalition.name = u"Riverside Housing Coalition"_s;
    s.coalition.type = type;
    s.coalition.startDate = QDate(2024, 3, 1);
    s.today = Today;
    s.organizationNames
        = {{101, u"Alpha Tenants"_s}, {102, u"Bridge Clinic"_s}, {103, u"Canal School"_s}};
    return s;
}

Membership member(Id id, MembershipKind kind = MembershipKind::VotingMember, qint64 dues = 0)
{
    Membership m;
    m.id = id;
    m.coalitionId = 1;
    m.organizationId = id + 90;
    m.status = MembershipStatus::Active;
    m.kind = kind;
    m.duesCents = dues;
    return m;
}

Body body(Id id, BodyKind kind, const QString &name)
{
    Body b;
    b.id = id;
    b.coalitionId = 1;
    b.kind = kind;
    b.name = name;
    return b;
}

Goal goal(Id id, const QDate &targetOn = {}, GoalStatus status = GoalStatus::Active)
{
    Goal g;
    g.id = id;
    g.coalitionId = 1;
    g.title = u"Goal %1"_s.arg(id);
    g.targetOn = targetOn;
    g.status = status;
    return g;
}

using Fits = QList<bool>; // per aspect, in the order of Aspects

} // namespace

class TestTypeFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fits_data();
    void fits();
    void describesEachAspect();
    void partOfTheAssessment();
};

void TestTypeFit::fits_data()
{
    QTest::addColumn<StageSnapshot>("snapshot");
    QTest::addColumn<Fits>("expected");

    {
        auto s = base(CoalitionType::InformationNetwork);
        s.coalition.purpose = u"Share news on housing between tenant groups"_s;
        s.memberships = {member(11), member(12, MembershipKind::Observer)};
        s.bodies = {body(21, BodyKind::FullMembership, u"Everyone"_s)};
        s.coalition.finances.grants = u"A small foundation grant for the mailing list"_s;
        QTest::newRow("information network, fits") << s << Fits{true, true, true, true, true};
        s.coalition.purpose.clear();
        s.memberships[0].duesCents = 5000;
        s.bodies.append(body(22, BodyKind::ExecutiveCommittee, u"Board"_s));
        s.coalition.endDate = QDate(2027, 1, 1);
        QTest::newRow("information network with dues, a board and an end")
            << s << Fits{false, false, false, false, false};
    }
    {
        auto s = base(CoalitionType::Association);
        s.coalition.mission = u"Advance the city's small tenant unions"_s;
        s.memberships = {member(11, MembershipKind::VotingMember, 5000),
                         member(12, MembershipKind::VotingMember, 5000), member(13)};
        s.bodies = {body(21, BodyKind::FullMembership, u"Members"_s),
                    body(22, BodyKind::Committee, u"Services Committee"_s)};
        QTest::newRow("association, fits") << s << Fits{true, true, true, true, true};
        s.memberships[1].duesCents = 0; // one payer of three: not most
        s.bodies.removeLast();
        s.coalition.endDate = QDate(2027, 1, 1);
        QTest::newRow("association, few dues, no committee, an end")
            << s << Fits{true, false, false, true, false};
        DecisionProcedure procedure;
        procedure.id = 31;
        procedure.bodyId = 21;
        s.procedures = {procedure};
        QTest::newRow("association, a procedure is a defined structure")
            << s << Fits{true, false, true, true, false};
    }
    {
        auto s = base(CoalitionType::CoordinatingCouncil);
        s.goals = {goal(71)};
        s.memberships = {member(11), member(12, MembershipKind::NonVotingAlly)};
        s.coalition.leadOrganizationId = 101;
        s.coalition.finances.inKind = u"Meeting rooms from the school"_s;
        s.coalition.endDate = QDate(2027, 1, 1);
        QTest::newRow("coordinating council, fits") << s << Fits{true, true, true, true, true};
        s.goals = {goal(71, {}, GoalStatus::Dropped)};
        s.memberships.removeLast();
        s.coalition.leadOrganizationId.reset();
        s.coalition.finances.inKind.clear();
        s.coalition.endDate = QDate();
        QTest::newRow("coordinating council without goal, partner, lead or money")
            << s << Fits{false, false, false, false, true};
        s.memberships[0].contributions = {{ContributionKind::Space, u"Rooms"_s, 0, {}}};
        QTest::newRow("coordinating council, a member contribution is an arrangement")
            << s << Fits{false, false, false, true, true};
    }
    {
        auto s = base(CoalitionType::Campaign);
        s.goals = {goal(71, QDate(2026, 11, 3))};
        s.memberships = {member(11), member(12)};
        s.bodies = {body(22, BodyKind::StrategicCommittee, u"Steering Committee"_s)};
        s.coalition.finances.grants = u"Campaign grant from the housing fund"_s;
        s.coalition.endDate = QDate(2026, 11, 30);
        QTest::newRow("campaign, fits") << s << Fits{true, true, true, true, true};
        s.goals = {goal(71)};
        s.bodies = {body(23, BodyKind::ExecutiveCommittee, u"Board"_s)};
        s.coalition.finances.grants.clear();
        s.coalition.endDate = QDate();
        QTest::newRow("campaign without a dated goal, steering, grants or end")
            << s << Fits{false, true, false, false, false};
        ActionPlan plan;
        plan.id = 91;
        plan.budget = {{u"Posters"_s, 30000, std::nullopt, u"Housing fund"_s, false}};
        s.plans = {plan};
        QTest::newRow("campaign, a budget line funded from outside")
            << s << Fits{false, true, false, true, false};
    }
    {
        auto s = base(CoalitionType::OngoingCoalition);
        s.goals = {goal(71), goal(72)};
        s.memberships = {member(11, MembershipKind::VotingMember, 20000), member(12), member(13)};
        s.memberships[1].contributions = {{ContributionKind::InKind, u"Printing"_s, 0, {}}};
        s.bodies = {body(23, BodyKind::ExecutiveCommittee, u"Board"_s)};
        QTest::newRow("ongoing coalition, fits") << s << Fits{true, true, true, true, true};
        s.goals.removeLast();
        s.memberships[2].kind = MembershipKind::Observer;
        s.memberships[0].duesCents = 0;
        s.bodies = {body(22, BodyKind::StrategicCommittee, u"Strategy Table"_s)};
        s.coalition.endDate = QDate(2027, 1, 1);
        QTest::newRow("ongoing coalition, short of goals, members, board, support and time")
            << s << Fits{false, false, false, false, false};
    }
}

void TestTypeFit::fits()
{
    QFETCH(StageSnapshot, snapshot);
    QFETCH(Fits, expected);

    const QList<TypeFitItem> items = StageEngine::typeFit(snapshot);
    QStringList aspects;
    Fits actual;
    for (const TypeFitItem &item : items) {
        aspects.append(item.aspect);
        actual.append(item.fits);
    }
    QCOMPARE(aspects, Aspects);
    QCOMPARE(actual, expected);
}

void TestTypeFit::describesEachAspect()
{
    auto s = base(CoalitionType::Campaign);
    s.memberships = {member(11, MembershipKind::VotingMember, 5000), member(12)};
    s.bodies = {body(21, BodyKind::FullMembership, u"Assembly"_s)};
    s.coalition.leadOrganizationId = 102;
    s.coalition.finances.dues = u"50 a year"_s;
    const QList<TypeFitItem> items = StageEngine::typeFit(s);
    QCOMPARE(items.size(), 5);
    for (const TypeFitItem &item : items) {
        QVERIFY(!item.label.isEmpty());
        QVERIFY(!item.expected.isEmpty());
        QVERIFY(!item.found.isEmpty());
    }
    QCOMPARE(items.at(1).found, u"Active members: 2 (voting: 2); paying dues: 1."_s);
    QCOMPARE(items.at(2).found,
             u"Bodies: Assembly (full membership); lead organization: Bridge Clinic."_s);
    QCOMPARE(
        items.at(3).found,
        u"Financial arrangements recorded: dues. Active members: 2; paying dues: 1; giving money or in-kind support: 0. Plan budget lines funded from outside: 0."_s);
    QCOMPARE(items.at(4).found, u"Started on 2024-03-01; no end date is recorded."_s);
    QCOMPARE(items.at(4).expected, u"A set time frame: an end date."_s);
    QVERIFY(!items.at(4).fits);
}

void TestTypeFit::partOfTheAssessment()
{
    auto s = base(CoalitionType::Association);
    s.memberships = {member(11, MembershipKind::VotingMember, 5000)};
    QCOMPARE(StageEngine::assess(s).typeFit, StageEngine::typeFit(s));
}

QTEST_GUILESS_MAIN(TestTypeFit)
#include "tst_typefit.moc"
