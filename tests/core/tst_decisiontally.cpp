// SPDX-License-Identifier: GPL-3.0-or-later
// DecisionTallier: recorded attendance and positions turned into a tally, one
// vote per member organization, with the lines that explain each judgement.
// The counting itself is Tally's and is tested in tst_tally.

#include "rules/decisiontally.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coalition;

Q_DECLARE_METATYPE(Coalition::DecisionFacts)
Q_DECLARE_METATYPE(Coalition::VoteCounts)
Q_DECLARE_METATYPE(Coalition::DecisionOutcome)
Q_DECLARE_METATYPE(Coalition::DecisionMethod)
Q_DECLARE_METATYPE(Coalition::TallyMethod)

namespace {

// Voting members of the committee, and an ally that is not one.
constexpr Id Alpha = 1;
constexpr Id Bridge = 2;
constexpr Id Canal = 3;
constexpr Id Dock = 4;
constexpr Id Eastgate = 9;

DecisionProcedure procedureOf(DecisionMethod method)
{
    DecisionProcedure procedure;
    procedure.method = method;
    return procedure;
}

// Four voting members; attendance and positions as given.
DecisionFacts factsOf(DecisionProcedure procedure, QList<Attendance> attendance,
                      QList<MemberPosition> positions)
{
    DecisionFacts facts;
    facts.bodyName = u"Steering Committee"_s;
    facts.procedure = std::move(procedure);
    facts.votingMembers = {Alpha, Bridge, Canal, Dock};
    facts.memberNames = {{Alpha, u"Alpha Tenants"_s},
                         {Bridge, u"Bridge Clinic"_s},
                         {Canal, u"Canal School"_s},
                         {Dock, u"Dock Workers Union"_s},
                         {Eastgate, u"Eastgate Foundation"_s}};
    facts.attendance = std::move(attendance);
    facts.positions = std::move(positions);
    return facts;
}

QList<Attendance> present(const QList<Id> &memberships)
{
    QList<Attendance> rows;
    for (const Id id : memberships)
        rows.append({id, std::nullopt});
    return rows;
}

VoteCounts counts(int yes, int no, int abstain = 0, int standAside = 0, int block = 0)
{
    return {yes, no, abstain, standAside, block};
}

QString quorumLine(const Quorum &quorum, int members, int presentCount)
{
    QString line;
    Tally::quorumMet(quorum, members, presentCount, &line);
    return line;
}

const QString NothingYet = u"no position recorded yet: nothing decided"_s;

} // namespace

class TestDecisionTally : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tally_data()
    {
        QTest::addColumn<DecisionFacts>("facts");
        QTest::addColumn<DecisionOutcome>("outcome");
        QTest::addColumn<int>("members");
        QTest::addColumn<int>("presentCount");
        QTest::addColumn<VoteCounts>("votes");
        // The lines the tallier adds; when counted, Tally's lines follow.
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<bool>("counted");

        const auto majority = procedureOf(DecisionMethod::Majority);
        const auto consensus = procedureOf(DecisionMethod::Consensus);
        const Quorum none;

        {
            auto attendance = present({Alpha, Bridge, Canal});
            attendance.insert(1, {Alpha, 101});
            attendance.insert(2, {Alpha, 102});
            attendance[0].personId = 100;
            QTest::newRow("one vote per organization, three people attending for one")
                << factsOf(majority, attendance,
                           {{Alpha, VotePosition::Yes},
                            {Bridge, VotePosition::No},
                            {Canal, VotePosition::No}})
                << DecisionOutcome::Rejected << 4 << 3 << counts(1, 2)
                << QStringList{u"Alpha Tenants attended through 3 people: present once, one vote"_s}
                << true;
        }
        QTest::newRow("two people each for two organizations")
            << factsOf(majority, {{Alpha, 100}, {Bridge, 200}, {Alpha, 101}, {Bridge, 201}},
                       {{Alpha, VotePosition::Yes}, {Bridge, VotePosition::Yes}})
            << DecisionOutcome::Adopted << 4 << 2 << counts(2, 0)
            << QStringList{u"Alpha Tenants attended through 2 people: present once, one vote"_s,
                           u"Bridge Clinic attended through 2 people: present once, one vote"_s}
            << true;
        QTest::newRow("position without attendance counts the member present")
            << factsOf(majority, present({Alpha, Bridge}),
                       {{Alpha, VotePosition::Yes},
                        {Bridge, VotePosition::Yes},
                        {Canal, VotePosition::No}})
            << DecisionOutcome::Adopted << 4 << 3 << counts(2, 1)
            << QStringList{u"Canal School took a position without being marked present: "
                           "counted present"_s}
            << true;
        QTest::newRow("non-voting member: attendance and position ignored")
            << factsOf(majority, present({Alpha, Bridge, Eastgate}),
                       {{Alpha, VotePosition::Yes},
                        {Eastgate, VotePosition::No},
                        {Bridge, VotePosition::No}})
            << DecisionOutcome::Rejected << 4 << 2 << counts(1, 1)
            << QStringList{u"Eastgate Foundation is not a voting member of Steering Committee: "
                           "position ignored"_s}
            << true;
        QTest::newRow("absent is no position")
            << factsOf(majority, present({Alpha, Bridge, Canal}),
                       {{Alpha, VotePosition::Yes},
                        {Bridge, VotePosition::Absent},
                        {Dock, VotePosition::Absent}})
            << DecisionOutcome::Adopted << 4 << 3 << counts(1, 0) << QStringList() << true;
        QTest::newRow("a second position for one member is not counted")
            << factsOf(majority, present({Alpha, Bridge}),
                       {{Alpha, VotePosition::Yes},
                        {Bridge, VotePosition::No},
                        {Alpha, VotePosition::No}})
            << DecisionOutcome::Rejected << 4 << 2 << counts(1, 1)
            << QStringList{u"Alpha Tenants has more than one position recorded: only the first "
                           "counts"_s}
            << true;

        QTest::newRow("pending: nothing recorded")
            << factsOf(majority, present({Alpha, Bridge}), {}) << DecisionOutcome::Pending << 4 << 2
            << counts(0, 0) << QStringList{quorumLine(none, 4, 2), NothingYet} << false;
        QTest::newRow("pending: every position absent")
            << factsOf(majority, present({Alpha}),
                       {{Alpha, VotePosition::Absent}, {Bridge, VotePosition::Absent}})
            << DecisionOutcome::Pending << 4 << 1 << counts(0, 0)
            << QStringList{quorumLine(none, 4, 1), NothingYet} << false;
        QTest::newRow("pending: only a non-voting member's position")
            << factsOf(majority, {}, {{Eastgate, VotePosition::Yes}}) << DecisionOutcome::Pending
            << 4 << 0 << counts(0, 0)
            << QStringList{u"Eastgate Foundation is not a voting member of Steering Committee: "
                           "position ignored"_s,
                           quorumLine(none, 4, 0), NothingYet}
            << false;
        {
            auto withQuorum = majority;
            withQuorum.quorum.kind = QuorumKind::Count;
            withQuorum.quorum.count = 3;
            QTest::newRow("pending: the quorum line is still given")
                << factsOf(withQuorum, present({Alpha, Bridge}), {}) << DecisionOutcome::Pending
                << 4 << 2 << counts(0, 0)
                << QStringList{quorumLine(withQuorum.quorum, 4, 2), NothingYet} << false;
            QTest::newRow("no quorum")
                << factsOf(withQuorum, present({Alpha, Bridge}),
                           {{Alpha, VotePosition::Yes}, {Bridge, VotePosition::Yes}})
                << DecisionOutcome::NoQuorum << 4 << 2 << counts(2, 0) << QStringList() << true;
            QTest::newRow("quorum reached through a position without attendance")
                << factsOf(withQuorum, present({Alpha, Bridge}),
                           {{Alpha, VotePosition::Yes},
                            {Bridge, VotePosition::Yes},
                            {Dock, VotePosition::Abstain}})
                << DecisionOutcome::Adopted << 4 << 3 << counts(2, 0, 1)
                << QStringList{u"Dock Workers Union took a position without being marked "
                               "present: counted present"_s}
                << true;
        }

        QTest::newRow("consensus: a no is a block")
            << factsOf(consensus, present({Alpha, Bridge, Canal}),
                       {{Alpha, VotePosition::Yes},
                        {Bridge, VotePosition::No},
                        {Canal, VotePosition::StandAside}})
            << DecisionOutcome::Blocked << 4 << 3 << counts(1, 0, 0, 1, 1)
            << QStringList{u"Bridge Clinic disagreed: under consensus a disagreement stops the "
                           "proposal, counted as a block"_s}
            << true;
        QTest::newRow("consensus: stand-aside recorded, adopted")
            << factsOf(consensus, present({Alpha, Bridge}),
                       {{Alpha, VotePosition::Yes}, {Bridge, VotePosition::StandAside}})
            << DecisionOutcome::Adopted << 4 << 2 << counts(1, 0, 0, 1) << QStringList() << true;
        QTest::newRow("vote: a block is a no, a stand-aside an abstention")
            << factsOf(majority, present({Alpha, Bridge, Canal, Dock}),
                       {{Alpha, VotePosition::Yes},
                        {Bridge, VotePosition::Block},
                        {Canal, VotePosition::StandAside},
                        {Dock, VotePosition::Yes}})
            << DecisionOutcome::Adopted << 4 << 4 << counts(2, 1, 1)
            << QStringList{u"Bridge Clinic blocked: in a vote a block counts as a no"_s,
                           u"Canal School stood aside: in a vote standing aside counts as an "
                           "abstention"_s}
            << true;

        auto thenVote = procedureOf(DecisionMethod::ConsensusThenVote);
        thenVote.consensusAttempts = 2;
        const QList<MemberPosition> split{{Alpha, VotePosition::Yes},
                                          {Bridge, VotePosition::Yes},
                                          {Canal, VotePosition::No},
                                          {Dock, VotePosition::Yes}};
        const auto all = present({Alpha, Bridge, Canal, Dock});
        {
            auto facts = factsOf(thenVote, all, split);
            facts.failedConsensusAttempts = 1;
            QTest::newRow("consensus then vote: before the attempts, still consensus")
                << facts << DecisionOutcome::Blocked << 4 << 4 << counts(3, 0, 0, 0, 1)
                << QStringList{u"consensus attempts failed so far: 1; the procedure allows a "
                               "vote after 2: still counted as consensus"_s,
                               u"Canal School disagreed: under consensus a disagreement stops "
                               "the proposal, counted as a block"_s}
                << true;
        }
        {
            auto facts = factsOf(thenVote, all, split);
            facts.failedConsensusAttempts = 2;
            QTest::newRow("consensus then vote: at the attempts, a simple-majority vote")
                << facts << DecisionOutcome::Adopted << 4 << 4 << counts(3, 1)
                << QStringList{u"consensus attempts failed: 2; the procedure allows a vote after "
                               "2: counted as a simple-majority vote"_s}
                << true;
        }
        {
            auto super = thenVote;
            super.fallbackMethod = DecisionMethod::Supermajority;
            super.threshold = Fraction{3, 4};
            auto facts = factsOf(super, all, split);
            facts.failedConsensusAttempts = 3;
            QTest::newRow("consensus then vote: after the attempts, a 3/4 vote met exactly")
                << facts << DecisionOutcome::Adopted << 4 << 4 << counts(3, 1)
                << QStringList{u"consensus attempts failed: 3; the procedure allows a vote after "
                               "2: counted as a 3/4 supermajority vote"_s}
                << true;
        }

        auto toLead = procedureOf(DecisionMethod::Delegated);
        toLead.delegateToLead = true;
        const QString leaves = u"the procedure leaves this decision to the lead organization, "
                               "Alpha Tenants"_s;
        const auto leadFacts = [&](QList<MemberPosition> positions) {
            auto facts = factsOf(toLead, all, std::move(positions));
            facts.leadMembershipId = Alpha;
            facts.leadName = u"Alpha Tenants"_s;
            return facts;
        };
        QTest::newRow("delegated to the lead: yes")
            << leadFacts({{Alpha, VotePosition::Yes}}) << DecisionOutcome::Adopted << 0 << 0
            << VoteCounts() << QStringList{leaves, u"Alpha Tenants agreed: adopted"_s} << false;
        QTest::newRow("delegated to the lead: no, whatever the others say")
            << leadFacts({{Bridge, VotePosition::Yes},
                          {Alpha, VotePosition::No},
                          {Canal, VotePosition::Yes}})
            << DecisionOutcome::Rejected << 0 << 0 << VoteCounts()
            << QStringList{leaves, u"positions of the other members recorded: they do not decide"_s,
                           u"Alpha Tenants disagreed: rejected"_s}
            << false;
        QTest::newRow("delegated to the lead: block")
            << leadFacts({{Alpha, VotePosition::Block}}) << DecisionOutcome::Rejected << 0 << 0
            << VoteCounts() << QStringList{leaves, u"Alpha Tenants blocked: rejected"_s} << false;
        QTest::newRow("delegated to the lead: none yet")
            << leadFacts({{Alpha, VotePosition::Absent}}) << DecisionOutcome::Pending << 0 << 0
            << VoteCounts()
            << QStringList{leaves, u"Alpha Tenants has no position recorded yet: nothing decided"_s}
            << false;
        QTest::newRow("delegated to the lead: abstained")
            << leadFacts({{Alpha, VotePosition::Abstain}}) << DecisionOutcome::Pending << 0 << 0
            << VoteCounts() << QStringList{leaves, u"Alpha Tenants abstained: nothing decided"_s}
            << false;
        QTest::newRow("delegated to the lead: no lead")
            << factsOf(toLead, all, {{Alpha, VotePosition::Yes}}) << DecisionOutcome::Pending << 0
            << 0 << VoteCounts()
            << QStringList{u"the procedure leaves this decision to the lead organization, but "
                           "the coalition has no lead organization among its members: nothing "
                           "decided"_s}
            << false;
        {
            auto facts = factsOf(majority, all, split);
            facts.bodyName = u"Executive Committee"_s;
            facts.delegatedFrom = u"Full Membership"_s;
            QTest::newRow("delegated to a body: counted under its procedure")
                << facts << DecisionOutcome::Adopted << 4 << 4 << counts(3, 1)
                << QStringList{u"Full Membership delegated this decision to Executive Committee: "
                               "counted under the procedure of Executive Committee"_s}
                << true;
        }
        {
            auto toBody = procedureOf(DecisionMethod::Delegated);
            toBody.delegateBodyId = 7;
            QTest::newRow("delegated to a body whose procedure was not supplied")
                << factsOf(toBody, all, split) << DecisionOutcome::Pending << 0 << 0 << VoteCounts()
                << QStringList{u"the procedure delegates this decision to another body whose "
                               "procedure was not supplied: nothing decided"_s}
                << false;
        }
        {
            auto broken = procedureOf(DecisionMethod::Supermajority);
            broken.threshold = Fraction{0, 1};
            TallyInput input;
            input.rule = DecisionTallier::ruleFor(broken, 0);
            input.members = 4;
            input.present = 4;
            input.votes = counts(3, 1);
            QTest::newRow("a threshold that cannot be counted: pending, with the reason")
                << factsOf(broken, all, split) << DecisionOutcome::Pending << 4 << 4 << counts(3, 1)
                << QStringList{u"the votes cannot be counted: "_s
                               + Tally::validate(input).error().message}
                << false;
        }
    }

    void tally()
    {
        QFETCH(DecisionFacts, facts);
        QFETCH(DecisionOutcome, outcome);
        QFETCH(int, members);
        QFETCH(int, presentCount);
        QFETCH(VoteCounts, votes);
        QFETCH(QStringList, lines);
        QFETCH(bool, counted);

        const DecisionTally tally = DecisionTallier::tally(facts);
        QCOMPARE(tally.outcome, outcome);
        QCOMPARE(tally.input.members, members);
        QCOMPARE(tally.input.present, presentCount);
        QCOMPARE(tally.input.votes, votes);
        if (counted) {
            // The tallier's lines first, then the tally's own, unchanged.
            QCOMPARE(tally.result, Tally::count(tally.input));
            QCOMPARE(tally.outcome, tally.result.outcome);
            QCOMPARE(tally.reasons, lines + tally.result.reasons);
        } else {
            QCOMPARE(tally.reasons, lines);
        }
    }

    void ruleFor_data()
    {
        QTest::addColumn<DecisionMethod>("method");
        QTest::addColumn<DecisionMethod>("fallback");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<int>("failed");
        QTest::addColumn<TallyMethod>("expected");

        const auto majority = DecisionMethod::Majority;
        QTest::newRow("consensus")
            << DecisionMethod::Consensus << majority << 0 << 5 << TallyMethod::Consensus;
        QTest::newRow("majority") << majority << majority << 0 << 0 << TallyMethod::Majority;
        QTest::newRow("supermajority")
            << DecisionMethod::Supermajority << majority << 0 << 0 << TallyMethod::Supermajority;
        QTest::newRow("unanimity")
            << DecisionMethod::Unanimity << majority << 0 << 0 << TallyMethod::Unanimity;
        QTest::newRow("then vote, none failed")
            << DecisionMethod::ConsensusThenVote << majority << 2 << 0 << TallyMethod::Consensus;
        QTest::newRow("then vote, one short")
            << DecisionMethod::ConsensusThenVote << majority << 2 << 1 << TallyMethod::Consensus;
        QTest::newRow("then vote, at the attempts")
            << DecisionMethod::ConsensusThenVote << majority << 2 << 2 << TallyMethod::Majority;
        QTest::newRow("then vote, past them, supermajority")
            << DecisionMethod::ConsensusThenVote << DecisionMethod::Supermajority << 2 << 3
            << TallyMethod::Supermajority;
        QTest::newRow("then vote, no attempts required")
            << DecisionMethod::ConsensusThenVote << majority << 0 << 0 << TallyMethod::Majority;
        QTest::newRow("delegated has no rule: simple majority")
            << DecisionMethod::Delegated << majority << 0 << 0 << TallyMethod::Majority;
    }

    void ruleFor()
    {
        QFETCH(DecisionMethod, method);
        QFETCH(DecisionMethod, fallback);
        QFETCH(int, attempts);
        QFETCH(int, failed);
        QFETCH(TallyMethod, expected);

        DecisionProcedure procedure = procedureOf(method);
        procedure.fallbackMethod = fallback;
        procedure.consensusAttempts = attempts;
        procedure.threshold = Fraction{3, 5};
        procedure.basis = VoteBasis::Present;
        procedure.quorum.kind = QuorumKind::Count;
        procedure.quorum.count = 4;

        const TallyRule rule = DecisionTallier::ruleFor(procedure, failed);
        QCOMPARE(rule.method, expected);
        // Threshold, basis and quorum always come from the procedure.
        QCOMPARE(rule.threshold, (Fraction{3, 5}));
        QCOMPARE(rule.basis, VoteBasis::Present);
        QCOMPARE(rule.quorum, procedure.quorum);
    }
};

QTEST_GUILESS_MAIN(TestDecisionTally)
#include "tst_decisiontally.moc"
