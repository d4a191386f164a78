// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/jsoncodec.h"
#include "domain/timestamps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coalition;

class TestJsonCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The audit log writes an organization's JSON directly for speed; it must
    // be exactly what Qt's JSON writer makes of toJson().
    void compactTextEqualsQtWriter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << u"Eastgate Food Bank"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("quotes and backslash") << u"The \"Union\" \\ co-op"_s;
        QTest::newRow("control characters") << u"line\nbreak\ttab\rcr\bbs\fff\x01\x1f"_s;
        QTest::newRow("delete and latin-1") << u"\x7f caf\u00e9"_s;
        QTest::newRow("non-latin") << u"Wiśniewski 日本 👋"_s;
        QTest::newRow("html-ish") << u"<b>&amp;</b> / slash"_s;
    }

    void compactTextEqualsQtWriter()
    {
        QFETCH(QString, text);
        Organization o;
        o.id = 123456789012;
        o.name = text;
        o.sector = Sector::PublicAgency;
        o.mission = text + text;
        o.notes = text;
        o.tags = {text, u"second"_s};
        o.createdAt = QDateTime(QDate(2026, 11, 22), QTime(13, 49, 1, 598), Qt::UTC);
        o.updatedAt = o.createdAt.addMSecs(1);
        const QString expected
            = QString::fromUtf8(QJsonDocument(JsonCodec::toJson(o)).toJson(QJsonDocument::Compact));
        QCOMPARE(JsonCodec::toCompactText(o), expected);

        o.tags.clear();
        o.createdAt = QDateTime();
        QCOMPARE(
            JsonCodec::toCompactText(o),
            QString::fromUtf8(QJsonDocument(JsonCodec::toJson(o)).toJson(QJsonDocument::Compact)));
    }

    void timestampsAreUtcWithMilliseconds_data()
    {
        QTest::addColumn<QDateTime>("moment");
        QTest::addColumn<QString>("expected");
        QTest::newRow("utc") << QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC)
                             << u"2026-01-02T03:04:05.006Z"_s;
        QTest::newRow("offset") << QDateTime(QDate(2026, 6, 30), QTime(23, 30), Qt::OffsetFromUTC,
                                             2 * 3600)
                                << u"2026-06-30T21:30:00.000Z"_s;
        QTest::newRow("year 1") << QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC)
                                << u"0001-01-01T00:00:00.000Z"_s;
        QTest::newRow("invalid") << QDateTime() << QString();
    }

    void timestampsAreUtcWithMilliseconds()
    {
        QFETCH(QDateTime, moment);
        QFETCH(QString, expected);
        QCOMPARE(formatTimestamp(moment), expected);
    }

    void organizationRoundTrips()
    {
        Organization o;
        o.id = 7;
        o.name = u"École du Parc"_s;
        o.sector = Sector::Education;
        o.tags = {u"children"_s, u"families"_s};
        o.createdAt = QDateTime(QDate(2026, 11, 22), QTime(13, 0), Qt::UTC);
        o.updatedAt = o.createdAt;
        Organization back;
        Problems problems;
        QVERIFY(JsonCodec::fromJson(JsonCodec::toJson(o), &back, &problems));
        QVERIFY(problems.isEmpty());
        QCOMPARE(back, o);
    }

    // Stage monitoring and relationships (stagejson.cpp).

    void stageChangeRoundTrips_data()
    {
        QTest::addColumn<StageChange>("change");
        StageChange c;
        c.id = 3;
        c.coalitionId = 1;
        c.stage = DevelopmentStage::Implementation;
        c.on = QDate(2026, 3, 14);
        c.rationale = u"Plans adopted; the \"action groups\" meet monthly."_s;
        c.createdAt = QDateTime(QDate(2026, 3, 14), QTime(9, 30, 0, 125), Qt::UTC);
        c.updatedAt = c.createdAt.addSecs(60);
        QTest::newRow("without decision") << c;
        c.decisionId = 42;
        c.stage = DevelopmentStage::Institutionalization;
        QTest::newRow("with decision") << c;
    }

    void stageChangeRoundTrips()
    {
        QFETCH(StageChange, change);
        const QJsonObject json = JsonCodec::toJson(change);
        QCOMPARE(json.keys(),
                 QStringList({u"coalition_id"_s, u"created_at"_s, u"decision_id"_s, u"id"_s,
                              u"on"_s, u"rationale"_s, u"stage"_s, u"updated_at"_s}));
        QCOMPARE(json.value(u"on"_s).toString(), u"2026-03-14"_s);
        QCOMPARE(json.value(u"stage"_s).toString(), enumKey(change.stage));
        QCOMPARE(json.value(u"decision_id"_s).isNull(), !change.decisionId.has_value());
        QCOMPARE(json.value(u"created_at"_s).toString(), u"2026-03-14T09:30:00.125Z"_s);
        StageChange back;
        Problems problems;
        QVERIFY(JsonCodec::fromJson(json, &back, &problems));
        QVERIFY(problems.isEmpty());
        QCOMPARE(back, change);
    }

    void stageChangeProblemsNameTheField()
    {
        StageChange c;
        c.id = 1;
        c.coalitionId = 1;
        c.on = QDate(2026, 1, 5);
        c.rationale = u"Start"_s;
        QJsonObject json = JsonCodec::toJson(c);
        json.remove(u"decision_id"_s); // absent reads as none
        StageChange back;
        Problems problems;
        QVERIFY(JsonCodec::fromJson(json, &back, &problems, u"stage_changes[2]"_s));
        QCOMPARE(back, c);

        json.insert(u"stage"_s, u"adolescence"_s);
        json.insert(u"on"_s, QJsonValue::Null);
        json.remove(u"rationale"_s);
        json.insert(u"mood"_s, u"good"_s);
        QVERIFY(!JsonCodec::fromJson(json, &back, &problems, u"stage_changes[2]"_s));
        QStringList fields;
        for (const FieldProblem &p : std::as_const(problems))
            fields.append(p.field);
        fields.sort();
        QCOMPARE(fields,
                 QStringList({u"stage_changes[2].mood"_s, u"stage_changes[2].on"_s,
                              u"stage_changes[2].rationale"_s, u"stage_changes[2].stage"_s}));

        // A malformed date is reported once, as malformed, not also as missing.
        problems.clear();
        json = JsonCodec::toJson(c);
        json.insert(u"on"_s, u"14/03/2026"_s);
        QVERIFY(!JsonCodec::fromJson(json, &back, &problems));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, u"on"_s);
        QVERIFY(problems.first().message.contains(u"YYYY-MM-DD"_s));
    }

    void checklistAnswerRoundTrips_data()
    {
        QTest::addColumn<ChecklistAnswer>("answer");
        ChecklistAnswer a;
        a.id = 9;
        a.coalitionId = 2;
        a.item = u"complex-issue"_s;
        a.value = ChecklistValue::Yes;
        a.note = u"Housing, health and schools all touch it."_s;
        a.answeredOn = QDate(2026, 2, 1);
        a.createdAt = QDateTime(QDate(2026, 2, 1), QTime(8, 0), Qt::UTC);
        a.updatedAt = a.createdAt;
        QTest::newRow("yes") << a;
        a.value = ChecklistValue::No;
        QTest::newRow("no") << a;
        a.value = ChecklistValue::Unanswered;
        a.answeredOn = QDate();
        a.note = u"Ask the steering group first."_s;
        QTest::newRow("unanswered with a note, no date") << a;
    }

    void checklistAnswerRoundTrips()
    {
        QFETCH(ChecklistAnswer, answer);
        const QJsonObject json = JsonCodec::toJson(answer);
        QCOMPARE(json.keys(),
                 QStringList({u"answered_on"_s, u"coalition_id"_s, u"created_at"_s, u"id"_s,
                              u"item"_s, u"note"_s, u"updated_at"_s, u"value"_s}));
        QCOMPARE(json.value(u"value"_s).toString(), enumKey(answer.value));
        QCOMPARE(json.value(u"answered_on"_s).isNull(), !answer.answeredOn.isValid());
        ChecklistAnswer back;
        Problems problems;
        QVERIFY(JsonCodec::fromJson(json, &back, &problems));
        QVERIFY(problems.isEmpty());
        QCOMPARE(back, answer);
    }

    void checklistAnswerProblemsNameTheField()
    {
        QJsonObject json{{u"id"_s, 1},
                         {u"coalition_id"_s, 1.5},
                         {u"value"_s, u"maybe"_s},
                         {u"note"_s, 12},
                         {u"answered_on"_s, true},
                         {u"created_at"_s, QJsonValue::Null},
                         {u"updated_at"_s, QJsonValue::Null}};
        ChecklistAnswer back;
        Problems problems;
        QVERIFY(!JsonCodec::fromJson(json, &back, &problems, u"checklist[0]"_s));
        QStringList fields;
        for (const FieldProblem &p : std::as_const(problems))
            fields.append(p.field);
        fields.sort();
        QCOMPARE(
            fields,
            QStringList({u"checklist[0].answered_on"_s, u"checklist[0].coalition_id"_s,
                         u"checklist[0].item"_s, u"checklist[0].note"_s, u"checklist[0].value"_s}));
        const auto value = std::find_if(problems.cbegin(), problems.cend(), [](const auto &p) {
            return p.field == u"checklist[0].value"_s;
        });
        QVERIFY(value != problems.cend());
        QVERIFY2(value->message.contains(u"maybe"_s)
                     && value->message.contains(u"unanswered, yes, no"_s),
                 qPrintable(value->message));
    }

    void relationshipRoundTrips()
    {
        Relationship rel;
        rel.id = 5;
        rel.firstId = 11;
        rel.secondId = 17;
        rel.level = RelationshipLevel::Cooperating;
        rel.trust = TrustLevel::More;
        rel.since = QDate(2024, 9, 1);
        rel.notes = u"Share a van & a kitchen <weekends>."_s;
        rel.views = {
            {11, RelationshipLevel::Collaborating, TrustLevel::High, u"We train their staff."_s,
             QDate(2026, 1, 10)},
            {17, RelationshipLevel::Coordinating, TrustLevel::Some, QString(), QDate()},
        };
        rel.history = {
            {QDate(2024, 9, 1), std::nullopt, RelationshipLevel::Networking, TrustLevel::Low,
             u"First met at the forum."_s},
            {QDate(2025, 5, 2), std::nullopt, RelationshipLevel::Cooperating, TrustLevel::More,
             QString()},
            {QDate(2026, 1, 10), Id(11), RelationshipLevel::Collaborating, TrustLevel::High,
             u"Their view."_s},
        };
        rel.createdAt = QDateTime(QDate(2024, 9, 1), QTime(10, 0), Qt::UTC);
        rel.updatedAt = QDateTime(QDate(2026, 1, 10), QTime(16, 45, 30, 7), Qt::UTC);

        const QJsonObject json = JsonCodec::toJson(rel);
        QCOMPARE(json.keys(),
                 QStringList({u"created_at"_s, u"first_id"_s, u"history"_s, u"id"_s, u"level"_s,
                              u"notes"_s, u"second_id"_s, u"since"_s, u"trust"_s, u"updated_at"_s,
                              u"views"_s}));
        QCOMPARE(json.value(u"level"_s).toString(), u"cooperating"_s);
        QCOMPARE(json.value(u"trust"_s).toString(), u"more"_s);
        const QJsonArray views = json.value(u"views"_s).toArray();
        QCOMPARE(views.size(), 2);
        QCOMPARE(views.at(0).toObject().keys(),
                 QStringList({u"level"_s, u"note"_s, u"on"_s, u"organization_id"_s, u"trust"_s}));
        QCOMPARE(views.at(0).toObject().value(u"organization_id"_s).toInteger(), 11);
        QVERIFY(views.at(1).toObject().value(u"on"_s).isNull());
        const QJsonArray history = json.value(u"history"_s).toArray();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).toObject().keys(),
                 QStringList({u"level"_s, u"note"_s, u"on"_s, u"side_id"_s, u"trust"_s}));
        QVERIFY(history.at(0).toObject().value(u"side_id"_s).isNull());
        QCOMPARE(history.at(2).toObject().value(u"side_id"_s).toInteger(), 11);
        QCOMPARE(history.at(2).toObject().value(u"on"_s).toString(), u"2026-01-10"_s);

        Relationship back;
        Problems problems;
        QVERIFY(JsonCodec::fromJson(json, &back, &problems));
        QVERIFY(problems.isEmpty());
        QCOMPARE(back, rel);

        // Through text as well, the way the workspace file carries it.
        const QJsonObject reparsed = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        Relationship again;
        QVERIFY(JsonCodec::fromJson(reparsed, &again, &problems));
        QCOMPARE(again, rel);

        // Empty lists may be left out.
        Relationship bare;
        bare.id = 1;
        bare.firstId = 1;
        bare.secondId = 2;
        QJsonObject bareJson = JsonCodec::toJson(bare);
        QCOMPARE(bareJson.value(u"views"_s).toArray().size(), 0);
        bareJson.remove(u"views"_s);
        bareJson.remove(u"history"_s);
        QVERIFY(JsonCodec::fromJson(bareJson, &back, &problems));
        QCOMPARE(back, bare);
    }

    void relationshipProblemsNameTheNestedField()
    {
        Relationship rel;
        rel.id = 4;
        rel.firstId = 1;
        rel.secondId = 2;
        rel.views = {{1, RelationshipLevel::Networking, TrustLevel::Low, QString(), QDate()}};
        rel.history = {{QDate(2026, 1, 1), std::nullopt, RelationshipLevel::Networking,
                        TrustLevel::Low, QString()}};
        QJsonObject json = JsonCodec::toJson(rel);

        QJsonArray views = json.value(u"views"_s).toArray();
        QJsonObject view = views.at(0).toObject();
        view.insert(u"level"_s, u"friends"_s);
        view.insert(u"organization_id"_s, -3);
        views.replace(0, view);
        views.append(u"not an object"_s);
        json.insert(u"views"_s, views);

        QJsonArray history = json.value(u"history"_s).toArray();
        QJsonObject change = history.at(0).toObject();
        change.remove(u"on"_s);
        change.insert(u"trust"_s, u"total"_s);
        change.insert(u"side_id"_s, u"one"_s);
        change.insert(u"extra"_s, 1);
        history.replace(0, change);
        json.insert(u"history"_s, history);
        json.insert(u"level"_s, QJsonValue::Null);

        Relationship back;
        Problems problems;
        QVERIFY(!JsonCodec::fromJson(json, &back, &problems, u"relationships[3]"_s));
        QStringList fields;
        for (const FieldProblem &p : std::as_const(problems))
            fields.append(p.field);
        fields.sort();
        QCOMPARE(fields,
                 QStringList({
                     u"relationships[3].history[0].extra"_s,
                     u"relationships[3].history[0].on"_s,
                     u"relationships[3].history[0].side_id"_s,
                     u"relationships[3].history[0].trust"_s,
                     u"relationships[3].level"_s,
                     u"relationships[3].views[0].level"_s,
                     u"relationships[3].views[0].organization_id"_s,
                     u"relationships[3].views[1]"_s,
                 }));

        // Without a path the fields start at the record.
        problems.clear();
        json = JsonCodec::toJson(rel);
        json.insert(u"views"_s, u"both"_s);
        QVERIFY(!JsonCodec::fromJson(json, &back, &problems));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, u"views"_s);
    }
};

QTEST_GUILESS_MAIN(TestJsonCodec)
#include "tst_jsoncodec.moc"
