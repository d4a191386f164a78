// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/governance.h"
#include "tally.h"

#include <QCoreApplication>
#include <QHash>

namespace Coalition {

// What the tally of one recorded decision needs, gathered from the records by
// the caller (storage/decisionevaluator reads them from the workspace).
struct DecisionFacts
{
    QString bodyName;
    DecisionProcedure procedure; // the procedure that actually counts (a delegate's, if delegated)
    QString delegatedFrom; // the delegating body's name, when the procedure came through delegation
    QList<Id> votingMembers; // membership ids of the body's voting members
    QHash<Id, QString> memberNames; // membership id -> organization name, for the reasons
    QList<Attendance> attendance;
    QList<MemberPosition> positions;
    int failedConsensusAttempts = 0;
    // Delegated to the lead organization: its membership and name.
    std::optional<Id> leadMembershipId;
    QString leadName;
};

struct DecisionTally
{
    TallyInput input; // the counts used (empty for a decision delegated to the lead)
    TallyResult result; // Tally::count's; for a Pending outcome only quorumMet means anything
    DecisionOutcome outcome = DecisionOutcome::Pending; // Pending when no position is recorded
    QStringList reasons; // the whole explanation, adapter lines first, then the tally's
};

// Turns recorded attendance and positions into a tally, one vote per member
// organization: an organization attending through several people is present
// once; a position from an organization not marked present counts it
// present (and says so); a position from a non-voting member is ignored (and
// said); "absent" is no position. Consensus-then-vote is counted as consensus
// until the failed attempts reach the procedure's number, then by the
// fallback vote. Under consensus a "no" is counted as a block (a member that
// disagrees and does not stand aside withholds consent); under a vote a block
// counts as a "no" and a stand-aside as an abstention; each says so. Pure.
class DecisionTallier final
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::DecisionTallier)

public:
    static DecisionTally tally(const DecisionFacts &facts);
    // The counting rule a procedure gives, after the failed consensus attempts.
    // Delegated has no rule of its own (tally() resolves it first): it gives a
    // simple majority with the procedure's basis and quorum, as does a
    // consensus-then-vote fallback that is not Majority/Supermajority/Unanimity.
    static TallyRule ruleFor(const DecisionProcedure &procedure, int failedConsensusAttempts);
};

} // namespace Coalition
