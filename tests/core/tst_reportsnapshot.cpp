// SPDX-License-Identifier: GPL-3.0-or-later
// loadReportData on the sample workspace: everything the report builder
// needs comes back from one read, confidential records included, decisions
// with the date and body of their meeting, and the names the report prints.

#include "io/demoworkspace.h"
#include "reports/reportbuilder.h"
#include "storage/reportsnapshot.h"
#include "storage/workspace.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coalition;

class TestReportSnapshot final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void loadsTheSample();
    void unknownCoalitionFails();
};

void TestReportSnapshot::loadsTheSample()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto opened = Workspace::open(dir.filePath(u"demo.coalition"_s), Database::OpenMode::CreateNew);
    QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
    Workspace &workspace = **opened;
    const QDate today(2026, 11, 22);
    const Status populated = DemoWorkspace::populate(workspace, today);
    QVERIFY2(populated.ok(), qPrintable(populated.error().toString()));
    auto coalitions = workspace.coalitions().list();
    QVERIFY(coalitions.ok() && !coalitions->isEmpty());
    const Id coalitionId = coalitions->first().id;

    auto loaded = loadReportData(workspace, coalitionId);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().toString()));
    const ReportData &data = *loaded;
    QCOMPARE(data.coalition.id, coalitionId);

    // As the repositories list them, confidential records included.
    QCOMPARE(data.groups, *workspace.actionGroups().listForCoalition(coalitionId));
    QCOMPARE(data.plans, *workspace.actionPlans().listForCoalition(coalitionId));
    QCOMPARE(data.tasks, *workspace.tasks().listForCoalition(coalitionId));
    QCOMPARE(data.reports, *workspace.progressReports().listForCoalition(coalitionId));
    QCOMPARE(data.goals, *workspace.goals().listForCoalition(coalitionId));
    QCOMPARE(data.successes, *workspace.successes().listForCoalition(coalitionId));
    QCOMPARE(data.evaluations, *workspace.evaluations().listForCoalition(coalitionId));
    QCOMPARE(data.conflicts, *workspace.conflicts().listForCoalition(coalitionId));
    QCOMPARE(data.memberships, *workspace.memberships().listForCoalition(coalitionId));
    QVERIFY(!data.groups.isEmpty());
    QVERIFY(!data.tasks.isEmpty());

    const QList<Decision> decisions = *workspace.decisions().listForCoalition(coalitionId);
    QCOMPARE(data.decisions.size(), decisions.size());
    QVERIFY(!data.decisions.isEmpty());
    for (const ReportDecision &entry : data.decisions) {
        QVERIFY(entry.meetingOn.isValid());
        QVERIFY(!entry.bodyName.isEmpty());
        auto meeting = workspace.meetings().get(entry.decision.meetingId);
        QVERIFY(meeting.ok());
        QCOMPARE(entry.meetingOn, meeting->startsAt.date());
    }
    for (const Membership &membership : data.memberships)
        QVERIFY(data.organizationNames.contains(membership.organizationId));
    for (const ActionGroup &group : data.groups) {
        if (group.convenerId)
            QVERIFY(data.personNames.contains(*group.convenerId));
    }

    // The sample's confidential conflict is left out of a report and counted.
    ReportBuilder::Options options;
    options.period = ReportPeriod::monthOf(today);
    options.today = today;
    const ReportDocument document = ReportBuilder::build(data, options);
    QVERIFY(document.confidentialLeftOut >= 1);
}

void TestReportSnapshot::unknownCoalitionFails()
{
    QTemporaryDir dir;
    auto opened
        = Workspace::open(dir.filePath(u"empty.coalition"_s), Database::OpenMode::CreateNew);
    QVERIFY(opened.ok());
    auto loaded = loadReportData(**opened, 42);
    QVERIFY(!loaded.ok());
    QVERIFY(!loaded.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestReportSnapshot)
#include "tst_reportsnapshot.moc"
