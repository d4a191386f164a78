// SPDX-License-Identifier: GPL-3.0-or-later
// Generates one coalition with years of governance and action records. The
// records are meant to be accepted by the repositories as they are, so the
// same data can be timed in memory and read back from a workspace file.
#include "largecoalition.h"

#include "benchdata.h"
#include "domain/validation.h"

#include <algorithm>
#include <array>
#include <random>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace Coalition::Bench {

namespace {

class Random
{
public:
    explicit Random(unsigned seed)
        : m_engine(seed)
    { }
    int below(int n) { return n <= 0 ? 0 : int(m_engine() % unsigned(n)); }
    bool percent(int p) { return below(100) < p; }
    template<typename List>
    QString pick(const List &list)
    {
        return QString::fromUtf16(list[size_t(below(int(list.size())))]);
    }
    // `count` different entries of `from`, in the order they are in there.
    QList<Id> sample(const QList<Id> &from, int count)
    {
        QList<qsizetype> positions(from.size());
        for (qsizetype i = 0; i < positions.size(); ++i)
            positions[i] = i;
        count = std::min<int>(count, int(from.size()));
        for (int i = 0; i < count; ++i)
            std::swap(positions[i], positions[i + below(int(positions.size()) - i)]);
        positions.resize(count);
        std::sort(positions.begin(), positions.end());
        QList<Id> result;
        for (const qsizetype at : positions)
            result.append(from.at(at));
        return result;
    }
    std::mt19937 &engine() { return m_engine; }

private:
    std::mt19937 m_engine;
};

const std::array Topics{u"affordable housing", u"tenant protection", u"food access",
                        u"youth employment",   u"clean water",       u"public transit",
                        u"health outreach",    u"adult literacy",    u"safe streets",
                        u"newcomer welcome",   u"senior care",       u"green spaces"};
const std::array FirstNames{u"Ana",   u"Ben",     u"Chioma", u"Dmitri", u"Elena",  u"Farid",
                            u"Grace", u"Hiroshi", u"Ines",   u"Jamal",  u"Katrin", u"Luis",
                            u"Mei",   u"Nadia",   u"Omar",   u"Priya",  u"Rosa",   u"Søren"};
const std::array LastNames{u"Okafor",   u"Nguyen", u"Schmidt", u"Haddad", u"Moreau", u"Silva",
                           u"Kowalski", u"Tanaka", u"Ibrahim", u"Novak",  u"Walsh",  u"Müller"};
constexpr std::array AllAreas{
    DecisionArea::GroundRules,     DecisionArea::Membership,       DecisionArea::Budget,
    DecisionArea::PolicyPositions, DecisionArea::PublicStatements, DecisionArea::ActionPlans,
    DecisionArea::Events,          DecisionArea::Operations,       DecisionArea::Other};

class Generator
{
public:
    Generator(const CoalitionSize &size, const QDate &today)
        : m_size(size)
        , m_today(today)
        , m_start(today.addYears(-5))
        , m_random(20240917)
    { }

    LargeCoalition run()
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

private:
    QDate dayAfterStart(qint64 days) const { return m_start.addDays(days); }
    Id representative(Id membershipId) const { return m_representative.value(membershipId); }

    void people()
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

    void coalition()
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

    void memberships()
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

    void bodies()
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
                p.areas = {DecisionArea::Operations, DecisionArea::Events,
                           DecisionArea::PublicStatements};
                p.noticeDays = 7;
            } else if (b.kind == BodyKind::StrategicCommittee) {
                p.method = DecisionMethod::Supermajority;
                p.quorum.kind = QuorumKind::Majority;
                p.areas = {DecisionArea::PolicyPositions, DecisionArea::ActionPlans,
                           DecisionArea::Budget};
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

    void meetings()
    {
        StageSnapshot &s = m_out.snapshot;
        const QDate first = dayAfterStart(30);
        const qint64 span = first.daysTo(m_today.addDays(30));
        int committee = 0;
        for (int i = 0; i < m_size.meetings; ++i) {
            const Body &body
                = s.bodies.at(i % 8 == 0 ? 0 : 1 + committee++ % (s.bodies.size() - 1));
            const DecisionProcedure &procedure = s.procedures.at(body.id - 1);
            Meeting m;
            m.id = Id(i + 1);
            m.bodyId = body.id;
            m.startsAt
                = QDateTime(first.addDays(qint64(i) * span / m_size.meetings), QTime(18, 30));
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

    void decisions()
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
            d.title = k == 0 ? u"Found the coalition and adopt its mission"_s
                             : QString(u"Proposal "_s + QString::number(k + 1) + u" on "_s
                                       + m_random.pick(Topics));
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

    void rules()
    {
        StageSnapshot &s = m_out.snapshot;
        const auto add = [&](RuleArea area, RuleStatus status, int startDay,
                             std::optional<Id> supersedes) {
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

    void goals()
    {
        StageSnapshot &s = m_out.snapshot;
        const int count = std::max(4, m_size.groups * 2 / 3);
        for (int i = 0; i < count; ++i) {
            Goal g;
            g.id = Id(i + 1);
            g.coalitionId = 1;
            g.kind = i % 4 == 3 ? GoalKind::Universal : GoalKind::Specific;
            g.title = i % 4 == 3
                ? QString(u"Broaden the membership, round "_s + QString::number(i + 1))
                : QString(u"Progress on "_s + m_random.pick(Topics) + u", part "_s
                          + QString::number(i + 1));
            g.text = u"What the coalition means to change, and for whom."_s;
            g.measures = {u"Households reached"_s, u"Policy changes won"_s};
            g.targetOn = m_today.addMonths(6 + i % 18);
            g.status = i % 9 == 8 ? GoalStatus::Achieved : GoalStatus::Active;
            if (!s.decisions.isEmpty())
                g.adoptedByDecisionId = s.decisions.at((i * 7) % s.decisions.size()).id;
            g.confidential = i % 19 == 18;
            s.goals.append(g);
        }
    }

    void groups()
    {
        StageSnapshot &s = m_out.snapshot;
        for (int i = 0; i < m_size.groups; ++i) {
            ActionGroup g;
            g.id = Id(i + 1);
            g.coalitionId = 1;
            g.name = u"Action group "_s + QString::number(i + 1) + u": "_s + m_random.pick(Topics);
            g.purpose = u"Carries out the plans of the goals it serves."_s;
            g.memberships = m_random.sample(m_active, 8 + m_random.below(13));
            g.convenerId = representative(g.memberships.first());
            g.people = {*g.convenerId};
            g.goals = {s.goals.at(i % s.goals.size()).id};
            if (i % 3 == 0 && s.goals.size() > 1)
                g.goals.append(s.goals.at((i + 1) % s.goals.size()).id);
            g.cadence = i % 5 == 4 ? ReportingCadence::Quarterly : ReportingCadence::Monthly;
            g.startedOn = dayAfterStart(200 + 10 * i);
            g.confidential = i % 17 == 16;
            s.groups.append(g);
        }
    }

    void plans()
    {
        StageSnapshot &s = m_out.snapshot;
        for (int j = 0; j < m_size.plans && !s.groups.isEmpty(); ++j) {
            const ActionGroup &group = s.groups.at(j % s.groups.size());
            const Id lead = group.memberships.at(j % group.memberships.size());
            ActionPlan p;
            p.id = Id(j + 1);
            p.groupId = group.id;
            p.goalId = group.goals.at(j % group.goals.size());
            p.leadMembershipId = lead;
            p.title = u"Plan "_s + QString::number(j + 1) + u": "_s + m_random.pick(Topics);
            p.startOn = m_today.addDays(-430 - j % 20);
            p.dueOn = m_today.addDays(20 + j % 120);
            if (j % 9 != 0)
                p.criteria = {u"Turnout at the events"_s, u"Tenants who kept their homes"_s};
            p.budget = {{u"Printing"_s, 25000 + 500 * (j % 40), lead, {}, true},
                        {u"Venue hire"_s, 60000, std::nullopt, u"City small grants"_s, j % 3 == 0}};
            p.staffing = {{u"Volunteer coordinator"_s, 20, lead, false},
                          {u"Translator"_s, 8, std::nullopt, true}};
            if (j % 2 == 0 && !s.decisions.isEmpty())
                p.adoptedByDecisionId = s.decisions.at((j * 5) % s.decisions.size()).id;
            p.confidential = j % 41 == 40;
            s.plans.append(p);
        }
    }

    // Due dates run from 400 days ago to 120 days ahead; most past tasks are
    // done, some are late.
    void tasks()
    {
        StageSnapshot &s = m_out.snapshot;
        for (int t = 0; t < m_size.tasks && !s.plans.isEmpty(); ++t) {
            const ActionPlan &plan = s.plans.at(t % s.plans.size());
            const ActionGroup &group = s.groups.at(plan.groupId - 1);
            Task task;
            task.id = Id(t + 1);
            task.planId = plan.id;
            task.title = u"Task "_s + QString::number(t + 1) + u": "_s
                + (t % 2 ? u"call the members about "_s : u"draft a leaflet on "_s)
                + m_random.pick(Topics);
            task.responsibleId = group.memberships.at(t % group.memberships.size());
            task.dueOn = m_today.addDays(-400 + qint64(t) * 520 / m_size.tasks);
            task.startOn = task.dueOn.addDays(-30);
            const int roll = m_random.below(100);
            if (task.dueOn < m_today) {
                task.status = roll < 75 ? TaskStatus::Done
                    : roll < 82         ? TaskStatus::Dropped
                                        : TaskStatus::InProgress;
            } else {
                task.status = roll < 5 ? TaskStatus::Done
                    : roll < 35        ? TaskStatus::InProgress
                                       : TaskStatus::NotStarted;
            }
            if (task.status == TaskStatus::Done)
                task.doneOn = std::min(task.dueOn.addDays(-2), m_today.addDays(-1));
            task.confidential = t % 53 == 52;
            s.tasks.append(task);
        }
    }

    void reports()
    {
        StageSnapshot &s = m_out.snapshot;
        for (const ActionGroup &group : std::as_const(s.groups)) {
            const bool monthly = group.cadence == ReportingCadence::Monthly;
            const QDate from = std::max(group.startedOn, m_today.addDays(-540));
            ReportPeriod period
                = monthly ? ReportPeriod::monthOf(from) : ReportPeriod::quarterOf(from);
            for (; period.last() < m_today; period = period.next()) {
                if (m_random.percent(12))
                    continue; // owed, never sent
                ProgressReport r;
                r.id = Id(s.reports.size() + 1);
                r.groupId = group.id;
                r.period = period;
                r.authorId = group.convenerId;
                r.text = u"Two events held, one plan behind; the group asks for a translator."_s;
                r.receivedOn = std::min(period.last().addDays(5), m_today);
                s.reports.append(r);
            }
        }
    }

    void outcomes()
    {
        StageSnapshot &s = m_out.snapshot;
        const int successes = std::max(2, m_size.groups * 5 / 6);
        for (int i = 0; i < successes; ++i) {
            const ActionGroup &group = s.groups.at(i % s.groups.size());
            Success x;
            x.id = Id(i + 1);
            x.coalitionId = 1;
            x.title = u"Won a change on "_s + m_random.pick(Topics);
            x.text = u"The city council adopted the members' proposal."_s;
            x.achievedOn = m_today.addDays(-1000 + 990 * i / successes);
            x.credited = m_random.sample(group.memberships, 2 + m_random.below(3));
            x.groupId = group.id;
            x.goalId = group.goals.first();
            s.successes.append(x);
        }
        const int evaluations = std::max(2, m_size.groups * 2 / 3);
        for (int i = 0; i < evaluations; ++i) {
            const ActionPlan &plan = s.plans.at((i * 7) % s.plans.size());
            Evaluation e;
            e.id = Id(i + 1);
            e.coalitionId = 1;
            e.activity = u"Evaluation of "_s + plan.title;
            e.on = m_today.addDays(-1050 + 1040 * i / evaluations);
            e.method = enumEntries<EvaluationMethod>()[size_t(i) % 6].value;
            e.findings = u"Members were satisfied; reach in the east ward is still low."_s;
            e.score = 55 + i % 40;
            e.groupId = plan.groupId;
            e.planId = plan.id;
            s.evaluations.append(e);
        }
        const int conflicts = std::max(1, m_size.groups / 3);
        for (int i = 0; i < conflicts; ++i) {
            Conflict c;
            c.id = Id(i + 1);
            c.coalitionId = 1;
            c.subject = u"Who speaks for the coalition on "_s + m_random.pick(Topics);
            c.parties = m_random.sample(m_active, 2);
            c.raisedOn = m_today.addDays(-900 + 880 * i / conflicts);
            c.step = i % 4 == 1 ? EscalationStep::Mediator : EscalationStep::Discussion;
            if (i % 3 != 0) {
                c.status = ConflictStatus::Resolved;
                c.resolution = u"Agreed to speak jointly, with both logos."_s;
                c.resolvedOn = std::min(c.raisedOn.addDays(20), m_today);
            }
            s.conflicts.append(c);
        }
    }

    void stage()
    {
        StageSnapshot &s = m_out.snapshot;
        const QList<ChecklistItem> items = StageEngine::checklistItems();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (i % 9 == 8)
                continue; // left unanswered
            ChecklistAnswer a;
            a.id = Id(s.checklist.size() + 1);
            a.coalitionId = 1;
            a.item = items.at(i).id;
            a.value = i % 7 == 6 ? ChecklistValue::No : ChecklistValue::Yes;
            a.note = u"Discussed at the steering meeting."_s;
            a.answeredOn = dayAfterStart(10 + i);
            s.checklist.append(a);
        }
        const std::array steps{std::pair{DevelopmentStage::PreFormation, -60},
                               std::pair{DevelopmentStage::Formation, 90},
                               std::pair{DevelopmentStage::Implementation, 500},
                               std::pair{DevelopmentStage::Maintenance, 1400}};
        for (const auto &[stage, day] : steps) {
            StageChange c;
            c.id = Id(s.history.size() + 1);
            c.coalitionId = 1;
            c.stage = stage;
            c.on = dayAfterStart(day);
            c.rationale = u"The coordinator's reading of the criteria at the time."_s;
            if (stage == DevelopmentStage::Formation && !s.decisions.isEmpty())
                c.decisionId = s.decisions.first().id;
            s.history.append(c);
        }
    }

    void network()
    {
        for (const Membership &m : std::as_const(m_out.snapshot.memberships)) {
            if (m.status == MembershipStatus::Active)
                m_out.members.append(
                    {m.organizationId, m_out.snapshot.organizationNames.value(m.organizationId)});
        }
        std::sort(m_out.members.begin(), m_out.members.end(),
                  [](const NetworkMember &a, const NetworkMember &b) {
                      const QString keyA = Validation::nameKey(a.name);
                      const QString keyB = Validation::nameKey(b.name);
                      return keyA != keyB ? keyA < keyB : a.organizationId < b.organizationId;
                  });

        const qsizetype orgs = m_out.organizations.size();
        std::vector<std::pair<Id, Id>> pairs;
        pairs.reserve(size_t(orgs * (orgs - 1) / 2));
        for (qsizetype a = 1; a <= orgs; ++a) {
            for (qsizetype b = a + 1; b <= orgs; ++b)
                pairs.emplace_back(a, b);
        }
        std::shuffle(pairs.begin(), pairs.end(), m_random.engine());
        pairs.resize(std::min(pairs.size(), size_t(std::max(0, m_size.relationships))));
        std::sort(pairs.begin(), pairs.end());
        for (const auto &[first, second] : pairs) {
            Relationship r;
            r.id = Id(m_out.relationships.size() + 1);
            r.firstId = first;
            r.secondId = second;
            const int roll = m_random.below(100);
            r.level = roll < 40 ? RelationshipLevel::Networking
                : roll < 70     ? RelationshipLevel::Coordinating
                : roll < 90     ? RelationshipLevel::Cooperating
                                : RelationshipLevel::Collaborating;
            r.trust = TrustLevel(std::min(3, int(r.level) + m_random.below(2)));
            r.since = dayAfterStart(m_random.below(1500));
            if (m_random.percent(10))
                r.notes = u"Share an office building"_s;
            r.history = {{r.since, std::nullopt, r.level, r.trust, {}}};
            if (m_random.percent(12)) {
                const QDate on = r.since.addDays(100);
                const bool differ = m_random.percent(35);
                const RelationshipLevel other = differ && r.level != RelationshipLevel::Networking
                    ? RelationshipLevel(int(r.level) - 1)
                    : r.level;
                r.views = {{first, r.level, r.trust, {}, on}, {second, other, r.trust, {}, on}};
                r.history.append({on, first, r.level, r.trust, {}});
                r.history.append({on, second, other, r.trust, {}});
            }
            m_out.relationships.append(r);
        }
    }

    CoalitionSize m_size;
    QDate m_today;
    QDate m_start;
    Random m_random;
    LargeCoalition m_out;
    QHash<Id, Id> m_representative; // membership -> its representative
    QList<Id> m_active; // active memberships
    QList<Id> m_activeVoting;
    QList<int> m_held; // indexes of the meetings held before today
};

} // namespace

LargeCoalition generateCoalition(const CoalitionSize &size, const QDate &today)
{
    return Generator(size, today).run();
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
