// SPDX-License-Identifier: GPL-3.0-or-later
// The exact fractions of thresholds and quorums (domain/fraction.h): read
// from text, written back, compared without floating point.

#include "domain/fraction.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coalition;

class TestFraction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void write_data();
    void write();
    void isMetBy_data();
    void isMetBy();
    void equality();
};

void TestFraction::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");

    QTest::newRow("2/3") << u"2/3"_s << true << qint64(2) << qint64(3);
    QTest::newRow("3/4") << u"3/4"_s << true << qint64(3) << qint64(4);
    QTest::newRow("whole") << u"1"_s << true << qint64(1) << qint64(1);
    QTest::newRow("spaces") << u" 3 / 4 "_s << true << qint64(3) << qint64(4);
    QTest::newRow("not reduced") << u"4/6"_s << true << qint64(4) << qint64(6);
    QTest::newRow("zero numerator") << u"0/5"_s << true << qint64(0) << qint64(5);
    QTest::newRow("above one") << u"5/3"_s << true << qint64(5) << qint64(3);
    QTest::newRow("largest parts")
        << u"2147483647/2147483647"_s << true << qint64(2147483647) << qint64(2147483647);
    for (const QString &bad :
         {u""_s, u" "_s, u"1/0"_s, u"-1/2"_s, u"2/-3"_s, u"a/b"_s, u"2/"_s, u"/3"_s, u"2//3"_s,
          u"1.5"_s, u"2/3/4"_s, u"0.5/1"_s, u"2 3"_s, u"2147483648/3"_s, u"1/2147483648"_s,
          u"99999999999999999999/1"_s, u"+1/2"_s, u"½"_s})
        QTest::newRow(qPrintable(u"refuses “%1”"_s.arg(bad)))
            << bad << false << qint64(0) << qint64(0);
}

void TestFraction::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);

    const std::optional<Fraction> parsed = Fraction::parse(text);
    QCOMPARE(parsed.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(parsed->numerator, numerator);
    QCOMPARE(parsed->denominator, denominator);
    // Written back as read (whitespace aside), and read again alike.
    QCOMPARE(Fraction::parse(parsed->toString()), parsed);
}

void TestFraction::write_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<QString>("text");

    QTest::newRow("2/3") << qint64(2) << qint64(3) << u"2/3"_s;
    QTest::newRow("kept as written") << qint64(4) << qint64(6) << u"4/6"_s;
    QTest::newRow("one") << qint64(1) << qint64(1) << u"1"_s;
    QTest::newRow("whole") << qint64(4) << qint64(2) << u"2"_s;
    QTest::newRow("zero") << qint64(0) << qint64(5) << u"0"_s;
    QTest::newRow("over zero") << qint64(1) << qint64(0) << u"1/0"_s;
}

void TestFraction::write()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(QString, text);
    QCOMPARE((Fraction{numerator, denominator}.toString()), text);
}

void TestFraction::isMetBy_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("part");
    QTest::addColumn<qint64>("whole");
    QTest::addColumn<bool>("met");

    QTest::newRow("2/3 exactly") << qint64(2) << qint64(3) << qint64(4) << qint64(6) << true;
    QTest::newRow("2/3 below") << qint64(2) << qint64(3) << qint64(3) << qint64(5) << false;
    QTest::newRow("2/3 just below")
        << qint64(2) << qint64(3) << qint64(199) << qint64(300) << false;
    QTest::newRow("2/3 above") << qint64(2) << qint64(3) << qint64(5) << qint64(6) << true;
    QTest::newRow("3/4 exactly") << qint64(3) << qint64(4) << qint64(75) << qint64(100) << true;
    QTest::newRow("3/4 just below") << qint64(3) << qint64(4) << qint64(74) << qint64(100) << false;
    QTest::newRow("1 needs all") << qint64(1) << qint64(1) << qint64(9) << qint64(10) << false;
    QTest::newRow("large counts") << qint64(2147483647) << qint64(2147483647) << qint64(2147483647)
                                  << qint64(2147483647) << true;
}

void TestFraction::isMetBy()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, part);
    QFETCH(qint64, whole);
    QFETCH(bool, met);
    QCOMPARE((Fraction{numerator, denominator}.isMetBy(part, whole)), met);
}

void TestFraction::equality()
{
    QVERIFY((Fraction{2, 3} == Fraction{4, 6}));
    QVERIFY((Fraction{1, 1} == Fraction{7, 7}));
    QVERIFY(!(Fraction{2, 3} == Fraction{3, 4}));
    QVERIFY(!(Fraction{1, 2} == Fraction{1, 3}));
    QVERIFY((Fraction{2, 3}.isProperThreshold()));
    QVERIFY((Fraction{1, 1}.isProperThreshold()));
    QVERIFY(!(Fraction{0, 3}.isProperThreshold()));
    QVERIFY(!(Fraction{4, 3}.isProperThreshold()));
    QVERIFY(!(Fraction{1, 0}.isProperThreshold()));
}

QTEST_GUILESS_MAIN(TestFraction)
#include "tst_fraction.moc"
