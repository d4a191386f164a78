// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "rules/networkfigures.h"
#include "rules/stageassessment.h"

namespace Coalition {

class Workspace;

// Reads everything the stage assessment looks at for one coalition (see
// StageSnapshot) from one consistent snapshot of the file.
Result<StageSnapshot> loadStageSnapshot(Workspace &workspace, Id coalitionId, const QDate &today);

// A coalition's network: its members (memberships with status active, in
// the order of the organizations' names) and the relationships among all of
// its members, read in one snapshot.
struct NetworkData
{
    QList<NetworkMember> members;
    QList<Relationship> relationships;
    QHash<Id, QString> organizationNames; // of every member, active or not
};
Result<NetworkData> loadNetworkData(Workspace &workspace, Id coalitionId);

} // namespace Coalition
