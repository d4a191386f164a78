// SPDX-License-Identifier: GPL-3.0-or-later
// The governance repositories: bodies, procedures, ground rules, meetings and
// decisions, with the outcome the decision evaluator stores.
#include "domain/jsoncodec.h"
#include "storage/governancesnapshot.h"
#include "storage/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Coalition;

namespace {

template<typename Record>
QByteArray describe(const Record &actual, const Record &expected)
{
    return "\n   actual: " + QJsonDocument(JsonCodec::toJson(actual)).toJson(QJsonDocument::Compact)
        + "\n expected: "
        + QJsonDocument(JsonCodec::toJson(expected)).toJson(QJsonDocument::Compact);
}

QDateTime at(int year, int month, int day, int hour = 18)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0));
}

} // namespace

#define COMPARE_RECORD(actual, expected)                                                           \
    do {                                                                                           \
        const auto actualRecord = (actual);                                                        \
        const auto expectedRecord = (expected);                                                    \
        QVERIFY2(actualRecord == expectedRecord,                                                   \
                 describe(actualRecord, expectedRecord).constData());                              \
    } while (false)

#define VERIFY_OK(expression)                                                                      \
    do {                                                                                           \
        const auto &verifiedResult = (expression);                                                 \
        QVERIFY2(verifiedResult.ok(), qPrintable(verifiedResult.error().toString()));              \
    } while (false)

// Fails unless the status or result failed on that field.
#define VERIFY_FIELD_ERROR(expression, expectedField)                                              \
    do {                                                                                           \
        const auto &failedResult = (expression);                                                   \
        QVERIFY2(!failedResult.ok(), "expected a failure");                                        \
        QCOMPARE(failedResult.error().field, QString(expectedField));                              \
        QVERIFY(!failedResult.error().message.isEmpty());                                          \
    } while (false)

class TestGovernanceRepositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void bodyRoundTrip();
    void bodyErrors_data();
    void bodyErrors();
    void procedureSetReplaces();
    void procedureErrors_data();
    void procedureErrors();
    void ruleHistory();
    void ruleSupersedes();
    void ruleErrors();
    void meetingRoundTrip();
    void meetingErrors_data();
    void meetingErrors();
    void decisionOutcome_data();
    void decisionOutcome();
    void oneVotePerOrganization();
    void attendanceChangeRetallies();
    void reopen();
    void supersededStatus();
    void decisionErrors_data();
    void decisionErrors();
    void votingMembersOnMeetingDate();
    void delegation();
    void evaluateDraftWritesNothing();
    void cascades();
    void auditTrail();
    void snapshot();
    void jsonRoundTrip();
    void jsonRefusesUnknownKeys();

private:
    Workspace &w() { return *m_workspace; }
    Id addOrganization(const QString &name);
    Id addPerson(const QString &name, Id organizationId);
    Id addMembership(Id coalitionId, Id organizationId,
                     MembershipKind kind = MembershipKind::VotingMember,
                     const QDate &joined = QDate(2025, 1, 1));
    Id addBody(const QString &name, BodyKind kind, const QList<BodySeat> &seats = {},
               Id coalitionId = 0);
    Id setProcedure(Id bodyId, DecisionMethod method, const Quorum &quorum = {});
    Id addMeeting(Id bodyId, const QDateTime &startsAt, const QList<Attendance> &attendance);
    Id addDecision(Id meetingId, const QList<MemberPosition> &positions,
                   const QString &title = u"Adopt the budget"_s);
    Decision decision(Id id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    // Coalition K (led by A) with voting members A, B, C and the ally D;
    // coalition K2 with A as a member.
    Id m_k = 0, m_k2 = 0;
    Id m_a = 0, m_b = 0, m_c = 0, m_d = 0;
    Id m_pA = 0, m_pA2 = 0, m_pB = 0;
    Id m_mA = 0, m_mB = 0, m_mC = 0, m_mD = 0, m_mA2 = 0;
    Id m_full = 0; // K's full membership
};

void TestGovernanceRepositories::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto workspace = Workspace::open(m_dir->filePath(u"governance.coalition"_s),
                                     Database::OpenMode::CreateNew);
    QVERIFY2(workspace, qPrintable(workspace.error().toString()));
    m_workspace = std::move(workspace).value();

    m_a = addOrganization(u"Alder Tenants"_s);
    m_b = addOrganization(u"Birch School"_s);
    m_c = addOrganization(u"Cedar Clinic"_s);
    m_d = addOrganization(u"Dogwood Bank"_s);
    m_pA = addPerson(u"Ada"_s, m_a);
    m_pA2 = addPerson(u"Abel"_s, m_a);
    m_pB = addPerson(u"Bea"_s, m_b);
    CoalitionInfo k;
    k.name = u"River Wards"_s;
    k.leadOrganizationId = m_a;
    auto kId = w().coalitions().add(k);
    VERIFY_OK(kId);
    m_k = *kId;
    CoalitionInfo k2;
    k2.name = u"Hill Wards"_s;
    auto k2Id = w().coalitions().add(k2);
    VERIFY_OK(k2Id);
    m_k2 = *k2Id;
    m_mA = addMembership(m_k, m_a);
    m_mB = addMembership(m_k, m_b);
    m_mC = addMembership(m_k, m_c);
    m_mD = addMembership(m_k, m_d, MembershipKind::NonVotingAlly);
    m_mA2 = addMembership(m_k2, m_a);
    m_full = addBody(u"General Assembly"_s, BodyKind::FullMembership);
    QVERIFY(m_full > 0);
}

void TestGovernanceRepositories::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

Id TestGovernanceRepositories::addOrganization(const QString &name)
{
    Organization o;
    o.name = name;
    auto id = w().organizations().add(o);
    if (!id)
        qWarning("%s", qPrintable(id.error().toString()));
    return id ? *id : 0;
}

Id TestGovernanceRepositories::addPerson(const QString &name, Id organizationId)
{
    Person p;
    p.name = name;
    p.organizationId = organizationId;
    auto id = w().people().add(p);
    if (!id)
        qWarning("%s", qPrintable(id.error().toString()));
    return id ? *id : 0;
}

Id TestGovernanceRepositories::addMembership(Id coalitionId, Id organizationId, MembershipKind kind,
                                             const QDate &joined)
{
    Membership m;
    m.coalitionId = coalitionId;
    m.organizationId = organizationId;
    m.kind = kind;
    m.status = MembershipStatus::Active;
    m.joinedOn = joined;
    auto id = w().memberships().add(m);
    if (!id)
        qWarning("%s", qPrintable(id.error().toString()));
    return id ? *id : 0;
}

Id TestGovernanceRepositories::addBody(const QString &name, BodyKind kind,
                                       const QList<BodySeat> &seats, Id coalitionId)
{
    Body b;
    b.coalitionId = coalitionId > 0 ? coalitionId : m_k;
    b.kind = kind;
    b.name = name;
    b.seats = seats;
    auto id = w().bodies().add(b);
    if (!id)
        qWarning("%s", qPrintable(id.error().toString()));
    return id ? *id : 0;
}

Id TestGovernanceRepositories::setProcedure(Id bodyId, DecisionMethod method, const Quorum &quorum)
{
    DecisionProcedure p;
    p.bodyId = bodyId;
    p.method = method;
    p.quorum = quorum;
    auto id = w().procedures().set(p);
    if (!id)
        qWarning("%s", qPrintable(id.error().toString()));
    return id ? *id : 0;
}

Id TestGovernanceRepositories::addMeeting(Id bodyId, const QDateTime &startsAt,
                                          const QList<Attendance> &attendance)
{
    Meeting m;
    m.bodyId = bodyId;
    m.startsAt = startsAt;
    m.attendance = attendance;
    auto id = w().meetings().add(m);
    if (!id)
        qWarning("%s", qPrintable(id.error().toString()));
    return id ? *id : 0;
}

Id TestGovernanceRepositories::addDecision(Id meetingId, const QList<MemberPosition> &positions,
                                           const QString &title)
{
    Decision d;
    d.meetingId = meetingId;
    d.title = title;
    d.positions = positions;
    auto id = w().decisions().add(d);
    if (!id)
        qWarning("%s", qPrintable(id.error().toString()));
    return id ? *id : 0;
}

Decision TestGovernanceRepositories::decision(Id id)
{
    auto d = w().decisions().get(id);
    if (!d)
        qWarning("%s", qPrintable(d.error().toString()));
    return d ? *d : Decision{};
}

void TestGovernanceRepositories::bodyRoundTrip()
{
    Body b;
    b.coalitionId = m_k;
    b.kind = BodyKind::ExecutiveCommittee;
    b.name = u"  Executive Committee "_s;
    b.purpose = u"Runs things between assemblies"_s;
    b.seats = {{m_mB, u"chair"_s, true}, {m_mA, u"secretary"_s, true}, {m_mD, {}, false}};
    b.notes = u"Meets monthly"_s;
    auto id = w().bodies().add(b);
    VERIFY_OK(id);
    auto stored = w().bodies().get(*id);
    VERIFY_OK(stored);
    Body expected = b;
    expected.id = *id;
    expected.name = u"Executive Committee"_s;
    expected.createdAt = stored->createdAt;
    expected.updatedAt = stored->updatedAt;
    QVERIFY(stored->createdAt.isValid());
    COMPARE_RECORD(*stored, expected);

    auto found = w().bodies().findByName(m_k, u"executive   COMMITTEE"_s);
    VERIFY_OK(found);
    QVERIFY(found->has_value());
    QCOMPARE((*found)->id, *id);
    auto elsewhere = w().bodies().findByName(m_k2, u"Executive Committee"_s);
    VERIFY_OK(elsewhere);
    QVERIFY(!elsewhere->has_value());

    VERIFY_OK(w().bodies().setSeats(*id, {{m_mC, u"member"_s, true}}));
    auto reseated = w().bodies().get(*id);
    VERIFY_OK(reseated);
    QCOMPARE(reseated->seats, (QList<BodySeat>{{m_mC, u"member"_s, true}}));
    QCOMPARE(reseated->createdAt, stored->createdAt);

    Body renamed = *reseated;
    renamed.name = u"Board"_s;
    VERIFY_OK(w().bodies().update(renamed));
    auto list = w().bodies().listForCoalition(m_k);
    VERIFY_OK(list);
    QCOMPARE(list->size(), qsizetype(2));
    QCOMPARE(list->at(0).id, m_full);
    QCOMPARE(list->at(1).name, u"Board"_s);
    auto full = w().bodies().fullMembership(m_k);
    VERIFY_OK(full);
    QCOMPARE(full->value().id, m_full);
}

void TestGovernanceRepositories::bodyErrors_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty name") << 0 << u"name"_s;
    QTest::newRow("name taken, other case") << 1 << u"name"_s;
    QTest::newRow("second full membership") << 2 << u"kind"_s;
    QTest::newRow("seats on the full membership") << 3 << u"seats"_s;
    QTest::newRow("seat of another coalition's member") << 4 << u"seats"_s;
    QTest::newRow("two seats for one member") << 5 << u"seats"_s;
    QTest::newRow("missing coalition") << 6 << u"coalition"_s;
    QTest::newRow("missing membership") << 7 << u"seats"_s;
}

void TestGovernanceRepositories::bodyErrors()
{
    QFETCH(int, scenario);
    QFETCH(QString, field);
    Body b;
    b.coalitionId = m_k;
    b.kind = BodyKind::Committee;
    b.name = u"Events Committee"_s;
    switch (scenario) {
    case 0:
        b.name = u"   "_s;
        break;
    case 1:
        b.name = u"general ASSEMBLY"_s;
        break;
    case 2:
        b.kind = BodyKind::FullMembership;
        break;
    case 3:
        b.kind = BodyKind::FullMembership;
        b.seats = {{m_mA, {}, true}};
        break;
    case 4:
        b.seats = {{m_mA2, {}, true}};
        break;
    case 5:
        b.seats = {{m_mA, {}, true}, {m_mA, {}, false}};
        break;
    case 6:
        b.coalitionId = 999;
        break;
    case 7:
        b.seats = {{999, {}, true}};
        break;
    }
    VERIFY_FIELD_ERROR(w().bodies().add(b), field);
    auto list = w().bodies().listForCoalition(m_k);
    VERIFY_OK(list);
    QCOMPARE(list->size(), qsizetype(1));
}

void TestGovernanceRepositories::procedureSetReplaces()
{
    DecisionProcedure p;
    p.bodyId = m_full;
    p.method = DecisionMethod::Supermajority;
    p.threshold = {3, 4};
    p.basis = VoteBasis::Present;
    p.quorum = {QuorumKind::Fraction, 0, {2, 3}};
    p.areas = {DecisionArea::Budget, DecisionArea::GroundRules};
    p.escalation = {EscalationStep::Mediator, EscalationStep::Panel};
    p.noticeDays = 14;
    p.reopening = {180, Fraction{2, 3}, true};
    p.notes = u"Agreed at the founding meeting"_s;
    auto id = w().procedures().set(p);
    VERIFY_OK(id);
    auto stored = w().procedures().forBody(m_full);
    VERIFY_OK(stored);
    QVERIFY(stored->has_value());
    DecisionProcedure expected = p;
    expected.id = *id;
    expected.createdAt = (*stored)->createdAt;
    expected.updatedAt = (*stored)->updatedAt;
    COMPARE_RECORD(**stored, expected);
    QCOMPARE((*stored)->threshold.toString(), u"3/4"_s);

    DecisionProcedure replacement;
    replacement.bodyId = m_full;
    replacement.method = DecisionMethod::Consensus;
    auto again = w().procedures().set(replacement);
    VERIFY_OK(again);
    QCOMPARE(*again, *id);
    auto replaced = w().procedures().get(*id);
    VERIFY_OK(replaced);
    QCOMPARE(replaced->method, DecisionMethod::Consensus);
    QVERIFY(replaced->areas.isEmpty());
    QVERIFY(!replaced->reopening.threshold.has_value());
    QCOMPARE(replaced->createdAt, (*stored)->createdAt);
    auto list = w().procedures().listForCoalition(m_k);
    VERIFY_OK(list);
    QCOMPARE(list->size(), qsizetype(1));
    auto none = w().procedures().listForCoalition(m_k2);
    VERIFY_OK(none);
    QVERIFY(none->isEmpty());
}

void TestGovernanceRepositories::procedureErrors_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<QString>("field");
    QTest::newRow("supermajority of one half") << 0 << u"threshold"_s;
    QTest::newRow("threshold above one") << 1 << u"threshold"_s;
    QTest::newRow("quorum count zero") << 2 << u"quorum"_s;
    QTest::newRow("quorum fraction zero") << 3 << u"quorum"_s;
    QTest::newRow("no attempts before the vote") << 4 << u"attempts"_s;
    QTest::newRow("fallback unanimity") << 5 << u"fallback"_s;
    QTest::newRow("delegated to nobody") << 6 << u"delegate"_s;
    QTest::newRow("delegated to body and lead") << 7 << u"delegate"_s;
    QTest::newRow("delegated to itself") << 8 << u"delegate"_s;
    QTest::newRow("delegated to another coalition") << 9 << u"delegate"_s;
    QTest::newRow("area twice") << 10 << u"areas"_s;
    QTest::newRow("escalation step twice") << 11 << u"escalation"_s;
    QTest::newRow("missing body") << 12 << u"body"_s;
    QTest::newRow("reopening share above one") << 13 << u"reopening"_s;
}

void TestGovernanceRepositories::procedureErrors()
{
    QFETCH(int, scenario);
    QFETCH(QString, field);
    const Id other = addBody(u"Other Assembly"_s, BodyKind::FullMembership, {}, m_k2);
    QVERIFY(other > 0);
    DecisionProcedure p;
    p.bodyId = m_full;
    switch (scenario) {
    case 0:
        p.method = DecisionMethod::Supermajority;
        p.threshold = {1, 2};
        break;
    case 1:
        p.method = DecisionMethod::Supermajority;
        p.threshold = {4, 3};
        break;
    case 2:
        p.quorum = {QuorumKind::Count, 0, {1, 2}};
        break;
    case 3:
        p.quorum = {QuorumKind::Fraction, 0, {0, 1}};
        break;
    case 4:
        p.method = DecisionMethod::ConsensusThenVote;
        break;
    case 5:
        p.method = DecisionMethod::ConsensusThenVote;
        p.consensusAttempts = 2;
        p.fallbackMethod = DecisionMethod::Unanimity;
        break;
    case 6:
        p.method = DecisionMethod::Delegated;
        break;
    case 7:
        p.method = DecisionMethod::Delegated;
        p.delegateBodyId = other;
        p.delegateToLead = true;
        break;
    case 8:
        p.method = DecisionMethod::Delegated;
        p.delegateBodyId = m_full;
        break;
    case 9:
        p.method = DecisionMethod::Delegated;
        p.delegateBodyId = other;
        break;
    case 10:
        p.areas = {DecisionArea::Budget, DecisionArea::Events, DecisionArea::Budget};
        break;
    case 11:
        p.escalation = {EscalationStep::Mediator, EscalationStep::Mediator};
        break;
    case 12:
        p.bodyId = 999;
        break;
    case 13:
        p.reopening.threshold = Fraction{5, 4};
        break;
    }
    VERIFY_FIELD_ERROR(w().procedures().set(p), field);
    auto stored = w().procedures().forBody(m_full);
    VERIFY_OK(stored);
    QVERIFY(!stored->has_value());
}

void TestGovernanceRepositories::ruleHistory()
{
    GroundRule rule;
    rule.coalitionId = m_k;
    rule.area = RuleArea::Media;
    rule.title = u"Who speaks to the press"_s;
    rule.text = u"The chair speaks to journalists."_s;
    auto id = w().groundRules().add(rule);
    VERIFY_OK(id);
    const QDate today = QDate::currentDate();
    auto stored = w().groundRules().get(*id);
    VERIFY_OK(stored);
    QCOMPARE(stored->history, (QList<RuleRevision>{{today, RuleStatus::Proposed, rule.text, {}}}));

    GroundRule edited = *stored;
    edited.notes = u"Only notes change"_s;
    VERIFY_OK(w().groundRules().update(edited));
    QCOMPARE(w().groundRules().get(*id)->history.size(), qsizetype(1));

    edited.text = u"The chair or the vice-chair speaks to journalists."_s;
    edited.status = RuleStatus::Agreed;
    VERIFY_OK(w().groundRules().update(edited, u"Agreed at the March assembly"_s));
    stored = w().groundRules().get(*id);
    VERIFY_OK(stored);
    QCOMPARE(stored->history.size(), qsizetype(2));
    QCOMPARE(
        stored->history.last(),
        (RuleRevision{today, RuleStatus::Agreed, edited.text, u"Agreed at the March assembly"_s}));

    VERIFY_FIELD_ERROR(w().groundRules().setStatus(*id, RuleStatus::Retired, today.addDays(-1)),
                       u"date"_s);
    VERIFY_OK(w().groundRules().setStatus(*id, RuleStatus::Retired, today.addDays(3),
                                          u"No longer needed"_s));
    stored = w().groundRules().get(*id);
    VERIFY_OK(stored);
    QCOMPARE(stored->status, RuleStatus::Retired);
    QCOMPARE(stored->history.size(), qsizetype(3));
    QCOMPARE(stored->history.last().on, today.addDays(3));
    QCOMPARE(stored->history.last().note, u"No longer needed"_s);

    GroundRule meetings;
    meetings.coalitionId = m_k;
    meetings.area = RuleArea::DecisionMaking;
    meetings.title = u"Consensus first"_s;
    VERIFY_OK(w().groundRules().add(meetings));
    auto list = w().groundRules().listForCoalition(m_k);
    VERIFY_OK(list);
    QCOMPARE(list->size(), qsizetype(2));
    QCOMPARE(list->first().area, RuleArea::DecisionMaking); // ordered by area
}

void TestGovernanceRepositories::ruleSupersedes()
{
    GroundRule old;
    old.coalitionId = m_k;
    old.area = RuleArea::Information;
    old.title = u"Minutes by post"_s;
    old.status = RuleStatus::Agreed;
    auto oldId = w().groundRules().add(old);
    VERIFY_OK(oldId);

    GroundRule replacement;
    replacement.coalitionId = m_k;
    replacement.area = RuleArea::Information;
    replacement.title = u"Minutes by e-mail"_s;
    replacement.supersedesRuleId = *oldId;
    auto newId = w().groundRules().add(replacement);
    VERIFY_OK(newId);
    // A proposed rule does not yet retire the one it would supersede.
    QCOMPARE(w().groundRules().get(*oldId)->status, RuleStatus::Agreed);

    VERIFY_OK(w().groundRules().setStatus(*newId, RuleStatus::Agreed, QDate::currentDate()));
    auto retired = w().groundRules().get(*oldId);
    VERIFY_OK(retired);
    QCOMPARE(retired->status, RuleStatus::Retired);
    QCOMPARE(retired->history.size(), qsizetype(2));
    QCOMPARE(retired->history.last().status, RuleStatus::Retired);
    QVERIFY2(retired->history.last().note.contains(u"Minutes by e-mail"_s),
             qPrintable(retired->history.last().note));
    auto audit = w().audit().entriesFor(u"ground_rule"_s, *oldId);
    VERIFY_OK(audit);
    QVERIFY(std::any_of(audit->cbegin(), audit->cend(),
                        [](const AuditEntry &e) { return e.field == u"status"_s; }));

    // Added already agreed, it retires the rule at once.
    GroundRule third;
    third.coalitionId = m_k;
    third.area = RuleArea::Information;
    third.title = u"Minutes on the shared drive"_s;
    third.status = RuleStatus::Agreed;
    third.supersedesRuleId = *newId;
    VERIFY_OK(w().groundRules().add(third));
    QCOMPARE(w().groundRules().get(*newId)->status, RuleStatus::Retired);
}

void TestGovernanceRepositories::ruleErrors()
{
    GroundRule foreign;
    foreign.coalitionId = m_k2;
    foreign.title = u"Hill rule"_s;
    auto foreignId = w().groundRules().add(foreign);
    VERIFY_OK(foreignId);
    const Id meeting = addMeeting(m_full, at(2026, 3, 1), {});
    const Id taken = addDecision(meeting, {});
    const Id hill = addBody(u"Hill Assembly"_s, BodyKind::FullMembership, {}, m_k2);
    const Id hillMeeting = addMeeting(hill, at(2026, 3, 2), {});
    const Id hillDecision = addDecision(hillMeeting, {});
    QVERIFY(taken > 0 && hillDecision > 0);

    GroundRule rule;
    rule.coalitionId = m_k;
    rule.title = u"   "_s;
    VERIFY_FIELD_ERROR(w().groundRules().add(rule), u"title"_s);
    rule.title = u"River rule"_s;
    rule.supersedesRuleId = *foreignId;
    VERIFY_FIELD_ERROR(w().groundRules().add(rule), u"supersedes"_s);
    rule.supersedesRuleId.reset();
    rule.adoptedByDecisionId = hillDecision;
    VERIFY_FIELD_ERROR(w().groundRules().add(rule), u"adopted-by"_s);
    rule.adoptedByDecisionId = taken;
    auto id = w().groundRules().add(rule);
    VERIFY_OK(id);
    auto stored = w().groundRules().get(*id);
    VERIFY_OK(stored);
    GroundRule self = *stored;
    self.supersedesRuleId = *id;
    VERIFY_FIELD_ERROR(w().groundRules().update(self), u"supersedes"_s);
    rule.coalitionId = 999;
    rule.adoptedByDecisionId.reset();
    VERIFY_FIELD_ERROR(w().groundRules().add(rule), u"coalition"_s);
}

void TestGovernanceRepositories::meetingRoundTrip()
{
    Meeting m;
    m.bodyId = m_full;
    m.startsAt = QDateTime(QDate(2026, 4, 9), QTime(18, 30, 42));
    m.scheduledOn = QDate(2026, 3, 30);
    m.location = u"Library hall"_s;
    m.agenda = {u"Welcome"_s, u"Budget"_s};
    m.attendance = {{m_mB, m_pB}, {m_mA, m_pA}, {m_mA, m_pA2}, {m_mC, std::nullopt}};
    m.minutes = u"Short meeting."_s;
    auto id = w().meetings().add(m);
    VERIFY_OK(id);
    auto stored = w().meetings().get(*id);
    VERIFY_OK(stored);
    Meeting expected = m;
    expected.id = *id;
    expected.startsAt = QDateTime(QDate(2026, 4, 9), QTime(18, 30)); // kept to the minute
    expected.createdAt = stored->createdAt;
    expected.updatedAt = stored->updatedAt;
    COMPARE_RECORD(*stored, expected);

    const Id earlier = addMeeting(m_full, at(2026, 2, 1), {});
    const Id committee = addBody(u"Events"_s, BodyKind::Committee, {{m_mA, {}, true}});
    const Id elsewhere = addMeeting(committee, at(2026, 3, 1), {});
    auto forBody = w().meetings().listForBody(m_full);
    VERIFY_OK(forBody);
    QCOMPARE(forBody->size(), qsizetype(2));
    QCOMPARE(forBody->at(0).id, earlier);
    QCOMPARE(forBody->at(1).id, *id);
    auto forCoalition = w().meetings().listForCoalition(m_k);
    VERIFY_OK(forCoalition);
    QCOMPARE(forCoalition->size(), qsizetype(3));
    QCOMPARE(forCoalition->at(1).id, elsewhere);

    VERIFY_OK(w().meetings().setAttendance(*id, {{m_mC, std::nullopt}}));
    QCOMPARE(w().meetings().get(*id)->attendance, (QList<Attendance>{{m_mC, std::nullopt}}));
}

void TestGovernanceRepositories::meetingErrors_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<QString>("field");
    QTest::newRow("no start") << 0 << u"starts"_s;
    QTest::newRow("notice after the meeting") << 1 << u"scheduled"_s;
    QTest::newRow("member of another coalition") << 2 << u"attendance"_s;
    QTest::newRow("person of another organization") << 3 << u"attendance"_s;
    QTest::newRow("same attendance twice") << 4 << u"attendance"_s;
    QTest::newRow("missing body") << 5 << u"body"_s;
    QTest::newRow("empty agenda item") << 6 << u"agenda"_s;
}

void TestGovernanceRepositories::meetingErrors()
{
    QFETCH(int, scenario);
    QFETCH(QString, field);
    Meeting m;
    m.bodyId = m_full;
    m.startsAt = at(2026, 5, 1);
    switch (scenario) {
    case 0:
        m.startsAt = {};
        break;
    case 1:
        m.scheduledOn = QDate(2026, 5, 2);
        break;
    case 2:
        m.attendance = {{m_mA2, std::nullopt}};
        break;
    case 3:
        m.attendance = {{m_mA, m_pB}};
        break;
    case 4:
        m.attendance = {{m_mA, m_pA}, {m_mA, m_pA}};
        break;
    case 5:
        m.bodyId = 999;
        break;
    case 6:
        m.agenda = {u"Budget"_s, u" "_s};
        break;
    }
    VERIFY_FIELD_ERROR(w().meetings().add(m), field);
}

void TestGovernanceRepositories::decisionOutcome_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<int>("quorumCount");
    QTest::addColumn<QList<int>>("positions"); // of A, B and C; -1: none, and not present
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("status");
    const int yes = int(VotePosition::Yes), no = int(VotePosition::No),
              abstain = int(VotePosition::Abstain), block = int(VotePosition::Block),
              aside = int(VotePosition::StandAside);
    const int majority = int(DecisionMethod::Majority), consensus = int(DecisionMethod::Consensus);
    QTest::newRow("majority adopted")
        << majority << 0 << QList<int>{yes, yes, no} << int(DecisionOutcome::Adopted)
        << int(DecisionStatus::Adopted);
    QTest::newRow("majority tie fails")
        << majority << 0 << QList<int>{yes, no, abstain} << int(DecisionOutcome::Rejected)
        << int(DecisionStatus::Rejected);
    QTest::newRow("consensus blocked")
        << consensus << 0 << QList<int>{yes, aside, block} << int(DecisionOutcome::Blocked)
        << int(DecisionStatus::Rejected);
    QTest::newRow("consensus with a stand-aside")
        << consensus << 0 << QList<int>{yes, aside, yes} << int(DecisionOutcome::Adopted)
        << int(DecisionStatus::Adopted);
    QTest::newRow("no quorum") << majority << 3 << QList<int>{yes, yes, -1}
                               << int(DecisionOutcome::NoQuorum) << int(DecisionStatus::Rejected);
    QTest::newRow("nothing recorded")
        << majority << 0 << QList<int>{-1, -1, -1} << int(DecisionOutcome::Pending)
        << int(DecisionStatus::Proposed);
}

void TestGovernanceRepositories::decisionOutcome()
{
    QFETCH(int, method);
    QFETCH(int, quorumCount);
    QFETCH(QList<int>, positions);
    QFETCH(int, outcome);
    QFETCH(int, status);
    Quorum quorum;
    if (quorumCount > 0)
        quorum = {QuorumKind::Count, quorumCount, {1, 2}};
    QVERIFY(setProcedure(m_full, DecisionMethod(method), quorum) > 0);
    // Whoever takes a position attends; the others stay away.
    const QList<Id> members{m_mA, m_mB, m_mC};
    QList<Attendance> attendance;
    QList<MemberPosition> recorded;
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (positions.at(i) < 0)
            continue;
        attendance.append({members.at(i), std::nullopt});
        recorded.append({members.at(i), VotePosition(positions.at(i))});
    }
    const Id meeting = addMeeting(m_full, at(2026, 3, 1), attendance);
    const Id id = addDecision(meeting, recorded);
    QVERIFY(id > 0);
    const Decision stored = decision(id);
    QCOMPARE(int(stored.outcome), outcome);
    QCOMPARE(int(stored.status), status);
    auto live = w().evaluator().evaluate(id);
    VERIFY_OK(live);
    QCOMPARE(stored.reasons, live->reasons);
}

void TestGovernanceRepositories::oneVotePerOrganization()
{
    QVERIFY(setProcedure(m_full, DecisionMethod::Majority, {QuorumKind::Count, 2, {1, 2}}) > 0);
    // Two people of A attend: A is present once, and one organization is not a quorum of 2.
    const Id meeting = addMeeting(m_full, at(2026, 3, 1), {{m_mA, m_pA}, {m_mA, m_pA2}});
    const Id id = addDecision(meeting, {{m_mA, VotePosition::Yes}});
    Decision stored = decision(id);
    QCOMPARE(stored.outcome, DecisionOutcome::NoQuorum);
    QVERIFY2(stored.reasons.join(u'\n').contains(u"1 of 3 voting members present"_s),
             qPrintable(stored.reasons.join(u'\n')));
    // The ally's position is not a vote, and does not make a quorum either.
    VERIFY_OK(
        w().decisions().setPositions(id, {{m_mA, VotePosition::Yes}, {m_mD, VotePosition::Yes}}));
    stored = decision(id);
    QCOMPARE(stored.outcome, DecisionOutcome::NoQuorum);
    QCOMPARE(stored.positions.size(), qsizetype(2));
}

void TestGovernanceRepositories::attendanceChangeRetallies()
{
    QVERIFY(setProcedure(m_full, DecisionMethod::Majority, {QuorumKind::Count, 2, {1, 2}}) > 0);
    const Id e = addOrganization(u"Elm Choir"_s);
    const Id mE = addMembership(m_k, e, MembershipKind::VotingMember, QDate(2026, 5, 1));
    const Id meeting = addMeeting(m_full, at(2026, 7, 1), {{m_mA, m_pA}});
    const Id id = addDecision(meeting, {{m_mA, VotePosition::Yes}});
    QCOMPARE(decision(id).outcome, DecisionOutcome::NoQuorum);
    QCOMPARE(decision(id).status, DecisionStatus::Rejected);

    VERIFY_OK(w().meetings().setAttendance(meeting, {{m_mA, m_pA}, {mE, std::nullopt}}));
    Decision stored = decision(id);
    QCOMPARE(stored.outcome, DecisionOutcome::Adopted);
    QCOMPARE(stored.status, DecisionStatus::Adopted);
    QVERIFY2(stored.reasons.join(u'\n').contains(u"2 of 4 voting members present"_s),
             qPrintable(stored.reasons.join(u'\n')));
    auto audit = w().audit().entriesFor(u"decision"_s, id);
    VERIFY_OK(audit);
    QVERIFY(std::any_of(audit->cbegin(), audit->cend(),
                        [](const AuditEntry &entry) { return entry.field == u"outcome"_s; }));

    // Moved to a day before E joined, the meeting had one voting member present.
    Meeting moved = *w().meetings().get(meeting);
    moved.startsAt = at(2026, 3, 1);
    VERIFY_OK(w().meetings().update(moved));
    stored = decision(id);
    QCOMPARE(stored.outcome, DecisionOutcome::NoQuorum);
    QCOMPARE(stored.status, DecisionStatus::Rejected);
    QVERIFY2(stored.reasons.join(u'\n').contains(u"1 of 3 voting members present"_s),
             qPrintable(stored.reasons.join(u'\n')));
}

void TestGovernanceRepositories::reopen()
{
    QVERIFY(setProcedure(m_full, DecisionMethod::Majority) > 0);
    const Id meeting = addMeeting(m_full, at(2026, 3, 1), {});
    const Id later = addMeeting(m_full, at(2026, 9, 1), {});
    const Id id = addDecision(meeting, {{m_mA, VotePosition::Yes}, {m_mB, VotePosition::No}});
    QCOMPARE(decision(id).status, DecisionStatus::Rejected);
    VERIFY_FIELD_ERROR(w().decisions().reopen(id, {QDate(2026, 9, 1), later, u"Why"_s, {}, 2, 3}),
                       u"status"_s);

    VERIFY_OK(w().decisions().setPosition(id, m_mC, VotePosition::Yes));
    QCOMPARE(decision(id).status, DecisionStatus::Adopted);
    const Reopening reopening{QDate(2026, 9, 1),           later, u"New figures"_s,
                              u"The grant fell through"_s, 2,     3};
    VERIFY_OK(w().decisions().reopen(id, reopening));
    Decision stored = decision(id);
    QCOMPARE(stored.status, DecisionStatus::Reopened);
    QCOMPARE(stored.outcome, DecisionOutcome::Adopted);
    QCOMPARE(stored.reopenings, QList<Reopening>{reopening});

    // Editing other fields keeps it reopened; new positions let the outcome speak again.
    Decision edited = stored;
    edited.text = u"Revised text"_s;
    VERIFY_OK(w().decisions().update(edited));
    QCOMPARE(decision(id).status, DecisionStatus::Reopened);
    QCOMPARE(decision(id).reopenings.size(), qsizetype(1));
    VERIFY_OK(w().decisions().setPosition(id, m_mC, VotePosition::No));
    stored = decision(id);
    QCOMPARE(stored.status, DecisionStatus::Rejected);
    QCOMPARE(stored.reopenings.size(), qsizetype(1));
}

void TestGovernanceRepositories::supersededStatus()
{
    QVERIFY(setProcedure(m_full, DecisionMethod::Majority) > 0);
    const Id meeting = addMeeting(m_full, at(2026, 3, 1), {});
    const Id id = addDecision(meeting, {{m_mA, VotePosition::Yes}});
    QCOMPARE(decision(id).status, DecisionStatus::Adopted);
    VERIFY_OK(w().decisions().setStatus(id, DecisionStatus::Superseded));
    VERIFY_OK(w().decisions().setPosition(id, m_mB, VotePosition::No));
    Decision stored = decision(id);
    QCOMPARE(stored.status, DecisionStatus::Superseded);
    QCOMPARE(stored.outcome, DecisionOutcome::Rejected);
    VERIFY_FIELD_ERROR(w().decisions().setStatus(id, DecisionStatus::Adopted), u"status"_s);
    VERIFY_FIELD_ERROR(w().decisions().setStatus(id, DecisionStatus::Reopened), u"status"_s);
    VERIFY_OK(w().decisions().setStatus(id, DecisionStatus::Rejected));
    QCOMPARE(decision(id).status, DecisionStatus::Rejected);
}

void TestGovernanceRepositories::decisionErrors_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<QString>("field");
    QTest::newRow("no title") << 0 << u"title"_s;
    QTest::newRow("two positions for one member") << 1 << u"positions"_s;
    QTest::newRow("position of another coalition's member") << 2 << u"positions"_s;
    QTest::newRow("missing meeting") << 3 << u"meeting"_s;
    QTest::newRow("procedure of another coalition") << 4 << u"procedure"_s;
    QTest::newRow("more votes for reopening than cast") << 5 << u"votes"_s;
}

void TestGovernanceRepositories::decisionErrors()
{
    QFETCH(int, scenario);
    QFETCH(QString, field);
    const Id meeting = addMeeting(m_full, at(2026, 3, 1), {});
    const Id hill = addBody(u"Hill Assembly"_s, BodyKind::FullMembership, {}, m_k2);
    const Id hillProcedure = setProcedure(hill, DecisionMethod::Majority);
    Decision d;
    d.meetingId = meeting;
    d.title = u"Adopt the budget"_s;
    switch (scenario) {
    case 0:
        d.title = u" "_s;
        break;
    case 1:
        d.positions = {{m_mA, VotePosition::Yes}, {m_mA, VotePosition::No}};
        break;
    case 2:
        d.positions = {{m_mA2, VotePosition::Yes}};
        break;
    case 3:
        d.meetingId = 999;
        break;
    case 4:
        d.procedureId = hillProcedure;
        break;
    case 5:
        d.reopenings = {{QDate(2026, 4, 1), std::nullopt, {}, {}, 4, 3}};
        break;
    }
    VERIFY_FIELD_ERROR(w().decisions().add(d), field);
}

void TestGovernanceRepositories::votingMembersOnMeetingDate()
{
    // C became inactive in June 2026; E joined in May 2026.
    VERIFY_OK(w().memberships().setStatus(m_mC, MembershipStatus::Inactive, QDate(2026, 6, 1)));
    const Id e = addOrganization(u"Elm Choir"_s);
    const Id mE = addMembership(m_k, e, MembershipKind::VotingMember, QDate(2026, 5, 1));
    auto march = w().evaluator().votingMembers(m_full, QDate(2026, 3, 1));
    VERIFY_OK(march);
    QCOMPARE(*march, (QList<Id>{m_mA, m_mB, m_mC}));
    auto july = w().evaluator().votingMembers(m_full, QDate(2026, 7, 1));
    VERIFY_OK(july);
    QCOMPARE(*july, (QList<Id>{m_mA, m_mB, mE}));

    const Id committee = addBody(
        u"Steering"_s, BodyKind::StrategicCommittee,
        {{m_mC, u"chair"_s, true}, {m_mB, {}, false}, {m_mA, {}, true}, {m_mD, {}, true}});
    auto seats = w().evaluator().votingMembers(committee, QDate(2026, 3, 1));
    VERIFY_OK(seats);
    QCOMPARE(*seats, (QList<Id>{m_mA, m_mC})); // not B (non-voting seat), not the ally D
    seats = w().evaluator().votingMembers(committee, QDate(2026, 7, 1));
    VERIFY_OK(seats);
    QCOMPARE(*seats, QList<Id>{m_mA});

    Membership c = *w().memberships().get(m_mC);
    using OptionalStatus = std::optional<MembershipStatus>;
    QCOMPARE(DecisionEvaluator::statusOn(c, QDate(2024, 12, 31)), OptionalStatus());
    QCOMPARE(DecisionEvaluator::statusOn(c, QDate(2026, 5, 31)),
             OptionalStatus(MembershipStatus::Active));
    QCOMPARE(DecisionEvaluator::statusOn(c, QDate(2026, 6, 1)),
             OptionalStatus(MembershipStatus::Inactive));

    // A member entered after the fact, with no joined date: its history starts
    // the day it was entered, and a meeting before that still counts it with
    // its earliest recorded status; a joined date after the meeting does not.
    Membership late;
    late.history = {{MembershipStatus::Active, QDate(2026, 11, 30), {}},
                    {MembershipStatus::Inactive, QDate(2026, 12, 1), {}}};
    late.status = MembershipStatus::Inactive;
    QCOMPARE(DecisionEvaluator::statusOn(late, QDate(2026, 11, 20)),
             OptionalStatus(MembershipStatus::Active));
    late.joinedOn = QDate(2026, 11, 25);
    QCOMPARE(DecisionEvaluator::statusOn(late, QDate(2026, 11, 20)), OptionalStatus());
    QCOMPARE(DecisionEvaluator::statusOn(late, QDate(2026, 11, 30)),
             OptionalStatus(MembershipStatus::Active));
}

void TestGovernanceRepositories::delegation()
{
    VERIFY_OK(w().memberships().setStatus(m_mC, MembershipStatus::Withdrawn, QDate(2025, 6, 1)));
    QVERIFY(setProcedure(m_full, DecisionMethod::Majority) > 0);
    const Id committee = addBody(u"Steering"_s, BodyKind::StrategicCommittee, {{m_mA, {}, true}});
    DecisionProcedure delegated;
    delegated.bodyId = committee;
    delegated.method = DecisionMethod::Delegated;
    delegated.delegateBodyId = m_full;
    VERIFY_OK(w().procedures().set(delegated));
    const Id meeting = addMeeting(committee, at(2026, 3, 1), {});
    Decision draft;
    draft.meetingId = meeting;
    draft.title = u"Choose a venue"_s;
    draft.positions = {{m_mA, VotePosition::Yes}, {m_mB, VotePosition::No}};
    auto facts = w().evaluator().facts(draft);
    VERIFY_OK(facts);
    QVERIFY(facts->has_value());
    QCOMPARE((*facts)->bodyName, u"General Assembly"_s);
    QCOMPARE((*facts)->delegatedFrom, u"Steering"_s);
    QCOMPARE((*facts)->procedure.method, DecisionMethod::Majority);
    QCOMPARE((*facts)->votingMembers, (QList<Id>{m_mA, m_mB}));
    QCOMPARE((*facts)->memberNames.value(m_mB), u"Birch School"_s);

    DecisionProcedure toLead;
    toLead.bodyId = committee;
    toLead.method = DecisionMethod::Delegated;
    toLead.delegateToLead = true;
    VERIFY_OK(w().procedures().set(toLead));
    facts = w().evaluator().facts(draft);
    VERIFY_OK(facts);
    QCOMPARE((*facts)->leadMembershipId, std::optional<Id>(m_mA));
    QCOMPARE((*facts)->leadName, u"Alder Tenants"_s);
    auto tally = w().evaluator().evaluate(draft);
    VERIFY_OK(tally);
    QCOMPARE(tally->outcome, DecisionOutcome::Adopted);

    // A body without a procedure: nothing is counted, and the reason says why.
    const Id bare = addBody(u"Events"_s, BodyKind::Committee, {{m_mA, {}, true}});
    draft.meetingId = addMeeting(bare, at(2026, 3, 2), {});
    tally = w().evaluator().evaluate(draft);
    VERIFY_OK(tally);
    QCOMPARE(tally->outcome, DecisionOutcome::Pending);
    QVERIFY(tally->reasons.join(u' ').contains(u"Events"_s));
}

void TestGovernanceRepositories::evaluateDraftWritesNothing()
{
    QVERIFY(setProcedure(m_full, DecisionMethod::Unanimity) > 0);
    const Id meeting = addMeeting(m_full, at(2026, 3, 1), {});
    auto entries = w().audit().all();
    VERIFY_OK(entries);
    Decision draft;
    draft.meetingId = meeting;
    draft.title = u"Draft"_s;
    draft.positions = {{m_mA, VotePosition::Yes}, {m_mB, VotePosition::Yes}};
    auto tally = w().evaluator().evaluate(draft);
    VERIFY_OK(tally);
    QCOMPARE(tally->outcome, DecisionOutcome::Adopted);
    draft.positions.append({m_mC, VotePosition::No});
    tally = w().evaluator().evaluate(draft);
    VERIFY_OK(tally);
    QCOMPARE(tally->outcome, DecisionOutcome::Rejected);
    auto after = w().audit().all();
    VERIFY_OK(after);
    QCOMPARE(after->size(), entries->size());
    QVERIFY(w().decisions().list()->isEmpty());
}

void TestGovernanceRepositories::cascades()
{
    const Id committee = addBody(u"Steering"_s, BodyKind::StrategicCommittee,
                                 {{m_mA, {}, true}, {m_mB, {}, true}});
    const Id procedure = setProcedure(m_full, DecisionMethod::Majority);
    DecisionProcedure delegated;
    delegated.bodyId = committee;
    delegated.method = DecisionMethod::Delegated;
    delegated.delegateBodyId = m_full;
    auto delegatedId = w().procedures().set(delegated);
    VERIFY_OK(delegatedId);
    const Id meeting = addMeeting(m_full, at(2026, 3, 1), {{m_mA, m_pA}, {m_mB, m_pB}});
    Decision d;
    d.meetingId = meeting;
    d.procedureId = procedure;
    d.title = u"Budget"_s;
    d.positions = {{m_mA, VotePosition::Yes}, {m_mB, VotePosition::Yes}};
    auto decisionId = w().decisions().add(d);
    VERIFY_OK(decisionId);
    GroundRule rule;
    rule.coalitionId = m_k;
    rule.title = u"Budget rule"_s;
    rule.adoptedByDecisionId = *decisionId;
    auto ruleId = w().groundRules().add(rule);
    VERIFY_OK(ruleId);

    // A membership's removal takes its seat, attendance and position with it.
    VERIFY_OK(w().memberships().remove(m_mB));
    QCOMPARE(w().bodies().get(committee)->seats, (QList<BodySeat>{{m_mA, {}, true}}));
    QCOMPARE(w().meetings().get(meeting)->attendance, (QList<Attendance>{{m_mA, m_pA}}));
    QCOMPARE(decision(*decisionId).positions, (QList<MemberPosition>{{m_mA, VotePosition::Yes}}));
    // A person's removal leaves the organization attending without a name.
    VERIFY_OK(w().people().remove(m_pA));
    QCOMPARE(w().meetings().get(meeting)->attendance, (QList<Attendance>{{m_mA, std::nullopt}}));

    // Removing the procedure leaves the decision to the body's own (none now).
    VERIFY_OK(w().procedures().remove(procedure));
    QCOMPARE(decision(*decisionId).procedureId, std::optional<Id>());
    // Removing the decision clears the rule's link; removing the body its meetings.
    VERIFY_OK(w().decisions().remove(*decisionId));
    QCOMPARE(w().groundRules().get(*ruleId)->adoptedByDecisionId, std::optional<Id>());
    const Id second = addDecision(meeting, {});
    QVERIFY(second > 0);
    VERIFY_OK(w().bodies().remove(m_full));
    QVERIFY(!w().meetings().get(meeting).ok());
    QVERIFY(!w().decisions().get(second).ok());
    QCOMPARE(w().procedures().get(*delegatedId)->delegateBodyId, std::optional<Id>());
    // The coalition's removal takes its bodies and rules.
    VERIFY_OK(w().coalitions().get(m_k)); // still there
    // Each record the removal took or changed is in the audit log.
    for (const auto &[entity, id] : {std::pair{u"body"_s, m_full}, std::pair{u"meeting"_s, meeting},
                                     std::pair{u"decision"_s, second}}) {
        auto deleted = w().audit().entriesFor(entity, id);
        VERIFY_OK(deleted);
        QVERIFY2(deleted->last().oldValue.has_value() && !deleted->last().newValue.has_value(),
                 qPrintable(entity));
    }
    auto cleared = w().audit().entriesFor(u"decision_procedure"_s, *delegatedId);
    VERIFY_OK(cleared);
    QCOMPARE(cleared->last().field, u"delegate_body_id"_s);
}

void TestGovernanceRepositories::auditTrail()
{
    const Id committee = addBody(u"Steering"_s, BodyKind::StrategicCommittee, {{m_mA, {}, true}});
    VERIFY_OK(w().bodies().setSeats(committee, {{m_mA, u"chair"_s, true}}));
    auto entries = w().audit().entriesFor(u"body"_s, committee);
    VERIFY_OK(entries);
    QCOMPARE(entries->size(), qsizetype(2));
    QVERIFY(entries->at(0).field.isEmpty()); // created
    QCOMPARE(entries->at(1).field, u"seats"_s); // a child list changes as a whole value
    const Id procedure = setProcedure(committee, DecisionMethod::Consensus);
    QVERIFY(setProcedure(committee, DecisionMethod::Unanimity) == procedure);
    entries = w().audit().entriesFor(u"decision_procedure"_s, procedure);
    VERIFY_OK(entries);
    QCOMPARE(entries->size(), qsizetype(2));
    QCOMPARE(entries->at(1).field, u"method"_s);
    QCOMPARE(entries->at(1).newValue, std::optional<QString>(u"unanimity"_s));
}

void TestGovernanceRepositories::snapshot()
{
    QVERIFY(setProcedure(m_full, DecisionMethod::Majority) > 0);
    const Id meeting = addMeeting(m_full, at(2026, 3, 1), {{m_mA, m_pA}});
    QVERIFY(addDecision(meeting, {{m_mA, VotePosition::Yes}}) > 0);
    GroundRule rule;
    rule.coalitionId = m_k;
    rule.title = u"Rule"_s;
    VERIFY_OK(w().groundRules().add(rule));
    const Id hill = addBody(u"Hill Assembly"_s, BodyKind::FullMembership, {}, m_k2);
    QVERIFY(hill > 0);
    auto s = loadGovernanceSnapshot(w(), m_k, QDate(2026, 12, 1));
    VERIFY_OK(s);
    QCOMPARE(s->coalition.id, m_k);
    QCOMPARE(s->today, QDate(2026, 12, 1));
    QCOMPARE(s->memberships.size(), qsizetype(4));
    QCOMPARE(s->bodies.size(), qsizetype(1));
    QCOMPARE(s->procedures.size(), qsizetype(1));
    QCOMPARE(s->rules.size(), qsizetype(1));
    QCOMPARE(s->meetings.size(), qsizetype(1));
    QCOMPARE(s->decisions.size(), qsizetype(1));
    QCOMPARE(s->organizationNames.value(m_a), u"Alder Tenants"_s);
    QCOMPARE(s->organizationNames.value(m_d), u"Dogwood Bank"_s);
    QCOMPARE(s->personNames.value(m_pB), u"Bea"_s);
    QVERIFY(!loadGovernanceSnapshot(w(), 999, QDate(2026, 12, 1)).ok());
}

void TestGovernanceRepositories::jsonRoundTrip()
{
    const Id committee = addBody(u"Steering"_s, BodyKind::StrategicCommittee,
                                 {{m_mA, u"chair"_s, true}, {m_mD, {}, false}});
    DecisionProcedure p;
    p.bodyId = committee;
    p.method = DecisionMethod::ConsensusThenVote;
    p.consensusAttempts = 2;
    p.fallbackMethod = DecisionMethod::Supermajority;
    p.threshold = {3, 4};
    p.quorum = {QuorumKind::Fraction, 0, {2, 3}};
    p.areas = {DecisionArea::Events};
    p.escalation = {EscalationStep::Discussion, EscalationStep::Arbitrator};
    p.reopening = {30, Fraction{2, 3}, true};
    const Id procedure = *w().procedures().set(p);
    const Id meeting = addMeeting(committee, at(2026, 3, 1, 9), {{m_mA, m_pA}});
    Decision d;
    d.meetingId = meeting;
    d.title = u"Venue"_s;
    d.failedConsensusAttempts = 2;
    d.positions = {{m_mA, VotePosition::Yes}};
    const Id decisionId = *w().decisions().add(d);
    GroundRule g;
    g.coalitionId = m_k;
    g.area = RuleArea::Confidentiality;
    g.title = u"Minutes stay inside"_s;
    g.reviewOn = QDate(2027, 1, 1);
    g.adoptedByDecisionId = decisionId;
    const Id ruleId = *w().groundRules().add(g);

    const auto roundTrip = [](const auto &record) {
        using T = std::decay_t<decltype(record)>;
        const QJsonObject json = JsonCodec::toJson(record);
        T back;
        Problems problems;
        const bool ok = JsonCodec::fromJson(json, &back, &problems, u"x"_s);
        return std::pair{ok && problems.isEmpty() && back == record, json};
    };
    const auto [bodyOk, bodyJson] = roundTrip(*w().bodies().get(committee));
    QVERIFY(bodyOk);
    QCOMPARE(bodyJson.value(u"kind"_s).toString(), enumKey(BodyKind::StrategicCommittee));
    const auto [procedureOk, procedureJson] = roundTrip(*w().procedures().get(procedure));
    QVERIFY(procedureOk);
    QCOMPARE(procedureJson.value(u"threshold"_s).toString(), u"3/4"_s);
    QCOMPARE(procedureJson.value(u"quorum"_s).toObject().value(u"fraction"_s).toString(), u"2/3"_s);
    const auto [meetingOk, meetingJson] = roundTrip(*w().meetings().get(meeting));
    QVERIFY(meetingOk);
    QCOMPARE(meetingJson.value(u"starts_at"_s).toString(), u"2026-03-01T09:00"_s);
    const auto [decisionOk, decisionJson] = roundTrip(decision(decisionId));
    QVERIFY(decisionOk);
    QCOMPARE(decisionJson.value(u"positions"_s).toArray().first().toObject().value(u"position"_s),
             QJsonValue(u"yes"_s));
    const auto [ruleOk, ruleJson] = roundTrip(*w().groundRules().get(ruleId));
    QVERIFY(ruleOk);
    QCOMPARE(ruleJson.value(u"review_on"_s).toString(), u"2027-01-01"_s);
}

void TestGovernanceRepositories::jsonRefusesUnknownKeys()
{
    Body body = *w().bodies().get(m_full);
    QJsonObject json = JsonCodec::toJson(body);
    json.insert(u"colour"_s, u"green"_s);
    Problems problems;
    QVERIFY(!JsonCodec::fromJson(json, &body, &problems, u"bodies[0]"_s));
    QCOMPARE(problems.size(), qsizetype(1));
    QCOMPARE(problems.first().field, u"bodies[0].colour"_s);

    DecisionProcedure p;
    p.id = 3;
    p.bodyId = m_full;
    QJsonObject procedure = JsonCodec::toJson(p);
    QJsonObject quorum = procedure.value(u"quorum"_s).toObject();
    quorum.insert(u"fraction"_s, u"two thirds"_s);
    procedure.insert(u"quorum"_s, quorum);
    problems.clear();
    QVERIFY(!JsonCodec::fromJson(procedure, &p, &problems, u"procedures[2]"_s));
    QCOMPARE(problems.first().field, u"procedures[2].quorum.fraction"_s);

    Meeting m;
    m.bodyId = m_full;
    m.startsAt = at(2026, 1, 1);
    m.attendance = {{m_mA, std::nullopt}};
    QJsonObject meeting = JsonCodec::toJson(m);
    QJsonArray attendance = meeting.value(u"attendance"_s).toArray();
    QJsonObject first = attendance.first().toObject();
    first.insert(u"votes"_s, 2);
    attendance.replace(0, first);
    meeting.insert(u"attendance"_s, attendance);
    meeting.insert(u"id"_s, 4);
    problems.clear();
    QVERIFY(!JsonCodec::fromJson(meeting, &m, &problems, u"meetings[0]"_s));
    QCOMPARE(problems.first().field, u"meetings[0].attendance[0].votes"_s);
}

QTEST_GUILESS_MAIN(TestGovernanceRepositories)
#include "tst_governancerepositories.moc"
