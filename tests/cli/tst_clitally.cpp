// SPDX-License-Identifier: GPL-3.0-or-later
// coalition-cli tally, run as a separate process as a script would run it:
// the decision goes in on standard input (or as a file), the outcome comes
// out as JSON or text, and bad input is refused with exit 2 and one line.

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

CliRun tally(const QByteArray &input, const QStringList &extra = {})
{
    return runCli(QStringList{u"tally"_s} + extra, {}, {.input = input});
}

// The parsed JSON of a successful run; an empty object (and a warning) otherwise.
QJsonObject outcomeOf(const CliRun &run)
{
    if (run.crashed || run.exitCode != Success || !run.err.isEmpty()) {
        qWarning("%s", qPrintable(run.describe()));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qWarning("not a JSON object: %s", run.out.constData());
        return {};
    }
    return document.object();
}

QStringList reasonsOf(const QJsonObject &object)
{
    QStringList reasons;
    for (const QJsonValue &value : object.value(u"reasons"_s).toArray())
        reasons.append(value.toString());
    return reasons;
}

const QByteArray DesignExample
    = R"({"procedure": {"method": "supermajority", "threshold": "2/3", "basis": "cast",
                        "quorum": 6},
          "members": 10, "present": 7,
          "votes": {"yes": 5, "no": 1, "abstain": 1, "stand_aside": 0, "block": 0}})";

} // namespace

class TestCliTally : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void outcomes_data();
    void outcomes();
    void designExample();
    void textFormat();
    void explicitJsonFormat();
    void fromFile();
    void missingFile();
    void needsNoWorkspace();
    void refusals_data();
    void refusals();
    void commandLineErrors_data();
    void commandLineErrors();
};

void TestCliTally::initTestCase()
{
    QVERIFY(QFileInfo(QString::fromUtf8(COALITION_CLI_PATH)).isExecutable());
}

void TestCliTally::outcomes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<bool>("quorumMet");
    QTest::addColumn<QString>("verdict"); // the last reason

    QTest::newRow("majority with abstentions")
        << QByteArray(R"({"procedure": {"method": "majority"}, "members": 10, "present": 7,
                          "votes": {"yes": 4, "no": 1, "abstain": 2}})")
        << u"adopted"_s << true << u"4 of 5 votes cast = 80%, more than half: adopted"_s;
    QTest::newRow("tie") << QByteArray(
        R"({"procedure": {"method": "majority", "basis": "cast"}, "members": 10,
                          "present": 6, "votes": {"yes": 3, "no": 3}})")
                         << u"rejected"_s << true
                         << u"3 of 6 votes cast = 50%, exactly half (a tie fails): rejected"_s;
    QTest::newRow("supermajority exactly 2/3")
        << QByteArray(R"({"procedure": {"method": "supermajority", "threshold": "2/3"},
                          "members": 9, "present": 9, "votes": {"yes": 6, "no": 3}})")
        << u"adopted"_s << true << u"6 of 9 votes cast = 67% >= 2/3: adopted"_s;
    QTest::newRow("supermajority 3/4 just below")
        << QByteArray(R"({"procedure": {"method": "supermajority", "threshold": "3/4"},
                          "members": 9, "present": 9, "votes": {"yes": 6, "no": 3}})")
        << u"rejected"_s << true << u"6 of 9 votes cast = 67% < 3/4: rejected"_s;
    QTest::newRow("no quorum")
        << QByteArray(R"({"procedure": {"method": "majority", "quorum": 6}, "members": 10,
                          "present": 5, "votes": {"yes": 5}})")
        << u"no_quorum"_s << false
        << u"without a quorum the meeting cannot decide, whatever the votes: no quorum"_s;
    QTest::newRow("majority quorum met")
        << QByteArray(R"({"procedure": {"method": "majority", "quorum": "majority"},
                          "members": 10, "present": 6, "votes": {"yes": 2, "no": 1}})")
        << u"adopted"_s << true << u"2 of 3 votes cast = 67%, more than half: adopted"_s;
    QTest::newRow("fraction quorum not met")
        << QByteArray(R"({"procedure": {"method": "majority", "quorum": "1/2"}, "members": 10,
                          "present": 4, "votes": {"yes": 4}})")
        << u"no_quorum"_s << false
        << u"without a quorum the meeting cannot decide, whatever the votes: no quorum"_s;
    QTest::newRow("consensus blocked")
        << QByteArray(R"({"procedure": {"method": "consensus"}, "members": 8, "present": 8,
                          "votes": {"yes": 6, "stand_aside": 1, "block": 1}})")
        << u"blocked"_s << true << u"block 1: a single block stops the proposal: blocked"_s;
    QTest::newRow("consensus with stand-asides")
        << QByteArray(R"({"procedure": {"method": "consensus"}, "members": 8, "present": 8,
                          "votes": {"yes": 6, "stand_aside": 2}})")
        << u"adopted"_s << true << u"agree 6 and no block: consensus: adopted"_s;
    QTest::newRow("unanimity of present")
        << QByteArray(R"({"procedure": {"method": "unanimity", "basis": "present"},
                          "members": 8, "present": 7, "votes": {"yes": 6, "abstain": 1}})")
        << u"rejected"_s << true
        << u"6 of 7 members present in favour; unanimity needs all 7: rejected"_s;
    QTest::newRow("unanimity of members")
        << QByteArray(R"({"procedure": {"method": "unanimity", "basis": "members"},
                          "members": 3, "present": 3, "votes": {"yes": 3}})")
        << u"adopted"_s << true
        << u"3 of 3 voting members in favour, none against: unanimous: adopted"_s;
    QTest::newRow("no votes object, nobody voted")
        << QByteArray(R"({"procedure": {"method": "majority"}, "members": 4, "present": 2})")
        << u"rejected"_s << true << u"0 of 0 votes cast: nothing to have a majority of: rejected"_s;
    QTest::newRow("whole numbers written with a point")
        << QByteArray(R"({"procedure": {"method": "majority"}, "members": 4.0, "present": 3,
                          "votes": {"yes": 2.0, "no": 1}})")
        << u"adopted"_s << true << u"2 of 3 votes cast = 67%, more than half: adopted"_s;
    QTest::newRow("null quorum is none")
        << QByteArray(R"({"procedure": {"method": "majority", "quorum": null}, "members": 4,
                          "present": 1, "votes": {"yes": 1}})")
        << u"adopted"_s << true << u"1 of 1 votes cast = 100%, more than half: adopted"_s;
}

void TestCliTally::outcomes()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, outcome);
    QFETCH(bool, quorumMet);
    QFETCH(QString, verdict);

    const QJsonObject result = outcomeOf(tally(input));
    QCOMPARE(result.value(u"outcome"_s).toString(), outcome);
    QVERIFY(result.value(u"quorum_met"_s).isBool());
    QCOMPARE(result.value(u"quorum_met"_s).toBool(), quorumMet);
    const QStringList reasons = reasonsOf(result);
    QVERIFY2(reasons.size() >= 3, qPrintable(reasons.join(u" | "_s)));
    QCOMPARE(reasons.last(), verdict);
    QCOMPARE(result.keys(), (QStringList{u"outcome"_s, u"quorum_met"_s, u"reasons"_s}));
}

void TestCliTally::designExample()
{
    const QJsonObject result = outcomeOf(tally(DesignExample));
    QCOMPARE(result.value(u"outcome"_s).toString(), u"adopted"_s);
    QCOMPARE(reasonsOf(result),
             (QStringList{u"7 of 10 voting members present; quorum 6: met"_s,
                          u"yes 5, no 1, abstain 1"_s,
                          u"abstain 1: not votes cast, counted neither for nor against"_s,
                          u"5 of 6 votes cast = 83% >= 2/3: adopted"_s}));
}

void TestCliTally::textFormat()
{
    const CliRun run = tally(DesignExample, {u"--format"_s, u"text"_s});
    QVERIFY2(run.exitCode == Success && run.err.isEmpty(), qPrintable(run.describe()));
    QCOMPARE(run.outText(),
             u"Outcome: Adopted\n"
             "  7 of 10 voting members present; quorum 6: met\n"
             "  yes 5, no 1, abstain 1\n"
             "  abstain 1: not votes cast, counted neither for nor against\n"
             "  5 of 6 votes cast = 83% >= 2/3: adopted\n"_s);

    const CliRun noQuorum = tally(R"({"procedure": {"method": "consensus", "quorum": 3},
                                      "members": 5, "present": 2, "votes": {"block": 1}})",
                                  {u"--format"_s, u"text"_s});
    QVERIFY2(noQuorum.exitCode == Success, qPrintable(noQuorum.describe()));
    QVERIFY2(noQuorum.outText().startsWith(u"Outcome: No quorum\n  2 of 5 voting members "
                                           u"present; quorum 3: not met\n"_s),
             qPrintable(noQuorum.outText()));
}

void TestCliTally::explicitJsonFormat()
{
    const CliRun piped = tally(DesignExample);
    const CliRun asked = tally(DesignExample, {u"--format"_s, u"json"_s});
    QCOMPARE(outcomeOf(asked).value(u"outcome"_s).toString(), u"adopted"_s);
    QCOMPARE(asked.out, piped.out);
}

void TestCliTally::fromFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"decision.json"_s);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(out.write(DesignExample) == DesignExample.size());
    }
    const CliRun piped = tally(DesignExample);
    // A file argument: standard input is not read (what is there is ignored).
    const CliRun fromFile = tally("not JSON at all", {file});
    QVERIFY2(fromFile.exitCode == Success && fromFile.err.isEmpty(),
             qPrintable(fromFile.describe()));
    QCOMPARE(fromFile.out, piped.out);
    // The file name before the command word and "-" for standard input.
    const CliRun relative
        = runCli({u"--format"_s, u"json"_s, u"tally"_s, u"decision.json"_s}, dir.path());
    QCOMPARE(relative.out, piped.out);
    const CliRun dash = tally(DesignExample, {u"-"_s});
    QCOMPARE(dash.out, piped.out);
}

void TestCliTally::missingFile()
{
    QTemporaryDir dir;
    const CliRun run = tally(DesignExample, {dir.filePath(u"missing.json"_s)});
    QVERIFY_NO_PROBLEM(refusalProblem(run, Failure, {u"missing.json"_s, u"cannot be read"_s}));
}

void TestCliTally::needsNoWorkspace()
{
    QTemporaryDir dir;
    const QString untouched = dir.filePath(u"never.coalition"_s);
    // --db is accepted anywhere and ignored; no file is created or opened.
    for (const QStringList &arguments :
         {QStringList{u"tally"_s, u"--db"_s, untouched},
          QStringList{u"--db"_s, untouched, u"tally"_s}, QStringList{u"tally"_s}}) {
        const CliRun run = runCli(arguments, dir.path(), {.input = DesignExample});
        QCOMPARE(outcomeOf(run).value(u"outcome"_s).toString(), u"adopted"_s);
    }
    QVERIFY(!QFileInfo::exists(untouched));

    const CliRun help = runCli({u"tally"_s, u"--help"_s}, {});
    QVERIFY2(help.exitCode == Success && help.err.isEmpty(), qPrintable(help.describe()));
    QVERIFY(help.outText().startsWith(u"Usage: coalition-cli tally [FILE|-]"_s));
    QVERIFY(help.outText().contains(u"docs/tally.md"_s));

    const CliRun overview = runCli({u"--help"_s}, {});
    QVERIFY(overview.outText().contains(u"\n  tally "_s));
}

void TestCliTally::refusals_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("fragments");

    const auto row = [](const char *name, const char *input, const QStringList &fragments) {
        QTest::newRow(name) << QByteArray(input) << fragments;
    };
    // Malformed.
    row("empty input", "", {u"not valid JSON"_s});
    row("bad JSON", R"({"procedure": )", {u"not valid JSON"_s});
    row("an array", "[1, 2]", {u"one JSON object"_s});
    row("missing procedure", R"({"members": 5, "present": 5})", {u"procedure"_s});
    row("missing method", R"({"procedure": {}, "members": 5, "present": 5})",
        {u"procedure.method"_s});
    row("missing members", R"({"procedure": {"method": "majority"}, "present": 5})",
        {u"members: "_s, u"missing"_s});
    row("missing present", R"({"procedure": {"method": "majority"}, "members": 5})",
        {u"present: "_s, u"missing"_s});
    row("unknown method", R"({"procedure": {"method": "plurality"}, "members": 5, "present": 5})",
        {u"procedure.method"_s, u"plurality"_s, u"supermajority"_s});
    row("unknown basis",
        R"({"procedure": {"method": "majority", "basis": "everyone"}, "members": 5,
            "present": 5})",
        {u"procedure.basis"_s, u"everyone"_s, u"members"_s});
    row("basis in capitals",
        R"({"procedure": {"method": "majority", "basis": "Cast"}, "members": 5, "present": 5})",
        {u"procedure.basis"_s, u"Cast"_s});
    row("unknown top-level key",
        R"({"procedure": {"method": "majority"}, "members": 5, "present": 5, "absent": 0})",
        {u"absent"_s, u"Unknown key"_s});
    row("unknown vote key",
        R"({"procedure": {"method": "consensus"}, "members": 5, "present": 5,
            "votes": {"yes": 3, "stand-aside": 1}})",
        {u"votes.stand-aside"_s, u"stand_aside"_s});
    row("unknown procedure key",
        R"({"procedure": {"method": "majority", "quorom": 3}, "members": 5, "present": 5})",
        {u"procedure.quorom"_s});
    row("votes not an object",
        R"({"procedure": {"method": "majority"}, "members": 5, "present": 5, "votes": [1]})",
        {u"votes: "_s});
    row("fractional count",
        R"({"procedure": {"method": "majority"}, "members": 5, "present": 5,
            "votes": {"yes": 2.5}})",
        {u"votes.yes"_s, u"2.5"_s});
    row("count as text", R"({"procedure": {"method": "majority"}, "members": "5", "present": 5})",
        {u"members: "_s, u"whole number"_s});
    row("count too large",
        R"({"procedure": {"method": "majority"}, "members": 1e12, "present": 5})",
        {u"members: "_s, u"too large"_s});
    // Inconsistent.
    row("more present than members",
        R"({"procedure": {"method": "majority"}, "members": 10, "present": 11})",
        {u"present: "_s, u"11"_s, u"10"_s});
    row("more positions than present",
        R"({"procedure": {"method": "majority"}, "members": 10, "present": 6,
            "votes": {"yes": 4, "no": 2, "abstain": 1}})",
        {u"votes: "_s, u"7"_s, u"6"_s});
    row("negative members", R"({"procedure": {"method": "majority"}, "members": -1,
                                "present": 0})",
        {u"members: "_s, u"-1"_s});
    row("negative present", R"({"procedure": {"method": "majority"}, "members": 3,
                                "present": -2})",
        {u"present: "_s, u"-2"_s});
    row("negative no",
        R"({"procedure": {"method": "majority"}, "members": 5, "present": 5,
            "votes": {"yes": 3, "no": -1}})",
        {u"votes.no"_s, u"-1"_s});
    row("negative stand-aside",
        R"({"procedure": {"method": "consensus"}, "members": 5, "present": 5,
            "votes": {"stand_aside": -1}})",
        {u"votes.stand_aside"_s, u"-1"_s});
    row("threshold above 1",
        R"({"procedure": {"method": "supermajority", "threshold": "3/2"}, "members": 5,
            "present": 5})",
        {u"procedure.threshold"_s});
    row("threshold 0",
        R"({"procedure": {"method": "supermajority", "threshold": "0/3"}, "members": 5,
            "present": 5})",
        {u"procedure.threshold"_s});
    row("threshold as a number",
        R"({"procedure": {"method": "supermajority", "threshold": 0.67}, "members": 5,
            "present": 5})",
        {u"procedure.threshold"_s, u"\"2/3\""_s});
    row("threshold missing",
        R"({"procedure": {"method": "supermajority"}, "members": 5, "present": 5})",
        {u"procedure.threshold"_s, u"needs a threshold"_s});
    row("threshold outside supermajority",
        R"({"procedure": {"method": "majority", "threshold": "2/3"}, "members": 5,
            "present": 5})",
        {u"procedure.threshold"_s, u"majority"_s});
    row("quorum word",
        R"({"procedure": {"method": "majority", "quorum": "half"}, "members": 5,
            "present": 5})",
        {u"procedure.quorum"_s});
    row("negative quorum",
        R"({"procedure": {"method": "majority", "quorum": -1}, "members": 5, "present": 5})",
        {u"procedure.quorum"_s, u"-1"_s});
    row("quorum fraction above 1",
        R"({"procedure": {"method": "majority", "quorum": "3/2"}, "members": 5,
            "present": 5})",
        {u"procedure.quorum"_s});
    row("no under consensus",
        R"({"procedure": {"method": "consensus"}, "members": 5, "present": 5,
            "votes": {"yes": 3, "no": 1}})",
        {u"votes.no"_s, u"Consensus"_s});
    row("block under a vote",
        R"({"procedure": {"method": "majority"}, "members": 5, "present": 5,
            "votes": {"yes": 3, "block": 1}})",
        {u"votes.block"_s});
}

void TestCliTally::refusals()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, fragments);
    QVERIFY_NO_PROBLEM(refusalProblem(tally(input), UsageError, fragments));
    // The same refusal whatever the output format.
    QVERIFY_NO_PROBLEM(
        refusalProblem(tally(input, {u"--format"_s, u"text"_s}), UsageError, fragments));
}

void TestCliTally::commandLineErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("fragments");

    QTest::newRow("two files") << QStringList{u"a.json"_s, u"b.json"_s}
                               << QStringList{u"one input file"_s};
    QTest::newRow("unknown format")
        << QStringList{u"--format"_s, u"xml"_s} << QStringList{u"--format"_s, u"xml"_s};
    QTest::newRow("unknown option") << QStringList{u"--threshold"_s, u"2/3"_s}
                                    << QStringList{u"threshold"_s, u"tally --help"_s};
}

void TestCliTally::commandLineErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, fragments);
    QVERIFY_NO_PROBLEM(refusalProblem(tally(DesignExample, arguments), UsageError, fragments));
}

QTEST_GUILESS_MAIN(TestCliTally)
#include "tst_clitally.moc"
