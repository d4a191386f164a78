// SPDX-License-Identifier: GPL-3.0-or-later
// The action commands of coalition-cli (goal, group, plan, task, report-entry,
// success, evaluation, conflict), each call a separate process of the real
// executable, checked by its exit code, its output and the one line it writes
// to standard error when it refuses something. Derived state is judged on a
// fixed day (--as-of) so that no result depends on the day the test runs.

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "clitest.h"

using namespace Qt::StringLiterals;
using namespace CliTest;

namespace {

const QString Coalition = u"Riverside Neighbourhood Coalition"_s;
const QString Eastgate = u"Eastgate Food Bank"_s;
const QString Tenants = u"Riverside Tenants' Union"_s;
const QString Library = u"Northside Library"_s;
const QString Harbor = u"Harbor Credit Union"_s;
const QString Housing = u"Housing Action Group"_s;
const QString Clinic = u"Rent clinic"_s;
const QString AsOf = u"2026-10-15"_s;

QStringList titlesIn(const QJsonArray &records, const QString &field = u"title"_s)
{
    QStringList titles;
    for (const QJsonValue &record : records)
        titles.append(record.toObject().value(field).toString());
    return titles;
}

// A goal, the Housing Action Group (reporting monthly since 2026-07-15), the
// rent clinic plan with a budget gap and a staffing gap, four tasks (one done,
// one late, one confidential and late, one not yet due) and the group's July
// and August reports, written to `file`.
bool writeActionWork(const QString &file, const QString &workingDirectory)
{
    const QList<QStringList> steps = {
        {u"goal"_s, u"add"_s, u"--coalition"_s, Coalition, u"--title"_s, u"Keep rents fair"_s,
         u"--text"_s, u"No household in Riverside pays more than a third of its income in rent"_s,
         u"--measure"_s, u"Households advised"_s, u"--measure"_s, u"Rent rises contested"_s,
         u"--target"_s, u"2027-06-30"_s, u"--status"_s, u"active"_s},
        {u"group"_s,       u"add"_s,
         u"--coalition"_s, Coalition,
         u"--name"_s,      Housing,
         u"--purpose"_s,   u"Runs the rent campaign's street work"_s,
         u"--convener"_s,  u"Maya Brooks"_s,
         u"--member"_s,    Eastgate,
         u"--member"_s,    Tenants,
         u"--person"_s,    u"Ana Ruiz"_s,
         u"--goal"_s,      u"Keep rents fair"_s,
         u"--cadence"_s,   u"monthly"_s,
         u"--started"_s,   u"2026-07-15"_s},
        {u"plan"_s,        u"add"_s,
         u"--coalition"_s, Coalition,
         u"--goal"_s,      u"Keep rents fair"_s,
         u"--group"_s,     Housing,
         u"--lead"_s,      Eastgate,
         u"--title"_s,     Clinic,
         u"--start"_s,     u"2026-08-01"_s,
         u"--due"_s,       u"2026-12-31"_s,
         u"--criterion"_s, u"Forty households advised"_s,
         u"--criterion"_s, u"Satisfaction of 4 out of 5"_s,
         u"--budget"_s,    u"Room hire:1200:"_s + Eastgate + u":secured"_s,
         u"--budget"_s,    u"Flyers:300.50:City Neighbourhood Fund:sought"_s,
         u"--staffing"_s,  u"Outreach worker:20:"_s + Tenants,
         u"--staffing"_s,  u"Designer:6:outside"_s},
        {u"task"_s, u"add"_s, u"--plan"_s, Clinic, u"--coalition"_s, Coalition, u"--title"_s,
         u"Book the hall"_s, u"--responsible"_s, Eastgate, u"--due"_s, u"2026-08-20"_s},
        {u"task"_s, u"add"_s, u"--plan"_s, u"1"_s, u"--title"_s, u"Print flyers"_s,
         u"--responsible"_s, Tenants, u"--start"_s, u"2026-08-15"_s, u"--due"_s, u"2026-09-10"_s,
         u"--status"_s, u"in-progress"_s},
        {u"task"_s, u"add"_s, u"--plan"_s, u"1"_s, u"--title"_s, u"Talk to the landlord"_s,
         u"--due"_s, u"2026-09-01"_s, u"--confidential"_s},
        {u"task"_s, u"add"_s, u"--plan"_s, u"1"_s, u"--title"_s, u"Run the clinic"_s,
         u"--responsible"_s, Eastgate, u"--due"_s, u"2026-11-30"_s},
        {u"task"_s, u"done"_s, u"Book the hall"_s, u"--coalition"_s, Coalition, u"--on"_s,
         u"2026-08-18"_s},
        {u"report-entry"_s, u"add"_s, u"--coalition"_s, Coalition, u"--group"_s, Housing,
         u"--period"_s, u"2026-07"_s, u"--author"_s, u"Ana Ruiz"_s, u"--text"_s,
         u"Group formed; hall found"_s, u"--received"_s, u"2026-08-03"_s},
        {u"report-entry"_s, u"add"_s, u"--group"_s, u"1"_s, u"--period"_s, u"2026-08"_s,
         u"--text"_s, u"Flyers designed"_s, u"--received"_s, u"2026-09-04"_s},
    };
    for (const QStringList &arguments : steps) {
        const CliRun run = runCli(arguments + QStringList{u"--db"_s, file}, workingDirectory);
        if (const QString problem = successProblem(run); !problem.isEmpty()) {
            qWarning("%s", qPrintable(problem));
            return false;
        }
    }
    return true;
}

} // namespace

class TestCliAction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void commandGroupHelp_data();
    void commandGroupHelp();
    void goalsAndConfidentiality();
    void planStateAndTasks();
    void groupShowAndMissingReports();
    void finishingAPlan();
    void successesAndEvaluations();
    void conflictLadder();
    void refusals_data();
    void refusals();

private:
    CliRun on(const QStringList &arguments) const
    {
        return runCli(arguments + QStringList{u"--db"_s, m_db}, m_dir->path());
    }
    QString ok(const QStringList &arguments) const;
    QJsonObject json(const QStringList &arguments) const;

    QTemporaryDir m_shared;
    QString m_seeded; // registry, coalition, members and the action work, made once
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

QString TestCliAction::ok(const QStringList &arguments) const
{
    const CliRun run = on(arguments);
    if (const QString problem = successProblem(run); !problem.isEmpty()) {
        qWarning("%s", qPrintable(problem));
        return {};
    }
    return run.outText();
}

QJsonObject TestCliAction::json(const QStringList &arguments) const
{
    const CliRun run = on(arguments + QStringList{u"--format"_s, u"json"_s});
    if (const QString problem = successProblem(run); !problem.isEmpty()) {
        qWarning("%s", qPrintable(problem));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), run.out.constData());
    return document.object();
}

void TestCliAction::initTestCase()
{
    QVERIFY(QFileInfo(QString::fromUtf8(COALITION_CLI_PATH)).isExecutable());
    QVERIFY(m_shared.isValid());
    m_seeded = m_shared.filePath(u"seeded.coalition"_s);
    const QList<QStringList> setup = {
        {u"init"_s, m_seeded},
        {u"org"_s, u"add"_s, u"--name"_s, Eastgate, u"--sector"_s, u"nonprofit"_s},
        {u"org"_s, u"add"_s, u"--name"_s, Tenants, u"--sector"_s, u"community-group"_s},
        {u"org"_s, u"add"_s, u"--name"_s, Library, u"--sector"_s, u"public-agency"_s},
        {u"org"_s, u"add"_s, u"--name"_s, Harbor, u"--sector"_s, u"business"_s},
        {u"person"_s, u"add"_s, u"--name"_s, u"Maya Brooks"_s, u"--org"_s, Eastgate},
        {u"person"_s, u"add"_s, u"--name"_s, u"Ana Ruiz"_s, u"--org"_s, Tenants},
        {u"person"_s, u"add"_s, u"--name"_s, u"Lee Park"_s, u"--org"_s, Library},
        {u"coalition"_s, u"add"_s, u"--name"_s, Coalition, u"--type"_s, u"ongoing-coalition"_s,
         u"--lead"_s, Eastgate, u"--start"_s, u"2026-01-10"_s},
    };
    for (const QStringList &arguments : setup) {
        const QStringList line = arguments.first() == u"init"_s
            ? arguments
            : arguments + QStringList{u"--db"_s, m_seeded};
        QVERIFY_NO_PROBLEM(successProblem(runCli(line, m_shared.path())));
    }
    // Harbor Credit Union never joins.
    for (const QString &org : {Eastgate, Tenants, Library}) {
        QVERIFY_NO_PROBLEM(successProblem(runCli(
            {u"member"_s, u"add"_s, u"--coalition"_s, Coalition, u"--org"_s, org, u"--status"_s,
             u"active"_s, u"--joined"_s, u"2026-01-10"_s, u"--db"_s, m_seeded},
            m_shared.path())));
    }
    QVERIFY(writeActionWork(m_seeded, m_shared.path()));
}

void TestCliAction::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u"test.coalition"_s);
    QVERIFY(QFile::copy(m_seeded, m_db));
    QFile::setPermissions(m_db, QFile::ReadOwner | QFile::WriteOwner);
}

void TestCliAction::cleanup()
{
    m_dir.reset();
}

// ---------------------------------------------------------------------------

void TestCliAction::commandGroupHelp_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QStringList>("subcommands");
    QTest::newRow("goal") << u"goal"_s << QStringList{u"add"_s, u"list"_s, u"show"_s, u"edit"_s};
    QTest::newRow("group") << u"group"_s << QStringList{u"add"_s, u"list"_s, u"show"_s, u"edit"_s};
    QTest::newRow("plan") << u"plan"_s << QStringList{u"add"_s, u"list"_s, u"show"_s, u"edit"_s};
    QTest::newRow("task") << u"task"_s << QStringList{u"add"_s, u"list"_s, u"edit"_s, u"done"_s};
    QTest::newRow("report-entry") << u"report-entry"_s << QStringList{u"add"_s, u"list"_s};
    QTest::newRow("success") << u"success"_s << QStringList{u"add"_s, u"list"_s, u"edit"_s};
    QTest::newRow("evaluation") << u"evaluation"_s << QStringList{u"add"_s, u"list"_s, u"edit"_s};
    QTest::newRow("conflict") << u"conflict"_s
                              << QStringList{u"add"_s, u"list"_s, u"edit"_s, u"escalate"_s,
                                             u"resolve"_s};
}

void TestCliAction::commandGroupHelp()
{
    QFETCH(QString, group);
    QFETCH(QStringList, subcommands);
    const CliRun run = runCli({group, u"--help"_s}, m_dir->path());
    QVERIFY_NO_PROBLEM(successProblem(run));
    for (const QString &subcommand : subcommands) {
        QVERIFY2(run.outText().contains(u"  "_s + group + u' ' + subcommand + u' '),
                 qPrintable(subcommand));
        const CliRun help = runCli({group, subcommand, u"--help"_s}, m_dir->path());
        QVERIFY_NO_PROBLEM(successProblem(help));
        QVERIFY(help.outText().startsWith(u"Usage: coalition-cli "_s + group + u' ' + subcommand));
    }
}

void TestCliAction::goalsAndConfidentiality()
{
    const QString added = ok({u"goal"_s, u"add"_s, u"--coalition"_s, Coalition, u"--kind"_s,
                              u"universal"_s, u"--title"_s, u"Broaden the membership"_s,
                              u"--measure"_s, u"Two faith groups join"_s, u"--confidential"_s});
    QVERIFY2(added.contains(u"Added goal 2: Broaden the membership (universal"_s),
             qPrintable(added));

    // Left out and counted, in JSON and in text.
    QJsonObject list = json({u"goal"_s, u"list"_s, u"--coalition"_s, Coalition});
    QCOMPARE(titlesIn(list.value(u"goals"_s).toArray()), QStringList{u"Keep rents fair"_s});
    QCOMPARE(list.value(u"confidential_not_shown"_s).toInt(), 1);
    const QJsonObject goal = list.value(u"goals"_s).toArray().at(0).toObject();
    QCOMPARE(goal.value(u"kind"_s).toString(), u"specific"_s);
    QCOMPARE(stringsIn(goal.value(u"measures"_s)),
             (QStringList{u"Households advised"_s, u"Rent rises contested"_s}));
    QCOMPARE(goal.value(u"plans"_s).toInt(), 1);
    const QString text = ok({u"goal"_s, u"list"_s, u"--coalition"_s, Coalition});
    QVERIFY2(!text.contains(u"Broaden"_s), qPrintable(text));
    QVERIFY2(text.contains(u"1 confidential record not shown"_s), qPrintable(text));

    list = json({u"goal"_s, u"list"_s, u"--coalition"_s, Coalition, u"--include-confidential"_s});
    QCOMPARE(titlesIn(list.value(u"goals"_s).toArray()),
             (QStringList{u"Keep rents fair"_s, u"Broaden the membership"_s}));
    QCOMPARE(list.value(u"confidential_not_shown"_s).toInt(), 0);
    QVERIFY(!ok({u"goal"_s, u"list"_s, u"--coalition"_s, Coalition, u"--include-confidential"_s})
                 .contains(u"not shown"_s));

    // Edit clears the mark; show gives the plans serving a goal.
    QVERIFY(!ok({u"goal"_s, u"edit"_s, u"2"_s, u"--not-confidential"_s, u"--status"_s, u"active"_s})
                 .isEmpty());
    QCOMPARE(json({u"goal"_s, u"list"_s, u"--coalition"_s, Coalition})
                 .value(u"confidential_not_shown"_s)
                 .toInt(),
             0);
    const QJsonObject shown = json({u"goal"_s, u"show"_s, u"Keep rents fair"_s, u"--coalition"_s,
                                    Coalition, u"--as-of"_s, AsOf});
    QCOMPARE(titlesIn(shown.value(u"plans"_s).toArray()), QStringList{Clinic});
    QCOMPARE(titlesIn(shown.value(u"groups"_s).toArray(), u"name"_s), QStringList{Housing});
}

void TestCliAction::planStateAndTasks()
{
    QJsonObject plan
        = json({u"plan"_s, u"show"_s, Clinic, u"--coalition"_s, Coalition, u"--as-of"_s, AsOf});
    const QJsonObject state = plan.value(u"state"_s).toObject();
    // The confidential task is left out of the counts as well as the list.
    QCOMPARE(plan.value(u"confidential_not_shown"_s).toInt(), 1);
    QCOMPARE(titlesIn(plan.value(u"tasks"_s).toArray()),
             (QStringList{u"Book the hall"_s, u"Print flyers"_s, u"Run the clinic"_s}));
    QCOMPARE(state.value(u"tasks"_s).toInt(), 3);
    QCOMPARE(state.value(u"done"_s).toInt(), 1);
    QCOMPARE(state.value(u"late"_s).toInt(), 1);
    QCOMPARE(state.value(u"budget"_s).toString(), u"1500.50"_s);
    QCOMPARE(state.value(u"secured"_s).toString(), u"1200.00"_s);
    QCOMPARE(state.value(u"unfunded"_s).toString(), u"300.50"_s);
    QCOMPARE(state.value(u"hours_needed"_s).toInt(), 26);
    QCOMPARE(state.value(u"hours_covered"_s).toInt(), 20);
    QCOMPARE(state.value(u"hours_uncovered"_s).toInt(), 6);
    QCOMPARE(state.value(u"finished"_s).toBool(), false);
    QCOMPARE(plan.value(u"lead"_s).toString(), Eastgate);
    const QJsonArray budget = plan.value(u"budget"_s).toArray();
    QCOMPARE(budget.at(0).toObject().value(u"funded_by"_s).toString(), Eastgate);
    QCOMPARE(budget.at(1).toObject().value(u"funded_by"_s).toString(),
             u"City Neighbourhood Fund"_s);
    QCOMPARE(budget.at(1).toObject().value(u"secured"_s).toBool(), false);
    QCOMPARE(plan.value(u"staffing"_s).toArray().at(0).toObject().value(u"covered_by"_s).toString(),
             Tenants);
    QCOMPARE(
        plan.value(u"staffing"_s).toArray().at(1).toObject().value(u"sought_outside"_s).toBool(),
        true);

    const QString text = ok({u"plan"_s, u"show"_s, u"1"_s, u"--as-of"_s, AsOf});
    QVERIFY2(text.startsWith(u"Action plan 1: Rent clinic\n"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Budget: 1500.50 needed, 1200.00 secured, 300.50 unfunded."_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"Staffing: 26 hours a month needed, 20 covered by members, 6 not "
                           "covered."_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"1 of 2 open tasks are late"_s), qPrintable(text));
    QVERIFY2(text.contains(u"sought outside"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Forty households advised"_s), qPrintable(text));
    QVERIFY2(text.contains(u"LATE"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"landlord"_s), qPrintable(text));
    QVERIFY2(text.contains(u"1 confidential record not shown"_s), qPrintable(text));

    // With the confidential task, two are late.
    plan = json({u"plan"_s, u"show"_s, u"1"_s, u"--as-of"_s, AsOf, u"--include-confidential"_s});
    QCOMPARE(plan.value(u"state"_s).toObject().value(u"late"_s).toInt(), 2);

    // The list flags the plan.
    const QJsonObject plans
        = json({u"plan"_s, u"list"_s, u"--coalition"_s, Coalition, u"--as-of"_s, AsOf});
    const QJsonObject listed = plans.value(u"plans"_s).toArray().at(0).toObject();
    QCOMPARE(listed.value(u"group"_s).toString(), Housing);
    QCOMPARE(listed.value(u"state"_s).toObject().value(u"unfunded"_s).toString(), u"300.50"_s);
    const QString planList
        = ok({u"plan"_s, u"list"_s, u"--coalition"_s, Coalition, u"--as-of"_s, AsOf});
    QVERIFY2(planList.contains(u"Uncovered h"_s) && planList.contains(u"300.50"_s),
             qPrintable(planList));

    // Late tasks, with the confidential one counted but not named.
    QJsonObject late = json(
        {u"task"_s, u"list"_s, u"--coalition"_s, Coalition, u"--late"_s, u"--as-of"_s, AsOf});
    QCOMPARE(titlesIn(late.value(u"tasks"_s).toArray()), QStringList{u"Print flyers"_s});
    QCOMPARE(late.value(u"confidential_not_shown"_s).toInt(), 1);
    QCOMPARE(late.value(u"tasks"_s).toArray().at(0).toObject().value(u"responsible"_s).toString(),
             Tenants);
    late = json({u"task"_s, u"list"_s, u"--group"_s, Housing, u"--coalition"_s, Coalition,
                 u"--late"_s, u"--as-of"_s, AsOf, u"--include-confidential"_s});
    QCOMPARE(titlesIn(late.value(u"tasks"_s).toArray()),
             (QStringList{u"Talk to the landlord"_s, u"Print flyers"_s}));
    // A day before the flyers were due, nothing visible is late.
    late = json(
        {u"task"_s, u"list"_s, u"--plan"_s, u"1"_s, u"--late"_s, u"--as-of"_s, u"2026-08-25"_s});
    QVERIFY(late.value(u"tasks"_s).toArray().isEmpty());
}

void TestCliAction::groupShowAndMissingReports()
{
    const QString text
        = ok({u"group"_s, u"show"_s, Housing, u"--coalition"_s, Coalition, u"--as-of"_s, AsOf});
    QVERIFY2(text.startsWith(u"Action group 1: Housing Action Group\n"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Maya Brooks"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Progress reports received: 2026-07, 2026-08."_s), qPrintable(text));
    QVERIFY2(text.contains(u"Missing reports: 2026-09"_s), qPrintable(text));
    QVERIFY2(text.contains(Clinic) && text.contains(u"unfunded 300.50"_s), qPrintable(text));

    const QJsonObject group = json({u"group"_s, u"show"_s, u"1"_s, u"--as-of"_s, u"2026-12-05"_s});
    QCOMPARE(stringsIn(group.value(u"missing_reports"_s)),
             (QStringList{u"2026-09"_s, u"2026-10"_s, u"2026-11"_s}));
    QCOMPARE(stringsIn(group.value(u"members"_s)), (QStringList{Eastgate, Tenants}));

    const QJsonObject reports = json({u"report-entry"_s, u"list"_s, u"--coalition"_s, Coalition,
                                      u"--missing"_s, u"--as-of"_s, AsOf});
    const QJsonArray received = reports.value(u"reports"_s).toArray();
    QCOMPARE(received.size(), 2);
    QCOMPARE(received.at(0).toObject().value(u"period"_s).toString(), u"2026-07"_s);
    QCOMPARE(received.at(0).toObject().value(u"author"_s).toString(), u"Ana Ruiz"_s);
    const QJsonArray missing = reports.value(u"missing"_s).toArray();
    QCOMPARE(missing.size(), 1);
    QCOMPARE(stringsIn(missing.at(0).toObject().value(u"periods"_s)), QStringList{u"2026-09"_s});

    // The September report arrives, marked confidential: no longer missing,
    // not listed, counted.
    QVERIFY(!ok({u"report-entry"_s, u"add"_s, u"--group"_s, u"1"_s, u"--period"_s, u"2026-09"_s,
                 u"--text"_s, u"Landlord talks"_s, u"--confidential"_s, u"--received"_s,
                 u"2026-10-06"_s})
                 .isEmpty());
    const QString after = ok({u"report-entry"_s, u"list"_s, u"--coalition"_s, Coalition,
                              u"--missing"_s, u"--as-of"_s, AsOf});
    QVERIFY2(after.contains(u"Housing Action Group (every month): nothing missing."_s),
             qPrintable(after));
    QVERIFY2(after.contains(u"1 confidential record not shown"_s), qPrintable(after));
    QVERIFY2(!after.contains(u"Landlord talks"_s), qPrintable(after));
}

void TestCliAction::finishingAPlan()
{
    QVERIFY(!ok({u"task"_s, u"done"_s, u"2"_s, u"--on"_s, u"2026-09-20"_s}).isEmpty());
    QVERIFY(!ok({u"task"_s, u"edit"_s, u"3"_s, u"--status"_s, u"dropped"_s}).isEmpty());
    QVERIFY(!ok({u"task"_s, u"edit"_s, u"Run the clinic"_s, u"--coalition"_s, Coalition,
                 u"--status"_s, u"done"_s, u"--done-on"_s, u"2026-11-28"_s})
                 .isEmpty());
    const QJsonObject plan = json(
        {u"plan"_s, u"show"_s, u"1"_s, u"--as-of"_s, u"2027-01-10"_s, u"--include-confidential"_s});
    const QJsonObject state = plan.value(u"state"_s).toObject();
    QCOMPARE(state.value(u"finished"_s).toBool(), true);
    QCOMPARE(state.value(u"late"_s).toInt(), 0);
    QCOMPARE(state.value(u"past_due"_s).toBool(), false);
    // Tasks come by due date: the hall, the landlord, the flyers, the clinic.
    const QJsonArray tasks = plan.value(u"tasks"_s).toArray();
    QCOMPARE(titlesIn(tasks),
             (QStringList{u"Book the hall"_s, u"Talk to the landlord"_s, u"Print flyers"_s,
                          u"Run the clinic"_s}));
    QCOMPARE(tasks.at(1).toObject().value(u"status"_s).toString(), u"dropped"_s);
    QCOMPARE(tasks.at(2).toObject().value(u"done_on"_s).toString(), u"2026-09-20"_s);

    // Securing the rest of the budget and covering the designer clears the gaps.
    QVERIFY(!ok({u"plan"_s, u"edit"_s, u"1"_s, u"--budget"_s,
                 u"Room hire:1200:"_s + Eastgate + u":secured"_s, u"--budget"_s,
                 u"Flyers:300.50:City Neighbourhood Fund:secured"_s, u"--staffing"_s,
                 u"Designer:6:"_s + Library})
                 .isEmpty());
    const QJsonObject after = json({u"plan"_s, u"show"_s, u"1"_s}).value(u"state"_s).toObject();
    QCOMPARE(after.value(u"unfunded"_s).toString(), u"0.00"_s);
    QCOMPARE(after.value(u"hours_uncovered"_s).toInt(), 0);
}

void TestCliAction::successesAndEvaluations()
{
    const QString added
        = ok({u"success"_s, u"add"_s, u"--coalition"_s, Coalition, u"--title"_s,
              u"Rent freeze won"_s, u"--on"_s, u"2026-09-30"_s, u"--credit"_s, Eastgate,
              u"--credit"_s, Tenants, u"--group"_s, Housing, u"--goal"_s, u"Keep rents fair"_s});
    QVERIFY2(added.contains(u"(2 credited)"_s), qPrintable(added));
    QVERIFY(!ok({u"success"_s, u"add"_s, u"--coalition"_s, Coalition, u"--title"_s,
                 u"Quiet deal with the council"_s, u"--credit"_s, Library, u"--confidential"_s})
                 .isEmpty());
    QJsonObject successes = json({u"success"_s, u"list"_s, u"--coalition"_s, Coalition});
    QCOMPARE(titlesIn(successes.value(u"successes"_s).toArray()),
             QStringList{u"Rent freeze won"_s});
    QCOMPARE(successes.value(u"confidential_not_shown"_s).toInt(), 1);
    const QJsonObject success = successes.value(u"successes"_s).toArray().at(0).toObject();
    QCOMPARE(stringsIn(success.value(u"credited"_s)), (QStringList{Eastgate, Tenants}));
    QCOMPARE(success.value(u"group"_s).toString(), Housing);
    QVERIFY(!ok({u"success"_s, u"edit"_s, u"Rent freeze won"_s, u"--coalition"_s, Coalition,
                 u"--credit"_s, Tenants})
                 .isEmpty());
    successes
        = json({u"success"_s, u"list"_s, u"--coalition"_s, Coalition, u"--include-confidential"_s});
    QCOMPARE(successes.value(u"successes"_s).toArray().size(), 2);
    QCOMPARE(
        stringsIn(successes.value(u"successes"_s).toArray().at(0).toObject().value(u"credited"_s)),
        QStringList{Tenants});

    QVERIFY(!ok({u"evaluation"_s, u"add"_s, u"--coalition"_s, Coalition, u"--activity"_s,
                 u"First clinic session"_s, u"--on"_s, u"2026-10-02"_s, u"--method"_s,
                 u"Pre/post test"_s, u"--score"_s, u"78"_s, u"--plan"_s, Clinic, u"--findings"_s,
                 u"Tenants knew their rights better afterwards"_s})
                 .isEmpty());
    QVERIFY(!ok({u"evaluation"_s, u"edit"_s, u"1"_s, u"--score"_s, u"81"_s}).isEmpty());
    const QJsonObject evaluations = json({u"evaluation"_s, u"list"_s, u"--coalition"_s, Coalition});
    const QJsonObject evaluation = evaluations.value(u"evaluations"_s).toArray().at(0).toObject();
    QCOMPARE(evaluation.value(u"method"_s).toString(), u"pre-post-test"_s);
    QCOMPARE(evaluation.value(u"score"_s).toInt(), 81);
    QCOMPARE(evaluation.value(u"plan"_s).toString(), Clinic);
    QCOMPARE(evaluations.value(u"confidential_not_shown"_s).toInt(), 0);
}

void TestCliAction::conflictLadder()
{
    QVERIFY(!ok({u"conflict"_s, u"add"_s, u"--coalition"_s, Coalition, u"--subject"_s,
                 u"Credit for the rent freeze"_s, u"--party"_s, Eastgate, u"--party"_s, Tenants,
                 u"--raised"_s, u"2026-10-01"_s})
                 .isEmpty());
    const QStringList steps = {u"mediator"_s, u"arbitrator"_s, u"panel"_s};
    for (const QString &step : steps) {
        const QString moved = ok({u"conflict"_s, u"escalate"_s, u"Credit for the rent freeze"_s,
                                  u"--coalition"_s, Coalition, u"--on"_s, u"2026-10-10"_s});
        QVERIFY2(moved.contains(u"to "_s + step + u'.'), qPrintable(moved));
    }
    // The panel is the last step.
    QVERIFY_NO_PROBLEM(
        refusalProblem(on({u"conflict"_s, u"escalate"_s, u"1"_s}), Failure, {u"panel"_s}));
    QJsonObject conflicts = json({u"conflict"_s, u"list"_s, u"--coalition"_s, Coalition});
    QJsonObject conflict = conflicts.value(u"conflicts"_s).toArray().at(0).toObject();
    QCOMPARE(conflict.value(u"step"_s).toString(), u"panel"_s);
    QCOMPARE(stringsIn(conflict.value(u"party_names"_s)), (QStringList{Eastgate, Tenants}));

    const QString resolved
        = ok({u"conflict"_s, u"resolve"_s, u"1"_s, u"--resolution"_s,
              u"Credit shared in the press release"_s, u"--on"_s, u"2026-11-02"_s});
    QVERIFY2(resolved.contains(u"resolved on 2026-11-02 at the panel step"_s),
             qPrintable(resolved));
    QVERIFY(json({u"conflict"_s, u"list"_s, u"--coalition"_s, Coalition, u"--open"_s})
                .value(u"conflicts"_s)
                .toArray()
                .isEmpty());
    // A resolved conflict escalates no further, nor resolves twice.
    QVERIFY_NO_PROBLEM(refusalProblem(on({u"conflict"_s, u"escalate"_s, u"1"_s}), Failure));
    QVERIFY_NO_PROBLEM(refusalProblem(
        on({u"conflict"_s, u"resolve"_s, u"1"_s, u"--resolution"_s, u"Again"_s}), Failure));
    // Reopened by edit, it is open again without an end date.
    QVERIFY(!ok({u"conflict"_s, u"edit"_s, u"1"_s, u"--status"_s, u"open"_s}).isEmpty());
    conflicts = json({u"conflict"_s, u"list"_s, u"--coalition"_s, Coalition, u"--open"_s});
    conflict = conflicts.value(u"conflicts"_s).toArray().at(0).toObject();
    QCOMPARE(conflict.value(u"status"_s).toString(), u"open"_s);
}

void TestCliAction::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("fragments");

    QTest::newRow("goal by title without coalition")
        << QStringList{u"goal"_s, u"show"_s, u"Keep rents fair"_s} << UsageError
        << QStringList{u"--coalition"_s};
    QTest::newRow("unknown goal number")
        << QStringList{u"goal"_s, u"show"_s, u"99"_s} << Failure << QStringList{u"99"_s};
    QTest::newRow("unknown goal title")
        << QStringList{u"goal"_s, u"edit"_s,     u"World peace"_s, u"--coalition"_s,
                       Coalition, u"--status"_s, u"achieved"_s}
        << Failure << QStringList{u"World peace"_s};
    QTest::newRow("unknown goal kind")
        << QStringList{u"goal"_s,    u"add"_s, u"--coalition"_s, Coalition,
                       u"--title"_s, u"X"_s,   u"--kind"_s,      u"general"_s}
        << UsageError << QStringList{u"general"_s, u"universal"_s};
    QTest::newRow("goal list without coalition")
        << QStringList{u"goal"_s, u"list"_s} << UsageError << QStringList{u"--coalition"_s};
    QTest::newRow("both confidential flags")
        << QStringList{u"goal"_s, u"edit"_s, u"1"_s, u"--confidential"_s, u"--not-confidential"_s}
        << UsageError << QStringList{u"--not-confidential"_s};
    QTest::newRow("unknown convener")
        << QStringList{u"group"_s,  u"add"_s,           u"--coalition"_s, Coalition,
                       u"--name"_s, u"Reading Group"_s, u"--convener"_s,  u"Nobody Known"_s}
        << Failure << QStringList{u"Nobody Known"_s};
    QTest::newRow("group member not in the coalition")
        << QStringList{u"group"_s, u"edit"_s, u"1"_s, u"--member"_s, Harbor} << Failure
        << QStringList{Harbor};
    QTest::newRow("unknown cadence")
        << QStringList{u"group"_s, u"edit"_s, u"1"_s, u"--cadence"_s, u"weekly"_s} << UsageError
        << QStringList{u"weekly"_s, u"quarterly"_s};
    QTest::newRow("plan without group")
        << QStringList{u"plan"_s, u"add"_s, u"--goal"_s, u"1"_s, u"--title"_s, u"X"_s} << UsageError
        << QStringList{u"--group"_s};
    QTest::newRow("budget amount")
        << QStringList{u"plan"_s, u"edit"_s, u"1"_s, u"--budget"_s, u"Room:12x:Eastgate:secured"_s}
        << UsageError << QStringList{u"12x"_s};
    QTest::newRow("budget state") << QStringList{u"plan"_s, u"edit"_s, u"1"_s, u"--budget"_s,
                                                 u"Room:120::maybe"_s}
                                  << UsageError << QStringList{u"--budget"_s, u"secured|sought"_s};
    QTest::newRow("secured without a funder")
        << QStringList{u"plan"_s, u"edit"_s, u"1"_s, u"--budget"_s, u"Room:120::secured"_s}
        << Failure << QStringList{u"Room"_s};
    QTest::newRow("staffing by a stranger")
        << QStringList{u"plan"_s, u"edit"_s, u"1"_s, u"--staffing"_s, u"Designer:6:"_s + Harbor}
        << Failure << QStringList{Harbor};
    QTest::newRow("staffing hours")
        << QStringList{u"plan"_s, u"edit"_s, u"1"_s, u"--staffing"_s, u"Designer:many:outside"_s}
        << UsageError << QStringList{u"many"_s};
    QTest::newRow("plan due before start")
        << QStringList{u"plan"_s, u"edit"_s, u"1"_s, u"--due"_s, u"2026-07-01"_s} << Failure
        << QStringList{u"2026-07-01"_s};
    QTest::newRow("task list without scope")
        << QStringList{u"task"_s, u"list"_s} << UsageError << QStringList{u"--plan"_s};
    QTest::newRow("task date") << QStringList{u"task"_s, u"done"_s, u"1"_s, u"--on"_s,
                                              u"18/08/2026"_s}
                               << UsageError << QStringList{u"--on"_s, u"YYYY-MM-DD"_s};
    QTest::newRow("unknown plan") << QStringList{u"task"_s, u"add"_s,     u"--plan"_s,
                                                 u"7"_s,    u"--title"_s, u"X"_s}
                                  << Failure << QStringList{u"7"_s};
    QTest::newRow("report period")
        << QStringList{u"report-entry"_s, u"add"_s,    u"--group"_s, u"1"_s,
                       u"--period"_s,     u"2026-13"_s}
        << UsageError << QStringList{u"2026-13"_s, u"2026-Q4"_s};
    QTest::newRow("second report for a period")
        << QStringList{u"report-entry"_s, u"add"_s,     u"--group"_s, u"1"_s,
                       u"--period"_s,     u"2026-08"_s, u"--text"_s,  u"Again"_s}
        << Failure << QStringList{u"2026-08"_s};
    QTest::newRow("report list without coalition")
        << QStringList{u"report-entry"_s, u"list"_s, u"--missing"_s} << UsageError
        << QStringList{u"--coalition"_s};
    QTest::newRow("success without credit")
        << QStringList{u"success"_s, u"add"_s,     u"--coalition"_s,
                       Coalition,    u"--title"_s, u"Alone"_s}
        << Failure << QStringList{u"Credit"_s};
    QTest::newRow("score above 100")
        << QStringList{u"evaluation"_s, u"add"_s,    u"--coalition"_s, Coalition,
                       u"--activity"_s, u"Clinic"_s, u"--score"_s,     u"140"_s}
        << UsageError << QStringList{u"--score"_s, u"140"_s};
    QTest::newRow("unknown method")
        << QStringList{u"evaluation"_s, u"add"_s,    u"--coalition"_s, Coalition,
                       u"--activity"_s, u"Clinic"_s, u"--method"_s,    u"guessing"_s}
        << UsageError << QStringList{u"guessing"_s, u"focus-group"_s};
    QTest::newRow("conflict without parties")
        << QStringList{u"conflict"_s, u"add"_s,       u"--coalition"_s,
                       Coalition,     u"--subject"_s, u"Noise"_s}
        << Failure << QStringList{u"member"_s};
    QTest::newRow("unknown step") << QStringList{u"conflict"_s, u"add"_s,       u"--coalition"_s,
                                                 Coalition,     u"--subject"_s, u"Noise"_s,
                                                 u"--party"_s,  Eastgate,       u"--step"_s,
                                                 u"court"_s}
                                  << UsageError << QStringList{u"court"_s, u"arbitrator"_s};
    QTest::newRow("resolve without resolution") << QStringList{u"conflict"_s, u"resolve"_s, u"1"_s}
                                                << UsageError << QStringList{u"--resolution"_s};
    QTest::newRow("unknown option") << QStringList{u"plan"_s, u"show"_s, u"1"_s, u"--colour"_s}
                                    << UsageError << QStringList{u"colour"_s};
}

void TestCliAction::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QStringList, fragments);
    QVERIFY_NO_PROBLEM(refusalProblem(on(arguments), code, fragments));
}

QTEST_GUILESS_MAIN(TestCliAction)
#include "tst_cliaction.moc"
