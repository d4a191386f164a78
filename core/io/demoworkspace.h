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
// warnings to look into. Dates are placed relative to `today` so the sample
// never looks stale.
namespace DemoWorkspace {

Status populate(Workspace &workspace, const QDate &today = QDate::currentDate());

// The governance part of populate() (demoworkspacegovernance.cpp), for the
// sample coalition: memberships[i] is the membership of the sample's i-th
// organization. In the caller's transaction.
Status addGovernance(Workspace &workspace, Id coalitionId, const QList<Id> &memberships,
                     const QDate &today);

} // namespace DemoWorkspace
} // namespace Coalition
