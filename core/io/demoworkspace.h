// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "result.h"

#include <QDate>
#include <QList>

namespace Coalition {

class Workspace;

// Fills an empty workspace with a realistic sample: one neighbourhood
// coalition of fifteen organizations across many sectors, their people,
// memberships in every status, contributions, interests and barriers, and its
// governance: bodies with their procedures, ground rules (one key area only
// proposed), meetings, and decisions of every outcome, with a few procedural
// warnings to look into; and its work: goals of both kinds, action groups
// with plans and tasks (some late), a budget gap and a role sought outside,
// progress reports with one missing, successes, evaluations and conflicts,
// one of them confidential; and its development: the founding assembly, the
// start-up checklist answered, a stage history up to implementation (which
// the evidence supports), and relationships among the members at every level,
// one pair rated differently by its two sides. Dates are placed relative to
// `today` so the sample never looks stale.
namespace DemoWorkspace {

Status populate(Workspace &workspace, const QDate &today = QDate::currentDate());

// Decisions of the sample's governance that its goals and plans name as
// adopting them (0 when there is none).
struct GovernanceLinks
{
    Id priorityDecisionId = 0; // the policy priority of the year
    Id fairDecisionId = 0; // the spring fair
};

// The governance part of populate() (demoworkspacegovernance.cpp), for the
// sample coalition: memberships[i] is the membership of the sample's i-th
// organization. In the caller's transaction. Fills `links` when given.
Status addGovernance(Workspace &workspace, Id coalitionId, const QList<Id> &memberships,
                     const QDate &today, GovernanceLinks *links = nullptr);

// The action part of populate() (demoworkspaceaction.cpp), after the
// governance part, with the same memberships. In the caller's transaction.
Status addAction(Workspace &workspace, Id coalitionId, const QList<Id> &memberships,
                 const QDate &today, const GovernanceLinks &links);

// The stage part of populate() (demoworkspacestage.cpp), after the action
// part: the founding assembly and its decision, a goal still waiting for an
// action group, the checklist answers, the stage history and the
// relationships between the organizations. organizations[i] is the sample's
// i-th organization and memberships[i] its membership. In the caller's
// transaction.
Status addStage(Workspace &workspace, Id coalitionId, const QList<Id> &organizations,
                const QList<Id> &memberships, const QDate &today);

} // namespace DemoWorkspace
} // namespace Coalition
