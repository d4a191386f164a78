// SPDX-License-Identifier: GPL-3.0-or-later
// The decision tally engine (rules/tally.h). One vote per organization is
// DecisionTallier's business, not this engine's, and is tested with it;
// the exact fractions it counts with are tested in tst_fraction.

#include "rules/tally.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace Coalition;

Q_DECLARE_METATYPE(Coalition::TallyInput)
Q_DECLARE_METATYPE(Coalition::Quorum)
Q_DECLARE_METATYPE(Coalition::DecisionOutcome)

namespace {

Quorum noQuorum()
{
    return {};
}

Quorum quorumOf(int count)
{
    Quorum quorum;
    quorum.kind = QuorumKind::Count;
    quorum.count = count;
    return quorum;
}

Quorum majorityQuorum()
{
    Quorum quorum;
    quorum.kind = QuorumKind::Majority;
    return quorum;
}

Quorum fractionQuorum(qint64 numerator, qint64 denominator)
{
    Quorum quorum;
    quorum.kind = QuorumKind::Fraction;
    quorum.fraction = Fraction{numerator, denominator};
    return quorum;
}

// Counts in the order yes, no, abstain, stand aside, block.
TallyInput make(TallyMethod method, VoteBasis basis, int members, int present, VoteCounts votes,
                Quorum quorum = noQuorum(), Fraction threshold = Fraction{2, 3})
{
    TallyInput input;
    input.rule.method = method;
    input.rule.basis = basis;
    input.rule.quorum = quorum;
    input.rule.threshold = threshold;
    input.members = members;
    input.present = present;
    input.votes = votes;
    return input;
}

TallyInput majority(VoteBasis basis, int members, int present, VoteCounts votes,
                    Quorum quorum = noQuorum())
{
    return make(TallyMethod::Majority, basis, members, present, votes, quorum);
}

TallyInput supermajority(Fraction threshold, VoteBasis basis, int members, int present,
                         VoteCounts votes, Quorum quorum = noQuorum())
{
    return make(TallyMethod::Supermajority, basis, members, present, votes, quorum, threshold);
}

TallyInput unanimity(VoteBasis basis, int members, int present, VoteCounts votes)
{
    return make(TallyMethod::Unanimity, basis, members, present, votes);
}

TallyInput consensus(int members, int present, VoteCounts votes, Quorum quorum = noQuorum())
{
    return make(TallyMethod::Consensus, VoteBasis::Cast, members, present, votes, quorum);
}

constexpr auto Cast = VoteBasis::Cast;
constexpr auto Present = VoteBasis::Present;
constexpr auto Members = VoteBasis::Members;
constexpr auto Adopted = DecisionOutcome::Adopted;
constexpr auto Rejected = DecisionOutcome::Rejected;
constexpr auto Blocked = DecisionOutcome::Blocked;
constexpr auto NoQuorum = DecisionOutcome::NoQuorum;

} // namespace

class TestTally : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void count_data();
    void count();
    void reasons_data();
    void reasons();
    void quorum_data();
    void quorum();
    void validate_data();
    void validate();
    void validInputs_data();
    void validInputs();
};

void TestTally::count_data()
{
    QTest::addColumn<TallyInput>("input");
    QTest::addColumn<DecisionOutcome>("outcome");
    QTest::addColumn<bool>("quorumMet");
    QTest::addColumn<QString>("verdict");

    // Majority of the votes cast.
    QTest::newRow("majority, abstentions are not votes cast")
        << majority(Cast, 10, 7, {4, 1, 2, 0, 0}) << Adopted << true
        << u"4 of 5 votes cast = 80%, more than half: adopted"_s;
    QTest::newRow("majority by one") << majority(Cast, 10, 9, {5, 4, 0, 0, 0}) << Adopted << true
                                     << u"5 of 9 votes cast = 56%, more than half: adopted"_s;
    QTest::newRow("majority, a tie fails")
        << majority(Cast, 10, 6, {3, 3, 0, 0, 0}) << Rejected << true
        << u"3 of 6 votes cast = 50%, exactly half (a tie fails): rejected"_s;
    QTest::newRow("majority, tie after abstentions")
        << majority(Cast, 10, 8, {3, 3, 2, 0, 0}) << Rejected << true
        << u"3 of 6 votes cast = 50%, exactly half (a tie fails): rejected"_s;
    QTest::newRow("majority, one short")
        << majority(Cast, 10, 5, {2, 3, 0, 0, 0}) << Rejected << true
        << u"2 of 5 votes cast = 40%, not more than half: rejected"_s;
    QTest::newRow("majority, one yes alone")
        << majority(Cast, 10, 6, {1, 0, 5, 0, 0}) << Adopted << true
        << u"1 of 1 votes cast = 100%, more than half: adopted"_s;
    QTest::newRow("majority, everyone abstains")
        << majority(Cast, 10, 5, {0, 0, 5, 0, 0}) << Rejected << true
        << u"0 of 0 votes cast: nothing to have a majority of: rejected"_s;
    QTest::newRow("majority, stand-asides are not votes cast")
        << majority(Cast, 10, 6, {2, 1, 0, 3, 0}) << Adopted << true
        << u"2 of 3 votes cast = 67%, more than half: adopted"_s;
    QTest::newRow("majority, nobody present")
        << majority(Cast, 5, 0, {}) << Rejected << true
        << u"0 of 0 votes cast: nothing to have a majority of: rejected"_s;

    // Majority of the members present: abstentions weigh like a no.
    QTest::newRow("majority of present, same counts that pass on cast")
        << majority(Present, 10, 8, {4, 1, 3, 0, 0}) << Rejected << true
        << u"4 of 8 members present = 50%, exactly half (a tie fails): rejected"_s;
    QTest::newRow("majority of present, adopted")
        << majority(Present, 10, 8, {5, 0, 3, 0, 0}) << Adopted << true
        << u"5 of 8 members present = 63%, more than half: adopted"_s;
    QTest::newRow("majority of present, silent members count")
        << majority(Present, 10, 9, {4, 0, 0, 0, 0}) << Rejected << true
        << u"4 of 9 members present = 44%, not more than half: rejected"_s;
    QTest::newRow("majority of present, nobody present")
        << majority(Present, 10, 0, {}) << Rejected << true
        << u"0 of 0 members present: nothing to have a majority of: rejected"_s;

    // Majority of all voting members: absentees weigh like a no.
    QTest::newRow("majority of members, exactly half")
        << majority(Members, 10, 8, {5, 1, 2, 0, 0}) << Rejected << true
        << u"5 of 10 voting members = 50%, exactly half (a tie fails): rejected"_s;
    QTest::newRow("majority of members, adopted")
        << majority(Members, 10, 8, {6, 2, 0, 0, 0}) << Adopted << true
        << u"6 of 10 voting members = 60%, more than half: adopted"_s;
    QTest::newRow("majority of members, odd count")
        << majority(Members, 9, 5, {5, 0, 0, 0, 0}) << Adopted << true
        << u"5 of 9 voting members = 56%, more than half: adopted"_s;

    // Supermajorities: met at exactly the fraction.
    QTest::newRow("2/3 met exactly")
        << supermajority({2, 3}, Cast, 10, 6, {4, 2, 0, 0, 0}) << Adopted << true
        << u"4 of 6 votes cast = 67% >= 2/3: adopted"_s;
    QTest::newRow("2/3 of three") << supermajority({2, 3}, Cast, 3, 3, {2, 1, 0, 0, 0}) << Adopted
                                  << true << u"2 of 3 votes cast = 67% >= 2/3: adopted"_s;
    QTest::newRow("2/3 just below")
        << supermajority({2, 3}, Cast, 300, 300, {199, 101, 0, 0, 0}) << Rejected << true
        << u"199 of 300 votes cast = 66% < 2/3: rejected"_s;
    QTest::newRow("2/3 just below, small")
        << supermajority({2, 3}, Cast, 10, 7, {3, 2, 2, 0, 0}) << Rejected << true
        << u"3 of 5 votes cast = 60% < 2/3: rejected"_s;
    QTest::newRow("2/3 with an abstention, the design's example")
        << supermajority({2, 3}, Cast, 10, 7, {5, 1, 1, 0, 0}, quorumOf(6)) << Adopted << true
        << u"5 of 6 votes cast = 83% >= 2/3: adopted"_s;
    QTest::newRow("3/4 met exactly")
        << supermajority({3, 4}, Cast, 10, 8, {6, 2, 0, 0, 0}) << Adopted << true
        << u"6 of 8 votes cast = 75% >= 3/4: adopted"_s;
    QTest::newRow("3/4 just below")
        << supermajority({3, 4}, Cast, 10, 7, {5, 2, 0, 0, 0}) << Rejected << true
        << u"5 of 7 votes cast = 71% < 3/4: rejected"_s;
    QTest::newRow("3/4 just below, rounds to the threshold")
        << supermajority({3, 4}, Cast, 200, 200, {149, 51, 0, 0, 0}) << Rejected << true
        << u"149 of 200 votes cast = 75% < 3/4: rejected"_s;
    QTest::newRow("threshold written 4/6 is 2/3")
        << supermajority({4, 6}, Cast, 10, 6, {4, 2, 0, 0, 0}) << Adopted << true
        << u"4 of 6 votes cast = 67% >= 4/6: adopted"_s;
    QTest::newRow("threshold 1 needs everyone")
        << supermajority({1, 1}, Cast, 10, 6, {5, 1, 0, 0, 0}) << Rejected << true
        << u"5 of 6 votes cast = 83% < 1: rejected"_s;
    QTest::newRow("2/3 of present met exactly")
        << supermajority({2, 3}, Present, 10, 9, {6, 1, 2, 0, 0}) << Adopted << true
        << u"6 of 9 members present = 67% >= 2/3: adopted"_s;
    QTest::newRow("2/3 of present, abstentions weigh")
        << supermajority({2, 3}, Present, 10, 9, {5, 1, 3, 0, 0}) << Rejected << true
        << u"5 of 9 members present = 56% < 2/3: rejected"_s;
    QTest::newRow("2/3 of members met exactly")
        << supermajority({2, 3}, Members, 12, 9, {8, 1, 0, 0, 0}) << Adopted << true
        << u"8 of 12 voting members = 67% >= 2/3: adopted"_s;
    QTest::newRow("2/3 of members, absentees weigh")
        << supermajority({2, 3}, Members, 12, 9, {7, 0, 2, 0, 0}) << Rejected << true
        << u"7 of 12 voting members = 58% < 2/3: rejected"_s;
    QTest::newRow("supermajority, all abstain")
        << supermajority({2, 3}, Cast, 10, 4, {0, 0, 4, 0, 0}) << Rejected << true
        << u"0 of 0 votes cast: a supermajority of 2/3 needs something to count: rejected"_s;

    // Unanimity on each basis.
    QTest::newRow("unanimity of cast, abstentions allowed")
        << unanimity(Cast, 10, 7, {5, 0, 2, 0, 0}) << Adopted << true
        << u"5 of 5 votes cast in favour, none against: unanimous: adopted"_s;
    QTest::newRow("unanimity of cast, one no")
        << unanimity(Cast, 10, 7, {6, 1, 0, 0, 0}) << Rejected << true
        << u"6 of 7 votes cast in favour; against 1: not unanimous: rejected"_s;
    QTest::newRow("unanimity of cast, all abstain")
        << unanimity(Cast, 10, 3, {0, 0, 3, 0, 0}) << Rejected << true
        << u"0 of 0 votes cast in favour; unanimity needs at least one yes: rejected"_s;
    QTest::newRow("unanimity of present, all yes")
        << unanimity(Present, 10, 6, {6, 0, 0, 0, 0}) << Adopted << true
        << u"6 of 6 members present in favour, none against: unanimous: adopted"_s;
    QTest::newRow("unanimity of present, one abstains")
        << unanimity(Present, 10, 6, {5, 0, 1, 0, 0}) << Rejected << true
        << u"5 of 6 members present in favour; unanimity needs all 6: rejected"_s;
    QTest::newRow("unanimity of present, one silent")
        << unanimity(Present, 10, 6, {5, 0, 0, 0, 0}) << Rejected << true
        << u"5 of 6 members present in favour; unanimity needs all 6: rejected"_s;
    QTest::newRow("unanimity of present, nobody present")
        << unanimity(Present, 10, 0, {}) << Rejected << true
        << u"0 of 0 members present in favour; unanimity needs at least one yes: rejected"_s;
    QTest::newRow("unanimity of members, all yes")
        << unanimity(Members, 8, 8, {8, 0, 0, 0, 0}) << Adopted << true
        << u"8 of 8 voting members in favour, none against: unanimous: adopted"_s;
    QTest::newRow("unanimity of members, one absent")
        << unanimity(Members, 8, 7, {7, 0, 0, 0, 0}) << Rejected << true
        << u"7 of 8 voting members in favour; unanimity needs all 8: rejected"_s;
    QTest::newRow("unanimity of members, no members")
        << unanimity(Members, 0, 0, {}) << Rejected << true
        << u"0 of 0 voting members in favour; unanimity needs at least one yes: rejected"_s;

    // Consensus.
    QTest::newRow("consensus with stand-asides")
        << consensus(10, 8, {6, 0, 0, 2, 0}) << Adopted << true
        << u"agree 6 and no block: consensus: adopted"_s;
    QTest::newRow("consensus, one block")
        << consensus(10, 8, {7, 0, 0, 0, 1}) << Blocked << true
        << u"block 1: a single block stops the proposal: blocked"_s;
    QTest::newRow("consensus, block and stand-asides")
        << consensus(10, 8, {4, 0, 0, 2, 2}) << Blocked << true
        << u"block 2: a single block stops the proposal: blocked"_s;
    QTest::newRow("consensus, everyone stands aside")
        << consensus(10, 4, {0, 0, 0, 4, 0}) << Rejected << true
        << u"no one agrees: no consensus: rejected"_s;
    QTest::newRow("consensus, abstention taken as standing aside")
        << consensus(10, 4, {3, 0, 1, 0, 0}) << Adopted << true
        << u"agree 3 and no block: consensus: adopted"_s;
    QTest::newRow("consensus, nobody present")
        << consensus(10, 0, {}) << Rejected << true << u"no one agrees: no consensus: rejected"_s;

    // Quorum comes first, whatever the votes.
    const QString noQuorumVerdict
        = u"without a quorum the meeting cannot decide, whatever the votes: no quorum"_s;
    QTest::newRow("quorum count met exactly")
        << majority(Cast, 10, 6, {4, 1, 1, 0, 0}, quorumOf(6)) << Adopted << true
        << u"4 of 5 votes cast = 80%, more than half: adopted"_s;
    QTest::newRow("quorum count one short") << majority(Cast, 10, 5, {5, 0, 0, 0, 0}, quorumOf(6))
                                            << NoQuorum << false << noQuorumVerdict;
    QTest::newRow("quorum counts members present who do not vote")
        << majority(Cast, 10, 6, {1, 0, 0, 0, 0}, quorumOf(6)) << Adopted << true
        << u"1 of 1 votes cast = 100%, more than half: adopted"_s;
    QTest::newRow("quorum count above the membership")
        << majority(Cast, 5, 5, {5, 0, 0, 0, 0}, quorumOf(6)) << NoQuorum << false
        << noQuorumVerdict;
    QTest::newRow("quorum count 0, nobody present")
        << majority(Cast, 5, 0, {}, quorumOf(0)) << Rejected << true
        << u"0 of 0 votes cast: nothing to have a majority of: rejected"_s;
    QTest::newRow("majority quorum, exactly half present")
        << majority(Cast, 10, 5, {5, 0, 0, 0, 0}, majorityQuorum()) << NoQuorum << false
        << noQuorumVerdict;
    QTest::newRow("majority quorum, more than half present")
        << majority(Cast, 10, 6, {5, 0, 0, 0, 0}, majorityQuorum()) << Adopted << true
        << u"5 of 5 votes cast = 100%, more than half: adopted"_s;
    QTest::newRow("majority quorum, no members")
        << majority(Cast, 0, 0, {}, majorityQuorum()) << NoQuorum << false << noQuorumVerdict;
    QTest::newRow("fraction quorum 1/2 met exactly")
        << majority(Cast, 10, 5, {3, 2, 0, 0, 0}, fractionQuorum(1, 2)) << Adopted << true
        << u"3 of 5 votes cast = 60%, more than half: adopted"_s;
    QTest::newRow("fraction quorum 1/2 one short")
        << majority(Cast, 10, 4, {4, 0, 0, 0, 0}, fractionQuorum(1, 2)) << NoQuorum << false
        << noQuorumVerdict;
    QTest::newRow("fraction quorum 2/3, rounded up")
        << supermajority({2, 3}, Cast, 10, 6, {6, 0, 0, 0, 0}, fractionQuorum(2, 3)) << NoQuorum
        << false << noQuorumVerdict;
    QTest::newRow("fraction quorum 1, one missing")
        << make(TallyMethod::Unanimity, Members, 5, 4, {4, 0, 0, 0, 0}, fractionQuorum(1, 1))
        << NoQuorum << false << noQuorumVerdict;
    QTest::newRow("fraction quorum 1, all present")
        << make(TallyMethod::Unanimity, Members, 5, 5, {5, 0, 0, 0, 0}, fractionQuorum(1, 1))
        << Adopted << true
        << u"5 of 5 voting members in favour, none against: unanimous: adopted"_s;
    QTest::newRow("no quorum stops a block too")
        << consensus(10, 2, {1, 0, 0, 0, 1}, quorumOf(3)) << NoQuorum << false << noQuorumVerdict;
    QTest::newRow("no quorum, nobody present")
        << consensus(10, 0, {}, fractionQuorum(1, 2)) << NoQuorum << false << noQuorumVerdict;
}

void TestTally::count()
{
    QFETCH(TallyInput, input);
    QFETCH(DecisionOutcome, outcome);
    QFETCH(bool, quorumMet);
    QFETCH(QString, verdict);

    QVERIFY2(Tally::validate(input).ok(), qPrintable(Tally::validate(input).error().message));
    const TallyResult result = Tally::count(input);
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.quorumMet, quorumMet);
    // Always a quorum line, a counts line and, last, the verdict.
    QVERIFY2(result.reasons.size() >= 3, qPrintable(result.reasons.join(u" | "_s)));
    QVERIFY2(result.reasons.first().startsWith(
                 u"%1 of %2 voting members present; "_s.arg(input.present).arg(input.members)),
             qPrintable(result.reasons.first()));
    QCOMPARE(result.reasons.last(), verdict);
    // A pure function: the same input, the same answer.
    QCOMPARE(Tally::count(input), result);
}

void TestTally::reasons_data()
{
    QTest::addColumn<TallyInput>("input");
    QTest::addColumn<QStringList>("reasons");

    QTest::newRow("supermajority with an abstention")
        << supermajority({2, 3}, Cast, 10, 7, {5, 1, 1, 0, 0}, quorumOf(6))
        << QStringList{u"7 of 10 voting members present; quorum 6: met"_s,
                       u"yes 5, no 1, abstain 1"_s,
                       u"abstain 1: not votes cast, counted neither for nor against"_s,
                       u"5 of 6 votes cast = 83% >= 2/3: adopted"_s};
    QTest::newRow("majority with stand-asides and silence")
        << majority(Cast, 12, 9, {3, 2, 0, 2, 0}, majorityQuorum())
        << QStringList{u"9 of 12 voting members present; quorum more than half (7): met"_s,
                       u"yes 3, no 2, stand aside 2, no position 2"_s,
                       u"stand aside 2: not votes cast, counted neither for nor against"_s,
                       u"3 of 5 votes cast = 60%, more than half: adopted"_s};
    QTest::newRow("majority of present")
        << majority(Present, 10, 8, {4, 1, 2, 0, 0}, fractionQuorum(1, 2))
        << QStringList{u"8 of 10 voting members present; quorum 1/2 of the voting members (5): "
                       u"met"_s,
                       u"yes 4, no 1, abstain 2, no position 1"_s,
                       u"the basis is the 8 members present; neither yes nor no 3 (abstentions, "
                       u"stand-asides, no position): counted like a no"_s,
                       u"4 of 8 members present = 50%, exactly half (a tie fails): rejected"_s};
    QTest::newRow("unanimity of members")
        << unanimity(Members, 9, 8, {8, 0, 0, 0, 0})
        << QStringList{u"8 of 9 voting members present; no quorum required: met"_s,
                       u"yes 8, no 0"_s,
                       u"the basis is all 9 voting members; neither yes nor no 1 (abstentions, "
                       u"stand-asides, no position, absences): counted like a no"_s,
                       u"8 of 9 voting members in favour; unanimity needs all 9: rejected"_s};
    QTest::newRow("majority of present, everyone answered")
        << majority(Present, 10, 6, {4, 2, 0, 0, 0})
        << QStringList{u"6 of 10 voting members present; no quorum required: met"_s,
                       u"yes 4, no 2"_s,
                       u"4 of 6 members present = 67%, more than half: adopted"_s};
    QTest::newRow("consensus with stand-asides")
        << consensus(10, 8, {5, 0, 0, 2, 0})
        << QStringList{u"8 of 10 voting members present; no quorum required: met"_s,
                       u"agree 5, stand aside 2, block 0, no position 1"_s,
                       u"stand aside 2: recorded; standing aside does not stop consensus"_s,
                       u"agree 5 and no block: consensus: adopted"_s};
    QTest::newRow("consensus with a block and an abstention")
        << consensus(6, 6, {3, 0, 1, 1, 1})
        << QStringList{u"6 of 6 voting members present; no quorum required: met"_s,
                       u"agree 3, abstain 1, stand aside 1, block 1"_s,
                       u"stand aside 1: recorded; standing aside does not stop consensus"_s,
                       u"abstain 1: recorded, and taken like standing aside"_s,
                       u"block 1: a single block stops the proposal: blocked"_s};
    QTest::newRow("no quorum")
        << majority(Cast, 10, 5, {4, 1, 0, 0, 0}, quorumOf(6))
        << QStringList{u"5 of 10 voting members present; quorum 6: not met"_s, u"yes 4, no 1"_s,
                       u"without a quorum the meeting cannot decide, whatever the votes: no "
                       u"quorum"_s};
}

void TestTally::reasons()
{
    QFETCH(TallyInput, input);
    QFETCH(QStringList, reasons);
    QVERIFY(Tally::validate(input).ok());
    QCOMPARE(Tally::count(input).reasons, reasons);
}

void TestTally::quorum_data()
{
    QTest::addColumn<Quorum>("quorum");
    QTest::addColumn<int>("members");
    QTest::addColumn<int>("present");
    QTest::addColumn<bool>("met");
    QTest::addColumn<QString>("reason");

    QTest::newRow("none") << noQuorum() << 10 << 7 << true
                          << u"7 of 10 voting members present; no quorum required: met"_s;
    QTest::newRow("none, nobody present")
        << noQuorum() << 10 << 0 << true
        << u"0 of 10 voting members present; no quorum required: met"_s;
    QTest::newRow("count met") << quorumOf(6) << 10 << 7 << true
                               << u"7 of 10 voting members present; quorum 6: met"_s;
    QTest::newRow("count met exactly")
        << quorumOf(6) << 10 << 6 << true << u"6 of 10 voting members present; quorum 6: met"_s;
    QTest::newRow("count one short") << quorumOf(6) << 10 << 5 << false
                                     << u"5 of 10 voting members present; quorum 6: not met"_s;
    QTest::newRow("count 0") << quorumOf(0) << 10 << 0 << true
                             << u"0 of 10 voting members present; quorum 0: met"_s;
    QTest::newRow("majority, exactly half")
        << majorityQuorum() << 10 << 5 << false
        << u"5 of 10 voting members present; quorum more than half (6): not met"_s;
    QTest::newRow("majority, more than half")
        << majorityQuorum() << 10 << 6 << true
        << u"6 of 10 voting members present; quorum more than half (6): met"_s;
    QTest::newRow("majority, odd membership")
        << majorityQuorum() << 9 << 5 << true
        << u"5 of 9 voting members present; quorum more than half (5): met"_s;
    QTest::newRow("majority, odd membership, short")
        << majorityQuorum() << 9 << 4 << false
        << u"4 of 9 voting members present; quorum more than half (5): not met"_s;
    QTest::newRow("1/2, exactly half")
        << fractionQuorum(1, 2) << 10 << 5 << true
        << u"5 of 10 voting members present; quorum 1/2 of the voting members (5): met"_s;
    QTest::newRow("1/2, one short")
        << fractionQuorum(1, 2) << 10 << 4 << false
        << u"4 of 10 voting members present; quorum 1/2 of the voting members (5): not met"_s;
    QTest::newRow("2/3, needs the rounded-up count")
        << fractionQuorum(2, 3) << 10 << 6 << false
        << u"6 of 10 voting members present; quorum 2/3 of the voting members (7): not met"_s;
    QTest::newRow("2/3, exactly two thirds")
        << fractionQuorum(2, 3) << 9 << 6 << true
        << u"6 of 9 voting members present; quorum 2/3 of the voting members (6): met"_s;
    QTest::newRow("1, everyone")
        << fractionQuorum(1, 1) << 4 << 4 << true
        << u"4 of 4 voting members present; quorum 1 of the voting members (4): met"_s;
    QTest::newRow("1, one missing")
        << fractionQuorum(1, 1) << 4 << 3 << false
        << u"3 of 4 voting members present; quorum 1 of the voting members (4): not met"_s;
}

void TestTally::quorum()
{
    QFETCH(Quorum, quorum);
    QFETCH(int, members);
    QFETCH(int, present);
    QFETCH(bool, met);
    QFETCH(QString, reason);

    QString line;
    QCOMPARE(Tally::quorumMet(quorum, members, present, &line), met);
    QCOMPARE(line, reason);
    QCOMPARE(Tally::quorumMet(quorum, members, present), met);
}

void TestTally::validate_data()
{
    QTest::addColumn<TallyInput>("input");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("fragments"); // the numbers the message must name

    const int big = std::numeric_limits<int>::max();
    QTest::newRow("negative members")
        << majority(Cast, -1, 0, {}) << u"members"_s << QStringList{u"-1"_s};
    QTest::newRow("negative present")
        << majority(Cast, 5, -2, {}) << u"present"_s << QStringList{u"-2"_s};
    QTest::newRow("negative yes") << majority(Cast, 5, 5, {-1, 0, 0, 0, 0}) << u"votes.yes"_s
                                  << QStringList{u"yes"_s, u"-1"_s};
    QTest::newRow("negative no") << majority(Cast, 5, 5, {1, -1, 0, 0, 0}) << u"votes.no"_s
                                 << QStringList{u"no"_s, u"-1"_s};
    QTest::newRow("negative abstain") << majority(Cast, 5, 5, {1, 0, -3, 0, 0})
                                      << u"votes.abstain"_s << QStringList{u"abstain"_s, u"-3"_s};
    QTest::newRow("negative stand aside")
        << consensus(5, 5, {1, 0, 0, -1, 0}) << u"votes.stand_aside"_s
        << QStringList{u"stand_aside"_s, u"-1"_s};
    QTest::newRow("negative block") << consensus(5, 5, {1, 0, 0, 0, -1}) << u"votes.block"_s
                                    << QStringList{u"block"_s, u"-1"_s};
    QTest::newRow("more present than members")
        << majority(Cast, 10, 11, {}) << u"present"_s << QStringList{u"11"_s, u"10"_s};
    QTest::newRow("more positions than present")
        << majority(Cast, 10, 6, {4, 2, 1, 0, 0}) << u"votes"_s << QStringList{u"7"_s, u"6"_s};
    QTest::newRow("more positions than present, consensus")
        << consensus(10, 3, {2, 0, 0, 1, 1}) << u"votes"_s << QStringList{u"4"_s, u"3"_s};
    QTest::newRow("counts whose sum overflows an int")
        << majority(Cast, big, big, {big, big, 0, 0, 0}) << u"votes"_s
        << QStringList{u"4294967294"_s};
    QTest::newRow("threshold 0") << supermajority({0, 3}, Cast, 5, 5, {})
                                 << u"procedure.threshold"_s << QStringList{u"0"_s};
    QTest::newRow("threshold above 1") << supermajority({4, 3}, Cast, 5, 5, {})
                                       << u"procedure.threshold"_s << QStringList{u"4/3"_s};
    QTest::newRow("threshold over 0") << supermajority({1, 0}, Cast, 5, 5, {})
                                      << u"procedure.threshold"_s << QStringList{u"1/0"_s};
    QTest::newRow("threshold too finely divided")
        << supermajority({1, qint64(1) << 40}, Cast, 5, 5, {}) << u"procedure.threshold"_s
        << QStringList();
    QTest::newRow("negative quorum")
        << majority(Cast, 5, 5, {}, quorumOf(-1)) << u"procedure.quorum"_s << QStringList{u"-1"_s};
    QTest::newRow("quorum fraction 0") << majority(Cast, 5, 5, {}, fractionQuorum(0, 2))
                                       << u"procedure.quorum"_s << QStringList{u"0"_s};
    QTest::newRow("quorum fraction above 1") << majority(Cast, 5, 5, {}, fractionQuorum(3, 2))
                                             << u"procedure.quorum"_s << QStringList{u"3/2"_s};
    QTest::newRow("no under consensus")
        << consensus(5, 5, {3, 1, 0, 0, 0}) << u"votes.no"_s << QStringList{u"1"_s};
    QTest::newRow("block under majority")
        << majority(Cast, 5, 5, {3, 0, 0, 0, 1}) << u"votes.block"_s << QStringList{u"1"_s};
    QTest::newRow("block under supermajority") << supermajority({2, 3}, Cast, 5, 5, {3, 0, 0, 0, 2})
                                               << u"votes.block"_s << QStringList{u"2"_s};
    QTest::newRow("block under unanimity")
        << unanimity(Present, 5, 5, {4, 0, 0, 0, 1}) << u"votes.block"_s << QStringList{u"1"_s};
}

void TestTally::validate()
{
    QFETCH(TallyInput, input);
    QFETCH(QString, field);
    QFETCH(QStringList, fragments);

    const Status status = Tally::validate(input);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().field, field);
    QVERIFY(!status.error().message.isEmpty());
    for (const QString &fragment : std::as_const(fragments))
        QVERIFY2(status.error().message.contains(fragment), qPrintable(status.error().message));
}

void TestTally::validInputs_data()
{
    QTest::addColumn<TallyInput>("input");

    // Limits that are allowed, though they may make a proposal hard to pass.
    QTest::newRow("nothing at all") << majority(Cast, 0, 0, {});
    QTest::newRow("everyone present, every position taken")
        << majority(Cast, 5, 5, {2, 1, 1, 1, 0});
    QTest::newRow("quorum larger than the membership") << majority(Cast, 5, 5, {}, quorumOf(9));
    QTest::newRow("threshold 1") << supermajority({1, 1}, Cast, 5, 5, {5, 0, 0, 0, 0});
    QTest::newRow("a threshold is ignored outside supermajority")
        << make(TallyMethod::Majority, Cast, 5, 5, {}, noQuorum(), Fraction{5, 3});
    QTest::newRow("a quorum fraction is ignored unless chosen")
        << majority(Cast, 5, 5, {}, Quorum{QuorumKind::Count, 3, Fraction{0, 1}});
    QTest::newRow("stand-asides under a vote") << majority(Cast, 5, 5, {2, 1, 0, 2, 0});
    QTest::newRow("abstentions under consensus") << consensus(5, 5, {2, 0, 2, 1, 0});
    QTest::newRow("largest counts")
        << majority(Members, std::numeric_limits<int>::max(), std::numeric_limits<int>::max(),
                    {std::numeric_limits<int>::max(), 0, 0, 0, 0});
}

void TestTally::validInputs()
{
    QFETCH(TallyInput, input);
    const Status status = Tally::validate(input);
    QVERIFY2(status.ok(), qPrintable(status.error().message));
    const TallyResult result = Tally::count(input);
    QVERIFY(result.outcome != DecisionOutcome::Pending);
    QVERIFY(result.reasons.size() >= 3);
}

QTEST_GUILESS_MAIN(TestTally)
#include "tst_tally.moc"
