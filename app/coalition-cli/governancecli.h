// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"
#include "domain/governance.h"

#include <QHash>

namespace Coalition::Cli {

// body add|list|seat (bodycommands.cpp) and procedure set|show
// (procedurecommands.cpp); governanceCommands() adds them.
QList<Command> bodyCommands();
QList<Command> procedureCommands();
// decision add|vote|show|reopen (decisioncommands.cpp); meetingCommands() adds them.
QList<Command> decisionCommands();

// Helpers the governance commands share (rulecommands.cpp, meetingcommands.cpp):
// finding bodies, rules, meetings and decisions from what the user typed,
// reading fractions and counts, and naming records in plain words.

// --coalition when it was given: empty when not given; an error when it names
// no coalition.
Result<std::optional<Id>> optionalCoalition(Workspace &workspace, const QCommandLineParser &parser);

// A body by number, or by name within the coalition (a name needs one). When
// a coalition is given, a body of another coalition is refused.
Result<Id> resolveBody(Workspace &workspace, std::optional<Id> coalitionId,
                       const QString &reference);
// The membership of an organization (number or name) in a coalition.
Result<Id> resolveMembership(Workspace &workspace, Id coalitionId, const QString &reference);
// A ground rule by number, or by title within the coalition.
Result<Id> resolveRule(Workspace &workspace, std::optional<Id> coalitionId,
                       const QString &reference);
// A meeting by number.
Result<Id> resolveMeeting(Workspace &workspace, const QString &reference);
// A decision by number, or by title within the coalition.
Result<Id> resolveDecision(Workspace &workspace, std::optional<Id> coalitionId,
                           const QString &reference);

// Reports a resolver's error: a reference the command line cannot give as
// written (a name without the --coalition it needs, a meeting that is not a
// number) is a usage error (2), anything else a failure (1).
int referenceFailure(Context &context, const Error &error);

// The coalition a body, meeting or decision belongs to.
Result<Id> coalitionOfBody(Workspace &workspace, Id bodyId);
Result<Id> coalitionOfMeeting(Workspace &workspace, Id meetingId);

// "2/3": a fraction above 0 and at most 1, or a usage error naming the option.
Result<Fraction> parseFractionOption(const QString &option, const QString &text);
// A whole number of at least `minimum`, or a usage error naming the option.
Result<int> parseCountOption(const QString &option, const QString &text, int minimum = 0);
// "YYYY-MM-DD HH:MM" (or with a T), local time.
Result<QDateTime> parseDateTimeOption(const QString &option, const QString &text);
QString formatDateTime(const QDateTime &time); // "2026-11-20 18:30"

// The names the governance commands print for one coalition's records.
struct CoalitionNames
{
    QString coalitionName;
    QString leadName; // the lead organization's, empty when it has none
    QHash<Id, QString> memberNames; // membership id -> organization name
    QHash<Id, Id> memberOrganizations; // membership id -> organization id
    QHash<Id, QString> personNames; // person id -> name
    QHash<Id, QString> bodyNames; // body id -> name

    QString member(Id membershipId) const;
    QString person(const std::optional<Id> &personId) const;
    QString body(Id bodyId) const;
};
Result<CoalitionNames> loadCoalitionNames(Workspace &workspace, Id coalitionId);

// "Steering Committee, 2026-11-20 18:30"
QString meetingLabel(const Meeting &meeting, const CoalitionNames &names);

// Every option of a procedure in plain words, one line each, with the numbers
// used ("Quorum: more than half of the 9 voting members must be present (5 or more).").
QStringList explainProcedure(const Body &body, const DecisionProcedure &procedure,
                             int votingMembers, const CoalitionNames &names);

// The outcome line a decision prints first ("Outcome: adopted (status: adopted)").
QString outcomeLine(const Decision &decision);
// A decision's outcome line and its reasons, each line after `indent`.
QString outcomeText(const Decision &decision, const QString &indent);
// JsonCodec's form, with each position's organization named.
QJsonObject decisionJson(const Decision &decision, const CoalitionNames &names);

} // namespace Coalition::Cli
