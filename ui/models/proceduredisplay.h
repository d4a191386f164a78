// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/governance.h"

#include <QHash>
#include <QString>

namespace Coalition::Ui::ProcedureDisplay {

// How the Governance page puts a body's decision procedure into words: a
// one-line summary for the list of bodies, and the plain explanation of each
// option that the procedure editor shows as the choices change. A count of
// voting members below 0 means it is not known; the texts then leave out the
// numbers it would give.

// The names a procedure refers to: the bodies it may delegate to, and the
// coalition's lead organization (empty when it has none).
struct Names
{
    QHash<Id, QString> bodies;
    QString lead;
};

// "Simple majority", "Supermajority of 2/3", "Consensus, then a majority vote
// after 2 attempts", "Delegated to Steering Committee".
QString methodText(const DecisionProcedure &procedure, const Names &names);
// "quorum: more than half", "quorum: 6 members", "no quorum".
QString quorumText(const Quorum &quorum);
// "7 days' notice", "no notice needed".
QString noticeText(int days);
// The three above joined with " · ".
QString summary(const DecisionProcedure &procedure, const Names &names);

// The method a vote is counted by under this procedure: the fallback vote
// for consensus-then-vote, nothing for consensus and delegation.
std::optional<DecisionMethod> votingMethod(const DecisionProcedure &procedure);

QString explainMethod(const DecisionProcedure &procedure, const Names &names);
QString explainThreshold(const Fraction &threshold, VoteBasis basis, int members);
QString explainBasis(VoteBasis basis, DecisionMethod method, const Fraction &threshold,
                     int members);
QString explainQuorum(const Quorum &quorum, int members);
QString explainAreas(const QList<DecisionArea> &areas, bool fullMembership);
QString explainEscalation(const QList<EscalationStep> &steps);
QString explainNotice(int days);
QString explainReopening(const ReopeningConditions &reopening);

// Voting members needed for `fraction` of `members`, rounded up.
qint64 shareNeeded(const Fraction &fraction, qint64 members);

} // namespace Coalition::Ui::ProcedureDisplay
