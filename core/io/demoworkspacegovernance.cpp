// SPDX-License-Identifier: GPL-3.0-or-later
// The governance of the sample coalition: three bodies with their procedures,
// its ground rules, half a year of meetings and the decisions taken in them.
// Decisions go through the repositories, so every outcome is counted by the
// tally, never typed in.
#include "demoworkspace.h"

#include "storage/workspace.h"

#include <QCoreApplication>

#include <tuple>

using namespace Qt::StringLiterals;

namespace Coalition::DemoWorkspace {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Coalition::DemoWorkspace", text);
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
    Foundation = 7, // observer
    Youth = 8,
    Seniors = 9,
    AlNoor = 11,
    LegalCentre = 12, // withdrew four months ago
    Carla = 13,
};

using Votes = QList<std::pair<Org, VotePosition>>;

constexpr VotePosition Yes = VotePosition::Yes;
constexpr VotePosition No = VotePosition::No;
constexpr VotePosition Abstain = VotePosition::Abstain;
constexpr VotePosition StandAside = VotePosition::StandAside;
constexpr VotePosition Block = VotePosition::Block;

class Sample final
{
public:
    Sample(Workspace &workspace, Id coalitionId, const QDate &today)
        : m_w(workspace)
        , m_coalitionId(coalitionId)
        , m_today(today)
    { }

    Status loadMembers(const QList<Id> &ids)
    {
        for (const Id id : ids) {
            auto membership = m_w.memberships().get(id);
            if (!membership)
                return membership.error();
            m_members.append(*membership);
        }
        return {};
    }

    Id member(Org org) const { return m_members.at(org).id; }
    QDate day(int fromToday) const { return m_today.addDays(fromToday); }

    // The organization at a meeting through its representative, or its alternate too.
    QList<Attendance> attending(const QList<Org> &orgs, const QList<Org> &withAlternate = {}) const
    {
        QList<Attendance> result;
        for (const Org org : orgs) {
            const Membership &m = m_members.at(org);
            result.append({m.id, m.representativeId});
            if (withAlternate.contains(org) && m.alternateId)
                result.append({m.id, m.alternateId});
        }
        return result;
    }

    Result<Id> body(BodyKind kind, const QString &name, const QString &purpose,
                    const QList<std::tuple<Org, QString, bool>> &seats = {})
    {
        Body b;
        b.coalitionId = m_coalitionId;
        b.kind = kind;
        b.name = name;
        b.purpose = purpose;
        for (const auto &[org, role, voting] : seats)
            b.seats.append({member(org), role, voting});
        return m_w.bodies().add(b);
    }

    Result<Id> meeting(Id bodyId, int daysFromToday, int calledDaysBefore, const QString &location,
                       const QStringList &agenda, const QList<Attendance> &attendance,
                       const QString &minutes)
    {
        Meeting m;
        m.bodyId = bodyId;
        m.startsAt = QDateTime(day(daysFromToday), QTime(18, 30));
        m.scheduledOn = day(daysFromToday - calledDaysBefore);
        m.location = location;
        m.agenda = agenda;
        m.attendance = attendance;
        m.minutes = minutes;
        return m_w.meetings().add(m);
    }

    Result<Id> decision(Id meetingId, DecisionArea area, const QString &title, const QString &text,
                        const Votes &votes, int failedConsensusAttempts = 0)
    {
        Decision d;
        d.meetingId = meetingId;
        d.area = area;
        d.title = title;
        d.text = text;
        d.failedConsensusAttempts = failedConsensusAttempts;
        for (const auto &[org, position] : votes)
            d.positions.append({member(org), position});
        return m_w.decisions().add(d);
    }

    Result<Id> rule(RuleArea area, const QString &title, const QString &text,
                    const QList<RuleRevision> &history, std::optional<Id> adoptedBy = {},
                    std::optional<Id> supersedes = {}, const QDate &reviewOn = {})
    {
        GroundRule g;
        g.coalitionId = m_coalitionId;
        g.area = area;
        g.title = title;
        g.text = text;
        g.status = history.last().status;
        g.history = history;
        g.adoptedByDecisionId = adoptedBy;
        g.supersedesRuleId = supersedes;
        g.reviewOn = reviewOn;
        return m_w.groundRules().add(g);
    }

private:
    Workspace &m_w;
    Id m_coalitionId;
    QDate m_today;
    QList<Membership> m_members;
};

QList<DecisionArea> everyArea()
{
    return {
        DecisionArea::GroundRules,     DecisionArea::Membership,       DecisionArea::Budget,
        DecisionArea::PolicyPositions, DecisionArea::PublicStatements, DecisionArea::ActionPlans,
        DecisionArea::Events,          DecisionArea::Operations,       DecisionArea::Other};
}

#define DEMO_TRY(var, expr)                                                                        \
    auto var = (expr);                                                                             \
    if (!var)                                                                                      \
        return var.error();

#define DEMO_CHECK(expr)                                                                           \
    if (Status status_ = (expr); !status_)                                                         \
        return status_;

} // namespace

Status addGovernance(Workspace &workspace, Id coalitionId, const QList<Id> &memberships,
                     const QDate &today, GovernanceLinks *links)
{
    Sample s(workspace, coalitionId, today);
    DEMO_CHECK(s.loadMembers(memberships));
    const QString hall = tr("St. Brigid's Parish hall");
    const QString office = tr("Riverside Tenants' Union office, 12 Market Street");

    // --- Bodies and how each decides -------------------------------------
    DEMO_TRY(assembly,
             s.body(BodyKind::FullMembership, tr("General Assembly"),
                    tr("Every voting member, one vote each. Sets the rules, the "
                       "priorities and the budget, and elects the committees.")));
    DEMO_TRY(executive,
             s.body(BodyKind::ExecutiveCommittee, tr("Executive Committee"),
                    tr("Runs the coalition between assemblies: operations, events and what the "
                       "coalition says in public."),
                    {{Tenants, tr("chair"), true},
                     {FoodBank, tr("treasurer"), true},
                     {Parish, tr("secretary"), true},
                     {Youth, tr("member"), true},
                     {Seniors, tr("member"), true}}));
    DEMO_TRY(strategic,
             s.body(BodyKind::StrategicCommittee, tr("Strategic Committee"),
                    tr("Looks a year ahead: policy positions, action plans and the budget the "
                       "assembly is asked to approve."),
                    {{Tenants, tr("member"), true},
                     {College, tr("chair"), true},
                     {Clinic, tr("member"), true},
                     {AlNoor, tr("member"), true},
                     {Carla, tr("member"), true},
                     {Foundation, tr("adviser (funder, no vote)"), false}}));

    DecisionProcedure general;
    general.bodyId = *assembly;
    general.method = DecisionMethod::ConsensusThenVote;
    general.consensusAttempts = 2;
    general.fallbackMethod = DecisionMethod::Majority;
    general.basis = VoteBasis::Cast;
    general.quorum.kind = QuorumKind::Majority;
    general.areas = everyArea();
    general.escalation
        = {EscalationStep::Discussion, EscalationStep::Mediator, EscalationStep::Panel};
    general.noticeDays = 7;
    general.reopening = {90, Fraction{2, 3}, true};
    general.notes = tr("Agreed when the coalition was founded. A proposal that fails to reach "
                       "consensus twice is put to a vote at the next assembly.");
    DEMO_TRY(generalId, workspace.procedures().set(general));

    DecisionProcedure exec;
    exec.bodyId = *executive;
    exec.method = DecisionMethod::Majority;
    exec.basis = VoteBasis::Cast;
    exec.quorum = {QuorumKind::Count, 3, Fraction{1, 2}};
    exec.areas = {DecisionArea::Operations, DecisionArea::Events, DecisionArea::PublicStatements};
    exec.escalation = {EscalationStep::Discussion, EscalationStep::Mediator};
    exec.noticeDays = 3;
    exec.reopening = {30, std::nullopt, false};
    exec.notes = tr("Anything outside its three areas goes to the General Assembly.");
    DEMO_TRY(execId, workspace.procedures().set(exec));

    DecisionProcedure strategy;
    strategy.bodyId = *strategic;
    strategy.method = DecisionMethod::Supermajority;
    strategy.threshold = Fraction{2, 3};
    strategy.basis = VoteBasis::Present;
    strategy.quorum.kind = QuorumKind::Majority;
    strategy.areas
        = {DecisionArea::PolicyPositions, DecisionArea::ActionPlans, DecisionArea::Budget};
    strategy.escalation
        = {EscalationStep::Discussion, EscalationStep::Mediator, EscalationStep::Arbitrator};
    strategy.noticeDays = 7;
    strategy.reopening = {60, Fraction{2, 3}, true};
    DEMO_TRY(strategyId, workspace.procedures().set(strategy));

    // --- Five months ago: the General Assembly -----------------------------
    DEMO_TRY(
        spring,
        s.meeting(*assembly, -150, 15, hall,
                  {tr("Welcome and apologies"), tr("How the coalition decides: the draft rule"),
                   tr("Joining the Fair Rents campaign"), tr("When general meetings are held"),
                   tr("Any other business")},
                  s.attending({Tenants, FoodBank, College, Parish, Clinic, Youth, Seniors, AlNoor,
                               Carla, HealthOffice, Foundation},
                              {Tenants}),
                  tr("Nine of the eleven voting members came; the Credit Union and the "
                     "Legal Advice Centre sent apologies. The decision-making rule was "
                     "agreed, with Al-Noor standing aside because its trustees had not "
                     "seen the text. Millbrook Community College blocked joining the Fair "
                     "Rents campaign: its charter bars it from campaigning on town "
                     "policy. The chair asked for a proposal that lets members take part "
                     "one by one.")));
    DEMO_TRY(decisionRule,
             s.decision(*spring, DecisionArea::GroundRules,
                        tr("Adopt the rule on how the coalition decides"),
                        tr("The General Assembly seeks consensus; after two failed attempts it "
                           "votes by simple majority of the votes cast."),
                        {{Tenants, Yes},
                         {FoodBank, Yes},
                         {College, Yes},
                         {Parish, Yes},
                         {Clinic, Yes},
                         {Youth, Yes},
                         {Seniors, Yes},
                         {AlNoor, StandAside},
                         {Carla, Yes}}));
    DEMO_TRY(campaign,
             s.decision(*spring, DecisionArea::PolicyPositions,
                        tr("Join the Fair Rents campaign as a coalition"),
                        tr("The coalition signs up to the Fair Rents campaign in its own name "
                           "and lists every member as a supporter."),
                        {{Tenants, Yes},
                         {FoodBank, Yes},
                         {College, Block},
                         {Parish, Yes},
                         {Clinic, StandAside},
                         {Youth, Yes},
                         {Seniors, Yes},
                         {AlNoor, Yes},
                         {Carla, Yes}}));
    DEMO_TRY(tuesdays,
             s.decision(*spring, DecisionArea::Operations,
                        tr("Hold general meetings on the first Tuesday evening"),
                        tr("General meetings start at 18:30 on the first Tuesday of "
                           "each month in St. Brigid's Parish hall."),
                        {{Tenants, Yes},
                         {FoodBank, Yes},
                         {College, Yes},
                         {Parish, Yes},
                         {Clinic, Yes},
                         {Youth, Yes},
                         {Seniors, Yes},
                         {AlNoor, Yes},
                         {Carla, Yes}}));

    // --- The Executive Committee plans the spring fair ---------------------
    DEMO_TRY(fairMeeting,
             s.meeting(*executive, -130, 5, office,
                       {tr("Spring community fair"), tr("Leaflets for the fair"),
                        tr("Treasurer's report")},
                       s.attending({Tenants, FoodBank, Parish, Seniors}),
                       tr("Youth Voices sent apologies. The fair goes ahead on the parish "
                          "field; Seniors Together voted against, worried about access for "
                          "wheelchair users, and will walk the site with the parish. The "
                          "committee also paid for leaflets from the outreach fund, which the "
                          "treasurer noted is strictly a matter for the assembly.")));
    DEMO_TRY(fair,
             s.decision(*fairMeeting, DecisionArea::Events,
                        tr("Hold the spring community fair on the parish field"),
                        tr("A Saturday afternoon fair with stalls from every member and "
                           "free health checks."),
                        {{Tenants, Yes}, {FoodBank, Yes}, {Parish, Yes}, {Seniors, No}}));
    DEMO_TRY(leaflets,
             s.decision(*fairMeeting, DecisionArea::Budget,
                        tr("Print 2,000 leaflets from the outreach fund"),
                        tr("Up to 400.00 from the outreach fund for leaflets in four "
                           "languages."),
                        {{Tenants, Yes}, {FoodBank, Yes}, {Parish, Yes}, {Seniors, Abstain}}));

    // --- The Strategic Committee sets the year's priority ------------------
    DEMO_TRY(priorities,
             s.meeting(*strategic, -100, 14, hall,
                       {tr("Policy priority for the year"), tr("Funding outlook")},
                       s.attending({Tenants, College, Clinic, AlNoor, Carla, Foundation}),
                       tr("All five voting members came, with the Greenway Foundation as "
                          "adviser. Rent stabilisation becomes the first priority; the clinic "
                          "abstained, preferring food security, and asked that it be second.")));
    DEMO_TRY(priority,
             s.decision(
                 *priorities, DecisionArea::PolicyPositions,
                 tr("Make rent stabilisation the first policy priority"),
                 tr("For the coming year the coalition's joint work and "
                    "statements put rent stabilisation first."),
                 {{Tenants, Yes}, {College, Yes}, {Clinic, Abstain}, {AlNoor, Yes}, {Carla, Yes}}));

    if (links)
        *links = {*priority, *fair};

    // --- Two months ago: the General Assembly ------------------------------
    DEMO_TRY(summer,
             s.meeting(*assembly, -60, 7, hall,
                       {tr("Who speaks for the coalition: the rule, third reading"),
                        tr("Reopening the meeting time"), tr("Reports from the committees")},
                       s.attending({Tenants, FoodBank, Parish, Clinic, Youth, Seniors, AlNoor,
                                    Carla, HealthOffice},
                                   {FoodBank}),
                       tr("Consensus on the spokesperson rule had failed twice, so it was put "
                          "to a vote and adopted by six votes to two. Youth Voices asked to "
                          "reopen the meeting time: since the school timetable changed, its "
                          "members cannot come on Tuesday evenings. Five of the eight voted to "
                          "reopen and the chair declared it reopened; the new time is on the "
                          "agenda of the next assembly.")));
    DEMO_TRY(spokesperson,
             s.decision(*summer, DecisionArea::GroundRules,
                        tr("Adopt the rule on who speaks for the coalition"),
                        tr("Only the coordinator and the chair of the Executive Committee speak "
                           "for the coalition; members speak for themselves."),
                        {{Tenants, Yes},
                         {FoodBank, Yes},
                         {Parish, Yes},
                         {Clinic, No},
                         {Youth, Yes},
                         {Seniors, Yes},
                         {AlNoor, Yes},
                         {Carla, No}},
                        2));
    Reopening reopening;
    reopening.on = s.day(-60);
    reopening.meetingId = *summer;
    reopening.reason = tr("Tuesday evenings keep young members and parents away.");
    reopening.newInformation = tr("The schools moved parents' evenings to Tuesdays this year.");
    reopening.votesFor = 5;
    reopening.votesCast = 8;
    DEMO_CHECK(workspace.decisions().reopen(*tuesdays, reopening));

    // --- An emergency meeting of the Executive Committee -------------------
    DEMO_TRY(emergency,
             s.meeting(*executive, -30, 1, office,
                       {tr("The council's draft housing budget"), tr("Shared files")},
                       s.attending({Tenants, FoodBank, Youth, Seniors}),
                       tr("Called the day before, when the council published its draft "
                          "budget, so that the coalition could answer within the consultation "
                          "period. The statement was agreed. The proposal to move the shared "
                          "files to a new online folder was lost on a tie and will come back "
                          "with costs.")));
    DEMO_TRY(statement,
             s.decision(*emergency, DecisionArea::PublicStatements,
                        tr("Answer the council's draft housing budget in public"),
                        tr("A statement on the cut to the repairs grant, published in the "
                           "coalition's name and sent to every councillor."),
                        {{Tenants, Yes}, {FoodBank, Yes}, {Youth, Yes}, {Seniors, Abstain}}));
    DEMO_TRY(files,
             s.decision(*emergency, DecisionArea::Operations,
                        tr("Move the shared files to a new online folder"),
                        tr("Replace the e-mailed attachments with one shared online "
                           "folder that every representative can open."),
                        {{Tenants, Yes}, {FoodBank, No}, {Youth, Yes}, {Seniors, No}}));

    // --- Two weeks ago: too few came to the Strategic Committee ------------
    DEMO_TRY(evaluation,
             s.meeting(*strategic, -14, 14, hall, {tr("Evaluation plan for the rent campaign")},
                       s.attending({College, Carla}),
                       tr("Only two of the five voting members came. The plan was discussed "
                          "and put to the members present, but without a quorum nothing was "
                          "decided; it goes back on the next agenda.")));
    DEMO_TRY(plan,
             s.decision(*evaluation, DecisionArea::ActionPlans,
                        tr("Approve the evaluation plan for the rent campaign"),
                        tr("Count the tenants advised, the repairs won and the councillors "
                           "who signed the pledge, and report every quarter."),
                        {{College, Yes}, {Carla, Yes}}));

    // --- Next: the General Assembly in twelve days -------------------------
    DEMO_TRY(next,
             s.meeting(*assembly, 12, 14, hall,
                       {tr("What stays in the room: the draft confidentiality rule"),
                        tr("A new time for general meetings"),
                        tr("Evaluation plan for the rent campaign")},
                       {}, {}));
    DEMO_TRY(confidential,
             s.decision(*next, DecisionArea::GroundRules,
                        tr("Adopt the rule on what stays in the room"),
                        tr("Agree the draft confidentiality rule as it stands."), {}));
    DEMO_TRY(newTime,
             s.decision(*next, DecisionArea::Operations,
                        tr("Hold general meetings on the first Saturday morning"),
                        tr("General meetings move to 10:00 on the first Saturday of "
                           "each month, with a crèche."),
                        {}));

    // --- Ground rules --------------------------------------------------------
    const QString decidingText
        = tr("The General Assembly seeks consensus. When a proposal fails to reach consensus "
             "at two meetings, it is put to a vote at the next one and needs a majority of the "
             "votes cast. A quorum is more than half of the voting members.");
    DEMO_TRY(deciding,
             s.rule(RuleArea::DecisionMaking, tr("How the coalition decides"), decidingText,
                    {{s.day(-165), RuleStatus::Proposed, decidingText,
                      tr("Tabled by the Executive Committee.")},
                     {s.day(-150), RuleStatus::Agreed, decidingText,
                      tr("Agreed by the General Assembly.")}},
                    *decisionRule, std::nullopt, s.day(215)));

    const QString pressText = tr("The chair of any member organization may speak to the press "
                                 "about the coalition's work.");
    DEMO_TRY(press,
             s.rule(RuleArea::Media, tr("Speaking to the press"), pressText,
                    {{s.day(-790), RuleStatus::Proposed, pressText, {}},
                     {s.day(-760), RuleStatus::Agreed, pressText,
                      tr("Agreed at the founding assembly.")}}));
    DEMO_CHECK(workspace.groundRules().setStatus(
        *press, RuleStatus::Retired, s.day(-60),
        tr("Superseded by “Who speaks for the coalition”: two members spoke to the same "
           "newspaper with different messages.")));
    const QString spokesText
        = tr("Only the coordinator and the chair of the Executive Committee speak for the "
             "coalition, and only on positions the coalition has agreed. Members speak for "
             "their own organizations and say so.");
    DEMO_TRY(spokes,
             s.rule(RuleArea::Media, tr("Who speaks for the coalition"), spokesText,
                    {{s.day(-120), RuleStatus::Proposed, spokesText,
                      tr("First reading at the General Assembly.")},
                     {s.day(-60), RuleStatus::Agreed, spokesText,
                      tr("Adopted by vote after two attempts at consensus.")}},
                    *spokesperson, *press, s.day(305)));

    const QString sharingFirst = tr("The secretary e-mails the minutes to every representative "
                                    "within a week of the meeting.");
    const QString sharingNow
        = tr("The secretary sends the minutes to every representative and alternate within "
             "five working days, and files them with the papers in the shared folder.");
    DEMO_TRY(sharing,
             s.rule(RuleArea::Information, tr("Sharing minutes and papers"), sharingNow,
                    {{s.day(-600), RuleStatus::Proposed, sharingFirst, {}},
                     {s.day(-570), RuleStatus::Agreed, sharingFirst, {}},
                     {s.day(-90), RuleStatus::Agreed, sharingNow,
                      tr("Alternates added and the deadline shortened, after members "
                         "missed papers for the spring fair.")}}));

    const QString representText
        = tr("Each member names one representative and may name an alternate. The "
             "representative carries the member's position; the alternate does so only when "
             "the representative is away. A member that changes its representative tells the "
             "secretary before the next meeting.");
    DEMO_TRY(represent,
             s.rule(RuleArea::Representatives, tr("The role of representatives"), representText,
                    {{s.day(-570), RuleStatus::Agreed, representText,
                      tr("Agreed at the first annual assembly.")}},
                    std::nullopt, std::nullopt, s.day(-20)));

    const QString conflictText
        = tr("A disagreement is first talked through at the meeting. If it lasts to a second "
             "meeting, the chair asks an independent mediator to help; if that fails, a panel "
             "of three members not involved decides.");
    DEMO_TRY(conflict,
             s.rule(RuleArea::Conflict, tr("When members disagree"), conflictText,
                    {{s.day(-540), RuleStatus::Agreed, conflictText, {}}}));

    const QString roomText
        = tr("What members say about individual tenants, clients or their own funding bids "
             "stays within the meeting, unless the member concerned agrees to share it. "
             "Minutes record decisions, not who said what.");
    DEMO_TRY(room,
             s.rule(RuleArea::Confidentiality, tr("What stays in the room"), roomText,
                    {{s.day(-10), RuleStatus::Proposed, roomText,
                      tr("Drafted by the Executive Committee for the next assembly.")}}));
    return {};
}

#undef DEMO_TRY
#undef DEMO_CHECK

} // namespace Coalition::DemoWorkspace
