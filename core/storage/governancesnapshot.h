// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "rules/proceduralchecks.h"

namespace Coalition {

class AuditLog;
class Database;
class Workspace;

// Reads everything the procedural checks look at for one coalition (its
// memberships, bodies, procedures, ground rules, meetings and decisions, the
// names of organizations and people) from one consistent snapshot of the file.
Result<GovernanceSnapshot> loadGovernanceSnapshot(Database &database, AuditLog &audit,
                                                  Id coalitionId, const QDate &today);
Result<GovernanceSnapshot> loadGovernanceSnapshot(Workspace &workspace, Id coalitionId,
                                                  const QDate &today);

} // namespace Coalition
