// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "storage/database.h"
#include "storage/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <functional>
#include <memory>

namespace Coalition::Cli {

// Exit codes: 0 success, 1 the operation failed (bad data, refused file),
// 2 the command line itself is wrong.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// What a command handler gets: its own arguments, the workspace path and the
// output streams. Handlers return the exit code.
class Context final
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::Cli)

public:
    Context(QStringList arguments, QString commandPath, QString databasePath);
    Q_DISABLE_COPY_MOVE(Context)

    // Parses the handler's options; prints help and returns false when asked
    // (exitCode() is then 0) or on a bad command line (exitCode() is 2).
    bool parse(QCommandLineParser &parser, const QString &positionalSyntax,
               const QString &description, bool usesDatabase = true);
    int exitCode() const { return m_exitCode; }

    // The record named by the handler's one positional argument (a number or a
    // name), looked up in the workspace. Empty after reporting the problem;
    // exitCode() then says how it failed.
    using Resolver = Result<Id> (*)(Workspace &, const QString &);
    std::optional<Id> positionalReference(const QCommandLineParser &parser,
                                          const QString &usageMessage, Resolver resolve);

    // The workspace given with --db (or $COALITION_DB).
    Workspace *workspace(Database::OpenMode mode = Database::OpenMode::ExistingOnly);
    QString databasePath() const { return m_databasePath; }
    void closeWorkspace() { m_workspace.reset(); }

    bool wantsJson(const QCommandLineParser &parser) const;
    // Offers --format text|json; parse() refuses any other value.
    void addFormatOption(QCommandLineParser &parser);

    QTextStream &out() { return m_out; }
    int fail(const QString &message, int code = Failure);
    int fail(const Error &error, int code = Failure);
    int usage(const QString &message) { return fail(message, UsageError); }
    int printJson(const QJsonDocument &document);

private:
    QStringList m_arguments;
    QString m_commandPath; // "org add"
    QString m_databasePath;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Workspace> m_workspace;
    int m_exitCode = Success;
    bool m_hasFormat = false;
};

using Handler = std::function<int(Context &)>;

struct Command
{
    QString name; // "org"
    QString subcommand; // "add", or empty for a single-word command
    QString summary;
    Handler handler;
};

// Each file of commands registers its own.
QList<Command> registryCommands(); // org, person
QList<Command> coalitionCommands(); // coalition
QList<Command> memberCommands(); // member
QList<Command> workspaceCommands(); // init, demo, check, backup, import/export
QList<Command> tallyCommands(); // tally (needs no workspace)
QList<Command> governanceCommands(); // rule, body, procedure
QList<Command> meetingCommands(); // meeting, decision, checks
QList<Command> actionCommands(); // goal, group, plan, task
QList<Command> outcomeCommands(); // report-entry, success, evaluation, conflict
QList<Command> reportCommands(); // report monthly|quarterly
QList<Command> stageCommands(); // stage, checklist, relationship, network

// The application object for a command line: a QGuiApplication on the
// offscreen platform (unless QT_QPA_PLATFORM says otherwise) when it asks for
// a PDF report, which needs fonts; a QCoreApplication otherwise.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv);

// Shared helpers for the handlers.
Result<Id> resolveOrganization(Workspace &workspace, const QString &reference);
Result<Id> resolveCoalition(Workspace &workspace, const QString &reference);
Result<Id> resolvePerson(Workspace &workspace, const QString &reference,
                         std::optional<Id> organizationId = std::nullopt);
Result<QDate> parseDateOption(const QCommandLineParser &parser, const QString &name);

template<typename E>
Result<E> parseEnum(const QString &text)
{
    if (const auto value = enumFromText<E>(text))
        return *value;
    return Error{QCoreApplication::translate("Coalition::Cli", "Unknown %1 “%2”; use one of: %3.")
                     .arg(enumVocabularyName<E>(), text, enumKeys<E>().join(QStringLiteral(", "))),
                 {},
                 {}};
}

// Plain-text table with aligned columns.
QString formatTable(const QStringList &header, const QList<QStringList> &rows);

} // namespace Coalition::Cli
