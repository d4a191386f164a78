// SPDX-License-Identifier: GPL-3.0-or-later
// The stage part of the sample coalition: the founding assembly that approved
// it, the start-up checklist answered before it began, its recorded stage
// history, and how its members work with each other. The data is chosen so
// that the stage assessment supports the recorded stage, implementation: the
// start-up and formation criteria are (substantially) met, while a newly
// agreed goal waits for an action group and one group's report is missing.
#include "demoworkspace.h"

#include "storage/workspace.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Coalition::DemoWorkspace {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Coalition::DemoWorkspace", text);
}

template<typename T>
Status statusOf(const Result<T> &result)
{
    return result ? Status() : Status(result.error());
}

// The sample's organizations, by their place in demoworkspace.cpp's list.
enum Org : int {
    Tenants = 0, // Riverside Tenants' Union, the lead
    FoodBank = 1,
    HealthOffice = 2, // non-voting ally
    College = 3,
    Parish = 4,
    Clinic = 5,
    CreditUnion = 6, // inactive for the last four months
    Foundation = 7, // observer; no relationship recorded: isolated in the network
    Youth = 8,
    Seniors = 9,
    Housing = 10, // invited
    AlNoor = 11,
    LegalCentre = 12, // withdrew four months ago
    Carla = 13,
};

#define DEMO_TRY(var, expr)                                                                        \
    auto var = (expr);                                                                             \
    if (!var)                                                                                      \
        return var.error();

#define DEMO_CHECK(expr)                                                                           \
    if (Status status_ = (expr); !status_)                                                         \
        return status_;

class StageSample final
{
public:
    StageSample(Workspace &workspace, Id coalitionId, const QList<Id> &organizations,
                const QList<Id> &memberships, const QDate &today)
        : m_w(workspace)
        , m_coalitionId(coalitionId)
        , m_organizations(organizations)
        , m_memberships(memberships)
        , m_today(today)
    { }

    Id organization(Org org) const { return m_organizations.at(org); }
    QDate day(int fromToday) const { return m_today.addDays(fromToday); }
    QDate month(int fromToday) const { return m_today.addMonths(fromToday); }

    // The founding General Assembly: the members of that time approve the
    // coalition. Its date is the one the press rule gives for the founding
    // assembly (demoworkspacegovernance.cpp).
    Result<Id> founding()
    {
        auto bodies = m_w.bodies().listForCoalition(m_coalitionId);
        if (!bodies)
            return bodies.error();
        Id assembly = 0;
        for (const Body &body : *bodies) {
            if (body.kind == BodyKind::FullMembership)
                assembly = body.id;
        }
        if (assembly == 0)
            return Error{tr("The sample has no General Assembly to found the coalition."), {}, {}};

        Meeting meeting;
        meeting.bodyId = assembly;
        meeting.startsAt = QDateTime(day(-760), QTime(18, 30));
        meeting.scheduledOn = day(-781);
        meeting.location = tr("St. Brigid's Parish hall");
        meeting.agenda
            = {tr("Founding the coalition: purpose, vision and mission"),
               tr("Who leads the coalition for its first two years"), tr("Speaking to the press")};
        meeting.minutes
            = tr("The five organizations that had been meeting for some months founded the "
                 "coalition, with the City Public Health Office attending as an ally. The "
                 "purpose, vision and mission were read out and agreed as drafted; the "
                 "Tenants' Union will lead for the first two years. A first rule on speaking "
                 "to the press was agreed.");
        const Org present[] = {Tenants, FoodBank, HealthOffice, College, Parish, LegalCentre};
        for (const Org org : present) {
            auto member = m_w.memberships().get(m_memberships.at(org));
            if (!member)
                return member.error();
            meeting.attendance.append({member->id, member->representativeId});
        }
        auto meetingId = m_w.meetings().add(meeting);
        if (!meetingId)
            return meetingId.error();

        // Every voting member of the time agrees: consensus, counted by the tally.
        Decision decision;
        decision.meetingId = *meetingId;
        decision.area = DecisionArea::Other;
        decision.title = tr("Found the Riverside Neighbourhood Coalition");
        decision.text = tr("The organizations present found the coalition on the purpose, vision "
                           "and mission read out at this meeting, and ask the Riverside Tenants' "
                           "Union to lead it for its first two years.");
        for (const Org org : {Tenants, FoodBank, College, Parish, LegalCentre})
            decision.positions.append({m_memberships.at(org), VotePosition::Yes});
        return m_w.decisions().add(decision);
    }

    Status answer(const char *item, ChecklistValue value, const QString &note, const QDate &on)
    {
        auto id = m_w.checklist().answer(m_coalitionId, QString::fromLatin1(item), value, note, on);
        return id ? Status() : Status(id.error());
    }

    Result<Id> stage(DevelopmentStage stage, const QDate &on, const QString &rationale,
                     std::optional<Id> decisionId = std::nullopt)
    {
        StageChange change;
        change.coalitionId = m_coalitionId;
        change.stage = stage;
        change.on = on;
        change.rationale = rationale;
        change.decisionId = decisionId;
        return m_w.stageChanges().add(change);
    }

    Result<Relationship> relate(Org a, Org b, RelationshipLevel level, TrustLevel trust,
                                const QDate &since, const QString &notes,
                                const QList<RelationshipView> &views = {})
    {
        Relationship r;
        r.firstId = organization(a);
        r.secondId = organization(b);
        r.level = level;
        r.trust = trust;
        r.since = since;
        r.notes = notes;
        r.views = views;
        auto id = m_w.relationships().add(r);
        if (!id)
            return id.error();
        return m_w.relationships().get(*id);
    }

    // The relationship moves on: a dated entry in its history.
    Status change(Relationship &r, RelationshipLevel level, TrustLevel trust, const QDate &on,
                  const QString &note)
    {
        r.level = level;
        r.trust = trust;
        if (Status status = m_w.relationships().update(r, note, on); !status)
            return status;
        auto again = m_w.relationships().get(r.id);
        if (!again)
            return again.error();
        r = *again;
        return {};
    }

    RelationshipView view(Org org, RelationshipLevel level, TrustLevel trust, const QString &note,
                          const QDate &on) const
    {
        return {organization(org), level, trust, note, on};
    }

private:
    Workspace &m_w;
    Id m_coalitionId;
    QList<Id> m_organizations;
    QList<Id> m_memberships;
    QDate m_today;
};

Status addChecklist(StageSample &s, const QDate &asked)
{
    const std::pair<const char *, const char *> startUp[] = {
        {"complex-issue",
         QT_TRANSLATE_NOOP("Coalition::DemoWorkspace",
                           "Damp, disrepair, rent rises and empty cupboards feed each other; no "
                           "single organization can tackle them alone.")},
        {"service-gap",
         QT_TRANSLATE_NOOP("Coalition::DemoWorkspace",
                           "Nobody is charged with following up repairs in private rented "
                           "homes; the council only inspects after a complaint.")},
        {"shared-priority",
         QT_TRANSLATE_NOOP("Coalition::DemoWorkspace",
                           "Eight organizations came to the first meeting and all named housing "
                           "conditions among their top three concerns.")},
        {"willing-partners",
         QT_TRANSLATE_NOOP("Coalition::DemoWorkspace",
                           "The Food Bank, the parish, the college and the legal centre offered "
                           "staff time or space before anything was decided.")},
        {"joint-ownership",
         QT_TRANSLATE_NOOP("Coalition::DemoWorkspace",
                           "Tenants trust the parish and the food bank more than any agency; "
                           "acting together gives them a voice no member has alone.")},
        {"shared-resources",
         QT_TRANSLATE_NOOP("Coalition::DemoWorkspace",
                           "A hall, volunteers, legal advice and the college's printing: enough "
                           "to start without a grant.")},
        {"real-commitment",
         QT_TRANSLATE_NOOP("Coalition::DemoWorkspace",
                           "The members meant to go ahead before any funder was asked; the "
                           "Greenway grant came a year later.")},
    };
    for (const auto &[item, note] : startUp)
        DEMO_CHECK(s.answer(item, ChecklistValue::Yes, tr(note), asked));
    // Later-stage questions: one answered, one the coordinator wants to put
    // to the members first.
    DEMO_CHECK(s.answer("skills-grown", ChecklistValue::Yes,
                        tr("Ten volunteers trained as repairs log-keepers; the youth group now "
                           "runs its own route surveys."),
                        s.day(-50)));
    return s.answer("community-decisions", ChecklistValue::Unanswered,
                    tr("To be discussed at the annual assembly before answering."), s.day(-20));
}

Status addStageHistory(StageSample &s, const QDate &started, Id foundingDecision)
{
    DEMO_CHECK(statusOf(s.stage(DevelopmentStage::PreFormation, started,
                                tr("The Tenants' Union and the Food Bank called the first "
                                   "meeting; the start-up questions were answered and partners "
                                   "found."))));
    DEMO_CHECK(statusOf(s.stage(DevelopmentStage::Formation, s.day(-760),
                                tr("The founding assembly approved the coalition, its purpose and "
                                   "mission, and chose the lead organization."),
                                foundingDecision)));
    return statusOf(
        s.stage(DevelopmentStage::Implementation, s.month(-8),
                tr("The Housing Repairs Group started work with a plan, a budget and monthly "
                   "reports: the coalition now does its work rather than setting itself up.")));
}

Status addRelationships(StageSample &s)
{
    using L = RelationshipLevel;
    using T = TrustLevel;

    // From a first meeting to sharing the repairs clinic, over two years;
    // both sides agree on where it stands now.
    DEMO_TRY(tenantsParish,
             s.relate(Tenants, Parish, L::Networking, T::Some, s.month(-30),
                      tr("Met at the first convening meeting in the parish hall.")));
    Relationship parish = std::move(tenantsParish).value();
    DEMO_CHECK(s.change(parish, L::Coordinating, T::More, s.month(-18),
                        tr("Tenants' surgeries held after Sunday services, on dates agreed "
                           "together.")));
    DEMO_CHECK(s.change(parish, L::Cooperating, T::More, s.month(-6),
                        tr("The parish hosts the repairs clinic and pays for the log books.")));
    parish.views = {s.view(Tenants, L::Cooperating, T::More,
                           tr("The clinic could not run without the hall."), s.month(-5)),
                    s.view(Parish, L::Cooperating, T::More,
                           tr("Our volunteers and theirs now work as one."), s.month(-5))};
    DEMO_CHECK(s.change(parish, L::Cooperating, T::More, s.month(-5), {}));

    DEMO_TRY(foodBankAlNoor,
             s.relate(FoodBank, AlNoor, L::Cooperating, T::More, s.month(-48),
                      tr("Run a joint food cupboard at the community centre on Fridays.")));
    Relationship alNoor = std::move(foodBankAlNoor).value();
    DEMO_CHECK(s.change(alNoor, L::Collaborating, T::High, s.month(-10),
                        tr("They now share a delivery van and train each other's volunteers.")));

    DEMO_CHECK(statusOf(s.relate(Clinic, HealthOffice, L::Collaborating, T::High, s.month(-72),
                                 tr("A shared team of health visitors and one set of figures on "
                                    "child health in the wards."))));
    DEMO_CHECK(statusOf(s.relate(FoodBank, Parish, L::Cooperating, T::High, s.month(-36),
                                 tr("The parish pantry stocks from the food bank and refers "
                                    "families to it."))));
    DEMO_CHECK(statusOf(s.relate(Seniors, Clinic, L::Cooperating, T::Some, s.month(-12),
                                 tr("Volunteer drivers take older patients to their "
                                    "appointments."))));
    DEMO_CHECK(statusOf(s.relate(Youth, Clinic, L::Cooperating, T::More, s.month(-5),
                                 tr("Together in the Safe Routes Group: the clinic counts the "
                                    "children, the youth group maps the routes."))));
    DEMO_CHECK(statusOf(s.relate(Tenants, Seniors, L::Coordinating, T::More, s.month(-15),
                                 tr("Joint letters to landlords about repairs for older "
                                    "tenants."))));
    DEMO_CHECK(statusOf(s.relate(Tenants, Carla, L::Coordinating, T::High, s.month(-9),
                                 tr("Carla keeps the repairs log for her street and reports at "
                                    "the clinic."))));
    DEMO_CHECK(statusOf(s.relate(College, Clinic, L::Networking, T::Some, s.month(-20),
                                 tr("Invite each other to open days; nothing shared yet."))));
    DEMO_CHECK(statusOf(s.relate(FoodBank, Seniors, L::Networking, T::Some, s.month(-14),
                                 tr("Exchange news of members who need a delivery."))));

    // The one pair whose two sides see it differently.
    DEMO_CHECK(statusOf(
        s.relate(Youth, College, L::Coordinating, T::Some, s.month(-16),
                 tr("The college hosts the youth group's evening meetings."),
                 {s.view(Youth, L::Networking, T::Low,
                         tr("They invite us to events but have not taken up any of our proposals."),
                         s.month(-2)),
                  s.view(College, L::Cooperating, T::More,
                         tr("We host their meetings and trained six of them in public speaking."),
                         s.month(-3))})));

    // Ties with organizations that are not active members now.
    DEMO_CHECK(statusOf(s.relate(Tenants, LegalCentre, L::Collaborating, T::High, s.month(-60),
                                 tr("Joint casework on evictions; the centre still advises at "
                                    "the repairs clinic after leaving the coalition."))));
    DEMO_CHECK(statusOf(s.relate(Tenants, CreditUnion, L::Networking, T::Low, s.month(-22),
                                 tr("Talks about rent-deposit loans went nowhere."))));
    return statusOf(s.relate(Housing, Tenants, L::Networking, T::Low, s.month(-24),
                             tr("Meet about overdue repairs in public housing; often at odds.")));
}

} // namespace

Status addStage(Workspace &workspace, Id coalitionId, const QList<Id> &organizations,
                const QList<Id> &memberships, const QDate &today)
{
    StageSample s(workspace, coalitionId, organizations, memberships, today);
    auto coalition = workspace.coalitions().get(coalitionId);
    if (!coalition)
        return coalition.error();
    DEMO_TRY(founding, s.founding());

    // Agreed at the Strategic Committee as the second priority; no action
    // group has taken it on yet, which holds the coalition in implementation.
    Goal food;
    food.coalitionId = coalitionId;
    food.kind = GoalKind::Specific;
    food.status = GoalStatus::Active;
    food.title = tr("Enough food to the end of the month");
    food.text = tr("No household in the river wards runs out of food before the next payday.");
    food.measures = {tr("Households that ran short in the last week of the month, counted at "
                        "the food bank each quarter"),
                     tr("Days a week when a member's food cupboard is open")};
    food.targetOn = today.addMonths(12);
    food.notes = tr("The second priority, as the clinic asked. An action group is still to be "
                    "formed for it.");
    DEMO_CHECK(statusOf(workspace.goals().add(food)));

    DEMO_CHECK(addChecklist(s, coalition->startDate.addDays(-14)));
    DEMO_CHECK(addStageHistory(s, coalition->startDate, *founding));
    return addRelationships(s);
}

#undef DEMO_TRY
#undef DEMO_CHECK

} // namespace Coalition::DemoWorkspace
