// SPDX-License-Identifier: GPL-3.0-or-later
#include "tally.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

// Fraction parts beyond int would let a cross product with a count overflow.
constexpr qint64 MaximumFractionPart = std::numeric_limits<int>::max();

bool isUsableFraction(const Fraction &fraction)
{
    return fraction.isProperThreshold() && fraction.denominator <= MaximumFractionPart;
}

qint64 positionsTaken(const VoteCounts &votes)
{
    return qint64(votes.yes) + votes.no + votes.abstain + votes.standAside + votes.block;
}

// Rounded half up. For the reasons only: no decision reads it.
qint64 percent(qint64 part, qint64 whole)
{
    return whole <= 0 ? 0 : (part * 200 + whole) / (2 * whole);
}

bool isVote(TallyMethod method)
{
    return method != TallyMethod::Consensus;
}

} // namespace

Status Tally::validate(const TallyInput &input)
{
    const auto invalid = [](const QString &message, const QString &field) {
        return Status(Error{message, {}, field});
    };

    if (input.members < 0)
        return invalid(
            tr("The number of voting members cannot be negative (it is %1).").arg(input.members),
            u"members"_s);
    if (input.present < 0)
        return invalid(tr("The number of voting members present cannot be negative (it is %1).")
                           .arg(input.present),
                       u"present"_s);
    const std::pair<int, QString> counts[] = {
        {input.votes.yes, u"yes"_s},         {input.votes.no, u"no"_s},
        {input.votes.abstain, u"abstain"_s}, {input.votes.standAside, u"stand_aside"_s},
        {input.votes.block, u"block"_s},
    };
    for (const auto &[count, key] : counts) {
        if (count < 0)
            return invalid(tr("The number of “%1” positions cannot be negative (it is %2).")
                               .arg(key)
                               .arg(count),
                           u"votes."_s + key);
    }

    const TallyRule &rule = input.rule;
    if (rule.method == TallyMethod::Supermajority && !isUsableFraction(rule.threshold))
        return invalid(tr("A supermajority threshold must be a fraction above 0 and at most 1, "
                          "such as 2/3; %1 is not.")
                           .arg(rule.threshold.toString()),
                       u"procedure.threshold"_s);
    if (rule.quorum.kind == QuorumKind::Count && rule.quorum.count < 0)
        return invalid(tr("A quorum cannot be a negative number of members (it is %1).")
                           .arg(rule.quorum.count),
                       u"procedure.quorum"_s);
    if (rule.quorum.kind == QuorumKind::Fraction && !isUsableFraction(rule.quorum.fraction))
        return invalid(tr("A quorum fraction must be above 0 and at most 1, such as 1/2; %1 is "
                          "not.")
                           .arg(rule.quorum.fraction.toString()),
                       u"procedure.quorum"_s);

    if (input.present > input.members)
        return invalid(tr("%1 voting members are said to be present, but the body has only %2.")
                           .arg(input.present)
                           .arg(input.members),
                       u"present"_s);
    if (const qint64 taken = positionsTaken(input.votes); taken > input.present)
        return invalid(tr("%1 positions were counted, but only %2 voting members are present; "
                          "each member present takes one position at most.")
                           .arg(taken)
                           .arg(input.present),
                       u"votes"_s);
    if (rule.method == TallyMethod::Consensus && input.votes.no > 0)
        return invalid(tr("Consensus has no “no”: a member agrees, stands aside or blocks (no "
                          "counted: %1).")
                           .arg(input.votes.no),
                       u"votes.no"_s);
    if (isVote(rule.method) && input.votes.block > 0)
        return invalid(tr("A block belongs to consensus only; in a vote a member says yes or no, "
                          "or abstains (block counted: %1).")
                           .arg(input.votes.block),
                       u"votes.block"_s);
    return Status::success();
}

bool Tally::quorumMet(const Quorum &quorum, int members, int present, QString *reason)
{
    const QString attendance = tr("%1 of %2 voting members present").arg(present).arg(members);
    bool met = true;
    QString line;
    switch (quorum.kind) {
    case QuorumKind::None:
        line = tr("%1; no quorum required: met").arg(attendance);
        break;
    case QuorumKind::Count:
        met = present >= quorum.count;
        line = (met ? tr("%1; quorum %2: met") : tr("%1; quorum %2: not met"))
                   .arg(attendance)
                   .arg(quorum.count);
        break;
    case QuorumKind::Majority: {
        met = 2 * qint64(present) > members;
        const qint64 needed = qint64(members) / 2 + 1;
        line = (met ? tr("%1; quorum more than half (%2): met")
                    : tr("%1; quorum more than half (%2): not met"))
                   .arg(attendance)
                   .arg(needed);
        break;
    }
    case QuorumKind::Fraction: {
        const Fraction &share = quorum.fraction;
        met = share.denominator > 0 && share.isMetBy(present, members);
        // The smallest attendance that meets it: numerator * members / denominator, rounded up.
        const qint64 needed = share.denominator > 0
            ? (share.numerator * members + share.denominator - 1) / share.denominator
            : 0;
        line = (met ? tr("%1; quorum %2 of the voting members (%3): met")
                    : tr("%1; quorum %2 of the voting members (%3): not met"))
                   .arg(attendance, share.toString())
                   .arg(needed);
        break;
    }
    }
    if (reason)
        *reason = line;
    return met;
}

namespace {

// "5 of 6 votes cast": the numbers stand before a plural noun, which reads
// well for any count without plural forms in the source text.
QString shareOf(qint64 part, VoteBasis basis, qint64 count)
{
    switch (basis) {
    case VoteBasis::Cast:
        return Tally::tr("%1 of %2 votes cast").arg(part).arg(count);
    case VoteBasis::Present:
        return Tally::tr("%1 of %2 members present").arg(part).arg(count);
    case VoteBasis::Members:
        return Tally::tr("%1 of %2 voting members").arg(part).arg(count);
    }
    return {};
}

qint64 basisCount(const TallyInput &input)
{
    switch (input.rule.basis) {
    case VoteBasis::Cast:
        return qint64(input.votes.yes) + input.votes.no;
    case VoteBasis::Present:
        return input.present;
    case VoteBasis::Members:
        return input.members;
    }
    return 0;
}

QString countsLine(const TallyInput &input)
{
    const VoteCounts &votes = input.votes;
    const bool consensus = input.rule.method == TallyMethod::Consensus;
    QStringList parts;
    if (consensus) {
        parts << Tally::tr("agree %1").arg(votes.yes);
        if (votes.no > 0)
            parts << Tally::tr("no %1").arg(votes.no);
    } else {
        parts << Tally::tr("yes %1").arg(votes.yes) << Tally::tr("no %1").arg(votes.no);
    }
    if (votes.abstain > 0)
        parts << Tally::tr("abstain %1").arg(votes.abstain);
    if (consensus || votes.standAside > 0)
        parts << Tally::tr("stand aside %1").arg(votes.standAside);
    if (consensus || votes.block > 0)
        parts << Tally::tr("block %1").arg(votes.block);
    if (const qint64 silent = input.present - positionsTaken(votes); silent > 0)
        parts << Tally::tr("no position %1").arg(silent);
    return parts.join(u", "_s);
}

// Why the members who neither said yes nor no count as they do.
void explainBasis(const TallyInput &input, QStringList &reasons)
{
    const VoteCounts &votes = input.votes;
    if (input.rule.basis == VoteBasis::Cast) {
        if (votes.abstain > 0)
            reasons << Tally::tr("abstain %1: not votes cast, counted neither for nor against")
                           .arg(votes.abstain);
        if (votes.standAside > 0)
            reasons << Tally::tr("stand aside %1: not votes cast, counted neither for nor against")
                           .arg(votes.standAside);
        return;
    }
    const qint64 basis = basisCount(input);
    const qint64 others = basis - votes.yes - votes.no;
    if (others <= 0)
        return;
    if (input.rule.basis == VoteBasis::Present)
        reasons << Tally::tr("the basis is the %1 members present; neither yes nor no %2 "
                             "(abstentions, stand-asides, no position): counted like a no")
                       .arg(basis)
                       .arg(others);
    else
        reasons << Tally::tr("the basis is all %1 voting members; neither yes nor no %2 "
                             "(abstentions, stand-asides, no position, absences): counted like "
                             "a no")
                       .arg(basis)
                       .arg(others);
}

QString majorityVerdict(const TallyInput &input, bool *adopted)
{
    const qint64 yes = input.votes.yes;
    const qint64 basis = basisCount(input);
    const QString share = shareOf(yes, input.rule.basis, basis);
    // More than half, exactly: with nothing in the basis, 0 > 0 fails.
    *adopted = 2 * yes > basis;
    if (basis == 0)
        return Tally::tr("%1: nothing to have a majority of: rejected").arg(share);
    const qint64 shown = percent(yes, basis);
    if (*adopted)
        return Tally::tr("%1 = %2%, more than half: adopted").arg(share).arg(shown);
    if (2 * yes == basis)
        return Tally::tr("%1 = %2%, exactly half (a tie fails): rejected").arg(share).arg(shown);
    return Tally::tr("%1 = %2%, not more than half: rejected").arg(share).arg(shown);
}

QString supermajorityVerdict(const TallyInput &input, bool *adopted)
{
    const qint64 yes = input.votes.yes;
    const qint64 basis = basisCount(input);
    const Fraction &threshold = input.rule.threshold;
    const QString share = shareOf(yes, input.rule.basis, basis);
    *adopted = basis > 0 && threshold.isMetBy(yes, basis);
    if (basis == 0)
        return Tally::tr("%1: a supermajority of %2 needs something to count: rejected")
            .arg(share, threshold.toString());
    const qint64 shown = percent(yes, basis);
    return (*adopted ? Tally::tr("%1 = %2% >= %3: adopted") : Tally::tr("%1 = %2% < %3: rejected"))
        .arg(share)
        .arg(shown)
        .arg(threshold.toString());
}

QString unanimityVerdict(const TallyInput &input, bool *adopted)
{
    const VoteCounts &votes = input.votes;
    const qint64 basis = basisCount(input);
    const QString share
        = Tally::tr("%1 in favour").arg(shareOf(votes.yes, input.rule.basis, basis));
    *adopted = votes.no == 0 && votes.yes > 0 && votes.yes == basis;
    if (*adopted)
        return Tally::tr("%1, none against: unanimous: adopted").arg(share);
    if (votes.no > 0)
        return Tally::tr("%1; against %2: not unanimous: rejected").arg(share).arg(votes.no);
    if (votes.yes == 0)
        return Tally::tr("%1; unanimity needs at least one yes: rejected").arg(share);
    return Tally::tr("%1; unanimity needs all %2: rejected").arg(share).arg(basis);
}

} // namespace

TallyResult Tally::count(const TallyInput &input)
{
    TallyResult result;
    QString quorumLine;
    result.quorumMet = quorumMet(input.rule.quorum, input.members, input.present, &quorumLine);
    result.reasons << quorumLine << countsLine(input);
    if (!result.quorumMet) {
        result.outcome = DecisionOutcome::NoQuorum;
        result.reasons << tr("without a quorum the meeting cannot decide, whatever the votes: no "
                             "quorum");
        return result;
    }

    const VoteCounts &votes = input.votes;
    bool adopted = false;
    switch (input.rule.method) {
    case TallyMethod::Majority:
        explainBasis(input, result.reasons);
        result.reasons << majorityVerdict(input, &adopted);
        break;
    case TallyMethod::Supermajority:
        explainBasis(input, result.reasons);
        result.reasons << supermajorityVerdict(input, &adopted);
        break;
    case TallyMethod::Unanimity:
        explainBasis(input, result.reasons);
        result.reasons << unanimityVerdict(input, &adopted);
        break;
    case TallyMethod::Consensus:
        if (votes.standAside > 0)
            result.reasons << tr("stand aside %1: recorded; standing aside does not stop "
                                 "consensus")
                                  .arg(votes.standAside);
        if (votes.abstain > 0)
            result.reasons
                << tr("abstain %1: recorded, and taken like standing aside").arg(votes.abstain);
        if (votes.block > 0) {
            result.outcome = DecisionOutcome::Blocked;
            result.reasons
                << tr("block %1: a single block stops the proposal: blocked").arg(votes.block);
            return result;
        }
        adopted = votes.yes > 0;
        result.reasons << (adopted ? tr("agree %1 and no block: consensus: adopted").arg(votes.yes)
                                   : tr("no one agrees: no consensus: rejected"));
        break;
    }
    result.outcome = adopted ? DecisionOutcome::Adopted : DecisionOutcome::Rejected;
    return result;
}

} // namespace Coalition
