// SPDX-License-Identifier: GPL-3.0-or-later
// The harness every coalition-cli test shares: it starts the real executable
// as a separate process, collects what it did (exit code, standard output,
// standard error) and judges a run as a quiet success or as a proper refusal.
// Each judgement is a problem string: empty when the run is as expected,
// otherwise a message that says what went wrong and shows the run.
//
// A test target that includes this header defines COALITION_CLI_PATH, the
// path of the coalition-cli executable under test.

#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTest>

#ifndef COALITION_CLI_PATH
#error "COALITION_CLI_PATH must name the coalition-cli executable under test"
#endif

namespace CliTest {

using namespace Qt::StringLiterals;

// The exit codes coalition-cli promises: done, refused, and a command line it
// does not understand.
inline constexpr int Success = 0;
inline constexpr int Failure = 1;
inline constexpr int UsageError = 2;

// How much of standard output a failure message shows.
inline constexpr qsizetype ShownOutput = 2000;

// One finished (or failed) run of coalition-cli.
struct CliRun
{
    QStringList arguments;
    int exitCode = -1;
    // True when the process could not start, was killed after the timeout or
    // ended on a signal: such a run never counts as a success or a refusal.
    bool crashed = false;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    // The command line, the exit code and both outputs, for a failure message.
    QString describe() const
    {
        return u"coalition-cli "_s + arguments.join(u' ') + u" → exit "_s
            + QString::number(exitCode) + u"\n  stdout: "_s + outText().left(ShownOutput)
            + u"\n  stderr: "_s + errText();
    }
};

// The test's own environment without COALITION_DB, so that only what a test
// passes on the command line (or sets on purpose) names a workspace.
inline QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"COALITION_DB"_s);
    return environment;
}

// What may vary from one run to another besides the arguments. Every member
// has a default, so a call names only what it changes:
// runCli(arguments, directory, {.input = json}).
struct RunOptions
{
    // Written to standard input, which is then closed (it is closed at once
    // when there is nothing to write).
    QByteArray input = {};
    QProcessEnvironment environment = cleanEnvironment();
    // How long the run may take before it is killed and counted as crashed.
    int timeoutMs = 20000;
};

// Runs coalition-cli with `arguments` in `workingDirectory` (the test's own
// when empty) and waits for it to end.
inline CliRun runCli(const QStringList &arguments, const QString &workingDirectory,
                     const RunOptions &options = {})
{
    CliRun run;
    run.arguments = arguments;
    QProcess process;
    process.setProgram(QString::fromUtf8(COALITION_CLI_PATH));
    process.setArguments(arguments);
    process.setProcessEnvironment(options.environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start();
    if (!process.waitForStarted(10000)) {
        run.crashed = true;
        run.err = process.errorString().toUtf8();
        return run;
    }
    if (!options.input.isEmpty())
        process.write(options.input);
    process.closeWriteChannel();
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        run.crashed = true;
    }
    run.crashed = run.crashed || process.exitStatus() != QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// Empty when the command succeeded quietly: exit 0 and nothing on stderr.
inline QString successProblem(const CliRun &run)
{
    if (run.crashed || run.exitCode != Success || !run.err.isEmpty())
        return u"expected success: "_s + run.describe();
    return {};
}

// Empty when the command was refused with `code`, wrote nothing on stdout and
// exactly one line on stderr that starts "coalition-cli: " and contains every
// fragment.
inline QString refusalProblem(const CliRun &run, int code, const QStringList &fragments = {})
{
    const QString err = run.errText();
    if (run.crashed || run.exitCode != code)
        return u"expected exit %1: "_s.arg(code) + run.describe();
    if (!err.endsWith(u'\n') || err.count(u'\n') != 1)
        return u"expected exactly one line on stderr: "_s + run.describe();
    if (!err.startsWith(u"coalition-cli: "_s))
        return u"stderr should start with \"coalition-cli: \": "_s + run.describe();
    if (!run.out.isEmpty())
        return u"expected nothing on stdout: "_s + run.describe();
    for (const QString &fragment : fragments) {
        if (!err.contains(fragment))
            return u"stderr should mention \"%1\": "_s.arg(fragment) + run.describe();
    }
    return {};
}

// The strings of a JSON array (an empty list for anything else).
inline QStringList stringsIn(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &item : value.toArray())
        strings.append(item.toString());
    return strings;
}

} // namespace CliTest

// Fails the current test with the problem as its message unless the problem
// string is empty.
#define QVERIFY_NO_PROBLEM(expression)                                                             \
    do {                                                                                           \
        const QString problem_ = (expression);                                                     \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                        \
    } while (false)
