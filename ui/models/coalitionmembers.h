// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "result.h"

#include <QHash>
#include <QList>

namespace Coalition {
class Workspace;
}

namespace Coalition::Ui {

// The member organizations of one coalition with their names, read in one
// go for the Governance page's seat lists and choosers.
struct CoalitionMembers
{
    QList<Membership> memberships; // sorted by organization name
    QHash<Id, QString> names; // membership id -> organization name

    static Result<CoalitionMembers> load(Workspace &workspace, Id coalitionId);

    QString name(Id membershipId) const { return names.value(membershipId); }
    // The membership with that id, or nothing when it is not one of these.
    const Membership *find(Id membershipId) const;
};

} // namespace Coalition::Ui
