// SPDX-License-Identifier: GPL-3.0-or-later
#include "proceduralchecks.h"

#include "domain/enums.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// A decision with the records around it, resolved once.
struct DecisionPlace
{
    const Decision *decision = nullptr;
    const Meeting *meeting = nullptr;
    const Body *body = nullptr;
    const DecisionProcedure *procedure = nullptr; // the decision's own, else its body's

    // Taken: settled, or at least put to the members.
    bool isTaken() const
    {
        if (decision->status != DecisionStatus::Proposed)
            return true;
        for (const MemberPosition &position : decision->positions) {
            if (position.position != VotePosition::Absent)
                return true;
        }
        return false;
    }

    QString meetingDate() const { return isoDate(meeting->startsAt.date()); }

    QList<RecordKey> records() const
    {
        QList<RecordKey> keys{{RecordKind::Decision, decision->id},
                              {RecordKind::Meeting, meeting->id},
                              {RecordKind::Body, body->id}};
        if (procedure)
            keys.append({RecordKind::Procedure, procedure->id});
        return keys;
    }
};

class Checker final
{
public:
    explicit Checker(const GovernanceSnapshot &snapshot)
        : m_snapshot(snapshot)
    {
        for (const Body &body : snapshot.bodies)
            m_bodies.insert(body.id, &body);
        for (const DecisionProcedure &procedure : snapshot.procedures) {
            m_proceduresById.insert(procedure.id, &procedure);
            m_proceduresByBody.insert(procedure.bodyId, &procedure);
        }
        for (const Meeting &meeting : snapshot.meetings)
            m_meetings.insert(meeting.id, &meeting);
        // Decisions whose meeting or body is not in the snapshot cannot be
        // placed, so no check can say anything true about them.
        for (const Decision &decision : snapshot.decisions) {
            DecisionPlace place;
            place.decision = &decision;
            place.meeting = m_meetings.value(decision.meetingId);
            if (!place.meeting)
                continue;
            place.body = m_bodies.value(place.meeting->bodyId);
            if (!place.body)
                continue;
            if (decision.procedureId)
                place.procedure = m_proceduresById.value(*decision.procedureId);
            if (!place.procedure)
                place.procedure = m_proceduresByBody.value(place.body->id);
            m_places.append(place);
        }
    }

    QList<ProceduralWarning> run()
    {
        checkNotice();
        checkAreas();
        checkQuorum();
        checkProcedure();
        checkReopenings();
        checkKeyAreas();
        checkRepresentatives();
        checkReviews();
        return m_warnings;
    }

private:
    void add(CheckKind kind, const QString &summary, const QStringList &reasons,
             const QList<RecordKey> &records)
    {
        m_warnings.append({kind, summary, reasons, records});
    }

    // The body whose procedure it is, for "the procedure of ..." lines.
    QString procedureOwner(const DecisionPlace &place) const
    {
        const Body *owner = m_bodies.value(place.procedure->bodyId);
        return owner ? owner->name : place.body->name;
    }

    void checkNotice()
    {
        for (const DecisionPlace &place : std::as_const(m_places)) {
            if (!place.isTaken() || !place.procedure || place.procedure->noticeDays <= 0)
                continue;
            const int required = place.procedure->noticeDays;
            const QDate held = place.meeting->startsAt.date();
            const QDate called = place.meeting->scheduledOn;
            const QString requirement
                = ProceduralChecks::tr(
                      "The procedure of %1 requires %n days' notice before a meeting may decide.",
                      nullptr, required)
                      .arg(procedureOwner(place));
            QStringList reasons;
            if (!called.isValid()) {
                reasons << ProceduralChecks::tr(
                               "No date is recorded for when the meeting of %1 was called.")
                               .arg(place.meetingDate())
                        << requirement;
                add(CheckKind::MissingNotice,
                    ProceduralChecks::tr(
                        "“%1” was taken by %2 at its meeting of %3 with no notice date recorded.")
                        .arg(place.decision->title, place.body->name, place.meetingDate()),
                    reasons, place.records());
                continue;
            }
            const qint64 notice = called.daysTo(held);
            if (notice >= required)
                continue;
            if (notice < 0) {
                reasons << ProceduralChecks::tr(
                               "The meeting of %1 is recorded as called on %2, after it was held.")
                               .arg(place.meetingDate(), isoDate(called));
            } else {
                reasons << ProceduralChecks::tr(
                               "The meeting of %1 was called on %2: %n days' notice.", nullptr,
                               static_cast<int>(notice))
                               .arg(place.meetingDate(), isoDate(called));
            }
            reasons << requirement;
            add(CheckKind::MissingNotice,
                ProceduralChecks::tr(
                    "“%1” was taken by %2 at its meeting of %3 with less notice than its procedure "
                    "requires.")
                    .arg(place.decision->title, place.body->name, place.meetingDate()),
                reasons, place.records());
        }
    }

    void checkAreas()
    {
        for (const DecisionPlace &place : std::as_const(m_places)) {
            // The full membership may decide any matter.
            if (!place.isTaken() || !place.procedure || place.body->kind == BodyKind::FullMembership
                || place.procedure->areas.contains(place.decision->area))
                continue;
            const QString area = enumLabel(place.decision->area);
            QStringList allowed;
            for (const DecisionArea each : place.procedure->areas)
                allowed.append(u"“"_s + enumLabel(each) + u"”"_s);
            QStringList reasons{ProceduralChecks::tr("The decision is about “%1”.").arg(area)};
            if (allowed.isEmpty()) {
                reasons << ProceduralChecks::tr("The procedure of %1 lets it settle no area alone.")
                               .arg(procedureOwner(place));
            } else {
                reasons << ProceduralChecks::tr(
                               "The procedure of %1 lets it settle alone only: %2.")
                               .arg(procedureOwner(place), allowed.join(u", "_s));
            }
            add(CheckKind::OutsideAreas,
                ProceduralChecks::tr(
                    "“%1” was taken by %2 at its meeting of %3, but %2 may not settle “%4” alone.")
                    .arg(place.decision->title, place.body->name, place.meetingDate(), area),
                reasons, place.records());
        }
    }

    void checkQuorum()
    {
        for (const DecisionPlace &place : std::as_const(m_places)) {
            if (place.decision->outcome != DecisionOutcome::NoQuorum)
                continue;
            // The stored reasons are the tally's own lines, with the counts
            // of members present and the quorum at the time.
            QStringList reasons = place.decision->reasons;
            if (reasons.isEmpty())
                reasons << ProceduralChecks::tr("The recorded outcome is “no quorum”.");
            add(CheckKind::NoQuorum,
                ProceduralChecks::tr("“%1” was put to %2 at its meeting of %3 without a quorum.")
                    .arg(place.decision->title, place.body->name, place.meetingDate()),
                reasons, place.records());
        }
    }

    void checkProcedure()
    {
        for (const DecisionPlace &place : std::as_const(m_places)) {
            if (!place.isTaken() || place.procedure)
                continue;
            QStringList reasons;
            if (place.decision->procedureId) {
                reasons << ProceduralChecks::tr(
                               "The decision names procedure number %1, which is not in the "
                               "workspace.")
                               .arg(*place.decision->procedureId);
            }
            reasons << ProceduralChecks::tr(
                           "%1 has no decision procedure, so nothing says how this decision "
                           "should have been counted.")
                           .arg(place.body->name);
            add(CheckKind::NoProcedure,
                ProceduralChecks::tr(
                    "“%1” was taken by %2 at its meeting of %3, but %2 has no decision procedure.")
                    .arg(place.decision->title, place.body->name, place.meetingDate()),
                reasons, place.records());
        }
    }

    void checkReopenings()
    {
        for (const DecisionPlace &place : std::as_const(m_places)) {
            if (!place.procedure)
                continue;
            const ReopeningConditions &conditions = place.procedure->reopening;
            const QDate adopted = place.meeting->startsAt.date();
            for (const Reopening &reopening : place.decision->reopenings) {
                QStringList failed;
                if (conditions.minimumDays > 0) {
                    if (!reopening.on.isValid()) {
                        failed << ProceduralChecks::tr(
                            "No date is recorded for the reopening; the procedure "
                            "requires %n days after the meeting that adopted it.",
                            nullptr, conditions.minimumDays);
                    } else if (const qint64 days = adopted.daysTo(reopening.on);
                               days < conditions.minimumDays) {
                        failed << ProceduralChecks::tr(
                                      "Reopened on %1, %2 days after the meeting of %3 that "
                                      "adopted it; the procedure requires at least %n days.",
                                      nullptr, conditions.minimumDays)
                                      .arg(isoDate(reopening.on))
                                      .arg(days)
                                      .arg(isoDate(adopted));
                    }
                }
                if (conditions.threshold) {
                    const Fraction &threshold = *conditions.threshold;
                    if (reopening.votesCast <= 0
                        || !threshold.isMetBy(reopening.votesFor, reopening.votesCast)) {
                        failed << ProceduralChecks::tr(
                                      "Votes to reopen: %1 of %2 cast; the procedure requires at "
                                      "least %3 of the votes cast.")
                                      .arg(reopening.votesFor)
                                      .arg(reopening.votesCast)
                                      .arg(threshold.toString());
                    }
                } else if (qint64(reopening.votesFor) * 2 <= reopening.votesCast) {
                    failed << ProceduralChecks::tr(
                                  "Votes to reopen: %1 of %2 cast; reopening needs more than half "
                                  "of the votes cast.")
                                  .arg(reopening.votesFor)
                                  .arg(reopening.votesCast);
                }
                if (conditions.newInformationRequired
                    && reopening.newInformation.trimmed().isEmpty()) {
                    failed << ProceduralChecks::tr(
                        "The procedure requires new information to reopen a decision, "
                        "and none is recorded.");
                }
                if (failed.isEmpty())
                    continue;
                QList<RecordKey> records = place.records();
                if (reopening.meetingId && *reopening.meetingId != place.meeting->id)
                    records.insert(1, {RecordKind::Meeting, *reopening.meetingId});
                add(CheckKind::ReopeningConditions,
                    ProceduralChecks::tr(
                        "“%1” of %2 was reopened on %3 without meeting the conditions to reopen "
                        "it.")
                        .arg(place.decision->title, place.body->name,
                             reopening.on.isValid() ? isoDate(reopening.on)
                                                    : ProceduralChecks::tr("an unknown date")),
                    failed, records);
            }
        }
    }

    void checkKeyAreas()
    {
        constexpr std::array keyAreas{RuleArea::DecisionMaking, RuleArea::Media,
                                      RuleArea::Confidentiality, RuleArea::Information,
                                      RuleArea::Representatives};
        int agreedAreas = 0;
        std::array<bool, keyAreas.size()> agreed{};
        for (std::size_t i = 0; i < keyAreas.size(); ++i) {
            for (const GroundRule &rule : m_snapshot.rules) {
                if (rule.area == keyAreas[i] && rule.status == RuleStatus::Agreed)
                    agreed[i] = true;
            }
            if (agreed[i])
                ++agreedAreas;
        }
        const RecordKey coalitionKey{RecordKind::Coalition, m_snapshot.coalition.id};
        for (std::size_t i = 0; i < keyAreas.size(); ++i) {
            if (agreed[i])
                continue;
            QStringList reasons{
                ProceduralChecks::tr("Key areas with an agreed ground rule: %1 of %2.")
                    .arg(agreedAreas)
                    .arg(keyAreas.size())};
            QList<RecordKey> records;
            for (const GroundRule &rule : m_snapshot.rules) {
                if (rule.area != keyAreas[i] || rule.status != RuleStatus::Proposed)
                    continue;
                reasons
                    << ProceduralChecks::tr("“%1” is proposed but not yet agreed.").arg(rule.title);
                records.append({RecordKind::GroundRule, rule.id});
            }
            if (records.isEmpty())
                reasons << ProceduralChecks::tr("No rule is proposed in this area yet.");
            records.append(coalitionKey);
            add(CheckKind::MissingKeyArea,
                ProceduralChecks::tr("%1 has no agreed ground rule on “%2”.")
                    .arg(m_snapshot.coalition.name, enumLabel(keyAreas[i])),
                reasons, records);
        }
    }

    void checkRepresentatives()
    {
        for (const Membership &membership : m_snapshot.memberships) {
            if (membership.status != MembershipStatus::Active || membership.representativeId)
                continue;
            QString name = m_snapshot.organizationNames.value(membership.organizationId);
            if (name.isEmpty())
                name = ProceduralChecks::tr("Organization %1").arg(membership.organizationId);
            QStringList reasons{
                ProceduralChecks::tr("The membership is active, but no person is named to "
                                     "represent %1 at meetings and in decisions.")
                    .arg(name)};
            if (membership.alternateId) {
                reasons << ProceduralChecks::tr(
                               "An alternate is named (%1); an alternate stands in for the "
                               "representative and does not replace one.")
                               .arg(m_snapshot.personNames.value(*membership.alternateId));
            }
            add(CheckKind::MissingRepresentative,
                ProceduralChecks::tr("%1 is an active member of %2 with no representative.")
                    .arg(name, m_snapshot.coalition.name),
                reasons,
                {{RecordKind::Membership, membership.id},
                 {RecordKind::Organization, membership.organizationId}});
        }
    }

    void checkReviews()
    {
        const QDate today = m_snapshot.today;
        if (!today.isValid())
            return;
        for (const GroundRule &rule : m_snapshot.rules) {
            if (rule.status != RuleStatus::Agreed || !rule.reviewOn.isValid()
                || rule.reviewOn >= today)
                continue;
            add(CheckKind::RuleReviewDue,
                ProceduralChecks::tr("Ground rule “%1” of %2 was due for review on %3.")
                    .arg(rule.title, m_snapshot.coalition.name, isoDate(rule.reviewOn)),
                {ProceduralChecks::tr("Review date %1, before today (%2).")
                     .arg(isoDate(rule.reviewOn), isoDate(today))},
                {{RecordKind::GroundRule, rule.id},
                 {RecordKind::Coalition, m_snapshot.coalition.id}});
        }
    }

    const GovernanceSnapshot &m_snapshot;
    QHash<Id, const Body *> m_bodies;
    QHash<Id, const DecisionProcedure *> m_proceduresById;
    QHash<Id, const DecisionProcedure *> m_proceduresByBody;
    QHash<Id, const Meeting *> m_meetings;
    QList<DecisionPlace> m_places; // in the snapshot's order of decisions
    QList<ProceduralWarning> m_warnings;
};

} // namespace

QString checkKindKey(CheckKind kind)
{
    switch (kind) {
    case CheckKind::MissingNotice:
        return u"missing-notice"_s;
    case CheckKind::OutsideAreas:
        return u"outside-areas"_s;
    case CheckKind::NoQuorum:
        return u"no-quorum"_s;
    case CheckKind::NoProcedure:
        return u"no-procedure"_s;
    case CheckKind::ReopeningConditions:
        return u"reopening-conditions"_s;
    case CheckKind::MissingKeyArea:
        return u"missing-key-area"_s;
    case CheckKind::MissingRepresentative:
        return u"missing-representative"_s;
    case CheckKind::RuleReviewDue:
        return u"rule-review-due"_s;
    }
    return {};
}

QList<ProceduralWarning> ProceduralChecks::run(const GovernanceSnapshot &snapshot)
{
    return Checker(snapshot).run();
}

} // namespace Coalition
