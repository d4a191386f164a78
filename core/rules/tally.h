// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/governance.h"
#include "result.h"

#include <QCoreApplication>
#include <QStringList>

namespace Coalition {

// The decision tally: a pure function from a procedure's counting rule and the
// counts of a meeting to an outcome with its reasons. No database, no widgets.
// Parliamentary practice: a majority is more than half of the basis;
// abstentions are not votes cast; a tie fails; a supermajority is met at
// exactly its fraction; quorum counts voting members present whether they
// vote or not; under consensus one block stops the proposal and stand-asides
// are recorded but do not. Integer arithmetic only.

enum class TallyMethod { Majority, Supermajority, Unanimity, Consensus };

struct TallyRule
{
    TallyMethod method = TallyMethod::Majority;
    Fraction threshold{2, 3}; // Supermajority only
    VoteBasis basis = VoteBasis::Cast;
    Quorum quorum;

    bool operator==(const TallyRule &) const = default;
};

struct VoteCounts
{
    int yes = 0; // agree, under consensus
    int no = 0;
    int abstain = 0;
    int standAside = 0;
    int block = 0;

    int total() const { return yes + no + abstain + standAside + block; }
    bool operator==(const VoteCounts &) const = default;
};

struct TallyInput
{
    TallyRule rule;
    int members = 0; // voting members of the body
    int present = 0; // voting members present (one per organization)
    VoteCounts votes;

    bool operator==(const TallyInput &) const = default;
};

struct TallyResult
{
    DecisionOutcome outcome = DecisionOutcome::Rejected; // never Pending
    bool quorumMet = true;
    QStringList reasons; // one line each, with the numbers used

    bool operator==(const TallyResult &) const = default;
};

class Tally final
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::Tally)

public:
    // Whether the input holds together: counts not negative, no more present
    // than members, no more positions than present, a threshold and a quorum
    // fraction within (0, 1], no "no" under consensus. The error names the
    // field ("votes.no", "present", "procedure.threshold" ...).
    static Status validate(const TallyInput &input);

    // The outcome of a valid input (call validate first).
    static TallyResult count(const TallyInput &input);

    // Whether the quorum is met, with its reason line.
    static bool quorumMet(const Quorum &quorum, int members, int present,
                          QString *reason = nullptr);
};

} // namespace Coalition
