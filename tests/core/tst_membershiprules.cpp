// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/membershiprules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coalition;

class TestMembershipRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void duesOverdue_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<qint64>("duesCents");
        QTest::addColumn<QDate>("paidThrough");
        QTest::addColumn<bool>("overdue");

        const QDate yesterday(2026, 11, 21);
        const QDate today(2026, 11, 22);
        const QDate later(2027, 3, 31);
        const auto active = static_cast<int>(MembershipStatus::Active);
        QTest::newRow("active, paid through yesterday")
            << active << qint64(12000) << yesterday << true;
        QTest::newRow("active, paid through today") << active << qint64(12000) << today << false;
        QTest::newRow("active, paid ahead") << active << qint64(12000) << later << false;
        QTest::newRow("active, no dues") << active << qint64(0) << yesterday << false;
        QTest::newRow("active, no payment recorded") << active << qint64(12000) << QDate() << false;
        QTest::newRow("inactive, behind")
            << static_cast<int>(MembershipStatus::Inactive) << qint64(6000) << yesterday << true;
        QTest::newRow("withdrawn, behind")
            << static_cast<int>(MembershipStatus::Withdrawn) << qint64(6000) << yesterday << false;
        QTest::newRow("invited, behind")
            << static_cast<int>(MembershipStatus::Invited) << qint64(6000) << yesterday << false;
        QTest::newRow("prospective, behind") << static_cast<int>(MembershipStatus::Prospective)
                                             << qint64(6000) << yesterday << false;
    }

    void duesOverdue()
    {
        QFETCH(int, status);
        QFETCH(qint64, duesCents);
        QFETCH(QDate, paidThrough);
        QFETCH(bool, overdue);
        Membership membership;
        membership.status = static_cast<MembershipStatus>(status);
        membership.duesCents = duesCents;
        membership.duesPaidThrough = paidThrough;
        QCOMPARE(MembershipRules::isDuesOverdue(membership, QDate(2026, 11, 22)), overdue);
    }

    void wholeMonths_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("months");

        QTest::newRow("same day") << QDate(2026, 3, 31) << QDate(2026, 3, 31) << 0;
        QTest::newRow("backwards") << QDate(2026, 3, 31) << QDate(2026, 1, 1) << 0;
        QTest::newRow("a day short") << QDate(2026, 3, 31) << QDate(2026, 4, 29) << 0;
        QTest::newRow("end of a shorter month") << QDate(2026, 1, 31) << QDate(2026, 2, 28) << 1;
        QTest::newRow("mid month") << QDate(2026, 3, 15) << QDate(2026, 11, 14) << 7;
        QTest::newRow("to the day") << QDate(2026, 3, 15) << QDate(2026, 11, 15) << 8;
        QTest::newRow("across years") << QDate(2025, 11, 30) << QDate(2027, 1, 2) << 13;
        QTest::newRow("missing date") << QDate() << QDate(2027, 1, 2) << 0;
    }

    void wholeMonths()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, months);
        QCOMPARE(MembershipRules::wholeMonthsBetween(from, to), months);
    }

    void matcher_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("status"); // -1: any
        QTest::addColumn<bool>("matches");

        QTest::newRow("empty") << QString() << -1 << true;
        QTest::newRow("organization, any case") << u"  FOOD  bank"_s << -1 << true;
        QTest::newRow("representative") << u"wiśniewski"_s << -1 << true;
        QTest::newRow("no such text") << u"clinic"_s << -1 << false;
        QTest::newRow("status matches")
            << QString() << static_cast<int>(MembershipStatus::Inactive) << true;
        QTest::newRow("status differs")
            << u"food"_s << static_cast<int>(MembershipStatus::Active) << false;
    }

    void matcher()
    {
        QFETCH(QString, text);
        QFETCH(int, status);
        QFETCH(bool, matches);
        const MembershipMatcher matcher(
            text, status < 0 ? std::nullopt : std::optional(static_cast<MembershipStatus>(status)));
        QCOMPARE(matcher.isEmpty(), text.isEmpty() && status < 0);
        Membership membership;
        membership.status = MembershipStatus::Inactive;
        QCOMPARE(matcher.matches(membership, u"Eastgate Food Bank"_s, u"Tomasz Wiśniewski"_s),
                 matches);
    }
};

QTEST_GUILESS_MAIN(TestMembershipRules)
#include "tst_membershiprules.moc"
