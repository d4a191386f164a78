// SPDX-License-Identifier: GPL-3.0-or-later
// The criteria of pre-formation, formation and institutionalization: what
// the coalition's own records (purpose, members, bodies, rules, procedures,
// meetings, decisions, dues) and the coordinator's answers show.
#include "stagecriteria.h"

#include "domain/enums.h"

#include <QSet>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Coalition::StageCriteria {

namespace {

CriterionResult purposeStated(const Context &context)
{
    const CoalitionInfo &coalition = context.snapshot.coalition;
    const bool purpose = !coalition.purpose.trimmed().isEmpty();
    const bool mission = !coalition.mission.trimmed().isEmpty();
    QString evidence;
    if (purpose)
        evidence = StageEngine::tr("The purpose is recorded: %1").arg(excerpt(coalition.purpose));
    else if (mission)
        evidence = StageEngine::tr("No purpose is recorded, but the mission is: %1")
                       .arg(excerpt(coalition.mission));
    else
        evidence = StageEngine::tr("Neither a purpose nor a mission is recorded for %1.")
                       .arg(coalition.name);
    return computed(u"purpose-stated"_s,
                    StageEngine::tr("The coalition's purpose or mission is written down"),
                    purpose || mission, evidence, {context.coalitionKey()});
}

CriterionResult partnersIdentified(const Context &context)
{
    constexpr int needed = 3;
    QStringList names;
    QList<RecordKey> records;
    for (const Membership &membership : context.snapshot.memberships) {
        if (membership.status != MembershipStatus::Prospective
            && membership.status != MembershipStatus::Invited
            && membership.status != MembershipStatus::Active)
            continue;
        names.append(context.memberName(membership));
        records.append({RecordKind::Membership, membership.id});
    }
    const bool met = names.size() >= needed;
    QString evidence;
    if (names.isEmpty())
        evidence = StageEngine::tr(
                       "No organization is recorded as a prospective, invited or active member "
                       "(at least %1 needed).")
                       .arg(needed);
    else
        evidence
            = StageEngine::tr(
                  "Prospective, invited or active members: %1 (at least %2 needed): %3.")
                  .arg(QString::number(names.size()), QString::number(needed), nameList(names));
    return computed(u"partners-identified"_s,
                    StageEngine::tr("At least three organizations are identified as partners"), met,
                    evidence, records);
}

CriterionResult convened(const Context &context)
{
    constexpr int needed = 2;
    const Meeting *first = nullptr;
    int firstCount = 0;
    int held = 0;
    int bestCount = 0;
    for (const Meeting &meeting : context.snapshot.meetings) {
        if (!context.isHeld(meeting))
            continue;
        ++held;
        QSet<Id> attending;
        for (const Attendance &attendance : meeting.attendance)
            attending.insert(attendance.membershipId);
        const int count = int(attending.size());
        bestCount = std::max(bestCount, count);
        if (count >= needed && (!first || meeting.startsAt < first->startsAt)) {
            first = &meeting;
            firstCount = count;
        }
    }
    const QString label
        = StageEngine::tr("The members have been convened: a meeting with at least two member "
                          "organizations attending has taken place");
    if (first) {
        return computed(u"convened"_s, label, true,
                        StageEngine::tr("First convened on %1, when %2 met with %3 member "
                                        "organizations attending.")
                            .arg(isoDate(first->startsAt.date()), context.body(first->bodyId)->name,
                                 QString::number(firstCount)),
                        {{RecordKind::Meeting, first->id}, {RecordKind::Body, first->bodyId}});
    }
    if (held == 0) {
        return computed(u"convened"_s, label, false,
                        StageEngine::tr("No meeting of the coalition's bodies has been held yet."));
    }
    return computed(
        u"convened"_s, label, false,
        StageEngine::tr("Meetings held so far: %1; at the best attended, member organizations "
                        "present: %2 (at least %3 needed).")
            .arg(QString::number(held), QString::number(bestCount), QString::number(needed)));
}

CriterionResult approved(const Context &context)
{
    const QString label = StageEngine::tr(
        "The full membership has formally approved the coalition in an adopted decision");
    const QList<const Body *> full = context.bodiesOfKind(BodyKind::FullMembership);
    if (full.isEmpty()) {
        return computed(u"approved"_s, label, false,
                        StageEngine::tr("No full-membership body is recorded, so no decision of "
                                        "the whole membership can approve the coalition."));
    }
    const Decision *first = nullptr;
    const Meeting *firstMeeting = nullptr;
    for (const Decision &decision : context.snapshot.decisions) {
        if (decision.status != DecisionStatus::Adopted
            && decision.outcome != DecisionOutcome::Adopted)
            continue;
        const auto meeting
            = std::find_if(context.snapshot.meetings.cbegin(), context.snapshot.meetings.cend(),
                           [&](const Meeting &each) { return each.id == decision.meetingId; });
        if (meeting == context.snapshot.meetings.cend() || !context.isHeld(*meeting)
            || context.body(meeting->bodyId)->kind != BodyKind::FullMembership)
            continue;
        if (!first || meeting->startsAt < firstMeeting->startsAt) {
            first = &decision;
            firstMeeting = &*meeting;
        }
    }
    if (!first) {
        return computed(u"approved"_s, label, false,
                        StageEngine::tr("No decision of %1 is recorded as adopted at a meeting "
                                        "held so far.")
                            .arg(full.first()->name),
                        {{RecordKind::Body, full.first()->id}});
    }
    return computed(u"approved"_s, label, true,
                    StageEngine::tr("%1 was adopted by %2 at its meeting of %3.")
                        .arg(quoted(first->title), context.body(firstMeeting->bodyId)->name,
                             isoDate(firstMeeting->startsAt.date())),
                    {{RecordKind::Decision, first->id},
                     {RecordKind::Meeting, firstMeeting->id},
                     {RecordKind::Body, firstMeeting->bodyId}});
}

CriterionResult procedureAgreed(const Context &context)
{
    const QString label
        = StageEngine::tr("The full membership has an agreed procedure for taking decisions");
    const QList<const Body *> full = context.bodiesOfKind(BodyKind::FullMembership);
    if (full.isEmpty()) {
        return computed(u"procedure-agreed"_s, label, false,
                        StageEngine::tr("No full-membership body is recorded."));
    }
    for (const Body *body : full) {
        for (const DecisionProcedure &procedure : context.snapshot.procedures) {
            if (procedure.bodyId != body->id)
                continue;
            return computed(u"procedure-agreed"_s, label, true,
                            StageEngine::tr("%1 decides by this method: %2.")
                                .arg(body->name, enumLabel(procedure.method)),
                            {{RecordKind::Procedure, procedure.id}, {RecordKind::Body, body->id}});
        }
    }
    return computed(
        u"procedure-agreed"_s, label, false,
        StageEngine::tr("No decision procedure is recorded for %1.").arg(full.first()->name),
        {{RecordKind::Body, full.first()->id}});
}

CriterionResult keyRules(const Context &context)
{
    constexpr std::array keyAreas{RuleArea::DecisionMaking, RuleArea::Media,
                                  RuleArea::Confidentiality, RuleArea::Information,
                                  RuleArea::Representatives};
    QStringList missing;
    QList<RecordKey> records;
    for (const RuleArea area : keyAreas) {
        const auto rule
            = std::find_if(context.snapshot.rules.cbegin(), context.snapshot.rules.cend(),
                           [&](const GroundRule &each) {
                               return each.area == area && each.status == RuleStatus::Agreed;
                           });
        if (rule == context.snapshot.rules.cend())
            missing.append(enumLabel(area));
        else
            records.append({RecordKind::GroundRule, rule->id});
    }
    const int covered = int(keyAreas.size()) - int(missing.size());
    const QString evidence = missing.isEmpty()
        ? StageEngine::tr("Agreed ground rules cover all %1 key areas.")
              .arg(QString::number(keyAreas.size()))
        : StageEngine::tr("Agreed ground rules cover %1 of the %2 key areas; missing: %3.")
              .arg(QString::number(covered), QString::number(keyAreas.size()), nameList(missing));
    records.append(context.coalitionKey());
    return computed(u"key-rules"_s,
                    StageEngine::tr("Ground rules are agreed in all five key areas"),
                    missing.isEmpty(), evidence, records);
}

CriterionResult missionStatement(const Context &context)
{
    const QString mission = context.snapshot.coalition.mission.trimmed();
    return computed(u"mission-statement"_s, StageEngine::tr("A mission statement is recorded"),
                    !mission.isEmpty(),
                    mission.isEmpty()
                        ? StageEngine::tr("No mission statement is recorded.")
                        : StageEngine::tr("The mission is recorded: %1").arg(excerpt(mission)),
                    {context.coalitionKey()});
}

CriterionResult structureRecorded(const Context &context)
{
    const CoalitionInfo &coalition = context.snapshot.coalition;
    QStringList found;
    QStringList missing;
    const QString frequency = coalition.meetings.frequency.trimmed();
    if (frequency.isEmpty())
        missing.append(StageEngine::tr("how often the coalition meets"));
    else
        found.append(StageEngine::tr("meeting frequency %1").arg(quoted(frequency)));
    QStringList finances;
    if (!coalition.finances.dues.trimmed().isEmpty())
        finances.append(StageEngine::tr("dues"));
    if (!coalition.finances.grants.trimmed().isEmpty())
        finances.append(StageEngine::tr("grants"));
    if (!coalition.finances.inKind.trimmed().isEmpty())
        finances.append(StageEngine::tr("in-kind support"));
    if (coalition.leadOrganizationId) {
        found.append(StageEngine::tr("lead organization %1")
                         .arg(context.organizationName(*coalition.leadOrganizationId)));
    }
    if (!finances.isEmpty())
        found.append(StageEngine::tr("financial arrangements (%1)").arg(nameList(finances)));
    if (!coalition.leadOrganizationId && finances.isEmpty())
        missing.append(StageEngine::tr("a lead organization or financial arrangements"));

    QStringList sentences;
    if (!found.isEmpty())
        sentences.append(StageEngine::tr("Recorded: %1.").arg(found.join(u"; "_s)));
    if (!missing.isEmpty())
        sentences.append(StageEngine::tr("Missing: %1.").arg(missing.join(u"; "_s)));
    QList<RecordKey> records{context.coalitionKey()};
    if (coalition.leadOrganizationId)
        records.append({RecordKind::Organization, *coalition.leadOrganizationId});
    return computed(u"structure-recorded"_s,
                    StageEngine::tr("The structure is recorded: how often the coalition meets, "
                                    "and a lead organization or financial arrangements"),
                    missing.isEmpty(), sentences.join(u' '), records);
}

CriterionResult representatives(const Context &context)
{
    const QString label = StageEngine::tr("Every active member has named a representative");
    if (context.active.isEmpty()) {
        return computed(u"representatives"_s, label, false,
                        StageEngine::tr("The coalition has no active members yet."));
    }
    QStringList without;
    QList<RecordKey> missing;
    QList<RecordKey> all;
    for (const Membership *membership : context.active) {
        all.append({RecordKind::Membership, membership->id});
        if (membership->representativeId)
            continue;
        without.append(context.memberName(*membership));
        missing.append({RecordKind::Membership, membership->id});
    }
    if (without.isEmpty()) {
        return computed(u"representatives"_s, label, true,
                        StageEngine::tr("Every active member (%1 in all) has a representative.")
                            .arg(QString::number(context.active.size())),
                        all);
    }
    return computed(u"representatives"_s, label, false,
                    StageEngine::tr("%1 of %2 active members have a representative; missing: %3.")
                        .arg(QString::number(context.active.size() - without.size()),
                             QString::number(context.active.size()), nameList(without)),
                    missing);
}

CriterionResult foundingMembers(const Context &context)
{
    constexpr int needed = 3;
    QStringList names;
    QList<RecordKey> records;
    for (const Membership *membership : context.active) {
        if (membership->kind != MembershipKind::VotingMember)
            continue;
        names.append(context.memberName(*membership));
        records.append({RecordKind::Membership, membership->id});
    }
    const QString evidence = names.isEmpty()
        ? StageEngine::tr("No active voting member yet (at least %1 needed).").arg(needed)
        : StageEngine::tr("Active voting members: %1 (at least %2 needed): %3.")
              .arg(QString::number(names.size()), QString::number(needed), nameList(names));
    return computed(u"founding-members"_s,
                    StageEngine::tr("At least three organizations are active voting members"),
                    names.size() >= needed, evidence, records);
}

// Institutionalization.

CriterionResult operatingSupport(const Context &context)
{
    constexpr int needed = 2;
    QStringList supporters;
    QList<RecordKey> records;
    for (const Membership *membership : context.active) {
        QStringList ways;
        if (membership->duesCents > 0 && membership->duesPaidThrough.isValid()
            && membership->duesPaidThrough >= context.today)
            ways.append(
                StageEngine::tr("dues paid through %1").arg(isoDate(membership->duesPaidThrough)));
        for (const Contribution &contribution : membership->contributions) {
            if (contribution.kind == ContributionKind::Money
                && contribution.period != ContributionPeriod::OneOff) {
                ways.append(
                    StageEngine::tr("money, %1").arg(enumLabel(contribution.period).toLower()));
                break;
            }
        }
        if (ways.isEmpty())
            continue;
        supporters.append(
            StageEngine::tr("%1 (%2)").arg(context.memberName(*membership), ways.join(u"; "_s)));
        records.append({RecordKind::Membership, membership->id});
    }
    return computed(
        u"operating-support"_s,
        StageEngine::tr("At least two active members give steady operating support: "
                        "current dues or recurring money"),
        supporters.size() >= needed,
        supporters.isEmpty()
            ? StageEngine::tr("No active member pays current dues or gives money "
                              "regularly (at least %1 needed).")
                  .arg(needed)
            : StageEngine::tr("Active members giving steady support: %1 (at least %2 needed): %3.")
                  .arg(number(supporters.size()), number(needed), nameList(supporters)),
        records);
}

CriterionResult ownStructure(const Context &context)
{
    constexpr int seatsNeeded = 3;
    const Body *executive = nullptr;
    for (const Body *body : context.bodiesOfKind(BodyKind::ExecutiveCommittee)) {
        if (!executive || body->seats.size() > executive->seats.size())
            executive = body;
    }
    const QList<const Body *> strategic = context.bodiesOfKind(BodyKind::StrategicCommittee);
    QStringList sentences;
    QList<RecordKey> records;
    if (executive) {
        sentences.append(
            StageEngine::tr("Executive committee: %1; seats: %2 (at least %3 needed).")
                .arg(executive->name, number(executive->seats.size()), number(seatsNeeded)));
        records.append({RecordKind::Body, executive->id});
    } else {
        sentences.append(StageEngine::tr("No executive committee is recorded."));
    }
    if (!strategic.isEmpty()) {
        sentences.append(StageEngine::tr("Strategic committee: %1.").arg(strategic.first()->name));
        records.append({RecordKind::Body, strategic.first()->id});
    } else {
        sentences.append(StageEngine::tr("No strategic committee is recorded."));
    }
    return computed(u"own-structure"_s,
                    StageEngine::tr("A structure of its own: an executive committee of at least "
                                    "three seats and a strategic committee"),
                    executive && executive->seats.size() >= seatsNeeded && !strategic.isEmpty(),
                    sentences.join(u' '), records);
}

CriterionResult longRunning(const Context &context)
{
    const QDate start = context.snapshot.coalition.startDate;
    const bool old = start.isValid() && start <= context.today.addYears(-2);
    const Meeting *latest = nullptr;
    for (const Meeting &meeting : context.snapshot.meetings) {
        if (context.isHeld(meeting) && (!latest || meeting.startsAt > latest->startsAt))
            latest = &meeting;
    }
    const bool meets = latest && context.withinMonths(latest->startsAt.date(), 6);
    QStringList sentences;
    if (!start.isValid())
        sentences.append(StageEngine::tr("No start date is recorded."));
    else if (old)
        sentences.append(
            StageEngine::tr("Running since %1, two years or more.").arg(isoDate(start)));
    else
        sentences.append(
            StageEngine::tr("Started on %1, less than two years ago.").arg(isoDate(start)));
    QList<RecordKey> records{context.coalitionKey()};
    if (!latest) {
        sentences.append(StageEngine::tr("No meeting has been held."));
    } else {
        records.append({RecordKind::Meeting, latest->id});
        const QString on = isoDate(latest->startsAt.date());
        sentences.append(meets ? StageEngine::tr("The latest meeting was held on %1.").arg(on)
                               : StageEngine::tr("The latest meeting was held on %1, more than "
                                                 "six months ago.")
                                     .arg(on));
    }
    return computed(u"long-running"_s,
                    StageEngine::tr("Running for two years or more and still meeting: a meeting "
                                    "in the last six months"),
                    old && meets, sentences.join(u' '), records);
}

} // namespace

QList<CriterionResult> preFormation(const Context &context)
{
    QList<CriterionResult> results = checklistOf(context, DevelopmentStage::PreFormation);
    results.append(purposeStated(context));
    results.append(partnersIdentified(context));
    return results;
}

QList<CriterionResult> formation(const Context &context)
{
    return {convened(context),        approved(context),         procedureAgreed(context),
            keyRules(context),        missionStatement(context), structureRecorded(context),
            representatives(context), foundingMembers(context)};
}

QList<CriterionResult> institutionalization(const Context &context)
{
    QList<CriterionResult> results{operatingSupport(context), ownStructure(context),
                                   longRunning(context)};
    results.append(checklistOf(context, DevelopmentStage::Institutionalization));
    return results;
}

} // namespace Coalition::StageCriteria
