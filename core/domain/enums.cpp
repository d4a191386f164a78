// SPDX-License-Identifier: GPL-3.0-or-later
#include "enums.h"

#include <array>

namespace Coalition {

namespace {

constexpr std::array sectorEntries{
    EnumEntry<Sector>{Sector::CommunityGroup, "community-group",
                      QT_TRANSLATE_NOOP("Coalition::Enums", "Community group")},
    EnumEntry<Sector>{Sector::Nonprofit, "nonprofit",
                      QT_TRANSLATE_NOOP("Coalition::Enums", "Nonprofit")},
    EnumEntry<Sector>{Sector::PublicAgency, "public-agency",
                      QT_TRANSLATE_NOOP("Coalition::Enums", "Public agency")},
    EnumEntry<Sector>{Sector::Education, "education",
                      QT_TRANSLATE_NOOP("Coalition::Enums", "Education")},
    EnumEntry<Sector>{Sector::Health, "health", QT_TRANSLATE_NOOP("Coalition::Enums", "Health")},
    EnumEntry<Sector>{Sector::Faith, "faith", QT_TRANSLATE_NOOP("Coalition::Enums", "Faith")},
    EnumEntry<Sector>{Sector::Business, "business",
                      QT_TRANSLATE_NOOP("Coalition::Enums", "Business")},
    EnumEntry<Sector>{Sector::Funder, "funder", QT_TRANSLATE_NOOP("Coalition::Enums", "Funder")},
    EnumEntry<Sector>{Sector::Individual, "individual",
                      QT_TRANSLATE_NOOP("Coalition::Enums", "Individual or citizen")},
    EnumEntry<Sector>{Sector::Other, "other", QT_TRANSLATE_NOOP("Coalition::Enums", "Other")},
};

constexpr std::array coalitionTypeEntries{
    EnumEntry<CoalitionType>{CoalitionType::InformationNetwork, "information-network",
                             QT_TRANSLATE_NOOP("Coalition::Enums", "Information network")},
    EnumEntry<CoalitionType>{CoalitionType::Association, "association",
                             QT_TRANSLATE_NOOP("Coalition::Enums", "Association")},
    EnumEntry<CoalitionType>{CoalitionType::CoordinatingCouncil, "coordinating-council",
                             QT_TRANSLATE_NOOP("Coalition::Enums", "Coordinating council")},
    EnumEntry<CoalitionType>{CoalitionType::Campaign, "campaign",
                             QT_TRANSLATE_NOOP("Coalition::Enums", "Campaign")},
    EnumEntry<CoalitionType>{CoalitionType::OngoingCoalition, "ongoing-coalition",
                             QT_TRANSLATE_NOOP("Coalition::Enums", "Ongoing coalition")},
};

constexpr std::array membershipStatusEntries{
    EnumEntry<MembershipStatus>{MembershipStatus::Prospective, "prospective",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "Prospective")},
    EnumEntry<MembershipStatus>{MembershipStatus::Invited, "invited",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "Invited")},
    EnumEntry<MembershipStatus>{MembershipStatus::Active, "active",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "Active")},
    EnumEntry<MembershipStatus>{MembershipStatus::Inactive, "inactive",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "Inactive")},
    EnumEntry<MembershipStatus>{MembershipStatus::Withdrawn, "withdrawn",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "Withdrawn")},
};

constexpr std::array membershipKindEntries{
    EnumEntry<MembershipKind>{MembershipKind::VotingMember, "voting",
                              QT_TRANSLATE_NOOP("Coalition::Enums", "Voting member")},
    EnumEntry<MembershipKind>{MembershipKind::NonVotingAlly, "ally",
                              QT_TRANSLATE_NOOP("Coalition::Enums", "Non-voting ally")},
    EnumEntry<MembershipKind>{MembershipKind::Observer, "observer",
                              QT_TRANSLATE_NOOP("Coalition::Enums", "Observer")},
};

constexpr std::array contributionKindEntries{
    EnumEntry<ContributionKind>{ContributionKind::StaffTime, "staff-time",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "Staff time")},
    EnumEntry<ContributionKind>{ContributionKind::Volunteers, "volunteers",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "Volunteers")},
    EnumEntry<ContributionKind>{ContributionKind::Expertise, "expertise",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "Expertise")},
    EnumEntry<ContributionKind>{ContributionKind::Space, "space",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "Meeting or office space")},
    EnumEntry<ContributionKind>{ContributionKind::Money, "money",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "Money")},
    EnumEntry<ContributionKind>{ContributionKind::InKind, "in-kind",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "In-kind goods or services")},
};

constexpr std::array contributionPeriodEntries{
    EnumEntry<ContributionPeriod>{ContributionPeriod::OneOff, "one-off",
                                  QT_TRANSLATE_NOOP("Coalition::Enums", "One-off")},
    EnumEntry<ContributionPeriod>{ContributionPeriod::Monthly, "monthly",
                                  QT_TRANSLATE_NOOP("Coalition::Enums", "Per month")},
    EnumEntry<ContributionPeriod>{ContributionPeriod::Quarterly, "quarterly",
                                  QT_TRANSLATE_NOOP("Coalition::Enums", "Per quarter")},
    EnumEntry<ContributionPeriod>{ContributionPeriod::Yearly, "yearly",
                                  QT_TRANSLATE_NOOP("Coalition::Enums", "Per year")},
};

constexpr std::array interestKindEntries{
    EnumEntry<InterestKind>{InterestKind::Shared, "shared",
                            QT_TRANSLATE_NOOP("Coalition::Enums", "Shared with the coalition")},
    EnumEntry<InterestKind>{
        InterestKind::Conflicting, "conflicting",
        QT_TRANSLATE_NOOP("Coalition::Enums", "In conflict with the coalition")},
};

constexpr std::array bodyKindEntries{
    EnumEntry<BodyKind>{BodyKind::FullMembership, "full-membership",
                        QT_TRANSLATE_NOOP("Coalition::Enums", "Full membership")},
    EnumEntry<BodyKind>{BodyKind::StrategicCommittee, "strategic-committee",
                        QT_TRANSLATE_NOOP("Coalition::Enums", "Strategic committee")},
    EnumEntry<BodyKind>{BodyKind::ExecutiveCommittee, "executive-committee",
                        QT_TRANSLATE_NOOP("Coalition::Enums", "Executive committee")},
    EnumEntry<BodyKind>{BodyKind::ActionGroup, "action-group",
                        QT_TRANSLATE_NOOP("Coalition::Enums", "Action group")},
    EnumEntry<BodyKind>{BodyKind::Committee, "committee",
                        QT_TRANSLATE_NOOP("Coalition::Enums", "Other committee")},
};

constexpr std::array ruleAreaEntries{
    EnumEntry<RuleArea>{RuleArea::DecisionMaking, "decision-making",
                        QT_TRANSLATE_NOOP("Coalition::Enums", "How decisions are made")},
    EnumEntry<RuleArea>{
        RuleArea::Media, "media",
        QT_TRANSLATE_NOOP("Coalition::Enums", "Media and speaking for the coalition")},
    EnumEntry<RuleArea>{RuleArea::Confidentiality, "confidentiality",
                        QT_TRANSLATE_NOOP("Coalition::Enums", "Confidentiality")},
    EnumEntry<RuleArea>{RuleArea::Information, "information",
                        QT_TRANSLATE_NOOP("Coalition::Enums", "Distributing information")},
    EnumEntry<RuleArea>{RuleArea::Representatives, "representatives",
                        QT_TRANSLATE_NOOP("Coalition::Enums", "Role of representatives")},
    EnumEntry<RuleArea>{RuleArea::Meetings, "meetings",
                        QT_TRANSLATE_NOOP("Coalition::Enums", "Meetings")},
    EnumEntry<RuleArea>{RuleArea::Conflict, "conflict",
                        QT_TRANSLATE_NOOP("Coalition::Enums", "Handling conflict")},
    EnumEntry<RuleArea>{RuleArea::Other, "other", QT_TRANSLATE_NOOP("Coalition::Enums", "Other")},
};

constexpr std::array ruleStatusEntries{
    EnumEntry<RuleStatus>{RuleStatus::Proposed, "proposed",
                          QT_TRANSLATE_NOOP("Coalition::Enums", "Proposed")},
    EnumEntry<RuleStatus>{RuleStatus::Agreed, "agreed",
                          QT_TRANSLATE_NOOP("Coalition::Enums", "Agreed")},
    EnumEntry<RuleStatus>{RuleStatus::Retired, "retired",
                          QT_TRANSLATE_NOOP("Coalition::Enums", "Retired")},
};

constexpr std::array decisionMethodEntries{
    EnumEntry<DecisionMethod>{DecisionMethod::Consensus, "consensus",
                              QT_TRANSLATE_NOOP("Coalition::Enums", "Consensus")},
    EnumEntry<DecisionMethod>{DecisionMethod::ConsensusThenVote, "consensus-then-vote",
                              QT_TRANSLATE_NOOP("Coalition::Enums", "Consensus, then a vote")},
    EnumEntry<DecisionMethod>{DecisionMethod::Majority, "majority",
                              QT_TRANSLATE_NOOP("Coalition::Enums", "Simple majority")},
    EnumEntry<DecisionMethod>{DecisionMethod::Supermajority, "supermajority",
                              QT_TRANSLATE_NOOP("Coalition::Enums", "Supermajority")},
    EnumEntry<DecisionMethod>{DecisionMethod::Unanimity, "unanimity",
                              QT_TRANSLATE_NOOP("Coalition::Enums", "Unanimity")},
    EnumEntry<DecisionMethod>{DecisionMethod::Delegated, "delegated",
                              QT_TRANSLATE_NOOP("Coalition::Enums", "Delegated")},
};

constexpr std::array voteBasisEntries{
    EnumEntry<VoteBasis>{VoteBasis::Cast, "cast",
                         QT_TRANSLATE_NOOP("Coalition::Enums", "Votes cast")},
    EnumEntry<VoteBasis>{VoteBasis::Present, "present",
                         QT_TRANSLATE_NOOP("Coalition::Enums", "Voting members present")},
    EnumEntry<VoteBasis>{VoteBasis::Members, "members",
                         QT_TRANSLATE_NOOP("Coalition::Enums", "All voting members")},
};

constexpr std::array quorumKindEntries{
    EnumEntry<QuorumKind>{QuorumKind::None, "none",
                          QT_TRANSLATE_NOOP("Coalition::Enums", "No quorum")},
    EnumEntry<QuorumKind>{QuorumKind::Count, "count",
                          QT_TRANSLATE_NOOP("Coalition::Enums", "A number of members")},
    EnumEntry<QuorumKind>{QuorumKind::Majority, "majority",
                          QT_TRANSLATE_NOOP("Coalition::Enums", "A majority of members")},
    EnumEntry<QuorumKind>{QuorumKind::Fraction, "fraction",
                          QT_TRANSLATE_NOOP("Coalition::Enums", "A fraction of members")},
};

constexpr std::array votePositionEntries{
    EnumEntry<VotePosition>{VotePosition::Yes, "yes",
                            QT_TRANSLATE_NOOP("Coalition::Enums", "Yes / agree")},
    EnumEntry<VotePosition>{VotePosition::No, "no",
                            QT_TRANSLATE_NOOP("Coalition::Enums", "No / disagree")},
    EnumEntry<VotePosition>{VotePosition::Abstain, "abstain",
                            QT_TRANSLATE_NOOP("Coalition::Enums", "Abstain")},
    EnumEntry<VotePosition>{VotePosition::StandAside, "stand-aside",
                            QT_TRANSLATE_NOOP("Coalition::Enums", "Stand aside")},
    EnumEntry<VotePosition>{VotePosition::Block, "block",
                            QT_TRANSLATE_NOOP("Coalition::Enums", "Block")},
    EnumEntry<VotePosition>{VotePosition::Absent, "absent",
                            QT_TRANSLATE_NOOP("Coalition::Enums", "Absent")},
};

constexpr std::array decisionStatusEntries{
    EnumEntry<DecisionStatus>{DecisionStatus::Proposed, "proposed",
                              QT_TRANSLATE_NOOP("Coalition::Enums", "Proposed")},
    EnumEntry<DecisionStatus>{DecisionStatus::Adopted, "adopted",
                              QT_TRANSLATE_NOOP("Coalition::Enums", "Adopted")},
    EnumEntry<DecisionStatus>{DecisionStatus::Rejected, "rejected",
                              QT_TRANSLATE_NOOP("Coalition::Enums", "Rejected")},
    EnumEntry<DecisionStatus>{DecisionStatus::Reopened, "reopened",
                              QT_TRANSLATE_NOOP("Coalition::Enums", "Reopened")},
    EnumEntry<DecisionStatus>{DecisionStatus::Superseded, "superseded",
                              QT_TRANSLATE_NOOP("Coalition::Enums", "Superseded")},
};

constexpr std::array decisionOutcomeEntries{
    EnumEntry<DecisionOutcome>{DecisionOutcome::Pending, "pending",
                               QT_TRANSLATE_NOOP("Coalition::Enums", "Not yet decided")},
    EnumEntry<DecisionOutcome>{DecisionOutcome::Adopted, "adopted",
                               QT_TRANSLATE_NOOP("Coalition::Enums", "Adopted")},
    EnumEntry<DecisionOutcome>{DecisionOutcome::Rejected, "rejected",
                               QT_TRANSLATE_NOOP("Coalition::Enums", "Rejected")},
    EnumEntry<DecisionOutcome>{DecisionOutcome::NoQuorum, "no-quorum",
                               QT_TRANSLATE_NOOP("Coalition::Enums", "No quorum")},
    EnumEntry<DecisionOutcome>{DecisionOutcome::Blocked, "blocked",
                               QT_TRANSLATE_NOOP("Coalition::Enums", "Blocked")},
};

constexpr std::array decisionAreaEntries{
    EnumEntry<DecisionArea>{DecisionArea::GroundRules, "ground-rules",
                            QT_TRANSLATE_NOOP("Coalition::Enums", "Ground rules")},
    EnumEntry<DecisionArea>{DecisionArea::Membership, "membership",
                            QT_TRANSLATE_NOOP("Coalition::Enums", "Membership")},
    EnumEntry<DecisionArea>{DecisionArea::Budget, "budget",
                            QT_TRANSLATE_NOOP("Coalition::Enums", "Budget and money")},
    EnumEntry<DecisionArea>{DecisionArea::PolicyPositions, "policy",
                            QT_TRANSLATE_NOOP("Coalition::Enums", "Policy positions")},
    EnumEntry<DecisionArea>{DecisionArea::PublicStatements, "statements",
                            QT_TRANSLATE_NOOP("Coalition::Enums", "Public statements")},
    EnumEntry<DecisionArea>{DecisionArea::ActionPlans, "action-plans",
                            QT_TRANSLATE_NOOP("Coalition::Enums", "Action plans")},
    EnumEntry<DecisionArea>{DecisionArea::Events, "events",
                            QT_TRANSLATE_NOOP("Coalition::Enums", "Events")},
    EnumEntry<DecisionArea>{DecisionArea::Operations, "operations",
                            QT_TRANSLATE_NOOP("Coalition::Enums", "Day-to-day operations")},
    EnumEntry<DecisionArea>{DecisionArea::Other, "other",
                            QT_TRANSLATE_NOOP("Coalition::Enums", "Other")},
};

constexpr std::array escalationStepEntries{
    EnumEntry<EscalationStep>{EscalationStep::Discussion, "discussion",
                              QT_TRANSLATE_NOOP("Coalition::Enums", "Discussion")},
    EnumEntry<EscalationStep>{EscalationStep::Mediator, "mediator",
                              QT_TRANSLATE_NOOP("Coalition::Enums", "Mediator")},
    EnumEntry<EscalationStep>{EscalationStep::Arbitrator, "arbitrator",
                              QT_TRANSLATE_NOOP("Coalition::Enums", "Arbitrator")},
    EnumEntry<EscalationStep>{EscalationStep::Panel, "panel",
                              QT_TRANSLATE_NOOP("Coalition::Enums", "Panel")},
};

constexpr std::array goalKindEntries{
    EnumEntry<GoalKind>{GoalKind::Specific, "specific",
                        QT_TRANSLATE_NOOP("Coalition::Enums", "Specific to the mission")},
    EnumEntry<GoalKind>{GoalKind::Universal, "universal",
                        QT_TRANSLATE_NOOP("Coalition::Enums", "Universal")},
};

constexpr std::array goalStatusEntries{
    EnumEntry<GoalStatus>{GoalStatus::Proposed, "proposed",
                          QT_TRANSLATE_NOOP("Coalition::Enums", "Proposed")},
    EnumEntry<GoalStatus>{GoalStatus::Active, "active",
                          QT_TRANSLATE_NOOP("Coalition::Enums", "Active")},
    EnumEntry<GoalStatus>{GoalStatus::Achieved, "achieved",
                          QT_TRANSLATE_NOOP("Coalition::Enums", "Achieved")},
    EnumEntry<GoalStatus>{GoalStatus::Dropped, "dropped",
                          QT_TRANSLATE_NOOP("Coalition::Enums", "Dropped")},
};

constexpr std::array taskStatusEntries{
    EnumEntry<TaskStatus>{TaskStatus::NotStarted, "not-started",
                          QT_TRANSLATE_NOOP("Coalition::Enums", "Not started")},
    EnumEntry<TaskStatus>{TaskStatus::InProgress, "in-progress",
                          QT_TRANSLATE_NOOP("Coalition::Enums", "In progress")},
    EnumEntry<TaskStatus>{TaskStatus::Done, "done", QT_TRANSLATE_NOOP("Coalition::Enums", "Done")},
    EnumEntry<TaskStatus>{TaskStatus::Dropped, "dropped",
                          QT_TRANSLATE_NOOP("Coalition::Enums", "Dropped")},
};

constexpr std::array reportingCadenceEntries{
    EnumEntry<ReportingCadence>{ReportingCadence::None, "none",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "No regular report")},
    EnumEntry<ReportingCadence>{ReportingCadence::Monthly, "monthly",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "Every month")},
    EnumEntry<ReportingCadence>{ReportingCadence::Quarterly, "quarterly",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "Every quarter")},
};

constexpr std::array evaluationMethodEntries{
    EnumEntry<EvaluationMethod>{EvaluationMethod::SatisfactionSurvey, "satisfaction-survey",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "Satisfaction survey")},
    EnumEntry<EvaluationMethod>{EvaluationMethod::PrePostTest, "pre-post-test",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "Pre/post test")},
    EnumEntry<EvaluationMethod>{EvaluationMethod::Interviews, "interviews",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "Interviews")},
    EnumEntry<EvaluationMethod>{EvaluationMethod::FocusGroup, "focus-group",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "Focus group")},
    EnumEntry<EvaluationMethod>{EvaluationMethod::Observation, "observation",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "Observation")},
    EnumEntry<EvaluationMethod>{EvaluationMethod::Other, "other",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "Other")},
};

constexpr std::array conflictStatusEntries{
    EnumEntry<ConflictStatus>{ConflictStatus::Open, "open",
                              QT_TRANSLATE_NOOP("Coalition::Enums", "Open")},
    EnumEntry<ConflictStatus>{ConflictStatus::Resolved, "resolved",
                              QT_TRANSLATE_NOOP("Coalition::Enums", "Resolved")},
    EnumEntry<ConflictStatus>{ConflictStatus::Withdrawn, "withdrawn",
                              QT_TRANSLATE_NOOP("Coalition::Enums", "Withdrawn")},
};

constexpr std::array developmentStageEntries{
    EnumEntry<DevelopmentStage>{DevelopmentStage::PreFormation, "pre-formation",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "Pre-formation")},
    EnumEntry<DevelopmentStage>{DevelopmentStage::Formation, "formation",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "Formation")},
    EnumEntry<DevelopmentStage>{DevelopmentStage::Implementation, "implementation",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "Implementation")},
    EnumEntry<DevelopmentStage>{DevelopmentStage::Maintenance, "maintenance",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "Maintenance")},
    EnumEntry<DevelopmentStage>{DevelopmentStage::Institutionalization, "institutionalization",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "Institutionalization")},
};

constexpr std::array relationshipLevelEntries{
    EnumEntry<RelationshipLevel>{RelationshipLevel::Networking, "networking",
                                 QT_TRANSLATE_NOOP("Coalition::Enums", "Networking")},
    EnumEntry<RelationshipLevel>{RelationshipLevel::Coordinating, "coordinating",
                                 QT_TRANSLATE_NOOP("Coalition::Enums", "Coordinating")},
    EnumEntry<RelationshipLevel>{RelationshipLevel::Cooperating, "cooperating",
                                 QT_TRANSLATE_NOOP("Coalition::Enums", "Cooperating")},
    EnumEntry<RelationshipLevel>{RelationshipLevel::Collaborating, "collaborating",
                                 QT_TRANSLATE_NOOP("Coalition::Enums", "Collaborating")},
};

constexpr std::array trustLevelEntries{
    EnumEntry<TrustLevel>{TrustLevel::Low, "low", QT_TRANSLATE_NOOP("Coalition::Enums", "Low")},
    EnumEntry<TrustLevel>{TrustLevel::Some, "some", QT_TRANSLATE_NOOP("Coalition::Enums", "Some")},
    EnumEntry<TrustLevel>{TrustLevel::More, "more", QT_TRANSLATE_NOOP("Coalition::Enums", "More")},
    EnumEntry<TrustLevel>{TrustLevel::High, "high", QT_TRANSLATE_NOOP("Coalition::Enums", "High")},
};

constexpr std::array checklistValueEntries{
    EnumEntry<ChecklistValue>{ChecklistValue::Unanswered, "unanswered",
                              QT_TRANSLATE_NOOP("Coalition::Enums", "Unanswered")},
    EnumEntry<ChecklistValue>{ChecklistValue::Yes, "yes",
                              QT_TRANSLATE_NOOP("Coalition::Enums", "Yes")},
    EnumEntry<ChecklistValue>{ChecklistValue::No, "no",
                              QT_TRANSLATE_NOOP("Coalition::Enums", "No")},
};

} // namespace

QString normaliseEnumText(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text.trimmed()) {
        if (c == u'-' || c == u'_' || c.isSpace())
            result.append(u'-');
        else
            result.append(c.toCaseFolded());
    }
    return result;
}

#define COALITION_ENUM_TABLE(Type, table, vocabulary)                                              \
    template<>                                                                                     \
    std::span<const EnumEntry<Type>> enumEntries<Type>()                                           \
    {                                                                                              \
        return table;                                                                              \
    }                                                                                              \
    template<>                                                                                     \
    QString enumVocabularyName<Type>()                                                             \
    {                                                                                              \
        return QCoreApplication::translate(EnumTranslationContext, vocabulary);                    \
    }

COALITION_ENUM_TABLE(Sector, sectorEntries, QT_TRANSLATE_NOOP("Coalition::Enums", "sector"))
COALITION_ENUM_TABLE(CoalitionType, coalitionTypeEntries,
                     QT_TRANSLATE_NOOP("Coalition::Enums", "coalition type"))
COALITION_ENUM_TABLE(MembershipStatus, membershipStatusEntries,
                     QT_TRANSLATE_NOOP("Coalition::Enums", "membership status"))
COALITION_ENUM_TABLE(MembershipKind, membershipKindEntries,
                     QT_TRANSLATE_NOOP("Coalition::Enums", "membership kind"))
COALITION_ENUM_TABLE(ContributionKind, contributionKindEntries,
                     QT_TRANSLATE_NOOP("Coalition::Enums", "contribution kind"))
COALITION_ENUM_TABLE(ContributionPeriod, contributionPeriodEntries,
                     QT_TRANSLATE_NOOP("Coalition::Enums", "contribution period"))
COALITION_ENUM_TABLE(InterestKind, interestKindEntries,
                     QT_TRANSLATE_NOOP("Coalition::Enums", "interest kind"))
COALITION_ENUM_TABLE(BodyKind, bodyKindEntries, QT_TRANSLATE_NOOP("Coalition::Enums", "body kind"))
COALITION_ENUM_TABLE(RuleArea, ruleAreaEntries,
                     QT_TRANSLATE_NOOP("Coalition::Enums", "ground rule area"))
COALITION_ENUM_TABLE(RuleStatus, ruleStatusEntries,
                     QT_TRANSLATE_NOOP("Coalition::Enums", "ground rule status"))
COALITION_ENUM_TABLE(DecisionMethod, decisionMethodEntries,
                     QT_TRANSLATE_NOOP("Coalition::Enums", "decision method"))
COALITION_ENUM_TABLE(VoteBasis, voteBasisEntries,
                     QT_TRANSLATE_NOOP("Coalition::Enums", "vote basis"))
COALITION_ENUM_TABLE(QuorumKind, quorumKindEntries,
                     QT_TRANSLATE_NOOP("Coalition::Enums", "quorum kind"))
COALITION_ENUM_TABLE(VotePosition, votePositionEntries,
                     QT_TRANSLATE_NOOP("Coalition::Enums", "position"))
COALITION_ENUM_TABLE(DecisionStatus, decisionStatusEntries,
                     QT_TRANSLATE_NOOP("Coalition::Enums", "decision status"))
COALITION_ENUM_TABLE(DecisionOutcome, decisionOutcomeEntries,
                     QT_TRANSLATE_NOOP("Coalition::Enums", "decision outcome"))
COALITION_ENUM_TABLE(DecisionArea, decisionAreaEntries,
                     QT_TRANSLATE_NOOP("Coalition::Enums", "decision area"))
COALITION_ENUM_TABLE(EscalationStep, escalationStepEntries,
                     QT_TRANSLATE_NOOP("Coalition::Enums", "escalation step"))
COALITION_ENUM_TABLE(GoalKind, goalKindEntries, QT_TRANSLATE_NOOP("Coalition::Enums", "goal kind"))
COALITION_ENUM_TABLE(GoalStatus, goalStatusEntries,
                     QT_TRANSLATE_NOOP("Coalition::Enums", "goal status"))
COALITION_ENUM_TABLE(TaskStatus, taskStatusEntries,
                     QT_TRANSLATE_NOOP("Coalition::Enums", "task status"))
COALITION_ENUM_TABLE(ReportingCadence, reportingCadenceEntries,
                     QT_TRANSLATE_NOOP("Coalition::Enums", "reporting cadence"))
COALITION_ENUM_TABLE(EvaluationMethod, evaluationMethodEntries,
                     QT_TRANSLATE_NOOP("Coalition::Enums", "evaluation method"))
COALITION_ENUM_TABLE(ConflictStatus, conflictStatusEntries,
                     QT_TRANSLATE_NOOP("Coalition::Enums", "conflict status"))
COALITION_ENUM_TABLE(DevelopmentStage, developmentStageEntries,
                     QT_TRANSLATE_NOOP("Coalition::Enums", "development stage"))
COALITION_ENUM_TABLE(RelationshipLevel, relationshipLevelEntries,
                     QT_TRANSLATE_NOOP("Coalition::Enums", "relationship level"))
COALITION_ENUM_TABLE(TrustLevel, trustLevelEntries,
                     QT_TRANSLATE_NOOP("Coalition::Enums", "trust level"))
COALITION_ENUM_TABLE(ChecklistValue, checklistValueEntries,
                     QT_TRANSLATE_NOOP("Coalition::Enums", "checklist answer"))

#undef COALITION_ENUM_TABLE

} // namespace Coalition
