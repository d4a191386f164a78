// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON form of the governance records (JsonCodec::toJson and fromJson).
#include "jsoncodec.h"

#include "jsonreader.h"
#include "jsonwriter.h"
#include "timestamps.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Coalition::JsonCodec {

namespace {

const QString LocalTimeFormat = u"yyyy-MM-dd'T'HH:mm"_s;

QJsonValue localTimeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toString(LocalTimeFormat))
                          : QJsonValue(QJsonValue::Null);
}

template<typename E>
QJsonArray enumArray(const QList<E> &values)
{
    QJsonArray result;
    for (const E value : values)
        result.append(enumKey(value));
    return result;
}

} // namespace

QJsonObject toJson(const Body &b)
{
    QJsonArray seats;
    for (const BodySeat &seat : b.seats)
        seats.append(QJsonObject{{u"membership_id"_s, seat.membershipId},
                                 {u"role"_s, seat.role},
                                 {u"voting"_s, seat.voting}});
    return QJsonObject{
        {u"id"_s, b.id},
        {u"coalition_id"_s, b.coalitionId},
        {u"kind"_s, enumKey(b.kind)},
        {u"name"_s, b.name},
        {u"purpose"_s, b.purpose},
        {u"seats"_s, seats},
        {u"notes"_s, b.notes},
        {u"created_at"_s, timestampValue(b.createdAt)},
        {u"updated_at"_s, timestampValue(b.updatedAt)},
    };
}

QJsonObject toJson(const DecisionProcedure &p)
{
    return QJsonObject{
        {u"id"_s, p.id},
        {u"body_id"_s, p.bodyId},
        {u"method"_s, enumKey(p.method)},
        {u"threshold"_s, p.threshold.toString()},
        {u"consensus_attempts"_s, p.consensusAttempts},
        {u"fallback_method"_s, enumKey(p.fallbackMethod)},
        {u"delegate_body_id"_s, idValue(p.delegateBodyId)},
        {u"delegate_to_lead"_s, p.delegateToLead},
        {u"basis"_s, enumKey(p.basis)},
        {u"quorum"_s,
         QJsonObject{{u"kind"_s, enumKey(p.quorum.kind)},
                     {u"count"_s, p.quorum.count},
                     {u"fraction"_s, p.quorum.fraction.toString()}}},
        {u"areas"_s, enumArray(p.areas)},
        {u"escalation"_s, enumArray(p.escalation)},
        {u"notice_days"_s, p.noticeDays},
        {u"reopening"_s,
         QJsonObject{{u"minimum_days"_s, p.reopening.minimumDays},
                     {u"threshold"_s,
                      p.reopening.threshold ? QJsonValue(p.reopening.threshold->toString())
                                            : QJsonValue(QJsonValue::Null)},
                     {u"new_information_required"_s, p.reopening.newInformationRequired}}},
        {u"notes"_s, p.notes},
        {u"created_at"_s, timestampValue(p.createdAt)},
        {u"updated_at"_s, timestampValue(p.updatedAt)},
    };
}

QJsonObject toJson(const GroundRule &g)
{
    QJsonArray history;
    for (const RuleRevision &revision : g.history)
        history.append(QJsonObject{{u"on"_s, dateValue(revision.on)},
                                   {u"status"_s, enumKey(revision.status)},
                                   {u"text"_s, revision.text},
                                   {u"note"_s, revision.note}});
    return QJsonObject{
        {u"id"_s, g.id},
        {u"coalition_id"_s, g.coalitionId},
        {u"area"_s, enumKey(g.area)},
        {u"title"_s, g.title},
        {u"text"_s, g.text},
        {u"status"_s, enumKey(g.status)},
        {u"adopted_by_decision_id"_s, idValue(g.adoptedByDecisionId)},
        {u"review_on"_s, dateValue(g.reviewOn)},
        {u"supersedes_rule_id"_s, idValue(g.supersedesRuleId)},
        {u"history"_s, history},
        {u"notes"_s, g.notes},
        {u"created_at"_s, timestampValue(g.createdAt)},
        {u"updated_at"_s, timestampValue(g.updatedAt)},
    };
}

QJsonObject toJson(const Meeting &m)
{
    QJsonArray attendance;
    for (const Attendance &a : m.attendance)
        attendance.append(QJsonObject{{u"membership_id"_s, a.membershipId},
                                      {u"person_id"_s, idValue(a.personId)}});
    return QJsonObject{
        {u"id"_s, m.id},
        {u"body_id"_s, m.bodyId},
        {u"starts_at"_s, localTimeValue(m.startsAt)},
        {u"scheduled_on"_s, dateValue(m.scheduledOn)},
        {u"location"_s, m.location},
        {u"agenda"_s, QJsonArray::fromStringList(m.agenda)},
        {u"attendance"_s, attendance},
        {u"minutes"_s, m.minutes},
        {u"notes"_s, m.notes},
        {u"created_at"_s, timestampValue(m.createdAt)},
        {u"updated_at"_s, timestampValue(m.updatedAt)},
    };
}

QJsonObject toJson(const Decision &d)
{
    QJsonArray positions;
    for (const MemberPosition &p : d.positions)
        positions.append(QJsonObject{{u"membership_id"_s, p.membershipId},
                                     {u"position"_s, enumKey(p.position)}});
    QJsonArray reopenings;
    for (const Reopening &r : d.reopenings)
        reopenings.append(QJsonObject{{u"on"_s, dateValue(r.on)},
                                      {u"meeting_id"_s, idValue(r.meetingId)},
                                      {u"reason"_s, r.reason},
                                      {u"new_information"_s, r.newInformation},
                                      {u"votes_for"_s, r.votesFor},
                                      {u"votes_cast"_s, r.votesCast}});
    return QJsonObject{
        {u"id"_s, d.id},
        {u"meeting_id"_s, d.meetingId},
        {u"procedure_id"_s, idValue(d.procedureId)},
        {u"title"_s, d.title},
        {u"text"_s, d.text},
        {u"area"_s, enumKey(d.area)},
        {u"failed_consensus_attempts"_s, d.failedConsensusAttempts},
        {u"positions"_s, positions},
        {u"outcome"_s, enumKey(d.outcome)},
        {u"reasons"_s, QJsonArray::fromStringList(d.reasons)},
        {u"status"_s, enumKey(d.status)},
        {u"reopenings"_s, reopenings},
        {u"notes"_s, d.notes},
        {u"created_at"_s, timestampValue(d.createdAt)},
        {u"updated_at"_s, timestampValue(d.updatedAt)},
    };
}

bool fromJson(const QJsonObject &object, Body *out, Problems *problems, const QString &path)
{
    const Reader r(object, problems, path);
    Body b;
    b.id = r.id(u"id"_s);
    b.coalitionId = r.id(u"coalition_id"_s);
    b.kind = r.enumeration(u"kind"_s, BodyKind::Committee);
    b.name = r.text(u"name"_s, true);
    b.purpose = r.text(u"purpose"_s);
    readItems(r, path, u"seats"_s, [&b](const Reader &item) {
        BodySeat seat;
        seat.membershipId = item.id(u"membership_id"_s);
        seat.role = item.text(u"role"_s);
        seat.voting = item.has(u"voting"_s) ? item.boolean(u"voting"_s) : true;
        b.seats.append(seat);
    });
    b.notes = r.text(u"notes"_s);
    b.createdAt = r.timestamp(u"created_at"_s);
    b.updatedAt = r.timestamp(u"updated_at"_s);
    r.rejectUnknownKeys();
    if (out)
        *out = b;
    return !r.failed();
}

bool fromJson(const QJsonObject &object, DecisionProcedure *out, Problems *problems,
              const QString &path)
{
    const Reader r(object, problems, path);
    DecisionProcedure p;
    p.id = r.id(u"id"_s);
    p.bodyId = r.id(u"body_id"_s);
    p.method = r.enumeration(u"method"_s, DecisionMethod::Majority);
    p.threshold = r.fraction(u"threshold"_s, false).value_or(Fraction{2, 3});
    p.consensusAttempts = r.integer(u"consensus_attempts"_s);
    p.fallbackMethod = r.enumeration(u"fallback_method"_s, DecisionMethod::Majority, false);
    p.delegateBodyId = r.optionalId(u"delegate_body_id"_s);
    p.delegateToLead = r.boolean(u"delegate_to_lead"_s);
    p.basis = r.enumeration(u"basis"_s, VoteBasis::Cast, false);
    const Reader quorum(r.object(u"quorum"_s), problems, r.field(u"quorum"_s));
    p.quorum.kind = quorum.enumeration(u"kind"_s, QuorumKind::None, false);
    p.quorum.count = quorum.integer(u"count"_s);
    p.quorum.fraction = quorum.fraction(u"fraction"_s, false).value_or(Fraction{1, 2});
    quorum.rejectUnknownKeys();
    r.merge(quorum);
    p.areas = r.enumerations<DecisionArea>(u"areas"_s);
    p.escalation = r.enumerations<EscalationStep>(u"escalation"_s);
    p.noticeDays = r.integer(u"notice_days"_s);
    const Reader reopening(r.object(u"reopening"_s), problems, r.field(u"reopening"_s));
    p.reopening.minimumDays = reopening.integer(u"minimum_days"_s);
    p.reopening.threshold = reopening.fraction(u"threshold"_s, false);
    p.reopening.newInformationRequired = reopening.boolean(u"new_information_required"_s);
    reopening.rejectUnknownKeys();
    r.merge(reopening);
    p.notes = r.text(u"notes"_s);
    p.createdAt = r.timestamp(u"created_at"_s);
    p.updatedAt = r.timestamp(u"updated_at"_s);
    r.rejectUnknownKeys();
    if (out)
        *out = p;
    return !r.failed();
}

bool fromJson(const QJsonObject &object, GroundRule *out, Problems *problems, const QString &path)
{
    const Reader r(object, problems, path);
    GroundRule g;
    g.id = r.id(u"id"_s);
    g.coalitionId = r.id(u"coalition_id"_s);
    g.area = r.enumeration(u"area"_s, RuleArea::Other);
    g.title = r.text(u"title"_s, true);
    g.text = r.text(u"text"_s);
    g.status = r.enumeration(u"status"_s, RuleStatus::Proposed);
    g.adoptedByDecisionId = r.optionalId(u"adopted_by_decision_id"_s);
    g.reviewOn = r.date(u"review_on"_s);
    g.supersedesRuleId = r.optionalId(u"supersedes_rule_id"_s);
    readItems(r, path, u"history"_s, [&g](const Reader &item) {
        RuleRevision revision;
        revision.on = item.date(u"on"_s);
        if (!revision.on.isValid() && !item.failed())
            item.problem(u"on"_s, tr("This field is required."));
        revision.status = item.enumeration(u"status"_s, RuleStatus::Proposed);
        revision.text = item.text(u"text"_s);
        revision.note = item.text(u"note"_s);
        g.history.append(revision);
    });
    g.notes = r.text(u"notes"_s);
    g.createdAt = r.timestamp(u"created_at"_s);
    g.updatedAt = r.timestamp(u"updated_at"_s);
    r.rejectUnknownKeys();
    if (out)
        *out = g;
    return !r.failed();
}

bool fromJson(const QJsonObject &object, Meeting *out, Problems *problems, const QString &path)
{
    const Reader r(object, problems, path);
    Meeting m;
    m.id = r.id(u"id"_s);
    m.bodyId = r.id(u"body_id"_s);
    m.startsAt = r.localTime(u"starts_at"_s);
    m.scheduledOn = r.date(u"scheduled_on"_s);
    m.location = r.text(u"location"_s);
    m.agenda = r.strings(u"agenda"_s);
    readItems(r, path, u"attendance"_s, [&m](const Reader &item) {
        Attendance a;
        a.membershipId = item.id(u"membership_id"_s);
        a.personId = item.optionalId(u"person_id"_s);
        m.attendance.append(a);
    });
    m.minutes = r.text(u"minutes"_s);
    m.notes = r.text(u"notes"_s);
    m.createdAt = r.timestamp(u"created_at"_s);
    m.updatedAt = r.timestamp(u"updated_at"_s);
    r.rejectUnknownKeys();
    if (out)
        *out = m;
    return !r.failed();
}

bool fromJson(const QJsonObject &object, Decision *out, Problems *problems, const QString &path)
{
    const Reader r(object, problems, path);
    Decision d;
    d.id = r.id(u"id"_s);
    d.meetingId = r.id(u"meeting_id"_s);
    d.procedureId = r.optionalId(u"procedure_id"_s);
    d.title = r.text(u"title"_s, true);
    d.text = r.text(u"text"_s);
    d.area = r.enumeration(u"area"_s, DecisionArea::Other);
    d.failedConsensusAttempts = r.integer(u"failed_consensus_attempts"_s);
    readItems(r, path, u"positions"_s, [&d](const Reader &item) {
        MemberPosition p;
        p.membershipId = item.id(u"membership_id"_s);
        p.position = item.enumeration(u"position"_s, VotePosition::Absent);
        d.positions.append(p);
    });
    d.outcome = r.enumeration(u"outcome"_s, DecisionOutcome::Pending, false);
    d.reasons = r.strings(u"reasons"_s);
    d.status = r.enumeration(u"status"_s, DecisionStatus::Proposed);
    readItems(r, path, u"reopenings"_s, [&d](const Reader &item) {
        Reopening reopening;
        reopening.on = item.date(u"on"_s);
        if (!reopening.on.isValid() && !item.failed())
            item.problem(u"on"_s, tr("This field is required."));
        reopening.meetingId = item.optionalId(u"meeting_id"_s);
        reopening.reason = item.text(u"reason"_s);
        reopening.newInformation = item.text(u"new_information"_s);
        reopening.votesFor = item.integer(u"votes_for"_s);
        reopening.votesCast = item.integer(u"votes_cast"_s);
        d.reopenings.append(reopening);
    });
    d.notes = r.text(u"notes"_s);
    d.createdAt = r.timestamp(u"created_at"_s);
    d.updatedAt = r.timestamp(u"updated_at"_s);
    r.rejectUnknownKeys();
    if (out)
        *out = d;
    return !r.failed();
}

} // namespace Coalition::JsonCodec
