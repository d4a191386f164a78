// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisiontally.h"

#include <QSet>

namespace Coalition {

namespace {

QString memberName(const DecisionFacts &facts, Id membershipId)
{
    const QString name = facts.memberNames.value(membershipId);
    return name.isEmpty() ? DecisionTallier::tr("Member %1").arg(membershipId) : name;
}

bool isVoteMethod(TallyMethod method)
{
    return method != TallyMethod::Consensus;
}

// The line saying which counting rule consensus-then-vote came to.
QString consensusThenVoteLine(const DecisionProcedure &procedure, int failed, const TallyRule &rule)
{
    if (rule.method == TallyMethod::Consensus) {
        return DecisionTallier::tr("consensus attempts failed so far: %1; the procedure allows a "
                                   "vote after %2: still counted as consensus")
            .arg(failed)
            .arg(procedure.consensusAttempts);
    }
    QString vote;
    switch (rule.method) {
    case TallyMethod::Supermajority:
        vote = DecisionTallier::tr("a %1 supermajority vote").arg(rule.threshold.toString());
        break;
    case TallyMethod::Unanimity:
        vote = DecisionTallier::tr("a vote needing unanimity");
        break;
    default:
        vote = DecisionTallier::tr("a simple-majority vote");
        break;
    }
    return DecisionTallier::tr(
               "consensus attempts failed: %1; the procedure allows a vote after %2: counted as %3")
        .arg(failed)
        .arg(procedure.consensusAttempts)
        .arg(vote);
}

// Delegated to the lead organization: its position alone decides.
DecisionTally tallyByLead(const DecisionFacts &facts, DecisionTally tally)
{
    if (!facts.leadMembershipId) {
        tally.reasons.append(DecisionTallier::tr(
            "the procedure leaves this decision to the lead organization, but the coalition has no "
            "lead organization among its members: nothing decided"));
        return tally;
    }
    const Id lead = *facts.leadMembershipId;
    const QString name = facts.leadName.isEmpty() ? memberName(facts, lead) : facts.leadName;
    tally.reasons.append(
        DecisionTallier::tr("the procedure leaves this decision to the lead organization, %1")
            .arg(name));

    VotePosition position = VotePosition::Absent;
    bool othersRecorded = false;
    for (const MemberPosition &recorded : facts.positions) {
        if (recorded.membershipId == lead) {
            position = recorded.position;
        } else if (recorded.position != VotePosition::Absent) {
            othersRecorded = true;
        }
    }
    if (othersRecorded) {
        tally.reasons.append(
            DecisionTallier::tr("positions of the other members recorded: they do not decide"));
    }

    switch (position) {
    case VotePosition::Yes:
        tally.outcome = DecisionOutcome::Adopted;
        tally.reasons.append(DecisionTallier::tr("%1 agreed: adopted").arg(name));
        break;
    case VotePosition::No:
        tally.outcome = DecisionOutcome::Rejected;
        tally.reasons.append(DecisionTallier::tr("%1 disagreed: rejected").arg(name));
        break;
    case VotePosition::Block:
        tally.outcome = DecisionOutcome::Rejected;
        tally.reasons.append(DecisionTallier::tr("%1 blocked: rejected").arg(name));
        break;
    case VotePosition::Abstain:
        tally.reasons.append(DecisionTallier::tr("%1 abstained: nothing decided").arg(name));
        break;
    case VotePosition::StandAside:
        tally.reasons.append(DecisionTallier::tr("%1 stood aside: nothing decided").arg(name));
        break;
    case VotePosition::Absent:
        tally.reasons.append(
            DecisionTallier::tr("%1 has no position recorded yet: nothing decided").arg(name));
        break;
    }
    if (tally.outcome != DecisionOutcome::Pending) {
        tally.result.outcome = tally.outcome;
        tally.result.quorumMet = true;
    }
    return tally;
}

} // namespace

TallyRule DecisionTallier::ruleFor(const DecisionProcedure &procedure, int failedConsensusAttempts)
{
    TallyRule rule;
    rule.threshold = procedure.threshold;
    rule.basis = procedure.basis;
    rule.quorum = procedure.quorum;

    DecisionMethod method = procedure.method;
    if (method == DecisionMethod::ConsensusThenVote) {
        method = failedConsensusAttempts < procedure.consensusAttempts ? DecisionMethod::Consensus
                                                                       : procedure.fallbackMethod;
    }
    switch (method) {
    case DecisionMethod::Consensus:
        rule.method = TallyMethod::Consensus;
        break;
    case DecisionMethod::Supermajority:
        rule.method = TallyMethod::Supermajority;
        break;
    case DecisionMethod::Unanimity:
        rule.method = TallyMethod::Unanimity;
        break;
    case DecisionMethod::Majority:
    case DecisionMethod::ConsensusThenVote: // a fallback that is not a vote: a simple majority
    case DecisionMethod::Delegated: // no counting rule of its own (see the header)
        rule.method = TallyMethod::Majority;
        break;
    }
    return rule;
}

DecisionTally DecisionTallier::tally(const DecisionFacts &facts)
{
    DecisionTally tally;
    const DecisionProcedure &procedure = facts.procedure;

    if (!facts.delegatedFrom.isEmpty()) {
        tally.reasons.append(
            tr("%1 delegated this decision to %2: counted under the procedure of %2")
                .arg(facts.delegatedFrom, facts.bodyName));
    }
    if (procedure.method == DecisionMethod::Delegated) {
        if (procedure.delegateToLead)
            return tallyByLead(facts, tally);
        tally.reasons.append(tr("the procedure delegates this decision to another body whose "
                                "procedure was not supplied: nothing decided"));
        return tally;
    }

    const TallyRule rule = ruleFor(procedure, facts.failedConsensusAttempts);
    if (procedure.method == DecisionMethod::ConsensusThenVote)
        tally.reasons.append(consensusThenVoteLine(procedure, facts.failedConsensusAttempts, rule));

    // One vote per member organization: count each voting membership once,
    // however many of its people came.
    QSet<Id> voting;
    for (const Id id : facts.votingMembers)
        voting.insert(id);
    QList<Id> presentInOrder;
    QHash<Id, int> peopleAttending;
    for (const Attendance &row : facts.attendance) {
        if (!voting.contains(row.membershipId))
            continue; // allies and observers may attend; they do not count toward quorum
        if (peopleAttending[row.membershipId]++ == 0)
            presentInOrder.append(row.membershipId);
    }
    for (const Id id : std::as_const(presentInOrder)) {
        const int people = peopleAttending.value(id);
        if (people > 1) {
            tally.reasons.append(tr("%1 attended through %2 people: present once, one vote")
                                     .arg(memberName(facts, id))
                                     .arg(people));
        }
    }
    QSet<Id> present(presentInOrder.cbegin(), presentInOrder.cend());

    VoteCounts votes;
    QSet<Id> counted;
    for (const MemberPosition &recorded : facts.positions) {
        if (recorded.position == VotePosition::Absent)
            continue;
        const Id id = recorded.membershipId;
        const QString name = memberName(facts, id);
        if (!voting.contains(id)) {
            tally.reasons.append(
                tr("%1 is not a voting member of %2: position ignored").arg(name, facts.bodyName));
            continue;
        }
        if (counted.contains(id)) {
            tally.reasons.append(
                tr("%1 has more than one position recorded: only the first counts").arg(name));
            continue;
        }
        counted.insert(id);
        if (!present.contains(id)) {
            present.insert(id);
            tally.reasons.append(
                tr("%1 took a position without being marked present: counted present").arg(name));
        }

        VotePosition position = recorded.position;
        if (rule.method == TallyMethod::Consensus && position == VotePosition::No) {
            // Tally rejects a plain "no" under consensus: a member that
            // disagrees and does not stand aside withholds consent.
            position = VotePosition::Block;
            tally.reasons.append(tr("%1 disagreed: under consensus a disagreement stops the "
                                    "proposal, counted as a block")
                                     .arg(name));
        } else if (isVoteMethod(rule.method) && position == VotePosition::Block) {
            position = VotePosition::No;
            tally.reasons.append(tr("%1 blocked: in a vote a block counts as a no").arg(name));
        } else if (isVoteMethod(rule.method) && position == VotePosition::StandAside) {
            position = VotePosition::Abstain;
            tally.reasons.append(
                tr("%1 stood aside: in a vote standing aside counts as an abstention").arg(name));
        }
        switch (position) {
        case VotePosition::Yes:
            ++votes.yes;
            break;
        case VotePosition::No:
            ++votes.no;
            break;
        case VotePosition::Abstain:
            ++votes.abstain;
            break;
        case VotePosition::StandAside:
            ++votes.standAside;
            break;
        case VotePosition::Block:
            ++votes.block;
            break;
        case VotePosition::Absent:
            break;
        }
    }

    tally.input.rule = rule;
    tally.input.members = static_cast<int>(voting.size());
    tally.input.present = static_cast<int>(present.size());
    tally.input.votes = votes;

    if (votes.total() == 0) {
        QString quorumLine;
        tally.result.quorumMet
            = Tally::quorumMet(rule.quorum, tally.input.members, tally.input.present, &quorumLine);
        if (!quorumLine.isEmpty())
            tally.reasons.append(quorumLine);
        tally.reasons.append(tr("no position recorded yet: nothing decided"));
        return tally;
    }

    const Status valid = Tally::validate(tally.input);
    if (!valid) {
        tally.reasons.append(tr("the votes cannot be counted: %1").arg(valid.error().message));
        return tally;
    }
    tally.result = Tally::count(tally.input);
    tally.outcome = tally.result.outcome;
    tally.reasons.append(tally.result.reasons);
    return tally;
}

} // namespace Coalition
