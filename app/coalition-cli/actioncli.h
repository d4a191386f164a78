// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/action.h"
#include "governancecli.h"
#include "rules/planmetrics.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace Coalition::Cli {

// Inside Coalition::Cli, Success is the exit code; the record goes by this name.
using SuccessRecord = Coalition::Success;

// The action commands, one list per file; actionCommands() and
// outcomeCommands() (clicontext.h) gather them.
QList<Command> goalCommands(); // goalcommands.cpp
QList<Command> groupCommands(); // groupcommands.cpp
QList<Command> planCommands(); // plancommands.cpp
QList<Command> taskCommands(); // taskcommands.cpp
QList<Command> reportEntryCommands(); // reportentrycommands.cpp
QList<Command> successCommands(); // outcomecommands.cpp
QList<Command> evaluationCommands(); // outcomecommands.cpp
QList<Command> conflictCommands(); // conflictcommands.cpp
// plan show (planshow.cpp), listed by planCommands().
int planShow(Context &context);

// Helpers the action commands share (actioncli.cpp): finding goals, groups,
// plans, tasks and outcomes from what the user typed, the confidentiality
// options, and the names their lists print.

// --coalition, --confidential / --not-confidential, --include-confidential,
// --as-of (the day derived state is computed for).
void addCoalitionOption(QCommandLineParser &parser);
void addConfidentialOptions(QCommandLineParser &parser);
void addIncludeConfidentialOption(QCommandLineParser &parser);
void addAsOfOption(QCommandLineParser &parser);

// Sets `confidential` from --confidential / --not-confidential when given; a
// usage error when both are.
int applyConfidential(Context &context, const QCommandLineParser &parser, bool &confidential);
// --as-of, or today.
Result<QDate> asOfDate(const QCommandLineParser &parser);

// Records by number, or by title (name, subject, activity) within the
// coalition, which a title needs. With a coalition, a record of another
// coalition is refused. Errors go through referenceFailure().
Result<Id> resolveGoal(Workspace &workspace, std::optional<Id> coalitionId,
                       const QString &reference);
Result<Id> resolveGroup(Workspace &workspace, std::optional<Id> coalitionId,
                        const QString &reference);
Result<Id> resolvePlan(Workspace &workspace, std::optional<Id> coalitionId,
                       const QString &reference);
Result<Id> resolveTask(Workspace &workspace, std::optional<Id> coalitionId,
                       const QString &reference);
Result<Id> resolveSuccess(Workspace &workspace, std::optional<Id> coalitionId,
                          const QString &reference);
Result<Id> resolveEvaluation(Workspace &workspace, std::optional<Id> coalitionId,
                             const QString &reference);
Result<Id> resolveConflict(Workspace &workspace, std::optional<Id> coalitionId,
                           const QString &reference);

// The one record the positional argument names, resolved with
// `resolve(workspace, coalition, reference)` within --coalition when given and
// read with `get(workspace, id)`; none after saying why (usageMessage when
// there is not exactly one argument).
template<typename T, typename Resolve, typename Get>
std::optional<T> targetRecord(Context &context, const QCommandLineParser &parser,
                              const QString &usageMessage, Resolve resolve, Get get)
{
    if (parser.positionalArguments().size() != 1) {
        context.usage(usageMessage);
        return std::nullopt;
    }
    Workspace *workspace = context.workspace();
    if (!workspace)
        return std::nullopt;
    auto coalition = optionalCoalition(*workspace, parser);
    if (!coalition) {
        context.fail(coalition.error());
        return std::nullopt;
    }
    auto id = resolve(*workspace, *coalition, parser.positionalArguments().first());
    if (!id) {
        referenceFailure(context, id.error());
        return std::nullopt;
    }
    Result<T> record = get(*workspace, *id);
    if (!record) {
        context.fail(record.error());
        return std::nullopt;
    }
    return *record;
}

// The coalition a group or plan (through its goal) belongs to.
Result<Id> coalitionOfGroup(Workspace &workspace, Id groupId);
Result<Id> coalitionOfPlan(Workspace &workspace, Id planId);

// The memberships of the organizations named (number or name) in a coalition.
Result<QList<Id>> resolveMemberships(Workspace &workspace, Id coalitionId,
                                     const QStringList &references);
// The people named (number or name).
Result<QList<Id>> resolvePeople(Workspace &workspace, const QStringList &references);

// Applies option `name` to an optional reference when it was given: an empty
// value clears it, anything else is resolved. Returns the exit code.
int applyOptionalReference(Context &context, const QCommandLineParser &parser, const QString &name,
                           std::optional<Id> &target,
                           const std::function<Result<Id>(const QString &)> &resolve);

// The names the action commands print for one coalition's records.
struct ActionNames : CoalitionNames
{
    QHash<Id, QString> goalTitles;
    QHash<Id, QString> groupNames;
    QHash<Id, QString> planTitles;
    QHash<Id, Id> planGroups; // plan id -> group id

    QString goal(const std::optional<Id> &goalId) const;
    QString group(const std::optional<Id> &groupId) const;
    QString plan(const std::optional<Id> &planId) const;
    QString optionalMember(const std::optional<Id> &membershipId) const;
    QStringList members(const QList<Id> &membershipIds) const;
};
Result<ActionNames> loadActionNames(Workspace &workspace, Id coalitionId);

// Keeps the records that are not confidential (all of them when `include`),
// counting the others in `hidden`.
template<typename T, typename IsConfidential>
QList<T> visibleRecords(const QList<T> &records, bool include, int &hidden,
                        IsConfidential isConfidential)
{
    QList<T> shown;
    for (const T &record : records) {
        if (!include && isConfidential(record))
            ++hidden;
        else
            shown.append(record);
    }
    return shown;
}
template<typename T>
QList<T> visibleRecords(const QList<T> &records, bool include, int &hidden)
{
    return visibleRecords(records, include, hidden, [](const T &r) { return r.confidential; });
}

// "2 confidential records not shown (add --include-confidential)."; empty for 0.
QString hiddenLine(int hidden);
// Prints hiddenLine() when there is something to say.
void printHidden(Context &context, int hidden);
// {"<key>": records, "confidential_not_shown": hidden}
QJsonObject listJson(const QString &key, const QJsonArray &records, int hidden);

// "2026-10-31", or empty for no date.
QString dateText(const QDate &date);
// Labelled lines ("  Title:          ..."), skipping empty values.
void printFields(Context &context, const QList<std::pair<QString, QString>> &fields);
// The derived-state flags of a plan, for lists ("late 2, unfunded 1500.00").
QString planFlags(const PlanStatus &status);
// The derived state as JSON: counts, money as decimal strings, reasons.
QJsonObject planStatusJson(const PlanStatus &status);

} // namespace Coalition::Cli
