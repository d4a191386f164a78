// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/jsoncodec.h"
#include "domain/timestamps.h"

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
};

QTEST_GUILESS_MAIN(TestJsonCodec)
#include "tst_jsoncodec.moc"
