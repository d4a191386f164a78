// SPDX-License-Identifier: GPL-3.0-or-later
// The governance commands of coalition-cli (rule, body, procedure, meeting,
// decision, checks), each call a separate process of the real executable,
// checked by its exit code, its output and the one line it writes to standard
// error when it refuses something.

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
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

bool anyContains(const QStringList &lines, const QString &fragment)
{
    return std::any_of(lines.cbegin(), lines.cend(),
                       [&](const QString &line) { return line.contains(fragment); });
}

// Bodies, their procedures, a meeting of the General Assembly with two people
// of Eastgate attending, and an adopted decision (number 1), written to `file`.
bool writeGovernance(const QString &file, const QString &workingDirectory)
{
    const QList<QStringList> steps = {
        {u"body"_s, u"add"_s, u"--coalition"_s, Coalition, u"--kind"_s, u"full-membership"_s,
         u"--name"_s, u"General Assembly"_s},
        {u"body"_s, u"add"_s, u"--coalition"_s, Coalition, u"--kind"_s, u"executive-committee"_s,
         u"--name"_s, u"Steering Committee"_s},
        {u"body"_s, u"seat"_s, u"Steering Committee"_s, u"--coalition"_s, Coalition, u"--org"_s,
         Eastgate, u"--role"_s, u"chair"_s},
        {u"body"_s, u"seat"_s, u"Steering Committee"_s, u"--coalition"_s, Coalition, u"--org"_s,
         Tenants},
        {u"procedure"_s, u"set"_s, u"General Assembly"_s, u"--coalition"_s, Coalition,
         u"--method"_s, u"supermajority"_s, u"--threshold"_s, u"2/3"_s, u"--quorum"_s,
         u"majority"_s, u"--notice-days"_s, u"10"_s, u"--reopen-after-days"_s, u"90"_s,
         u"--reopen-needs-new-information"_s},
        {u"procedure"_s, u"set"_s, u"Steering Committee"_s, u"--coalition"_s, Coalition,
         u"--method"_s, u"majority"_s, u"--quorum"_s, u"2"_s, u"--area"_s, u"budget"_s, u"--area"_s,
         u"events"_s},
        {u"meeting"_s, u"add"_s, u"--body"_s, u"General Assembly"_s, u"--coalition"_s, Coalition,
         u"--at"_s, u"2026-03-12 18:30"_s, u"--scheduled-on"_s, u"2026-03-01"_s, u"--location"_s,
         u"Eastgate community room"_s, u"--agenda"_s, u"Ground rules"_s, u"--agenda"_s,
         u"Budget 2027"_s},
        {u"meeting"_s, u"attend"_s, u"1"_s, u"--org"_s, Eastgate, u"--person"_s, u"Maya Brooks"_s},
        {u"meeting"_s, u"attend"_s, u"1"_s, u"--org"_s, Eastgate, u"--person"_s,
         u"Tomasz Wiśniewski"_s},
        {u"meeting"_s, u"attend"_s, u"1"_s, u"--org"_s, Tenants, u"--person"_s, u"Ana Ruiz"_s},
        {u"meeting"_s, u"attend"_s, u"1"_s, u"--org"_s, Library},
        {u"decision"_s, u"add"_s, u"--meeting"_s, u"1"_s, u"--title"_s, u"Adopt the ground rules"_s,
         u"--area"_s, u"ground-rules"_s},
        {u"decision"_s, u"vote"_s, u"1"_s, u"--position"_s, Eastgate + u"=yes"_s, u"--position"_s,
         Tenants + u"=yes"_s, u"--position"_s, Library + u"=no"_s},
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

class TestCliGovernance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void commandGroupHelp_data();
    void commandGroupHelp();
    void bodiesAndSeats();
    void procedureSetAndShow();
    void groundRules();
    void meetingsAndDecisions();
    void checksReportWarnings();
    void refusals_data();
    void refusals();

private:
    // Runs a command on this test's workspace (--db at the end of the line).
    CliRun on(const QStringList &arguments) const
    {
        return runCli(arguments + QStringList{u"--db"_s, m_db}, m_dir->path());
    }
    // Runs a command that must succeed; its standard output.
    QString ok(const QStringList &arguments) const;
    // The --format json output of a command that must succeed; null otherwise.
    QJsonDocument json(const QStringList &arguments) const;
    // Bodies, their procedures, a meeting of the General Assembly with two
    // people of Eastgate attending, and an adopted decision (number 1): a copy
    // of the file made once in initTestCase replaces this test's workspace.
    bool addGovernance() const;

    QTemporaryDir m_shared;
    QString m_base; // the registry, the coalition and its members, made once
    QString m_governed; // m_base with governance added
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

QString TestCliGovernance::ok(const QStringList &arguments) const
{
    const CliRun run = on(arguments);
    if (const QString problem = successProblem(run); !problem.isEmpty()) {
        qWarning("%s", qPrintable(problem));
        return {};
    }
    return run.outText();
}

QJsonDocument TestCliGovernance::json(const QStringList &arguments) const
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
    return document;
}

void TestCliGovernance::initTestCase()
{
    QVERIFY(QFileInfo(QString::fromUtf8(COALITION_CLI_PATH)).isExecutable());
    QVERIFY(m_shared.isValid());
    m_base = m_shared.filePath(u"base.coalition"_s);
    const QList<QStringList> setup = {
        {u"init"_s, m_base},
        {u"org"_s, u"add"_s, u"--name"_s, Eastgate, u"--sector"_s, u"nonprofit"_s},
        {u"org"_s, u"add"_s, u"--name"_s, Tenants, u"--sector"_s, u"community-group"_s},
        {u"org"_s, u"add"_s, u"--name"_s, Library, u"--sector"_s, u"public-agency"_s},
        {u"org"_s, u"add"_s, u"--name"_s, Harbor, u"--sector"_s, u"business"_s},
        {u"person"_s, u"add"_s, u"--name"_s, u"Maya Brooks"_s, u"--org"_s, Eastgate},
        {u"person"_s, u"add"_s, u"--name"_s, u"Tomasz Wiśniewski"_s, u"--org"_s, Eastgate},
        {u"person"_s, u"add"_s, u"--name"_s, u"Ana Ruiz"_s, u"--org"_s, Tenants},
        {u"person"_s, u"add"_s, u"--name"_s, u"Lee Park"_s, u"--org"_s, Library},
        {u"coalition"_s, u"add"_s, u"--name"_s, Coalition, u"--type"_s, u"ongoing-coalition"_s,
         u"--lead"_s, Eastgate, u"--start"_s, u"2026-01-10"_s},
    };
    for (const QStringList &arguments : setup) {
        const QStringList line = arguments.first() == u"init"_s
            ? arguments
            : arguments + QStringList{u"--db"_s, m_base};
        QVERIFY_NO_PROBLEM(successProblem(runCli(line, m_shared.path())));
    }
    // Every member is active and votes; Harbor Credit Union names no representative.
    const QList<std::pair<QString, QString>> members = {{Eastgate, u"Maya Brooks"_s},
                                                        {Tenants, u"Ana Ruiz"_s},
                                                        {Library, u"Lee Park"_s},
                                                        {Harbor, QString()}};
    for (const auto &[org, representative] : members) {
        QStringList line
            = {u"member"_s,   u"add"_s,    u"--coalition"_s, Coalition,       u"--org"_s, org,
               u"--status"_s, u"active"_s, u"--joined"_s,    u"2026-01-10"_s, u"--db"_s,  m_base};
        if (!representative.isEmpty())
            line << u"--representative"_s << representative;
        QVERIFY_NO_PROBLEM(successProblem(runCli(line, m_shared.path())));
    }
    m_governed = m_shared.filePath(u"governed.coalition"_s);
    QVERIFY(QFile::copy(m_base, m_governed));
    QVERIFY(writeGovernance(m_governed, m_shared.path()));
}

void TestCliGovernance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u"test.coalition"_s);
    QVERIFY(QFile::copy(m_base, m_db));
}

void TestCliGovernance::cleanup()
{
    m_dir.reset();
}

bool TestCliGovernance::addGovernance() const
{
    return QFile::remove(m_db) && QFile::copy(m_governed, m_db);
}

// ---------------------------------------------------------------------------

void TestCliGovernance::commandGroupHelp_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QStringList>("subcommands");
    QTest::newRow("rule") << u"rule"_s
                          << QStringList{u"add"_s, u"list"_s, u"show"_s, u"edit"_s, u"retire"_s};
    QTest::newRow("body") << u"body"_s << QStringList{u"add"_s, u"list"_s, u"seat"_s};
    QTest::newRow("procedure") << u"procedure"_s << QStringList{u"set"_s, u"show"_s};
    QTest::newRow("meeting") << u"meeting"_s
                             << QStringList{u"add"_s, u"list"_s, u"show"_s, u"attend"_s};
    QTest::newRow("decision") << u"decision"_s
                              << QStringList{u"add"_s, u"vote"_s, u"show"_s, u"reopen"_s};
}

void TestCliGovernance::commandGroupHelp()
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
    const CliRun checks = runCli({u"checks"_s, u"--help"_s}, m_dir->path());
    QVERIFY_NO_PROBLEM(successProblem(checks));
    QVERIFY(checks.outText().contains(u"Exits 0 whether or not there are"_s));
}

void TestCliGovernance::bodiesAndSeats()
{
    QVERIFY(!ok({u"body"_s, u"add"_s, u"--coalition"_s, Coalition, u"--kind"_s,
                 u"full-membership"_s, u"--name"_s, u"General Assembly"_s})
                 .isEmpty());
    const QString added = ok({u"body"_s, u"add"_s, u"--coalition"_s, Coalition, u"--kind"_s,
                              u"Executive committee"_s, u"--name"_s, u"Steering Committee"_s,
                              u"--purpose"_s, u"Runs the coalition between assemblies"_s});
    QVERIFY2(added.contains(u"Added body 2: Steering Committee"_s), qPrintable(added));

    QVERIFY(!ok({u"body"_s, u"seat"_s, u"Steering Committee"_s, u"--coalition"_s, Coalition,
                 u"--org"_s, Eastgate, u"--role"_s, u"chair"_s})
                 .isEmpty());
    QVERIFY(!ok({u"body"_s, u"seat"_s, u"2"_s, u"--org"_s, Tenants}).isEmpty());
    const QString nonVoting
        = ok({u"body"_s, u"seat"_s, u"2"_s, u"--org"_s, Library, u"--non-voting"_s});
    QVERIFY2(nonVoting.contains(u"non-voting"_s), qPrintable(nonVoting));
    // A later call changes the role and keeps the seat without a vote.
    QVERIFY(!ok({u"body"_s, u"seat"_s, u"2"_s, u"--org"_s, Library, u"--role"_s, u"secretary"_s})
                 .isEmpty());
    QVERIFY(!ok({u"body"_s, u"seat"_s, u"2"_s, u"--org"_s, Harbor}).isEmpty());
    QVERIFY(!ok({u"body"_s, u"seat"_s, u"2"_s, u"--org"_s, Harbor, u"--remove"_s}).isEmpty());

    const QJsonArray bodies = json({u"body"_s, u"list"_s, u"--coalition"_s, Coalition}).array();
    QCOMPARE(bodies.size(), 2);
    const QJsonObject assembly = bodies.at(0).toObject();
    QCOMPARE(assembly.value(u"kind"_s).toString(), u"full-membership"_s);
    QCOMPARE(assembly.value(u"voting_members"_s).toInt(), 4);
    QVERIFY(assembly.value(u"procedure"_s).isNull());
    const QJsonObject steering = bodies.at(1).toObject();
    const QJsonArray seats = steering.value(u"seats"_s).toArray();
    QCOMPARE(seats.size(), 3);
    QCOMPARE(seats.at(0).toObject().value(u"role"_s).toString(), u"chair"_s);
    QCOMPARE(seats.at(2).toObject().value(u"role"_s).toString(), u"secretary"_s);
    QCOMPARE(seats.at(2).toObject().value(u"voting"_s).toBool(), false);
    QCOMPARE(steering.value(u"voting_members"_s).toInt(), 2);

    const QString text = ok({u"body"_s, u"list"_s, u"--coalition"_s, Coalition});
    QVERIFY2(text.contains(u"not set"_s), qPrintable(text));

    // The full membership has no seats of its own.
    QVERIFY_NO_PROBLEM(refusalProblem(on({u"body"_s, u"seat"_s, u"General Assembly"_s,
                                          u"--coalition"_s, Coalition, u"--org"_s, Eastgate}),
                                      Failure, {u"full membership"_s}));
    // Unseating an organization that has no seat.
    QVERIFY_NO_PROBLEM(refusalProblem(
        on({u"body"_s, u"seat"_s, u"2"_s, u"--org"_s, Harbor, u"--remove"_s}), Failure, {Harbor}));
}

void TestCliGovernance::procedureSetAndShow()
{
    QVERIFY(addGovernance());
    QJsonObject procedure
        = json({u"procedure"_s, u"show"_s, u"General Assembly"_s, u"--coalition"_s, Coalition})
              .object();
    QCOMPARE(procedure.value(u"method"_s).toString(), u"supermajority"_s);
    QCOMPARE(procedure.value(u"threshold"_s).toString(), u"2/3"_s);
    QCOMPARE(procedure.value(u"quorum"_s).toObject().value(u"kind"_s).toString(), u"majority"_s);
    QCOMPARE(procedure.value(u"notice_days"_s).toInt(), 10);
    QCOMPARE(procedure.value(u"voting_members"_s).toInt(), 4);
    QStringList explanation = stringsIn(procedure.value(u"explanation"_s));
    QVERIFY2(anyContains(explanation, u"more than half of the 4 voting members must be present"_s),
             qPrintable(explanation.join(u'\n')));
    QVERIFY(anyContains(explanation, u"(3 or more)"_s));
    QVERIFY(anyContains(explanation, u"at least 2/3"_s));
    QVERIFY(anyContains(explanation, u"at least 10 days"_s));
    QVERIFY(anyContains(explanation, u"only with new information"_s));

    // Options not given keep their values.
    const QString changed = ok({u"procedure"_s, u"set"_s, u"1"_s, u"--basis"_s, u"members"_s,
                                u"--escalation"_s, u"mediator"_s, u"--escalation"_s,
                                u"arbitrator"_s, u"--reopen-threshold"_s, u"3/4"_s});
    QVERIFY2(changed.contains(u"Quorum: more than half"_s), qPrintable(changed));
    procedure = json({u"procedure"_s, u"show"_s, u"1"_s}).object();
    QCOMPARE(procedure.value(u"method"_s).toString(), u"supermajority"_s);
    QCOMPARE(procedure.value(u"basis"_s).toString(), u"members"_s);
    QCOMPARE(procedure.value(u"notice_days"_s).toInt(), 10);
    QCOMPARE(stringsIn(procedure.value(u"escalation"_s)),
             (QStringList{u"mediator"_s, u"arbitrator"_s}));
    QCOMPARE(procedure.value(u"reopening"_s).toObject().value(u"threshold"_s).toString(), u"3/4"_s);
    explanation = stringsIn(procedure.value(u"explanation"_s));
    QVERIFY(anyContains(explanation, u"all 4 voting members"_s));
    QVERIFY(anyContains(explanation, u"mediator, then arbitrator"_s));

    // The text form explains the committee's areas and its count quorum.
    const QString steering
        = ok({u"procedure"_s, u"show"_s, u"Steering Committee"_s, u"--coalition"_s, Coalition});
    QVERIFY2(steering.startsWith(u"Decision procedure of Steering Committee"_s),
             qPrintable(steering));
    QVERIFY(steering.contains(u"Method: simple majority"_s));
    QVERIFY(steering.contains(u"Quorum: at least 2 of the 2 voting members"_s));
    QVERIFY(steering.contains(u"Budget and money, Events"_s));

    // Delegation to the lead organization, then back to consensus with a vote.
    const QString delegated = ok(
        {u"procedure"_s, u"set"_s, u"2"_s, u"--method"_s, u"delegated"_s, u"--delegate-to-lead"_s});
    QVERIFY2(delegated.contains(Eastgate), qPrintable(delegated));
    const QString consensus = ok({u"procedure"_s, u"set"_s, u"2"_s, u"--method"_s,
                                  u"consensus-then-vote"_s, u"--attempts"_s, u"2"_s,
                                  u"--fallback"_s, u"supermajority"_s, u"--threshold"_s, u"3/4"_s});
    QVERIFY2(consensus.contains(u"After 2 failed attempts"_s), qPrintable(consensus));
    procedure = json({u"procedure"_s, u"show"_s, u"2"_s}).object();
    QCOMPARE(procedure.value(u"delegate_to_lead"_s).toBool(), false);
    QCOMPARE(procedure.value(u"fallback_method"_s).toString(), u"supermajority"_s);

    // A body without a procedure, and one that does not exist.
    QVERIFY(!ok({u"body"_s, u"add"_s, u"--coalition"_s, Coalition, u"--kind"_s, u"action-group"_s,
                 u"--name"_s, u"Housing Action Group"_s})
                 .isEmpty());
    QVERIFY_NO_PROBLEM(refusalProblem(on({u"procedure"_s, u"show"_s, u"3"_s}), Failure,
                                      {u"Housing Action Group"_s}));
    QVERIFY_NO_PROBLEM(
        refusalProblem(on({u"procedure"_s, u"set"_s, u"3"_s, u"--quorum"_s, u"majority"_s}),
                       UsageError, {u"--method"_s}));
}

void TestCliGovernance::groundRules()
{
    const QString first
        = ok({u"rule"_s, u"add"_s, u"--coalition"_s, Coalition, u"--area"_s, u"decision-making"_s,
              u"--title"_s, u"Decisions by two-thirds vote"_s, u"--text"_s,
              u"The General Assembly decides by two thirds of the votes cast."_s, u"--status"_s,
              u"agreed"_s});
    QVERIFY2(first.contains(u"Added ground rule 1"_s), qPrintable(first));
    QVERIFY(!ok({u"rule"_s, u"add"_s, u"--coalition"_s, Coalition, u"--area"_s, u"media"_s,
                 u"--title"_s, u"Only the chair speaks to the press"_s, u"--text"_s,
                 u"The chair alone speaks to journalists."_s})
                 .isEmpty());

    QJsonObject list = json({u"rule"_s, u"list"_s, u"--coalition"_s, Coalition}).object();
    QCOMPARE(
        stringsIn(list.value(u"missing_key_areas"_s)),
        (QStringList{u"media"_s, u"confidentiality"_s, u"information"_s, u"representatives"_s}));
    QJsonArray areas = list.value(u"areas"_s).toArray();
    QCOMPARE(areas.size(), 5); // the five key areas, shown whether they have rules or not
    QCOMPARE(areas.at(1).toObject().value(u"area"_s).toString(), u"media"_s);
    QCOMPARE(areas.at(1).toObject().value(u"missing"_s).toBool(), true);
    QCOMPARE(areas.at(1).toObject().value(u"rules"_s).toArray().size(), 1);
    const QString text = ok({u"rule"_s, u"list"_s, u"--coalition"_s, Coalition});
    QVERIFY2(text.contains(u"missing: no agreed rule"_s), qPrintable(text));
    QVERIFY(text.contains(
        u"Key areas without an agreed rule: media, confidentiality, information, representatives."_s));

    // Agreeing to the media rule, with a note for its history.
    QVERIFY(
        !ok({u"rule"_s, u"edit"_s, u"Only the chair speaks to the press"_s, u"--coalition"_s,
             Coalition, u"--status"_s, u"agreed"_s, u"--note"_s, u"Agreed at the March assembly"_s})
             .isEmpty());
    list = json({u"rule"_s, u"list"_s, u"--coalition"_s, Coalition}).object();
    QCOMPARE(stringsIn(list.value(u"missing_key_areas"_s)),
             (QStringList{u"confidentiality"_s, u"information"_s, u"representatives"_s}));

    // A new agreed rule supersedes it, which retires the old one.
    const QString superseding
        = ok({u"rule"_s, u"add"_s, u"--coalition"_s, Coalition, u"--area"_s, u"media"_s,
              u"--title"_s, u"Chair and coordinator speak for the coalition"_s, u"--status"_s,
              u"agreed"_s, u"--supersedes"_s, u"2"_s, u"--review"_s, u"2027-03-01"_s});
    QVERIFY2(superseding.contains(u"retired"_s), qPrintable(superseding));
    QJsonObject old = json({u"rule"_s, u"show"_s, u"2"_s}).object();
    QCOMPARE(old.value(u"status"_s).toString(), u"retired"_s);
    QCOMPARE(old.value(u"superseded_by"_s).toArray().first().toObject().value(u"id"_s).toInt(), 3);
    const QJsonArray history = old.value(u"history"_s).toArray();
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).toObject().value(u"status"_s).toString(), u"proposed"_s);
    QCOMPARE(history.at(1).toObject().value(u"status"_s).toString(), u"agreed"_s);
    QCOMPARE(history.at(1).toObject().value(u"note"_s).toString(),
             u"Agreed at the March assembly"_s);
    QCOMPARE(history.at(2).toObject().value(u"status"_s).toString(), u"retired"_s);

    // Retiring the decision-making rule makes its area missing again.
    const QString retired
        = ok({u"rule"_s, u"retire"_s, u"1"_s, u"--note"_s, u"Replaced by the constitution"_s});
    QVERIFY2(retired.contains(u"Retired ground rule 1"_s), qPrintable(retired));
    list = json({u"rule"_s, u"list"_s, u"--coalition"_s, Coalition, u"--status"_s, u"agreed"_s})
               .object();
    QVERIFY(stringsIn(list.value(u"missing_key_areas"_s)).contains(u"decision-making"_s));
    QVERIFY(
        list.value(u"areas"_s).toArray().at(0).toObject().value(u"rules"_s).toArray().isEmpty());

    const QString shown = ok({u"rule"_s, u"show"_s, u"1"_s});
    QVERIFY2(shown.contains(u"History:"_s), qPrintable(shown));
    QVERIFY(shown.contains(u"retired — Replaced by the constitution"_s));
    QVERIFY(shown.contains(u"The General Assembly decides by two thirds"_s));

    // Changing the text of a rule keeps the old text in its history.
    QVERIFY(!ok({u"rule"_s, u"edit"_s, u"3"_s, u"--text"_s,
                 u"The chair and the coordinator speak for the coalition."_s, u"--note"_s,
                 u"Coordinator added"_s})
                 .isEmpty());
    const QJsonObject edited = json({u"rule"_s, u"show"_s, u"3"_s}).object();
    QCOMPARE(edited.value(u"text"_s).toString(),
             u"The chair and the coordinator speak for the coalition."_s);
    QCOMPARE(edited.value(u"history"_s).toArray().size(), 2);
    QCOMPARE(edited.value(u"review_on"_s).toString(), u"2027-03-01"_s);
}

void TestCliGovernance::meetingsAndDecisions()
{
    QVERIFY(addGovernance());

    // Attendance: Eastgate through two people, still one organization.
    QJsonObject meeting = json({u"meeting"_s, u"show"_s, u"1"_s}).object();
    QCOMPARE(meeting.value(u"body"_s).toString(), u"General Assembly"_s);
    QCOMPARE(meeting.value(u"starts_at"_s).toString(), u"2026-03-12T18:30"_s);
    QCOMPARE(stringsIn(meeting.value(u"agenda"_s)),
             (QStringList{u"Ground rules"_s, u"Budget 2027"_s}));
    const QJsonArray attendance = meeting.value(u"attendance"_s).toArray();
    QCOMPARE(attendance.size(), 4);
    QCOMPARE(attendance.at(1).toObject().value(u"organization"_s).toString(), Eastgate);
    QCOMPARE(attendance.at(1).toObject().value(u"person"_s).toString(), u"Tomasz Wiśniewski"_s);

    // The vote of addGovernance(): yes 2, no 1 of 3 organizations present.
    QJsonObject decision = json({u"decision"_s, u"show"_s, u"1"_s}).object();
    QCOMPARE(decision.value(u"outcome"_s).toString(), u"adopted"_s);
    QCOMPARE(decision.value(u"status"_s).toString(), u"adopted"_s);
    QStringList reasons = stringsIn(decision.value(u"reasons"_s));
    QVERIFY2(anyContains(reasons, u"3 of 4"_s), qPrintable(reasons.join(u'\n')));
    QVERIFY2(anyContains(reasons, u"2/3"_s), qPrintable(reasons.join(u'\n')));
    QCOMPARE(decision.value(u"positions"_s).toArray().size(), 3);

    // A changed position gives a new outcome, printed with its reasons.
    decision
        = json({u"decision"_s, u"vote"_s, u"1"_s, u"--position"_s, Tenants + u"=no"_s}).object();
    QCOMPARE(decision.value(u"outcome"_s).toString(), u"rejected"_s);
    QCOMPARE(decision.value(u"status"_s).toString(), u"rejected"_s);
    reasons = stringsIn(decision.value(u"reasons"_s));
    QVERIFY2(anyContains(reasons, u"1 of 3"_s), qPrintable(reasons.join(u'\n')));
    const QString text = ok({u"decision"_s, u"vote"_s, u"Adopt the ground rules"_s,
                             u"--coalition"_s, Coalition, u"--position"_s, Tenants + u"=yes"_s});
    QVERIFY2(text.contains(u"Outcome: adopted"_s), qPrintable(text));
    QVERIFY(text.contains(u"3 of 4"_s));

    // "absent" removes a position.
    decision = json({u"decision"_s, u"vote"_s, u"1"_s, u"--position"_s, Library + u"=absent"_s})
                   .object();
    QCOMPARE(decision.value(u"positions"_s).toArray().size(), 2);
    QCOMPARE(decision.value(u"outcome"_s).toString(), u"adopted"_s);

    // What the decision adopted: the rules that name it.
    QVERIFY(!ok({u"rule"_s, u"add"_s, u"--coalition"_s, Coalition, u"--area"_s,
                 u"confidentiality"_s, u"--title"_s, u"Minutes stay inside the coalition"_s,
                 u"--status"_s, u"agreed"_s, u"--adopted-by"_s, u"Adopt the ground rules"_s})
                 .isEmpty());
    decision = json({u"decision"_s, u"show"_s, u"1"_s}).object();
    const QJsonArray adopted = decision.value(u"adopted_rules"_s).toArray();
    QCOMPARE(adopted.size(), 1);
    QCOMPARE(adopted.first().toObject().value(u"title"_s).toString(),
             u"Minutes stay inside the coalition"_s);
    const QString shown = ok({u"decision"_s, u"show"_s, u"1"_s});
    QVERIFY2(shown.contains(u"Adopted ground rules:"_s), qPrintable(shown));
    QVERIFY(shown.contains(u"Eastgate Food Bank: yes"_s));

    // Removing the attendance of one person keeps the organization present.
    QVERIFY(!ok({u"meeting"_s, u"attend"_s, u"1"_s, u"--org"_s, Eastgate, u"--person"_s,
                 u"Maya Brooks"_s, u"--remove"_s})
                 .isEmpty());
    meeting = json({u"meeting"_s, u"show"_s, u"1"_s}).object();
    QCOMPARE(meeting.value(u"attendance"_s).toArray().size(), 3);

    // Reopening too early and without new information: recorded, and warned.
    const QString reopened
        = ok({u"decision"_s, u"reopen"_s, u"1"_s, u"--on"_s, u"2026-04-01"_s, u"--reason"_s,
              u"New budget figures"_s, u"--votes-for"_s, u"3"_s, u"--votes-cast"_s, u"3"_s});
    QVERIFY2(reopened.contains(u"Warning:"_s), qPrintable(reopened));
    QVERIFY(reopened.contains(u"90"_s));
    decision = json({u"decision"_s, u"show"_s, u"1"_s}).object();
    QCOMPARE(decision.value(u"status"_s).toString(), u"reopened"_s);
    const QJsonArray reopenings = decision.value(u"reopenings"_s).toArray();
    QCOMPARE(reopenings.size(), 1);
    QCOMPARE(reopenings.first().toObject().value(u"reason"_s).toString(), u"New budget figures"_s);
    QCOMPARE(reopenings.first().toObject().value(u"votes_for"_s).toInt(), 3);

    // A decision not adopted cannot be reopened.
    QVERIFY(!ok({u"decision"_s, u"add"_s, u"--meeting"_s, u"1"_s, u"--title"_s,
                 u"Set the 2027 dues"_s, u"--area"_s, u"budget"_s})
                 .isEmpty());
    QVERIFY_NO_PROBLEM(
        refusalProblem(on({u"decision"_s, u"reopen"_s, u"2"_s, u"--reason"_s, u"Again"_s,
                           u"--votes-for"_s, u"2"_s, u"--votes-cast"_s, u"3"_s}),
                       Failure, {u"adopted"_s}));

    // Meetings are listed in date order.
    QVERIFY(!ok({u"meeting"_s, u"add"_s, u"--body"_s, u"Steering Committee"_s, u"--coalition"_s,
                 Coalition, u"--at"_s, u"2026-02-20T17:00"_s})
                 .isEmpty());
    const QJsonArray meetings
        = json({u"meeting"_s, u"list"_s, u"--coalition"_s, Coalition}).array();
    QCOMPARE(meetings.size(), 2);
    QCOMPARE(meetings.at(0).toObject().value(u"id"_s).toInt(), 2);
    QCOMPARE(meetings.at(1).toObject().value(u"decisions"_s).toInt(), 2);
    QCOMPARE(json({u"meeting"_s, u"list"_s, u"--body"_s, u"1"_s}).array().size(), 1);

    // Attendance counts: without the library, 2 of 4 members are present
    // where 3 are needed, and the outcome that changes is printed.
    const QString absent
        = ok({u"meeting"_s, u"attend"_s, u"1"_s, u"--org"_s, Library, u"--remove"_s});
    QVERIFY2(absent.contains(u"Member organizations present: 2."_s), qPrintable(absent));
    QVERIFY(absent.contains(u"Decision 1, “Adopt the ground rules”, has a new outcome:"_s));
    QVERIFY(absent.contains(u"Outcome: no quorum"_s));
    QVERIFY(absent.contains(u"2 of 4"_s));
    QCOMPARE(json({u"decision"_s, u"show"_s, u"1"_s}).object().value(u"outcome"_s).toString(),
             u"no-quorum"_s);
    const QString present = ok({u"meeting"_s, u"attend"_s, u"1"_s, u"--org"_s, Library});
    QVERIFY2(present.contains(u"Outcome: adopted"_s), qPrintable(present));
    // Recording it again changes nothing.
    const QString again = ok({u"meeting"_s, u"attend"_s, u"1"_s, u"--org"_s, Library});
    QVERIFY2(!again.contains(u"Outcome"_s), qPrintable(again));
}

void TestCliGovernance::checksReportWarnings()
{
    QVERIFY(addGovernance());
    const QList<QStringList> steps = {
        // Outside its areas: the Steering Committee issues a public statement.
        {u"meeting"_s, u"add"_s, u"--body"_s, u"2"_s, u"--at"_s, u"2026-04-02 17:00"_s},
        {u"meeting"_s, u"attend"_s, u"2"_s, u"--org"_s, Eastgate},
        {u"meeting"_s, u"attend"_s, u"2"_s, u"--org"_s, Tenants},
        {u"decision"_s, u"add"_s, u"--meeting"_s, u"2"_s, u"--title"_s,
         u"Issue a press statement on rents"_s, u"--area"_s, u"statements"_s},
        {u"decision"_s, u"vote"_s, u"2"_s, u"--position"_s, Eastgate + u"=yes"_s, u"--position"_s,
         Tenants + u"=yes"_s},
        // Four days' notice where ten are needed, and one member of four present.
        {u"meeting"_s, u"add"_s, u"--body"_s, u"1"_s, u"--at"_s, u"2026-05-05 18:00"_s,
         u"--scheduled-on"_s, u"2026-05-01"_s},
        {u"meeting"_s, u"attend"_s, u"3"_s, u"--org"_s, Eastgate},
        {u"decision"_s, u"add"_s, u"--meeting"_s, u"3"_s, u"--title"_s, u"Set the 2027 dues"_s,
         u"--area"_s, u"budget"_s},
        {u"decision"_s, u"vote"_s, u"3"_s, u"--position"_s, Eastgate + u"=yes"_s},
        // Reopened after 20 days where 90 are needed.
        {u"decision"_s, u"reopen"_s, u"1"_s, u"--on"_s, u"2026-04-01"_s, u"--reason"_s,
         u"New budget figures"_s, u"--votes-for"_s, u"2"_s, u"--votes-cast"_s, u"3"_s},
        {u"rule"_s, u"add"_s, u"--coalition"_s, Coalition, u"--area"_s, u"decision-making"_s,
         u"--title"_s, u"Decisions by two-thirds vote"_s, u"--status"_s, u"agreed"_s},
    };
    for (const QStringList &arguments : steps)
        QVERIFY_NO_PROBLEM(successProblem(on(arguments)));
    QCOMPARE(json({u"decision"_s, u"show"_s, u"3"_s}).object().value(u"outcome"_s).toString(),
             u"no-quorum"_s);

    const QJsonObject report = json({u"checks"_s, u"--coalition"_s, Coalition}).object();
    QCOMPARE(report.value(u"coalition"_s).toString(), Coalition);
    const QJsonArray warnings = report.value(u"warnings"_s).toArray();
    QCOMPARE(report.value(u"count"_s).toInt(), warnings.size());
    QSet<QString> kinds;
    int missingAreas = 0;
    for (const QJsonValue &value : warnings) {
        const QJsonObject warning = value.toObject();
        const QString kind = warning.value(u"kind"_s).toString();
        kinds.insert(kind);
        missingAreas += kind == u"missing-key-area"_s;
        QVERIFY2(!warning.value(u"summary"_s).toString().isEmpty(), qPrintable(kind));
        QVERIFY2(!warning.value(u"reasons"_s).toArray().isEmpty(), qPrintable(kind));
        const QJsonArray records = warning.value(u"records"_s).toArray();
        QVERIFY2(!records.isEmpty(), qPrintable(kind));
        for (const QJsonValue &record : records) {
            QVERIFY(!record.toObject().value(u"kind"_s).toString().isEmpty());
            QVERIFY(record.toObject().value(u"id"_s).toInt() > 0);
            QVERIFY2(!record.toObject().value(u"name"_s).toString().isEmpty(), qPrintable(kind));
        }
    }
    const QSet<QString> expected
        = {u"missing-notice"_s,       u"outside-areas"_s,    u"no-quorum"_s,
           u"reopening-conditions"_s, u"missing-key-area"_s, u"missing-representative"_s};
    QCOMPARE(kinds, expected);
    QCOMPARE(missingAreas, 4);

    // The records are named: the representative warning names the member.
    const auto representative = std::find_if(warnings.begin(), warnings.end(), [](const auto &w) {
        return w.toObject().value(u"kind"_s).toString() == u"missing-representative"_s;
    });
    QVERIFY((*representative).toObject().value(u"summary"_s).toString().contains(Harbor));
    QCOMPARE((*representative)
                 .toObject()
                 .value(u"records"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"name"_s)
                 .toString(),
             Harbor);

    // Text: the same warnings with their reasons, and exit 0 with warnings.
    const CliRun run = on({u"checks"_s, u"--coalition"_s, Coalition});
    QVERIFY_NO_PROBLEM(successProblem(run));
    QVERIFY(run.outText().contains(u"[outside-areas]"_s));
    QVERIFY(run.outText().contains(u"Records: decision 2 “Issue a press statement on rents”"_s));
    QVERIFY(run.outText().contains(u"Procedural warnings for "_s + Coalition + u": "_s
                                   + QString::number(warnings.size())));
}

void TestCliGovernance::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("fragments");

    QTest::newRow("unknown body") << QStringList{u"meeting"_s,     u"add"_s,
                                                 u"--body"_s,      u"Finance Committee"_s,
                                                 u"--coalition"_s, Coalition,
                                                 u"--at"_s,        u"2026-06-01 18:00"_s}
                                  << Failure << QStringList{u"Finance Committee"_s};
    QTest::newRow("unknown body number")
        << QStringList{u"procedure"_s, u"show"_s, u"42"_s} << Failure << QStringList{u"42"_s};
    QTest::newRow("body by name without coalition")
        << QStringList{u"procedure"_s, u"show"_s, u"General Assembly"_s} << UsageError
        << QStringList{u"--coalition"_s};
    QTest::newRow("threshold above one")
        << QStringList{u"procedure"_s, u"set"_s, u"1"_s, u"--threshold"_s, u"3/2"_s} << UsageError
        << QStringList{u"--threshold"_s, u"3/2"_s};
    QTest::newRow("threshold not a fraction")
        << QStringList{u"procedure"_s, u"set"_s, u"1"_s, u"--threshold"_s, u"two thirds"_s}
        << UsageError << QStringList{u"--threshold"_s, u"N/D"_s};
    QTest::newRow("supermajority of one half")
        << QStringList{u"procedure"_s, u"set"_s, u"1"_s, u"--threshold"_s, u"1/2"_s} << Failure
        << QStringList{u"1/2"_s};
    QTest::newRow("bad quorum") << QStringList{u"procedure"_s, u"set"_s, u"1"_s, u"--quorum"_s,
                                               u"most"_s}
                                << UsageError << QStringList{u"--quorum"_s, u"most"_s};
    QTest::newRow("unknown method")
        << QStringList{u"procedure"_s, u"set"_s, u"1"_s, u"--method"_s, u"lottery"_s} << UsageError
        << QStringList{u"lottery"_s, u"supermajority"_s};
    QTest::newRow("delegate to itself")
        << QStringList{u"procedure"_s, u"set"_s,           u"1"_s, u"--method"_s,
                       u"delegated"_s, u"--delegate-to"_s, u"1"_s}
        << Failure << QStringList{u"itself"_s};
    QTest::newRow("bad position") << QStringList{u"decision"_s, u"vote"_s, u"1"_s, u"--position"_s,
                                                 Eastgate + u"=maybe"_s}
                                  << UsageError << QStringList{u"maybe"_s, u"stand-aside"_s};
    QTest::newRow("position without organization")
        << QStringList{u"decision"_s, u"vote"_s, u"1"_s, u"--position"_s, u"yes"_s} << UsageError
        << QStringList{u"ORG=POSITION"_s};
    QTest::newRow("position of a stranger")
        << QStringList{u"decision"_s, u"vote"_s, u"1"_s, u"--position"_s, u"Nobody Inc=yes"_s}
        << Failure << QStringList{u"Nobody Inc"_s};
    QTest::newRow("vote without positions") << QStringList{u"decision"_s, u"vote"_s, u"1"_s}
                                            << UsageError << QStringList{u"--position"_s};
    QTest::newRow("unknown decision")
        << QStringList{u"decision"_s, u"show"_s, u"Buy a bus"_s, u"--coalition"_s, Coalition}
        << Failure << QStringList{u"Buy a bus"_s};
    QTest::newRow("meeting time") << QStringList{u"meeting"_s, u"add"_s,  u"--body"_s,
                                                 u"1"_s,       u"--at"_s, u"12/03/2026"_s}
                                  << UsageError << QStringList{u"--at"_s, u"YYYY-MM-DD HH:MM"_s};
    QTest::newRow("meeting by name") << QStringList{u"meeting"_s, u"show"_s, u"Spring assembly"_s}
                                     << UsageError << QStringList{u"Spring assembly"_s};
    QTest::newRow("unknown meeting")
        << QStringList{u"meeting"_s, u"show"_s, u"99"_s} << Failure << QStringList{u"99"_s};
    QTest::newRow("attendance of a stranger's person")
        << QStringList{u"meeting"_s, u"attend"_s,   u"1"_s,       u"--org"_s,
                       Tenants,      u"--person"_s, u"Lee Park"_s}
        << Failure << QStringList{u"Lee Park"_s};
    QTest::newRow("reopen with more for than cast")
        << QStringList{u"decision"_s, u"reopen"_s,       u"1"_s,
                       u"--reason"_s, u"New facts"_s,    u"--votes-for"_s,
                       u"4"_s,        u"--votes-cast"_s, u"3"_s}
        << UsageError << QStringList{u"--votes-for"_s};
    QTest::newRow("reopen without a reason")
        << QStringList{u"decision"_s, u"reopen"_s,       u"1"_s, u"--votes-for"_s,
                       u"3"_s,        u"--votes-cast"_s, u"3"_s}
        << UsageError << QStringList{u"--reason"_s};
    QTest::newRow("new rule retired")
        << QStringList{u"rule"_s,  u"add"_s,     u"--coalition"_s, Coalition,     u"--area"_s,
                       u"media"_s, u"--title"_s, u"Old rule"_s,    u"--status"_s, u"retired"_s}
        << UsageError << QStringList{u"rule retire"_s};
    QTest::newRow("unknown rule area")
        << QStringList{u"rule"_s,   u"add"_s,     u"--coalition"_s, Coalition,
                       u"--area"_s, u"weather"_s, u"--title"_s,     u"Sunny days"_s}
        << UsageError << QStringList{u"weather"_s, u"confidentiality"_s};
    QTest::newRow("rule without coalition")
        << QStringList{u"rule"_s, u"list"_s} << UsageError << QStringList{u"--coalition"_s};
    QTest::newRow("checks without coalition")
        << QStringList{u"checks"_s} << UsageError << QStringList{u"--coalition"_s};
    QTest::newRow("duplicate body")
        << QStringList{u"body"_s,   u"add"_s,       u"--coalition"_s, Coalition,
                       u"--kind"_s, u"committee"_s, u"--name"_s,      u"steering committee"_s}
        << Failure << QStringList{u"Steering Committee"_s};
}

void TestCliGovernance::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QStringList, fragments);
    QVERIFY(addGovernance());
    QVERIFY_NO_PROBLEM(refusalProblem(on(arguments), code, fragments));
}

QTEST_GUILESS_MAIN(TestCliGovernance)
#include "tst_cligovernance.moc"
