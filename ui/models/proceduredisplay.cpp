// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/proceduredisplay.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Coalition::Ui::ProcedureDisplay {

namespace {

// Gives the free functions below a translation context lupdate can see.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::Ui::ProcedureDisplay)
};

QString attempts(int count)
{
    return count == 1 ? Text::tr("1 attempt") : Text::tr("%1 attempts").arg(count);
}

QString members(qint64 count)
{
    return count == 1 ? Text::tr("1 voting member") : Text::tr("%1 voting members").arg(count);
}

QString yesVotes(qint64 count)
{
    return count == 1 ? Text::tr("1 yes vote") : Text::tr("%1 yes votes").arg(count);
}

// Yes votes a method needs out of a basis of `basis` members.
qint64 yesNeeded(DecisionMethod method, const Fraction &threshold, qint64 basis)
{
    switch (method) {
    case DecisionMethod::Supermajority:
        return shareNeeded(threshold, basis);
    case DecisionMethod::Unanimity:
        return basis;
    default:
        return basis / 2 + 1;
    }
}

} // namespace

qint64 shareNeeded(const Fraction &fraction, qint64 count)
{
    if (fraction.denominator <= 0)
        return 0;
    return (fraction.numerator * count + fraction.denominator - 1) / fraction.denominator;
}

QString methodText(const DecisionProcedure &p, const Names &names)
{
    switch (p.method) {
    case DecisionMethod::Consensus:
        return Text::tr("Consensus");
    case DecisionMethod::ConsensusThenVote:
        if (p.fallbackMethod == DecisionMethod::Supermajority)
            return Text::tr("Consensus, then a %1 vote after %2")
                .arg(p.threshold.toString(), attempts(p.consensusAttempts));
        return Text::tr("Consensus, then a majority vote after %1")
            .arg(attempts(p.consensusAttempts));
    case DecisionMethod::Majority:
        return Text::tr("Simple majority");
    case DecisionMethod::Supermajority:
        return Text::tr("Supermajority of %1").arg(p.threshold.toString());
    case DecisionMethod::Unanimity:
        return Text::tr("Unanimity");
    case DecisionMethod::Delegated:
        if (p.delegateBodyId)
            return Text::tr("Delegated to %1")
                .arg(names.bodies.value(*p.delegateBodyId, Text::tr("another body")));
        if (p.delegateToLead)
            return names.lead.isEmpty()
                ? Text::tr("Delegated to the lead organization")
                : Text::tr("Delegated to the lead organization (%1)").arg(names.lead);
        return Text::tr("Delegated (no delegate chosen)");
    }
    return {};
}

QString quorumText(const Quorum &quorum)
{
    switch (quorum.kind) {
    case QuorumKind::None:
        return Text::tr("no quorum");
    case QuorumKind::Count:
        return quorum.count == 1 ? Text::tr("quorum: 1 member")
                                 : Text::tr("quorum: %1 members").arg(quorum.count);
    case QuorumKind::Majority:
        return Text::tr("quorum: more than half");
    case QuorumKind::Fraction:
        return Text::tr("quorum: %1 of members").arg(quorum.fraction.toString());
    }
    return {};
}

QString noticeText(int days)
{
    if (days <= 0)
        return Text::tr("no notice needed");
    return days == 1 ? Text::tr("1 day's notice") : Text::tr("%1 days' notice").arg(days);
}

QString summary(const DecisionProcedure &procedure, const Names &names)
{
    QStringList parts{methodText(procedure, names)};
    if (procedure.method != DecisionMethod::Delegated)
        parts << quorumText(procedure.quorum);
    parts << noticeText(procedure.noticeDays);
    return parts.join(u" · "_s);
}

std::optional<DecisionMethod> votingMethod(const DecisionProcedure &procedure)
{
    switch (procedure.method) {
    case DecisionMethod::Consensus:
    case DecisionMethod::Delegated:
        return std::nullopt;
    case DecisionMethod::ConsensusThenVote:
        return procedure.fallbackMethod == DecisionMethod::Supermajority
            ? DecisionMethod::Supermajority
            : DecisionMethod::Majority;
    default:
        return procedure.method;
    }
}

QString explainMethod(const DecisionProcedure &p, const Names &names)
{
    switch (p.method) {
    case DecisionMethod::Consensus:
        return Text::tr("Members look for agreement: each agrees, stands aside or blocks. A "
                        "single block stops the proposal; standing aside is recorded but does "
                        "not stop it.");
    case DecisionMethod::ConsensusThenVote: {
        const QString vote = p.fallbackMethod == DecisionMethod::Supermajority
            ? Text::tr("a supermajority of %1").arg(p.threshold.toString())
            : Text::tr("a simple majority");
        return Text::tr("The body first looks for consensus, where a single block stops the "
                        "proposal. After %1 without consensus it votes instead, and %2 of the "
                        "votes decides.")
            .arg(attempts(p.consensusAttempts), vote);
    }
    case DecisionMethod::Majority:
        return Text::tr("Adopted when the yes votes are more than half of what they are counted "
                        "against. Exactly half is a tie, and a tie fails.");
    case DecisionMethod::Supermajority:
        return Text::tr("Adopted when the yes votes reach the threshold; reaching it "
                        "exactly is enough.");
    case DecisionMethod::Unanimity:
        return Text::tr("Adopted only when everyone counted votes yes: a single no defeats the "
                        "proposal.");
    case DecisionMethod::Delegated:
        if (p.delegateBodyId)
            return Text::tr("This body does not decide itself: %1 decides for it, by its own "
                            "procedure.")
                .arg(names.bodies.value(*p.delegateBodyId, Text::tr("the other body")));
        if (p.delegateToLead)
            return names.lead.isEmpty()
                ? Text::tr("This body does not decide itself: the coalition's lead organization "
                           "decides for it. The coalition has no lead organization recorded "
                           "yet.")
                : Text::tr("This body does not decide itself: the coalition's lead "
                           "organization, %1, decides for it.")
                      .arg(names.lead);
        return Text::tr("This body does not decide itself. Choose who decides for it.");
    }
    return {};
}

QString explainThreshold(const Fraction &threshold, VoteBasis basis, int count)
{
    if (!threshold.isProperThreshold() || threshold.numerator * 2 <= threshold.denominator)
        return Text::tr("A supermajority is a share above one half and at most the whole, such "
                        "as 2/3 or 3/4.");
    const QString share = threshold.toString();
    QString text;
    switch (basis) {
    case VoteBasis::Cast:
        text = Text::tr("Yes votes must be at least %1 of the votes cast (yes + no).").arg(share);
        if (count > 0)
            text += u' '
                + Text::tr("If all %1 vote yes or no, that is %2.")
                      .arg(members(count), yesVotes(shareNeeded(threshold, count)));
        break;
    case VoteBasis::Present:
        text = Text::tr("Yes votes must be at least %1 of the voting members present.").arg(share);
        if (count > 0)
            text += u' '
                + Text::tr("With all %1 present, that is %2.")
                      .arg(members(count), yesVotes(shareNeeded(threshold, count)));
        break;
    case VoteBasis::Members:
        text = Text::tr("Yes votes must be at least %1 of all voting members.").arg(share);
        if (count > 0)
            text += u' '
                + Text::tr("With %1, that is %2.")
                      .arg(members(count), yesVotes(shareNeeded(threshold, count)));
        break;
    }
    return text;
}

QString explainBasis(VoteBasis basis, DecisionMethod method, const Fraction &threshold, int count)
{
    QString text;
    switch (basis) {
    case VoteBasis::Cast:
        if (method == DecisionMethod::Supermajority)
            text = Text::tr("Abstentions do not count: %1 of yes + no.").arg(threshold.toString());
        else if (method == DecisionMethod::Unanimity)
            text = Text::tr("Abstentions do not count: no one may vote no, and at least one "
                            "must vote yes.");
        else
            text = Text::tr("Abstentions do not count: more than half of yes + no.");
        return text;
    case VoteBasis::Present:
        text = Text::tr("Counted against the voting members present: an abstention, a "
                        "stand-aside or a member present who takes no position counts like a "
                        "no.");
        if (count > 0)
            text += u' '
                + Text::tr("With all %1 present, %2 are needed.")
                      .arg(members(count), yesVotes(yesNeeded(method, threshold, count)));
        return text;
    case VoteBasis::Members:
        text = Text::tr("Counted against all voting members, present or not: an absence counts "
                        "like a no.");
        if (count > 0)
            text += u' '
                + Text::tr("With %1, %2 are always needed.")
                      .arg(members(count), yesVotes(yesNeeded(method, threshold, count)));
        return text;
    }
    return text;
}

QString explainQuorum(const Quorum &quorum, int count)
{
    QString text;
    qint64 needed = -1;
    switch (quorum.kind) {
    case QuorumKind::None:
        return Text::tr("The body may decide however few of its voting members are present.");
    case QuorumKind::Count:
        text = quorum.count == 1
            ? Text::tr("At least 1 voting member must be present.")
            : Text::tr("At least %1 voting members must be present.").arg(quorum.count);
        if (count >= 0 && quorum.count > count)
            return text + u' '
                + Text::tr("The body has only %1, so as it stands it can never decide.")
                      .arg(members(count));
        return text;
    case QuorumKind::Majority:
        text = Text::tr("More than half of the voting members must be present.");
        needed = count / 2 + 1;
        break;
    case QuorumKind::Fraction:
        if (!quorum.fraction.isProperThreshold())
            return Text::tr("The quorum is a share above 0 and at most the whole of the voting "
                            "members, such as 1/2 or 2/3.");
        text = Text::tr("At least %1 of the voting members must be present.")
                   .arg(quorum.fraction.toString());
        needed = shareNeeded(quorum.fraction, count);
        break;
    }
    if (count == 0)
        return text + u' ' + Text::tr("The body has no voting members yet.");
    if (count > 0)
        text += u' ' + Text::tr("With %1, %2 must be present.").arg(members(count)).arg(needed);
    return text;
}

QString explainAreas(const QList<DecisionArea> &areas, bool fullMembership)
{
    if (fullMembership)
        return Text::tr("The full membership may settle any matter itself; the areas matter for "
                        "the other bodies.");
    if (areas.isEmpty())
        return Text::tr("The body may settle nothing alone: each decision it takes is flagged as "
                        "outside its areas.");
    QStringList labels;
    for (const DecisionArea area : areas)
        labels << enumLabel(area);
    return Text::tr("The body may settle alone: %1. A decision it takes about anything else is "
                    "flagged as outside its areas.")
        .arg(labels.join(u", "_s));
}

QString explainEscalation(const QList<EscalationStep> &steps)
{
    if (steps.isEmpty())
        return Text::tr("No escalation ladder: a disagreement the body cannot settle has nowhere "
                        "agreed to go.");
    QStringList labels;
    for (const EscalationStep step : steps)
        labels << enumLabel(step).toLower();
    return Text::tr("A disagreement the body cannot settle goes, in turn, to: %1.")
        .arg(labels.join(u" → "_s));
}

QString explainNotice(int days)
{
    if (days <= 0)
        return Text::tr("A meeting may decide even when it is called the same day.");
    if (days == 1)
        return Text::tr("A meeting must be called at least 1 day ahead; a decision taken with "
                        "less notice is flagged.");
    return Text::tr("A meeting must be called at least %1 days ahead; a decision taken with less "
                    "notice is flagged.")
        .arg(days);
}

QString explainReopening(const ReopeningConditions &r)
{
    const QString when = r.minimumDays <= 0 ? Text::tr("at any time")
        : r.minimumDays == 1
        ? Text::tr("once 1 day has passed since the meeting that adopted it")
        : Text::tr("once %1 days have passed since the meeting that adopted it").arg(r.minimumDays);
    const QString share = r.threshold
        ? Text::tr("with at least %1 of the votes cast").arg(r.threshold->toString())
        : Text::tr("by a majority of the votes cast");
    const QString text = r.newInformationRequired
        ? Text::tr("An adopted decision may be reopened %1, %2, and only when new information "
                   "is brought.")
        : Text::tr("An adopted decision may be reopened %1, %2.");
    return text.arg(when, share);
}

} // namespace Coalition::Ui::ProcedureDisplay
