// SPDX-License-Identifier: GPL-3.0-or-later
// Membership over time: the days it is measured on, and who counts as an
// active member on each, from joined and left dates and the status history
// (rules/membershiptrend.h).

#include "rules/membershiptrend.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coalition;

namespace {

const QDate Today(2026, 3, 14);

Membership member(const QDate &joinedOn, const QList<StatusChange> &history,
                  const QDate &leftOn = {})
{
    Membership m;
    m.joinedOn = joinedOn;
    m.leftOn = leftOn;
    m.history = history;
    m.status = history.isEmpty() ? MembershipStatus::Active : history.constLast().status;
    return m;
}

} // namespace

class TestMembershipTrend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void measuresAtEachMonthEndThenToday()
    {
        const QList<QDate> days = MembershipTrend::measuringDays(Today, 24);
        QCOMPARE(days.size(), 24);
        QCOMPARE(days.constFirst(), QDate(2024, 4, 30));
        QCOMPARE(days.at(1), QDate(2024, 5, 31));
        QCOMPARE(days.at(10), QDate(2025, 2, 28)); // not a leap year
        QCOMPARE(days.at(21), QDate(2026, 1, 31));
        QCOMPARE(days.at(22), QDate(2026, 2, 28));
        QCOMPARE(days.constLast(), Today);

        QCOMPARE(MembershipTrend::measuringDays(QDate(2024, 3, 31), 2),
                 QList<QDate>({QDate(2024, 2, 29), QDate(2024, 3, 31)}));
        QCOMPARE(MembershipTrend::measuringDays(Today, 1), QList<QDate>{Today});
        QVERIFY(MembershipTrend::measuringDays(Today, 0).isEmpty());
        QVERIFY(MembershipTrend::measuringDays(QDate(), 24).isEmpty());
    }

    void statusOnADay_data()
    {
        QTest::addColumn<Membership>("membership");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<bool>("active");

        const Membership joined = member(QDate(2025, 6, 10),
                                         {{MembershipStatus::Invited, QDate(2025, 5, 20), {}},
                                          {MembershipStatus::Active, QDate(2025, 6, 10), {}}});
        QTest::newRow("invited, not yet active") << joined << QDate(2025, 6, 9) << false;
        QTest::newRow("active from the day it joined") << joined << QDate(2025, 6, 10) << true;
        QTest::newRow("before any record") << joined << QDate(2025, 1, 1) << false;

        const Membership paused = member(QDate(2024, 1, 1),
                                         {{MembershipStatus::Active, QDate(2024, 1, 1), {}},
                                          {MembershipStatus::Inactive, QDate(2025, 3, 1), {}},
                                          {MembershipStatus::Active, QDate(2025, 9, 1), {}}});
        QTest::newRow("active before the pause") << paused << QDate(2025, 2, 28) << true;
        QTest::newRow("inactive during the pause") << paused << QDate(2025, 3, 1) << false;
        QTest::newRow("active again") << paused << QDate(2025, 9, 30) << true;

        const Membership withdrawn = member(QDate(2024, 1, 1),
                                            {{MembershipStatus::Active, QDate(2024, 1, 1), {}},
                                             {MembershipStatus::Withdrawn, QDate(2025, 5, 1), {}}},
                                            QDate(2025, 5, 1));
        QTest::newRow("withdrawn: active the day before")
            << withdrawn << QDate(2025, 4, 30) << true;
        QTest::newRow("withdrawn: not from the day it left")
            << withdrawn << QDate(2025, 5, 1) << false;

        // A left date no status change marks still ends the membership.
        const Membership leftOnly
            = member(QDate(2024, 1, 1), {{MembershipStatus::Active, QDate(2024, 1, 1), {}}},
                     QDate(2025, 1, 15));
        QTest::newRow("left date without a change") << leftOnly << QDate(2025, 1, 31) << false;

        // Imported: joined long before its first recorded change.
        const Membership imported
            = member(QDate(2023, 5, 1), {{MembershipStatus::Active, QDate(2026, 1, 1), {}}});
        QTest::newRow("joined before the history starts") << imported << QDate(2024, 6, 30) << true;
        QTest::newRow("before the joined date") << imported << QDate(2023, 4, 30) << false;

        const Membership noHistory = member(QDate(2025, 2, 1), {});
        QTest::newRow("no history: from the joined date") << noHistory << QDate(2025, 2, 1) << true;
        QTest::newRow("no history: not before it") << noHistory << QDate(2025, 1, 31) << false;

        QTest::newRow("no dates at all") << member({}, {}) << Today << false;

        // Without a joined date, only a recorded change can make it active.
        const Membership prospective
            = member({}, {{MembershipStatus::Prospective, QDate(2025, 1, 1), {}}});
        QTest::newRow("prospective, no joined date") << prospective << Today << false;
    }

    void statusOnADay()
    {
        QFETCH(Membership, membership);
        QFETCH(QDate, day);
        QFETCH(bool, active);
        QCOMPARE(MembershipTrend::isActiveOn(membership, day), active);
    }

    void countsActiveMembersOnEachDay()
    {
        const QList<Membership> members{
            // Active throughout.
            member(QDate(2020, 1, 1), {{MembershipStatus::Active, QDate(2020, 1, 1), {}}}),
            // Joins in January 2026.
            member(QDate(2026, 1, 20),
                   {{MembershipStatus::Invited, QDate(2026, 1, 1), {}},
                    {MembershipStatus::Active, QDate(2026, 1, 20), {}}}),
            // Leaves at the end of December 2025.
            member(QDate(2020, 1, 1),
                   {{MembershipStatus::Active, QDate(2020, 1, 1), {}},
                    {MembershipStatus::Withdrawn, QDate(2025, 12, 31), {}}},
                   QDate(2025, 12, 31)),
            // Inactive in February 2026 only.
            member(QDate(2020, 1, 1),
                   {{MembershipStatus::Active, QDate(2020, 1, 1), {}},
                    {MembershipStatus::Inactive, QDate(2026, 2, 3), {}},
                    {MembershipStatus::Active, QDate(2026, 3, 1), {}}}),
            // Never joined.
            member({}, {{MembershipStatus::Prospective, QDate(2025, 11, 2), {}}}),
        };
        const QList<MembershipTrendPoint> points = MembershipTrend::compute(members, Today, 5);
        const QList<MembershipTrendPoint> expected{
            {QDate(2025, 10, 31), 3}, {QDate(2025, 11, 30), 3}, {QDate(2025, 12, 31), 2},
            {QDate(2026, 1, 31), 3},  {QDate(2026, 2, 28), 2},  {Today, 3},
        };
        QCOMPARE(points.size(), 5);
        QCOMPARE(points, expected.mid(1));
        QCOMPARE(MembershipTrend::compute(members, Today, 24).size(), 24);
        QCOMPARE(MembershipTrend::compute(members, Today, 24).constFirst().active, 3);
        QVERIFY(MembershipTrend::compute({}, Today, 3)
                == QList<MembershipTrendPoint>(
                    {{QDate(2026, 1, 31), 0}, {QDate(2026, 2, 28), 0}, {Today, 0}}));
    }
};

QTEST_GUILESS_MAIN(TestMembershipTrend)
#include "tst_membershiptrend.moc"
