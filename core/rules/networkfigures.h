// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/stage.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <array>
#include <optional>

namespace Coalition {

// One member organization of the network (usually a coalition's active
// members).
struct NetworkMember
{
    Id organizationId = 0;
    QString name;

    bool operator==(const NetworkMember &) const = default;
};

// A relationship between two members, as the network sees it.
struct NetworkTie
{
    Id relationshipId = 0;
    Id firstId = 0;
    Id secondId = 0;
    RelationshipLevel level = RelationshipLevel::Networking;
    TrustLevel trust = TrustLevel::Some;
    bool sidesDisagree = false;

    bool operator==(const NetworkTie &) const = default;
};

struct OrganizationTies
{
    Id organizationId = 0;
    QString name;
    int ties = 0;
    // The strongest tie: highest level, then highest trust, then the other
    // organization's name (case-insensitive), then its id.
    std::optional<Id> strongestWith;
    std::optional<RelationshipLevel> strongestLevel;
    std::optional<TrustLevel> strongestTrust;

    bool operator==(const OrganizationTies &) const = default;
};

struct NetworkFigures
{
    int members = 0;
    int pairs = 0; // members * (members - 1) / 2
    int tiedPairs = 0; // pairs with a relationship
    double density = 0.0; // tiedPairs / pairs; 0 when there is no pair
    std::array<int, 4> pairsAtLevel{}; // indexed by RelationshipLevel
    std::array<double, 4> shareAtLevel{}; // pairsAtLevel / pairs; 0 when there is no pair
    QList<OrganizationTies> organizations; // in the members' order
    QList<Id> isolated; // members with no tie, in the members' order
    QList<NetworkTie> ties; // between members only, ordered by (firstId, secondId)
    int disagreements = 0; // ties whose two sides rate it differently
    QStringList reasons; // translated: how each figure was counted, with the numbers

    bool operator==(const NetworkFigures &) const = default;
};

// Network figures over the relationships between a set of members: pure.
// Relationships with an organization outside `members` are ignored; so are
// duplicates of a pair (the first one counts).
class NetworkEngine final
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::NetworkEngine)

public:
    static NetworkFigures compute(const QList<NetworkMember> &members,
                                  const QList<Relationship> &relationships);

    // True when both sides' views are recorded and differ in level or trust.
    static bool sidesDisagree(const Relationship &relationship);
    // Plain sentences saying how the two sides' views differ (empty when they
    // do not): "Eastgate Food Bank sees it as cooperating with high trust;
    // Northside Youth Club as networking with some trust."
    static QStringList disagreement(const Relationship &relationship,
                                    const QHash<Id, QString> &organizationNames);
};

} // namespace Coalition
