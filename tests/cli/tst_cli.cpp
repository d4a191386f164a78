// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real coalition-cli executable as a user would: every call is a
// separate process, checked by its exit code, its standard output and the one
// line it writes to standard error when it refuses something.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "clitest.h"

#include <memory>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace CliTest;

namespace {

const QStringList Sectors
    = {u"community-group"_s, u"nonprofit"_s, u"public-agency"_s, u"education"_s,  u"health"_s,
       u"faith"_s,           u"business"_s,  u"funder"_s,        u"individual"_s, u"other"_s};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// The permission bits of a file, as in "0600"; -1 when it cannot be read.
int modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 0777);
}

bool noCompanions(const QString &path)
{
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (QFileInfo::exists(path + suffix))
            return false;
    }
    return true;
}

QStringList namesIn(const QJsonArray &array, const QString &key = u"name"_s)
{
    QStringList names;
    for (const QJsonValue &value : array)
        names.append(value.toObject().value(key).toString());
    return names;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void topLevelHelp();
    void subcommandHelp_data();
    void subcommandHelp();
    void commandGroupHelp();
    void usageErrors_data();
    void usageErrors();

    void initCreatesPrivateFile();
    void demoWorkspace();
    void databaseOptionAnywhere();
    void databaseFromEnvironment();

    void organizationRoundTrip();
    void duplicateOrganizationName();
    void unknownSector();
    void sectorInAnyCase_data();
    void sectorInAnyCase();
    void removeMemberOrganization();

    void personRoundTrip();

    void coalitionDates();
    void membershipLifecycle();

    void importCsv();
    void importCsvBadRow();
    void exportCsv();

    void jsonRoundTrip();
    void importJsonRefusals();

    void checkSoundFile();
    void foreignFileLeftAlone();
    void backup();

private:
    CliRun cli(const QStringList &arguments) const { return runCli(arguments, m_dir->path()); }
    // Runs the command on one workspace (--db FILE at the end of the line).
    CliRun on(const QString &workspace, const QStringList &arguments) const
    {
        return cli(arguments + QStringList{u"--db"_s, workspace});
    }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // A new empty workspace / a copy of the sample workspace, in this test's folder.
    QString newWorkspace(const QString &name = u"test.coalition"_s) const;
    QString demoCopy(const QString &name = u"demo.coalition"_s) const;
    // Parsed --format json output of a command that must succeed; null otherwise.
    QJsonDocument json(const QString &workspace, const QStringList &arguments) const;
    qsizetype organizationCount(const QString &workspace) const;

    QTemporaryDir m_shared;
    QString m_demo;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(QFileInfo(QString::fromUtf8(COALITION_CLI_PATH)).isExecutable());
    QVERIFY(m_shared.isValid());
    m_demo = m_shared.filePath(u"sample.coalition"_s);
    const CliRun run = runCli({u"demo"_s, m_demo}, m_shared.path());
    QVERIFY_NO_PROBLEM(successProblem(run));
    QVERIFY(QFileInfo::exists(m_demo));
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::cleanup()
{
    m_dir.reset();
}

QString TestCli::newWorkspace(const QString &name) const
{
    const QString file = path(name);
    const CliRun run = cli({u"init"_s, file});
    if (!successProblem(run).isEmpty()) {
        qWarning("%s", qPrintable(run.describe()));
        return {};
    }
    return file;
}

QString TestCli::demoCopy(const QString &name) const
{
    const QString file = path(name);
    if (!QFile::copy(m_demo, file))
        return {};
    return file;
}

QJsonDocument TestCli::json(const QString &workspace, const QStringList &arguments) const
{
    const CliRun run = on(workspace, arguments + QStringList{u"--format"_s, u"json"_s});
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

qsizetype TestCli::organizationCount(const QString &workspace) const
{
    const QJsonDocument document = json(workspace, {u"org"_s, u"list"_s});
    return document.isArray() ? document.array().size() : -1;
}

// ---------------------------------------------------------------------------
// Help and command-line errors

void TestCli::topLevelHelp()
{
    for (const QString &flag : {u"--help"_s, u"-h"_s, u"help"_s}) {
        const CliRun run = cli({flag});
        QVERIFY_NO_PROBLEM(successProblem(run));
        QVERIFY2(run.outText().startsWith(u"Usage: coalition-cli COMMAND"_s), qPrintable(flag));
        QVERIFY(run.outText().contains(u"COALITION_DB"_s));
        for (const QString &command :
             {u"init"_s, u"demo"_s, u"check"_s, u"backup"_s, u"org add"_s, u"member set-status"_s,
              u"import orgs"_s, u"export-json"_s, u"import-json"_s})
            QVERIFY2(run.outText().contains(u"\n  "_s + command + u' '), qPrintable(command));
    }
    const CliRun version = cli({u"--version"_s});
    QVERIFY_NO_PROBLEM(successProblem(version));
    QVERIFY(version.outText().startsWith(u"coalition-cli "_s));
}

void TestCli::subcommandHelp_data()
{
    QTest::addColumn<QStringList>("words");

    // Every command the overview lists, so that a new command is covered too.
    QTemporaryDir dir;
    const CliRun overview = runCli({u"--help"_s}, dir.path());
    QVERIFY_NO_PROBLEM(successProblem(overview));
    const QString text = overview.outText();
    const QStringList lines = text.mid(text.indexOf(u"Commands:\n"_s)).split(u'\n');
    QSet<QString> listed;
    for (const QString &line : lines) {
        if (!line.startsWith(u"  "_s))
            continue;
        const QString words = line.trimmed().split(QRegularExpression(u"\\s{2,}"_s)).first();
        listed.insert(words);
        QTest::newRow(qPrintable(words)) << words.split(u' ');
    }
    const QStringList expected = {
        u"init"_s,           u"demo"_s,           u"check"_s,
        u"backup"_s,         u"export-json"_s,    u"import-json"_s,
        u"import orgs"_s,    u"import people"_s,  u"import members"_s,
        u"export orgs"_s,    u"export people"_s,  u"export members"_s,
        u"org add"_s,        u"org list"_s,       u"org show"_s,
        u"org edit"_s,       u"org remove"_s,     u"person add"_s,
        u"person list"_s,    u"person show"_s,    u"person edit"_s,
        u"person remove"_s,  u"coalition add"_s,  u"coalition list"_s,
        u"coalition show"_s, u"coalition edit"_s, u"member add"_s,
        u"member list"_s,    u"member show"_s,    u"member set-status"_s,
        u"member edit"_s,    u"member remove"_s,  u"tally"_s,
        u"rule add"_s,       u"rule list"_s,      u"rule show"_s,
        u"rule edit"_s,      u"rule retire"_s,    u"body add"_s,
        u"body list"_s,      u"body seat"_s,      u"procedure set"_s,
        u"procedure show"_s, u"meeting add"_s,    u"meeting list"_s,
        u"meeting show"_s,   u"meeting attend"_s, u"decision add"_s,
        u"decision vote"_s,  u"decision show"_s,  u"decision reopen"_s,
        u"checks"_s,
    };
    const QStringList actionExpected = {
        u"goal add"_s,         u"goal list"_s,         u"goal show"_s,       u"goal edit"_s,
        u"group add"_s,        u"group list"_s,        u"group show"_s,      u"group edit"_s,
        u"plan add"_s,         u"plan list"_s,         u"plan show"_s,       u"plan edit"_s,
        u"task add"_s,         u"task list"_s,         u"task edit"_s,       u"task done"_s,
        u"report-entry add"_s, u"report-entry list"_s, u"success add"_s,     u"success list"_s,
        u"success edit"_s,     u"evaluation add"_s,    u"evaluation list"_s, u"evaluation edit"_s,
        u"conflict add"_s,     u"conflict list"_s,     u"conflict edit"_s,   u"conflict escalate"_s,
        u"conflict resolve"_s,
    };
    const QStringList stageExpected = {
        u"stage"_s,
        u"stage record"_s,
        u"stage history"_s,
        u"checklist answer"_s,
        u"checklist list"_s,
        u"relationship set"_s,
        u"relationship list"_s,
        u"relationship history"_s,
        u"relationship remove"_s,
        u"network"_s,
    };
    for (const QString &words : expected + actionExpected + stageExpected)
        QVERIFY2(listed.contains(words), qPrintable(words + u" is missing from --help"_s));
}

void TestCli::subcommandHelp()
{
    QFETCH(QStringList, words);
    // Help touches no workspace, even one that is named.
    const QString untouched = path(u"never.coalition"_s);
    for (const QString &flag : {u"--help"_s, u"-h"_s}) {
        const CliRun run = cli(words + QStringList{flag, u"--db"_s, untouched});
        QVERIFY_NO_PROBLEM(successProblem(run));
        const QString text = run.outText();
        const QString usage = u"Usage: coalition-cli "_s + words.join(u' ');
        QVERIFY2(text.startsWith(usage + u' ') || text.startsWith(usage + u'\n'),
                 qPrintable(text.left(200)));
        // The words of the command appear once, not repeated in the synopsis.
        QVERIFY2(!text.section(u'\n', 0, 0).contains(words.join(u' ') + u' ' + words.last()),
                 qPrintable(text.section(u'\n', 0, 0)));
        QVERIFY(text.contains(u"\nOptions:\n"_s));
        QVERIFY(text.contains(u"--help"_s));
        QVERIFY(text.contains(u"--db <FILE>"_s));
        QVERIFY2(!text.contains(u"\n\n\n"_s), qPrintable(text));
        QVERIFY(!QFileInfo::exists(untouched));
    }
}

void TestCli::commandGroupHelp()
{
    const QList<std::pair<QString, QStringList>> groups = {
        {u"org"_s, {u"add"_s, u"list"_s, u"show"_s, u"edit"_s, u"remove"_s}},
        {u"person"_s, {u"add"_s, u"list"_s, u"show"_s, u"edit"_s, u"remove"_s}},
        {u"coalition"_s, {u"add"_s, u"list"_s, u"show"_s, u"edit"_s}},
        {u"member"_s, {u"add"_s, u"list"_s, u"show"_s, u"set-status"_s, u"edit"_s, u"remove"_s}},
        {u"import"_s, {u"orgs"_s, u"people"_s, u"members"_s}},
        {u"export"_s, {u"orgs"_s, u"people"_s, u"members"_s}},
    };
    for (const auto &[group, subcommands] : groups) {
        const CliRun run = cli({group, u"--help"_s});
        QVERIFY_NO_PROBLEM(successProblem(run));
        QVERIFY2(run.outText().startsWith(u"Usage: coalition-cli "_s + group + u" SUBCOMMAND"_s),
                 qPrintable(run.outText()));
        for (const QString &subcommand : subcommands)
            QVERIFY2(run.outText().contains(u"  "_s + group + u' ' + subcommand + u' '),
                     qPrintable(group + u' ' + subcommand));

        // Without a subcommand: a usage error that names the choices.
        QVERIFY_NO_PROBLEM(refusalProblem(cli({group}), UsageError, {group, subcommands.first()}));
    }
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("fragments");

    QTest::newRow("nothing") << QStringList() << QStringList{u"--help"_s};
    QTest::newRow("unknown command")
        << QStringList{u"frobnicate"_s} << QStringList{u"frobnicate"_s};
    QTest::newRow("unknown subcommand")
        << QStringList{u"org"_s, u"frobnicate"_s} << QStringList{u"org"_s, u"frobnicate"_s};
    QTest::newRow("unknown option") << QStringList{u"org"_s, u"list"_s, u"--frobnicate"_s}
                                    << QStringList{u"frobnicate"_s, u"org list --help"_s};
    QTest::newRow("missing --db") << QStringList{u"org"_s, u"list"_s}
                                  << QStringList{u"--db"_s, u"COALITION_DB"_s};
    QTest::newRow("missing --db, check") << QStringList{u"check"_s} << QStringList{u"--db"_s};
    QTest::newRow("org add without sector")
        << QStringList{u"org"_s, u"add"_s, u"--name"_s, u"X"_s} << QStringList{u"--sector"_s};
    QTest::newRow("org show without org") << QStringList{u"org"_s, u"show"_s} << QStringList();
    QTest::newRow("person add without name")
        << QStringList{u"person"_s, u"add"_s, u"--role"_s, u"Chair"_s} << QStringList{u"--name"_s};
    QTest::newRow("member list without coalition")
        << QStringList{u"member"_s, u"list"_s} << QStringList{u"--coalition"_s};
    QTest::newRow("init without file") << QStringList{u"init"_s} << QStringList();
    QTest::newRow("import without file") << QStringList{u"import"_s, u"orgs"_s} << QStringList();
    QTest::newRow("unknown format") << QStringList{u"org"_s, u"list"_s, u"--format"_s, u"xml"_s}
                                    << QStringList{u"--format"_s, u"xml"_s, u"json"_s};
    QTest::newRow("option without value")
        << QStringList{u"org"_s, u"list"_s, u"--search"_s} << QStringList{u"search"_s};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, fragments);
    const CliRun run = cli(arguments);
    QVERIFY_NO_PROBLEM(refusalProblem(run, UsageError, fragments));
    QVERIFY2(run.out.isEmpty(), run.out.constData());
}

// ---------------------------------------------------------------------------
// Workspace files

void TestCli::initCreatesPrivateFile()
{
    const QString file = path(u"new.coalition"_s);
    const CliRun run = cli({u"init"_s, file});
    QVERIFY_NO_PROBLEM(successProblem(run));
    QVERIFY(run.outText().contains(file));
    QVERIFY(QFileInfo::exists(file));
    QCOMPARE(modeOf(file), 0600);
    QCOMPARE(organizationCount(file), 0);

    // A second init never overwrites.
    const QByteArray before = readAll(file);
    QVERIFY_NO_PROBLEM(refusalProblem(cli({u"init"_s, file}), Failure, {u"new.coalition"_s}));
    QCOMPARE(readAll(file), before);

    // The file may also be named with --db, in either spelling.
    const QString viaOption = path(u"via-option.coalition"_s);
    QVERIFY_NO_PROBLEM(successProblem(cli({u"init"_s, u"--db"_s, viaOption})));
    QCOMPARE(modeOf(viaOption), 0600);
    const QString viaEquals = path(u"via-equals.coalition"_s);
    QVERIFY_NO_PROBLEM(successProblem(cli({u"--db="_s + viaEquals, u"init"_s})));
    QCOMPARE(modeOf(viaEquals), 0600);
}

void TestCli::demoWorkspace()
{
    const QString file = path(u"sample.coalition"_s);
    const CliRun run = cli({u"demo"_s, file});
    QVERIFY_NO_PROBLEM(successProblem(run));
    QCOMPARE(modeOf(file), 0600);

    const QJsonDocument organizations = json(file, {u"org"_s, u"list"_s});
    QVERIFY(organizations.isArray());
    QVERIFY2(organizations.array().size() >= 15,
             qPrintable(QString::number(organizations.array().size())));
    QSet<QString> sectors;
    for (const QJsonValue &o : organizations.array())
        sectors.insert(o.toObject().value(u"sector"_s).toString());
    QVERIFY2(sectors.size() >= 6, qPrintable(QStringList(sectors.values()).join(u", "_s)));
    for (const QString &sector : std::as_const(sectors))
        QVERIFY2(Sectors.contains(sector), qPrintable(sector));

    const QJsonDocument people = json(file, {u"person"_s, u"list"_s});
    QVERIFY(people.isArray());
    QVERIFY(people.array().size() >= 10);

    const QJsonDocument coalitions = json(file, {u"coalition"_s, u"list"_s});
    QVERIFY(coalitions.isArray());
    QVERIFY(!coalitions.array().isEmpty());
    QSet<QString> statuses;
    qsizetype contributions = 0;
    for (const QJsonValue &c : coalitions.array()) {
        const QString id = QString::number(c.toObject().value(u"id"_s).toInteger());
        const QJsonDocument members = json(file, {u"member"_s, u"list"_s, u"--coalition"_s, id});
        QVERIFY(members.isArray());
        for (const QJsonValue &m : members.array()) {
            statuses.insert(m.toObject().value(u"status"_s).toString());
            contributions += m.toObject().value(u"contributions"_s).toArray().size();
        }
    }
    QVERIFY2(statuses.size() >= 3, qPrintable(QStringList(statuses.values()).join(u", "_s)));
    QVERIFY(contributions > 0);

    const CliRun checked = on(file, {u"check"_s});
    QVERIFY_NO_PROBLEM(successProblem(checked));

    // demo, like init, never replaces a file.
    const QByteArray before = readAll(file);
    QVERIFY_NO_PROBLEM(refusalProblem(cli({u"demo"_s, file}), Failure, {u"sample.coalition"_s}));
    QCOMPARE(readAll(file), before);
}

void TestCli::databaseOptionAnywhere()
{
    const QString file = demoCopy();
    QVERIFY(!file.isEmpty());
    const QList<QStringList> forms = {
        {u"--db"_s, file, u"org"_s, u"list"_s},
        {u"org"_s, u"--db"_s, file, u"list"_s},
        {u"org"_s, u"list"_s, u"--db"_s, file},
        {u"org"_s, u"list"_s, u"--db="_s + file},
        {u"--db="_s + file, u"org"_s, u"list"_s},
        {u"--format"_s, u"text"_s, u"--db"_s, file, u"org"_s, u"list"_s},
    };
    QByteArray expected;
    for (const QStringList &form : forms) {
        const CliRun run = cli(form);
        QVERIFY_NO_PROBLEM(successProblem(run));
        QVERIFY(run.outText().contains(u"Eastgate Food Bank"_s));
        if (expected.isEmpty())
            expected = run.out;
        QCOMPARE(run.out, expected);
    }

    // A one-word command keeps its own options and arguments in order.
    const QString copy = path(u"copy.coalition"_s);
    QVERIFY_NO_PROBLEM(successProblem(cli({u"backup"_s, u"--to"_s, copy, u"--db"_s, file})));
    QVERIFY(QFileInfo::exists(copy));
}

void TestCli::databaseFromEnvironment()
{
    const QString file = demoCopy();
    QVERIFY(!file.isEmpty());
    QProcessEnvironment environment = cleanEnvironment();
    environment.insert(u"COALITION_DB"_s, file);
    const CliRun run = runCli({u"org"_s, u"list"_s}, m_dir->path(), {.environment = environment});
    QVERIFY_NO_PROBLEM(successProblem(run));
    QCOMPARE(run.out, on(file, {u"org"_s, u"list"_s}).out);

    // --db wins over the environment.
    environment.insert(u"COALITION_DB"_s, path(u"missing.coalition"_s));
    const CliRun overridden = runCli({u"org"_s, u"list"_s, u"--db"_s, file}, m_dir->path(),
                                     {.environment = environment});
    QVERIFY_NO_PROBLEM(successProblem(overridden));
    const CliRun missing
        = runCli({u"org"_s, u"list"_s}, m_dir->path(), {.environment = environment});
    QVERIFY_NO_PROBLEM(refusalProblem(missing, Failure, {u"missing.coalition"_s}));
    QVERIFY(!QFileInfo::exists(path(u"missing.coalition"_s)));
}

// ---------------------------------------------------------------------------
// Organizations and people

void TestCli::organizationRoundTrip()
{
    const QString db = newWorkspace();
    QVERIFY(!db.isEmpty());

    const CliRun added = on(db,
                            {u"org"_s,
                             u"add"_s,
                             u"--name"_s,
                             u"Eastgate Food Bank"_s,
                             u"--sector"_s,
                             u"nonprofit"_s,
                             u"--mission"_s,
                             u"Food for every household"_s,
                             u"--decision-making"_s,
                             u"Board vote"_s,
                             u"--address"_s,
                             u"1 Market Street"_s,
                             u"--website"_s,
                             u"https://eastgate.example.org"_s,
                             u"--email"_s,
                             u"info@eastgate.example.org"_s,
                             u"--phone"_s,
                             u"+1 555 0100"_s,
                             u"--notes"_s,
                             u"Warehouse on Dock Road"_s,
                             u"--tag"_s,
                             u"food"_s,
                             u"--tag"_s,
                             u"poverty"_s});
    QVERIFY_NO_PROBLEM(successProblem(added));
    QCOMPARE(added.outText(), u"Added organization 1: Eastgate Food Bank\n"_s);
    QVERIFY_NO_PROBLEM(successProblem(on(
        db,
        {u"org"_s, u"add"_s, u"--name"_s, u"Westfield School"_s, u"--sector"_s, u"education"_s})));

    const QJsonDocument list = json(db, {u"org"_s, u"list"_s});
    QVERIFY(list.isArray());
    QCOMPARE(namesIn(list.array()), (QStringList{u"Eastgate Food Bank"_s, u"Westfield School"_s}));
    const QJsonDocument filtered = json(db, {u"org"_s, u"list"_s, u"--sector"_s, u"education"_s});
    QCOMPARE(namesIn(filtered.array()), QStringList{u"Westfield School"_s});
    const QJsonDocument searched = json(db, {u"org"_s, u"list"_s, u"--search"_s, u"poverty"_s});
    QCOMPARE(namesIn(searched.array()), QStringList{u"Eastgate Food Bank"_s});

    QJsonObject org = json(db, {u"org"_s, u"show"_s, u"Eastgate Food Bank"_s}).object();
    QCOMPARE(org.value(u"id"_s).toInteger(), 1);
    QCOMPARE(org.value(u"name"_s).toString(), u"Eastgate Food Bank"_s);
    QCOMPARE(org.value(u"sector"_s).toString(), u"nonprofit"_s);
    QCOMPARE(org.value(u"mission"_s).toString(), u"Food for every household"_s);
    QCOMPARE(org.value(u"decision_making"_s).toString(), u"Board vote"_s);
    QCOMPARE(org.value(u"address"_s).toString(), u"1 Market Street"_s);
    QCOMPARE(org.value(u"website"_s).toString(), u"https://eastgate.example.org"_s);
    QCOMPARE(org.value(u"email"_s).toString(), u"info@eastgate.example.org"_s);
    QCOMPARE(org.value(u"phone"_s).toString(), u"+1 555 0100"_s);
    QCOMPARE(org.value(u"notes"_s).toString(), u"Warehouse on Dock Road"_s);
    QCOMPARE(org.value(u"tags"_s).toArray().toVariantList(),
             (QVariantList{u"food"_s, u"poverty"_s}));
    QVERIFY(org.value(u"people"_s).toArray().isEmpty());
    QVERIFY(org.value(u"memberships"_s).toArray().isEmpty());

    // By number, as text.
    const CliRun shown = on(db, {u"org"_s, u"show"_s, u"1"_s});
    QVERIFY_NO_PROBLEM(successProblem(shown));
    QVERIFY(shown.outText().startsWith(u"Eastgate Food Bank  (Nonprofit, #1)\n"_s));
    QVERIFY(shown.outText().contains(u"food, poverty"_s));
    QVERIFY(shown.outText().contains(u"created"_s));

    // Edit changes only what is given; --tag replaces the tags.
    const CliRun edited = on(db,
                             {u"org"_s, u"edit"_s, u"Eastgate Food Bank"_s, u"--mission"_s,
                              u"Food and warmth"_s, u"--tag"_s, u"winter"_s});
    QVERIFY_NO_PROBLEM(successProblem(edited));
    QCOMPARE(edited.outText(), u"Updated organization 1: Eastgate Food Bank\n"_s);
    org = json(db, {u"org"_s, u"show"_s, u"1"_s}).object();
    QCOMPARE(org.value(u"mission"_s).toString(), u"Food and warmth"_s);
    QCOMPARE(org.value(u"tags"_s).toArray().toVariantList(), QVariantList{u"winter"_s});
    QCOMPARE(org.value(u"email"_s).toString(), u"info@eastgate.example.org"_s);
    QCOMPARE(org.value(u"sector"_s).toString(), u"nonprofit"_s);

    QVERIFY_NO_PROBLEM(
        successProblem(on(db,
                          {u"org"_s, u"edit"_s, u"1"_s, u"--clear-tags"_s, u"--name"_s,
                           u"Eastgate Pantry"_s, u"--sector"_s, u"community-group"_s})));
    org = json(db, {u"org"_s, u"show"_s, u"Eastgate Pantry"_s}).object();
    QCOMPARE(org.value(u"id"_s).toInteger(), 1);
    QVERIFY(org.value(u"tags"_s).toArray().isEmpty());
    QCOMPARE(org.value(u"sector"_s).toString(), u"community-group"_s);
    QVERIFY_NO_PROBLEM(refusalProblem(on(db, {u"org"_s, u"show"_s, u"Eastgate Food Bank"_s}),
                                      Failure, {u"Eastgate Food Bank"_s}));

    const CliRun removed = on(db, {u"org"_s, u"remove"_s, u"Eastgate Pantry"_s});
    QVERIFY_NO_PROBLEM(successProblem(removed));
    QCOMPARE(removed.outText(), u"Removed organization 1.\n"_s);
    QCOMPARE(namesIn(json(db, {u"org"_s, u"list"_s}).array()), QStringList{u"Westfield School"_s});
    QVERIFY_NO_PROBLEM(refusalProblem(on(db, {u"org"_s, u"show"_s, u"1"_s}), Failure, {u"1"_s}));
    QVERIFY_NO_PROBLEM(refusalProblem(on(db, {u"org"_s, u"remove"_s, u"1"_s}), Failure));
    QVERIFY_NO_PROBLEM(refusalProblem(
        on(db, {u"org"_s, u"edit"_s, u"Nobody"_s, u"--notes"_s, u"x"_s}), Failure, {u"Nobody"_s}));
}

void TestCli::duplicateOrganizationName()
{
    const QString db = newWorkspace();
    QVERIFY(!db.isEmpty());
    QVERIFY_NO_PROBLEM(successProblem(on(db,
                                         {u"org"_s, u"add"_s, u"--name"_s, u"Eastgate Food Bank"_s,
                                          u"--sector"_s, u"nonprofit"_s})));
    QVERIFY_NO_PROBLEM(successProblem(
        on(db, {u"org"_s, u"add"_s, u"--name"_s, u"Harbor Bank"_s, u"--sector"_s, u"business"_s})));

    QVERIFY_NO_PROBLEM(refusalProblem(
        on(db,
           {u"org"_s, u"add"_s, u"--name"_s, u"EASTGATE food BANK"_s, u"--sector"_s, u"health"_s}),
        Failure, {u"Eastgate Food Bank"_s}));
    QCOMPARE(organizationCount(db), 2);

    // Renaming into an existing name is refused the same way.
    QVERIFY_NO_PROBLEM(refusalProblem(
        on(db, {u"org"_s, u"edit"_s, u"Harbor Bank"_s, u"--name"_s, u"eastgate food bank"_s}),
        Failure, {u"Eastgate Food Bank"_s}));
    QCOMPARE(namesIn(json(db, {u"org"_s, u"list"_s}).array()),
             (QStringList{u"Eastgate Food Bank"_s, u"Harbor Bank"_s}));
}

void TestCli::unknownSector()
{
    const QString db = newWorkspace();
    QVERIFY(!db.isEmpty());
    const CliRun run
        = on(db, {u"org"_s, u"add"_s, u"--name"_s, u"Kind Hearts"_s, u"--sector"_s, u"charity"_s});
    QVERIFY_NO_PROBLEM(refusalProblem(run, UsageError, QStringList{u"charity"_s} + Sectors));
    QCOMPARE(organizationCount(db), 0);

    QVERIFY_NO_PROBLEM(refusalProblem(on(db, {u"org"_s, u"list"_s, u"--sector"_s, u"charity"_s}),
                                      UsageError, {u"charity"_s, u"public-agency"_s}));
}

void TestCli::sectorInAnyCase_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("stored");
    QTest::newRow("key upper case") << u"PUBLIC-AGENCY"_s << u"public-agency"_s;
    QTest::newRow("label") << u"Public agency"_s << u"public-agency"_s;
    QTest::newRow("underscore") << u"public_agency"_s << u"public-agency"_s;
    QTest::newRow("mixed") << u"Community Group"_s << u"community-group"_s;
    QTest::newRow("plain") << u"NonProfit"_s << u"nonprofit"_s;
}

void TestCli::sectorInAnyCase()
{
    QFETCH(QString, given);
    QFETCH(QString, stored);
    const QString db = newWorkspace();
    QVERIFY(!db.isEmpty());
    QVERIFY_NO_PROBLEM(successProblem(
        on(db, {u"org"_s, u"add"_s, u"--name"_s, u"City Office"_s, u"--sector"_s, given})));
    QCOMPARE(json(db, {u"org"_s, u"show"_s, u"City Office"_s}).object().value(u"sector"_s),
             QJsonValue(stored));
    // The filter of org list reads sectors the same way.
    QCOMPARE(json(db, {u"org"_s, u"list"_s, u"--sector"_s, given}).array().size(), 1);
}

void TestCli::removeMemberOrganization()
{
    const QString db = newWorkspace();
    QVERIFY(!db.isEmpty());
    QVERIFY_NO_PROBLEM(successProblem(on(db,
                                         {u"org"_s, u"add"_s, u"--name"_s, u"Eastgate Food Bank"_s,
                                          u"--sector"_s, u"nonprofit"_s})));
    QVERIFY_NO_PROBLEM(
        successProblem(on(db,
                          {u"coalition"_s, u"add"_s, u"--name"_s, u"Riverside Coalition"_s,
                           u"--type"_s, u"ongoing-coalition"_s})));
    QVERIFY_NO_PROBLEM(
        successProblem(on(db,
                          {u"member"_s, u"add"_s, u"--coalition"_s, u"Riverside Coalition"_s,
                           u"--org"_s, u"Eastgate Food Bank"_s, u"--status"_s, u"active"_s})));

    QVERIFY_NO_PROBLEM(refusalProblem(on(db, {u"org"_s, u"remove"_s, u"Eastgate Food Bank"_s}),
                                      Failure,
                                      {u"Eastgate Food Bank"_s, u"Riverside Coalition"_s}));
    QCOMPARE(organizationCount(db), 1);
    QCOMPARE(json(db, {u"member"_s, u"list"_s, u"--coalition"_s, u"Riverside Coalition"_s})
                 .array()
                 .size(),
             1);

    QVERIFY_NO_PROBLEM(
        successProblem(on(db, {u"org"_s, u"remove"_s, u"Eastgate Food Bank"_s, u"--cascade"_s})));
    QCOMPARE(organizationCount(db), 0);
    const QJsonDocument members
        = json(db, {u"member"_s, u"list"_s, u"--coalition"_s, u"Riverside Coalition"_s});
    QVERIFY(members.isArray());
    QVERIFY(members.array().isEmpty());
    QVERIFY_NO_PROBLEM(successProblem(on(db, {u"check"_s})));
}

void TestCli::personRoundTrip()
{
    const QString db = newWorkspace();
    QVERIFY(!db.isEmpty());
    QVERIFY_NO_PROBLEM(successProblem(on(db,
                                         {u"org"_s, u"add"_s, u"--name"_s, u"Eastgate Food Bank"_s,
                                          u"--sector"_s, u"nonprofit"_s})));
    QVERIFY_NO_PROBLEM(successProblem(on(
        db,
        {u"org"_s, u"add"_s, u"--name"_s, u"City Office"_s, u"--sector"_s, u"public-agency"_s})));

    const CliRun added = on(db,
                            {u"person"_s, u"add"_s, u"--name"_s, u"Tomasz Wiśniewski"_s, u"--org"_s,
                             u"Eastgate Food Bank"_s, u"--role"_s, u"Director"_s, u"--email"_s,
                             u"tomasz@example.org"_s, u"--phone"_s, u"555 0101"_s, u"--notes"_s,
                             u"Prefers mornings"_s});
    QVERIFY_NO_PROBLEM(successProblem(added));
    QCOMPARE(added.outText(), u"Added person 1: Tomasz Wiśniewski\n"_s);
    QVERIFY_NO_PROBLEM(successProblem(
        on(db, {u"person"_s, u"add"_s, u"--name"_s, u"Ann Lee"_s, u"--org"_s, u"2"_s})));
    QVERIFY_NO_PROBLEM(
        successProblem(on(db, {u"person"_s, u"add"_s, u"--name"_s, u"Carla Mendes"_s})));
    QVERIFY_NO_PROBLEM(refusalProblem(
        on(db, {u"person"_s, u"add"_s, u"--name"_s, u"Ghost"_s, u"--org"_s, u"Nowhere"_s}), Failure,
        {u"Nowhere"_s}));

    const QJsonDocument list = json(db, {u"person"_s, u"list"_s});
    QVERIFY(list.isArray());
    QCOMPARE(list.array().size(), 3);
    QCOMPARE(
        namesIn(json(db, {u"person"_s, u"list"_s, u"--org"_s, u"Eastgate Food Bank"_s}).array()),
        QStringList{u"Tomasz Wiśniewski"_s});
    QCOMPARE(namesIn(json(db, {u"person"_s, u"list"_s, u"--search"_s, u"city office"_s}).array()),
             QStringList{u"Ann Lee"_s});

    QJsonObject person = json(db, {u"person"_s, u"show"_s, u"Tomasz Wiśniewski"_s}).object();
    QCOMPARE(person.value(u"id"_s).toInteger(), 1);
    QCOMPARE(person.value(u"organization_id"_s).toInteger(), 1);
    QCOMPARE(person.value(u"role"_s).toString(), u"Director"_s);
    QCOMPARE(person.value(u"email"_s).toString(), u"tomasz@example.org"_s);
    QCOMPARE(person.value(u"phone"_s).toString(), u"555 0101"_s);
    QCOMPARE(person.value(u"notes"_s).toString(), u"Prefers mornings"_s);
    QVERIFY(json(db, {u"person"_s, u"show"_s, u"Carla Mendes"_s})
                .object()
                .value(u"organization_id"_s)
                .isNull());

    const CliRun text = on(db, {u"person"_s, u"show"_s, u"1"_s});
    QVERIFY_NO_PROBLEM(successProblem(text));
    QVERIFY(text.outText().startsWith(u"Tomasz Wiśniewski  (#1)\n"_s));
    QVERIFY(text.outText().contains(u"Eastgate Food Bank"_s));

    // The organization's page lists its people.
    const QJsonArray people = json(db, {u"org"_s, u"show"_s, u"Eastgate Food Bank"_s})
                                  .object()
                                  .value(u"people"_s)
                                  .toArray();
    QCOMPARE(namesIn(people), QStringList{u"Tomasz Wiśniewski"_s});

    QVERIFY_NO_PROBLEM(successProblem(on(db,
                                         {u"person"_s, u"edit"_s, u"Tomasz Wiśniewski"_s,
                                          u"--role"_s, u"Chair"_s, u"--org"_s, u"City Office"_s})));
    person = json(db, {u"person"_s, u"show"_s, u"1"_s}).object();
    QCOMPARE(person.value(u"role"_s).toString(), u"Chair"_s);
    QCOMPARE(person.value(u"organization_id"_s).toInteger(), 2);
    QCOMPARE(person.value(u"email"_s).toString(), u"tomasz@example.org"_s);
    QVERIFY_NO_PROBLEM(successProblem(on(db, {u"person"_s, u"edit"_s, u"1"_s, u"--no-org"_s})));
    QVERIFY(
        json(db, {u"person"_s, u"show"_s, u"1"_s}).object().value(u"organization_id"_s).isNull());

    // Two people of the same name: the name is not enough.
    QVERIFY_NO_PROBLEM(
        successProblem(on(db, {u"person"_s, u"add"_s, u"--name"_s, u"Carla Mendes"_s})));
    QVERIFY_NO_PROBLEM(refusalProblem(on(db, {u"person"_s, u"show"_s, u"Carla Mendes"_s}), Failure,
                                      {u"Carla Mendes"_s}));

    const CliRun removed = on(db, {u"person"_s, u"remove"_s, u"Tomasz Wiśniewski"_s});
    QVERIFY_NO_PROBLEM(successProblem(removed));
    QCOMPARE(removed.outText(), u"Removed person 1.\n"_s);
    QCOMPARE(json(db, {u"person"_s, u"list"_s}).array().size(), 3);
    QVERIFY_NO_PROBLEM(refusalProblem(on(db, {u"person"_s, u"show"_s, u"1"_s}), Failure));
}

// ---------------------------------------------------------------------------
// Coalitions and memberships

void TestCli::coalitionDates()
{
    const QString db = newWorkspace();
    QVERIFY(!db.isEmpty());
    QVERIFY_NO_PROBLEM(successProblem(on(db,
                                         {u"org"_s, u"add"_s, u"--name"_s, u"Eastgate Food Bank"_s,
                                          u"--sector"_s, u"nonprofit"_s})));

    const CliRun noEnd = on(db,
                            {u"coalition"_s, u"add"_s, u"--name"_s, u"Spring Drive"_s, u"--type"_s,
                             u"campaign"_s, u"--start"_s, u"2026-03-01"_s});
    QVERIFY_NO_PROBLEM(refusalProblem(noEnd, Failure, {u"campaign"_s, u"end"_s}));

    const CliRun backwards
        = on(db,
             {u"coalition"_s, u"add"_s, u"--name"_s, u"Spring Drive"_s, u"--type"_s, u"campaign"_s,
              u"--start"_s, u"2026-03-01"_s, u"--end"_s, u"2026-02-01"_s});
    QVERIFY_NO_PROBLEM(refusalProblem(backwards, Failure, {u"2026-02-01"_s, u"2026-03-01"_s}));
    QCOMPARE(json(db, {u"coalition"_s, u"list"_s}).array().size(), 0);

    // Values wrong in themselves are usage errors; a name not found is a failure.
    QVERIFY_NO_PROBLEM(refusalProblem(
        on(db, {u"coalition"_s, u"add"_s, u"--name"_s, u"Net"_s, u"--type"_s, u"network"_s}),
        UsageError, {u"network"_s, u"information-network"_s, u"ongoing-coalition"_s}));
    QVERIFY_NO_PROBLEM(
        refusalProblem(on(db,
                          {u"coalition"_s, u"add"_s, u"--name"_s, u"Net"_s, u"--type"_s,
                           u"association"_s, u"--start"_s, u"2026-13-01"_s}),
                       UsageError, {u"2026-13-01"_s, u"YYYY-MM-DD"_s}));
    QVERIFY_NO_PROBLEM(
        refusalProblem(on(db,
                          {u"coalition"_s, u"add"_s, u"--name"_s, u"Net"_s, u"--type"_s,
                           u"association"_s, u"--meeting-length"_s, u"an hour"_s}),
                       UsageError, {u"--meeting-length"_s}));
    QVERIFY_NO_PROBLEM(
        refusalProblem(on(db,
                          {u"coalition"_s, u"add"_s, u"--name"_s, u"Net"_s, u"--type"_s,
                           u"association"_s, u"--lead"_s, u"Nowhere"_s}),
                       Failure, {u"Nowhere"_s}));
    QCOMPARE(json(db, {u"coalition"_s, u"list"_s}).array().size(), 0);

    const CliRun added = on(db,
                            {u"coalition"_s, u"add"_s, u"--name"_s, u"Spring Drive"_s, u"--type"_s,
                             u"Campaign"_s, u"--start"_s, u"2026-03-01"_s, u"--end"_s,
                             u"2026-06-30"_s, u"--lead"_s, u"Eastgate Food Bank"_s, u"--purpose"_s,
                             u"Stock the shelves"_s, u"--meeting-length"_s, u"90"_s});
    QVERIFY_NO_PROBLEM(successProblem(added));
    QCOMPARE(added.outText(), u"Added coalition 1: Spring Drive\n"_s);

    QJsonObject coalition = json(db, {u"coalition"_s, u"show"_s, u"Spring Drive"_s}).object();
    QCOMPARE(coalition.value(u"type"_s).toString(), u"campaign"_s);
    QCOMPARE(coalition.value(u"start_date"_s).toString(), u"2026-03-01"_s);
    QCOMPARE(coalition.value(u"end_date"_s).toString(), u"2026-06-30"_s);
    QCOMPARE(coalition.value(u"lead_organization_id"_s).toInteger(), 1);
    QCOMPARE(coalition.value(u"purpose"_s).toString(), u"Stock the shelves"_s);
    QCOMPARE(coalition.value(u"meetings"_s).toObject().value(u"usual_length_minutes"_s).toInt(),
             90);
    QCOMPARE(namesIn(json(db, {u"coalition"_s, u"list"_s}).array()),
             QStringList{u"Spring Drive"_s});

    // Edit keeps the rule: the end cannot move before the start.
    QVERIFY_NO_PROBLEM(refusalProblem(
        on(db, {u"coalition"_s, u"edit"_s, u"Spring Drive"_s, u"--end"_s, u"2026-01-01"_s}),
        Failure, {u"2026-01-01"_s}));
    QVERIFY_NO_PROBLEM(successProblem(
        on(db, {u"coalition"_s, u"edit"_s, u"1"_s, u"--end"_s, u"2026-07-31"_s, u"--no-lead"_s})));
    coalition = json(db, {u"coalition"_s, u"show"_s, u"1"_s}).object();
    QCOMPARE(coalition.value(u"end_date"_s).toString(), u"2026-07-31"_s);
    QVERIFY(coalition.value(u"lead_organization_id"_s).isNull());
    QCOMPARE(coalition.value(u"purpose"_s).toString(), u"Stock the shelves"_s);

    const CliRun text = on(db, {u"coalition"_s, u"show"_s, u"Spring Drive"_s});
    QVERIFY_NO_PROBLEM(successProblem(text));
    QVERIFY(text.outText().startsWith(u"Spring Drive  (Campaign, #1)\n"_s));
}

void TestCli::membershipLifecycle()
{
    const QString db = newWorkspace();
    QVERIFY(!db.isEmpty());
    for (const auto &[org, sector] : {std::pair{u"Eastgate Food Bank"_s, u"nonprofit"_s},
                                      std::pair{u"City Office"_s, u"public-agency"_s}})
        QVERIFY_NO_PROBLEM(
            successProblem(on(db, {u"org"_s, u"add"_s, u"--name"_s, org, u"--sector"_s, sector})));
    QVERIFY_NO_PROBLEM(
        successProblem(on(db,
                          {u"person"_s, u"add"_s, u"--name"_s, u"Tomasz Wiśniewski"_s, u"--org"_s,
                           u"Eastgate Food Bank"_s})));
    QVERIFY_NO_PROBLEM(successProblem(
        on(db, {u"person"_s, u"add"_s, u"--name"_s, u"Ann Lee"_s, u"--org"_s, u"City Office"_s})));
    QVERIFY_NO_PROBLEM(
        successProblem(on(db,
                          {u"coalition"_s, u"add"_s, u"--name"_s, u"Riverside Coalition"_s,
                           u"--type"_s, u"ongoing-coalition"_s, u"--start"_s, u"2026-01-15"_s})));

    // The representative must be one of the organization's people.
    QVERIFY_NO_PROBLEM(refusalProblem(
        on(db,
           {u"member"_s, u"add"_s, u"--coalition"_s, u"Riverside Coalition"_s, u"--org"_s,
            u"Eastgate Food Bank"_s, u"--representative"_s, u"Ann Lee"_s}),
        Failure, {u"Ann Lee"_s}));
    QVERIFY_NO_PROBLEM(refusalProblem(on(db,
                                         {u"member"_s, u"add"_s, u"--coalition"_s, u"1"_s,
                                          u"--org"_s, u"1"_s, u"--representative"_s, u"2"_s}),
                                      Failure, {u"Ann Lee"_s, u"Eastgate Food Bank"_s}));
    QCOMPARE(json(db, {u"member"_s, u"list"_s, u"--coalition"_s, u"1"_s}).array().size(), 0);

    // Values wrong in themselves are usage errors, as for set-status.
    const QStringList eastgate
        = {u"member"_s, u"add"_s, u"--coalition"_s, u"1"_s, u"--org"_s, u"1"_s};
    QVERIFY_NO_PROBLEM(refusalProblem(on(db, eastgate + QStringList{u"--status"_s, u"sleeping"_s}),
                                      UsageError, {u"sleeping"_s, u"prospective"_s}));
    QVERIFY_NO_PROBLEM(refusalProblem(on(db, eastgate + QStringList{u"--kind"_s, u"sponsor"_s}),
                                      UsageError, {u"sponsor"_s, u"observer"_s}));
    QVERIFY_NO_PROBLEM(refusalProblem(on(db, eastgate + QStringList{u"--dues"_s, u"lots"_s}),
                                      UsageError, {u"lots"_s}));
    QVERIFY_NO_PROBLEM(refusalProblem(on(db, eastgate + QStringList{u"--joined"_s, u"May"_s}),
                                      UsageError, {u"May"_s}));
    QVERIFY_NO_PROBLEM(
        refusalProblem(on(db, eastgate + QStringList{u"--contribution"_s, u"money:100.00"_s}),
                       UsageError, {u"money:100.00"_s}));
    QVERIFY_NO_PROBLEM(refusalProblem(
        on(db, eastgate + QStringList{u"--contribution"_s, u"gold:100.00:monthly"_s}), UsageError,
        {u"gold"_s, u"staff-time"_s}));
    QCOMPARE(json(db, {u"member"_s, u"list"_s, u"--coalition"_s, u"1"_s}).array().size(), 0);

    const CliRun added = on(db,
                            {u"member"_s,
                             u"add"_s,
                             u"--coalition"_s,
                             u"Riverside Coalition"_s,
                             u"--org"_s,
                             u"Eastgate Food Bank"_s,
                             u"--status"_s,
                             u"active"_s,
                             u"--kind"_s,
                             u"voting"_s,
                             u"--joined"_s,
                             u"2026-01-20"_s,
                             u"--representative"_s,
                             u"Tomasz Wiśniewski"_s,
                             u"--dues"_s,
                             u"120.00"_s,
                             u"--contribution"_s,
                             u"volunteers:300.00:quarterly:Outreach days"_s,
                             u"--shared-interest"_s,
                             u"Affordable food"_s,
                             u"--barrier"_s,
                             u"Small staff"_s});
    QVERIFY_NO_PROBLEM(successProblem(added));
    QCOMPARE(added.outText(), u"Added membership 1.\n"_s);
    QVERIFY_NO_PROBLEM(successProblem(
        on(db,
           {u"member"_s, u"add"_s, u"--coalition"_s, u"1"_s, u"--org"_s, u"City Office"_s,
            u"--status"_s, u"prospective"_s, u"--kind"_s, u"ally"_s})));

    // One membership per organization and coalition.
    QVERIFY_NO_PROBLEM(
        refusalProblem(on(db,
                          {u"member"_s, u"add"_s, u"--coalition"_s, u"Riverside Coalition"_s,
                           u"--org"_s, u"eastgate food bank"_s}),
                       Failure, {u"Eastgate Food Bank"_s, u"Riverside Coalition"_s}));

    const QJsonDocument members
        = json(db, {u"member"_s, u"list"_s, u"--coalition"_s, u"Riverside Coalition"_s});
    QCOMPARE(namesIn(members.array(), u"organization"_s),
             (QStringList{u"Eastgate Food Bank"_s, u"City Office"_s}));
    QCOMPARE(namesIn(json(db,
                          {u"member"_s, u"list"_s, u"--coalition"_s, u"1"_s, u"--status"_s,
                           u"prospective"_s})
                         .array(),
                     u"organization"_s),
             QStringList{u"City Office"_s});
    const CliRun table = on(db, {u"member"_s, u"list"_s, u"--coalition"_s, u"1"_s});
    QVERIFY_NO_PROBLEM(successProblem(table));
    QVERIFY(table.outText().contains(u"Tomasz Wiśniewski"_s));
    QVERIFY(table.outText().contains(u"300.00"_s));

    const QStringList membership
        = {u"--coalition"_s, u"Riverside Coalition"_s, u"--org"_s, u"Eastgate Food Bank"_s};
    QJsonObject m = json(db, QStringList{u"member"_s, u"show"_s} + membership).object();
    QCOMPARE(m.value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(m.value(u"kind"_s).toString(), u"voting"_s);
    QCOMPARE(m.value(u"joined_on"_s).toString(), u"2026-01-20"_s);
    QCOMPARE(m.value(u"representative_id"_s).toInteger(), 1);
    QCOMPARE(m.value(u"dues"_s).toString(), u"120.00"_s);
    const QJsonArray contributions = m.value(u"contributions"_s).toArray();
    QCOMPARE(contributions.size(), 1);
    QCOMPARE(contributions.first().toObject(),
             (QJsonObject{{u"kind"_s, u"volunteers"_s},
                          {u"value"_s, u"300.00"_s},
                          {u"period"_s, u"quarterly"_s},
                          {u"description"_s, u"Outreach days"_s}}));
    QCOMPARE(m.value(u"interests"_s).toArray().size(), 1);
    QCOMPARE(m.value(u"barriers"_s).toArray().toVariantList(), QVariantList{u"Small staff"_s});
    const qsizetype historyBefore = m.value(u"history"_s).toArray().size();
    QVERIFY(historyBefore >= 1);

    const CliRun changed
        = on(db,
             QStringList{u"member"_s, u"set-status"_s} + membership
                 + QStringList{u"--status"_s, u"inactive"_s, u"--date"_s, u"2026-11-01"_s,
                               u"--note"_s, u"No one at meetings since summer"_s});
    QVERIFY_NO_PROBLEM(successProblem(changed));
    QVERIFY(changed.outText().contains(u"inactive"_s));
    QVERIFY(changed.outText().contains(u"2026-11-01"_s));
    m = json(db, QStringList{u"member"_s, u"show"_s} + membership).object();
    QCOMPARE(m.value(u"status"_s).toString(), u"inactive"_s);
    const QJsonArray history = m.value(u"history"_s).toArray();
    QCOMPARE(history.size(), historyBefore + 1);
    QCOMPARE(history.last().toObject(),
             (QJsonObject{{u"on"_s, u"2026-11-01"_s},
                          {u"status"_s, u"inactive"_s},
                          {u"note"_s, u"No one at meetings since summer"_s}}));
    const CliRun shown = on(db, QStringList{u"member"_s, u"show"_s} + membership);
    QVERIFY_NO_PROBLEM(successProblem(shown));
    QVERIFY(shown.outText().contains(u"2026-11-01 Inactive — No one at meetings since summer"_s));

    QVERIFY_NO_PROBLEM(refusalProblem(on(db,
                                         QStringList{u"member"_s, u"set-status"_s} + membership
                                             + QStringList{u"--status"_s, u"sleeping"_s}),
                                      UsageError, {u"sleeping"_s, u"withdrawn"_s}));
    QVERIFY_NO_PROBLEM(
        refusalProblem(on(db,
                          QStringList{u"member"_s, u"set-status"_s} + membership
                              + QStringList{u"--status"_s, u"active"_s, u"--date"_s, u"1 May"_s}),
                       UsageError, {u"1 May"_s}));

    // Edit changes the given fields only.
    QVERIFY_NO_PROBLEM(successProblem(
        on(db,
           QStringList{u"member"_s, u"edit"_s} + membership
               + QStringList{u"--kind"_s, u"observer"_s, u"--notes"_s, u"Check in March"_s,
                             u"--paid-through"_s, u"2026-12-31"_s})));
    m = json(db, QStringList{u"member"_s, u"show"_s} + membership).object();
    QCOMPARE(m.value(u"kind"_s).toString(), u"observer"_s);
    QCOMPARE(m.value(u"notes"_s).toString(), u"Check in March"_s);
    QCOMPARE(m.value(u"dues_paid_through"_s).toString(), u"2026-12-31"_s);
    QCOMPARE(m.value(u"status"_s).toString(), u"inactive"_s);
    QCOMPARE(m.value(u"contributions"_s).toArray().size(), 1);
    QCOMPARE(m.value(u"history"_s).toArray().size(), historyBefore + 1);
    QVERIFY_NO_PROBLEM(refusalProblem(on(db,
                                         QStringList{u"member"_s, u"edit"_s} + membership
                                             + QStringList{u"--representative"_s, u"Ann Lee"_s}),
                                      Failure, {u"Ann Lee"_s}));

    // An organization that is not a member.
    QVERIFY_NO_PROBLEM(successProblem(
        on(db, {u"org"_s, u"add"_s, u"--name"_s, u"Outsiders"_s, u"--sector"_s, u"other"_s})));
    QVERIFY_NO_PROBLEM(refusalProblem(
        on(db, {u"member"_s, u"show"_s, u"--coalition"_s, u"1"_s, u"--org"_s, u"Outsiders"_s}),
        Failure, {u"Outsiders"_s}));
    QVERIFY_NO_PROBLEM(successProblem(on(db, {u"check"_s})));

    // Remove takes the membership away and keeps the organization.
    const CliRun removed = on(db, QStringList{u"member"_s, u"remove"_s} + membership);
    QVERIFY_NO_PROBLEM(successProblem(removed));
    QVERIFY(removed.outText().startsWith(u"Removed membership"_s));
    QVERIFY_NO_PROBLEM(
        refusalProblem(on(db, QStringList{u"member"_s, u"show"_s} + membership), Failure, {}));
    QVERIFY_NO_PROBLEM(
        refusalProblem(on(db, QStringList{u"member"_s, u"remove"_s} + membership), Failure, {}));
    QVERIFY_NO_PROBLEM(successProblem(on(db, {u"org"_s, u"show"_s, membership.last()})));
    QVERIFY_NO_PROBLEM(successProblem(on(db, {u"check"_s})));
}

// ---------------------------------------------------------------------------
// CSV

void TestCli::importCsv()
{
    const QString db = newWorkspace();
    QVERIFY(!db.isEmpty());
    QVERIFY_NO_PROBLEM(
        successProblem(on(db,
                          {u"coalition"_s, u"add"_s, u"--name"_s, u"Riverside Coalition"_s,
                           u"--type"_s, u"ongoing-coalition"_s})));

    const QString orgs = path(u"orgs.csv"_s);
    QVERIFY(writeFile(orgs,
                      "name,sector,mission,tags\r\n"
                      "Alpha Org,nonprofit,\"Food, shelter and more\",food;shelter\r\n"
                      "Beta Office,Public agency,,\r\n"));
    const CliRun imported = on(db, {u"import"_s, u"orgs"_s, orgs});
    QVERIFY_NO_PROBLEM(successProblem(imported));
    QVERIFY2(imported.outText().startsWith(u"Imported 2 row"_s), qPrintable(imported.outText()));
    const QJsonObject alpha = json(db, {u"org"_s, u"show"_s, u"Alpha Org"_s}).object();
    QCOMPARE(alpha.value(u"sector"_s).toString(), u"nonprofit"_s);
    QCOMPARE(alpha.value(u"mission"_s).toString(), u"Food, shelter and more"_s);
    QCOMPARE(alpha.value(u"tags"_s).toArray().toVariantList(),
             (QVariantList{u"food"_s, u"shelter"_s}));
    QCOMPARE(json(db, {u"org"_s, u"show"_s, u"Beta Office"_s}).object().value(u"sector"_s),
             QJsonValue(u"public-agency"_s));

    const QString people = path(u"people.csv"_s);
    QVERIFY(writeFile(people,
                      "name,organization,role,email\n"
                      "Pat Lee,Alpha Org,Chair,pat@example.org\n"
                      "Sam Ortiz,Beta Office,,\n"));
    QVERIFY_NO_PROBLEM(successProblem(on(db, {u"import"_s, u"people"_s, people})));
    QCOMPARE(namesIn(json(db, {u"person"_s, u"list"_s, u"--org"_s, u"Alpha Org"_s}).array()),
             QStringList{u"Pat Lee"_s});

    const QString members = path(u"members.csv"_s);
    QVERIFY(writeFile(members,
                      "coalition,organization,status,kind,joined_on,representative\n"
                      "Riverside Coalition,Alpha Org,active,voting,2026-02-01,Pat Lee\n"
                      "Riverside Coalition,Beta Office,invited,ally,,\n"));
    QVERIFY_NO_PROBLEM(successProblem(on(db, {u"import"_s, u"members"_s, members})));
    const QJsonArray list
        = json(db, {u"member"_s, u"list"_s, u"--coalition"_s, u"Riverside Coalition"_s}).array();
    QCOMPARE(namesIn(list, u"organization"_s), (QStringList{u"Alpha Org"_s, u"Beta Office"_s}));
    QCOMPARE(list.at(0).toObject().value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(list.at(0).toObject().value(u"joined_on"_s).toString(), u"2026-02-01"_s);
    QCOMPARE(list.at(1).toObject().value(u"status"_s).toString(), u"invited"_s);
    QVERIFY(!list.at(0).toObject().value(u"representative_id"_s).isNull());
    QVERIFY_NO_PROBLEM(successProblem(on(db, {u"check"_s})));
}

void TestCli::importCsvBadRow()
{
    const QString db = newWorkspace();
    QVERIFY(!db.isEmpty());
    QVERIFY_NO_PROBLEM(successProblem(on(db,
                                         {u"org"_s, u"add"_s, u"--name"_s, u"Eastgate Food Bank"_s,
                                          u"--sector"_s, u"nonprofit"_s})));

    // Line 2 is fine, line 3 is not: nothing at all is imported.
    const QString orgs = path(u"bad-orgs.csv"_s);
    QVERIFY(writeFile(orgs,
                      "name,sector\n"
                      "Gamma Org,nonprofit\n"
                      "Delta Org,charity\n"
                      "Epsilon Org,health\n"));
    const CliRun run = on(db, {u"import"_s, u"orgs"_s, orgs});
    QVERIFY_NO_PROBLEM(
        refusalProblem(run, Failure, {u"bad-orgs.csv:3:"_s, u"sector"_s, u"charity"_s}));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(namesIn(json(db, {u"org"_s, u"list"_s}).array()),
             QStringList{u"Eastgate Food Bank"_s});

    // A person of an organization that does not exist.
    const QString people = path(u"bad-people.csv"_s);
    QVERIFY(writeFile(people, "name,organization\nPat Lee,Nowhere Org\n"));
    QVERIFY_NO_PROBLEM(
        refusalProblem(on(db, {u"import"_s, u"people"_s, people}), Failure,
                       {u"bad-people.csv:2:"_s, u"organization"_s, u"Nowhere Org"_s}));
    QCOMPARE(json(db, {u"person"_s, u"list"_s}).array().size(), 0);

    // A name the workspace already has, in another letter case.
    const QString duplicate = path(u"dup.csv"_s);
    QVERIFY(writeFile(duplicate, "name,sector\nNew Org,other\neastgate food bank,nonprofit\n"));
    QVERIFY_NO_PROBLEM(refusalProblem(on(db, {u"import"_s, u"orgs"_s, duplicate}), Failure,
                                      {u"dup.csv:3:"_s, u"name"_s}));
    QCOMPARE(organizationCount(db), 1);

    QVERIFY_NO_PROBLEM(refusalProblem(on(db, {u"import"_s, u"orgs"_s, path(u"missing.csv"_s)}),
                                      Failure, {u"missing.csv"_s}));
}

void TestCli::exportCsv()
{
    const QString db = newWorkspace();
    QVERIFY(!db.isEmpty());
    QVERIFY_NO_PROBLEM(
        successProblem(on(db,
                          {u"org"_s, u"add"_s, u"--name"_s, u"=SUM(A1:A9) Society"_s, u"--sector"_s,
                           u"other"_s, u"--phone"_s, u"+1 555 0100"_s})));
    QVERIFY_NO_PROBLEM(
        successProblem(on(db,
                          {u"org"_s, u"add"_s, u"--name"_s, u"Eastgate Food Bank"_s, u"--sector"_s,
                           u"nonprofit"_s, u"--mission"_s, u"Food, and \"warmth\""_s})));

    const CliRun toStdout = on(db, {u"export"_s, u"orgs"_s});
    QVERIFY_NO_PROBLEM(successProblem(toStdout));
    const QString text = toStdout.outText();
    QVERIFY2(text.startsWith(u"name,sector,"_s), qPrintable(text));
    QVERIFY2(text.contains(u"'=SUM(A1:A9) Society"_s), qPrintable(text));
    QVERIFY2(text.contains(u"'+1 555 0100"_s), qPrintable(text));
    QVERIFY2(text.contains(u"\"Food, and \"\"warmth\"\"\""_s), qPrintable(text));
    for (const QString &line : text.split(QRegularExpression(u"\r?\n"_s)))
        QVERIFY2(!line.startsWith(u'=') && !line.contains(u",="_s) && !line.contains(u",+"_s),
                 qPrintable(line));

    // To a file: the same bytes, nothing on standard output.
    const QString file = path(u"orgs.csv"_s);
    const CliRun toFile = on(db, {u"export"_s, u"orgs"_s, file});
    QVERIFY_NO_PROBLEM(successProblem(toFile));
    QVERIFY(toFile.out.isEmpty());
    QCOMPARE(readAll(file), toStdout.out);
    // Readable by its owner only: it holds people's contact details.
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    QCOMPARE(QFile::permissions(file) & others, QFileDevice::Permissions());
    QVERIFY(QFile::permissions(file) & QFileDevice::ReadOwner);

    // And it imports back into a new workspace as it was.
    const QString other = newWorkspace(u"other.coalition"_s);
    QVERIFY(!other.isEmpty());
    QVERIFY_NO_PROBLEM(successProblem(on(other, {u"import"_s, u"orgs"_s, file})));
    const QJsonObject formula
        = json(other, {u"org"_s, u"show"_s, u"=SUM(A1:A9) Society"_s}).object();
    QCOMPARE(formula.value(u"phone"_s).toString(), u"+1 555 0100"_s);
    QCOMPARE(on(other, {u"export"_s, u"orgs"_s}).out, toStdout.out);

    // People and members export too, with their header rows.
    const QString demo = demoCopy();
    QVERIFY(!demo.isEmpty());
    const CliRun people = on(demo, {u"export"_s, u"people"_s});
    QVERIFY_NO_PROBLEM(successProblem(people));
    QVERIFY(people.outText().startsWith(u"name,organization,"_s));
    const CliRun members = on(demo, {u"export"_s, u"members"_s, u"--coalition"_s, u"1"_s});
    QVERIFY_NO_PROBLEM(successProblem(members));
    QVERIFY(members.outText().startsWith(u"coalition,organization,"_s));
    QVERIFY(members.outText().count(u'\n') > 5);
}

// ---------------------------------------------------------------------------
// Workspace JSON

void TestCli::jsonRoundTrip()
{
    const QString demo = demoCopy();
    QVERIFY(!demo.isEmpty());
    const CliRun exported = on(demo, {u"export-json"_s});
    QVERIFY_NO_PROBLEM(successProblem(exported));
    QJsonParseError error;
    QVERIFY(QJsonDocument::fromJson(exported.out, &error).isObject());
    QCOMPARE(error.error, QJsonParseError::NoError);

    const QString file = path(u"workspace.json"_s);
    const CliRun toFile = on(demo, {u"export-json"_s, file});
    QVERIFY_NO_PROBLEM(successProblem(toFile));
    QVERIFY(toFile.out.isEmpty());
    QCOMPARE(readAll(file), exported.out);

    const QString restored = path(u"restored.coalition"_s);
    const CliRun imported = on(restored, {u"import-json"_s, file});
    QVERIFY_NO_PROBLEM(successProblem(imported));
    QCOMPARE(modeOf(restored), 0600);
    const CliRun again = on(restored, {u"export-json"_s});
    QVERIFY_NO_PROBLEM(successProblem(again));
    QVERIFY2(again.out == exported.out, "export → import → export must give the same bytes");
    QVERIFY_NO_PROBLEM(successProblem(on(restored, {u"check"_s})));

    // Into an existing, empty workspace as well.
    const QString empty = newWorkspace(u"empty.coalition"_s);
    QVERIFY(!empty.isEmpty());
    QVERIFY_NO_PROBLEM(successProblem(on(empty, {u"import-json"_s, file})));
    QCOMPARE(on(empty, {u"export-json"_s}).out, exported.out);
}

void TestCli::importJsonRefusals()
{
    const QString demo = demoCopy();
    QVERIFY(!demo.isEmpty());
    const QString file = path(u"workspace.json"_s);
    QVERIFY_NO_PROBLEM(successProblem(on(demo, {u"export-json"_s, file})));

    // Never into a workspace that holds data.
    const QByteArray before = on(demo, {u"export-json"_s}).out;
    QVERIFY_NO_PROBLEM(
        refusalProblem(on(demo, {u"import-json"_s, file}), Failure, {u"workspace.json"_s}));
    QCOMPARE(on(demo, {u"export-json"_s}).out, before);

    // Malformed JSON: refused, and no file is left where there was none.
    const QString malformed = path(u"malformed.json"_s);
    QVERIFY(
        writeFile(malformed, "{\"format\": \"coalition-desk-workspace\", \"organizations\": [\n"));
    const QString target = path(u"target.coalition"_s);
    QVERIFY_NO_PROBLEM(
        refusalProblem(on(target, {u"import-json"_s, malformed}), Failure, {u"malformed.json"_s}));
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(noCompanions(target));

    // Valid JSON that is not a workspace export.
    const QString foreign = path(u"foreign.json"_s);
    QVERIFY(writeFile(foreign, "{\"format\": \"something-else\", \"version\": 1}\n"));
    QVERIFY_NO_PROBLEM(
        refusalProblem(on(target, {u"import-json"_s, foreign}), Failure, {u"foreign.json"_s}));
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(noCompanions(target));

    // A workspace that existed before stays, still empty.
    const QString empty = newWorkspace(u"empty.coalition"_s);
    QVERIFY(!empty.isEmpty());
    QVERIFY_NO_PROBLEM(refusalProblem(on(empty, {u"import-json"_s, malformed}), Failure));
    QVERIFY(QFileInfo::exists(empty));
    QCOMPARE(organizationCount(empty), 0);

    QVERIFY_NO_PROBLEM(refusalProblem(on(target, {u"import-json"_s, path(u"missing.json"_s)}),
                                      Failure, {u"missing.json"_s}));
    QVERIFY(!QFileInfo::exists(target));
}

// ---------------------------------------------------------------------------
// check, foreign files, backups

void TestCli::checkSoundFile()
{
    const QString demo = demoCopy();
    QVERIFY(!demo.isEmpty());
    const CliRun text = on(demo, {u"check"_s});
    QVERIFY_NO_PROBLEM(successProblem(text));
    QVERIFY2(text.outText().contains(u"no problems"_s), qPrintable(text.outText()));

    const QJsonObject report = json(demo, {u"check"_s}).object();
    QCOMPARE(report.value(u"ok"_s), QJsonValue(true));
    QVERIFY(report.value(u"problems"_s).isArray());
    QVERIFY(report.value(u"problems"_s).toArray().isEmpty());
    QVERIFY(report.value(u"schema_version"_s).toInt() >= 1);
    QCOMPARE(QFileInfo(report.value(u"file"_s).toString()).fileName(), u"demo.coalition"_s);

    const QString empty = newWorkspace();
    QVERIFY(!empty.isEmpty());
    QVERIFY_NO_PROBLEM(successProblem(on(empty, {u"check"_s})));
}

void TestCli::foreignFileLeftAlone()
{
    const QString foreign = path(u"notes.txt"_s);
    const QByteArray content = "Shopping list\nmilk\nbread\n";
    QVERIFY(writeFile(foreign, content));
    const QString exportFile = path(u"workspace.json"_s);
    QVERIFY_NO_PROBLEM(successProblem(on(m_demo, {u"export-json"_s, exportFile})));

    const QList<QStringList> commands = {
        {u"org"_s, u"list"_s},
        {u"org"_s, u"add"_s, u"--name"_s, u"X"_s, u"--sector"_s, u"other"_s},
        {u"check"_s},
        {u"check"_s, u"--format"_s, u"json"_s},
        {u"backup"_s},
        {u"export-json"_s},
        {u"import-json"_s, exportFile},
    };
    for (const QStringList &command : commands) {
        const CliRun run = on(foreign, command);
        QVERIFY_NO_PROBLEM(refusalProblem(run, Failure, {u"notes.txt"_s}));
        QVERIFY2(run.out.isEmpty(), run.out.constData());
        QCOMPARE(readAll(foreign), content);
        QVERIFY(noCompanions(foreign));
    }
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::NoDotAndDotDot),
             (QStringList{u"notes.txt"_s, u"workspace.json"_s}));

    // A missing file is not created by a command that reads or edits.
    const QString missing = path(u"missing.coalition"_s);
    QVERIFY_NO_PROBLEM(
        refusalProblem(on(missing, {u"org"_s, u"list"_s}), Failure, {u"missing.coalition"_s}));
    QVERIFY(!QFileInfo::exists(missing));
}

void TestCli::backup()
{
    const QString demo = demoCopy();
    QVERIFY(!demo.isEmpty());
    const QByteArray original = on(demo, {u"export-json"_s}).out;
    QVERIFY(!original.isEmpty());

    const QString copy = path(u"copy.coalition"_s);
    const CliRun written = cli({u"--db"_s, demo, u"backup"_s, u"--to"_s, copy});
    QVERIFY_NO_PROBLEM(successProblem(written));
    QVERIFY(written.outText().contains(u"copy.coalition"_s));
    QCOMPARE(modeOf(copy), 0600);
    QVERIFY_NO_PROBLEM(successProblem(on(copy, {u"check"_s})));
    QCOMPARE(on(copy, {u"export-json"_s}).out, original);

    // --to never overwrites.
    const QByteArray copyBytes = readAll(copy);
    QVERIFY_NO_PROBLEM(refusalProblem(on(demo, {u"backup"_s, u"--to"_s, copy}), Failure));
    QCOMPARE(readAll(copy), copyBytes);

    // Without --to: a dated copy beside the workspace.
    const CliRun dated = on(demo, {u"backup"_s});
    QVERIFY_NO_PROBLEM(successProblem(dated));
    const QString prefix = u"Backup written to "_s;
    QVERIFY2(dated.outText().startsWith(prefix), qPrintable(dated.outText()));
    const QString backupPath = dated.outText().mid(prefix.size()).trimmed();
    const QFileInfo backupInfo(backupPath);
    QVERIFY2(backupInfo.exists(), qPrintable(backupPath));
    QCOMPARE(backupInfo.absolutePath(), QFileInfo(demo).absolutePath());
    QVERIFY(backupInfo.fileName().startsWith(u"demo.coalition."_s));
    QCOMPARE(modeOf(backupPath), 0600);
    QVERIFY_NO_PROBLEM(successProblem(on(backupPath, {u"check"_s})));
    QCOMPARE(on(backupPath, {u"export-json"_s}).out, original);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
