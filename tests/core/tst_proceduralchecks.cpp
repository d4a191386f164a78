// SPDX-License-Identifier: GPL-3.0-or-later
// The procedural checks: each warning fires at its boundary and not before,
// names its records, gives its reasons, and the list comes in a stable order.
// Each row starts from one coalition that passes every check and changes one
// thing.

#include "rules/proceduralchecks.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coalition;

Q_DECLARE_METATYPE(Coalition::GovernanceSnapshot)
Q_DECLARE_METATYPE(Coalition::ProceduralWarning)
Q_DECLARE_METATYPE(QList<Coalition::ProceduralWarning>)

namespace {

constexpr Id CoalitionId = 1;
constexpr Id FullBody = 21;
constexpr Id Steering = 22;
constexpr Id FullProcedure = 31;
constexpr Id SteeringProcedure = 32;
constexpr Id Budget = 61; // decided by the full membership on 2026-03-10
constexpr Id Hall = 62; // decided by the steering committee on 2026-04-14
constexpr Id Statement = 63; // proposed there, no position yet
constexpr Id FullMeeting = 51;
constexpr Id SteeringMeeting = 52;

RecordKey key(RecordKind kind, Id id)
{
    return {kind, id};
}

GroundRule rule(Id id, RuleArea area, const QString &title)
{
    GroundRule rule;
    rule.id = id;
    rule.coalitionId = CoalitionId;
    rule.area = area;
    rule.title = title;
    rule.status = RuleStatus::Agreed;
    rule.reviewOn = QDate(2027, 1, 1);
    return rule;
}

Membership membership(Id id, Id organizationId, Id representativeId)
{
    Membership membership;
    membership.id = id;
    membership.coalitionId = CoalitionId;
    membership.organizationId = organizationId;
    membership.status = MembershipStatus::Active;
    membership.representativeId = representativeId;
    return membership;
}

// A coalition that passes every check, some of them exactly at the boundary:
// each meeting was called with exactly the notice its procedure needs, the
// budget was reopened exactly 30 days after with exactly 2/3 of the votes,
// and rule reviews fall due in the future.
GovernanceSnapshot clean()
{
    GovernanceSnapshot s;
    s.today = QDate(2026, 6, 15);
    s.coalition.id = CoalitionId;
    s.coalition.name = u"Riverside Housing Coalition"_s;
    s.organizationNames
        = {{101, u"Alpha Tenants"_s}, {102, u"Bridge Clinic"_s}, {103, u"Canal School"_s}};
    s.personNames = {
        {201, u"Ana Ruiz"_s}, {202, u"Ben Okafor"_s}, {203, u"Chloe Marsh"_s}, {204, u"Dan Ito"_s}};
    s.memberships = {membership(11, 101, 201), membership(12, 102, 202), membership(13, 103, 203)};

    Body full;
    full.id = FullBody;
    full.coalitionId = CoalitionId;
    full.kind = BodyKind::FullMembership;
    full.name = u"Full Membership"_s;
    Body steering;
    steering.id = Steering;
    steering.coalitionId = CoalitionId;
    steering.kind = BodyKind::StrategicCommittee;
    steering.name = u"Steering Committee"_s;
    s.bodies = {full, steering};

    DecisionProcedure fullProcedure;
    fullProcedure.id = FullProcedure;
    fullProcedure.bodyId = FullBody;
    fullProcedure.noticeDays = 7; // areas left empty: the full membership decides anything
    fullProcedure.reopening.minimumDays = 30;
    fullProcedure.reopening.threshold = Fraction{2, 3};
    fullProcedure.reopening.newInformationRequired = true;
    DecisionProcedure steeringProcedure;
    steeringProcedure.id = SteeringProcedure;
    steeringProcedure.bodyId = Steering;
    steeringProcedure.noticeDays = 3;
    steeringProcedure.areas = {DecisionArea::Events, DecisionArea::Operations};
    s.procedures = {fullProcedure, steeringProcedure};

    s.rules = {rule(41, RuleArea::DecisionMaking, u"Majority vote after two tries"_s),
               rule(42, RuleArea::Media, u"Only the chair speaks to the press"_s),
               rule(43, RuleArea::Confidentiality, u"Minutes stay internal"_s),
               rule(44, RuleArea::Information, u"A monthly e-mail to all members"_s),
               rule(45, RuleArea::Representatives, u"One named representative each"_s)};

    Meeting fullMeeting;
    fullMeeting.id = FullMeeting;
    fullMeeting.bodyId = FullBody;
    fullMeeting.startsAt = QDateTime(QDate(2026, 3, 10), QTime(18, 0));
    fullMeeting.scheduledOn = QDate(2026, 3, 3);
    Meeting steeringMeeting;
    steeringMeeting.id = SteeringMeeting;
    steeringMeeting.bodyId = Steering;
    steeringMeeting.startsAt = QDateTime(QDate(2026, 4, 14), QTime(9, 30));
    steeringMeeting.scheduledOn = QDate(2026, 4, 11);
    s.meetings = {fullMeeting, steeringMeeting};

    Decision budget;
    budget.id = Budget;
    budget.meetingId = FullMeeting;
    budget.title = u"Adopt the 2026 budget"_s;
    budget.area = DecisionArea::Budget;
    budget.positions = {{11, VotePosition::Yes}, {12, VotePosition::Yes}, {13, VotePosition::No}};
    budget.outcome = DecisionOutcome::Adopted;
    budget.status = DecisionStatus::Reopened;
    Reopening reopening;
    reopening.on = QDate(2026, 4, 9);
    reopening.newInformation = u"The city cut the grant."_s;
    reopening.votesFor = 2;
    reopening.votesCast = 3;
    budget.reopenings = {reopening};
    Decision hall;
    hall.id = Hall;
    hall.meetingId = SteeringMeeting;
    hall.title = u"Book the hall for the June forum"_s;
    hall.area = DecisionArea::Events;
    hall.status = DecisionStatus::Adopted;
    hall.outcome = DecisionOutcome::Adopted;
    Decision statement;
    statement.id = Statement;
    statement.meetingId = SteeringMeeting;
    statement.title = u"Draft a press statement"_s;
    statement.area = DecisionArea::PublicStatements; // outside the committee's areas, not yet taken
    s.decisions = {budget, hall, statement};
    return s;
}

Decision &decision(GovernanceSnapshot &s, Id id)
{
    for (Decision &each : s.decisions) {
        if (each.id == id)
            return each;
    }
    qFatal("no such decision in the test snapshot");
}

DecisionProcedure &procedure(GovernanceSnapshot &s, Id id)
{
    for (DecisionProcedure &each : s.procedures) {
        if (each.id == id)
            return each;
    }
    qFatal("no such procedure in the test snapshot");
}

ProceduralWarning warning(CheckKind kind, const QString &summary, const QStringList &reasons,
                          const QList<RecordKey> &records)
{
    return {kind, summary, reasons, records};
}

const QList<RecordKey> BudgetRecords{
    key(RecordKind::Decision, Budget), key(RecordKind::Meeting, FullMeeting),
    key(RecordKind::Body, FullBody), key(RecordKind::Procedure, FullProcedure)};

QList<RecordKey> hallRecords(Id procedureId = SteeringProcedure)
{
    QList<RecordKey> records{key(RecordKind::Decision, Hall),
                             key(RecordKind::Meeting, SteeringMeeting),
                             key(RecordKind::Body, Steering)};
    if (procedureId != 0)
        records.append(key(RecordKind::Procedure, procedureId));
    return records;
}

const QString BudgetShortNotice = u"“Adopt the 2026 budget” was taken by Full Membership at its "
                                  "meeting of 2026-03-10 with less notice than its procedure "
                                  "requires."_s;
const QString FullNeedsSeven = u"The procedure of Full Membership requires 7 days' notice before "
                               "a meeting may decide."_s;
const QString BudgetReopened = u"“Adopt the 2026 budget” of Full Membership was reopened on "
                               "2026-04-09 without meeting the conditions to reopen it."_s;

} // namespace

class TestProceduralChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<GovernanceSnapshot>("snapshot");
        QTest::addColumn<QList<ProceduralWarning>>("expected");

        QTest::newRow("clean, every boundary exactly met") << clean() << QList<ProceduralWarning>();

        // Notice.
        {
            auto s = clean();
            s.meetings[0].scheduledOn = QDate(2026, 3, 4);
            QTest::newRow("notice one day short")
                << s
                << QList{warning(CheckKind::MissingNotice, BudgetShortNotice,
                                 {u"The meeting of 2026-03-10 was called on 2026-03-04: 6 days' "
                                  "notice."_s,
                                  FullNeedsSeven},
                                 BudgetRecords)};
        }
        {
            auto s = clean();
            s.meetings[0].scheduledOn = QDate(2026, 3, 12);
            QTest::newRow("called after the meeting")
                << s
                << QList{warning(CheckKind::MissingNotice, BudgetShortNotice,
                                 {u"The meeting of 2026-03-10 is recorded as called on "
                                  "2026-03-12, after it was held."_s,
                                  FullNeedsSeven},
                                 BudgetRecords)};
        }
        {
            auto s = clean();
            s.meetings[1].scheduledOn = QDate();
            QTest::newRow("no notice date; the untaken proposal is not checked")
                << s
                << QList{warning(CheckKind::MissingNotice,
                                 u"“Book the hall for the June forum” was taken by Steering "
                                 "Committee at its meeting of 2026-04-14 with no notice date "
                                 "recorded."_s,
                                 {u"No date is recorded for when the meeting of 2026-04-14 was "
                                  "called."_s,
                                  u"The procedure of Steering Committee requires 3 days' notice "
                                  "before a meeting may decide."_s},
                                 hallRecords())};
        }
        {
            auto s = clean();
            s.meetings[1].scheduledOn = QDate();
            procedure(s, SteeringProcedure).noticeDays = 0;
            QTest::newRow("no notice date, none needed") << s << QList<ProceduralWarning>();
        }
        {
            auto s = clean();
            s.meetings[0].scheduledOn = QDate(2026, 3, 9);
            decision(s, Budget).status = DecisionStatus::Proposed;
            decision(s, Budget).positions = {{11, VotePosition::Absent}};
            decision(s, Budget).reopenings.clear();
            QTest::newRow("short notice, but nothing taken yet") << s << QList<ProceduralWarning>();
        }

        // Areas.
        {
            auto s = clean();
            decision(s, Hall).area = DecisionArea::Budget;
            QTest::newRow("committee outside its areas")
                << s
                << QList{warning(CheckKind::OutsideAreas,
                                 u"“Book the hall for the June forum” was taken by Steering "
                                 "Committee at its meeting of 2026-04-14, but Steering Committee "
                                 "may not settle “Budget and money” alone."_s,
                                 {u"The decision is about “Budget and money”."_s,
                                  u"The procedure of Steering Committee lets it settle alone "
                                  "only: “Events”, “Day-to-day operations”."_s},
                                 hallRecords())};
        }
        {
            auto s = clean();
            decision(s, Statement).positions = {{11, VotePosition::Yes}};
            procedure(s, SteeringProcedure).areas.clear();
            decision(s, Hall).area = DecisionArea::Operations;
            QList<RecordKey> statementRecords = hallRecords();
            statementRecords[0] = key(RecordKind::Decision, Statement);
            QTest::newRow("no areas at all; a proposal with a position is taken")
                << s
                << QList{warning(CheckKind::OutsideAreas,
                                 u"“Book the hall for the June forum” was taken by Steering "
                                 "Committee at its meeting of 2026-04-14, but Steering Committee "
                                 "may not settle “Day-to-day operations” alone."_s,
                                 {u"The decision is about “Day-to-day operations”."_s,
                                  u"The procedure of Steering Committee lets it settle no area "
                                  "alone."_s},
                                 hallRecords()),
                         warning(CheckKind::OutsideAreas,
                                 u"“Draft a press statement” was taken by Steering Committee at "
                                 "its meeting of 2026-04-14, but Steering Committee may not "
                                 "settle “Public statements” alone."_s,
                                 {u"The decision is about “Public statements”."_s,
                                  u"The procedure of Steering Committee lets it settle no area "
                                  "alone."_s},
                                 statementRecords)};
        }
        {
            // The hall decision names the full membership's procedure: its
            // notice (7 days, the committee gave 3) and its areas (none) apply.
            auto s = clean();
            decision(s, Hall).procedureId = FullProcedure;
            QTest::newRow("a decision's own procedure applies, notice before areas")
                << s
                << QList{warning(CheckKind::MissingNotice,
                                 u"“Book the hall for the June forum” was taken by Steering "
                                 "Committee at its meeting of 2026-04-14 with less notice than "
                                 "its procedure requires."_s,
                                 {u"The meeting of 2026-04-14 was called on 2026-04-11: 3 days' "
                                  "notice."_s,
                                  FullNeedsSeven},
                                 hallRecords(FullProcedure)),
                         warning(CheckKind::OutsideAreas,
                                 u"“Book the hall for the June forum” was taken by Steering "
                                 "Committee at its meeting of 2026-04-14, but Steering Committee "
                                 "may not settle “Events” alone."_s,
                                 {u"The decision is about “Events”."_s,
                                  u"The procedure of Full Membership lets it settle no area "
                                  "alone."_s},
                                 hallRecords(FullProcedure))};
        }

        // Quorum.
        {
            auto s = clean();
            decision(s, Hall).outcome = DecisionOutcome::NoQuorum;
            decision(s, Hall).reasons
                = {u"1 of 3 voting members present; quorum 2: not met"_s, u"yes 1, no 0"_s};
            QTest::newRow("no quorum, with the tally's reasons")
                << s
                << QList{warning(
                       CheckKind::NoQuorum,
                       u"“Book the hall for the June forum” was put to Steering "
                       "Committee at its meeting of 2026-04-14 without a quorum."_s,
                       {u"1 of 3 voting members present; quorum 2: not met"_s, u"yes 1, no 0"_s},
                       hallRecords())};
        }
        {
            auto s = clean();
            decision(s, Hall).outcome = DecisionOutcome::NoQuorum;
            QTest::newRow("no quorum, no reasons stored")
                << s
                << QList{warning(CheckKind::NoQuorum,
                                 u"“Book the hall for the June forum” was put to Steering "
                                 "Committee at its meeting of 2026-04-14 without a quorum."_s,
                                 {u"The recorded outcome is “no quorum”."_s}, hallRecords())};
        }

        // Procedure.
        {
            auto s = clean();
            s.procedures.removeLast();
            QTest::newRow("no procedure; the untaken proposal is not checked")
                << s
                << QList{warning(CheckKind::NoProcedure,
                                 u"“Book the hall for the June forum” was taken by Steering "
                                 "Committee at its meeting of 2026-04-14, but Steering Committee "
                                 "has no decision procedure."_s,
                                 {u"Steering Committee has no decision procedure, so nothing "
                                  "says how this decision should have been counted."_s},
                                 hallRecords(0))};
        }
        {
            auto s = clean();
            s.procedures.removeLast();
            decision(s, Hall).procedureId = 99;
            QTest::newRow("a named procedure that is gone")
                << s
                << QList{warning(CheckKind::NoProcedure,
                                 u"“Book the hall for the June forum” was taken by Steering "
                                 "Committee at its meeting of 2026-04-14, but Steering Committee "
                                 "has no decision procedure."_s,
                                 {u"The decision names procedure number 99, which is not in the "
                                  "workspace."_s,
                                  u"Steering Committee has no decision procedure, so nothing "
                                  "says how this decision should have been counted."_s},
                                 hallRecords(0))};
        }

        // Reopening.
        const QString dayEarly = u"Reopened on 2026-04-08, 29 days after the meeting of "
                                 "2026-03-10 that adopted it; the procedure requires at least 30 "
                                 "days."_s;
        {
            auto s = clean();
            decision(s, Budget).reopenings[0].on = QDate(2026, 4, 8);
            QTest::newRow("reopened a day early")
                << s
                << QList{warning(CheckKind::ReopeningConditions,
                                 u"“Adopt the 2026 budget” of Full Membership was reopened on "
                                 "2026-04-08 without meeting the conditions to reopen it."_s,
                                 {dayEarly}, BudgetRecords)};
        }
        {
            auto s = clean();
            decision(s, Budget).reopenings[0].votesFor = 3;
            decision(s, Budget).reopenings[0].votesCast = 5;
            QTest::newRow("reopening vote short of 2/3")
                << s
                << QList{warning(CheckKind::ReopeningConditions, BudgetReopened,
                                 {u"Votes to reopen: 3 of 5 cast; the procedure requires at "
                                  "least 2/3 of the votes cast."_s},
                                 BudgetRecords)};
        }
        {
            auto s = clean();
            decision(s, Budget).reopenings[0].newInformation = u"  "_s;
            QTest::newRow("no new information")
                << s
                << QList{warning(CheckKind::ReopeningConditions, BudgetReopened,
                                 {u"The procedure requires new information to reopen a "
                                  "decision, and none is recorded."_s},
                                 BudgetRecords)};
        }
        {
            auto s = clean();
            procedure(s, FullProcedure).reopening.newInformationRequired = false;
            decision(s, Budget).reopenings[0].newInformation.clear();
            QTest::newRow("no new information, none required") << s << QList<ProceduralWarning>();
        }
        {
            auto s = clean();
            Reopening &reopening = decision(s, Budget).reopenings[0];
            reopening.on = QDate(2026, 4, 8);
            reopening.meetingId = SteeringMeeting;
            reopening.votesFor = 0;
            reopening.votesCast = 0;
            reopening.newInformation.clear();
            QList<RecordKey> records = BudgetRecords;
            records.insert(1, key(RecordKind::Meeting, SteeringMeeting));
            QTest::newRow("every condition failed, at another meeting")
                << s
                << QList{warning(CheckKind::ReopeningConditions,
                                 u"“Adopt the 2026 budget” of Full Membership was reopened on "
                                 "2026-04-08 without meeting the conditions to reopen it."_s,
                                 {dayEarly,
                                  u"Votes to reopen: 0 of 0 cast; the procedure requires at least "
                                  "2/3 of the votes cast."_s,
                                  u"The procedure requires new information to reopen a "
                                  "decision, and none is recorded."_s},
                                 records)};
        }
        {
            auto s = clean();
            procedure(s, FullProcedure).reopening.threshold.reset();
            decision(s, Budget).reopenings[0].votesFor = 2;
            decision(s, Budget).reopenings[0].votesCast = 4;
            QTest::newRow("no threshold: half is not a majority")
                << s
                << QList{warning(CheckKind::ReopeningConditions, BudgetReopened,
                                 {u"Votes to reopen: 2 of 4 cast; reopening needs more than half "
                                  "of the votes cast."_s},
                                 BudgetRecords)};
        }
        {
            auto s = clean();
            procedure(s, FullProcedure).reopening.threshold.reset();
            decision(s, Budget).reopenings[0].votesFor = 3;
            decision(s, Budget).reopenings[0].votesCast = 5;
            QTest::newRow("no threshold: a majority reopens") << s << QList<ProceduralWarning>();
        }
        {
            auto s = clean();
            Reopening second = decision(s, Budget).reopenings[0];
            second.on = QDate(2026, 5, 20);
            second.votesFor = 1;
            decision(s, Budget).reopenings.append(second);
            QTest::newRow("one warning per failed reopening")
                << s
                << QList{warning(CheckKind::ReopeningConditions,
                                 u"“Adopt the 2026 budget” of Full Membership was reopened on "
                                 "2026-05-20 without meeting the conditions to reopen it."_s,
                                 {u"Votes to reopen: 1 of 3 cast; the procedure requires at least "
                                  "2/3 of the votes cast."_s},
                                 BudgetRecords)};
        }

        // Key areas.
        {
            auto s = clean();
            s.rules[1].status = RuleStatus::Proposed;
            QTest::newRow("key area with only a proposal")
                << s
                << QList{warning(
                       CheckKind::MissingKeyArea,
                       u"Riverside Housing Coalition has no agreed ground rule on "
                       "“Media and speaking for the coalition”."_s,
                       {u"Key areas with an agreed ground rule: 4 of 5."_s,
                        u"“Only the chair speaks to the press” is proposed but not yet "
                        "agreed."_s},
                       {key(RecordKind::GroundRule, 42), key(RecordKind::Coalition, CoalitionId)})};
        }
        {
            auto s = clean();
            s.rules[2].status = RuleStatus::Retired;
            GroundRule other = rule(46, RuleArea::Meetings, u"Meetings start on time"_s);
            s.rules.append(other);
            QTest::newRow("key area retired; a rule elsewhere does not count")
                << s
                << QList{warning(CheckKind::MissingKeyArea,
                                 u"Riverside Housing Coalition has no agreed ground rule on "
                                 "“Confidentiality”."_s,
                                 {u"Key areas with an agreed ground rule: 4 of 5."_s,
                                  u"No rule is proposed in this area yet."_s},
                                 {key(RecordKind::Coalition, CoalitionId)})};
        }

        // Representatives.
        {
            auto s = clean();
            s.memberships[1].representativeId.reset();
            s.memberships[1].alternateId = 204;
            s.memberships[2].representativeId.reset();
            s.memberships[2].status = MembershipStatus::Inactive;
            QTest::newRow("active member without a representative; inactive one not checked")
                << s
                << QList{warning(
                       CheckKind::MissingRepresentative,
                       u"Bridge Clinic is an active member of Riverside Housing "
                       "Coalition with no representative."_s,
                       {u"The membership is active, but no person is named to "
                        "represent Bridge Clinic at meetings and in decisions."_s,
                        u"An alternate is named (Dan Ito); an alternate stands in for "
                        "the representative and does not replace one."_s},
                       {key(RecordKind::Membership, 12), key(RecordKind::Organization, 102)})};
        }

        // Reviews.
        {
            auto s = clean();
            s.rules[0].reviewOn = QDate(2026, 6, 14);
            s.rules[1].reviewOn = s.today;
            s.rules[2].reviewOn = QDate(2026, 1, 1);
            s.rules[2].status = RuleStatus::Retired;
            s.rules.append(rule(46, RuleArea::Confidentiality, u"Minutes stay internal"_s));
            QTest::newRow("review a day past due; due today is fine; retired not checked")
                << s
                << QList{warning(
                       CheckKind::RuleReviewDue,
                       u"Ground rule “Majority vote after two tries” of Riverside "
                       "Housing Coalition was due for review on 2026-06-14."_s,
                       {u"Review date 2026-06-14, before today (2026-06-15)."_s},
                       {key(RecordKind::GroundRule, 41), key(RecordKind::Coalition, CoalitionId)})};
        }
    }

    void run()
    {
        QFETCH(GovernanceSnapshot, snapshot);
        QFETCH(QList<ProceduralWarning>, expected);

        const QList<ProceduralWarning> warnings = ProceduralChecks::run(snapshot);
        QCOMPARE(warnings.size(), expected.size());
        for (qsizetype i = 0; i < warnings.size(); ++i) {
            QCOMPARE(checkKindKey(warnings[i].kind), checkKindKey(expected[i].kind));
            QCOMPARE(warnings[i].summary, expected[i].summary);
            QCOMPARE(warnings[i].reasons, expected[i].reasons);
            QCOMPARE(warnings[i].records, expected[i].records);
        }
    }

    // Many problems at once: by kind first, then in the snapshot's order.
    void stableOrder()
    {
        auto s = clean();
        s.rules.clear();
        s.memberships[2].representativeId.reset();
        s.memberships[0].representativeId.reset();
        decision(s, Hall).area = DecisionArea::Budget;
        decision(s, Budget).outcome = DecisionOutcome::NoQuorum;
        s.meetings[1].scheduledOn = QDate(2026, 4, 13);
        s.meetings[0].scheduledOn = QDate(2026, 3, 9);
        decision(s, Budget).reopenings[0].votesFor = 1;

        QList<std::pair<CheckKind, RecordKey>> seen;
        const QList<ProceduralWarning> warnings = ProceduralChecks::run(s);
        for (const ProceduralWarning &each : warnings)
            seen.append({each.kind, each.records.value(0)});
        const QList<std::pair<CheckKind, RecordKey>> expected{
            {CheckKind::MissingNotice, key(RecordKind::Decision, Budget)},
            {CheckKind::MissingNotice, key(RecordKind::Decision, Hall)},
            {CheckKind::OutsideAreas, key(RecordKind::Decision, Hall)},
            {CheckKind::NoQuorum, key(RecordKind::Decision, Budget)},
            {CheckKind::ReopeningConditions, key(RecordKind::Decision, Budget)},
            {CheckKind::MissingKeyArea, key(RecordKind::Coalition, CoalitionId)},
            {CheckKind::MissingKeyArea, key(RecordKind::Coalition, CoalitionId)},
            {CheckKind::MissingKeyArea, key(RecordKind::Coalition, CoalitionId)},
            {CheckKind::MissingKeyArea, key(RecordKind::Coalition, CoalitionId)},
            {CheckKind::MissingKeyArea, key(RecordKind::Coalition, CoalitionId)},
            {CheckKind::MissingRepresentative, key(RecordKind::Membership, 11)},
            {CheckKind::MissingRepresentative, key(RecordKind::Membership, 13)},
        };
        QCOMPARE(seen, expected);

        // The five key areas come in their own order, and running again
        // gives the same list.
        QStringList areas;
        for (const ProceduralWarning &each : warnings) {
            if (each.kind == CheckKind::MissingKeyArea)
                areas.append(each.summary);
        }
        QCOMPARE(areas.size(), 5);
        QVERIFY(areas[0].contains(u"“How decisions are made”"_s));
        QVERIFY(areas[4].contains(u"“Role of representatives”"_s));
        QCOMPARE(ProceduralChecks::run(s), warnings);
    }

    void kindKeys()
    {
        const QList<std::pair<CheckKind, QString>> keys{
            {CheckKind::MissingNotice, u"missing-notice"_s},
            {CheckKind::OutsideAreas, u"outside-areas"_s},
            {CheckKind::NoQuorum, u"no-quorum"_s},
            {CheckKind::NoProcedure, u"no-procedure"_s},
            {CheckKind::ReopeningConditions, u"reopening-conditions"_s},
            {CheckKind::MissingKeyArea, u"missing-key-area"_s},
            {CheckKind::MissingRepresentative, u"missing-representative"_s},
            {CheckKind::RuleReviewDue, u"rule-review-due"_s},
        };
        for (const auto &[kind, text] : keys)
            QCOMPARE(checkKindKey(kind), text);
    }
};

QTEST_GUILESS_MAIN(TestProceduralChecks)
#include "tst_proceduralchecks.moc"
