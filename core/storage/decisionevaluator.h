// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/governance.h"
#include "result.h"
#include "rules/decisiontally.h"

#include <QCoreApplication>

namespace Coalition {

class AuditLog;
class Database;

// Gathers from the workspace what the tally of one decision needs (the
// procedure that counts, the body's voting members on the meeting's date,
// attendance, positions, member names) and runs DecisionTallier on it.
// Voting members: for the full membership, the coalition's voting-member
// memberships active on that date; for another body, its voting seats held by
// such memberships. A membership's status on a date is the last change of its
// history on or before it; before its first recorded change, it was not yet a
// member if it joined after the date, and otherwise had its earliest recorded
// status (a record entered after the fact starts its history late).
// Reads only; it never writes.
class DecisionEvaluator final
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::DecisionEvaluator)

public:
    DecisionEvaluator(Database &database, AuditLog &audit);
    Q_DISABLE_COPY_MOVE(DecisionEvaluator)

    // The tally of a decision as given, stored or not (the desktop shows the
    // live outcome while positions change). Only meetingId, procedureId,
    // positions and failedConsensusAttempts are read from it. A body without a
    // procedure gives a Pending outcome with a reason saying so.
    Result<DecisionTally> evaluate(const Decision &draft);
    Result<DecisionTally> evaluate(Id decisionId);

    // The facts evaluate() counts, or nothing when the body has no procedure.
    Result<std::optional<DecisionFacts>> facts(const Decision &draft);

    // Membership ids of the voting members of a body on a date, in id order.
    Result<QList<Id>> votingMembers(Id bodyId, const QDate &on);

    // A membership's status on a date, from its history; nothing when it had
    // not yet joined then.
    static std::optional<MembershipStatus> statusOn(const Membership &membership, const QDate &on);

private:
    Database &m_database;
    AuditLog &m_audit;
};

} // namespace Coalition
