// SPDX-License-Identifier: GPL-3.0-or-later
// How the coalition's records compare with what its type usually has. Each
// type's expectation is reduced to something the records can show; the
// "expected" text says both what the type usually has and what is checked.
#include "stageassessment.h"

#include "domain/enums.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

QString number(qsizetype n)
{
    return QString::number(n);
}

bool hasText(const QString &text)
{
    return !text.trimmed().isEmpty();
}

// The facts the comparison reads, counted once.
struct Facts
{
    explicit Facts(const StageSnapshot &snapshot)
        : coalition(snapshot.coalition)
    {
        for (const Membership &membership : snapshot.memberships) {
            if (membership.status != MembershipStatus::Active)
                continue;
            ++active;
            if (membership.kind == MembershipKind::VotingMember)
                ++voting;
            const bool dues = membership.duesCents > 0;
            if (dues)
                ++duesPayers;
            const bool gives
                = std::any_of(membership.contributions.cbegin(), membership.contributions.cend(),
                              [](const Contribution &each) {
                                  return each.valueCents > 0 || each.kind == ContributionKind::Money
                                      || each.kind == ContributionKind::InKind;
                              });
            if (gives)
                ++givers;
            if (dues || gives)
                ++supporters;
            if (!membership.contributions.isEmpty())
                ++contributors;
        }
        QSet<Id> fullBodies;
        for (const Body &body : snapshot.bodies) {
            bodies.append(body.name + u" ("_s + enumLabel(body.kind).toLower() + u')');
            executive = executive || body.kind == BodyKind::ExecutiveCommittee;
            strategic = strategic || body.kind == BodyKind::StrategicCommittee;
            committee = committee || body.kind == BodyKind::Committee;
            if (body.kind == BodyKind::FullMembership)
                fullBodies.insert(body.id);
        }
        for (const DecisionProcedure &procedure : snapshot.procedures)
            fullProcedure = fullProcedure || fullBodies.contains(procedure.bodyId);
        for (const Goal &goal : snapshot.goals) {
            if (goal.status == GoalStatus::Dropped)
                continue;
            ++goals;
            if (goal.targetOn.isValid())
                ++datedGoals;
        }
        for (const ActionPlan &plan : snapshot.plans) {
            for (const BudgetLine &line : plan.budget) {
                if (!line.fundedById && hasText(line.source))
                    ++outsideLines;
            }
        }
        if (const std::optional<Id> leadId = coalition.leadOrganizationId) {
            lead = snapshot.organizationNames.value(*leadId);
            if (lead.isEmpty())
                lead = StageEngine::tr("Organization %1").arg(*leadId);
        }
    }

    bool purposeStated() const { return hasText(coalition.purpose) || hasText(coalition.mission); }
    bool anyFinances() const
    {
        return hasText(coalition.finances.dues) || hasText(coalition.finances.grants)
            || hasText(coalition.finances.inKind);
    }

    const CoalitionInfo &coalition;
    int active = 0;
    int voting = 0;
    int duesPayers = 0;
    int givers = 0; // money, in-kind, or anything with a value
    int supporters = 0; // dues or such a contribution
    int contributors = 0; // any contribution at all
    QStringList bodies;
    bool executive = false;
    bool strategic = false;
    bool committee = false;
    bool fullProcedure = false;
    int goals = 0; // not dropped
    int datedGoals = 0;
    int outsideLines = 0; // plan budget lines funded from outside the coalition
    QString lead;
};

TypeFitItem purpose(const Facts &facts, CoalitionType type)
{
    TypeFitItem item{u"purpose"_s, StageEngine::tr("Purpose"), {}, {}, true};
    item.found = (facts.purposeStated() ? StageEngine::tr("A purpose or mission is recorded")
                                        : StageEngine::tr("No purpose or mission is recorded"))
        + u"; "_s
        + StageEngine::tr("goals in hand (not dropped): %1, with a target date: %2.")
              .arg(number(facts.goals), number(facts.datedGoals));
    switch (type) {
    case CoalitionType::InformationNetwork:
        item.expected
            = StageEngine::tr("Sharing information among like-minded groups: a stated purpose is "
                              "enough.");
        item.fits = facts.purposeStated();
        break;
    case CoalitionType::Association:
        item.expected = StageEngine::tr("Advancing particular groups or people: a stated purpose.");
        item.fits = facts.purposeStated();
        break;
    case CoalitionType::CoordinatingCouncil:
        item.expected = StageEngine::tr(
            "Coordinating work on specific issues among groups with similar aims: "
            "at least one goal.");
        item.fits = facts.goals >= 1;
        break;
    case CoalitionType::Campaign:
        item.expected
            = StageEngine::tr("Joint action toward a goal within a set time: a goal with a target "
                              "date.");
        item.fits = facts.datedGoals >= 1;
        break;
    case CoalitionType::OngoingCoalition:
        item.expected
            = StageEngine::tr("Advancing several related issues over a long time: two goals or "
                              "more.");
        item.fits = facts.goals >= 2;
        break;
    }
    return item;
}

TypeFitItem membership(const Facts &facts, CoalitionType type)
{
    TypeFitItem item{u"membership"_s, StageEngine::tr("Membership"), {}, {}, true};
    item.found = StageEngine::tr("Active members: %1 (voting: %2); paying dues: %3.")
                     .arg(number(facts.active), number(facts.voting), number(facts.duesPayers));
    switch (type) {
    case CoalitionType::InformationNetwork:
        item.expected
            = StageEngine::tr("Open to anyone interested, at little or no cost: no member pays "
                              "dues.");
        item.fits = facts.duesPayers == 0;
        break;
    case CoalitionType::Association:
        item.expected = StageEngine::tr(
            "Open to all who pay dues and use its services: more than half of the "
            "active members pay dues.");
        item.fits = facts.active > 0 && facts.duesPayers * 2 > facts.active;
        break;
    case CoalitionType::CoordinatingCouncil:
        item.expected
            = StageEngine::tr("Formal members or a loose alliance of active leaders: at least two "
                              "active members.");
        item.fits = facts.active >= 2;
        break;
    case CoalitionType::Campaign:
        item.expected
            = StageEngine::tr("A strategic partnership of diverse groups that may share little "
                              "else: at least two active members.");
        item.fits = facts.active >= 2;
        break;
    case CoalitionType::OngoingCoalition:
        item.expected = StageEngine::tr(
            "A long-term commitment of allied organizations: at least three active "
            "voting members.");
        item.fits = facts.voting >= 3;
        break;
    }
    return item;
}

TypeFitItem structure(const Facts &facts, CoalitionType type)
{
    TypeFitItem item{u"structure"_s, StageEngine::tr("Structure"), {}, {}, true};
    const QString bodies = facts.bodies.isEmpty()
        ? StageEngine::tr("No bodies are recorded")
        : StageEngine::tr("Bodies: %1").arg(facts.bodies.join(u", "_s));
    const QString lead = facts.lead.isEmpty()
        ? StageEngine::tr("no lead organization.")
        : StageEngine::tr("lead organization: %1.").arg(facts.lead);
    item.found = bodies + u"; "_s + lead;
    switch (type) {
    case CoalitionType::InformationNetwork:
        item.expected
            = StageEngine::tr("Loose: a way for members to reach one another, with no executive "
                              "committee.");
        item.fits = !facts.executive;
        break;
    case CoalitionType::Association:
        item.expected
            = StageEngine::tr("A defined structure, run by volunteers or staff: a committee, or an "
                              "agreed decision procedure for the full membership.");
        item.fits = facts.executive || facts.strategic || facts.committee || facts.fullProcedure;
        break;
    case CoalitionType::CoordinatingCouncil:
        item.expected = StageEngine::tr(
            "Organized like a network, with one or more organizations driving the "
            "work: a lead organization.");
        item.fits = !facts.lead.isEmpty();
        break;
    case CoalitionType::Campaign:
        item.expected
            = StageEngine::tr("A steering committee, with working committees often run by staff: a "
                              "strategic committee.");
        item.fits = facts.strategic;
        break;
    case CoalitionType::OngoingCoalition:
        item.expected
            = StageEngine::tr("More structured, with a board of its own: an executive committee.");
        item.fits = facts.executive;
        break;
    }
    return item;
}

TypeFitItem funding(const Facts &facts, CoalitionType type)
{
    TypeFitItem item{u"funding"_s, StageEngine::tr("Funding"), {}, {}, true};
    const FinancialArrangements &finances = facts.coalition.finances;
    QStringList recorded;
    if (hasText(finances.dues))
        recorded.append(StageEngine::tr("dues"));
    if (hasText(finances.grants))
        recorded.append(StageEngine::tr("grants"));
    if (hasText(finances.inKind))
        recorded.append(StageEngine::tr("in-kind support"));
    item.found = (recorded.isEmpty() ? StageEngine::tr("No financial arrangements are recorded.")
                                     : StageEngine::tr("Financial arrangements recorded: %1.")
                                           .arg(recorded.join(u", "_s)))
        + u' '
        + StageEngine::tr("Active members: %1; paying dues: %2; giving money or in-kind support: "
                          "%3. Plan budget lines funded from outside: %4.")
              .arg(number(facts.active), number(facts.duesPayers), number(facts.givers),
                   number(facts.outsideLines));
    switch (type) {
    case CoalitionType::InformationNetwork:
        item.expected
            = StageEngine::tr("Little cost to members, paid for by grants or volunteers: no dues.");
        item.fits = facts.duesPayers == 0 && !hasText(finances.dues);
        break;
    case CoalitionType::Association:
        item.expected = StageEngine::tr("Dues, grants and fundraising: member dues recorded.");
        item.fits = facts.duesPayers > 0 || hasText(finances.dues);
        break;
    case CoalitionType::CoordinatingCouncil:
        item.expected
            = StageEngine::tr("Varied, with or without dues: some financial arrangement or member "
                              "contribution recorded.");
        item.fits = facts.anyFinances() || facts.duesPayers > 0 || facts.contributors > 0;
        break;
    case CoalitionType::Campaign:
        item.expected
            = StageEngine::tr("Often outside or grant money: grants recorded, or plan budget lines "
                              "funded from outside.");
        item.fits = hasText(finances.grants) || facts.outsideLines > 0;
        break;
    case CoalitionType::OngoingCoalition:
        item.expected = StageEngine::tr(
            "Higher dues or large in-kind contributions from members, perhaps joint "
            "grants: at least half of the active members pay dues or give money or "
            "in-kind support.");
        item.fits = facts.active > 0 && facts.supporters * 2 >= facts.active;
        break;
    }
    return item;
}

TypeFitItem timeframe(const Facts &facts, CoalitionType type)
{
    TypeFitItem item{u"timeframe"_s, StageEngine::tr("Time frame"), {}, {}, true};
    const QDate start = facts.coalition.startDate;
    const QDate end = facts.coalition.endDate;
    const QString started = start.isValid()
        ? StageEngine::tr("Started on %1").arg(start.toString(Qt::ISODate))
        : StageEngine::tr("No start date is recorded");
    const QString ends = end.isValid()
        ? StageEngine::tr("ends on %1.").arg(end.toString(Qt::ISODate))
        : StageEngine::tr("no end date is recorded.");
    item.found = started + u"; "_s + ends;
    switch (type) {
    case CoalitionType::InformationNetwork:
    case CoalitionType::Association:
        item.expected = StageEngine::tr("Open-ended: usually no end date.");
        item.fits = !end.isValid();
        break;
    case CoalitionType::CoordinatingCouncil:
        item.expected = StageEngine::tr("Either open-ended or for a set time: any time frame.");
        item.fits = true;
        break;
    case CoalitionType::Campaign:
        item.expected = StageEngine::tr("A set time frame: an end date.");
        item.fits = end.isValid();
        break;
    case CoalitionType::OngoingCoalition:
        item.expected = StageEngine::tr("A long time frame: usually no end date.");
        item.fits = !end.isValid();
        break;
    }
    return item;
}

} // namespace

QList<TypeFitItem> StageEngine::typeFit(const StageSnapshot &snapshot)
{
    const Facts facts(snapshot);
    const CoalitionType type = snapshot.coalition.type;
    return {purpose(facts, type), membership(facts, type), structure(facts, type),
            funding(facts, type), timeframe(facts, type)};
}

} // namespace Coalition
