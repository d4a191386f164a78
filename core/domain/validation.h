// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "action.h"
#include "governance.h"
#include "result.h"
#include "stage.h"
#include "types.h"

#include <QList>

namespace Coalition {

// One problem with one field of a record, in a sentence a coordinator
// understands. Field names are short stable identifiers of the field as a form
// shows it ("name", "end", "left", "dues"); the file importers map them to
// their own column or key names.
struct FieldProblem
{
    QString field;
    QString message;

    bool operator==(const FieldProblem &) const = default;
};

using Problems = QList<FieldProblem>;

// Rules that can be checked on a record alone. Rules that need the rest of the
// workspace (unique names, who belongs to which organization) are checked by
// the repositories, which report them the same way.
namespace Validation {

inline constexpr qsizetype MaxNameLength = 200;
inline constexpr qsizetype MaxTextLength = 20000;

Problems check(const Organization &organization);
Problems check(const Person &person);
Problems check(const CoalitionInfo &coalition);
Problems check(const Membership &membership);
// Governance records (defined in governancevalidation.cpp). Field ids: "name",
// "coalition", "body", "seats", "method", "threshold", "attempts", "fallback",
// "delegate", "quorum", "areas", "escalation", "notice", "reopening",
// "title", "text", "history", "review", "supersedes", "starts", "scheduled",
// "agenda", "attendance", "meeting", "positions", "reopenings", "notes".
Problems check(const Body &body);
Problems check(const DecisionProcedure &procedure);
Problems check(const GroundRule &rule);
Problems check(const Meeting &meeting);
Problems check(const Decision &decision);
// Outcome records (defined in outcomevalidation.cpp). Field ids: "group",
// "period", "text", "received", "title", "credited", "activity", "score",
// "subject", "parties", "status", "resolution", "resolved", "notes".
Problems check(const ProgressReport &report);
Problems check(const Success &success);
Problems check(const Evaluation &evaluation);
Problems check(const Conflict &conflict);
// Action records (defined in actionvalidation.cpp). Field ids: "coalition",
// "title", "name", "text", "purpose", "measures", "convener", "members",
// "people", "goals", "body", "goal", "group", "lead", "plan", "due", "done",
// "criteria", "budget[N].item", "budget[N].amount", "budget[N].funder",
// "staffing[N].role", "staffing[N].hours", "staffing[N].cover",
// "responsible", "notes"; the repositories add "decision" (the adopting
// decision) for their reference checks.
// A task may carry a done date only when its status is Done; a Done task
// without a date is accepted (work finished long ago, date unknown).
Problems check(const Goal &goal);
Problems check(const ActionGroup &group);
Problems check(const ActionPlan &plan);
Problems check(const Task &task);
// Stage monitoring and relationships (defined in stagevalidation.cpp). Field
// ids: "coalition", "stage", "on", "rationale", "item", "value", "note",
// "first", "second", "level", "trust", "since", "views", "views[N].organization",
// "history", "notes". A relationship joins two different organizations; its
// views are at most one per side and only of its own two organizations. The
// checklist item must be one of StageEngine::checklistItems().
Problems check(const StageChange &change);
Problems check(const ChecklistAnswer &answer);
Problems check(const Relationship &relationship);

// The first problem as an Error (message and field), for Result returns.
Error toError(const Problems &problems);

// Key under which names are compared for uniqueness: trimmed, inner runs of
// white space collapsed, case-folded (Unicode-aware, unlike SQLite's NOCASE).
QString nameKey(const QString &name);

} // namespace Validation
} // namespace Coalition
