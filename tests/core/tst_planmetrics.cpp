// SPDX-License-Identifier: GPL-3.0-or-later
// What a plan's tasks, budget and staffing add up to on a given day, and which
// progress reports an action group still owes (rules/planmetrics.h).

#include "rules/planmetrics.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coalition;

namespace {

const QDate Today(2026, 10, 15);

Task task(Id id, TaskStatus status, const QDate &dueOn, Id planId = 1)
{
    Task result;
    result.id = id;
    result.planId = planId;
    result.title = u"Task %1"_s.arg(id);
    result.status = status;
    result.dueOn = dueOn;
    if (status == TaskStatus::Done)
        result.doneOn = dueOn.isValid() ? dueOn : Today;
    return result;
}

ActionPlan plan(const QDate &dueOn = {})
{
    ActionPlan result;
    result.id = 1;
    result.goalId = 1;
    result.groupId = 1;
    result.title = u"Clean the river banks"_s;
    result.dueOn = dueOn;
    return result;
}

BudgetLine line(qint64 cents, bool secured, std::optional<Id> fundedBy = std::nullopt)
{
    BudgetLine result;
    result.item = u"Item"_s;
    result.amountCents = cents;
    result.fundedById = fundedBy;
    result.source = fundedBy ? QString() : u"City grant"_s;
    result.secured = secured;
    return result;
}

StaffingNeed need(int hours, std::optional<Id> coveredBy, bool soughtOutside = false)
{
    StaffingNeed result;
    result.role = u"Organizer"_s;
    result.hoursPerMonth = hours;
    result.coveredById = coveredBy;
    result.soughtOutside = soughtOutside;
    return result;
}

ReportPeriod period(const QString &text)
{
    return ReportPeriod::parse(text).value();
}

QList<ReportPeriod> periods(const QStringList &texts)
{
    QList<ReportPeriod> result;
    for (const QString &text : texts)
        result.append(period(text));
    return result;
}

ProgressReport report(Id groupId, const QString &text)
{
    ProgressReport result;
    result.id = groupId * 100 + 1;
    result.groupId = groupId;
    result.period = period(text);
    result.text = u"What we did"_s;
    return result;
}

} // namespace

class TestPlanMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isLate_data();
    void isLate();
    void tasks_data();
    void tasks();
    void budget_data();
    void budget();
    void staffing_data();
    void staffing();
    void completion_data();
    void completion();
    void reasonsCarryTheNumbers();
    void missingReports_data();
    void missingReports();
};

void TestPlanMetrics::isLate_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QDate>("dueOn");
    QTest::addColumn<bool>("late");

    const QDate yesterday = Today.addDays(-1);
    QTest::newRow("due today") << int(TaskStatus::NotStarted) << Today << false;
    QTest::newRow("due yesterday") << int(TaskStatus::NotStarted) << yesterday << true;
    QTest::newRow("in progress, due yesterday") << int(TaskStatus::InProgress) << yesterday << true;
    QTest::newRow("due tomorrow") << int(TaskStatus::InProgress) << Today.addDays(1) << false;
    QTest::newRow("done, due yesterday") << int(TaskStatus::Done) << yesterday << false;
    QTest::newRow("dropped, due long ago")
        << int(TaskStatus::Dropped) << QDate(2025, 1, 1) << false;
    QTest::newRow("no due date") << int(TaskStatus::NotStarted) << QDate() << false;
}

void TestPlanMetrics::isLate()
{
    QFETCH(int, status);
    QFETCH(QDate, dueOn);
    QFETCH(bool, late);

    const Task subject = task(7, TaskStatus(status), dueOn);
    QCOMPARE(PlanMetrics::isLate(subject, Today), late);
    const PlanStatus result = PlanMetrics::of(plan(), {subject}, Today);
    QCOMPARE(result.late, late ? 1 : 0);
    QCOMPARE(result.lateTasks, late ? QList<Id>{7} : QList<Id>{});
}

void TestPlanMetrics::tasks_data()
{
    QTest::addColumn<QList<Task>>("tasks");
    QTest::addColumn<QString>("period");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("done");
    QTest::addColumn<int>("open");
    QTest::addColumn<int>("late");
    QTest::addColumn<QList<Id>>("lateTasks");
    QTest::addColumn<int>("dueInPeriod");

    const QList<Task> mixed = {
        task(1, TaskStatus::Done, QDate(2026, 9, 1)),
        task(2, TaskStatus::Dropped, QDate(2026, 9, 1)),
        task(3, TaskStatus::NotStarted, QDate(2026, 10, 14)),
        task(4, TaskStatus::InProgress, QDate(2026, 10, 15)),
        task(5, TaskStatus::InProgress, QDate(2026, 11, 30)),
        task(6, TaskStatus::NotStarted, QDate(2026, 9, 30)),
        task(7, TaskStatus::NotStarted, QDate()),
        task(8, TaskStatus::NotStarted, QDate(2026, 1, 1), 2), // another plan's
    };
    QTest::newRow("none") << QList<Task>{} << QString() << 0 << 0 << 0 << 0 << QList<Id>{} << 0;
    QTest::newRow("mixed, no period")
        << mixed << QString() << 6 << 1 << 5 << 2 << QList<Id>{3, 6} << 0;
    QTest::newRow("mixed, this month")
        << mixed << u"2026-10"_s << 6 << 1 << 5 << 2 << QList<Id>{3, 6} << 2;
    QTest::newRow("mixed, this quarter")
        << mixed << u"2026-Q4"_s << 6 << 1 << 5 << 2 << QList<Id>{3, 6} << 3;
    QTest::newRow("mixed, last month: only open ones count")
        << mixed << u"2026-09"_s << 6 << 1 << 5 << 2 << QList<Id>{3, 6} << 1;
    QTest::newRow("other plan only")
        << QList<Task>{task(9, TaskStatus::NotStarted, QDate(2026, 1, 1), 3)} << u"2026-01"_s << 0
        << 0 << 0 << 0 << QList<Id>{} << 0;
}

void TestPlanMetrics::tasks()
{
    QFETCH(QList<Task>, tasks);
    QFETCH(QString, period);
    QFETCH(int, count);
    QFETCH(int, done);
    QFETCH(int, open);
    QFETCH(int, late);
    QFETCH(QList<Id>, lateTasks);
    QFETCH(int, dueInPeriod);

    const std::optional<ReportPeriod> asked
        = period.isEmpty() ? std::nullopt : ReportPeriod::parse(period);
    const PlanStatus result = PlanMetrics::of(plan(), tasks, Today, asked);
    QCOMPARE(result.tasks, count);
    QCOMPARE(result.done, done);
    QCOMPARE(result.open, open);
    QCOMPARE(result.late, late);
    QCOMPARE(result.lateTasks, lateTasks);
    QCOMPARE(result.dueInPeriod, dueInPeriod);
}

void TestPlanMetrics::budget_data()
{
    QTest::addColumn<QList<BudgetLine>>("lines");
    QTest::addColumn<qint64>("budget");
    QTest::addColumn<qint64>("secured");
    QTest::addColumn<qint64>("unfunded");

    QTest::newRow("no budget") << QList<BudgetLine>{} << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("all secured") << QList<BudgetLine>{line(50000, true, 3), line(2550, true)}
                                 << qint64(52550) << qint64(52550) << qint64(0);
    QTest::newRow("mixed lines") << QList<BudgetLine>{line(50000, true, 3), line(120000, false),
                                                      line(7525, false, 4), line(10000, true)}
                                 << qint64(187525) << qint64(60000) << qint64(127525);
    QTest::newRow("nothing secured: a member's pledge still sought")
        << QList<BudgetLine>{line(3000, false, 5)} << qint64(3000) << qint64(0) << qint64(3000);
}

void TestPlanMetrics::budget()
{
    QFETCH(QList<BudgetLine>, lines);
    QFETCH(qint64, budget);
    QFETCH(qint64, secured);
    QFETCH(qint64, unfunded);

    ActionPlan subject = plan();
    subject.budget = lines;
    const PlanStatus result = PlanMetrics::of(subject, {}, Today);
    QCOMPARE(result.budgetCents, budget);
    QCOMPARE(result.securedCents, secured);
    QCOMPARE(result.unfundedCents, unfunded);
    const bool mentioned
        = std::any_of(result.reasons.cbegin(), result.reasons.cend(),
                      [](const QString &reason) { return reason.contains(u"not secured"_s); });
    QCOMPARE(mentioned, unfunded > 0);
}

void TestPlanMetrics::staffing_data()
{
    QTest::addColumn<QList<StaffingNeed>>("needs");
    QTest::addColumn<int>("needed");
    QTest::addColumn<int>("covered");
    QTest::addColumn<int>("uncovered");

    QTest::newRow("none") << QList<StaffingNeed>{} << 0 << 0 << 0;
    QTest::newRow("all covered") << QList<StaffingNeed>{need(20, 3), need(10, 4)} << 30 << 30 << 0;
    QTest::newRow("one sought outside, one open")
        << QList<StaffingNeed>{need(20, 3), need(16, std::nullopt, true), need(8, std::nullopt)}
        << 44 << 20 << 24;
    QTest::newRow("nobody yet") << QList<StaffingNeed>{need(40, std::nullopt)} << 40 << 0 << 40;
}

void TestPlanMetrics::staffing()
{
    QFETCH(QList<StaffingNeed>, needs);
    QFETCH(int, needed);
    QFETCH(int, covered);
    QFETCH(int, uncovered);

    ActionPlan subject = plan();
    subject.staffing = needs;
    const PlanStatus result = PlanMetrics::of(subject, {}, Today);
    QCOMPARE(result.hoursNeeded, needed);
    QCOMPARE(result.hoursCovered, covered);
    QCOMPARE(result.hoursUncovered, uncovered);
    const QString sentence = u"%1 of the %2 hours"_s.arg(uncovered).arg(needed);
    const bool mentioned
        = std::any_of(result.reasons.cbegin(), result.reasons.cend(),
                      [&sentence](const QString &reason) { return reason.contains(sentence); });
    QCOMPARE(mentioned, uncovered > 0);
}

void TestPlanMetrics::completion_data()
{
    QTest::addColumn<QList<Task>>("tasks");
    QTest::addColumn<QDate>("planDue");
    QTest::addColumn<bool>("finished");
    QTest::addColumn<bool>("pastDue");

    const QDate past(2026, 9, 30);
    const QDate future(2026, 12, 31);
    const Task done = task(1, TaskStatus::Done, QDate(2026, 9, 1));
    const Task dropped = task(2, TaskStatus::Dropped, QDate(2026, 9, 1));
    const Task open = task(3, TaskStatus::InProgress, QDate(2026, 12, 1));
    QTest::newRow("no tasks, not due") << QList<Task>{} << future << false << false;
    QTest::newRow("no tasks, due date passed") << QList<Task>{} << past << false << true;
    QTest::newRow("all done") << QList<Task>{done} << past << true << false;
    QTest::newRow("done and dropped") << QList<Task>{done, dropped} << past << true << false;
    QTest::newRow("only dropped") << QList<Task>{dropped} << future << true << false;
    QTest::newRow("one open, due date passed") << QList<Task>{done, open} << past << false << true;
    QTest::newRow("one open, due today") << QList<Task>{done, open} << Today << false << false;
    QTest::newRow("one open, no due date") << QList<Task>{done, open} << QDate() << false << false;
    QTest::newRow("another plan's tasks do not finish it")
        << QList<Task>{task(4, TaskStatus::Done, past, 2)} << past << false << true;
}

void TestPlanMetrics::completion()
{
    QFETCH(QList<Task>, tasks);
    QFETCH(QDate, planDue);
    QFETCH(bool, finished);
    QFETCH(bool, pastDue);

    const PlanStatus result = PlanMetrics::of(plan(planDue), tasks, Today);
    QCOMPARE(result.finished, finished);
    QCOMPARE(result.pastDue, pastDue);
    QVERIFY(!result.reasons.isEmpty());
}

void TestPlanMetrics::reasonsCarryTheNumbers()
{
    ActionPlan subject = plan(QDate(2026, 10, 1));
    subject.budget = {line(100000, true), line(25000, false)};
    const QList<Task> tasks = {
        task(1, TaskStatus::Done, QDate(2026, 9, 1)),
        task(2, TaskStatus::NotStarted, QDate(2026, 10, 10)),
        task(3, TaskStatus::InProgress, QDate(2026, 10, 20)),
    };
    const PlanStatus result = PlanMetrics::of(subject, tasks, Today, period(u"2026-10"_s));
    QCOMPARE(result.late, 1);
    QCOMPARE(result.dueInPeriod, 2);
    const QString all = result.reasons.join(u'\n');
    QVERIFY2(all.contains(u"1 of 3 tasks done, 2 open"_s), qPrintable(all));
    QVERIFY2(all.contains(u"1 of 2 open tasks are late"_s), qPrintable(all));
    QVERIFY2(all.contains(u"2026-10-15"_s), qPrintable(all));
    QVERIFY2(all.contains(u"due in 2026-10"_s), qPrintable(all));
    QVERIFY2(all.contains(u"2026-10-01"_s), qPrintable(all));
    QVERIFY2(all.contains(u"250"_s) && all.contains(u"1250"_s), qPrintable(all));

    // Two calls with the same input agree (the status compares as a value).
    QCOMPARE(PlanMetrics::of(subject, tasks, Today, period(u"2026-10"_s)), result);
}

void TestPlanMetrics::missingReports_data()
{
    QTest::addColumn<int>("cadence");
    QTest::addColumn<QDate>("startedOn");
    QTest::addColumn<QDateTime>("createdAt");
    QTest::addColumn<QList<ProgressReport>>("reports");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QList<ReportPeriod>>("missing");

    const int monthly = int(ReportingCadence::Monthly);
    const int quarterly = int(ReportingCadence::Quarterly);
    const QDateTime created(QDate(2026, 2, 10), QTime(12, 0), Qt::UTC);
    const QDate midNovember(2025, 11, 20);

    QTest::newRow("monthly across the year end, none reported")
        << monthly << midNovember << created << QList<ProgressReport>{} << QDate(2026, 3, 5)
        << periods({u"2025-11"_s, u"2025-12"_s, u"2026-01"_s, u"2026-02"_s});
    QTest::newRow("monthly, some reported (one by another group)")
        << monthly << midNovember << created
        << QList<ProgressReport>{report(1, u"2025-12"_s), report(1, u"2026-02"_s),
                                 report(2, u"2025-11"_s), report(1, u"2026-03"_s)}
        << QDate(2026, 3, 5) << periods({u"2025-11"_s, u"2026-01"_s});
    QTest::newRow("monthly, the period ending yesterday is owed")
        << monthly << QDate(2026, 1, 31) << created << QList<ProgressReport>{} << QDate(2026, 3, 1)
        << periods({u"2026-01"_s, u"2026-02"_s});
    QTest::newRow("monthly, the current period is not owed yet")
        << monthly << QDate(2026, 2, 1) << created << QList<ProgressReport>{} << QDate(2026, 2, 28)
        << QList<ReportPeriod>{};
    QTest::newRow("monthly, all reported")
        << monthly << midNovember << created
        << QList<ProgressReport>{report(1, u"2025-11"_s), report(1, u"2025-12"_s)}
        << QDate(2026, 1, 10) << QList<ReportPeriod>{};
    QTest::newRow("monthly, no start: from the creation date")
        << monthly << QDate() << created << QList<ProgressReport>{} << QDate(2026, 4, 2)
        << periods({u"2026-02"_s, u"2026-03"_s});
    QTest::newRow("quarterly, started mid-quarter, across the year end")
        << quarterly << midNovember << created << QList<ProgressReport>{} << QDate(2026, 7, 1)
        << periods({u"2025-Q4"_s, u"2026-Q1"_s, u"2026-Q2"_s});
    QTest::newRow("quarterly, some reported")
        << quarterly << QDate(2025, 8, 15) << created
        << QList<ProgressReport>{report(1, u"2025-Q4"_s), report(1, u"2026-Q2"_s)}
        << QDate(2026, 8, 1) << periods({u"2025-Q3"_s, u"2026-Q1"_s});
    QTest::newRow("quarterly, monthly reports do not stand for a quarter")
        << quarterly << QDate(2026, 1, 1) << created
        << QList<ProgressReport>{report(1, u"2026-01"_s), report(1, u"2026-02"_s),
                                 report(1, u"2026-03"_s)}
        << QDate(2026, 4, 1) << periods({u"2026-Q1"_s});
    QTest::newRow("quarterly, quarter not over")
        << quarterly << QDate(2026, 1, 1) << created << QList<ProgressReport>{}
        << QDate(2026, 3, 31) << QList<ReportPeriod>{};
    QTest::newRow("started in the future")
        << monthly << QDate(2026, 6, 1) << created << QList<ProgressReport>{} << QDate(2026, 3, 5)
        << QList<ReportPeriod>{};
    QTest::newRow("cadence none") << int(ReportingCadence::None) << midNovember << created
                                  << QList<ProgressReport>{} << QDate(2027, 3, 5)
                                  << QList<ReportPeriod>{};
    QTest::newRow("neither start nor creation date")
        << monthly << QDate() << QDateTime() << QList<ProgressReport>{} << QDate(2027, 3, 5)
        << QList<ReportPeriod>{};
}

void TestPlanMetrics::missingReports()
{
    QFETCH(int, cadence);
    QFETCH(QDate, startedOn);
    QFETCH(QDateTime, createdAt);
    QFETCH(QList<ProgressReport>, reports);
    QFETCH(QDate, today);
    QFETCH(QList<ReportPeriod>, missing);

    ActionGroup group;
    group.id = 1;
    group.coalitionId = 1;
    group.name = u"River group"_s;
    group.cadence = ReportingCadence(cadence);
    group.startedOn = startedOn;
    group.createdAt = createdAt;
    const QList<ReportPeriod> result = PlanMetrics::missingReports(group, reports, today);
    QStringList written;
    for (const ReportPeriod &each : result)
        written.append(each.toString());
    QVERIFY2(result == missing, qPrintable(written.join(u", "_s)));
}

QTEST_APPLESS_MAIN(TestPlanMetrics)
#include "tst_planmetrics.moc"
