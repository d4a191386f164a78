// SPDX-License-Identifier: GPL-3.0-or-later
// The action repositories: goals, action groups, action plans and tasks, with
// their child rows, reference checks, cascades and audit entries.
#include "domain/jsoncodec.h"
#include "storage/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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

// Which reference of a record a table row spoils.
enum class Spoil {
    Nothing,
    OtherCoalition,
    MissingCoalition,
    ForeignDecision,
    BlankMeasure,
    DuplicateName,
    ForeignMember,
    DoubleMember,
    MissingPerson,
    ForeignConvener,
    ForeignGoal,
    ForeignBody,
    ForeignGroup,
    ForeignLead,
    ForeignFunder,
    ForeignCover,
    NegativeAmount,
    SecuredUnfunded,
    TooManyHours,
    CoveredAndSought,
    BlankItem,
    BlankRole,
    DueBeforeStart,
    DoneNotDone,
    ForeignResponsible,
    MissingPlan,
    BlankTitle,
};
Q_DECLARE_METATYPE(Spoil)

class TestActionRepositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void goalRoundTrip();
    void goalErrors_data();
    void goalErrors();
    void groupRoundTrip();
    void groupErrors_data();
    void groupErrors();
    void planRoundTrip();
    void planErrors_data();
    void planErrors();
    void taskRoundTrip();
    void taskStatus();
    void taskErrors_data();
    void taskErrors();
    void cascades();
    void coalitionRemovesEverything();
    void auditTrail();
    void jsonRoundTrip();
    void jsonRefusesUnknownKeys();

private:
    Workspace &w() { return *m_workspace; }
    Id addOrganization(const QString &name);
    Id addPerson(const QString &name, Id organizationId);
    Id addMembership(Id coalitionId, Id organizationId);
    Id addDecision(Id coalitionId);
    Goal goal(Id coalitionId = 0) const;
    ActionGroup group(const QString &name = u"Housing Action"_s) const;
    ActionPlan plan() const;
    Task task(const QString &title = u"Survey the blocks"_s) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    // Coalition K with members A, B; coalition K2 with A and E. Ada and Abe
    // are people of A, Eve of E (not a member of K).
    Id m_k = 0, m_k2 = 0;
    Id m_a = 0, m_b = 0, m_e = 0;
    Id m_pA = 0, m_pA2 = 0, m_pE = 0;
    Id m_mA = 0, m_mB = 0, m_mA2 = 0, m_mE2 = 0;
    Id m_decision = 0, m_decision2 = 0; // taken in K and in K2
    Id m_goal = 0, m_goal2 = 0; // of K and of K2
    Id m_group = 0, m_group2 = 0; // of K and of K2
    Id m_body2 = 0; // of K2
    Id m_plan = 0; // of K
};

void TestActionRepositories::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto workspace
        = Workspace::open(m_dir->filePath(u"action.coalition"_s), Database::OpenMode::CreateNew);
    QVERIFY2(workspace, qPrintable(workspace.error().toString()));
    m_workspace = std::move(workspace).value();

    m_a = addOrganization(u"Alder Tenants"_s);
    m_b = addOrganization(u"Birch School"_s);
    m_e = addOrganization(u"Elm Chapel"_s);
    m_pA = addPerson(u"Ada"_s, m_a);
    m_pA2 = addPerson(u"Abe"_s, m_a);
    m_pE = addPerson(u"Eve"_s, m_e);
    CoalitionInfo k;
    k.name = u"River Wards"_s;
    auto kId = w().coalitions().add(k);
    VERIFY_OK(kId);
    m_k = *kId;
    k.name = u"Hill Wards"_s;
    auto k2Id = w().coalitions().add(k);
    VERIFY_OK(k2Id);
    m_k2 = *k2Id;
    m_mA = addMembership(m_k, m_a);
    m_mB = addMembership(m_k, m_b);
    m_mA2 = addMembership(m_k2, m_a);
    m_mE2 = addMembership(m_k2, m_e);
    m_decision = addDecision(m_k);
    m_decision2 = addDecision(m_k2);
    QVERIFY(m_decision > 0 && m_decision2 > 0);
    m_body2 = w().bodies().fullMembership(m_k2)->value().id;

    auto goalId = w().goals().add(goal());
    VERIFY_OK(goalId);
    m_goal = *goalId;
    auto goal2Id = w().goals().add(goal(m_k2));
    VERIFY_OK(goal2Id);
    m_goal2 = *goal2Id;
    auto groupId = w().actionGroups().add(group());
    VERIFY_OK(groupId);
    m_group = *groupId;
    ActionGroup other = group(u"Hill Action"_s);
    other.coalitionId = m_k2;
    other.memberships = {m_mA2};
    other.goals = {m_goal2};
    other.convenerId = m_pE;
    auto group2Id = w().actionGroups().add(other);
    VERIFY_OK(group2Id);
    m_group2 = *group2Id;
    auto planId = w().actionPlans().add(plan());
    VERIFY_OK(planId);
    m_plan = *planId;
}

void TestActionRepositories::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

Id TestActionRepositories::addOrganization(const QString &name)
{
    Organization o;
    o.name = name;
    auto id = w().organizations().add(o);
    if (!id)
        qWarning("%s", qPrintable(id.error().toString()));
    return id ? *id : 0;
}

Id TestActionRepositories::addPerson(const QString &name, Id organizationId)
{
    Person p;
    p.name = name;
    p.organizationId = organizationId;
    auto id = w().people().add(p);
    if (!id)
        qWarning("%s", qPrintable(id.error().toString()));
    return id ? *id : 0;
}

Id TestActionRepositories::addMembership(Id coalitionId, Id organizationId)
{
    Membership m;
    m.coalitionId = coalitionId;
    m.organizationId = organizationId;
    m.kind = MembershipKind::VotingMember;
    m.status = MembershipStatus::Active;
    m.joinedOn = QDate(2025, 1, 1);
    auto id = w().memberships().add(m);
    if (!id)
        qWarning("%s", qPrintable(id.error().toString()));
    return id ? *id : 0;
}

// A full membership body, one meeting and one decision in the coalition.
Id TestActionRepositories::addDecision(Id coalitionId)
{
    Body body;
    body.coalitionId = coalitionId;
    body.kind = BodyKind::FullMembership;
    body.name = u"Assembly"_s;
    auto bodyId = w().bodies().add(body);
    if (!bodyId)
        return 0;
    Meeting meeting;
    meeting.bodyId = *bodyId;
    meeting.startsAt = QDateTime(QDate(2026, 2, 1), QTime(18, 0));
    auto meetingId = w().meetings().add(meeting);
    if (!meetingId)
        return 0;
    Decision d;
    d.meetingId = *meetingId;
    d.title = u"Adopt the plan of action"_s;
    auto id = w().decisions().add(d);
    if (!id)
        qWarning("%s", qPrintable(id.error().toString()));
    return id ? *id : 0;
}

Goal TestActionRepositories::goal(Id coalitionId) const
{
    Goal g;
    g.coalitionId = coalitionId > 0 ? coalitionId : m_k;
    g.kind = GoalKind::Specific;
    g.title = u"Repair every damp flat"_s;
    g.text = u"Landlords fix the damp in the river wards."_s;
    g.measures = {u"flats repaired"_s, u"complaints answered"_s};
    g.targetOn = QDate(2027, 6, 30);
    g.status = GoalStatus::Active;
    return g;
}

ActionGroup TestActionRepositories::group(const QString &name) const
{
    ActionGroup g;
    g.coalitionId = m_k;
    g.name = name;
    g.purpose = u"Organize the tenants"_s;
    g.convenerId = m_pA;
    g.memberships = {m_mB, m_mA};
    g.people = {m_pA2, m_pA};
    g.goals = {m_goal};
    g.cadence = ReportingCadence::Monthly;
    g.startedOn = QDate(2026, 1, 15);
    return g;
}

ActionPlan TestActionRepositories::plan() const
{
    ActionPlan p;
    p.goalId = m_goal;
    p.groupId = m_group;
    p.leadMembershipId = m_mA;
    p.title = u"Damp survey"_s;
    p.startOn = QDate(2026, 3, 1);
    p.dueOn = QDate(2026, 9, 30);
    p.criteria = {u"Half the blocks surveyed"_s, u"A report to the council"_s};
    p.budget = {{u"Printing"_s, 45000, m_mB, {}, true},
                {u"Hall hire"_s, 120000, std::nullopt, u"Ward fund"_s, false},
                {u"Meters"_s, 30000, std::nullopt, {}, false}};
    p.staffing = {{u"Organizer"_s, 40, m_mA, false}, {u"Surveyor"_s, 20, std::nullopt, true}};
    p.adoptedByDecisionId = m_decision;
    return p;
}

Task TestActionRepositories::task(const QString &title) const
{
    Task t;
    t.planId = m_plan;
    t.title = title;
    t.responsibleId = m_mB;
    t.startOn = QDate(2026, 3, 1);
    t.dueOn = QDate(2026, 4, 30);
    t.status = TaskStatus::InProgress;
    return t;
}

void TestActionRepositories::goalRoundTrip()
{
    auto stored = w().goals().get(m_goal);
    VERIFY_OK(stored);
    Goal expected = goal();
    expected.id = m_goal;
    expected.createdAt = stored->createdAt;
    expected.updatedAt = stored->updatedAt;
    QVERIFY(stored->createdAt.isValid());
    COMPARE_RECORD(*stored, expected);

    Goal changed = *stored;
    changed.measures = {u"repairs done"_s};
    changed.adoptedByDecisionId = m_decision;
    changed.confidential = true;
    VERIFY_OK(w().goals().update(changed));
    auto again = w().goals().get(m_goal);
    VERIFY_OK(again);
    QCOMPARE(again->measures, QStringList{u"repairs done"_s});
    QCOMPARE(again->adoptedByDecisionId, std::optional<Id>(m_decision));
    QVERIFY(again->confidential);
    QCOMPARE(again->createdAt, stored->createdAt);

    auto listed = w().goals().listForCoalition(m_k);
    VERIFY_OK(listed);
    QCOMPARE(listed->size(), qsizetype(1));
    COMPARE_RECORD(listed->first(), *again);
    QCOMPARE(w().goals().list()->size(), qsizetype(2));
}

void TestActionRepositories::goalErrors_data()
{
    QTest::addColumn<Spoil>("spoil");
    QTest::addColumn<QString>("field");
    QTest::newRow("no title") << Spoil::BlankTitle << u"title"_s;
    QTest::newRow("blank measure") << Spoil::BlankMeasure << u"measures"_s;
    QTest::newRow("missing coalition") << Spoil::MissingCoalition << u"coalition"_s;
    QTest::newRow("decision of another coalition") << Spoil::ForeignDecision << u"decision"_s;
}

void TestActionRepositories::goalErrors()
{
    QFETCH(Spoil, spoil);
    QFETCH(QString, field);
    Goal g = goal();
    switch (spoil) {
    case Spoil::BlankTitle:
        g.title = u"  "_s;
        break;
    case Spoil::BlankMeasure:
        g.measures.append(u" "_s);
        break;
    case Spoil::MissingCoalition:
        g.coalitionId = 999;
        break;
    case Spoil::ForeignDecision:
        g.adoptedByDecisionId = m_decision2;
        break;
    default:
        QFAIL("not a goal case");
    }
    VERIFY_FIELD_ERROR(w().goals().add(g), field);
    g.id = m_goal;
    VERIFY_FIELD_ERROR(w().goals().update(g), field);
}

void TestActionRepositories::groupRoundTrip()
{
    auto stored = w().actionGroups().get(m_group);
    VERIFY_OK(stored);
    ActionGroup expected = group();
    expected.id = m_group;
    // Child lists come back in number order.
    expected.memberships = {m_mA, m_mB};
    expected.people = {m_pA, m_pA2};
    expected.createdAt = stored->createdAt;
    expected.updatedAt = stored->updatedAt;
    COMPARE_RECORD(*stored, expected);

    auto found = w().actionGroups().findByName(m_k, u"  housing   ACTION "_s);
    VERIFY_OK(found);
    QVERIFY(found->has_value());
    QCOMPARE((*found)->id, m_group);
    QVERIFY(!w().actionGroups().findByName(m_k2, u"Housing Action"_s)->has_value());

    ActionGroup changed = *stored;
    changed.name = u"Housing Action Group"_s;
    changed.memberships = {m_mB};
    changed.people = {};
    changed.convenerId = m_pA2;
    changed.cadence = ReportingCadence::Quarterly;
    VERIFY_OK(w().actionGroups().update(changed));
    auto again = w().actionGroups().get(m_group);
    VERIFY_OK(again);
    QCOMPARE(again->memberships, QList<Id>{m_mB});
    QVERIFY(again->people.isEmpty());
    QCOMPARE(again->cadence, ReportingCadence::Quarterly);
    QCOMPARE(again->name, u"Housing Action Group"_s);
    QCOMPARE(w().actionGroups().listForCoalition(m_k)->size(), qsizetype(1));
    QCOMPARE(w().actionGroups().list()->size(), qsizetype(2));
}

void TestActionRepositories::groupErrors_data()
{
    QTest::addColumn<Spoil>("spoil");
    QTest::addColumn<QString>("field");
    QTest::newRow("no name") << Spoil::BlankTitle << u"name"_s;
    QTest::newRow("name taken") << Spoil::DuplicateName << u"name"_s;
    QTest::newRow("member of another coalition") << Spoil::ForeignMember << u"members"_s;
    QTest::newRow("member twice") << Spoil::DoubleMember << u"members"_s;
    QTest::newRow("missing person") << Spoil::MissingPerson << u"people"_s;
    QTest::newRow("convener of no member") << Spoil::ForeignConvener << u"convener"_s;
    QTest::newRow("goal of another coalition") << Spoil::ForeignGoal << u"goals"_s;
    QTest::newRow("body of another coalition") << Spoil::ForeignBody << u"body"_s;
}

void TestActionRepositories::groupErrors()
{
    QFETCH(Spoil, spoil);
    QFETCH(QString, field);
    ActionGroup g = group(u"Schools Action"_s);
    switch (spoil) {
    case Spoil::BlankTitle:
        g.name.clear();
        break;
    case Spoil::DuplicateName:
        g.name = u"HOUSING  action"_s;
        break;
    case Spoil::ForeignMember:
        g.memberships = {m_mA, m_mE2};
        break;
    case Spoil::DoubleMember:
        g.memberships = {m_mA, m_mA};
        break;
    case Spoil::MissingPerson:
        g.people = {m_pA, 999};
        break;
    case Spoil::ForeignConvener:
        g.convenerId = m_pE;
        break;
    case Spoil::ForeignGoal:
        g.goals = {m_goal2};
        break;
    case Spoil::ForeignBody:
        g.bodyId = m_body2;
        break;
    default:
        QFAIL("not a group case");
    }
    VERIFY_FIELD_ERROR(w().actionGroups().add(g), field);
    if (spoil != Spoil::DuplicateName) {
        g.id = m_group;
        g.name = g.name.isEmpty() ? g.name : u"Housing Action"_s;
        VERIFY_FIELD_ERROR(w().actionGroups().update(g), field);
    }
}

void TestActionRepositories::planRoundTrip()
{
    auto stored = w().actionPlans().get(m_plan);
    VERIFY_OK(stored);
    ActionPlan expected = plan();
    expected.id = m_plan;
    expected.createdAt = stored->createdAt;
    expected.updatedAt = stored->updatedAt;
    COMPARE_RECORD(*stored, expected);

    ActionPlan changed = *stored;
    changed.budget.removeFirst();
    changed.budget.append({u"Leaflets"_s, 5050, m_mA, {}, true});
    changed.staffing = {{u"Driver"_s, 8, std::nullopt, false}};
    changed.criteria.clear();
    VERIFY_OK(w().actionPlans().update(changed));
    auto again = w().actionPlans().get(m_plan);
    VERIFY_OK(again);
    QCOMPARE(again->budget, changed.budget);
    QCOMPARE(again->staffing, changed.staffing);
    QVERIFY(again->criteria.isEmpty());

    QCOMPARE(w().actionPlans().listForGroup(m_group)->size(), qsizetype(1));
    QCOMPARE(w().actionPlans().listForGoal(m_goal)->size(), qsizetype(1));
    QCOMPARE(w().actionPlans().listForCoalition(m_k)->size(), qsizetype(1));
    QVERIFY(w().actionPlans().listForCoalition(m_k2)->isEmpty());
    QVERIFY(w().actionPlans().listForGroup(m_group2)->isEmpty());
}

void TestActionRepositories::planErrors_data()
{
    QTest::addColumn<Spoil>("spoil");
    QTest::addColumn<QString>("field");
    QTest::newRow("no title") << Spoil::BlankTitle << u"title"_s;
    QTest::newRow("due before start") << Spoil::DueBeforeStart << u"due"_s;
    QTest::newRow("negative amount") << Spoil::NegativeAmount << u"budget[1].amount"_s;
    QTest::newRow("secured from nobody") << Spoil::SecuredUnfunded << u"budget[2].funder"_s;
    QTest::newRow("budget line without item") << Spoil::BlankItem << u"budget[0].item"_s;
    QTest::newRow("role without name") << Spoil::BlankRole << u"staffing[1].role"_s;
    QTest::newRow("more hours than a month") << Spoil::TooManyHours << u"staffing[0].hours"_s;
    QTest::newRow("covered and sought") << Spoil::CoveredAndSought << u"staffing[0].cover"_s;
    QTest::newRow("group of another coalition") << Spoil::ForeignGroup << u"group"_s;
    QTest::newRow("lead of another coalition") << Spoil::ForeignLead << u"lead"_s;
    QTest::newRow("funder of another coalition") << Spoil::ForeignFunder << u"budget[1].funder"_s;
    QTest::newRow("cover of another coalition") << Spoil::ForeignCover << u"staffing[1].cover"_s;
    QTest::newRow("decision of another coalition") << Spoil::ForeignDecision << u"decision"_s;
}

void TestActionRepositories::planErrors()
{
    QFETCH(Spoil, spoil);
    QFETCH(QString, field);
    ActionPlan p = plan();
    switch (spoil) {
    case Spoil::BlankTitle:
        p.title.clear();
        break;
    case Spoil::DueBeforeStart:
        p.dueOn = p.startOn.addDays(-1);
        break;
    case Spoil::NegativeAmount:
        p.budget[1].amountCents = -1;
        break;
    case Spoil::SecuredUnfunded:
        p.budget[2].secured = true;
        break;
    case Spoil::BlankItem:
        p.budget[0].item = u" "_s;
        break;
    case Spoil::BlankRole:
        p.staffing[1].role.clear();
        break;
    case Spoil::TooManyHours:
        p.staffing[0].hoursPerMonth = 745;
        break;
    case Spoil::CoveredAndSought:
        p.staffing[0].soughtOutside = true;
        break;
    case Spoil::ForeignGroup:
        p.groupId = m_group2;
        break;
    case Spoil::ForeignLead:
        p.leadMembershipId = m_mA2;
        break;
    case Spoil::ForeignFunder:
        p.budget[1].fundedById = m_mE2;
        break;
    case Spoil::ForeignCover:
        p.staffing[1] = {u"Surveyor"_s, 20, m_mA2, false};
        break;
    case Spoil::ForeignDecision:
        p.adoptedByDecisionId = m_decision2;
        break;
    default:
        QFAIL("not a plan case");
    }
    VERIFY_FIELD_ERROR(w().actionPlans().add(p), field);
    p.id = m_plan;
    VERIFY_FIELD_ERROR(w().actionPlans().update(p), field);
    QCOMPARE(w().actionPlans().list()->size(), qsizetype(1));
}

void TestActionRepositories::taskRoundTrip()
{
    Task late = task(u"Print the forms"_s);
    late.dueOn = QDate(2026, 5, 31);
    Task undated = task(u"Thank the volunteers"_s);
    undated.startOn = {};
    undated.dueOn = {};
    undated.responsibleId = std::nullopt;
    auto lateId = w().tasks().add(late);
    VERIFY_OK(lateId);
    auto undatedId = w().tasks().add(undated);
    VERIFY_OK(undatedId);
    auto firstId = w().tasks().add(task());
    VERIFY_OK(firstId);

    auto stored = w().tasks().get(*firstId);
    VERIFY_OK(stored);
    Task expected = task();
    expected.id = *firstId;
    expected.createdAt = stored->createdAt;
    expected.updatedAt = stored->updatedAt;
    COMPARE_RECORD(*stored, expected);

    // By due date, the undated last.
    auto listed = w().tasks().listForPlan(m_plan);
    VERIFY_OK(listed);
    QCOMPARE(listed->size(), qsizetype(3));
    QCOMPARE(listed->at(0).id, *firstId);
    QCOMPARE(listed->at(1).id, *lateId);
    QCOMPARE(listed->at(2).id, *undatedId);
    QCOMPARE(w().tasks().listForCoalition(m_k)->size(), qsizetype(3));
    QVERIFY(w().tasks().listForCoalition(m_k2)->isEmpty());
    QCOMPARE(w().tasks().list()->first().id, *lateId);

    Task changed = *stored;
    changed.title = u"Survey the towers"_s;
    changed.responsibleId = m_mA;
    VERIFY_OK(w().tasks().update(changed));
    QCOMPARE(w().tasks().get(*firstId)->responsibleId, std::optional<Id>(m_mA));
}

void TestActionRepositories::taskStatus()
{
    auto id = w().tasks().add(task());
    VERIFY_OK(id);
    VERIFY_OK(w().tasks().setStatus(*id, TaskStatus::Done, QDate(2026, 4, 2)));
    QCOMPARE(w().tasks().get(*id)->doneOn, QDate(2026, 4, 2));
    QCOMPARE(w().tasks().get(*id)->status, TaskStatus::Done);
    // Done again without a date keeps the date it has.
    VERIFY_OK(w().tasks().setStatus(*id, TaskStatus::Done));
    QCOMPARE(w().tasks().get(*id)->doneOn, QDate(2026, 4, 2));
    // Any other status clears the done date.
    VERIFY_OK(w().tasks().setStatus(*id, TaskStatus::InProgress));
    QVERIFY(!w().tasks().get(*id)->doneOn.isValid());
    // Done without a date is done today.
    VERIFY_OK(w().tasks().setStatus(*id, TaskStatus::Done));
    QCOMPARE(w().tasks().get(*id)->doneOn, QDate::currentDate());
    VERIFY_FIELD_ERROR(w().tasks().setStatus(999, TaskStatus::Done), QString());
}

void TestActionRepositories::taskErrors_data()
{
    QTest::addColumn<Spoil>("spoil");
    QTest::addColumn<QString>("field");
    QTest::newRow("no title") << Spoil::BlankTitle << u"title"_s;
    QTest::newRow("due before start") << Spoil::DueBeforeStart << u"due"_s;
    QTest::newRow("done date but not done") << Spoil::DoneNotDone << u"done"_s;
    QTest::newRow("responsible of another coalition")
        << Spoil::ForeignResponsible << u"responsible"_s;
    QTest::newRow("missing plan") << Spoil::MissingPlan << u"plan"_s;
}

void TestActionRepositories::taskErrors()
{
    QFETCH(Spoil, spoil);
    QFETCH(QString, field);
    auto id = w().tasks().add(task());
    VERIFY_OK(id);
    Task t = task();
    switch (spoil) {
    case Spoil::BlankTitle:
        t.title.clear();
        break;
    case Spoil::DueBeforeStart:
        t.dueOn = t.startOn.addDays(-3);
        break;
    case Spoil::DoneNotDone:
        t.doneOn = QDate(2026, 4, 1);
        break;
    case Spoil::ForeignResponsible:
        t.responsibleId = m_mA2;
        break;
    case Spoil::MissingPlan:
        t.planId = 999;
        break;
    default:
        QFAIL("not a task case");
    }
    VERIFY_FIELD_ERROR(w().tasks().add(t), field);
    t.id = *id;
    VERIFY_FIELD_ERROR(w().tasks().update(t), field);
    QCOMPARE(w().tasks().list()->size(), qsizetype(1));
}

void TestActionRepositories::cascades()
{
    auto taskId = w().tasks().add(task());
    VERIFY_OK(taskId);

    // A membership's removal clears the plan's lead, funder and cover, the
    // task's responsible member and the group's member row.
    VERIFY_OK(w().memberships().remove(m_mB));
    auto p = w().actionPlans().get(m_plan);
    VERIFY_OK(p);
    QCOMPARE(p->budget.at(0).fundedById, std::optional<Id>());
    QCOMPARE(p->leadMembershipId, std::optional<Id>(m_mA));
    QCOMPARE(w().tasks().get(*taskId)->responsibleId, std::optional<Id>());
    QCOMPARE(w().actionGroups().get(m_group)->memberships, QList<Id>{m_mA});
    VERIFY_OK(w().memberships().remove(m_mA));
    p = w().actionPlans().get(m_plan);
    QCOMPARE(p->leadMembershipId, std::optional<Id>());
    QCOMPARE(p->staffing.at(0).coveredById, std::optional<Id>());

    // A person's removal clears the convener and the group's person row.
    VERIFY_OK(w().people().remove(m_pA));
    auto g = w().actionGroups().get(m_group);
    QCOMPARE(g->convenerId, std::optional<Id>());
    QCOMPARE(g->people, QList<Id>{m_pA2});

    // A decision's removal clears what it adopted.
    VERIFY_OK(w().decisions().remove(m_decision));
    QCOMPARE(w().actionPlans().get(m_plan)->adoptedByDecisionId, std::optional<Id>());

    // A body's removal clears the group that it is.
    ActionGroup hill = *w().actionGroups().get(m_group2);
    hill.bodyId = m_body2;
    VERIFY_OK(w().actionGroups().update(hill));
    VERIFY_OK(w().bodies().remove(m_body2));
    QCOMPARE(w().actionGroups().get(m_group2)->bodyId, std::optional<Id>());

    // A goal's removal takes its plans and their tasks; groups stop serving it.
    VERIFY_OK(w().goals().remove(m_goal));
    QVERIFY(!w().actionPlans().get(m_plan).ok());
    QVERIFY(!w().tasks().get(*taskId).ok());
    QVERIFY(w().actionGroups().get(m_group)->goals.isEmpty());

    // A group's removal takes its plans.
    ActionPlan hillPlan = plan();
    hillPlan.goalId = m_goal2;
    hillPlan.groupId = m_group2;
    hillPlan.leadMembershipId = m_mA2;
    hillPlan.budget.clear();
    hillPlan.staffing.clear();
    hillPlan.adoptedByDecisionId = std::nullopt;
    auto hillPlanId = w().actionPlans().add(hillPlan);
    VERIFY_OK(hillPlanId);
    VERIFY_OK(w().actionGroups().remove(m_group2));
    QVERIFY(!w().actionPlans().get(*hillPlanId).ok());
    QVERIFY(w().goals().get(m_goal2).ok());
    VERIFY_FIELD_ERROR(w().actionGroups().remove(m_group2), QString());
}

void TestActionRepositories::coalitionRemovesEverything()
{
    VERIFY_OK(w().tasks().add(task()));
    // Coalitions are removed only through whole record states (undo of their creation).
    VERIFY_OK(w().states().apply({RecordState{{RecordKind::Coalition, m_k}, std::nullopt}}));
    QVERIFY(w().goals().listForCoalition(m_k)->isEmpty());
    QVERIFY(w().actionGroups().listForCoalition(m_k)->isEmpty());
    QVERIFY(w().actionPlans().list()->isEmpty());
    QVERIFY(w().tasks().list()->isEmpty());
    QCOMPARE(w().goals().list()->size(), qsizetype(1));
    QCOMPARE(w().actionGroups().list()->size(), qsizetype(1));
}

void TestActionRepositories::auditTrail()
{
    auto entries = w().audit().entriesFor(u"action_plan"_s, m_plan);
    VERIFY_OK(entries);
    QCOMPARE(entries->size(), qsizetype(1));
    QVERIFY(entries->at(0).field.isEmpty()); // created

    ActionPlan changed = *w().actionPlans().get(m_plan);
    changed.title = u"Damp and mould survey"_s;
    VERIFY_OK(w().actionPlans().update(changed));
    entries = w().audit().entriesFor(u"action_plan"_s, m_plan);
    QCOMPARE(entries->size(), qsizetype(2));
    QCOMPARE(entries->at(1).field, u"title"_s);
    QCOMPARE(entries->at(1).newValue, std::optional<QString>(u"Damp and mould survey"_s));

    auto taskId = w().tasks().add(task());
    VERIFY_OK(taskId);
    VERIFY_OK(w().tasks().setStatus(*taskId, TaskStatus::Done, QDate(2026, 4, 1)));
    // Removing the plan audits the task it takes with it.
    VERIFY_OK(w().actionPlans().remove(m_plan));
    entries = w().audit().entriesFor(u"task"_s, *taskId);
    VERIFY_OK(entries);
    QVERIFY(entries->size() >= 3);
    QVERIFY(entries->last().field.isEmpty()); // deleted
    QVERIFY(!entries->last().newValue.has_value());

    const auto goalEntries = w().audit().entriesFor(u"goal"_s, m_goal);
    VERIFY_OK(goalEntries);
    QCOMPARE(goalEntries->size(), qsizetype(1));
    const auto groupEntries = w().audit().entriesFor(u"action_group"_s, m_group);
    VERIFY_OK(groupEntries);
    QCOMPARE(groupEntries->size(), qsizetype(1));
}

void TestActionRepositories::jsonRoundTrip()
{
    auto taskId = w().tasks().add(task());
    VERIFY_OK(taskId);
    VERIFY_OK(w().tasks().setStatus(*taskId, TaskStatus::Done, QDate(2026, 4, 1)));
    const Goal g = *w().goals().get(m_goal);
    const ActionGroup a = *w().actionGroups().get(m_group);
    const ActionPlan p = *w().actionPlans().get(m_plan);
    const Task t = *w().tasks().get(*taskId);

    Problems problems;
    Goal g2;
    QVERIFY(JsonCodec::fromJson(JsonCodec::toJson(g), &g2, &problems));
    COMPARE_RECORD(g2, g);
    ActionGroup a2;
    QVERIFY(JsonCodec::fromJson(JsonCodec::toJson(a), &a2, &problems));
    COMPARE_RECORD(a2, a);
    ActionPlan p2;
    QVERIFY(JsonCodec::fromJson(JsonCodec::toJson(p), &p2, &problems));
    COMPARE_RECORD(p2, p);
    Task t2;
    QVERIFY(JsonCodec::fromJson(JsonCodec::toJson(t), &t2, &problems));
    COMPARE_RECORD(t2, t);
    QVERIFY(problems.isEmpty());

    const QJsonObject json = JsonCodec::toJson(p);
    QCOMPARE(json.value(u"budget"_s).toArray().at(0).toObject().value(u"amount"_s).toString(),
             u"450.00"_s);
    QCOMPARE(json.value(u"confidential"_s), QJsonValue(false));
    QCOMPARE(JsonCodec::toJson(t).value(u"done_on"_s).toString(), u"2026-04-01"_s);
}

void TestActionRepositories::jsonRefusesUnknownKeys()
{
    QJsonObject json = JsonCodec::toJson(*w().actionPlans().get(m_plan));
    QJsonArray budget = json.value(u"budget"_s).toArray();
    QJsonObject line = budget.at(1).toObject();
    line.insert(u"currency"_s, u"EUR"_s);
    line.insert(u"amount"_s, 12.5);
    budget[1] = line;
    json.insert(u"budget"_s, budget);
    json.insert(u"colour"_s, u"red"_s);
    Problems problems;
    ActionPlan out;
    QVERIFY(!JsonCodec::fromJson(json, &out, &problems, u"plans[0]"_s));
    QStringList fields;
    for (const FieldProblem &problem : std::as_const(problems))
        fields.append(problem.field);
    fields.sort();
    QCOMPARE(fields,
             (QStringList{u"plans[0].budget[1].amount"_s, u"plans[0].budget[1].currency"_s,
                          u"plans[0].colour"_s}));

    QJsonObject goalJson = JsonCodec::toJson(*w().goals().get(m_goal));
    goalJson.insert(u"confidential"_s, u"yes"_s);
    problems.clear();
    Goal goalOut;
    QVERIFY(!JsonCodec::fromJson(goalJson, &goalOut, &problems));
    QCOMPARE(problems.size(), qsizetype(1));
    QCOMPARE(problems.first().field, u"confidential"_s);
}

QTEST_GUILESS_MAIN(TestActionRepositories)
#include "tst_actionrepositories.moc"
