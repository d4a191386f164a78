// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionrepository.h"

#include "auditlog.h"
#include "database.h"
#include "decisionevaluator.h"
#include "domain/jsoncodec.h"
#include "domain/validation.h"
#include "recordstates.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

const QString Entity = u"decision"_s;
const QString SelectColumns
    = u"SELECT id, meeting_id, procedure_id, title, text, area, failed_consensus_attempts, "
      "outcome, status, notes, created_at, updated_at FROM decision "_s;

Decision readDecision(const SqlQuery &q)
{
    Decision d;
    d.id = q.integer(0);
    d.meetingId = q.integer(1);
    d.procedureId = q.optionalId(2);
    d.title = q.text(3);
    d.text = q.text(4);
    d.area = enumFromText<DecisionArea>(q.text(5)).value_or(DecisionArea::Other);
    d.failedConsensusAttempts = static_cast<int>(q.integer(6));
    d.outcome = enumFromText<DecisionOutcome>(q.text(7)).value_or(DecisionOutcome::Pending);
    d.status = enumFromText<DecisionStatus>(q.text(8)).value_or(DecisionStatus::Proposed);
    d.notes = q.text(9);
    d.createdAt = q.timestamp(10);
    d.updatedAt = q.timestamp(11);
    return d;
}

// One position per membership, in membership order (as the table keeps them).
QList<MemberPosition> inMembershipOrder(QList<MemberPosition> positions)
{
    std::stable_sort(positions.begin(), positions.end(),
                     [](const MemberPosition &a, const MemberPosition &b) {
                         return a.membershipId < b.membershipId;
                     });
    return positions;
}

} // namespace

DecisionRepository::DecisionRepository(Database &database, AuditLog &audit)
    : RepositoryBase(database, audit)
{ }

DecisionStatus DecisionRepository::statusFor(DecisionOutcome outcome)
{
    switch (outcome) {
    case DecisionOutcome::Adopted:
        return DecisionStatus::Adopted;
    case DecisionOutcome::Rejected:
    case DecisionOutcome::Blocked:
    case DecisionOutcome::NoQuorum:
        return DecisionStatus::Rejected;
    case DecisionOutcome::Pending:
        break;
    }
    return DecisionStatus::Proposed;
}

Status DecisionRepository::checkReferences(const Decision &decision)
{
    const QSqlDatabase db = m_database.connection();
    SqlQuery meeting(db,
                     u"SELECT b.coalition_id, c.name FROM meeting m "
                     "JOIN body b ON b.id = m.body_id JOIN coalition c ON c.id = b.coalition_id "
                     "WHERE m.id = ?"_s);
    if (Status status = meeting.execWith(decision.meetingId); !status)
        return status;
    if (!meeting.next())
        return Error{
            tr("There is no meeting with number %1.").arg(decision.meetingId), {}, u"meeting"_s};
    const Id coalitionId = meeting.integer(0);
    const QString coalitionName = meeting.text(1);
    meeting.finish();

    if (decision.procedureId) {
        SqlQuery procedure(db,
                           u"SELECT b.coalition_id, b.name FROM decision_procedure p "
                           "JOIN body b ON b.id = p.body_id WHERE p.id = ?"_s);
        if (Status status = procedure.execWith(*decision.procedureId); !status)
            return status;
        if (!procedure.next())
            return Error{
                tr("There is no decision procedure with number %1.").arg(*decision.procedureId),
                {},
                u"procedure"_s};
        if (procedure.integer(0) != coalitionId)
            return Error{tr("The procedure of %1 belongs to another coalition; a decision of %2 "
                            "is taken under one of its own.")
                             .arg(procedure.text(1), coalitionName),
                         {},
                         u"procedure"_s};
    }

    SqlQuery member(db,
                    u"SELECT m.coalition_id, o.name FROM membership m "
                    "JOIN organization o ON o.id = m.organization_id WHERE m.id = ?"_s);
    for (const MemberPosition &p : decision.positions) {
        if (Status status = member.execWith(p.membershipId); !status)
            return status;
        if (!member.next())
            return Error{tr("There is no membership with number %1.").arg(p.membershipId),
                         {},
                         u"positions"_s};
        if (member.integer(0) != coalitionId)
            return Error{tr("%1 is not a member of %2, so it has no position on its decisions.")
                             .arg(member.text(1), coalitionName),
                         {},
                         u"positions"_s};
        member.finish();
    }

    SqlQuery reopenedAt(db,
                        u"SELECT b.coalition_id FROM meeting m JOIN body b ON b.id = m.body_id "
                        "WHERE m.id = ?"_s);
    for (const Reopening &r : decision.reopenings) {
        if (!r.meetingId)
            continue;
        if (Status status = reopenedAt.execWith(*r.meetingId); !status)
            return status;
        if (!reopenedAt.next())
            return Error{
                tr("There is no meeting with number %1.").arg(*r.meetingId), {}, u"reopenings"_s};
        if (reopenedAt.integer(0) != coalitionId)
            return Error{tr("A decision of %1 is reopened at a meeting of its own bodies, not of "
                            "another coalition's.")
                             .arg(coalitionName),
                         {},
                         u"reopenings"_s};
        reopenedAt.finish();
    }
    return {};
}

Status DecisionRepository::computeOutcome(Decision &after, DecisionStatus base,
                                          const Decision *before)
{
    DecisionEvaluator evaluator(m_database, m_audit);
    auto tally = evaluator.evaluate(after);
    if (!tally)
        return tally.error();
    after.outcome = tally->outcome;
    after.reasons = tally->reasons;
    if (base == DecisionStatus::Superseded)
        after.status = DecisionStatus::Superseded;
    else if (base == DecisionStatus::Reopened && before && after.positions == before->positions)
        after.status = DecisionStatus::Reopened;
    else
        after.status = statusFor(after.outcome);
    return {};
}

Result<Id> DecisionRepository::add(const Decision &decision)
{
    Decision d = decision;
    d.positions = inMembershipOrder(decision.positions);
    if (const Problems problems = Validation::check(d); !problems.isEmpty())
        return Validation::toError(problems);
    if (Status status = checkReferences(d); !status)
        return status.error();
    return inTransaction([&] { return insertChecked(d); });
}

Result<Id> DecisionRepository::insertChecked(const Decision &decision, WriteMode mode)
{
    Decision d = decision;
    if (mode == WriteMode::Edit) {
        d.id = 0;
        d.createdAt = d.updatedAt = now();
        d.positions = inMembershipOrder(decision.positions);
        if (Status status = computeOutcome(d, d.status, nullptr); !status)
            return status.error();
    }
    SqlQuery &insert = m_database.cachedStatement(
        u"INSERT INTO decision (id, meeting_id, procedure_id, title, text, area, "
        "failed_consensus_attempts, outcome, status, notes, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    auto id = insert.scalarWith(d.id > 0 ? QVariant(d.id) : QVariant(), d.meetingId, d.procedureId,
                                d.title, d.text, enumKey(d.area), d.failedConsensusAttempts,
                                enumKey(d.outcome), enumKey(d.status), d.notes, d.createdAt,
                                d.updatedAt);
    if (!id)
        return id.error();
    d.id = id->toLongLong();
    if (Status status = writeChildren(d, false); !status)
        return status.error();
    if (mode == WriteMode::Edit) {
        if (Status status = m_audit.recordCreated(Entity, d.id, JsonCodec::toJson(d)); !status)
            return status.error();
    }
    return d.id;
}

Status DecisionRepository::overwrite(const Decision &decision)
{
    if (decision.id <= 0)
        return Error{tr("A record to restore needs its number."), {}, {}};
    SqlQuery &update = m_database.cachedStatement(
        u"UPDATE decision SET meeting_id = ?, procedure_id = ?, title = ?, text = ?, area = ?, "
        "failed_consensus_attempts = ?, outcome = ?, status = ?, notes = ?, created_at = ?, "
        "updated_at = ? WHERE id = ?"_s);
    const Decision &d = decision;
    if (Status status = update.execWith(
            d.meetingId, d.procedureId, d.title, d.text, enumKey(d.area), d.failedConsensusAttempts,
            enumKey(d.outcome), enumKey(d.status), d.notes, d.createdAt, d.updatedAt, d.id);
        !status)
        return status;
    if (update.numRowsAffected() > 0)
        return writeChildren(d, true);
    auto id = insertChecked(d, WriteMode::Restore);
    return id ? Status() : Status(id.error());
}

Status DecisionRepository::writeChildren(const Decision &d, bool replace)
{
    if (replace) {
        for (const QString &table :
             {u"decision_position"_s, u"decision_reason"_s, u"decision_reopening"_s}) {
            // Table names come from the list above, never from input.
            SqlQuery &clear = m_database.cachedStatement(u"DELETE FROM "_s + table
                                                         + u" WHERE decision_id = ?"_s);
            if (Status status = clear.execWith(d.id); !status)
                return status;
        }
    }
    SqlQuery &position = m_database.cachedStatement(
        u"INSERT INTO decision_position (decision_id, membership_id, position) VALUES (?, ?, ?)"_s);
    for (const MemberPosition &p : d.positions) {
        if (Status status = position.execWith(d.id, p.membershipId, enumKey(p.position)); !status)
            return status;
    }
    SqlQuery &reason = m_database.cachedStatement(
        u"INSERT INTO decision_reason (decision_id, position, text) VALUES (?, ?, ?)"_s);
    for (qsizetype i = 0; i < d.reasons.size(); ++i) {
        if (Status status = reason.execWith(d.id, static_cast<qint64>(i), d.reasons.at(i)); !status)
            return status;
    }
    SqlQuery &reopening = m_database.cachedStatement(
        u"INSERT INTO decision_reopening (decision_id, position, reopened_on, meeting_id, reason, "
        "new_information, votes_for, votes_cast) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < d.reopenings.size(); ++i) {
        const Reopening &r = d.reopenings.at(i);
        if (Status status = reopening.execWith(d.id, static_cast<qint64>(i), r.on, r.meetingId,
                                               r.reason, r.newInformation, r.votesFor, r.votesCast);
            !status)
            return status;
    }
    return {};
}

Status DecisionRepository::storeFields(Decision after, const Decision &before,
                                       std::optional<DecisionStatus> forced)
{
    after.positions = inMembershipOrder(after.positions);
    if (const Problems problems = Validation::check(after); !problems.isEmpty())
        return Validation::toError(problems);
    if (Status status = checkReferences(after); !status)
        return status;
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    if (Status status = computeOutcome(after, before.status, &before); !status)
        return status;
    if (forced)
        after.status = *forced;
    SqlQuery query(m_database.connection(),
                   u"UPDATE decision SET meeting_id = ?, procedure_id = ?, title = ?, text = ?, "
                   "area = ?, failed_consensus_attempts = ?, outcome = ?, status = ?, notes = ?, "
                   "updated_at = ? WHERE id = ?"_s);
    if (Status status
        = query.execWith(after.meetingId, after.procedureId, after.title, after.text,
                         enumKey(after.area), after.failedConsensusAttempts, enumKey(after.outcome),
                         enumKey(after.status), after.notes, after.updatedAt, after.id);
        !status)
        return status;
    if (Status status = writeChildren(after, true); !status)
        return status;
    if (Status status = m_audit.recordChanges(Entity, after.id, JsonCodec::toJson(before),
                                              JsonCodec::toJson(after));
        !status)
        return status;
    return transaction.commit();
}

Status DecisionRepository::update(const Decision &decision)
{
    auto before = get(decision.id);
    if (!before)
        return before.error();
    Decision after = decision;
    after.createdAt = before->createdAt;
    after.updatedAt = now();
    after.status = before->status;
    after.reopenings = before->reopenings;
    return storeFields(after, *before);
}

Status DecisionRepository::setPositions(Id decisionId, const QList<MemberPosition> &positions)
{
    auto before = get(decisionId);
    if (!before)
        return before.error();
    Decision after = *before;
    after.positions = positions;
    after.updatedAt = now();
    return storeFields(after, *before);
}

Status DecisionRepository::setPosition(Id decisionId, Id membershipId, VotePosition position)
{
    auto before = get(decisionId);
    if (!before)
        return before.error();
    Decision after = *before;
    after.positions.removeIf(
        [membershipId](const MemberPosition &p) { return p.membershipId == membershipId; });
    if (position != VotePosition::Absent)
        after.positions.append({membershipId, position});
    after.updatedAt = now();
    return storeFields(after, *before);
}

Status DecisionRepository::reopen(Id decisionId, const Reopening &reopening)
{
    auto before = get(decisionId);
    if (!before)
        return before.error();
    if (before->status != DecisionStatus::Adopted)
        return Error{tr("Only an adopted decision can be reopened; “%1” is %2.")
                         .arg(before->title, enumLabel(before->status).toLower()),
                     {},
                     u"status"_s};
    if (!reopening.on.isValid())
        return Error{tr("Give the date the decision was reopened."), {}, u"date"_s};
    Decision after = *before;
    after.reopenings.append(reopening);
    after.updatedAt = now();
    return storeFields(after, *before, DecisionStatus::Reopened);
}

Status DecisionRepository::setStatus(Id decisionId, DecisionStatus status)
{
    auto before = get(decisionId);
    if (!before)
        return before.error();
    if (status == DecisionStatus::Reopened)
        return Error{tr("Reopen a decision with the date, the reason and the vote to reopen it."),
                     {},
                     u"status"_s};
    Decision after = *before;
    after.updatedAt = now();
    if (status == DecisionStatus::Superseded)
        return storeFields(after, *before, DecisionStatus::Superseded);
    // Lifting "superseded" (or "reopened"): the status follows the outcome again.
    Decision retallied = *before;
    if (Status computed = computeOutcome(retallied, DecisionStatus::Proposed, nullptr); !computed)
        return computed;
    if (retallied.status != status)
        return Error{tr("The status of “%1” follows its outcome, which makes it %2, not %3.")
                         .arg(before->title, enumLabel(retallied.status).toLower(),
                              enumLabel(status).toLower()),
                     {},
                     u"status"_s};
    return storeFields(after, *before, status);
}

Status DecisionRepository::storeOutcome(const Decision &before)
{
    Decision after = before;
    if (Status status = computeOutcome(after, before.status, &before); !status)
        return status;
    if (after.outcome == before.outcome && after.reasons == before.reasons
        && after.status == before.status)
        return {};
    after.updatedAt = now();
    SqlQuery &query = m_database.cachedStatement(
        u"UPDATE decision SET outcome = ?, status = ?, updated_at = ? WHERE id = ?"_s);
    if (Status status
        = query.execWith(enumKey(after.outcome), enumKey(after.status), after.updatedAt, after.id);
        !status)
        return status;
    if (Status status = writeChildren(after, true); !status)
        return status;
    return m_audit.recordChanges(Entity, after.id, JsonCodec::toJson(before),
                                 JsonCodec::toJson(after));
}

Status DecisionRepository::reevaluateMeeting(Id meetingId)
{
    auto decisions = listForMeeting(meetingId);
    if (!decisions)
        return decisions.error();
    for (const Decision &decision : std::as_const(*decisions)) {
        if (Status status = storeOutcome(decision); !status)
            return status;
    }
    return {};
}

Status DecisionRepository::reevaluate(Id decisionId)
{
    auto before = get(decisionId);
    if (!before)
        return before.error();
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    if (Status status = storeOutcome(*before); !status)
        return status;
    return transaction.commit();
}

Status DecisionRepository::remove(Id id)
{
    if (auto before = get(id); !before)
        return before.error();
    // Removed as undo would remove it: the rules it adopted are cleared; each of those
    // records is audited too.
    RecordStateStore states(m_database, m_audit);
    return states.apply({RecordState{{RecordKind::Decision, id}, std::nullopt}});
}

Result<QList<Decision>> DecisionRepository::select(const QString &where, const QVariant &value,
                                                   const QString &order)
{
    SqlQuery query(m_database.connection(), SelectColumns + where + order);
    if (value.isValid())
        query.bind(0, value);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<Decision> result;
    QHash<Id, qsizetype> index;
    while (query.next()) {
        index.insert(query.integer(0), result.size());
        result.append(readDecision(query));
    }
    query.finish();
    if (result.isEmpty())
        return result;
    // where is one of this file's constants, never input.
    const QString chosen = u" WHERE decision_id IN (SELECT id FROM decision "_s + where + u") "_s;
    const auto run = [&value](SqlQuery &q) {
        if (value.isValid())
            q.bind(0, value);
        return q.exec();
    };
    SqlQuery positions(m_database.connection(),
                       u"SELECT decision_id, membership_id, position FROM decision_position"_s
                           + chosen + u"ORDER BY decision_id, membership_id"_s);
    if (Status status = run(positions); !status)
        return status.error();
    while (positions.next()) {
        if (const auto it = index.constFind(positions.integer(0)); it != index.cend())
            result[*it].positions.append(
                {positions.integer(1),
                 enumFromText<VotePosition>(positions.text(2)).value_or(VotePosition::Absent)});
    }
    SqlQuery reasons(m_database.connection(),
                     u"SELECT decision_id, text FROM decision_reason"_s + chosen
                         + u"ORDER BY decision_id, position"_s);
    if (Status status = run(reasons); !status)
        return status.error();
    while (reasons.next()) {
        if (const auto it = index.constFind(reasons.integer(0)); it != index.cend())
            result[*it].reasons.append(reasons.text(1));
    }
    SqlQuery reopenings(m_database.connection(),
                        u"SELECT decision_id, reopened_on, meeting_id, reason, new_information, "
                        "votes_for, votes_cast FROM decision_reopening"_s
                            + chosen + u"ORDER BY decision_id, position"_s);
    if (Status status = run(reopenings); !status)
        return status.error();
    while (reopenings.next()) {
        if (const auto it = index.constFind(reopenings.integer(0)); it != index.cend()) {
            Reopening r;
            r.on = reopenings.date(1);
            r.meetingId = reopenings.optionalId(2);
            r.reason = reopenings.text(3);
            r.newInformation = reopenings.text(4);
            r.votesFor = static_cast<int>(reopenings.integer(5));
            r.votesCast = static_cast<int>(reopenings.integer(6));
            result[*it].reopenings.append(r);
        }
    }
    return result;
}

Result<Decision> DecisionRepository::get(Id id)
{
    auto found = select(u"WHERE id = ?"_s, id, {});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(tr("decision"), id);
    return found->first();
}

Result<QList<Decision>> DecisionRepository::listForMeeting(Id meetingId)
{
    return select(u"WHERE meeting_id = ?"_s, meetingId, u" ORDER BY id"_s);
}

Result<QList<Decision>> DecisionRepository::listForCoalition(Id coalitionId)
{
    return select(
        u"WHERE meeting_id IN (SELECT m.id FROM meeting m JOIN body b "
        "ON b.id = m.body_id WHERE b.coalition_id = ?)"_s,
        coalitionId,
        u" ORDER BY (SELECT starts_at FROM meeting WHERE meeting.id = decision.meeting_id), "
        "id"_s);
}

Result<QList<Decision>> DecisionRepository::list()
{
    return select({}, {}, u" ORDER BY id"_s);
}

} // namespace Coalition
