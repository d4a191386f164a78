// SPDX-License-Identifier: GPL-3.0-or-later
// coalition-cli: everything the desktop application can do to a workspace,
// from the command line. The commands live in *commands.cpp; this file only
// finds the command words and hands over.

#include "clicontext.h"
#include "i18n/translators.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Coalition;

namespace {

QList<Cli::Command> allCommands()
{
    return Cli::workspaceCommands() + Cli::registryCommands() + Cli::coalitionCommands()
        + Cli::memberCommands() + Cli::tallyCommands() + Cli::governanceCommands()
        + Cli::meetingCommands() + Cli::actionCommands() + Cli::outcomeCommands()
        + Cli::reportCommands() + Cli::stageCommands();
}

// Options that take a value and may come before the command words.
bool takesValue(const QString &argument)
{
    return argument == u"--db"_s || argument == u"-db"_s || argument == u"--format"_s;
}

void printOverview(QTextStream &out, const QList<Cli::Command> &commands, const QString &only = {})
{
    if (only.isEmpty()) {
        out << QCoreApplication::translate(
            "Coalition::Cli",
            "Usage: coalition-cli COMMAND [SUBCOMMAND] [ARGUMENTS] [--db FILE]\n\n"
            "Works on a Coalition Desk workspace file. --db may appear anywhere on the "
            "line;\nwithout it the COALITION_DB environment variable names the file. Every "
            "command\naccepts --help.\n\nCommands:\n");
    } else {
        out << QCoreApplication::translate("Coalition::Cli",
                                           "Usage: coalition-cli %1 SUBCOMMAND [ARGUMENTS] "
                                           "[--db FILE]\n\nSubcommands:\n")
                   .arg(only);
    }
    for (const Cli::Command &command : commands) {
        if (!only.isEmpty() && command.name != only)
            continue;
        const QString words = QString(command.name + u' ' + command.subcommand).trimmed();
        out << u"  "_s << words.leftJustified(22) << command.summary << u'\n';
    }
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = Cli::createApplication(argc, argv);
    QCoreApplication::setApplicationName(u"coalition-cli"_s);
    QCoreApplication::setOrganizationName(u"Coalition Desk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(COALITION_VERSION));
    // Plural forms even in the C locale ("1 row", not "1 rows").
    installTranslators(*app);

    QStringList arguments = QCoreApplication::arguments().mid(1);
    QStringList words;
    QStringList rest;
    // Where the second word stood among the other arguments: for a one-word
    // command it is a positional argument and goes back to that place, so that
    // "backup --to FILE" keeps FILE after --to.
    qsizetype secondWordAt = 0;
    // Whether only --db or --format stood between the first word and the
    // second: only then can the second be the subcommand of a command that
    // also works alone ("stage record" beside "stage --coalition NAME").
    bool secondWordFollows = false;
    bool onlyGlobalOptions = true;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (takesValue(argument) && i + 1 < arguments.size()) {
            rest << argument << arguments.at(i + 1);
            ++i;
        } else if (argument.startsWith(u'-') || words.size() >= 2) {
            rest << argument;
            onlyGlobalOptions = false;
        } else {
            if (words.size() == 1) {
                secondWordAt = rest.size();
                secondWordFollows = onlyGlobalOptions;
            }
            onlyGlobalOptions = true;
            words << argument;
        }
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QList<Cli::Command> commands = allCommands();

    if (words.isEmpty() || words.first() == u"help"_s) {
        if (rest.contains(u"--version"_s)) {
            out << u"coalition-cli "_s << QCoreApplication::applicationVersion() << u'\n';
            return Cli::Success;
        }
        if (words.isEmpty() && !rest.contains(u"--help"_s) && !rest.contains(u"-h"_s)) {
            err << u"coalition-cli: "_s
                << QCoreApplication::translate("Coalition::Cli",
                                               "no command given (see coalition-cli --help)")
                << Qt::endl;
            return Cli::UsageError;
        }
        printOverview(out, commands);
        return Cli::Success;
    }

    const QString name = words.first();
    bool known = false;
    bool hasSubcommands = false;
    bool worksAlone = false; // the command has a form without a subcommand
    QStringList subcommands;
    for (const Cli::Command &command : commands) {
        if (command.name != name)
            continue;
        known = true;
        hasSubcommands = hasSubcommands || !command.subcommand.isEmpty();
        worksAlone = worksAlone || command.subcommand.isEmpty();
        if (!command.subcommand.isEmpty())
            subcommands << command.subcommand;
    }
    if (!known) {
        err << u"coalition-cli: "_s
            << QCoreApplication::translate("Coalition::Cli",
                                           "unknown command “%1” (see coalition-cli --help)")
                   .arg(name)
            << Qt::endl;
        return Cli::UsageError;
    }

    QString subcommand;
    // A command that works alone as well as with subcommands takes the second
    // word as its subcommand only when it is one and follows the command
    // directly; otherwise the word is an argument of the command alone.
    if (hasSubcommands && worksAlone
        && (words.size() < 2 || !secondWordFollows || !subcommands.contains(words.at(1))))
        hasSubcommands = false;
    if (hasSubcommands) {
        if (words.size() < 2) {
            if (rest.contains(u"--help"_s) || rest.contains(u"-h"_s)) {
                printOverview(out, commands, name);
                return Cli::Success;
            }
            err << u"coalition-cli: "_s
                << QCoreApplication::translate("Coalition::Cli",
                                               "“%1” needs a subcommand: %2 (see coalition-cli "
                                               "%1 --help)")
                       .arg(name, subcommands.join(u", "_s))
                << Qt::endl;
            return Cli::UsageError;
        }
        subcommand = words.at(1);
    } else if (words.size() > 1) {
        // A positional argument of a one-word command, back where it stood.
        rest.insert(secondWordAt, words.at(1));
    }

    for (const Cli::Command &command : commands) {
        if (command.name == name && command.subcommand == subcommand) {
            Cli::Context context(rest, QString(name + u' ' + subcommand).trimmed(),
                                 qEnvironmentVariable("COALITION_DB"));
            return command.handler(context);
        }
    }
    err << u"coalition-cli: "_s
        << QCoreApplication::translate("Coalition::Cli",
                                       "“%1” has no subcommand “%2” (see coalition-cli %1 --help)")
               .arg(name, subcommand)
        << Qt::endl;
    return Cli::UsageError;
}
