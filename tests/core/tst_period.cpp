// SPDX-License-Identifier: GPL-3.0-or-later
// Reporting periods (domain/period.h): months and quarters read from text,
// written back, their first and last days, and stepping across year ends.

#include "domain/period.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coalition;

using Kind = ReportPeriod::Kind;

class TestPeriod : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void refuses_data();
    void refuses();
    void of_data();
    void of();
    void bounds_data();
    void bounds();
    void stepping_data();
    void stepping();
    void ordering();
};

void TestPeriod::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("written");

    QTest::newRow("month") << u"2026-10"_s << int(Kind::Month) << 2026 << 10 << u"2026-10"_s;
    QTest::newRow("january") << u"2026-01"_s << int(Kind::Month) << 2026 << 1 << u"2026-01"_s;
    QTest::newRow("december") << u"1999-12"_s << int(Kind::Month) << 1999 << 12 << u"1999-12"_s;
    QTest::newRow("quarter") << u"2026-Q4"_s << int(Kind::Quarter) << 2026 << 4 << u"2026-Q4"_s;
    QTest::newRow("lower-case q") << u"2027-q1"_s << int(Kind::Quarter) << 2027 << 1
                                  << u"2027-Q1"_s;
}

void TestPeriod::parse()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(int, year);
    QFETCH(int, number);
    QFETCH(QString, written);

    const std::optional<ReportPeriod> period = ReportPeriod::parse(text);
    QVERIFY(period.has_value());
    QCOMPARE(int(period->kind), kind);
    QCOMPARE(period->year, year);
    QCOMPARE(period->number, number);
    QCOMPARE(period->toString(), written);
    QCOMPARE(ReportPeriod::parse(period->toString()), period);
}

void TestPeriod::refuses_data()
{
    QTest::addColumn<QString>("text");

    for (const QString &bad :
         {u""_s,         u"2026"_s,     u"2026-1"_s,     u"2026-00"_s, u"2026-13"_s,  u"2026-Q0"_s,
          u"2026-Q5"_s,  u"2026-Q"_s,   u"2026-Q12"_s,   u"26-10"_s,   u"02026-10"_s, u"2026/10"_s,
          u" 2026-10"_s, u"2026-10 "_s, u"2026-1a"_s,    u"abcd-10"_s, u"0000-01"_s,  u"2026-W4"_s,
          u"-026-10"_s,  u"2026-+1"_s,  u"２０２６-10"_s})
        QTest::newRow(qPrintable(u"“%1”"_s.arg(bad))) << bad;
}

void TestPeriod::refuses()
{
    QFETCH(QString, text);
    QCOMPARE(ReportPeriod::parse(text), std::nullopt);
}

void TestPeriod::of_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("month");
    QTest::addColumn<QString>("quarter");

    QTest::newRow("new year") << QDate(2026, 1, 1) << u"2026-01"_s << u"2026-Q1"_s;
    QTest::newRow("end of Q1") << QDate(2026, 3, 31) << u"2026-03"_s << u"2026-Q1"_s;
    QTest::newRow("start of Q2") << QDate(2026, 4, 1) << u"2026-04"_s << u"2026-Q2"_s;
    QTest::newRow("end of Q3") << QDate(2026, 9, 30) << u"2026-09"_s << u"2026-Q3"_s;
    QTest::newRow("mid Q4") << QDate(2026, 11, 15) << u"2026-11"_s << u"2026-Q4"_s;
    QTest::newRow("new year's eve") << QDate(2026, 12, 31) << u"2026-12"_s << u"2026-Q4"_s;
}

void TestPeriod::of()
{
    QFETCH(QDate, date);
    QFETCH(QString, month);
    QFETCH(QString, quarter);

    const ReportPeriod monthly = ReportPeriod::monthOf(date);
    const ReportPeriod quarterly = ReportPeriod::quarterOf(date);
    QCOMPARE(monthly.toString(), month);
    QCOMPARE(quarterly.toString(), quarter);
    QVERIFY(monthly.contains(date));
    QVERIFY(quarterly.contains(date));
    QVERIFY(!monthly.contains(monthly.first().addDays(-1)));
    QVERIFY(!quarterly.contains(quarterly.last().addDays(1)));
}

void TestPeriod::bounds_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");

    QTest::newRow("31-day month") << u"2026-10"_s << QDate(2026, 10, 1) << QDate(2026, 10, 31);
    QTest::newRow("30-day month") << u"2026-11"_s << QDate(2026, 11, 1) << QDate(2026, 11, 30);
    QTest::newRow("december") << u"2026-12"_s << QDate(2026, 12, 1) << QDate(2026, 12, 31);
    QTest::newRow("february") << u"2026-02"_s << QDate(2026, 2, 1) << QDate(2026, 2, 28);
    QTest::newRow("leap february") << u"2028-02"_s << QDate(2028, 2, 1) << QDate(2028, 2, 29);
    QTest::newRow("Q1") << u"2026-Q1"_s << QDate(2026, 1, 1) << QDate(2026, 3, 31);
    QTest::newRow("Q2") << u"2026-Q2"_s << QDate(2026, 4, 1) << QDate(2026, 6, 30);
    QTest::newRow("Q3") << u"2026-Q3"_s << QDate(2026, 7, 1) << QDate(2026, 9, 30);
    QTest::newRow("Q4") << u"2026-Q4"_s << QDate(2026, 10, 1) << QDate(2026, 12, 31);
}

void TestPeriod::bounds()
{
    QFETCH(QString, period);
    QFETCH(QDate, first);
    QFETCH(QDate, last);

    const std::optional<ReportPeriod> parsed = ReportPeriod::parse(period);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->first(), first);
    QCOMPARE(parsed->last(), last);
}

void TestPeriod::stepping_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("previous");

    QTest::newRow("mid-year month") << u"2026-06"_s << u"2026-07"_s << u"2026-05"_s;
    QTest::newRow("december") << u"2026-12"_s << u"2027-01"_s << u"2026-11"_s;
    QTest::newRow("january") << u"2027-01"_s << u"2027-02"_s << u"2026-12"_s;
    QTest::newRow("Q2") << u"2026-Q2"_s << u"2026-Q3"_s << u"2026-Q1"_s;
    QTest::newRow("Q4") << u"2026-Q4"_s << u"2027-Q1"_s << u"2026-Q3"_s;
    QTest::newRow("Q1") << u"2027-Q1"_s << u"2027-Q2"_s << u"2026-Q4"_s;
}

void TestPeriod::stepping()
{
    QFETCH(QString, period);
    QFETCH(QString, next);
    QFETCH(QString, previous);

    const std::optional<ReportPeriod> parsed = ReportPeriod::parse(period);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->next().toString(), next);
    QCOMPARE(parsed->previous().toString(), previous);
    QCOMPARE(parsed->next().previous(), *parsed);
    // Periods follow one another without a gap.
    QCOMPARE(parsed->next().first(), parsed->last().addDays(1));
    QCOMPARE(parsed->previous().last(), parsed->first().addDays(-1));
}

void TestPeriod::ordering()
{
    const ReportPeriod december{Kind::Month, 2026, 12};
    const ReportPeriod january{Kind::Month, 2027, 1};
    QVERIFY(december < january);
    QVERIFY(december.next() == january);
    QVERIFY(ReportPeriod::monthOf(QDate(2026, 12, 31)) == december);
    QVERIFY(ReportPeriod::quarterOf(QDate(2026, 12, 31)) != december);
}

QTEST_APPLESS_MAIN(TestPeriod)
#include "tst_period.moc"
