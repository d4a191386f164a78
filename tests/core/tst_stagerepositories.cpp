// SPDX-License-Identifier: GPL-3.0-or-later
// The stage monitoring repositories: recorded stage changes, checklist
// answers and relationships between organizations, with their validation,
// references, history, audit and exact restore.
#include "domain/jsoncodec.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"
#include "storage/workspace.h"

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

class TestStageRepositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void stageChangeRoundTrip();
    void stageChangeErrors_data();
    void stageChangeErrors();
    void stageChangeLosesDeletedDecision();
    void checklistAnswerUpsert();
    void checklistErrors_data();
    void checklistErrors();
    void relationshipPairIsOrdered();
    void duplicatePairRefused();
    void relationshipErrors_data();
    void relationshipErrors();
    void relationshipHistory();
    void relationshipHistoryDates();
    void relationshipLists();
    void auditTrail();
    void overwriteRestoresExactly();
    void auditedIdsAreReserved();

private:
    Workspace &w() { return *m_workspace; }
    Id insert(const QString &statement, const QVariantList &values);
    Id addMembership(Id coalitionId, Id organizationId, MembershipStatus status);
    StageChange change(DevelopmentStage stage, const QDate &on);
    Relationship relationship(Id first, Id second);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    // Organizations A B C D; coalition K with members A, B (active) and C
    // (withdrawn); coalition K2 with A and D. Decision m_decision was taken by
    // a body of K, m_decision2 by one of K2.
    Id m_a = 0, m_b = 0, m_c = 0, m_d = 0;
    Id m_k = 0, m_k2 = 0;
    Id m_decision = 0, m_decision2 = 0;
};

Id TestStageRepositories::insert(const QString &statement, const QVariantList &values)
{
    SqlQuery query(w().database().connection(), statement + u" RETURNING id"_s);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bind(static_cast<int>(i), values.at(i));
    auto id = query.scalar();
    if (!id)
        qWarning("%s", qPrintable(id.error().toString()));
    return id ? id->toLongLong() : 0;
}

Id TestStageRepositories::addMembership(Id coalitionId, Id organizationId, MembershipStatus status)
{
    Membership m;
    m.coalitionId = coalitionId;
    m.organizationId = organizationId;
    m.status = status;
    m.joinedOn = QDate(2025, 1, 1);
    if (status == MembershipStatus::Withdrawn)
        m.leftOn = QDate(2025, 6, 1);
    auto id = w().memberships().add(m);
    if (!id)
        qWarning("%s", qPrintable(id.error().toString()));
    return id ? *id : 0;
}

void TestStageRepositories::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto workspace
        = Workspace::open(m_dir->filePath(u"stage.coalition"_s), Database::OpenMode::CreateNew);
    QVERIFY2(workspace, qPrintable(workspace.error().toString()));
    m_workspace = std::move(workspace).value();

    Id *ids[4] = {&m_a, &m_b, &m_c, &m_d};
    const QString names[4]
        = {u"Alder Tenants"_s, u"Birch School"_s, u"Cedar Clinic"_s, u"Dogwood Church"_s};
    for (int i = 0; i < 4; ++i) {
        Organization o;
        o.name = names[i];
        auto id = w().organizations().add(o);
        VERIFY_OK(id);
        *ids[i] = *id;
    }
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
    QVERIFY(addMembership(m_k, m_a, MembershipStatus::Active) > 0);
    QVERIFY(addMembership(m_k, m_b, MembershipStatus::Active) > 0);
    QVERIFY(addMembership(m_k, m_c, MembershipStatus::Withdrawn) > 0);
    QVERIFY(addMembership(m_k2, m_a, MembershipStatus::Active) > 0);
    QVERIFY(addMembership(m_k2, m_d, MembershipStatus::Active) > 0);

    // Bodies, meetings and decisions are written directly, so these tests
    // depend on the stage repositories alone.
    const QString stamp = u"2026-01-01T00:00:00.000Z"_s;
    const QString body
        = u"INSERT INTO body (coalition_id, kind, name, name_key, created_at, "
          "updated_at) VALUES (?, 'full-membership', 'Assembly', 'assembly', ?, ?)"_s;
    const QString meeting = u"INSERT INTO meeting (body_id, starts_at, created_at, updated_at) "
                            "VALUES (?, '2026-02-01T18:00:00', ?, ?)"_s;
    const QString decision = u"INSERT INTO decision (meeting_id, title, area, outcome, status, "
                             "created_at, updated_at) VALUES (?, ?, 'other', 'adopted', "
                             "'adopted', ?, ?)"_s;
    const Id body1 = insert(body, {m_k, stamp, stamp});
    const Id body2 = insert(body, {m_k2, stamp, stamp});
    const Id meeting1 = insert(meeting, {body1, stamp, stamp});
    const Id meeting2 = insert(meeting, {body2, stamp, stamp});
    m_decision = insert(decision, {meeting1, u"We are formed"_s, stamp, stamp});
    m_decision2 = insert(decision, {meeting2, u"Hills are formed"_s, stamp, stamp});
    QVERIFY(m_decision > 0 && m_decision2 > 0);
}

void TestStageRepositories::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

StageChange TestStageRepositories::change(DevelopmentStage stage, const QDate &on)
{
    StageChange c;
    c.coalitionId = m_k;
    c.stage = stage;
    c.on = on;
    c.rationale = u"The members agreed on a decision procedure and ground rules."_s;
    return c;
}

Relationship TestStageRepositories::relationship(Id first, Id second)
{
    Relationship r;
    r.firstId = first;
    r.secondId = second;
    r.level = RelationshipLevel::Cooperating;
    r.trust = TrustLevel::More;
    r.since = QDate(2025, 3, 1);
    r.notes = u"Share a hall on Tuesdays."_s;
    return r;
}

void TestStageRepositories::stageChangeRoundTrip()
{
    StageChange formed = change(DevelopmentStage::Formation, QDate(2026, 3, 1));
    formed.decisionId = m_decision;
    auto formedId = w().stageChanges().add(formed);
    VERIFY_OK(formedId);
    auto stored = w().stageChanges().get(*formedId);
    VERIFY_OK(stored);
    StageChange expected = formed;
    expected.id = *formedId;
    expected.createdAt = stored->createdAt;
    expected.updatedAt = stored->updatedAt;
    QVERIFY(stored->createdAt.isValid());
    COMPARE_RECORD(*stored, expected);

    // Recorded out of order: the list follows the dates.
    auto earlierId = w().stageChanges().add(change(DevelopmentStage::PreFormation, {2025, 9, 1}));
    VERIFY_OK(earlierId);
    auto sameDayId = w().stageChanges().add(change(DevelopmentStage::Implementation, {2026, 3, 1}));
    VERIFY_OK(sameDayId);
    StageChange elsewhere = change(DevelopmentStage::Maintenance, QDate(2024, 1, 1));
    elsewhere.coalitionId = m_k2;
    auto elsewhereId = w().stageChanges().add(elsewhere);
    VERIFY_OK(elsewhereId);

    auto history = w().stageChanges().listForCoalition(m_k);
    VERIFY_OK(history);
    QCOMPARE(history->size(), qsizetype(3));
    QCOMPARE(history->at(0).id, *earlierId);
    QCOMPARE(history->at(1).id, *formedId);
    QCOMPARE(history->at(2).id, *sameDayId); // same date: by id
    QCOMPARE(history->last().stage, DevelopmentStage::Implementation);
    auto all = w().stageChanges().list();
    VERIFY_OK(all);
    QCOMPARE(all->size(), qsizetype(4));
    QCOMPARE(all->at(0).id, *formedId);

    StageChange revised = *stored;
    revised.rationale = u"Formally approved at the convening meeting."_s;
    revised.decisionId.reset();
    VERIFY_OK(w().stageChanges().update(revised));
    auto reread = w().stageChanges().get(*formedId);
    VERIFY_OK(reread);
    QCOMPARE(reread->rationale, revised.rationale);
    QCOMPARE(reread->decisionId, std::optional<Id>());
    QCOMPARE(reread->createdAt, stored->createdAt);

    VERIFY_OK(w().stageChanges().remove(*formedId));
    QVERIFY(!w().stageChanges().get(*formedId).ok());
    QVERIFY(!w().stageChanges().remove(*formedId).ok());
}

void TestStageRepositories::stageChangeErrors_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<QString>("field");
    QTest::newRow("no coalition") << 0 << u"coalition"_s;
    QTest::newRow("unknown coalition") << 1 << u"coalition"_s;
    QTest::newRow("no date") << 2 << u"on"_s;
    QTest::newRow("blank rationale") << 3 << u"rationale"_s;
    QTest::newRow("decision of another coalition") << 4 << u"decision"_s;
    QTest::newRow("unknown decision") << 5 << u"decision"_s;
}

void TestStageRepositories::stageChangeErrors()
{
    QFETCH(int, scenario);
    QFETCH(QString, field);
    StageChange c = change(DevelopmentStage::Formation, QDate(2026, 3, 1));
    switch (scenario) {
    case 0:
        c.coalitionId = 0;
        break;
    case 1:
        c.coalitionId = 999;
        break;
    case 2:
        c.on = QDate();
        break;
    case 3:
        c.rationale = u"  \n "_s;
        break;
    case 4:
        c.decisionId = m_decision2;
        break;
    case 5:
        c.decisionId = 999;
        break;
    }
    VERIFY_FIELD_ERROR(w().stageChanges().add(c), field);
    auto none = w().stageChanges().list();
    VERIFY_OK(none);
    QVERIFY(none->isEmpty());

    // The same rules hold for an update.
    auto id = w().stageChanges().add(change(DevelopmentStage::Formation, QDate(2026, 3, 1)));
    VERIFY_OK(id);
    c.id = *id;
    VERIFY_FIELD_ERROR(w().stageChanges().update(c), field);
    QCOMPARE(w().stageChanges().get(*id)->decisionId, std::optional<Id>());
}

void TestStageRepositories::stageChangeLosesDeletedDecision()
{
    StageChange c = change(DevelopmentStage::Formation, QDate(2026, 3, 1));
    c.decisionId = m_decision;
    auto id = w().stageChanges().add(c);
    VERIFY_OK(id);
    VERIFY_OK(w().decisions().remove(m_decision));
    auto after = w().stageChanges().get(*id);
    VERIFY_OK(after);
    QCOMPARE(after->decisionId, std::optional<Id>()); // the stage change stays
}

void TestStageRepositories::checklistAnswerUpsert()
{
    ChecklistRepository &checklist = w().checklist();
    auto first = checklist.answer(m_k, u"real-commitment"_s, ChecklistValue::No,
                                  u"Funders asked for it."_s, QDate(2026, 1, 10));
    VERIFY_OK(first);
    auto again = checklist.answer(m_k, u"real-commitment"_s, ChecklistValue::Yes,
                                  u"Members pay dues now."_s, QDate(2026, 4, 2));
    VERIFY_OK(again);
    QCOMPARE(*again, *first); // the same answer, changed
    auto stored = checklist.get(*first);
    VERIFY_OK(stored);
    QCOMPARE(stored->value, ChecklistValue::Yes);
    QCOMPARE(stored->note, u"Members pay dues now."_s);
    QCOMPARE(stored->answeredOn, QDate(2026, 4, 2));

    auto complex = checklist.answer(m_k, u"complex-issue"_s, ChecklistValue::Yes, {}, {});
    VERIFY_OK(complex);
    QVERIFY(*complex != *first);
    auto elsewhere = checklist.answer(m_k2, u"complex-issue"_s, ChecklistValue::No, {}, {});
    VERIFY_OK(elsewhere);
    QVERIFY(*elsewhere != *complex);

    // In the checklist's own order, not the order answered.
    auto answers = checklist.listForCoalition(m_k);
    VERIFY_OK(answers);
    QCOMPARE(answers->size(), qsizetype(2));
    QCOMPARE(answers->at(0).item, u"complex-issue"_s);
    QCOMPARE(answers->at(1).item, u"real-commitment"_s);
    auto all = checklist.list();
    VERIFY_OK(all);
    QCOMPARE(all->size(), qsizetype(3));

    QCOMPARE(checklist.find(m_k, u"complex-issue"_s), std::optional<Id>(*complex));
    QCOMPARE(checklist.find(m_k, u"service-gap"_s), std::optional<Id>());

    // add() does not replace an answer.
    ChecklistAnswer duplicate;
    duplicate.coalitionId = m_k;
    duplicate.item = u"complex-issue"_s;
    duplicate.value = ChecklistValue::No;
    VERIFY_FIELD_ERROR(checklist.add(duplicate), u"item"_s);
    QCOMPARE(checklist.get(*complex)->value, ChecklistValue::Yes);
    // Nor can an update move an answer onto an answered item.
    ChecklistAnswer moved = *stored;
    moved.item = u"complex-issue"_s;
    VERIFY_FIELD_ERROR(checklist.update(moved), u"item"_s);

    // An unanswered answer may keep a note.
    auto unanswered = checklist.answer(m_k, u"complex-issue"_s, ChecklistValue::Unanswered,
                                       u"Ask the board."_s, {});
    VERIFY_OK(unanswered);
    QCOMPARE(*unanswered, *complex);
    QCOMPARE(checklist.get(*complex)->value, ChecklistValue::Unanswered);

    VERIFY_OK(checklist.remove(*complex));
    QCOMPARE(checklist.find(m_k, u"complex-issue"_s), std::optional<Id>());
}

void TestStageRepositories::checklistErrors_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<QString>("field");
    QTest::newRow("no coalition") << 0 << u"coalition"_s;
    QTest::newRow("unknown coalition") << 1 << u"coalition"_s;
    QTest::newRow("no item") << 2 << u"item"_s;
    QTest::newRow("unknown item") << 3 << u"item"_s;
    QTest::newRow("note too long") << 4 << u"note"_s;
}

void TestStageRepositories::checklistErrors()
{
    QFETCH(int, scenario);
    QFETCH(QString, field);
    ChecklistAnswer a;
    a.coalitionId = m_k;
    a.item = u"service-gap"_s;
    a.value = ChecklistValue::Yes;
    switch (scenario) {
    case 0:
        a.coalitionId = 0;
        break;
    case 1:
        a.coalitionId = 999;
        break;
    case 2:
        a.item = u" "_s;
        break;
    case 3:
        a.item = u"is-it-sunny"_s;
        break;
    case 4:
        a.note = QString(Validation::MaxTextLength + 1, u'x');
        break;
    }
    VERIFY_FIELD_ERROR(w().checklist().add(a), field);
    VERIFY_FIELD_ERROR(w().checklist().answer(a.coalitionId, a.item, a.value, a.note, {}), field);
    auto none = w().checklist().list();
    VERIFY_OK(none);
    QVERIFY(none->isEmpty());
}

void TestStageRepositories::relationshipPairIsOrdered()
{
    Relationship r = relationship(m_c, m_a); // given the other way round
    r.views = {{m_c, RelationshipLevel::Collaborating, TrustLevel::High, u"Our closest"_s,
                QDate(2025, 2, 1)},
               {m_a, RelationshipLevel::Networking, TrustLevel::Some, {}, QDate()}};
    auto id = w().relationships().add(r);
    VERIFY_OK(id);
    auto stored = w().relationships().get(*id);
    VERIFY_OK(stored);
    QCOMPARE(stored->firstId, m_a);
    QCOMPARE(stored->secondId, m_c);
    QCOMPARE(stored->level, RelationshipLevel::Cooperating);
    QCOMPARE(stored->trust, TrustLevel::More);
    // Each view stays with its organization.
    QCOMPARE(stored->views.size(), qsizetype(2));
    QCOMPARE(stored->views.at(0).organizationId, m_a);
    QCOMPARE(stored->views.at(0).level, RelationshipLevel::Networking);
    QCOMPARE(stored->views.at(1).organizationId, m_c);
    QCOMPARE(stored->views.at(1).level, RelationshipLevel::Collaborating);
    QCOMPARE(stored->views.at(1).note, u"Our closest"_s);
    // The history starts with the shared rating at `since` and each view at
    // its own date (or the relationship's), oldest first.
    const QList<RelationshipChange> history{
        {QDate(2025, 2, 1), m_c, RelationshipLevel::Collaborating, TrustLevel::High,
         u"Our closest"_s},
        {QDate(2025, 3, 1), std::nullopt, RelationshipLevel::Cooperating, TrustLevel::More, {}},
        {QDate(2025, 3, 1), m_a, RelationshipLevel::Networking, TrustLevel::Some, {}}};
    QCOMPARE(stored->history, history);

    auto found = w().relationships().find(m_c, m_a);
    VERIFY_OK(found);
    QVERIFY(found->has_value());
    COMPARE_RECORD(**found, *stored);
    auto same = w().relationships().find(m_a, m_c);
    VERIFY_OK(same);
    QVERIFY(same->has_value());
    QCOMPARE((*same)->id, *id);
    auto none = w().relationships().find(m_a, m_b);
    VERIFY_OK(none);
    QVERIFY(!none->has_value());

    // Without a since-date the history starts today.
    Relationship undated = relationship(m_b, m_a);
    undated.since = QDate();
    auto undatedId = w().relationships().add(undated);
    VERIFY_OK(undatedId);
    auto started = w().relationships().get(*undatedId);
    VERIFY_OK(started);
    QCOMPARE(started->history.size(), qsizetype(1));
    QCOMPARE(started->history.first().on, QDate::currentDate());
    QCOMPARE(started->history.first().side, std::optional<Id>());
}

void TestStageRepositories::duplicatePairRefused()
{
    VERIFY_OK(w().relationships().add(relationship(m_a, m_c)));
    const auto refused = w().relationships().add(relationship(m_c, m_a));
    VERIFY_FIELD_ERROR(refused, u"second"_s);
    QVERIFY2(refused.error().message.contains(u"Alder Tenants"_s)
                 && refused.error().message.contains(u"Cedar Clinic"_s),
             qPrintable(refused.error().message));
    auto all = w().relationships().list();
    VERIFY_OK(all);
    QCOMPARE(all->size(), qsizetype(1));
}

void TestStageRepositories::relationshipErrors_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<QString>("field");
    QTest::newRow("no first organization") << 0 << u"first"_s;
    QTest::newRow("no second organization") << 1 << u"second"_s;
    QTest::newRow("with itself") << 2 << u"second"_s;
    QTest::newRow("unknown organization") << 3 << u"second"_s;
    QTest::newRow("view of a third organization") << 4 << u"views[1].organization"_s;
    QTest::newRow("two views of one side") << 5 << u"views"_s;
    QTest::newRow("notes too long") << 6 << u"notes"_s;
}

void TestStageRepositories::relationshipErrors()
{
    QFETCH(int, scenario);
    QFETCH(QString, field);
    Relationship r = relationship(m_a, m_b);
    const RelationshipView view{m_a, RelationshipLevel::Networking, TrustLevel::Low, {}, {}};
    switch (scenario) {
    case 0:
        r.firstId = 0;
        break;
    case 1:
        r.secondId = 0;
        break;
    case 2:
        r.secondId = m_a;
        break;
    case 3:
        r.secondId = 999;
        break;
    case 4:
        r.views
            = {view, {m_d, RelationshipLevel::Networking, TrustLevel::Low, {}, QDate(2025, 1, 1)}};
        break;
    case 5:
        r.views = {view, view};
        break;
    case 6:
        r.notes = QString(Validation::MaxTextLength + 1, u'x');
        break;
    }
    VERIFY_FIELD_ERROR(w().relationships().add(r), field);
    auto none = w().relationships().list();
    VERIFY_OK(none);
    QVERIFY(none->isEmpty());

    // The same rules hold for an update (the pair stays the stored one).
    if (scenario >= 4) {
        auto id = w().relationships().add(relationship(m_a, m_b));
        VERIFY_OK(id);
        r.id = *id;
        VERIFY_FIELD_ERROR(w().relationships().update(r), field);
        QVERIFY(w().relationships().get(*id)->views.isEmpty());
    }
}

void TestStageRepositories::relationshipHistory()
{
    RelationshipRepository &relationships = w().relationships();
    Relationship r = relationship(m_a, m_b);
    r.views = {{m_a, RelationshipLevel::Cooperating, TrustLevel::More, {}, QDate(2025, 3, 1)}};
    auto id = relationships.add(r);
    VERIFY_OK(id);
    const Relationship start = *relationships.get(*id);
    QCOMPARE(start.history.size(), qsizetype(2));

    // Notes and dates alone add nothing to the history.
    Relationship edited = start;
    edited.notes = u"Also share a van."_s;
    edited.since = QDate(2025, 2, 1);
    VERIFY_OK(relationships.update(edited, u"ignored"_s, QDate(2026, 1, 5)));
    QCOMPARE(relationships.get(*id)->history, start.history);
    QCOMPARE(relationships.get(*id)->notes, u"Also share a van."_s);

    // A new shared rating and a new view of B: two entries, on the date given.
    edited = *relationships.get(*id);
    edited.level = RelationshipLevel::Collaborating;
    edited.history.clear(); // the history given is ignored
    edited.views.append(
        {m_b, RelationshipLevel::Networking, TrustLevel::Low, u"They rarely call"_s, {}});
    VERIFY_OK(relationships.update(edited, u"Joint grant won"_s, QDate(2026, 2, 1)));
    Relationship after = *relationships.get(*id);
    QCOMPARE(after.history.size(), qsizetype(4));
    QCOMPARE(after.history.mid(0, 2), start.history);
    QCOMPARE(after.history.at(2),
             (RelationshipChange{QDate(2026, 2, 1), std::nullopt, RelationshipLevel::Collaborating,
                                 TrustLevel::More, u"Joint grant won"_s}));
    QCOMPARE(after.history.at(3),
             (RelationshipChange{QDate(2026, 2, 1), m_b, RelationshipLevel::Networking,
                                 TrustLevel::Low, u"Joint grant won"_s}));
    QCOMPARE(after.views.size(), qsizetype(2));

    // A changed view without a note keeps the side's own words; an unchanged
    // view adds nothing.
    edited = after;
    edited.views[1].trust = TrustLevel::Some;
    edited.views[1].note = u"Better since spring"_s;
    VERIFY_OK(relationships.update(edited, {}, QDate(2026, 4, 1)));
    after = *relationships.get(*id);
    QCOMPARE(after.history.size(), qsizetype(5));
    QCOMPARE(after.history.last(),
             (RelationshipChange{QDate(2026, 4, 1), m_b, RelationshipLevel::Networking,
                                 TrustLevel::Some, u"Better since spring"_s}));

    // A removed view is gone and appends nothing.
    edited = after;
    edited.views.removeFirst();
    VERIFY_OK(relationships.update(edited, {}, QDate(2026, 5, 1)));
    after = *relationships.get(*id);
    QCOMPARE(after.history.size(), qsizetype(5));
    QCOMPARE(after.views.size(), qsizetype(1));
    QCOMPARE(after.views.first().organizationId, m_b);

    // The pair itself cannot be changed.
    edited = after;
    edited.secondId = m_c;
    edited.views.clear();
    VERIFY_FIELD_ERROR(relationships.update(edited), u"second"_s);
    QCOMPARE(relationships.get(*id)->secondId, m_b);
}

void TestStageRepositories::relationshipHistoryDates()
{
    RelationshipRepository &relationships = w().relationships();
    auto id = relationships.add(relationship(m_a, m_b));
    VERIFY_OK(id);
    Relationship r = *relationships.get(*id);
    r.trust = TrustLevel::High;
    // Before the last entry (the since-date): refused, nothing changes.
    VERIFY_FIELD_ERROR(relationships.update(r, {}, QDate(2025, 1, 1)), u"history"_s);
    QCOMPARE(relationships.get(*id)->trust, TrustLevel::More);
    // Without a date: today.
    VERIFY_OK(relationships.update(r));
    const Relationship after = *relationships.get(*id);
    QCOMPARE(after.history.size(), qsizetype(2));
    QCOMPARE(after.history.last().on, QDate::currentDate());
    QCOMPARE(after.history.last().trust, TrustLevel::High);

    // A history that runs ahead of today stays in order.
    Relationship future = relationship(m_a, m_d);
    future.since = QDate::currentDate().addDays(30);
    auto futureId = relationships.add(future);
    VERIFY_OK(futureId);
    Relationship changed = *relationships.get(*futureId);
    changed.level = RelationshipLevel::Networking;
    VERIFY_OK(relationships.update(changed));
    QCOMPARE(relationships.get(*futureId)->history.last().on, future.since);
}

void TestStageRepositories::relationshipLists()
{
    RelationshipRepository &relationships = w().relationships();
    auto ab = relationships.add(relationship(m_b, m_a));
    auto ad = relationships.add(relationship(m_a, m_d));
    auto bc = relationships.add(relationship(m_c, m_b)); // C withdrew from K: still a member
    auto cd = relationships.add(relationship(m_c, m_d));
    VERIFY_OK(ab);
    VERIFY_OK(ad);
    VERIFY_OK(bc);
    VERIFY_OK(cd);
    const auto ids = [](const QList<Relationship> &list) {
        QList<Id> result;
        for (const Relationship &r : list)
            result.append(r.id);
        return result;
    };
    auto inK = relationships.listForCoalition(m_k);
    VERIFY_OK(inK);
    QCOMPARE(ids(*inK), (QList<Id>{*ab, *bc}));
    auto inK2 = relationships.listForCoalition(m_k2);
    VERIFY_OK(inK2);
    QCOMPARE(ids(*inK2), QList<Id>{*ad});
    auto ofD = relationships.listForOrganization(m_d);
    VERIFY_OK(ofD);
    QCOMPARE(ids(*ofD), (QList<Id>{*ad, *cd})); // by (first, second)
    auto ofA = relationships.listForOrganization(m_a);
    VERIFY_OK(ofA);
    QCOMPARE(ids(*ofA), (QList<Id>{*ab, *ad}));
    auto all = relationships.list();
    VERIFY_OK(all);
    QCOMPARE(ids(*all), (QList<Id>{*ab, *ad, *bc, *cd}));

    // Removing an organization removes its relationships.
    VERIFY_OK(relationships.remove(*bc));
    VERIFY_OK(
        w().organizations().remove(m_d, OrganizationRepository::RemovePolicy::CascadeMemberships));
    all = relationships.list();
    VERIFY_OK(all);
    QCOMPARE(ids(*all), QList<Id>{*ab});
}

void TestStageRepositories::auditTrail()
{
    auto changeId = w().stageChanges().add(change(DevelopmentStage::Formation, {2026, 3, 1}));
    VERIFY_OK(changeId);
    StageChange c = *w().stageChanges().get(*changeId);
    c.stage = DevelopmentStage::Implementation;
    VERIFY_OK(w().stageChanges().update(c));
    VERIFY_OK(w().stageChanges().remove(*changeId));
    auto entries = w().audit().entriesFor(u"stage_change"_s, *changeId);
    VERIFY_OK(entries);
    QCOMPARE(entries->size(), qsizetype(3));
    QVERIFY(entries->at(0).field.isEmpty()); // created
    QVERIFY(entries->at(0).newValue.has_value());
    QCOMPARE(entries->at(1).field, u"stage"_s);
    QCOMPARE(entries->at(1).oldValue, std::optional<QString>(u"formation"_s));
    QCOMPARE(entries->at(1).newValue, std::optional<QString>(u"implementation"_s));
    QVERIFY(entries->at(2).field.isEmpty()); // deleted
    QVERIFY(!entries->at(2).newValue.has_value());

    auto answerId
        = w().checklist().answer(m_k, u"service-gap"_s, ChecklistValue::No, {}, {2026, 1, 1});
    VERIFY_OK(answerId);
    VERIFY_OK(w().checklist().answer(m_k, u"service-gap"_s, ChecklistValue::Yes, {}, {2026, 1, 1}));
    entries = w().audit().entriesFor(u"checklist_answer"_s, *answerId);
    VERIFY_OK(entries);
    QCOMPARE(entries->size(), qsizetype(2));
    QCOMPARE(entries->at(1).field, u"value"_s);
    QCOMPARE(entries->at(1).newValue, std::optional<QString>(u"yes"_s));

    auto relationshipId = w().relationships().add(relationship(m_a, m_b));
    VERIFY_OK(relationshipId);
    Relationship r = *w().relationships().get(*relationshipId);
    r.level = RelationshipLevel::Networking;
    VERIFY_OK(w().relationships().update(r, u"Less contact"_s, QDate(2026, 1, 1)));
    entries = w().audit().entriesFor(u"relationship"_s, *relationshipId);
    VERIFY_OK(entries);
    QStringList fields;
    for (const AuditEntry &entry : std::as_const(*entries))
        fields.append(entry.field);
    QCOMPARE(fields, (QStringList{QString(), u"history"_s, u"level"_s}));

    // A refused edit writes nothing.
    r = *w().relationships().get(*relationshipId);
    r.notes = QString(Validation::MaxTextLength + 1, u'x');
    QVERIFY(!w().relationships().update(r).ok());
    entries = w().audit().entriesFor(u"relationship"_s, *relationshipId);
    VERIFY_OK(entries);
    QCOMPARE(entries->size(), qsizetype(3));
}

void TestStageRepositories::overwriteRestoresExactly()
{
    StageChange formed = change(DevelopmentStage::Formation, {2026, 3, 1});
    formed.decisionId = m_decision;
    auto changeId = w().stageChanges().add(formed);
    VERIFY_OK(changeId);
    auto answerId = w().checklist().answer(m_k, u"complex-issue"_s, ChecklistValue::Yes,
                                           u"Housing, health and schools meet here."_s, {});
    VERIFY_OK(answerId);
    Relationship given = relationship(m_a, m_b);
    given.views = {{m_b, RelationshipLevel::Networking, TrustLevel::Low, u"Slow"_s, {}}};
    auto relationshipId = w().relationships().add(given);
    VERIFY_OK(relationshipId);
    const StageChange c = *w().stageChanges().get(*changeId);
    const ChecklistAnswer a = *w().checklist().get(*answerId);
    const Relationship r = *w().relationships().get(*relationshipId);
    VERIFY_OK(w().stageChanges().remove(c.id));
    VERIFY_OK(w().checklist().remove(a.id));
    VERIFY_OK(w().relationships().remove(r.id));
    auto before = w().audit().all();
    VERIFY_OK(before);

    {
        Transaction transaction(w().database());
        QVERIFY(transaction.isActive());
        VERIFY_OK(w().stageChanges().overwrite(c)); // as new rows with their ids
        VERIFY_OK(w().checklist().overwrite(a));
        VERIFY_OK(w().relationships().overwrite(r));
        VERIFY_OK(transaction.commit());
    }
    COMPARE_RECORD(*w().stageChanges().get(c.id), c);
    COMPARE_RECORD(*w().checklist().get(a.id), a);
    COMPARE_RECORD(*w().relationships().get(r.id), r);

    // Over the existing rows: children replaced, times kept as given.
    Relationship other = r;
    other.views.clear();
    other.history.removeLast();
    other.notes = u"Overwritten"_s;
    {
        Transaction transaction(w().database());
        VERIFY_OK(w().relationships().overwrite(other));
        VERIFY_OK(transaction.commit());
    }
    COMPARE_RECORD(*w().relationships().get(r.id), other);
    auto after = w().audit().all();
    VERIFY_OK(after);
    QCOMPARE(after->size(), before->size()); // not audited

    QVERIFY(!w().stageChanges().overwrite(StageChange{}).ok());
    QVERIFY(!w().relationships().overwrite(Relationship{}).ok());
}

// A workspace restored from a file has its audit log but not the deleted
// records: their ids must not be handed out again.
void TestStageRepositories::auditedIdsAreReserved()
{
    auto changeId = w().stageChanges().add(change(DevelopmentStage::Formation, {2026, 3, 1}));
    auto answerId = w().checklist().answer(m_k, u"service-gap"_s, ChecklistValue::Yes, {}, {});
    auto relationshipId = w().relationships().add(relationship(m_a, m_b));
    VERIFY_OK(changeId);
    VERIFY_OK(answerId);
    VERIFY_OK(relationshipId);
    VERIFY_OK(w().stageChanges().remove(*changeId));
    VERIFY_OK(w().checklist().remove(*answerId));
    VERIFY_OK(w().relationships().remove(*relationshipId));
    {
        // What an import leaves: the rows and their sequences gone.
        Transaction transaction(w().database());
        SqlQuery forget(w().database().connection(),
                        u"DELETE FROM sqlite_sequence WHERE name IN "
                        "('stage_change', 'checklist_answer', 'relationship')"_s);
        VERIFY_OK(forget.exec());
        VERIFY_OK(w().audit().reserveAuditedIds());
        VERIFY_OK(transaction.commit());
    }
    auto newChange = w().stageChanges().add(change(DevelopmentStage::Formation, {2026, 3, 1}));
    auto newAnswer = w().checklist().answer(m_k, u"service-gap"_s, ChecklistValue::Yes, {}, {});
    auto newRelationship = w().relationships().add(relationship(m_a, m_b));
    VERIFY_OK(newChange);
    VERIFY_OK(newAnswer);
    VERIFY_OK(newRelationship);
    QVERIFY(*newChange > *changeId);
    QVERIFY(*newAnswer > *answerId);
    QVERIFY(*newRelationship > *relationshipId);
}

QTEST_GUILESS_MAIN(TestStageRepositories)
#include "tst_stagerepositories.moc"
