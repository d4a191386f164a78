// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actioncli.h"
#include "rules/stageassessment.h"

namespace Coalition::Cli {

// The commands of stage monitoring, one list per file; stageCommands()
// (clicontext.h, stagecommands.cpp) gathers them.
QList<Command> checklistCommands(); // checklistcommands.cpp
QList<Command> relationshipCommands(); // relationshipcommands.cpp
QList<Command> networkCommands(); // networkcommand.cpp

// Helpers the stage, checklist, relationship and network commands share
// (stagecli.cpp).

// "[x]" met, "[ ]" not met, "[?]" unanswered.
QString statusMark(CriterionStatus status);
// The mark of a checklist answer: yes is met, no is not met.
QString answerMark(ChecklistValue value);

// Every organization's name by id, for naming both sides of relationships.
Result<QHash<Id, QString>> organizationNames(Workspace &workspace);

// "cooperating, more trust"
QString levelAndTrust(RelationshipLevel level, TrustLevel trust);

// The name of an organization, or "organization 7" when it has none here.
QString organizationName(const QHash<Id, QString> &names, Id id);

// Two different organizations given as the two positional arguments (number
// or name). Reports the problem (exitCode() then says how it failed) and
// returns nothing when they are missing, unknown or the same organization.
std::optional<std::pair<Id, Id>>
organizationPair(Context &context, const QCommandLineParser &parser, const QString &usageMessage);

// Prints `text` indented by `indent`, one line per line of the text.
void printIndented(Context &context, const QString &text, const QString &indent);

} // namespace Coalition::Cli
