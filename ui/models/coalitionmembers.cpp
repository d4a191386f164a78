// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/coalitionmembers.h"

#include "storage/workspace.h"

#include <algorithm>

namespace Coalition::Ui {

Result<CoalitionMembers> CoalitionMembers::load(Workspace &workspace, Id coalitionId)
{
    CoalitionMembers members;
    if (coalitionId <= 0)
        return members;
    auto memberships = workspace.memberships().listForCoalition(coalitionId);
    if (!memberships)
        return memberships.error();
    members.memberships = *std::move(memberships);
    for (const Membership &membership : std::as_const(members.memberships)) {
        auto organization = workspace.organizations().get(membership.organizationId);
        if (!organization)
            return organization.error();
        members.names.insert(membership.id, organization->name);
    }
    std::sort(members.memberships.begin(), members.memberships.end(),
              [&members](const Membership &a, const Membership &b) {
                  return QString::localeAwareCompare(members.names.value(a.id),
                                                     members.names.value(b.id))
                      < 0;
              });
    return members;
}

const Membership *CoalitionMembers::find(Id membershipId) const
{
    for (const Membership &membership : memberships) {
        if (membership.id == membershipId)
            return &membership;
    }
    return nullptr;
}

} // namespace Coalition::Ui
