// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionevaluator.h"

#include "bodyrepository.h"
#include "database.h"
#include "decisionrepository.h"
#include "meetingrepository.h"
#include "membershiprepository.h"
#include "procedurerepository.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

QList<Id> votingMembersOf(const Body &body, const QList<Membership> &memberships, const QDate &on)
{
    const auto votes = [&on](const Membership &m) {
        return m.kind == MembershipKind::VotingMember
            && DecisionEvaluator::statusOn(m, on) == MembershipStatus::Active;
    };
    QList<Id> result;
    if (body.kind == BodyKind::FullMembership) {
        for (const Membership &m : memberships) {
            if (votes(m))
                result.append(m.id);
        }
    } else {
        for (const BodySeat &seat : body.seats) {
            if (!seat.voting)
                continue;
            const auto it
                = std::find_if(memberships.cbegin(), memberships.cend(),
                               [&seat](const Membership &m) { return m.id == seat.membershipId; });
            if (it != memberships.cend() && votes(*it))
                result.append(it->id);
        }
    }
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace

DecisionEvaluator::DecisionEvaluator(Database &database, AuditLog &audit)
    : m_database(database)
    , m_audit(audit)
{ }

std::optional<MembershipStatus> DecisionEvaluator::statusOn(const Membership &membership,
                                                            const QDate &on)
{
    std::optional<MembershipStatus> status;
    for (const StatusChange &change : membership.history) {
        if (change.on.isValid() && change.on <= on)
            status = change.status;
    }
    if (status)
        return status;
    // No change recorded by then. A member known to have joined later was not
    // one yet; otherwise the history simply starts after the date (records
    // entered after the fact), and the earliest status on record is the best
    // evidence of what it was.
    if (membership.joinedOn.isValid() && membership.joinedOn > on)
        return std::nullopt;
    if (!membership.history.isEmpty())
        return membership.history.constFirst().status;
    return membership.status;
}

Result<QList<Id>> DecisionEvaluator::votingMembers(Id bodyId, const QDate &on)
{
    BodyRepository bodies(m_database, m_audit);
    MembershipRepository memberships(m_database, m_audit);
    auto body = bodies.get(bodyId);
    if (!body)
        return body.error();
    auto members = memberships.listForCoalition(body->coalitionId);
    if (!members)
        return members.error();
    return votingMembersOf(*body, *members, on);
}

Result<std::optional<DecisionFacts>> DecisionEvaluator::facts(const Decision &draft)
{
    BodyRepository bodies(m_database, m_audit);
    ProcedureRepository procedures(m_database, m_audit);
    MeetingRepository meetings(m_database, m_audit);
    MembershipRepository memberships(m_database, m_audit);

    Transaction snapshot(m_database, Transaction::Kind::Read);
    if (!snapshot.isActive())
        return snapshot.status().error();
    auto meeting = meetings.get(draft.meetingId);
    if (!meeting)
        return meeting.error();
    auto body = bodies.get(meeting->bodyId);
    if (!body)
        return body.error();
    std::optional<DecisionProcedure> procedure;
    if (draft.procedureId) {
        auto chosen = procedures.get(*draft.procedureId);
        if (!chosen)
            return chosen.error();
        procedure = *chosen;
    } else {
        auto own = procedures.forBody(body->id);
        if (!own)
            return own.error();
        procedure = *own;
    }
    if (!procedure)
        return std::optional<DecisionFacts>();

    DecisionFacts facts;
    Body counting = *body;
    // A body that delegates decides through its delegate's procedure and members.
    QSet<Id> visited{body->id};
    while (procedure->method == DecisionMethod::Delegated && procedure->delegateBodyId) {
        auto delegate = bodies.get(*procedure->delegateBodyId);
        if (!delegate)
            return delegate.error();
        if (visited.contains(delegate->id))
            return Error{tr("%1 delegates its decisions in a circle back to %2; the decision "
                            "cannot be counted until one body in the chain decides itself.")
                             .arg(body->name, delegate->name),
                         {},
                         u"procedure"_s};
        visited.insert(delegate->id);
        auto delegated = procedures.forBody(delegate->id);
        if (!delegated)
            return delegated.error();
        if (!*delegated)
            return std::optional<DecisionFacts>();
        if (facts.delegatedFrom.isEmpty())
            facts.delegatedFrom = body->name;
        counting = *delegate;
        procedure = **delegated;
    }

    auto members = memberships.listForCoalition(body->coalitionId);
    if (!members)
        return members.error();
    SqlQuery names(m_database.connection(),
                   u"SELECT m.id, o.name FROM membership m "
                   "JOIN organization o ON o.id = m.organization_id WHERE m.coalition_id = ?"_s);
    if (Status status = names.execWith(body->coalitionId); !status)
        return status.error();
    while (names.next())
        facts.memberNames.insert(names.integer(0), names.text(1));
    names.finish();

    if (procedure->method == DecisionMethod::Delegated && procedure->delegateToLead) {
        SqlQuery lead(m_database.connection(),
                      u"SELECT m.id, o.name FROM coalition c "
                      "JOIN organization o ON o.id = c.lead_organization_id "
                      "LEFT JOIN membership m ON m.coalition_id = c.id "
                      "AND m.organization_id = o.id WHERE c.id = ?"_s);
        if (Status status = lead.execWith(body->coalitionId); !status)
            return status.error();
        if (lead.next()) {
            facts.leadMembershipId = lead.optionalId(0);
            facts.leadName = lead.text(1);
        }
    }

    facts.bodyName = counting.name;
    facts.procedure = *procedure;
    facts.votingMembers = votingMembersOf(counting, *members, meeting->startsAt.date());
    facts.attendance = meeting->attendance;
    facts.positions = draft.positions;
    facts.failedConsensusAttempts = draft.failedConsensusAttempts;
    if (Status status = snapshot.commit(); !status)
        return status.error();
    return std::optional<DecisionFacts>(std::move(facts));
}

Result<DecisionTally> DecisionEvaluator::evaluate(const Decision &draft)
{
    auto gathered = facts(draft);
    if (!gathered)
        return gathered.error();
    if (*gathered)
        return DecisionTallier::tally(**gathered);

    // Say which body lacks the procedure: the meeting's own, or its delegate.
    QString bodyName;
    {
        SqlQuery body(m_database.connection(),
                      u"SELECT b.name FROM meeting m JOIN body b ON b.id = m.body_id "
                      "WHERE m.id = ?"_s);
        if (Status status = body.execWith(draft.meetingId); !status)
            return status.error();
        if (body.next())
            bodyName = body.text(0);
    }
    DecisionTally tally;
    tally.outcome = DecisionOutcome::Pending;
    tally.reasons.append(tr("%1 has no decision procedure (or delegates to a body that has "
                            "none), so the positions cannot be counted yet.")
                             .arg(bodyName));
    return tally;
}

Result<DecisionTally> DecisionEvaluator::evaluate(Id decisionId)
{
    DecisionRepository decisions(m_database, m_audit);
    auto decision = decisions.get(decisionId);
    if (!decision)
        return decision.error();
    return evaluate(*decision);
}

} // namespace Coalition
