// SPDX-License-Identifier: GPL-3.0-or-later
// Network figures on small graphs counted by hand.
#include "rules/networkfigures.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coalition;

namespace {

using Level = RelationshipLevel;
using Trust = TrustLevel;

Relationship tie(Id id, Id first, Id second, Level level, Trust trust = Trust::Some)
{
    Relationship r;
    r.id = id;
    r.firstId = first;
    r.secondId = second;
    r.level = level;
    r.trust = trust;
    return r;
}

RelationshipView view(Id organization, Level level, Trust trust)
{
    return {organization, level, trust, QString(), QDate(2026, 4, 1)};
}

int atLevel(const NetworkFigures &figures, Level level)
{
    return figures.pairsAtLevel.at(static_cast<std::size_t>(level));
}

double shareAt(const NetworkFigures &figures, Level level)
{
    return figures.shareAtLevel.at(static_cast<std::size_t>(level));
}

const OrganizationTies &organization(const NetworkFigures &figures, Id id)
{
    for (const OrganizationTies &o : figures.organizations) {
        if (o.organizationId == id)
            return o;
    }
    qFatal("no such organization in the figures");
}

} // namespace

class TestNetworkFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noMembers()
    {
        const NetworkFigures f = NetworkEngine::compute({}, {tie(1, 1, 2, Level::Networking)});
        QCOMPARE(f.members, 0);
        QCOMPARE(f.pairs, 0);
        QCOMPARE(f.tiedPairs, 0);
        QCOMPARE(f.density, 0.0);
        QVERIFY(f.organizations.isEmpty());
        QVERIFY(f.isolated.isEmpty());
        QVERIFY(f.ties.isEmpty());
        QCOMPARE(f.reasons.first(),
                 u"There are no members, so there is no pair to count: density 0%."_s);
        QVERIFY(f.reasons.contains(
            u"1 relationship with an organization that is not a member was left out."_s));
    }

    void oneMember()
    {
        const NetworkFigures f = NetworkEngine::compute({{4, u"Only Org"_s}}, {});
        QCOMPARE(f.members, 1);
        QCOMPARE(f.pairs, 0);
        QCOMPARE(f.density, 0.0);
        QCOMPARE(f.shareAtLevel, (std::array<double, 4>{}));
        QCOMPARE(f.isolated, QList<Id>{4});
        QCOMPARE(f.organizations.size(), 1);
        QCOMPARE(f.organizations.first().ties, 0);
        QVERIFY(!f.organizations.first().strongestWith);
        QCOMPARE(f.reasons,
                 QStringList({u"A single member makes no pair: density 0%."_s,
                              u"1 member has no relationship with another member: Only Org."_s}));
    }

    void twoMembers()
    {
        const QList<NetworkMember> members{{1, u"A"_s}, {2, u"B"_s}};
        NetworkFigures f = NetworkEngine::compute(members, {});
        QCOMPARE(f.pairs, 1);
        QCOMPARE(f.reasons.first(),
                 u"2 members make 1 pair, and it has no relationship: density 0%."_s);
        QCOMPARE(f.isolated, (QList<Id>{1, 2}));
        QVERIFY(f.reasons.contains(u"2 members have no relationship with another member: A, B."_s));

        f = NetworkEngine::compute(members, {tie(9, 2, 1, Level::Coordinating)});
        QCOMPARE(f.density, 1.0);
        QCOMPARE(f.reasons.first(),
                 u"2 members make 1 pair, and it has a relationship: density 100%."_s);
        // Given in the other order, the pair is still stored lowest id first.
        QCOMPARE(f.ties.size(), 1);
        QCOMPARE(f.ties.first().firstId, 1);
        QCOMPARE(f.ties.first().secondId, 2);
        QCOMPARE(f.ties.first().relationshipId, 9);
        QVERIFY(f.isolated.isEmpty());
        QVERIFY(f.reasons.contains(
            u"Every member has a relationship with at least one other member."_s));
    }

    // 1-2 collaborating, 2-3 networking, 1-3 cooperating: every pair tied.
    void triangle()
    {
        const QList<NetworkMember> members{{1, u"Alpha"_s}, {2, u"Beta"_s}, {3, u"Gamma"_s}};
        const NetworkFigures f
            = NetworkEngine::compute(members,
                                     {tie(10, 1, 2, Level::Collaborating, Trust::High),
                                      tie(11, 2, 3, Level::Networking, Trust::Low),
                                      tie(12, 1, 3, Level::Cooperating, Trust::More)});
        QCOMPARE(f.members, 3);
        QCOMPARE(f.pairs, 3);
        QCOMPARE(f.tiedPairs, 3);
        QCOMPARE(f.density, 1.0);
        QCOMPARE(atLevel(f, Level::Networking), 1);
        QCOMPARE(atLevel(f, Level::Coordinating), 0);
        QCOMPARE(atLevel(f, Level::Cooperating), 1);
        QCOMPARE(atLevel(f, Level::Collaborating), 1);
        QCOMPARE(shareAt(f, Level::Networking), 1.0 / 3);
        QCOMPARE(shareAt(f, Level::Coordinating), 0.0);
        for (const OrganizationTies &o : f.organizations)
            QCOMPARE(o.ties, 2);
        QCOMPARE(organization(f, 1).strongestWith, std::optional<Id>(2));
        QCOMPARE(organization(f, 2).strongestWith, std::optional<Id>(1));
        QCOMPARE(organization(f, 2).strongestLevel, std::optional(Level::Collaborating));
        QCOMPARE(organization(f, 2).strongestTrust, std::optional(Trust::High));
        QCOMPARE(organization(f, 3).strongestWith, std::optional<Id>(1));
        QCOMPARE(organization(f, 3).strongestLevel, std::optional(Level::Cooperating));
        QVERIFY(f.isolated.isEmpty());
        QCOMPARE(f.ties.size(), 3);
        QCOMPARE(f.ties.at(0).relationshipId, 10); // (1,2)
        QCOMPARE(f.ties.at(1).relationshipId, 12); // (1,3)
        QCOMPARE(f.ties.at(2).relationshipId, 11); // (2,3)
        QCOMPARE(f.reasons.first(),
                 u"3 members make 3 pairs; 3 of them have a relationship: density 100%."_s);
        QVERIFY(f.reasons.contains(u"Pairs at each level, as a share of all pairs: networking 1 "
                                   "(33%), coordinating 0 (0%), cooperating 1 (33%), "
                                   "collaborating 1 (33%)."_s));
    }

    // Hub 1 tied to 2, 3, 4; member 5 has no tie: 5 members, 10 pairs, 3 tied.
    void starWithAnIsolatedMember()
    {
        const QList<NetworkMember> members{
            {1, u"Hub"_s}, {2, u"Two"_s}, {3, u"Three"_s}, {4, u"Four"_s}, {5, u"Loner"_s}};
        const NetworkFigures f = NetworkEngine::compute(members,
                                                        {tie(1, 1, 2, Level::Networking),
                                                         tie(2, 1, 3, Level::Networking),
                                                         tie(3, 4, 1, Level::Coordinating)});
        QCOMPARE(f.pairs, 10);
        QCOMPARE(f.tiedPairs, 3);
        QCOMPARE(f.density, 0.3);
        QCOMPARE(atLevel(f, Level::Networking), 2);
        QCOMPARE(shareAt(f, Level::Networking), 0.2);
        QCOMPARE(atLevel(f, Level::Coordinating), 1);
        QCOMPARE(shareAt(f, Level::Coordinating), 0.1);
        QCOMPARE(organization(f, 1).ties, 3);
        QCOMPARE(organization(f, 1).strongestWith, std::optional<Id>(4));
        QCOMPARE(organization(f, 2).ties, 1);
        QCOMPARE(organization(f, 5).ties, 0);
        QCOMPARE(f.isolated, QList<Id>{5});
        // The members' order is kept.
        QList<Id> order;
        for (const OrganizationTies &o : f.organizations)
            order.append(o.organizationId);
        QCOMPARE(order, (QList<Id>{1, 2, 3, 4, 5}));
        QCOMPARE(f.reasons.first(),
                 u"5 members make 10 pairs; 3 of them have a relationship: density 30%."_s);
        QVERIFY(f.reasons.contains(u"1 member has no relationship with another member: Loner."_s));
    }

    void duplicateAndOutsideRelationshipsAreIgnored()
    {
        const QList<NetworkMember> members{{1, u"A"_s}, {2, u"B"_s}, {3, u"C"_s}, {1, u"A"_s}};
        const NetworkFigures f = NetworkEngine::compute(
            members,
            {tie(1, 1, 2, Level::Networking), tie(2, 2, 1, Level::Collaborating),
             tie(3, 1, 2, Level::Cooperating), tie(4, 3, 99, Level::Collaborating),
             tie(5, 98, 99, Level::Collaborating), tie(6, 3, 3, Level::Networking)});
        QCOMPARE(f.members, 3); // the member listed twice counts once
        QCOMPARE(f.pairs, 3);
        QCOMPARE(f.tiedPairs, 1);
        QCOMPARE(f.ties.size(), 1);
        QCOMPARE(f.ties.first().relationshipId, 1); // the first one of the pair counts
        QCOMPARE(f.ties.first().level, Level::Networking);
        QCOMPARE(atLevel(f, Level::Collaborating), 0);
        QCOMPARE(organization(f, 3).ties, 0);
        QCOMPARE(f.isolated, QList<Id>{3});
        QVERIFY(f.reasons.contains(
            u"2 relationships with an organization that is not a member were left out."_s));
        QVERIFY(f.reasons.contains(u"2 more relationships for pairs already counted were left "
                                   "out; the first one of each pair counts."_s));
        QVERIFY(f.reasons.contains(
            u"1 relationship joining an organization with itself was left out."_s));
    }

    void strongestTieBreaksTies_data()
    {
        QTest::addColumn<QList<Relationship>>("relationships");
        QTest::addColumn<Id>("strongest");
        // Member 1 is tied to 2 ("apple"), 3 ("Banana") and 4 ("banana": the
        // same name as 3 but for the letter case). By code point "Banana" sorts
        // before "apple"; ignoring case it comes after.
        QTest::newRow("level first")
            << QList<Relationship>{tie(1, 1, 2, Level::Cooperating, Trust::Low),
                                   tie(2, 1, 3, Level::Coordinating, Trust::High)}
            << Id(2);
        QTest::newRow("then trust")
            << QList<Relationship>{tie(1, 1, 2, Level::Coordinating, Trust::More),
                                   tie(2, 1, 3, Level::Coordinating, Trust::Some)}
            << Id(2);
        QTest::newRow("then name, ignoring case")
            << QList<Relationship>{tie(1, 1, 3, Level::Networking, Trust::Some),
                                   tie(2, 1, 2, Level::Networking, Trust::Some)}
            << Id(2);
        QTest::newRow("then id") << QList<Relationship>{
            tie(1, 1, 4, Level::Networking, Trust::Some),
            tie(2, 1, 3, Level::Networking,
                Trust::Some)} << Id(3);
    }

    void strongestTieBreaksTies()
    {
        QFETCH(QList<Relationship>, relationships);
        QFETCH(Id, strongest);
        const QList<NetworkMember> members{
            {1, u"Hub"_s}, {2, u"apple"_s}, {3, u"Banana"_s}, {4, u"banana"_s}};
        NetworkFigures f = NetworkEngine::compute(members, relationships);
        QCOMPARE(organization(f, 1).strongestWith, std::optional<Id>(strongest));
        // The input order does not matter.
        std::reverse(relationships.begin(), relationships.end());
        f = NetworkEngine::compute(members, relationships);
        QCOMPARE(organization(f, 1).strongestWith, std::optional<Id>(strongest));
    }

    void sidesDisagree_data()
    {
        QTest::addColumn<QList<RelationshipView>>("views");
        QTest::addColumn<bool>("disagree");
        QTest::newRow("no view") << QList<RelationshipView>{} << false;
        QTest::newRow("one side only")
            << QList<RelationshipView>{view(1, Level::Networking, Trust::Low)} << false;
        QTest::newRow("same") << QList<RelationshipView>{view(1, Level::Networking, Trust::Low),
                                                         view(2, Level::Networking, Trust::Low)}
                              << false;
        QTest::newRow("level differs")
            << QList<RelationshipView>{view(1, Level::Cooperating, Trust::Low),
                                       view(2, Level::Networking, Trust::Low)}
            << true;
        QTest::newRow("trust differs")
            << QList<RelationshipView>{view(2, Level::Networking, Trust::High),
                                       view(1, Level::Networking, Trust::Low)}
            << true;
        QTest::newRow("a stranger's view does not count")
            << QList<RelationshipView>{view(1, Level::Cooperating, Trust::Low),
                                       view(7, Level::Networking, Trust::Low)}
            << false;
    }

    void sidesDisagree()
    {
        QFETCH(QList<RelationshipView>, views);
        QFETCH(bool, disagree);
        Relationship r = tie(1, 1, 2, Level::Coordinating);
        r.views = views;
        QCOMPARE(NetworkEngine::sidesDisagree(r), disagree);
        QCOMPARE(NetworkEngine::disagreement(r, {}).isEmpty(), !disagree);
        const NetworkFigures f = NetworkEngine::compute({{1, u"A"_s}, {2, u"B"_s}}, {r});
        QCOMPARE(f.ties.first().sidesDisagree, disagree);
        QCOMPARE(f.disagreements, disagree ? 1 : 0);
        QCOMPARE(f.reasons.contains(u"The two sides rate 1 relationship differently."_s), disagree);
    }

    void disagreementSentenceNamesBothSides()
    {
        Relationship r = tie(1, 3, 8, Level::Coordinating);
        // The views' order does not matter: the first organization speaks first.
        r.views
            = {view(8, Level::Networking, Trust::Some), view(3, Level::Cooperating, Trust::High)};
        const QHash<Id, QString> names{{3, u"Eastgate Food Bank"_s},
                                       {8, u"Northside Youth Club"_s}};
        QCOMPARE(NetworkEngine::disagreement(r, names),
                 QStringList{u"Eastgate Food Bank sees it as cooperating with high trust; "
                             "Northside Youth Club as networking with some trust."_s});
        // An unknown name still says which organization it is.
        QCOMPARE(NetworkEngine::disagreement(r, {{3, u"Eastgate"_s}}),
                 QStringList{u"Eastgate sees it as cooperating with high trust; "
                             "Organization 8 as networking with some trust."_s});
    }

    void reasonsCountDisagreements()
    {
        Relationship a = tie(1, 1, 2, Level::Networking);
        a.views = {view(1, Level::Networking, Trust::Low), view(2, Level::Networking, Trust::High)};
        Relationship b = tie(2, 2, 3, Level::Networking);
        b.views
            = {view(2, Level::Collaborating, Trust::Low), view(3, Level::Networking, Trust::Low)};
        const NetworkFigures f
            = NetworkEngine::compute({{1, u"A"_s}, {2, u"B"_s}, {3, u"C"_s}}, {a, b});
        QCOMPARE(f.disagreements, 2);
        QVERIFY(f.reasons.contains(u"The two sides rate 2 relationships differently."_s));
    }
};

QTEST_GUILESS_MAIN(TestNetworkFigures)
#include "tst_networkfigures.moc"
