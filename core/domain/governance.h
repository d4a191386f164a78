// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fraction.h"
#include "types.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Coalition {

// Plain value types of the governance part of the domain: the bodies of a
// coalition, the ground rules its members agreed, the procedure each body
// decides by, its meetings and the decisions taken in them.

// A membership's seat on a body (other than the full membership, whose seats
// are every active voting membership of the coalition).
struct BodySeat
{
    Id membershipId = 0;
    QString role; // "chair", "secretary", "member" ...
    bool voting = true;

    bool operator==(const BodySeat &) const = default;
};

struct Body
{
    Id id = 0;
    Id coalitionId = 0;
    BodyKind kind = BodyKind::Committee;
    QString name; // unique within the coalition, without regard to case
    QString purpose;
    QList<BodySeat> seats; // ignored (and kept empty) for the full membership
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Body &) const = default;
};

struct Quorum
{
    QuorumKind kind = QuorumKind::None;
    int count = 0; // QuorumKind::Count
    Fraction fraction{1, 2}; // QuorumKind::Fraction

    bool operator==(const Quorum &) const = default;
};

// What it takes to reopen an adopted decision.
struct ReopeningConditions
{
    int minimumDays = 0; // since the meeting that adopted it
    std::optional<Fraction> threshold; // share of votes cast needed to reopen; none = any majority
    bool newInformationRequired = false;

    bool operator==(const ReopeningConditions &) const = default;
};

// How one body decides. One per body.
struct DecisionProcedure
{
    Id id = 0;
    Id bodyId = 0;
    DecisionMethod method = DecisionMethod::Majority;
    Fraction threshold{2, 3}; // Supermajority, and the fallback vote when it is one
    int consensusAttempts = 0; // ConsensusThenVote: failed attempts before the vote
    DecisionMethod fallbackMethod = DecisionMethod::Majority; // Majority or Supermajority
    std::optional<Id> delegateBodyId; // Delegated: to this body ...
    bool delegateToLead = false; // ... or to the coalition's lead organization
    VoteBasis basis = VoteBasis::Cast;
    Quorum quorum;
    QList<DecisionArea> areas; // what the body may settle alone
    QList<EscalationStep> escalation; // in order
    int noticeDays = 0; // notice a meeting needs before it may decide
    ReopeningConditions reopening;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const DecisionProcedure &) const = default;
};

// One step in a ground rule's life: the text and status it had from a date.
struct RuleRevision
{
    QDate on;
    RuleStatus status = RuleStatus::Proposed;
    QString text;
    QString note;

    bool operator==(const RuleRevision &) const = default;
};

struct GroundRule
{
    Id id = 0;
    Id coalitionId = 0;
    RuleArea area = RuleArea::Other;
    QString title;
    QString text;
    RuleStatus status = RuleStatus::Proposed;
    std::optional<Id> adoptedByDecisionId;
    QDate reviewOn;
    std::optional<Id> supersedesRuleId;
    QList<RuleRevision> history; // oldest first; kept by the repository
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const GroundRule &) const = default;
};

// A member organization at a meeting, through one of its people (or with no
// person named). An organization may attend through several people; it
// still has one vote.
struct Attendance
{
    Id membershipId = 0;
    std::optional<Id> personId;

    bool operator==(const Attendance &) const = default;
};

struct Meeting
{
    Id id = 0;
    Id bodyId = 0;
    QDateTime startsAt; // local wall-clock time, stored without a zone
    QDate scheduledOn; // when notice was given
    QString location;
    QStringList agenda;
    QList<Attendance> attendance;
    QString minutes;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Meeting &) const = default;
};

struct MemberPosition
{
    Id membershipId = 0;
    VotePosition position = VotePosition::Absent;

    bool operator==(const MemberPosition &) const = default;
};

// A request to look at an adopted decision again, with the vote to reopen.
struct Reopening
{
    QDate on;
    std::optional<Id> meetingId;
    QString reason;
    QString newInformation; // empty when none was brought
    int votesFor = 0;
    int votesCast = 0;

    bool operator==(const Reopening &) const = default;
};

struct Decision
{
    Id id = 0;
    Id meetingId = 0;
    std::optional<Id> procedureId; // none: the meeting's body's procedure
    QString title;
    QString text;
    DecisionArea area = DecisionArea::Other;
    int failedConsensusAttempts = 0; // before this round (ConsensusThenVote)
    QList<MemberPosition> positions;
    DecisionOutcome outcome = DecisionOutcome::Pending; // computed, stored
    QStringList reasons; // computed, stored with the outcome
    DecisionStatus status = DecisionStatus::Proposed;
    QList<Reopening> reopenings; // oldest first
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Decision &) const = default;
};

} // namespace Coalition
