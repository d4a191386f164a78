// SPDX-License-Identifier: GPL-3.0-or-later
// The generated coalition's goals, action groups, plans, tasks, progress
// reports and outcomes, its checklist answers and stage history, and the
// relationships between its members.
#include "coalitiongenerator.h"

#include "domain/validation.h"

#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace Coalition::Bench {

void CoalitionGenerator::goals()
{
    StageSnapshot &s = m_out.snapshot;
    const int count = std::max(4, m_size.groups * 2 / 3);
    for (int i = 0; i < count; ++i) {
        Goal g;
        g.id = Id(i + 1);
        g.coalitionId = 1;
        g.kind = i % 4 == 3 ? GoalKind::Universal : GoalKind::Specific;
        g.title = i % 4 == 3 ? QString(u"Broaden the membership, round "_s + QString::number(i + 1))
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

void CoalitionGenerator::groups()
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

void CoalitionGenerator::plans()
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

// Due dates run from 400 days ago to 120 days ahead; most past tasks are
// done, some are late.
void CoalitionGenerator::tasks()
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

void CoalitionGenerator::reports()
{
    StageSnapshot &s = m_out.snapshot;
    for (const ActionGroup &group : std::as_const(s.groups)) {
        const bool monthly = group.cadence == ReportingCadence::Monthly;
        const QDate from = std::max(group.startedOn, m_today.addDays(-540));
        ReportPeriod period = monthly ? ReportPeriod::monthOf(from) : ReportPeriod::quarterOf(from);
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

void CoalitionGenerator::outcomes()
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

void CoalitionGenerator::stage()
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

void CoalitionGenerator::network()
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

} // namespace Coalition::Bench
