// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportdata.h"
#include "result.h"

namespace Coalition {

class Workspace;

// Reads everything the periodic reports draw on for one coalition (action
// groups, plans, tasks, progress reports, goals, decisions with their
// meetings' dates and bodies, memberships with their history, successes,
// evaluations, conflicts, and the names they refer to) from one consistent
// snapshot of the file. Confidential records are included: the report
// builder decides what to leave out.
Result<ReportData> loadReportData(Workspace &workspace, Id coalitionId);

} // namespace Coalition
