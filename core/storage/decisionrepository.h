// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/governance.h"
#include "repositorybase.h"

namespace Coalition {

// Stores decisions with each member's position, the computed outcome and its
// reasons, the status and the reopen history. Every edit re-tallies the
// decision (DecisionEvaluator) and stores the outcome with it; the status
// follows the outcome (adopted -> adopted; rejected, blocked, no quorum ->
// rejected; pending -> proposed), except that a superseded decision stays
// superseded and a reopened one stays reopened until its positions change.
// Positions are kept one per membership, in membership-id order.
class DecisionRepository final : public RepositoryBase
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::DecisionRepository)

public:
    DecisionRepository(Database &database, AuditLog &audit);
    Q_DISABLE_COPY_MOVE(DecisionRepository)

    // The outcome, reasons and status given are ignored (computed); a status of
    // Superseded is kept.
    Result<Id> add(const Decision &decision);
    // Changes the fields and positions. The status and the reopen history are
    // the repository's to keep (setStatus, reopen); outcome and reasons are
    // recomputed.
    Status update(const Decision &decision);
    Status setPositions(Id decisionId, const QList<MemberPosition> &positions);
    // Records one member's position (Absent removes it), leaving the others.
    Status setPosition(Id decisionId, Id membershipId, VotePosition position);
    // Reopens an adopted decision: appends to the reopen history and sets the
    // status to Reopened. The reopening conditions are not enforced here (the
    // procedural checks report a reopening that did not meet them).
    Status reopen(Id decisionId, const Reopening &reopening);
    // Superseded marks the decision superseded; Proposed, Adopted or Rejected
    // lift that and must be what the outcome gives; Reopened goes through reopen().
    Status setStatus(Id decisionId, DecisionStatus status);
    // Re-tallies a stored decision (after its procedure or body changed) and
    // stores the outcome when it differs, audited.
    Status reevaluate(Id decisionId);
    Status remove(Id id);

    Result<Decision> get(Id id);
    Result<QList<Decision>> listForMeeting(Id meetingId); // ordered by id
    // Ordered by the meeting's start, then id.
    Result<QList<Decision>> listForCoalition(Id coalitionId);
    Result<QList<Decision>> list();

    // Edit: recomputes outcome, reasons and status, then stores and audits.
    // Restore: stores exactly as given. Must run inside a transaction.
    Result<Id> insertChecked(const Decision &decision, WriteMode mode = WriteMode::Edit);
    // Writes the record exactly as given (id, times, positions, outcome,
    // reasons, reopenings), over the row with its id or as a new row with that
    // id. No validation, no audit, no re-tally; must run inside a transaction.
    Status overwrite(const Decision &decision);
    // Checks that need the database: the meeting exists; a procedure given
    // belongs to a body of the same coalition; positions' memberships and
    // reopenings' meetings belong to that coalition.
    Status checkReferences(const Decision &decision);

    // Re-tallies every decision of the meeting and stores those whose
    // outcome, reasons or status changed, audited. Must run inside a
    // transaction (MeetingRepository calls it after a change of attendance).
    Status reevaluateMeeting(Id meetingId);

    // The status an outcome gives (Pending -> Proposed ...).
    static DecisionStatus statusFor(DecisionOutcome outcome);

private:
    // Re-tallies `after` and sets its outcome, reasons and status: the status
    // follows the outcome unless `base` is Superseded, or Reopened with the
    // positions of `before` unchanged.
    Status computeOutcome(Decision &after, DecisionStatus base, const Decision *before);
    Status writeChildren(const Decision &decision, bool replace);
    // Validates, re-tallies and stores `after` over `before`, audited, in a
    // transaction; `forced` overrides the status the outcome gives.
    Status storeFields(Decision after, const Decision &before,
                       std::optional<DecisionStatus> forced = std::nullopt);
    // Stores a re-tally of `before` when it changes anything. In a transaction.
    Status storeOutcome(const Decision &before);
    Result<QList<Decision>> select(const QString &where, const QVariant &value,
                                   const QString &order);
};

} // namespace Coalition
