// SPDX-License-Identifier: GPL-3.0-or-later
// The outcome repositories: progress reports, successes, evaluations and
// conflicts, with their validation, references, audit and JSON form.
#include "domain/jsoncodec.h"
#include "storage/auditlog.h"
#include "storage/conflictrepository.h"
#include "storage/database.h"
#include "storage/evaluationrepository.h"
#include "storage/progressreportrepository.h"
#include "storage/sqlquery.h"
#include "storage/successrepository.h"
#include "storage/transaction.h"
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

ReportPeriod month(int year, int number)
{
    return ReportPeriod{ReportPeriod::Kind::Month, year, number};
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

class TestOutcomeRepositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void reportRoundTrip();
    void reportErrors_data();
    void reportErrors();
    void onePerGroupAndPeriod();
    void successRoundTrip();
    void successErrors_data();
    void successErrors();
    void evaluationRoundTrip();
    void evaluationErrors_data();
    void evaluationErrors();
    void conflictRoundTrip();
    void conflictErrors_data();
    void conflictErrors();
    void escalation();
    void escalationRefused();
    void auditTrail();
    void overwriteRestoresExactly();
    void jsonRoundTrip();
    void jsonRefusesUnknownKeys();

private:
    Workspace &w() { return *m_workspace; }
    Id insert(const QString &statement, const QVariantList &values);
    Id addMembership(Id coalitionId, Id organizationId);
    ProgressReport report(const ReportPeriod &period = month(2026, 10));
    Success success();
    Evaluation evaluation();
    Conflict conflict();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ProgressReportRepository> m_reports;
    std::unique_ptr<SuccessRepository> m_successes;
    std::unique_ptr<EvaluationRepository> m_evaluations;
    std::unique_ptr<ConflictRepository> m_conflicts;
    // Coalition K with members A, B, C; coalition K2 with A. K has the group
    // "Housing" (plan "Rent survey" for goal "Fair rents"), K2 the group "Hills"
    // (plan "Hill walk" for goal "Green hills").
    Id m_k = 0, m_k2 = 0;
    Id m_mA = 0, m_mB = 0, m_mC = 0, m_mA2 = 0;
    Id m_person = 0;
    Id m_goal = 0, m_goal2 = 0, m_group = 0, m_otherGroup = 0, m_group2 = 0;
    Id m_plan = 0, m_plan2 = 0;
};

Id TestOutcomeRepositories::insert(const QString &statement, const QVariantList &values)
{
    SqlQuery query(w().database().connection(), statement + u" RETURNING id"_s);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bind(static_cast<int>(i), values.at(i));
    auto id = query.scalar();
    if (!id)
        qWarning("%s", qPrintable(id.error().toString()));
    return id ? id->toLongLong() : 0;
}

Id TestOutcomeRepositories::addMembership(Id coalitionId, Id organizationId)
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

void TestOutcomeRepositories::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto workspace
        = Workspace::open(m_dir->filePath(u"outcomes.coalition"_s), Database::OpenMode::CreateNew);
    QVERIFY2(workspace, qPrintable(workspace.error().toString()));
    m_workspace = std::move(workspace).value();
    m_reports = std::make_unique<ProgressReportRepository>(w().database(), w().audit());
    m_successes = std::make_unique<SuccessRepository>(w().database(), w().audit());
    m_evaluations = std::make_unique<EvaluationRepository>(w().database(), w().audit());
    m_conflicts = std::make_unique<ConflictRepository>(w().database(), w().audit());

    Id organizations[3] = {};
    const QString names[3] = {u"Alder Tenants"_s, u"Birch School"_s, u"Cedar Clinic"_s};
    for (int i = 0; i < 3; ++i) {
        Organization o;
        o.name = names[i];
        auto id = w().organizations().add(o);
        VERIFY_OK(id);
        organizations[i] = *id;
    }
    Person p;
    p.name = u"Ada"_s;
    p.organizationId = organizations[0];
    auto person = w().people().add(p);
    VERIFY_OK(person);
    m_person = *person;
    CoalitionInfo k;
    k.name = u"River Wards"_s;
    auto kId = w().coalitions().add(k);
    VERIFY_OK(kId);
    m_k = *kId;
    CoalitionInfo k2;
    k2.name = u"Hill Wards"_s;
    auto k2Id = w().coalitions().add(k2);
    VERIFY_OK(k2Id);
    m_k2 = *k2Id;
    m_mA = addMembership(m_k, organizations[0]);
    m_mB = addMembership(m_k, organizations[1]);
    m_mC = addMembership(m_k, organizations[2]);
    m_mA2 = addMembership(m_k2, organizations[0]);
    QVERIFY(m_mA > 0 && m_mB > 0 && m_mC > 0 && m_mA2 > 0);

    // Goals, groups and plans are written directly, so these tests depend on
    // the outcome repositories alone.
    const QString stamp = u"2026-01-01T00:00:00.000Z"_s;
    const QString goal = u"INSERT INTO goal (coalition_id, kind, title, status, created_at, "
                         "updated_at) VALUES (?, 'specific', ?, 'adopted', ?, ?)"_s;
    m_goal = insert(goal, {m_k, u"Fair rents"_s, stamp, stamp});
    m_goal2 = insert(goal, {m_k2, u"Green hills"_s, stamp, stamp});
    const QString group = u"INSERT INTO action_group (coalition_id, name, name_key, cadence, "
                          "created_at, updated_at) VALUES (?, ?, ?, 'monthly', ?, ?)"_s;
    m_group = insert(group, {m_k, u"Housing"_s, u"housing"_s, stamp, stamp});
    m_otherGroup = insert(group, {m_k, u"Schools"_s, u"schools"_s, stamp, stamp});
    m_group2 = insert(group, {m_k2, u"Hills"_s, u"hills"_s, stamp, stamp});
    const QString plan = u"INSERT INTO action_plan (goal_id, group_id, title, created_at, "
                         "updated_at) VALUES (?, ?, ?, ?, ?)"_s;
    m_plan = insert(plan, {m_goal, m_group, u"Rent survey"_s, stamp, stamp});
    m_plan2 = insert(plan, {m_goal2, m_group2, u"Hill walk"_s, stamp, stamp});
    QVERIFY(m_goal > 0 && m_goal2 > 0 && m_group > 0 && m_otherGroup > 0 && m_group2 > 0);
    QVERIFY(m_plan > 0 && m_plan2 > 0);
}

void TestOutcomeRepositories::cleanup()
{
    m_reports.reset();
    m_successes.reset();
    m_evaluations.reset();
    m_conflicts.reset();
    m_workspace.reset();
    m_dir.reset();
}

ProgressReport TestOutcomeRepositories::report(const ReportPeriod &period)
{
    ProgressReport r;
    r.groupId = m_group;
    r.period = period;
    r.authorId = m_person;
    r.text = u"Forty households surveyed; the rent clinic opens in November."_s;
    r.receivedOn = QDate(2026, 11, 3);
    return r;
}

Success TestOutcomeRepositories::success()
{
    Success s;
    s.coalitionId = m_k;
    s.title = u"Rent freeze adopted by the council"_s;
    s.achievedOn = QDate(2026, 9, 20);
    s.credited = {m_mB, m_mA};
    s.groupId = m_group;
    s.goalId = m_goal;
    return s;
}

Evaluation TestOutcomeRepositories::evaluation()
{
    Evaluation e;
    e.coalitionId = m_k;
    e.activity = u"Tenant rights workshop"_s;
    e.on = QDate(2026, 10, 12);
    e.method = EvaluationMethod::PrePostTest;
    e.findings = u"Knowledge of notice periods rose from 30% to 75%."_s;
    e.score = 82;
    e.groupId = m_group;
    e.planId = m_plan;
    return e;
}

Conflict TestOutcomeRepositories::conflict()
{
    Conflict c;
    c.coalitionId = m_k;
    c.subject = u"Who speaks to the press about the rent freeze"_s;
    c.parties = {m_mC, m_mA};
    c.raisedOn = QDate(2026, 9, 25);
    return c;
}

void TestOutcomeRepositories::reportRoundTrip()
{
    auto id = m_reports->add(report());
    VERIFY_OK(id);
    auto stored = m_reports->get(*id);
    VERIFY_OK(stored);
    ProgressReport expected = report();
    expected.id = *id;
    expected.createdAt = stored->createdAt;
    expected.updatedAt = stored->updatedAt;
    QVERIFY(stored->createdAt.isValid());
    COMPARE_RECORD(*stored, expected);

    ProgressReport quarter = report(ReportPeriod{ReportPeriod::Kind::Quarter, 2026, 3});
    quarter.text.clear(); // a received date alone is enough
    quarter.confidential = true;
    auto quarterId = m_reports->add(quarter);
    VERIFY_OK(quarterId);
    ProgressReport elsewhere = report();
    elsewhere.groupId = m_group2;
    auto elsewhereId = m_reports->add(elsewhere);
    VERIFY_OK(elsewhereId);

    auto forGroup = m_reports->listForGroup(m_group);
    VERIFY_OK(forGroup);
    QCOMPARE(forGroup->size(), qsizetype(2));
    QCOMPARE(forGroup->at(0).id, *id); // "2026-10" sorts before "2026-Q3"
    QCOMPARE(forGroup->at(1).period.toString(), u"2026-Q3"_s);
    QVERIFY(forGroup->at(1).confidential);
    auto forCoalition = m_reports->listForCoalition(m_k);
    VERIFY_OK(forCoalition);
    QCOMPARE(forCoalition->size(), qsizetype(2));
    auto all = m_reports->list();
    VERIFY_OK(all);
    QCOMPARE(all->size(), qsizetype(3));

    ProgressReport changed = *stored;
    changed.text = u"Revised: fifty households surveyed."_s;
    changed.authorId.reset();
    VERIFY_OK(m_reports->update(changed));
    auto reread = m_reports->get(*id);
    VERIFY_OK(reread);
    QCOMPARE(reread->text, changed.text);
    QCOMPARE(reread->authorId, std::optional<Id>());
    QCOMPARE(reread->createdAt, stored->createdAt);

    auto found = m_reports->findForPeriod(m_group, month(2026, 10));
    VERIFY_OK(found);
    QVERIFY(found->has_value());
    QCOMPARE((*found)->id, *id);
    auto missing = m_reports->findForPeriod(m_group, month(2026, 11));
    VERIFY_OK(missing);
    QVERIFY(!missing->has_value());

    VERIFY_OK(m_reports->remove(*id));
    QVERIFY(!m_reports->get(*id).ok());
    QVERIFY(!m_reports->remove(*id).ok());
}

void TestOutcomeRepositories::reportErrors_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<QString>("field");
    QTest::newRow("no group") << 0 << u"group"_s;
    QTest::newRow("month 13") << 1 << u"period"_s;
    QTest::newRow("quarter 5") << 2 << u"period"_s;
    QTest::newRow("neither text nor date") << 3 << u"text"_s;
    QTest::newRow("missing group") << 4 << u"group"_s;
    QTest::newRow("missing author") << 5 << u"author"_s;
}

void TestOutcomeRepositories::reportErrors()
{
    QFETCH(int, scenario);
    QFETCH(QString, field);
    ProgressReport r = report();
    switch (scenario) {
    case 0:
        r.groupId = 0;
        break;
    case 1:
        r.period = month(2026, 13);
        break;
    case 2:
        r.period = ReportPeriod{ReportPeriod::Kind::Quarter, 2026, 5};
        break;
    case 3:
        r.text = u"  "_s;
        r.receivedOn = {};
        break;
    case 4:
        r.groupId = 999;
        break;
    case 5:
        r.authorId = 999;
        break;
    }
    VERIFY_FIELD_ERROR(m_reports->add(r), field);
    auto all = m_reports->list();
    VERIFY_OK(all);
    QVERIFY(all->isEmpty());
}

void TestOutcomeRepositories::onePerGroupAndPeriod()
{
    auto october = m_reports->add(report(month(2026, 10)));
    VERIFY_OK(october);
    auto second = m_reports->add(report(month(2026, 10)));
    VERIFY_FIELD_ERROR(second, u"period"_s);
    QVERIFY(second.error().message.contains(u"Housing"_s));
    QVERIFY(second.error().message.contains(u"2026-10"_s));

    // Another group may report for the same month; the group for another.
    ProgressReport schools = report(month(2026, 10));
    schools.groupId = m_otherGroup;
    VERIFY_OK(m_reports->add(schools));
    auto november = m_reports->add(report(month(2026, 11)));
    VERIFY_OK(november);

    // Moving November onto October is refused; editing October itself is not.
    auto moved = m_reports->get(*november);
    VERIFY_OK(moved);
    ProgressReport clash = *moved;
    clash.period = month(2026, 10);
    VERIFY_FIELD_ERROR(m_reports->update(clash), u"period"_s);
    auto kept = m_reports->get(*october);
    VERIFY_OK(kept);
    ProgressReport same = *kept;
    same.text = u"Corrected figures."_s;
    VERIFY_OK(m_reports->update(same));
}

void TestOutcomeRepositories::successRoundTrip()
{
    auto id = m_successes->add(success());
    VERIFY_OK(id);
    auto stored = m_successes->get(*id);
    VERIFY_OK(stored);
    Success expected = success();
    expected.id = *id;
    expected.credited = {m_mA, m_mB}; // kept in membership order
    expected.createdAt = stored->createdAt;
    expected.updatedAt = stored->updatedAt;
    COMPARE_RECORD(*stored, expected);

    Success undated = success();
    undated.title = u"Clinic hours extended"_s;
    undated.achievedOn = {};
    undated.groupId.reset();
    undated.goalId.reset();
    undated.credited = {m_mC};
    auto undatedId = m_successes->add(undated);
    VERIFY_OK(undatedId);
    Success earlier = success();
    earlier.title = u"First tenants' assembly"_s;
    earlier.achievedOn = QDate(2026, 3, 1);
    auto earlierId = m_successes->add(earlier);
    VERIFY_OK(earlierId);
    auto listed = m_successes->listForCoalition(m_k);
    VERIFY_OK(listed);
    QCOMPARE(listed->size(), qsizetype(3));
    QCOMPARE(listed->at(0).id, *earlierId);
    QCOMPARE(listed->at(1).id, *id);
    QCOMPARE(listed->at(2).id, *undatedId); // undated last
    auto none = m_successes->listForCoalition(m_k2);
    VERIFY_OK(none);
    QVERIFY(none->isEmpty());

    Success changed = *stored;
    changed.credited = {m_mC, m_mB, m_mA};
    changed.confidential = true;
    VERIFY_OK(m_successes->update(changed));
    auto reread = m_successes->get(*id);
    VERIFY_OK(reread);
    QCOMPARE(reread->credited, (QList<Id>{m_mA, m_mB, m_mC}));
    QVERIFY(reread->confidential);

    VERIFY_OK(m_successes->remove(*id));
    QVERIFY(!m_successes->get(*id).ok());
    auto all = m_successes->list();
    VERIFY_OK(all);
    QCOMPARE(all->size(), qsizetype(2));
}

void TestOutcomeRepositories::successErrors_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<QString>("field");
    QTest::newRow("no title") << 0 << u"title"_s;
    QTest::newRow("nobody credited") << 1 << u"credited"_s;
    QTest::newRow("credited twice") << 2 << u"credited"_s;
    QTest::newRow("member of another coalition") << 3 << u"credited"_s;
    QTest::newRow("missing membership") << 4 << u"credited"_s;
    QTest::newRow("group of another coalition") << 5 << u"group"_s;
    QTest::newRow("goal of another coalition") << 6 << u"goal"_s;
    QTest::newRow("missing coalition") << 7 << u"coalition"_s;
    QTest::newRow("missing goal") << 8 << u"goal"_s;
}

void TestOutcomeRepositories::successErrors()
{
    QFETCH(int, scenario);
    QFETCH(QString, field);
    Success s = success();
    switch (scenario) {
    case 0:
        s.title = u" "_s;
        break;
    case 1:
        s.credited.clear();
        break;
    case 2:
        s.credited = {m_mA, m_mA};
        break;
    case 3:
        s.credited = {m_mA, m_mA2};
        break;
    case 4:
        s.credited = {999};
        break;
    case 5:
        s.groupId = m_group2;
        break;
    case 6:
        s.goalId = m_goal2;
        break;
    case 7:
        s.coalitionId = 999;
        break;
    case 8:
        s.goalId = 999;
        break;
    }
    VERIFY_FIELD_ERROR(m_successes->add(s), field);
}

void TestOutcomeRepositories::evaluationRoundTrip()
{
    auto id = m_evaluations->add(evaluation());
    VERIFY_OK(id);
    auto stored = m_evaluations->get(*id);
    VERIFY_OK(stored);
    Evaluation expected = evaluation();
    expected.id = *id;
    expected.createdAt = stored->createdAt;
    expected.updatedAt = stored->updatedAt;
    COMPARE_RECORD(*stored, expected);

    // A score of 0 is a score; no score stays none.
    Evaluation zero = *stored;
    zero.score = 0;
    VERIFY_OK(m_evaluations->update(zero));
    auto reread = m_evaluations->get(*id);
    VERIFY_OK(reread);
    QCOMPARE(reread->score, std::optional<int>(0));
    Evaluation unscored = *reread;
    unscored.score.reset();
    unscored.groupId.reset(); // a plan alone is enough
    VERIFY_OK(m_evaluations->update(unscored));
    reread = m_evaluations->get(*id);
    VERIFY_OK(reread);
    QCOMPARE(reread->score, std::optional<int>());
    QCOMPARE(reread->planId, std::optional<Id>(m_plan));

    auto listed = m_evaluations->listForCoalition(m_k);
    VERIFY_OK(listed);
    QCOMPARE(listed->size(), qsizetype(1));
    VERIFY_OK(m_evaluations->remove(*id));
    auto all = m_evaluations->list();
    VERIFY_OK(all);
    QVERIFY(all->isEmpty());
}

void TestOutcomeRepositories::evaluationErrors_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<QString>("field");
    QTest::newRow("no activity") << 0 << u"activity"_s;
    QTest::newRow("score 101") << 1 << u"score"_s;
    QTest::newRow("score -1") << 2 << u"score"_s;
    QTest::newRow("group of another coalition") << 3 << u"group"_s;
    QTest::newRow("plan of another coalition") << 4 << u"plan"_s;
    QTest::newRow("plan of another group") << 5 << u"plan"_s;
    QTest::newRow("missing plan") << 6 << u"plan"_s;
    QTest::newRow("missing coalition") << 7 << u"coalition"_s;
}

void TestOutcomeRepositories::evaluationErrors()
{
    QFETCH(int, scenario);
    QFETCH(QString, field);
    Evaluation e = evaluation();
    switch (scenario) {
    case 0:
        e.activity.clear();
        break;
    case 1:
        e.score = 101;
        break;
    case 2:
        e.score = -1;
        break;
    case 3:
        e.groupId = m_group2;
        e.planId.reset();
        break;
    case 4:
        e.groupId.reset();
        e.planId = m_plan2;
        break;
    case 5:
        e.groupId = m_otherGroup;
        break;
    case 6:
        e.planId = 999;
        break;
    case 7:
        e.coalitionId = 999;
        break;
    }
    VERIFY_FIELD_ERROR(m_evaluations->add(e), field);
}

void TestOutcomeRepositories::conflictRoundTrip()
{
    auto id = m_conflicts->add(conflict());
    VERIFY_OK(id);
    auto stored = m_conflicts->get(*id);
    VERIFY_OK(stored);
    Conflict expected = conflict();
    expected.id = *id;
    expected.parties = {m_mA, m_mC};
    expected.createdAt = stored->createdAt;
    expected.updatedAt = stored->updatedAt;
    COMPARE_RECORD(*stored, expected);

    Conflict resolved = *stored;
    resolved.status = ConflictStatus::Resolved;
    resolved.resolution = u"The chair speaks; members are quoted by name."_s;
    resolved.resolvedOn = QDate(2026, 10, 2);
    resolved.parties = {m_mA};
    VERIFY_OK(m_conflicts->update(resolved));
    auto reread = m_conflicts->get(*id);
    VERIFY_OK(reread);
    QCOMPARE(reread->status, ConflictStatus::Resolved);
    QCOMPARE(reread->parties, QList<Id>{m_mA});
    QCOMPARE(reread->resolvedOn, QDate(2026, 10, 2));

    auto listed = m_conflicts->listForCoalition(m_k);
    VERIFY_OK(listed);
    QCOMPARE(listed->size(), qsizetype(1));
    VERIFY_OK(m_conflicts->remove(*id));
    QVERIFY(!m_conflicts->get(*id).ok());
}

void TestOutcomeRepositories::conflictErrors_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<QString>("field");
    QTest::newRow("no subject") << 0 << u"subject"_s;
    QTest::newRow("no parties") << 1 << u"parties"_s;
    QTest::newRow("party twice") << 2 << u"parties"_s;
    QTest::newRow("resolved without resolution") << 3 << u"resolution"_s;
    QTest::newRow("resolved without date") << 4 << u"resolved"_s;
    QTest::newRow("open with a resolution date") << 5 << u"resolved"_s;
    QTest::newRow("resolved before raised") << 6 << u"resolved"_s;
    QTest::newRow("member of another coalition") << 7 << u"parties"_s;
    QTest::newRow("missing coalition") << 8 << u"coalition"_s;
}

void TestOutcomeRepositories::conflictErrors()
{
    QFETCH(int, scenario);
    QFETCH(QString, field);
    Conflict c = conflict();
    switch (scenario) {
    case 0:
        c.subject.clear();
        break;
    case 1:
        c.parties.clear();
        break;
    case 2:
        c.parties = {m_mB, m_mB};
        break;
    case 3:
        c.status = ConflictStatus::Resolved;
        c.resolvedOn = QDate(2026, 10, 1);
        break;
    case 4:
        c.status = ConflictStatus::Resolved;
        c.resolution = u"Agreed"_s;
        break;
    case 5:
        c.resolvedOn = QDate(2026, 10, 1);
        break;
    case 6:
        c.status = ConflictStatus::Resolved;
        c.resolution = u"Agreed"_s;
        c.resolvedOn = QDate(2026, 9, 1);
        break;
    case 7:
        c.parties = {m_mA2};
        break;
    case 8:
        c.coalitionId = 999;
        break;
    }
    VERIFY_FIELD_ERROR(m_conflicts->add(c), field);
}

void TestOutcomeRepositories::escalation()
{
    auto id = m_conflicts->add(conflict());
    VERIFY_OK(id);
    QCOMPARE(m_conflicts->get(*id)->step, EscalationStep::Discussion);
    const QList<EscalationStep> ladder{EscalationStep::Mediator, EscalationStep::Arbitrator,
                                       EscalationStep::Panel};
    for (const EscalationStep expected : ladder) {
        auto step = m_conflicts->escalate(*id);
        VERIFY_OK(step);
        QCOMPARE(*step, expected);
        QCOMPARE(m_conflicts->get(*id)->step, expected);
    }
    VERIFY_FIELD_ERROR(m_conflicts->escalate(*id), u"step"_s);
    QCOMPARE(m_conflicts->get(*id)->step, EscalationStep::Panel);
    QVERIFY(m_conflicts->get(*id)->notes.isEmpty()); // no date given, nothing noted

    // Each step is audited as a change of the step.
    auto entries = w().audit().entriesFor(u"conflict"_s, *id);
    VERIFY_OK(entries);
    QCOMPARE(entries->size(), qsizetype(4));
    QCOMPARE(entries->at(1).field, u"step"_s);
    QCOMPARE(entries->at(1).oldValue, std::optional<QString>(u"discussion"_s));
    QCOMPARE(entries->at(1).newValue, std::optional<QString>(u"mediator"_s));
    QCOMPARE(entries->at(3).newValue, std::optional<QString>(u"panel"_s));

    // A date given is noted, since the conflict keeps no date per step.
    auto dated = m_conflicts->add(conflict());
    VERIFY_OK(dated);
    VERIFY_OK(m_conflicts->escalate(*dated, QDate(2026, 10, 5)));
    const QString notes = m_conflicts->get(*dated)->notes;
    QVERIFY2(notes.contains(u"2026-10-05"_s), qPrintable(notes));
}

void TestOutcomeRepositories::escalationRefused()
{
    Conflict c = conflict();
    c.status = ConflictStatus::Withdrawn;
    auto id = m_conflicts->add(c);
    VERIFY_OK(id);
    VERIFY_FIELD_ERROR(m_conflicts->escalate(*id), u"status"_s);
    QCOMPARE(m_conflicts->get(*id)->step, EscalationStep::Discussion);
    QVERIFY(!m_conflicts->escalate(999).ok());
}

void TestOutcomeRepositories::auditTrail()
{
    auto reportId = m_reports->add(report());
    VERIFY_OK(reportId);
    ProgressReport r = *m_reports->get(*reportId);
    r.receivedOn = QDate(2026, 11, 4);
    VERIFY_OK(m_reports->update(r));
    VERIFY_OK(m_reports->remove(*reportId));
    auto entries = w().audit().entriesFor(u"progress_report"_s, *reportId);
    VERIFY_OK(entries);
    QCOMPARE(entries->size(), qsizetype(3));
    QVERIFY(entries->at(0).field.isEmpty()); // created
    QVERIFY(entries->at(0).newValue.has_value());
    QCOMPARE(entries->at(1).field, u"received_on"_s);
    QCOMPARE(entries->at(1).oldValue, std::optional<QString>(u"2026-11-03"_s));
    QCOMPARE(entries->at(1).newValue, std::optional<QString>(u"2026-11-04"_s));
    QVERIFY(entries->at(2).field.isEmpty()); // deleted
    QVERIFY(!entries->at(2).newValue.has_value());

    auto successId = m_successes->add(success());
    VERIFY_OK(successId);
    Success s = *m_successes->get(*successId);
    s.credited = {m_mA};
    VERIFY_OK(m_successes->update(s));
    entries = w().audit().entriesFor(u"success"_s, *successId);
    VERIFY_OK(entries);
    QCOMPARE(entries->size(), qsizetype(2));
    QCOMPARE(entries->at(1).field, u"credited"_s); // the list changes as a whole value

    auto evaluationId = m_evaluations->add(evaluation());
    VERIFY_OK(evaluationId);
    Evaluation e = *m_evaluations->get(*evaluationId);
    e.score = 90;
    VERIFY_OK(m_evaluations->update(e));
    entries = w().audit().entriesFor(u"evaluation"_s, *evaluationId);
    VERIFY_OK(entries);
    QCOMPARE(entries->size(), qsizetype(2));
    QCOMPARE(entries->at(1).field, u"score"_s);

    // A refused edit writes nothing.
    e.score = 200;
    QVERIFY(!m_evaluations->update(e).ok());
    entries = w().audit().entriesFor(u"evaluation"_s, *evaluationId);
    VERIFY_OK(entries);
    QCOMPARE(entries->size(), qsizetype(2));
    QCOMPARE(m_evaluations->get(*evaluationId)->score, std::optional<int>(90));
}

void TestOutcomeRepositories::overwriteRestoresExactly()
{
    auto successId = m_successes->add(success());
    VERIFY_OK(successId);
    auto conflictId = m_conflicts->add(conflict());
    VERIFY_OK(conflictId);
    auto reportId = m_reports->add(report());
    VERIFY_OK(reportId);
    auto evaluationId = m_evaluations->add(evaluation());
    VERIFY_OK(evaluationId);
    const Success s = *m_successes->get(*successId);
    const Conflict c = *m_conflicts->get(*conflictId);
    const ProgressReport r = *m_reports->get(*reportId);
    const Evaluation e = *m_evaluations->get(*evaluationId);
    VERIFY_OK(m_successes->remove(*successId));
    VERIFY_OK(m_conflicts->remove(*conflictId));
    VERIFY_OK(m_reports->remove(*reportId));
    VERIFY_OK(m_evaluations->remove(*evaluationId));
    auto before = w().audit().all();
    VERIFY_OK(before);

    {
        Transaction transaction(w().database());
        QVERIFY(transaction.isActive());
        VERIFY_OK(m_successes->overwrite(s)); // as a new row with its id
        VERIFY_OK(m_conflicts->overwrite(c));
        VERIFY_OK(m_reports->overwrite(r));
        VERIFY_OK(m_evaluations->overwrite(e));
        VERIFY_OK(transaction.commit());
    }
    COMPARE_RECORD(*m_successes->get(s.id), s);
    COMPARE_RECORD(*m_conflicts->get(c.id), c);
    COMPARE_RECORD(*m_reports->get(r.id), r);
    COMPARE_RECORD(*m_evaluations->get(e.id), e);

    // Over an existing row: every field, time and child row as given.
    Success older = s;
    older.credited = {m_mC};
    older.title = u"Rent freeze proposed"_s;
    older.updatedAt = s.createdAt;
    Conflict earlier = c;
    earlier.parties = {m_mB, m_mA};
    earlier.step = EscalationStep::Arbitrator;
    {
        Transaction transaction(w().database());
        QVERIFY(transaction.isActive());
        VERIFY_OK(m_successes->overwrite(older));
        VERIFY_OK(m_conflicts->overwrite(earlier));
        VERIFY_OK(transaction.commit());
    }
    COMPARE_RECORD(*m_successes->get(s.id), older);
    earlier.parties = {m_mA, m_mB};
    COMPARE_RECORD(*m_conflicts->get(c.id), earlier);
    auto after = w().audit().all();
    VERIFY_OK(after);
    QCOMPARE(after->size(), before->size()); // not audited
}

void TestOutcomeRepositories::jsonRoundTrip()
{
    VERIFY_OK(m_reports->add(report(ReportPeriod{ReportPeriod::Kind::Quarter, 2026, 4})));
    VERIFY_OK(m_successes->add(success()));
    VERIFY_OK(m_evaluations->add(evaluation()));
    Conflict c = conflict();
    c.confidential = true;
    VERIFY_OK(m_conflicts->add(c));

    const ProgressReport r = m_reports->list()->first();
    const QJsonObject reportJson = JsonCodec::toJson(r);
    QCOMPARE(reportJson.value(u"period"_s).toString(), u"2026-Q4"_s);
    QCOMPARE(reportJson.value(u"confidential"_s).toBool(), false);
    ProgressReport readReport;
    Problems problems;
    QVERIFY(JsonCodec::fromJson(reportJson, &readReport, &problems));
    QVERIFY(problems.isEmpty());
    COMPARE_RECORD(readReport, r);

    const Success s = m_successes->list()->first();
    Success readSuccess;
    QVERIFY(JsonCodec::fromJson(JsonCodec::toJson(s), &readSuccess, &problems));
    COMPARE_RECORD(readSuccess, s);

    const Evaluation e = m_evaluations->list()->first();
    Evaluation readEvaluation;
    QVERIFY(JsonCodec::fromJson(JsonCodec::toJson(e), &readEvaluation, &problems));
    COMPARE_RECORD(readEvaluation, e);
    Evaluation unscored = e;
    unscored.score.reset();
    QVERIFY(JsonCodec::toJson(unscored).value(u"score"_s).isNull());
    QVERIFY(JsonCodec::fromJson(JsonCodec::toJson(unscored), &readEvaluation, &problems));
    COMPARE_RECORD(readEvaluation, unscored);

    const Conflict stored = m_conflicts->list()->first();
    QCOMPARE(JsonCodec::toJson(stored).value(u"confidential"_s).toBool(), true);
    Conflict readConflict;
    QVERIFY(JsonCodec::fromJson(JsonCodec::toJson(stored), &readConflict, &problems));
    COMPARE_RECORD(readConflict, stored);
    QVERIFY(problems.isEmpty());
}

void TestOutcomeRepositories::jsonRefusesUnknownKeys()
{
    QJsonObject object = JsonCodec::toJson(report());
    object.insert(u"mood"_s, u"upbeat"_s);
    object.insert(u"period"_s, u"2026-13"_s);
    ProgressReport r;
    Problems problems;
    QVERIFY(!JsonCodec::fromJson(object, &r, &problems, u"reports[0]"_s));
    QStringList fields;
    for (const FieldProblem &problem : problems)
        fields.append(problem.field);
    QVERIFY2(fields.contains(u"reports[0].mood"_s), qPrintable(fields.join(u", "_s)));
    QVERIFY2(fields.contains(u"reports[0].period"_s), qPrintable(fields.join(u", "_s)));

    QJsonObject conflictObject = JsonCodec::toJson(conflict());
    conflictObject.insert(u"step"_s, u"court"_s);
    conflictObject.insert(u"parties"_s, QJsonArray{1, u"two"_s});
    problems.clear();
    Conflict c;
    QVERIFY(!JsonCodec::fromJson(conflictObject, &c, &problems));
    fields.clear();
    for (const FieldProblem &problem : problems)
        fields.append(problem.field);
    QVERIFY2(fields.contains(u"step"_s), qPrintable(fields.join(u", "_s)));
    QVERIFY2(fields.contains(u"parties[1]"_s), qPrintable(fields.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestOutcomeRepositories)
#include "tst_outcomerepositories.moc"
