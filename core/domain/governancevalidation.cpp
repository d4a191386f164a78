// SPDX-License-Identifier: GPL-3.0-or-later
// Record-alone rules of the governance records (Validation::check).
#include "validation.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Coalition::Validation {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Coalition::Validation", text);
}

void checkRequiredText(Problems &problems, const QString &field, const QString &text,
                       const char *emptyMessage)
{
    if (text.trimmed().isEmpty())
        problems.append({field, tr(emptyMessage)});
    else if (text.size() > MaxNameLength)
        problems.append(
            {field, tr("This is too long: keep it to %1 characters or fewer.").arg(MaxNameLength)});
}

void checkText(Problems &problems, const QString &field, const QString &text)
{
    if (text.size() > MaxTextLength)
        problems.append(
            {field,
             tr("This text is too long: keep it to %1 characters or fewer.").arg(MaxTextLength)});
}

// The first value that appears twice, if any.
template<typename T>
std::optional<T> firstDuplicate(const QList<T> &values)
{
    QSet<T> seen;
    for (const T &value : values) {
        if (seen.contains(value))
            return value;
        seen.insert(value);
    }
    return std::nullopt;
}

template<typename E>
std::optional<E> firstDuplicateEnum(const QList<E> &values)
{
    QList<int> keys;
    for (const E value : values)
        keys.append(static_cast<int>(value));
    if (const auto duplicate = firstDuplicate(keys))
        return static_cast<E>(*duplicate);
    return std::nullopt;
}

void checkSupermajority(Problems &problems, const Fraction &threshold)
{
    if (!threshold.isProperThreshold())
        problems.append({u"threshold"_s,
                         tr("The threshold %1 must be a fraction above 0 and at most 1.")
                             .arg(threshold.toString())});
    else if (threshold.numerator * 2 <= threshold.denominator)
        problems.append({u"threshold"_s,
                         tr("A supermajority needs more than half: %1 is not above 1/2 (a simple "
                            "majority is a method of its own).")
                             .arg(threshold.toString())});
}

} // namespace

Problems check(const Body &body)
{
    Problems problems;
    if (body.coalitionId <= 0)
        problems.append({u"coalition"_s, tr("Choose the coalition the body belongs to.")});
    checkRequiredText(problems, u"name"_s, body.name, "A body needs a name.");
    checkText(problems, u"purpose"_s, body.purpose);
    checkText(problems, u"notes"_s, body.notes);
    if (body.kind == BodyKind::FullMembership && !body.seats.isEmpty())
        problems.append({u"seats"_s,
                         tr("The full membership has no seats of its own: every active voting "
                            "member sits on it.")});
    QList<Id> members;
    for (const BodySeat &seat : body.seats) {
        if (seat.membershipId <= 0) {
            problems.append({u"seats"_s, tr("Choose the member that holds each seat.")});
            return problems;
        }
        members.append(seat.membershipId);
    }
    if (firstDuplicate(members))
        problems.append({u"seats"_s, tr("A member can hold only one seat on a body.")});
    return problems;
}

Problems check(const DecisionProcedure &p)
{
    Problems problems;
    if (p.bodyId <= 0)
        problems.append({u"body"_s, tr("Choose the body that decides by this procedure.")});
    switch (p.method) {
    case DecisionMethod::Supermajority:
        checkSupermajority(problems, p.threshold);
        break;
    case DecisionMethod::ConsensusThenVote:
        if (p.consensusAttempts < 1)
            problems.append({u"attempts"_s,
                             tr("Say after how many failed attempts at consensus the body votes "
                                "(at least 1).")});
        if (p.fallbackMethod == DecisionMethod::Supermajority)
            checkSupermajority(problems, p.threshold);
        else if (p.fallbackMethod != DecisionMethod::Majority)
            problems.append({u"fallback"_s,
                             tr("When consensus fails the body votes by simple majority or by "
                                "supermajority, not by %1.")
                                 .arg(enumLabel(p.fallbackMethod))});
        break;
    case DecisionMethod::Delegated:
        if (p.delegateBodyId.has_value() == p.delegateToLead)
            problems.append({u"delegate"_s,
                             tr("A delegated procedure names one delegate: another body or the "
                                "lead organization, not both and not neither.")});
        else if (p.delegateBodyId && *p.delegateBodyId == p.bodyId)
            problems.append({u"delegate"_s, tr("A body cannot delegate its decisions to itself.")});
        break;
    default:
        break;
    }
    if (p.method != DecisionMethod::Delegated && (p.delegateBodyId || p.delegateToLead))
        problems.append({u"delegate"_s, tr("Only a delegated procedure names a delegate.")});
    if (p.consensusAttempts < 0)
        problems.append({u"attempts"_s, tr("The number of attempts cannot be negative.")});
    switch (p.quorum.kind) {
    case QuorumKind::Count:
        if (p.quorum.count < 1)
            problems.append(
                {u"quorum"_s,
                 tr("A quorum is at least one member present; %1 is not.").arg(p.quorum.count)});
        break;
    case QuorumKind::Fraction:
        if (!p.quorum.fraction.isProperThreshold())
            problems.append({u"quorum"_s,
                             tr("The quorum %1 must be a fraction above 0 and at most 1 of the "
                                "voting members.")
                                 .arg(p.quorum.fraction.toString())});
        break;
    default:
        break;
    }
    if (const auto area = firstDuplicateEnum(p.areas))
        problems.append({u"areas"_s, tr("The area “%1” is listed twice.").arg(enumLabel(*area))});
    if (const auto step = firstDuplicateEnum(p.escalation))
        problems.append(
            {u"escalation"_s,
             tr("The step “%1” appears twice on the escalation ladder.").arg(enumLabel(*step))});
    if (p.noticeDays < 0)
        problems.append({u"notice"_s, tr("The notice a meeting needs cannot be negative.")});
    if (p.reopening.minimumDays < 0)
        problems.append({u"reopening"_s, tr("The time before reopening cannot be negative.")});
    if (p.reopening.threshold && !p.reopening.threshold->isProperThreshold())
        problems.append({u"reopening"_s,
                         tr("The share of votes needed to reopen (%1) must be above 0 and at "
                            "most 1.")
                             .arg(p.reopening.threshold->toString())});
    checkText(problems, u"notes"_s, p.notes);
    return problems;
}

Problems check(const GroundRule &rule)
{
    Problems problems;
    if (rule.coalitionId <= 0)
        problems.append({u"coalition"_s, tr("Choose the coalition the rule belongs to.")});
    checkRequiredText(problems, u"title"_s, rule.title, "A ground rule needs a title.");
    checkText(problems, u"text"_s, rule.text);
    checkText(problems, u"notes"_s, rule.notes);
    if (rule.id > 0 && rule.supersedesRuleId && *rule.supersedesRuleId == rule.id)
        problems.append({u"supersedes"_s, tr("A rule cannot supersede itself.")});
    QDate previous;
    for (const RuleRevision &revision : rule.history) {
        if (!revision.on.isValid()) {
            problems.append({u"history"_s, tr("Each revision of a rule needs its date.")});
            break;
        }
        if (previous.isValid() && revision.on < previous) {
            problems.append({u"history"_s, tr("The revisions of a rule must be in date order.")});
            break;
        }
        previous = revision.on;
    }
    return problems;
}

Problems check(const Meeting &meeting)
{
    Problems problems;
    if (meeting.bodyId <= 0)
        problems.append({u"body"_s, tr("Choose the body that meets.")});
    if (!meeting.startsAt.isValid())
        problems.append({u"starts"_s, tr("Give the date and time the meeting starts.")});
    else if (meeting.scheduledOn.isValid() && meeting.scheduledOn > meeting.startsAt.date())
        problems.append({u"scheduled"_s,
                         tr("Notice was given on %1, after the meeting of %2: give the date the "
                            "meeting was called, on or before the meeting.")
                             .arg(meeting.scheduledOn.toString(Qt::ISODate),
                                  meeting.startsAt.date().toString(Qt::ISODate))});
    checkText(problems, u"location"_s, meeting.location);
    checkText(problems, u"minutes"_s, meeting.minutes);
    checkText(problems, u"notes"_s, meeting.notes);
    for (const QString &item : meeting.agenda) {
        if (item.trimmed().isEmpty()) {
            problems.append({u"agenda"_s, tr("Describe each agenda item in a few words.")});
            break;
        }
    }
    QSet<std::pair<Id, Id>> seen;
    for (const Attendance &a : meeting.attendance) {
        if (a.membershipId <= 0) {
            problems.append({u"attendance"_s, tr("Choose the member organization that attended.")});
            break;
        }
        if (!seen.contains({a.membershipId, a.personId.value_or(0)})) {
            seen.insert({a.membershipId, a.personId.value_or(0)});
            continue;
        }
        problems.append({u"attendance"_s,
                         tr("The same attendance is recorded twice: an organization's person is "
                            "listed once.")});
        break;
    }
    return problems;
}

Problems check(const Decision &decision)
{
    Problems problems;
    if (decision.meetingId <= 0)
        problems.append({u"meeting"_s, tr("Choose the meeting where the decision is taken.")});
    checkRequiredText(problems, u"title"_s, decision.title, "A decision needs a title.");
    checkText(problems, u"text"_s, decision.text);
    checkText(problems, u"notes"_s, decision.notes);
    if (decision.failedConsensusAttempts < 0)
        problems.append({u"attempts"_s, tr("The number of failed attempts cannot be negative.")});
    QList<Id> members;
    for (const MemberPosition &p : decision.positions) {
        if (p.membershipId <= 0) {
            problems.append({u"positions"_s, tr("Choose the member whose position it is.")});
            return problems;
        }
        members.append(p.membershipId);
    }
    if (firstDuplicate(members))
        problems.append({u"positions"_s,
                         tr("A member has one position on a decision: one vote per "
                            "organization.")});
    QDate previous;
    for (const Reopening &r : decision.reopenings) {
        if (!r.on.isValid()) {
            problems.append({u"reopenings"_s, tr("Give the date the decision was reopened.")});
            break;
        }
        if (previous.isValid() && r.on < previous) {
            problems.append({u"reopenings"_s, tr("Reopenings must be in date order.")});
            break;
        }
        previous = r.on;
        if (r.votesFor < 0 || r.votesCast < 0) {
            problems.append({u"votes"_s, tr("Vote counts cannot be negative.")});
            break;
        }
        if (r.votesFor > r.votesCast) {
            problems.append({u"votes"_s,
                             tr("%1 votes for reopening is more than the %2 votes cast.")
                                 .arg(r.votesFor)
                                 .arg(r.votesCast)});
            break;
        }
    }
    return problems;
}

} // namespace Coalition::Validation
