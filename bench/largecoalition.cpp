// SPDX-License-Identifier: GPL-3.0-or-later
// Generates one coalition with years of governance and action records. The
// records are meant to be accepted by the repositories as they are, so the
// same data can be timed in memory and read back from a workspace file.
// This file: the organizations, people, coalition, memberships, bodies,
// procedures, meetings, decisions and ground rules.
#include "largecoalition.h"

#include "benchdata.h"
#include "coalitiongenerator.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace Coalition::Bench {

namespace {

const std::array FirstNames{u"Ana",   u"Ben",     u"Chioma", u"Dmitri", u"Elena",  u"Farid",
                            u"Grace", u"Hiroshi", u"Ines",   u"Jamal",  u"Katrin", u"Luis",
                            u"Mei",   u"Nadia",   u"Omar",   u"Priya",  u"Rosa",   u"Søren"};
const std::array LastNames{u"Okafor",   u"Nguyen", u"Schmidt", u"Haddad", u"Moreau", u"Silva",
                           u"Kowalski", u"Tanaka", u"Ibrahim", u"Novak",  u"Walsh",  u"Müller"};
constexpr std::array AllAreas{
    DecisionArea::GroundRules,     DecisionArea::Membership,       DecisionArea::Budget,
    DecisionArea::PolicyPositions, DecisionArea::PublicStatements, DecisionArea::ActionPlans,
    DecisionArea::Events,          DecisionArea::Operations,       DecisionArea::Other};

} // namespace

CoalitionGenerator::CoalitionGenerator(const CoalitionSize &size, const QDate &today)
    : m_size(size)
    , m_today(today)
    , m_start(today.addYears(-5))
    , m_random(20240917)
{ }

LargeCoalition CoalitionGenerator::run()
{
    m_out.organizations = generate(m_size.organizations);
    for (qsizetype i = 0; i < m_out.organizations.size(); ++i)
        m_out.organizations[i].id = Id(i + 1);
    StageSnapshot &s = m_out.snapshot;
    s.today = m_today;
    people();
    coalition();
    memberships();
    bodies();
    meetings();
    decisions();
    rules();
    goals();
    groups();
    plans();
    tasks();
    reports();
    outcomes();
    stage();
    network();
    return std::move(m_out);
}

void CoalitionGenerator::people()
{
    for (const Organization &o : std::as_const(m_out.organizations)) {
        Person p;
        p.id = Id(m_out.people.size() + 1);
        p.name = m_random.pick(FirstNames) + u' ' + m_random.pick(LastNames);
        p.organizationId = o.id;
        p.role = p.id % 3 ? u"Coordinator"_s : u"Director"_s;
        p.email = u"contact"_s + QString::number(p.id) + u"@members.example.org"_s;
        m_out.people.append(p);
        m_out.snapshot.personNames.insert(p.id, p.name);
    }
}

void CoalitionGenerator::coalition()
{
    CoalitionInfo &c = m_out.snapshot.coalition;
    c.id = 1;
    c.name = u"Riverside Coalition for Fair Housing"_s;
    c.type = CoalitionType::OngoingCoalition;
    c.purpose = u"Keep rents within reach and homes in repair across the river wards."_s;
    c.vision = u"Every household in the wards has a safe home it can afford."_s;
    c.mission = u"Member organizations pool their staff, space and voice to win fair "
                "housing rules and to help tenants use them."_s;
    c.startDate = m_start;
    c.leadOrganizationId = m_out.organizations.first().id;
    c.meetings = {u"monthly"_s, 120, u"Riverside Community Hall"_s};
    c.finances = {u"Sliding scale by annual budget"_s, u"Two-year grant from the city"_s,
                  u"Meeting space from the parish"_s};
}

void CoalitionGenerator::memberships()
{
    const qint64 span = m_start.daysTo(m_today) - 20;
    const int count = int(m_out.organizations.size());
    for (int i = 0; i < count; ++i) {
        const Organization &o = m_out.organizations.at(i);
        Membership m;
        m.id = Id(i + 1);
        m.coalitionId = 1;
        m.organizationId = o.id;
        m.kind = i % 15 == 4 ? MembershipKind::NonVotingAlly
            : i % 15 == 9    ? MembershipKind::Observer
                             : MembershipKind::VotingMember;
        m.representativeId = m_out.people.at(i).id;
        m_representative.insert(m.id, *m.representativeId);
        const QDate joined = dayAfterStart(qint64(i) * span / count);
        if (i % 50 == 7) {
            m.status = MembershipStatus::Prospective;
            m.history = {{MembershipStatus::Prospective, joined, u"Asked about joining"_s}};
        } else {
            m.joinedOn = joined;
            m.history = {{MembershipStatus::Invited, joined.addDays(-30), {}},
                         {MembershipStatus::Active, joined, {}}};
            m.status = MembershipStatus::Active;
            const QDate later = std::min(joined.addDays(200), m_today.addDays(-1));
            if (i % 20 == 19) {
                m.status = MembershipStatus::Withdrawn;
                m.leftOn = later;
                m.history.append({m.status, later, u"Lost its funding"_s});
            } else if (i % 20 == 13) {
                m.status = MembershipStatus::Inactive;
                m.history.append({m.status, later, u"Staff on leave"_s});
            }
        }
        m.duesCents = 5000 + 2500 * (i % 9);
        m.duesPaidThrough = m_today.addMonths(i % 5 - 2);
        m.interests = {{InterestKind::Shared, u"Safe, affordable homes for its clients"_s}};
        if (i % 7 == 0)
            m.interests.append({InterestKind::Conflicting, u"Competes for the same grants"_s});
        if (i % 5 != 0)
            m.contributions = {{ContributionKind::StaffTime, u"Four hours a week"_s,
                                40000 + 1000 * (i % 30), ContributionPeriod::Monthly}};
        if (i % 4 == 1)
            m.contributions.append({ContributionKind::Space, u"Room for meetings"_s, 15000,
                                    ContributionPeriod::Quarterly});
        if (i % 6 == 0)
            m.barriers = {u"Little staff time to spare"_s};
        m_out.snapshot.memberships.append(m);
        m_out.snapshot.organizationNames.insert(o.id, o.name);
        if (m.status == MembershipStatus::Active) {
            m_active.append(m.id);
            if (m.kind == MembershipKind::VotingMember)
                m_activeVoting.append(m.id);
        }
    }
}

void CoalitionGenerator::bodies()
{
    StageSnapshot &s = m_out.snapshot;
    const auto seats = [this](qsizetype from, int count) {
        QList<BodySeat> result;
        for (int i = 0; i < count && from + i < m_activeVoting.size(); ++i)
            result.append({m_activeVoting.at(from + i),
                           i == 0       ? u"chair"_s
                               : i == 1 ? u"secretary"_s
                                        : u"member"_s,
                           true});
        return result;
    };
    const auto add = [&s](BodyKind kind, const QString &name, const QList<BodySeat> &seated) {
        Body b;
        b.id = Id(s.bodies.size() + 1);
        b.coalitionId = 1;
        b.kind = kind;
        b.name = name;
        b.purpose = u"Decides what is in its remit between assemblies."_s;
        b.seats = seated;
        s.bodies.append(b);
    };
    add(BodyKind::FullMembership, u"General Assembly"_s, {});
    add(BodyKind::ExecutiveCommittee, u"Executive Committee"_s, seats(0, 9));
    add(BodyKind::StrategicCommittee, u"Strategic Committee"_s, seats(9, 12));
    const std::array committees{u"Finance Committee", u"Membership Committee",
                                u"Communications Committee", u"Events Committee",
                                u"Nominations Committee"};
    for (size_t c = 0; c < committees.size(); ++c)
        add(BodyKind::Committee, QString::fromUtf16(committees[c]), seats(21 + 7 * c, 7));

    for (const Body &b : std::as_const(s.bodies)) {
        DecisionProcedure p;
        p.id = b.id;
        p.bodyId = b.id;
        p.escalation
            = {EscalationStep::Discussion, EscalationStep::Mediator, EscalationStep::Panel};
        if (b.kind == BodyKind::FullMembership) {
            p.method = DecisionMethod::Majority;
            p.quorum.kind = QuorumKind::Majority;
            p.areas = {AllAreas.begin(), AllAreas.end()};
            p.noticeDays = 14;
            p.reopening = {90, Fraction{2, 3}, true};
        } else if (b.kind == BodyKind::ExecutiveCommittee) {
            p.method = DecisionMethod::ConsensusThenVote;
            p.consensusAttempts = 2;
            p.fallbackMethod = DecisionMethod::Supermajority;
            p.quorum = {QuorumKind::Count, 5, Fraction{1, 2}};
            p.areas
                = {DecisionArea::Operations, DecisionArea::Events, DecisionArea::PublicStatements};
            p.noticeDays = 7;
        } else if (b.kind == BodyKind::StrategicCommittee) {
            p.method = DecisionMethod::Supermajority;
            p.quorum.kind = QuorumKind::Majority;
            p.areas
                = {DecisionArea::PolicyPositions, DecisionArea::ActionPlans, DecisionArea::Budget};
            p.noticeDays = 7;
        } else {
            p.method = DecisionMethod::Consensus;
            p.quorum = {QuorumKind::Fraction, 0, Fraction{1, 2}};
            p.areas = {DecisionArea::Other};
            p.noticeDays = 3;
        }
        s.procedures.append(p);
    }
}

void CoalitionGenerator::meetings()
{
    StageSnapshot &s = m_out.snapshot;
    const QDate first = dayAfterStart(30);
    const qint64 span = first.daysTo(m_today.addDays(30));
    int committee = 0;
    for (int i = 0; i < m_size.meetings; ++i) {
        const Body &body = s.bodies.at(i % 8 == 0 ? 0 : 1 + committee++ % (s.bodies.size() - 1));
        const DecisionProcedure &procedure = s.procedures.at(body.id - 1);
        Meeting m;
        m.id = Id(i + 1);
        m.bodyId = body.id;
        m.startsAt = QDateTime(first.addDays(qint64(i) * span / m_size.meetings), QTime(18, 30));
        const int notice = i % 37 == 5 ? 1 : procedure.noticeDays + 2;
        m.scheduledOn = m.startsAt.date().addDays(-notice);
        m.location = u"Riverside Community Hall, room "_s + QString::number(1 + i % 4);
        m.agenda = {u"Welcome and apologies"_s, u"Reports from the action groups"_s,
                    u"Proposals for decision"_s};
        if (m.startsAt.date() < m_today) {
            QList<Id> attending;
            if (body.kind == BodyKind::FullMembership) {
                for (const Id id : std::as_const(m_active)) {
                    if (s.memberships.at(id - 1).joinedOn <= m.startsAt.date()
                        && m_random.percent(65))
                        attending.append(id);
                }
            } else {
                for (const BodySeat &seat : body.seats) {
                    if (m_random.percent(85))
                        attending.append(seat.membershipId);
                }
            }
            for (const Id id : std::as_const(attending))
                m.attendance.append({id, representative(id)});
            m.minutes = u"Minutes kept by the secretary; "_s + QString::number(attending.size())
                + u" member organizations present."_s;
            m_held.append(i);
        }
        s.meetings.append(m);
    }
}

void CoalitionGenerator::decisions()
{
    StageSnapshot &s = m_out.snapshot;
    if (m_held.isEmpty())
        return;
    for (int k = 0; k < m_size.decisions; ++k) {
        const qsizetype heldAt = k % m_held.size();
        const Meeting &meeting = s.meetings.at(m_held.at(heldAt));
        const DecisionProcedure &procedure = s.procedures.at(meeting.bodyId - 1);
        Decision d;
        d.id = Id(k + 1);
        d.meetingId = meeting.id;
        d.title = k == 0
            ? u"Found the coalition and adopt its mission"_s
            : QString(u"Proposal "_s + QString::number(k + 1) + u" on "_s + m_random.pick(Topics));
        d.text = u"The members agree to act together on this, as the proposal sets out."_s;
        d.area = procedure.areas.at(k % procedure.areas.size());
        int yes = 0, no = 0;
        for (const Attendance &a : meeting.attendance) {
            if (s.memberships.at(a.membershipId - 1).kind != MembershipKind::VotingMember)
                continue;
            const int roll = m_random.below(100);
            const VotePosition position = roll < 78 ? VotePosition::Yes
                : roll < 88                         ? VotePosition::No
                : roll < 96                         ? VotePosition::Abstain
                                                    : VotePosition::StandAside;
            yes += position == VotePosition::Yes;
            no += position == VotePosition::No;
            d.positions.append({a.membershipId, position});
        }
        d.outcome = d.positions.isEmpty() ? DecisionOutcome::Pending
            : yes > no                    ? DecisionOutcome::Adopted
                                          : DecisionOutcome::Rejected;
        d.status = d.outcome == DecisionOutcome::Adopted ? DecisionStatus::Adopted
            : d.outcome == DecisionOutcome::Rejected     ? DecisionStatus::Rejected
                                                         : DecisionStatus::Proposed;
        if (k % 97 == 50 && heldAt + 1 < m_held.size()) {
            const Meeting &later = s.meetings.at(m_held.at(heldAt + 1));
            d.reopenings = {{later.startsAt.date(), later.id, u"Costs came in higher"_s,
                             u"The new quote from the printer"_s, 3, 7}};
        }
        s.decisions.append(d);
    }
}

void CoalitionGenerator::rules()
{
    StageSnapshot &s = m_out.snapshot;
    const auto add
        = [&](RuleArea area, RuleStatus status, int startDay, std::optional<Id> supersedes) {
              GroundRule r;
              r.id = Id(s.rules.size() + 1);
              r.coalitionId = 1;
              r.area = area;
              r.title = enumLabel(area) + u" rule"_s;
              r.text = u"What the members agreed about this, in a few plain sentences."_s;
              r.status = status;
              r.history = {{dayAfterStart(startDay), RuleStatus::Proposed, r.text, {}},
                           {dayAfterStart(startDay + 30), RuleStatus::Agreed, r.text, {}}};
              if (status == RuleStatus::Retired)
                  r.history.append({dayAfterStart(startDay + 400), status, r.text, u"Replaced"_s});
              if (status != RuleStatus::Proposed && !s.decisions.isEmpty())
                  r.adoptedByDecisionId = s.decisions.at(r.id % s.decisions.size()).id;
              r.supersedesRuleId = supersedes;
              r.reviewOn = m_today.addMonths(int(r.id % 12));
              s.rules.append(r);
          };
    const std::array older{RuleArea::DecisionMaking, RuleArea::Media, RuleArea::Meetings,
                           RuleArea::Conflict};
    for (const RuleArea area : older)
        add(area, RuleStatus::Retired, 40, std::nullopt);
    for (const auto &entry : enumEntries<RuleArea>()) {
        const RuleArea area = entry.value;
        const auto it = std::find(older.begin(), older.end(), area);
        add(area, RuleStatus::Agreed, 420,
            it == older.end() ? std::nullopt : std::optional<Id>(Id(it - older.begin() + 1)));
    }
}

LargeCoalition generateCoalition(const CoalitionSize &size, const QDate &today)
{
    return CoalitionGenerator(size, today).run();
}

ReportData toReportData(const LargeCoalition &coalition)
{
    const StageSnapshot &s = coalition.snapshot;
    ReportData data;
    data.coalition = s.coalition;
    data.goals = s.goals;
    data.groups = s.groups;
    data.plans = s.plans;
    data.tasks = s.tasks;
    data.reports = s.reports;
    data.memberships = s.memberships;
    data.successes = s.successes;
    data.evaluations = s.evaluations;
    data.conflicts = s.conflicts;
    data.organizationNames = s.organizationNames;
    data.personNames = s.personNames;
    for (const Decision &decision : s.decisions) {
        const Meeting &meeting = s.meetings.at(decision.meetingId - 1);
        data.decisions.append(
            {decision, meeting.startsAt.date(), s.bodies.at(meeting.bodyId - 1).name});
    }
    return data;
}

} // namespace Coalition::Bench
