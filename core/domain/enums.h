// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace Coalition {

// The closed vocabularies of the domain. Each value has a stable key (used in
// files, the database and on the command line) and a translatable label.

enum class Sector {
    CommunityGroup,
    Nonprofit,
    PublicAgency,
    Education,
    Health,
    Faith,
    Business,
    Funder,
    Individual,
    Other,
};

enum class CoalitionType {
    InformationNetwork,
    Association,
    CoordinatingCouncil,
    Campaign,
    OngoingCoalition,
};

enum class MembershipStatus {
    Prospective,
    Invited,
    Active,
    Inactive,
    Withdrawn,
};

enum class MembershipKind {
    VotingMember,
    NonVotingAlly,
    Observer,
};

enum class ContributionKind {
    StaffTime,
    Volunteers,
    Expertise,
    Space,
    Money,
    InKind,
};

enum class ContributionPeriod {
    OneOff,
    Monthly,
    Quarterly,
    Yearly,
};

enum class InterestKind {
    Shared,
    Conflicting,
};

// Governance: bodies, ground rules, decision procedures and decisions.

enum class BodyKind {
    FullMembership,
    StrategicCommittee,
    ExecutiveCommittee,
    ActionGroup,
    Committee, // another named committee
};

// What a ground rule is about. The first five are the key areas every
// coalition should settle early (isKeyRuleArea).
enum class RuleArea {
    DecisionMaking,
    Media, // who speaks to the media and for the coalition
    Confidentiality,
    Information, // how information is distributed
    Representatives, // the role of member representatives
    Meetings,
    Conflict,
    Other,
};

enum class RuleStatus {
    Proposed,
    Agreed,
    Retired,
};

enum class DecisionMethod {
    Consensus,
    ConsensusThenVote, // consensus, then a vote after a number of failed attempts
    Majority,
    Supermajority,
    Unanimity,
    Delegated, // to another body or to the lead organization
};

// What a vote is counted against.
enum class VoteBasis {
    Cast, // yes + no (abstentions are not votes cast)
    Present, // voting members present
    Members, // all voting members
};

enum class QuorumKind {
    None,
    Count, // at least a number of voting members present
    Majority, // more than half of the voting members
    Fraction, // at least a fraction of the voting members
};

// A voting member's position on a proposal.
enum class VotePosition {
    Yes, // yes, or agree under consensus
    No,
    Abstain,
    StandAside,
    Block,
    Absent,
};

enum class DecisionStatus {
    Proposed,
    Adopted,
    Rejected,
    Reopened,
    Superseded,
};

// What the tally of a decision came to.
enum class DecisionOutcome {
    Pending, // no position recorded yet
    Adopted,
    Rejected,
    NoQuorum,
    Blocked,
};

// The kinds of matter a decision settles; a body's procedure lists those it
// may settle alone.
enum class DecisionArea {
    GroundRules,
    Membership,
    Budget,
    PolicyPositions,
    PublicStatements,
    ActionPlans,
    Events,
    Operations,
    Other,
};

// The ladder a persistent disagreement climbs.
enum class EscalationStep {
    Discussion,
    Mediator,
    Arbitrator,
    Panel,
};

// Action: goals, action groups, plans, tasks, reports, successes, evaluations
// and conflicts.

enum class GoalKind {
    Specific, // tied to the issues of the coalition's mission
    Universal, // true of any mission, such as broadening membership
};

enum class GoalStatus {
    Proposed,
    Active,
    Achieved,
    Dropped,
};

enum class TaskStatus {
    NotStarted,
    InProgress,
    Done,
    Dropped,
};

// How often an action group owes the coalition a progress report.
enum class ReportingCadence {
    None,
    Monthly,
    Quarterly,
};

enum class EvaluationMethod {
    SatisfactionSurvey,
    PrePostTest,
    Interviews,
    FocusGroup,
    Observation,
    Other,
};

enum class ConflictStatus {
    Open,
    Resolved,
    Withdrawn,
};

// Stage monitoring and relationships between organizations.

// The five stages a coalition goes through, in order.
enum class DevelopmentStage {
    PreFormation,
    Formation,
    Implementation,
    Maintenance,
    Institutionalization,
};

// How closely two organizations work together; each level adds to the one
// before: exchanging information, then adjusting activities, then sharing
// resources, then building each other's capacity.
enum class RelationshipLevel {
    Networking,
    Coordinating,
    Cooperating,
    Collaborating,
};

enum class TrustLevel {
    Low,
    Some,
    More,
    High,
};

// The coordinator's answer to a checklist question.
enum class ChecklistValue {
    Unanswered,
    Yes,
    No,
};

inline constexpr bool isKeyRuleArea(RuleArea area)
{
    return area == RuleArea::DecisionMaking || area == RuleArea::Media
        || area == RuleArea::Confidentiality || area == RuleArea::Information
        || area == RuleArea::Representatives;
}

template<typename E>
struct EnumEntry
{
    E value;
    const char *key; // stable, lower-case, hyphenated
    const char *label; // source text of the translatable label
};

// Table access, one specialisation per enumeration (defined in enums.cpp).
template<typename E>
std::span<const EnumEntry<E>> enumEntries();

// Context under which enumeration labels are translated.
inline constexpr const char *EnumTranslationContext = "Coalition::Enums";

template<typename E>
QString enumKey(E value)
{
    for (const auto &entry : enumEntries<E>()) {
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

template<typename E>
QString enumLabel(E value)
{
    for (const auto &entry : enumEntries<E>()) {
        if (entry.value == value)
            return QCoreApplication::translate(EnumTranslationContext, entry.label);
    }
    return {};
}

template<typename E>
QStringList enumKeys()
{
    QStringList keys;
    for (const auto &entry : enumEntries<E>())
        keys.append(QString::fromLatin1(entry.key));
    return keys;
}

QString normaliseEnumText(const QString &text);

// Accepts the key or the English label in any letter case, with spaces,
// hyphens and underscores treated alike ("Public agency", "public_agency").
template<typename E>
std::optional<E> enumFromText(const QString &text)
{
    // Stored values are keys: match those exactly before normalising, which
    // would dominate reading a large table.
    for (const auto &entry : enumEntries<E>()) {
        if (text == QLatin1String(entry.key))
            return entry.value;
    }
    const QString wanted = normaliseEnumText(text);
    if (wanted.isEmpty())
        return std::nullopt;
    for (const auto &entry : enumEntries<E>()) {
        if (normaliseEnumText(QString::fromLatin1(entry.key)) == wanted
            || normaliseEnumText(QString::fromLatin1(entry.label)) == wanted)
            return entry.value;
    }
    return std::nullopt;
}

// The name of the vocabulary, for messages ("sector", "membership status").
template<typename E>
QString enumVocabularyName();

} // namespace Coalition
