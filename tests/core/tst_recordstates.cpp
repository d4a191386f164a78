// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/jsoncodec.h"
#include "storage/workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <set>

using namespace Qt::StringLiterals;
using namespace Coalition;

namespace {

enum class Edit {
    RenameOrganization,
    RemoveOrganization,
    MovePerson,
    RemovePerson,
    UpdateCoalition,
    UpdateMembership,
    SetStatus,
    RemoveMembership,
    AddOrganization,
    AddPerson,
    AddCoalition,
    AddMembership,
    // Governance (on the fixture's governance records, see buildGovernance).
    AddBody,
    SetSeats,
    RemoveBody,
    ReplaceProcedure,
    RemoveProcedure,
    AddRule,
    AgreeRule,
    RemoveRule,
    SetAttendance,
    MoveMeeting,
    RemoveMeeting,
    AddDecision,
    SetPositions,
    ReopenDecision,
    RemoveDecision,
    // Stage monitoring and relationships (see buildStage).
    AddStageChange,
    UpdateStageChange,
    RemoveStageChange,
    AnswerChecklist,
    AddChecklistAnswer,
    RemoveChecklistAnswer,
    AddRelationship,
    UpdateRelationship,
    RemoveRelationship,
};

enum class Impossible {
    MembershipOfMissingOrganization,
    PersonOfDeletedOrganization,
    RepresentativeDeleted,
    NameTaken,
    KindMismatch,
    ContradictoryDuplicate,
};

// Fixture records by short name: organizations A B C, people pA1 pA2 pB1 pX,
// coalitions K1 (led by A) K2 (led by B) K3, memberships mA1 (K1, A, rep pA1,
// alternate pA2), mA2 (K2, A, rep pA2), mB1 (K1, B, rep pB1).
// Governance of K1 (buildGovernance): bodies bG (full membership) and bS
// (seats mA1, mB1); procedures procG (majority) and procS (delegated to bG);
// meetings mtG (of bG: attended by A through pA1 and pA2, and by B) and mtS
// (of bS: attended by B); decisions dG (at mtG: A yes, B no; reopened at mtS)
// and dS (at mtS under procG: A yes); rules rOld (retired), rNew (agreed,
// adopted by dG, supersedes rOld), rProp (proposed, would supersede rNew).
// Action of K1 (buildAction): goal gA (adopted by dG); group aG (convener
// pA1, members mA1 and mB1, person pA2, serves gA, is the body bS); plan pl
// (gA, aG, led by mA1, a line funded by mB1, a role covered by mA1, adopted by
// dS) with task tk (mB1 responsible); report rp (aG, by pB1); success sc
// (credits mA1 and mB1, of aG and gA); evaluation ev (of aG and pl); conflict
// cf (parties mA1 and mB1).
// Stage and relationships (buildStage): stage changes st1 (K1, pre-formation)
// and st2 (K1, formation, settled by dG); checklist answers ck1 (K1) and ck2
// (K2); relationships rAB (A and B, both views, changed once) and rCA (C and
// A, given in that order, C's view only).
using Fixture = QHash<QString, RecordKey>;

QByteArray describe(const RecordStates &states)
{
    QByteArray text;
    for (const RecordState &state : states) {
        text += '\n' + recordKindKey(state.key.kind).toUtf8() + ' '
            + QByteArray::number(state.key.id) + ": ";
        text += state.value
            ? QJsonDocument(
                  std::visit([](const auto &r) { return JsonCodec::toJson(r); }, *state.value))
                  .toJson(QJsonDocument::Compact)
            : QByteArray("(none)");
    }
    return text;
}

Organization organization(const QString &name, const QStringList &tags = {})
{
    Organization o;
    o.name = name;
    o.sector = Sector::Nonprofit;
    o.mission = u"Mission of "_s + name;
    o.tags = tags;
    return o;
}

Person person(const QString &name, std::optional<Id> organizationId)
{
    Person p;
    p.name = name;
    p.organizationId = organizationId;
    p.role = u"Coordinator"_s;
    return p;
}

CoalitionInfo coalition(const QString &name, std::optional<Id> lead)
{
    CoalitionInfo c;
    c.name = name;
    c.leadOrganizationId = lead;
    c.startDate = QDate(2023, 3, 1);
    c.meetings = {u"monthly"_s, 90, u"Library"_s};
    return c;
}

Membership membership(Id coalitionId, Id organizationId, std::optional<Id> representative,
                      std::optional<Id> alternate = std::nullopt)
{
    Membership m;
    m.coalitionId = coalitionId;
    m.organizationId = organizationId;
    m.status = MembershipStatus::Invited;
    m.joinedOn = QDate(2023, 4, 1);
    m.representativeId = representative;
    m.alternateId = alternate;
    m.duesCents = 5000;
    m.interests = {{InterestKind::Shared, u"Affordable rents"_s}};
    m.contributions
        = {{ContributionKind::Space, u"Meeting room"_s, 12000, ContributionPeriod::Monthly}};
    m.barriers = {u"Evening meetings"_s};
    return m;
}

} // namespace

Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(Impossible)

#define VERIFY_OK(expression)                                                                      \
    do {                                                                                           \
        const auto &verifiedResult = (expression);                                                 \
        QVERIFY2(verifiedResult.ok(), qPrintable(verifiedResult.error().toString()));              \
    } while (false)

#define COMPARE_STATES(actual, expected)                                                           \
    do {                                                                                           \
        const RecordStates actualStates = (actual);                                                \
        const RecordStates expectedStates = (expected);                                            \
        const QByteArray difference                                                                \
            = "\nactual:" + describe(actualStates) + "\nexpected:" + describe(expectedStates);     \
        QVERIFY2(actualStates == expectedStates, difference.constData());                          \
    } while (false)

class TestRecordStates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void withDependents_data();
    void withDependents();
    void captureMissingRecord();
    void undoRedo_data();
    void undoRedo();
    void removedOrganizationComesBackWhole();
    void impossibleStatesChangeNothing_data();
    void impossibleStatesChangeNothing();
    void applyIsAudited();
    void cascadeOutsideStatesIsAudited();
    void namesCanBeTraded();
    void governanceDependents_data();
    void governanceDependents();
    void governanceRoundTrip_data();
    void governanceRoundTrip();
    void removedOrganizationTakesGovernanceBack();
    void bodyNamesCanBeTraded();
    void actionDependents_data();
    void actionDependents();
    void actionRoundTrip_data();
    void actionRoundTrip();
    void removedMembershipTakesActionBack();
    void groupNamesCanBeTraded();
    void stageDependents_data();
    void stageDependents();
    void removedOrganizationTakesRelationshipsBack();
    void removedCoalitionTakesStageBack();

private:
    Workspace &w() { return *m_workspace; }
    RecordStateStore &store() { return m_workspace->states(); }
    bool buildFixture(Fixture &f);
    bool buildGovernance(Fixture &f);
    bool buildAction(Fixture &f);
    bool buildStage(Fixture &f);
    std::optional<RecordKey> perform(Edit edit, const Fixture &f);
    QStringList dump();
    qint64 auditCount();
    RecordStates captured(const QList<RecordKey> &keys);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestRecordStates::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRecordStates::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto workspace
        = Workspace::open(m_dir->filePath(u"undo.coalition"_s), Database::OpenMode::CreateNew);
    QVERIFY2(workspace, qPrintable(workspace.error().toString()));
    m_workspace = std::move(workspace).value();
}

void TestRecordStates::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

bool TestRecordStates::buildFixture(Fixture &f)
{
    const auto keep = [&f](const QString &name, RecordKind kind, const Result<Id> &id) {
        if (!id)
            qWarning("%s: %s", qPrintable(name), qPrintable(id.error().toString()));
        else
            f.insert(name, {kind, id.value()});
        return id.ok();
    };
    const auto id = [&f](const QString &name) {
        return f.value(name).id;
    };
    return keep(u"A"_s, RecordKind::Organization,
                w().organizations().add(organization(u"Alpha Network"_s, {u"housing"_s})))
        && keep(u"B"_s, RecordKind::Organization,
                w().organizations().add(organization(u"Bridge Builders"_s)))
        && keep(u"C"_s, RecordKind::Organization,
                w().organizations().add(organization(u"Café Commons"_s, {u"food"_s, u"arts"_s})))
        && keep(u"pA1"_s, RecordKind::Person, w().people().add(person(u"Ana"_s, id(u"A"_s))))
        && keep(u"pA2"_s, RecordKind::Person, w().people().add(person(u"Ali"_s, id(u"A"_s))))
        && keep(u"pB1"_s, RecordKind::Person, w().people().add(person(u"Bo"_s, id(u"B"_s))))
        && keep(u"pX"_s, RecordKind::Person, w().people().add(person(u"Xu"_s, std::nullopt)))
        && keep(u"K1"_s, RecordKind::Coalition,
                w().coalitions().add(coalition(u"Housing Now"_s, id(u"A"_s))))
        && keep(u"K2"_s, RecordKind::Coalition,
                w().coalitions().add(coalition(u"Clean Air"_s, id(u"B"_s))))
        && keep(u"K3"_s, RecordKind::Coalition,
                w().coalitions().add(coalition(u"Transit Table"_s, std::nullopt)))
        && keep(u"mA1"_s, RecordKind::Membership,
                w().memberships().add(
                    membership(id(u"K1"_s), id(u"A"_s), id(u"pA1"_s), id(u"pA2"_s))))
        && keep(u"mA2"_s, RecordKind::Membership,
                w().memberships().add(membership(id(u"K2"_s), id(u"A"_s), id(u"pA2"_s))))
        && keep(u"mB1"_s, RecordKind::Membership,
                w().memberships().add(membership(id(u"K1"_s), id(u"B"_s), id(u"pB1"_s))))
        && w().memberships()
               .setStatus(id(u"mA1"_s), MembershipStatus::Active, QDate(2023, 5, 2), u"Signed"_s)
               .ok();
}

bool TestRecordStates::buildGovernance(Fixture &f)
{
    const auto keep = [&f](const QString &name, RecordKind kind, const Result<Id> &id) {
        if (!id)
            qWarning("%s: %s", qPrintable(name), qPrintable(id.error().toString()));
        else
            f.insert(name, {kind, id.value()});
        return id.ok();
    };
    const auto id = [&f](const QString &name) {
        return f.value(name).id;
    };
    const auto ok = [](const Status &status) {
        if (!status)
            qWarning("%s", qPrintable(status.error().toString()));
        return status.ok();
    };
    Body full;
    full.coalitionId = id(u"K1"_s);
    full.kind = BodyKind::FullMembership;
    full.name = u"K1 Assembly"_s;
    Body steering;
    steering.coalitionId = id(u"K1"_s);
    steering.kind = BodyKind::StrategicCommittee;
    steering.name = u"K1 Steering"_s;
    if (!keep(u"bG"_s, RecordKind::Body, w().bodies().add(full)))
        return false;
    steering.seats = {{id(u"mA1"_s), u"chair"_s, true}, {id(u"mB1"_s), u"member"_s, true}};
    if (!keep(u"bS"_s, RecordKind::Body, w().bodies().add(steering)))
        return false;
    DecisionProcedure majority;
    majority.bodyId = id(u"bG"_s);
    majority.quorum = {QuorumKind::Count, 1, {1, 2}};
    majority.areas = {DecisionArea::Budget, DecisionArea::GroundRules};
    majority.escalation = {EscalationStep::Mediator};
    majority.reopening = {30, Fraction{2, 3}, true};
    DecisionProcedure delegated;
    delegated.bodyId = id(u"bS"_s);
    delegated.method = DecisionMethod::Delegated;
    delegated.delegateBodyId = id(u"bG"_s);
    if (!keep(u"procG"_s, RecordKind::Procedure, w().procedures().set(majority))
        || !keep(u"procS"_s, RecordKind::Procedure, w().procedures().set(delegated)))
        return false;
    Meeting assembly;
    assembly.bodyId = id(u"bG"_s);
    assembly.startsAt = QDateTime(QDate(2024, 1, 10), QTime(18, 0));
    assembly.scheduledOn = QDate(2024, 1, 2);
    assembly.agenda = {u"Budget"_s, u"Media rule"_s};
    assembly.attendance = {
        {id(u"mA1"_s), id(u"pA1"_s)}, {id(u"mA1"_s), id(u"pA2"_s)}, {id(u"mB1"_s), id(u"pB1"_s)}};
    Meeting steeringMeeting;
    steeringMeeting.bodyId = id(u"bS"_s);
    steeringMeeting.startsAt = QDateTime(QDate(2024, 6, 1), QTime(9, 30));
    steeringMeeting.attendance = {{id(u"mB1"_s), std::nullopt}};
    if (!keep(u"mtG"_s, RecordKind::Meeting, w().meetings().add(assembly))
        || !keep(u"mtS"_s, RecordKind::Meeting, w().meetings().add(steeringMeeting)))
        return false;
    Decision budget;
    budget.meetingId = id(u"mtG"_s);
    budget.title = u"Adopt the budget"_s;
    budget.area = DecisionArea::Budget;
    budget.positions = {{id(u"mA1"_s), VotePosition::Yes}, {id(u"mB1"_s), VotePosition::No}};
    Decision venue;
    venue.meetingId = id(u"mtS"_s);
    venue.procedureId = id(u"procG"_s);
    venue.title = u"Choose a venue"_s;
    venue.positions = {{id(u"mA1"_s), VotePosition::Yes}};
    if (!keep(u"dG"_s, RecordKind::Decision, w().decisions().add(budget))
        || !keep(u"dS"_s, RecordKind::Decision, w().decisions().add(venue))
        || !ok(w().decisions().reopen(
            id(u"dG"_s), {QDate(2024, 6, 1), id(u"mtS"_s), u"New figures"_s, {}, 1, 1})))
        return false;
    GroundRule old;
    old.coalitionId = id(u"K1"_s);
    old.area = RuleArea::Media;
    old.title = u"Anyone may talk to the press"_s;
    old.status = RuleStatus::Agreed;
    if (!keep(u"rOld"_s, RecordKind::GroundRule, w().groundRules().add(old)))
        return false;
    GroundRule chair = old;
    chair.title = u"The chair speaks for the coalition"_s;
    chair.adoptedByDecisionId = id(u"dG"_s);
    chair.supersedesRuleId = id(u"rOld"_s);
    chair.reviewOn = QDate(2025, 1, 10);
    if (!keep(u"rNew"_s, RecordKind::GroundRule, w().groundRules().add(chair)))
        return false;
    GroundRule proposal = old;
    proposal.title = u"The chair or a deputy speaks"_s;
    proposal.status = RuleStatus::Proposed;
    proposal.supersedesRuleId = id(u"rNew"_s);
    return keep(u"rProp"_s, RecordKind::GroundRule, w().groundRules().add(proposal));
}

// Performs the edit through the repositories, as the desktop does; returns
// the key of the record edited or added.
std::optional<RecordKey> TestRecordStates::perform(Edit edit, const Fixture &f)
{
    const auto id = [&f](const QString &name) {
        return f.value(name).id;
    };
    const auto done = [](const Status &status, RecordKey key) -> std::optional<RecordKey> {
        if (status)
            return key;
        qWarning("%s", qPrintable(status.error().toString()));
        return std::nullopt;
    };
    const auto added = [&done](const Result<Id> &result, RecordKind kind) {
        return done(result ? Status() : Status(result.error()), {kind, result ? *result : 0});
    };
    switch (edit) {
    case Edit::RenameOrganization: {
        Organization o = w().organizations().get(id(u"A"_s)).value();
        o.name = u"Alpha Network Renamed"_s;
        o.sector = Sector::Health;
        o.tags = {u"tenants"_s, u"housing"_s};
        return done(w().organizations().update(o), f.value(u"A"_s));
    }
    case Edit::RemoveOrganization:
        return done(w().organizations().remove(
                        id(u"A"_s), OrganizationRepository::RemovePolicy::CascadeMemberships),
                    f.value(u"A"_s));
    case Edit::MovePerson: {
        Person p = w().people().get(id(u"pA2"_s)).value();
        p.organizationId = id(u"B"_s);
        p.role = u"Treasurer"_s;
        return done(w().people().update(p), f.value(u"pA2"_s));
    }
    case Edit::RemovePerson:
        return done(w().people().remove(id(u"pA1"_s)), f.value(u"pA1"_s));
    case Edit::UpdateCoalition: {
        CoalitionInfo c = w().coalitions().get(id(u"K1"_s)).value();
        c.name = u"Homes For All"_s;
        c.leadOrganizationId = id(u"B"_s);
        c.endDate = QDate(2026, 1, 1);
        c.finances.grants = u"City grant"_s;
        return done(w().coalitions().update(c), f.value(u"K1"_s));
    }
    case Edit::UpdateMembership: {
        Membership m = w().memberships().get(id(u"mA1"_s)).value();
        m.status = MembershipStatus::Inactive;
        m.kind = MembershipKind::Observer;
        m.duesCents = 0;
        m.alternateId.reset();
        m.interests.append({InterestKind::Conflicting, u"Zoning"_s});
        m.contributions.clear();
        m.barriers = {u"Travel"_s, u"Language"_s};
        return done(w().memberships().update(m), f.value(u"mA1"_s));
    }
    case Edit::SetStatus:
        return done(w().memberships().setStatus(id(u"mB1"_s), MembershipStatus::Withdrawn,
                                                QDate(2024, 2, 3), u"Budget cuts"_s),
                    f.value(u"mB1"_s));
    case Edit::RemoveMembership:
        return done(w().memberships().remove(id(u"mA1"_s)), f.value(u"mA1"_s));
    case Edit::AddOrganization:
        return added(w().organizations().add(organization(u"Delta Trust"_s, {u"funding"_s})),
                     RecordKind::Organization);
    case Edit::AddPerson:
        return added(w().people().add(person(u"Cy"_s, id(u"C"_s))), RecordKind::Person);
    case Edit::AddCoalition:
        return added(w().coalitions().add(coalition(u"Food Forum"_s, id(u"C"_s))),
                     RecordKind::Coalition);
    case Edit::AddMembership:
        return added(w().memberships().add(membership(id(u"K3"_s), id(u"C"_s), std::nullopt)),
                     RecordKind::Membership);
    case Edit::AddBody: {
        Body b;
        b.coalitionId = id(u"K1"_s);
        b.name = u"K1 Events"_s;
        b.seats = {{id(u"mA1"_s), {}, true}};
        return added(w().bodies().add(b), RecordKind::Body);
    }
    case Edit::SetSeats:
        return done(w().bodies().setSeats(id(u"bS"_s), {{id(u"mB1"_s), u"chair"_s, false}}),
                    f.value(u"bS"_s));
    case Edit::RemoveBody:
        return done(w().bodies().remove(id(u"bG"_s)), f.value(u"bG"_s));
    case Edit::ReplaceProcedure: {
        DecisionProcedure p;
        p.bodyId = id(u"bG"_s);
        p.method = DecisionMethod::Consensus;
        auto set = w().procedures().set(p);
        return done(set ? Status() : Status(set.error()), f.value(u"procG"_s));
    }
    case Edit::RemoveProcedure:
        return done(w().procedures().remove(id(u"procG"_s)), f.value(u"procG"_s));
    case Edit::AddRule: {
        GroundRule g;
        g.coalitionId = id(u"K1"_s);
        g.area = RuleArea::Meetings;
        g.title = u"Start on time"_s;
        return added(w().groundRules().add(g), RecordKind::GroundRule);
    }
    case Edit::AgreeRule:
        return done(
            w().groundRules().setStatus(id(u"rProp"_s), RuleStatus::Agreed, QDate::currentDate()),
            f.value(u"rProp"_s));
    case Edit::RemoveRule:
        return done(w().groundRules().remove(id(u"rNew"_s)), f.value(u"rNew"_s));
    case Edit::SetAttendance:
        return done(w().meetings().setAttendance(id(u"mtG"_s), {{id(u"mB1"_s), id(u"pB1"_s)}}),
                    f.value(u"mtG"_s));
    case Edit::MoveMeeting: {
        Meeting m = w().meetings().get(id(u"mtG"_s)).value();
        m.startsAt = QDateTime(QDate(2023, 4, 15), QTime(18, 0)); // before A was active
        m.scheduledOn = QDate(2023, 4, 1);
        return done(w().meetings().update(m), f.value(u"mtG"_s));
    }
    case Edit::RemoveMeeting:
        return done(w().meetings().remove(id(u"mtS"_s)), f.value(u"mtS"_s));
    case Edit::AddDecision: {
        Decision d;
        d.meetingId = id(u"mtG"_s);
        d.title = u"Hold a street fair"_s;
        d.positions = {{id(u"mA1"_s), VotePosition::No}};
        return added(w().decisions().add(d), RecordKind::Decision);
    }
    case Edit::SetPositions:
        return done(w().decisions().setPositions(id(u"dS"_s), {{id(u"mA1"_s), VotePosition::No}}),
                    f.value(u"dS"_s));
    case Edit::ReopenDecision:
        return done(
            w().decisions().reopen(
                id(u"dS"_s), {QDate(2024, 9, 1), id(u"mtG"_s), u"A cheaper hall"_s, {}, 1, 1}),
            f.value(u"dS"_s));
    case Edit::RemoveDecision:
        return done(w().decisions().remove(id(u"dG"_s)), f.value(u"dG"_s));
    case Edit::AddStageChange: {
        StageChange change;
        change.coalitionId = id(u"K2"_s);
        change.stage = DevelopmentStage::Formation;
        change.on = QDate(2024, 2, 1);
        change.rationale = u"Convened"_s;
        return added(w().stageChanges().add(change), RecordKind::StageChange);
    }
    case Edit::UpdateStageChange: {
        StageChange change = w().stageChanges().get(id(u"st2"_s)).value();
        change.stage = DevelopmentStage::Implementation;
        change.decisionId.reset();
        change.rationale = u"Plans adopted"_s;
        return done(w().stageChanges().update(change), f.value(u"st2"_s));
    }
    case Edit::RemoveStageChange:
        return done(w().stageChanges().remove(id(u"st1"_s)), f.value(u"st1"_s));
    case Edit::AnswerChecklist:
        return added(w().checklist().answer(id(u"K1"_s), u"complex-issue"_s, ChecklistValue::No,
                                            u"Narrower than we thought"_s, QDate(2024, 5, 1)),
                     RecordKind::ChecklistAnswer);
    case Edit::AddChecklistAnswer:
        return added(w().checklist().answer(id(u"K1"_s), u"shared-priority"_s, ChecklistValue::Yes,
                                            {}, QDate(2024, 5, 1)),
                     RecordKind::ChecklistAnswer);
    case Edit::RemoveChecklistAnswer:
        return done(w().checklist().remove(id(u"ck2"_s)), f.value(u"ck2"_s));
    case Edit::AddRelationship: {
        Relationship r;
        r.firstId = id(u"C"_s);
        r.secondId = id(u"B"_s);
        r.level = RelationshipLevel::Coordinating;
        r.views = {{id(u"B"_s), RelationshipLevel::Networking, TrustLevel::Low, {}, {}}};
        return added(w().relationships().add(r), RecordKind::Relationship);
    }
    case Edit::UpdateRelationship: {
        Relationship r = w().relationships().get(id(u"rAB"_s)).value();
        r.trust = TrustLevel::High;
        r.views.removeLast();
        r.views.first().level = RelationshipLevel::Collaborating;
        r.notes = u"Closer now"_s;
        return done(w().relationships().update(r, u"Shared staff"_s, QDate(2024, 9, 1)),
                    f.value(u"rAB"_s));
    }
    case Edit::RemoveRelationship:
        return done(w().relationships().remove(id(u"rCA"_s)), f.value(u"rCA"_s));
    }
    return std::nullopt;
}

// Every row of every table but the audit log, every column included (name
// keys too, which no domain type carries).
QStringList TestRecordStates::dump()
{
    const QSqlDatabase db = w().database().connection();
    QStringList tables;
    QSqlQuery names(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN "
                    "('audit_entry', 'sqlite_sequence') ORDER BY name"_s,
                    db);
    while (names.next())
        tables.append(names.value(0).toString());
    QStringList rows;
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery query(u"SELECT * FROM "_s + table + u" ORDER BY 1, 2"_s, db);
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values.append(query.isNull(i) ? u"NULL"_s : query.value(i).toString());
            rows.append(table + u": "_s + values.join(u" | "_s));
        }
    }
    return rows;
}

qint64 TestRecordStates::auditCount()
{
    QSqlQuery query(u"SELECT count(*) FROM audit_entry"_s, w().database().connection());
    return query.next() ? query.value(0).toLongLong() : -1;
}

RecordStates TestRecordStates::captured(const QList<RecordKey> &keys)
{
    auto states = store().capture(keys);
    if (!states)
        qWarning("%s", qPrintable(states.error().toString()));
    return states ? states.value() : RecordStates{};
}

void TestRecordStates::withDependents_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QStringList>("dependents");

    QTest::newRow("organization: memberships, people, led coalitions")
        << QStringList{u"A"_s} << QStringList{u"mA1"_s, u"mA2"_s, u"pA1"_s, u"pA2"_s, u"K1"_s};
    QTest::newRow("organization with none") << QStringList{u"C"_s} << QStringList{};
    QTest::newRow("person: represented and alternate")
        << QStringList{u"pA2"_s} << QStringList{u"mA1"_s, u"mA2"_s};
    QTest::newRow("person without roles") << QStringList{u"pX"_s} << QStringList{};
    QTest::newRow("coalition: its memberships")
        << QStringList{u"K1"_s} << QStringList{u"mA1"_s, u"mB1"_s};
    QTest::newRow("membership: nothing") << QStringList{u"mA1"_s} << QStringList{};
    QTest::newRow("overlapping keys once each") << QStringList{u"A"_s, u"pA1"_s, u"mA1"_s, u"K1"_s}
                                                << QStringList{u"mA2"_s, u"pA2"_s, u"mB1"_s};
}

void TestRecordStates::withDependents()
{
    QFETCH(QStringList, keys);
    QFETCH(QStringList, dependents);
    Fixture f;
    QVERIFY(buildFixture(f));
    QList<RecordKey> asked;
    for (const QString &name : std::as_const(keys))
        asked.append(f.value(name));
    std::set<RecordKey> expected;
    for (const QString &name : std::as_const(dependents))
        expected.insert(f.value(name));

    auto result = store().withDependents(asked);
    VERIFY_OK(result);
    QCOMPARE(result->mid(0, asked.size()), asked);
    const QList<RecordKey> rest = result->mid(asked.size());
    QCOMPARE(std::set<RecordKey>(rest.cbegin(), rest.cend()), expected);
    QCOMPARE(rest.size(), qsizetype(expected.size())); // no key twice

    auto missing = store().withDependents({{RecordKind::Organization, 9999}});
    VERIFY_OK(missing);
    QCOMPARE(missing.value(), (QList<RecordKey>{{RecordKind::Organization, 9999}}));
}

void TestRecordStates::captureMissingRecord()
{
    Fixture f;
    QVERIFY(buildFixture(f));
    const QList<RecordKey> keys{f.value(u"A"_s), {RecordKind::Membership, 777}};
    const RecordStates states = captured(keys);
    QCOMPARE(states.size(), 2);
    QVERIFY(states.at(0).value);
    QCOMPARE(std::get<Organization>(*states.at(0).value),
             w().organizations().get(keys[0].id).value());
    QCOMPARE(states.at(1), (RecordState{keys[1], std::nullopt}));
}

void TestRecordStates::undoRedo_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("target"); // empty when the edit adds the record

    QTest::newRow("rename organization, change tags") << Edit::RenameOrganization << u"A"_s;
    QTest::newRow("remove organization with cascade") << Edit::RemoveOrganization << u"A"_s;
    QTest::newRow("move person, losing roles") << Edit::MovePerson << u"pA2"_s;
    QTest::newRow("remove person") << Edit::RemovePerson << u"pA1"_s;
    QTest::newRow("update coalition and its lead") << Edit::UpdateCoalition << u"K1"_s;
    QTest::newRow("update membership and children") << Edit::UpdateMembership << u"mA1"_s;
    QTest::newRow("set membership status") << Edit::SetStatus << u"mB1"_s;
    QTest::newRow("remove membership") << Edit::RemoveMembership << u"mA1"_s;
    QTest::newRow("add organization") << Edit::AddOrganization << QString();
    QTest::newRow("add person") << Edit::AddPerson << QString();
    QTest::newRow("add coalition") << Edit::AddCoalition << QString();
    QTest::newRow("add membership") << Edit::AddMembership << QString();
    QTest::newRow("add body") << Edit::AddBody << QString();
    QTest::newRow("set seats") << Edit::SetSeats << u"bS"_s;
    QTest::newRow("remove body with its meetings") << Edit::RemoveBody << u"bG"_s;
    QTest::newRow("replace procedure") << Edit::ReplaceProcedure << u"procG"_s;
    QTest::newRow("remove procedure named by a decision") << Edit::RemoveProcedure << u"procG"_s;
    QTest::newRow("add rule") << Edit::AddRule << QString();
    QTest::newRow("agree rule, retiring the superseded") << Edit::AgreeRule << u"rProp"_s;
    QTest::newRow("remove superseded rule") << Edit::RemoveRule << u"rNew"_s;
    QTest::newRow("set attendance, re-tallying") << Edit::SetAttendance << u"mtG"_s;
    QTest::newRow("move meeting, re-tallying") << Edit::MoveMeeting << u"mtG"_s;
    QTest::newRow("remove meeting of a reopening") << Edit::RemoveMeeting << u"mtS"_s;
    QTest::newRow("add decision") << Edit::AddDecision << QString();
    QTest::newRow("set positions") << Edit::SetPositions << u"dS"_s;
    QTest::newRow("reopen decision") << Edit::ReopenDecision << u"dS"_s;
    QTest::newRow("remove decision that adopted a rule") << Edit::RemoveDecision << u"dG"_s;
    QTest::newRow("add stage change") << Edit::AddStageChange << QString();
    QTest::newRow("update stage change") << Edit::UpdateStageChange << u"st2"_s;
    QTest::newRow("remove stage change") << Edit::RemoveStageChange << u"st1"_s;
    QTest::newRow("answer checklist item again") << Edit::AnswerChecklist << u"ck1"_s;
    QTest::newRow("add checklist answer") << Edit::AddChecklistAnswer << QString();
    QTest::newRow("remove checklist answer") << Edit::RemoveChecklistAnswer << u"ck2"_s;
    QTest::newRow("add relationship") << Edit::AddRelationship << QString();
    QTest::newRow("update relationship and views") << Edit::UpdateRelationship << u"rAB"_s;
    QTest::newRow("remove relationship") << Edit::RemoveRelationship << u"rCA"_s;
}

void TestRecordStates::undoRedo()
{
    QFETCH(Edit, edit);
    QFETCH(QString, target);
    Fixture f;
    QVERIFY(buildFixture(f));
    QVERIFY(buildGovernance(f));
    QVERIFY(buildStage(f));
    const QStringList rowsBefore = dump();

    // The desktop's sequence: capture, edit through the repository, capture.
    const bool adds = target.isEmpty();
    QList<RecordKey> keys;
    RecordStates before;
    if (!adds) {
        auto withDependents = store().withDependents({f.value(target)});
        VERIFY_OK(withDependents);
        keys = withDependents.value();
        before = captured(keys);
        QCOMPARE(before.size(), keys.size());
    }
    QTest::qWait(3); // the edit's times differ from the fixture's, so they must be put back
    const std::optional<RecordKey> edited = perform(edit, f);
    QVERIFY(edited);
    if (adds) {
        keys = {*edited};
        before = {{*edited, std::nullopt}};
    }
    const RecordStates after = captured(keys);
    QVERIFY(after != before);
    const QStringList rowsAfter = dump();
    QVERIFY(rowsAfter != rowsBefore);

    VERIFY_OK(store().apply(before)); // undo
    QCOMPARE(dump(), rowsBefore);
    COMPARE_STATES(captured(keys), before);

    VERIFY_OK(store().apply(after)); // redo
    QCOMPARE(dump(), rowsAfter);
    COMPARE_STATES(captured(keys), after);
    if (adds)
        QCOMPARE(std::visit([](const auto &r) { return r.id; }, *after.first().value), edited->id);

    VERIFY_OK(store().apply(before)); // and again
    QCOMPARE(dump(), rowsBefore);
    auto problems = w().database().integrityProblems();
    VERIFY_OK(problems);
    QCOMPARE(problems.value(), QStringList());
}

void TestRecordStates::removedOrganizationComesBackWhole()
{
    Fixture f;
    QVERIFY(buildFixture(f));
    const Id a = f.value(u"A"_s).id;
    auto keys = store().withDependents({f.value(u"A"_s)});
    VERIFY_OK(keys);
    const RecordStates before = captured(keys.value());
    const Membership mA1 = w().memberships().get(f.value(u"mA1"_s).id).value();
    const Membership mA2 = w().memberships().get(f.value(u"mA2"_s).id).value();
    const CoalitionInfo k1 = w().coalitions().get(f.value(u"K1"_s).id).value();

    VERIFY_OK(
        w().organizations().remove(a, OrganizationRepository::RemovePolicy::CascadeMemberships));
    QVERIFY(!w().memberships().get(mA1.id).ok());
    QCOMPARE(w().people().get(f.value(u"pA1"_s).id)->organizationId, std::optional<Id>());
    QCOMPARE(w().coalitions().get(k1.id)->leadOrganizationId, std::optional<Id>());

    VERIFY_OK(store().apply(before));
    auto organization = w().organizations().get(a);
    VERIFY_OK(organization);
    QCOMPARE(organization->tags, QStringList{u"housing"_s});
    QCOMPARE(w().memberships().get(mA1.id).value(), mA1); // history, children, times
    QCOMPARE(w().memberships().get(mA2.id).value(), mA2);
    QCOMPARE(w().people().get(f.value(u"pA1"_s).id)->organizationId, std::optional<Id>(a));
    QCOMPARE(w().people().get(f.value(u"pA2"_s).id)->organizationId, std::optional<Id>(a));
    QCOMPARE(w().coalitions().get(k1.id).value(), k1);
    auto names = w().organizations().coalitionsOf(a);
    VERIFY_OK(names);
    QCOMPARE(names.value(), (QStringList{u"Clean Air"_s, u"Housing Now"_s}));
}

void TestRecordStates::impossibleStatesChangeNothing_data()
{
    QTest::addColumn<Impossible>("impossible");
    QTest::newRow("membership of a missing organization")
        << Impossible::MembershipOfMissingOrganization;
    QTest::newRow("person of a deleted organization") << Impossible::PersonOfDeletedOrganization;
    QTest::newRow("representative deleted, membership kept") << Impossible::RepresentativeDeleted;
    QTest::newRow("name of another organization") << Impossible::NameTaken;
    QTest::newRow("value of another kind") << Impossible::KindMismatch;
    QTest::newRow("one key, two states") << Impossible::ContradictoryDuplicate;
}

void TestRecordStates::impossibleStatesChangeNothing()
{
    QFETCH(Impossible, impossible);
    Fixture f;
    QVERIFY(buildFixture(f));
    // Each set starts with a valid change, which must be rolled back too.
    RecordStates states = captured({f.value(u"C"_s)});
    std::get<Organization>(*states[0].value).name = u"Café Commons Cooperative"_s;
    const auto state = [this, &f](const QString &name) {
        return captured({f.value(name)}).first();
    };
    switch (impossible) {
    case Impossible::MembershipOfMissingOrganization: {
        Membership m = w().memberships().get(f.value(u"mB1"_s).id).value();
        m.id = 900;
        m.coalitionId = f.value(u"K3"_s).id;
        m.organizationId = 901;
        m.representativeId.reset();
        states.append({{RecordKind::Membership, 900}, m});
        break;
    }
    case Impossible::PersonOfDeletedOrganization:
        states.append({f.value(u"B"_s), std::nullopt});
        states.append(state(u"pB1"_s));
        break;
    case Impossible::RepresentativeDeleted:
        states.append({f.value(u"pB1"_s), std::nullopt});
        states.append(state(u"mB1"_s));
        break;
    case Impossible::NameTaken:
        std::get<Organization>(*states[0].value).name = u"bridge BUILDERS"_s;
        break;
    case Impossible::KindMismatch:
        states.append({f.value(u"pX"_s), state(u"B"_s).value});
        break;
    case Impossible::ContradictoryDuplicate:
        states.append(state(u"C"_s));
        break;
    }
    const QStringList rows = dump();
    const qint64 entries = auditCount();
    const Status status = store().apply(states);
    QVERIFY(!status.ok());
    QVERIFY(!status.error().message.isEmpty());
    QCOMPARE(dump(), rows);
    QCOMPARE(auditCount(), entries);
    // The connection is left usable, outside any transaction.
    VERIFY_OK(w().organizations().add(organization(u"Echo Group"_s)));
}

void TestRecordStates::applyIsAudited()
{
    Fixture f;
    QVERIFY(buildFixture(f));
    const Id a = f.value(u"A"_s).id;
    auto keys = store().withDependents({f.value(u"A"_s)});
    VERIFY_OK(keys);
    const RecordStates before = captured(keys.value());
    VERIFY_OK(
        w().organizations().remove(a, OrganizationRepository::RemovePolicy::CascadeMemberships));
    const RecordStates after = captured(keys.value());
    AuditLog &audit = w().audit();
    const auto lastEntry = [&audit](const QString &entity, Id id) {
        auto entries = audit.entriesFor(entity, id);
        return entries && !entries->isEmpty() ? entries->last() : AuditEntry{};
    };

    VERIFY_OK(store().apply(before));
    AuditEntry created = lastEntry(u"organization"_s, a);
    QCOMPARE(created.field, QString());
    QVERIFY(!created.oldValue);
    QVERIFY(created.newValue);
    const QJsonObject json = QJsonDocument::fromJson(created.newValue->toUtf8()).object();
    QCOMPARE(json.value(u"name"_s).toString(), u"Alpha Network"_s);
    QCOMPARE(json.value(u"id"_s).toInteger(), a);
    const AuditEntry membership = lastEntry(u"membership"_s, f.value(u"mA1"_s).id);
    QVERIFY(membership.field.isEmpty() && !membership.oldValue && membership.newValue);
    const AuditEntry person = lastEntry(u"person"_s, f.value(u"pA1"_s).id);
    QCOMPARE(person.field, u"organization_id"_s);
    QVERIFY(!person.oldValue);
    QCOMPARE(person.newValue, std::optional<QString>(QString::number(a)));
    const AuditEntry lead = lastEntry(u"coalition"_s, f.value(u"K1"_s).id);
    QCOMPARE(lead.field, u"lead_organization_id"_s);
    QCOMPARE(lead.newValue, std::optional<QString>(QString::number(a)));

    VERIFY_OK(store().apply(after));
    const AuditEntry deleted = lastEntry(u"organization"_s, a);
    QVERIFY(deleted.field.isEmpty() && deleted.oldValue && !deleted.newValue);
    QCOMPARE(QJsonDocument::fromJson(deleted.oldValue->toUtf8()).object(), json);
    const AuditEntry membershipDeleted = lastEntry(u"membership"_s, f.value(u"mA2"_s).id);
    QVERIFY(membershipDeleted.oldValue && !membershipDeleted.newValue);
}

void TestRecordStates::cascadeOutsideStatesIsAudited()
{
    Fixture f;
    QVERIFY(buildFixture(f));
    const Id a = f.value(u"A"_s).id;
    // Only the organization itself: its memberships go by cascade, its people
    // and coalition lose it by SET NULL, and the log still says so.
    VERIFY_OK(store().apply({{f.value(u"A"_s), std::nullopt}}));
    QVERIFY(!w().memberships().get(f.value(u"mA1"_s).id).ok());
    const auto last = [this](const QString &entity, Id id) {
        return w().audit().entriesFor(entity, id)->last();
    };
    const AuditEntry membership = last(u"membership"_s, f.value(u"mA1"_s).id);
    QVERIFY(membership.field.isEmpty() && membership.oldValue && !membership.newValue);
    QCOMPARE(QJsonDocument::fromJson(membership.oldValue->toUtf8())
                 .object()
                 .value(u"organization_id"_s)
                 .toInteger(),
             a);
    const AuditEntry person = last(u"person"_s, f.value(u"pA2"_s).id);
    QCOMPARE(person.field, u"organization_id"_s);
    QCOMPARE(person.oldValue, std::optional<QString>(QString::number(a)));
    QVERIFY(!person.newValue);
    QCOMPARE(last(u"coalition"_s, f.value(u"K1"_s).id).field, u"lead_organization_id"_s);
}

void TestRecordStates::namesCanBeTraded()
{
    Fixture f;
    QVERIFY(buildFixture(f));
    const RecordStates original = captured({f.value(u"A"_s), f.value(u"B"_s)});
    RecordStates traded = original;
    std::swap(std::get<Organization>(*traded[0].value).name,
              std::get<Organization>(*traded[1].value).name);
    VERIFY_OK(store().apply(traded));
    COMPARE_STATES(captured({f.value(u"A"_s), f.value(u"B"_s)}), traded);
    auto found = w().organizations().findByName(u"alpha network"_s);
    VERIFY_OK(found);
    QVERIFY(found.value());
    QCOMPARE(found.value()->id, f.value(u"B"_s).id);
    VERIFY_OK(store().apply(original));
    COMPARE_STATES(captured({f.value(u"A"_s), f.value(u"B"_s)}), original);
}

void TestRecordStates::governanceDependents_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QStringList>("dependents");

    QTest::newRow("membership: seats, attendance, positions")
        << QStringList{u"mA1"_s} << QStringList{u"bS"_s, u"mtG"_s, u"dG"_s, u"dS"_s};
    QTest::newRow("organization: through its memberships")
        << QStringList{u"A"_s} << QStringList{u"mA1"_s, u"mA2"_s, u"pA1"_s, u"pA2"_s, u"K1"_s,
                                              u"bS"_s,  u"mtG"_s, u"dG"_s,  u"dS"_s};
    QTest::newRow("person: representing and attending")
        << QStringList{u"pB1"_s} << QStringList{u"mB1"_s, u"mtG"_s, u"dG"_s};
    QTest::newRow("coalition: everything of it")
        << QStringList{u"K1"_s}
        << QStringList{u"mA1"_s, u"mB1"_s, u"bG"_s,    u"bS"_s,    u"rOld"_s, u"rNew"_s, u"rProp"_s,
                       u"mtG"_s, u"mtS"_s, u"procG"_s, u"procS"_s, u"dG"_s,   u"dS"_s};
    QTest::newRow("body: procedure, meetings, delegating procedures")
        << QStringList{u"bG"_s}
        << QStringList{u"procG"_s, u"mtG"_s, u"procS"_s, u"dG"_s, u"dS"_s, u"rNew"_s, u"rOld"_s};
    QTest::newRow("procedure: decisions naming it")
        << QStringList{u"procG"_s} << QStringList{u"dS"_s};
    QTest::newRow("meeting: decisions, reopenings held there")
        << QStringList{u"mtS"_s} << QStringList{u"dS"_s, u"dG"_s};
    QTest::newRow("decision: the rule it adopted")
        << QStringList{u"dG"_s} << QStringList{u"rNew"_s, u"rOld"_s};
    QTest::newRow("rule: superseding and superseded")
        << QStringList{u"rNew"_s} << QStringList{u"rProp"_s, u"rOld"_s};
}

void TestRecordStates::governanceDependents()
{
    QFETCH(QStringList, keys);
    QFETCH(QStringList, dependents);
    Fixture f;
    QVERIFY(buildFixture(f));
    QVERIFY(buildGovernance(f));
    QList<RecordKey> asked;
    for (const QString &name : std::as_const(keys))
        asked.append(f.value(name));
    QStringList expectedNames = dependents;
    expectedNames.sort();
    auto result = store().withDependents(asked);
    VERIFY_OK(result);
    QCOMPARE(result->mid(0, asked.size()), asked);
    QStringList names;
    for (const RecordKey &key : result->mid(asked.size()))
        names.append(f.key(key, u"?"_s));
    names.sort();
    QCOMPARE(names, expectedNames); // each once
}

void TestRecordStates::governanceRoundTrip_data()
{
    QTest::addColumn<QString>("target");
    for (const QString &name : {u"K1"_s, u"bG"_s, u"bS"_s, u"procG"_s, u"rNew"_s, u"mtG"_s,
                                u"mtS"_s, u"dG"_s, u"dS"_s, u"mB1"_s, u"pA2"_s})
        QTest::newRow(qPrintable(name)) << name;
}

// Deleting a record through apply() and applying what was captured before
// puts every row back, whichever kind it is.
void TestRecordStates::governanceRoundTrip()
{
    QFETCH(QString, target);
    Fixture f;
    QVERIFY(buildFixture(f));
    QVERIFY(buildGovernance(f));
    const QStringList rows = dump();
    auto keys = store().withDependents({f.value(target)});
    VERIFY_OK(keys);
    const RecordStates before = captured(*keys);
    QVERIFY(before.first().value.has_value());
    VERIFY_OK(store().apply({{f.value(target), std::nullopt}}));
    QVERIFY(!captured({f.value(target)}).first().value.has_value());
    QVERIFY(dump() != rows);
    VERIFY_OK(store().apply(before));
    QCOMPARE(dump(), rows);
    COMPARE_STATES(captured(*keys), before);
    auto problems = w().database().integrityProblems();
    VERIFY_OK(problems);
    QCOMPARE(problems.value(), QStringList());
}

void TestRecordStates::removedOrganizationTakesGovernanceBack()
{
    Fixture f;
    QVERIFY(buildFixture(f));
    QVERIFY(buildGovernance(f));
    const auto id = [&f](const QString &name) {
        return f.value(name).id;
    };
    const Body steering = w().bodies().get(id(u"bS"_s)).value();
    const Meeting assembly = w().meetings().get(id(u"mtG"_s)).value();
    const Decision budget = w().decisions().get(id(u"dG"_s)).value();
    const Decision venue = w().decisions().get(id(u"dS"_s)).value();
    QCOMPARE(steering.seats.size(), qsizetype(2));
    QCOMPARE(assembly.attendance.size(), qsizetype(3));
    QCOMPARE(budget.status, DecisionStatus::Reopened);
    auto keys = store().withDependents({f.value(u"A"_s)});
    VERIFY_OK(keys);
    const RecordStates before = captured(*keys);
    const QStringList rows = dump();

    VERIFY_OK(w().organizations().remove(id(u"A"_s),
                                         OrganizationRepository::RemovePolicy::CascadeMemberships));
    QCOMPARE(w().bodies().get(steering.id)->seats.size(), qsizetype(1));
    QCOMPARE(w().meetings().get(assembly.id)->attendance.size(), qsizetype(1));
    QCOMPARE(w().decisions().get(budget.id)->positions.size(), qsizetype(1));
    QVERIFY(w().decisions().get(venue.id)->positions.isEmpty());

    VERIFY_OK(store().apply(before)); // undo
    QCOMPARE(dump(), rows);
    QCOMPARE(w().bodies().get(steering.id).value(), steering);
    QCOMPARE(w().meetings().get(assembly.id).value(), assembly);
    QCOMPARE(w().decisions().get(budget.id).value(), budget);
    QCOMPARE(w().decisions().get(venue.id).value(), venue);
}

void TestRecordStates::bodyNamesCanBeTraded()
{
    Fixture f;
    QVERIFY(buildFixture(f));
    QVERIFY(buildGovernance(f));
    const QList<RecordKey> keys{f.value(u"bG"_s), f.value(u"bS"_s)};
    const RecordStates original = captured(keys);
    RecordStates traded = original;
    std::swap(std::get<Body>(*traded[0].value).name, std::get<Body>(*traded[1].value).name);
    VERIFY_OK(store().apply(traded));
    COMPARE_STATES(captured(keys), traded);
    auto found = w().bodies().findByName(f.value(u"K1"_s).id, u"k1 steering"_s);
    VERIFY_OK(found);
    QVERIFY(found.value());
    QCOMPARE(found.value()->id, f.value(u"bG"_s).id);
    VERIFY_OK(store().apply(original));
    COMPARE_STATES(captured(keys), original);
}

bool TestRecordStates::buildAction(Fixture &f)
{
    const auto keep = [&f](const QString &name, RecordKind kind, const Result<Id> &id) {
        if (!id)
            qWarning("%s: %s", qPrintable(name), qPrintable(id.error().toString()));
        else
            f.insert(name, {kind, id.value()});
        return id.ok();
    };
    const auto id = [&f](const QString &name) {
        return f.value(name).id;
    };
    Goal goal;
    goal.coalitionId = id(u"K1"_s);
    goal.kind = GoalKind::Universal;
    goal.title = u"Double the membership"_s;
    goal.measures = {u"members"_s, u"wards covered"_s};
    goal.targetOn = QDate(2025, 12, 31);
    goal.status = GoalStatus::Active;
    goal.adoptedByDecisionId = id(u"dG"_s);
    if (!keep(u"gA"_s, RecordKind::Goal, w().goals().add(goal)))
        return false;
    ActionGroup group;
    group.coalitionId = id(u"K1"_s);
    group.name = u"Outreach"_s;
    group.convenerId = id(u"pA1"_s);
    group.memberships = {id(u"mA1"_s), id(u"mB1"_s)};
    group.people = {id(u"pA2"_s)};
    group.goals = {id(u"gA"_s)};
    group.bodyId = id(u"bS"_s);
    group.startedOn = QDate(2024, 2, 1);
    if (!keep(u"aG"_s, RecordKind::ActionGroup, w().actionGroups().add(group)))
        return false;
    ActionPlan plan;
    plan.goalId = id(u"gA"_s);
    plan.groupId = id(u"aG"_s);
    plan.leadMembershipId = id(u"mA1"_s);
    plan.title = u"Door knocking"_s;
    plan.startOn = QDate(2024, 3, 1);
    plan.dueOn = QDate(2024, 11, 30);
    plan.criteria = {u"Doors knocked"_s};
    plan.budget = {{u"Leaflets"_s, 25000, id(u"mB1"_s), {}, true},
                   {u"Badges"_s, 4000, std::nullopt, u"Ward fund"_s, false}};
    plan.staffing = {{u"Canvasser"_s, 30, id(u"mA1"_s), false}, {u"Driver"_s, 6, {}, true}};
    plan.adoptedByDecisionId = id(u"dS"_s);
    plan.confidential = true;
    if (!keep(u"pl"_s, RecordKind::ActionPlan, w().actionPlans().add(plan)))
        return false;
    Task task;
    task.planId = id(u"pl"_s);
    task.title = u"Print the leaflets"_s;
    task.responsibleId = id(u"mB1"_s);
    task.startOn = QDate(2024, 3, 1);
    task.dueOn = QDate(2024, 3, 20);
    task.doneOn = QDate(2024, 3, 18);
    task.status = TaskStatus::Done;
    if (!keep(u"tk"_s, RecordKind::Task, w().tasks().add(task)))
        return false;
    ProgressReport report;
    report.groupId = id(u"aG"_s);
    report.period = ReportPeriod{ReportPeriod::Kind::Month, 2024, 5};
    report.authorId = id(u"pB1"_s);
    report.text = u"Three wards knocked."_s;
    report.receivedOn = QDate(2024, 6, 3);
    if (!keep(u"rp"_s, RecordKind::ProgressReport, w().progressReports().add(report)))
        return false;
    Success success;
    success.coalitionId = id(u"K1"_s);
    success.title = u"Forty new members"_s;
    success.achievedOn = QDate(2024, 7, 1);
    success.credited = {id(u"mA1"_s), id(u"mB1"_s)};
    success.groupId = id(u"aG"_s);
    success.goalId = id(u"gA"_s);
    if (!keep(u"sc"_s, RecordKind::Success, w().successes().add(success)))
        return false;
    Evaluation evaluation;
    evaluation.coalitionId = id(u"K1"_s);
    evaluation.activity = u"Canvassing weekend"_s;
    evaluation.on = QDate(2024, 7, 10);
    evaluation.method = EvaluationMethod::SatisfactionSurvey;
    evaluation.score = 82;
    evaluation.groupId = id(u"aG"_s);
    evaluation.planId = id(u"pl"_s);
    if (!keep(u"ev"_s, RecordKind::Evaluation, w().evaluations().add(evaluation)))
        return false;
    Conflict conflict;
    conflict.coalitionId = id(u"K1"_s);
    conflict.subject = u"Who speaks at the rally"_s;
    conflict.parties = {id(u"mA1"_s), id(u"mB1"_s)};
    conflict.raisedOn = QDate(2024, 8, 1);
    conflict.step = EscalationStep::Mediator;
    return keep(u"cf"_s, RecordKind::Conflict, w().conflicts().add(conflict));
}

void TestRecordStates::actionDependents_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QStringList>("dependents");

    QTest::newRow("membership: group, plan, task, success, conflict")
        << QStringList{u"mB1"_s} << QStringList{u"bS"_s, u"mtG"_s, u"mtS"_s, u"dG"_s, u"dS"_s,
                                                u"aG"_s, u"pl"_s,  u"tk"_s,  u"sc"_s, u"cf"_s};
    QTest::newRow("goal: plans and their tasks, groups, successes")
        << QStringList{u"gA"_s} << QStringList{u"pl"_s, u"tk"_s, u"ev"_s, u"aG"_s, u"sc"_s};
    QTest::newRow("group: plans, reports, successes, evaluations")
        << QStringList{u"aG"_s} << QStringList{u"pl"_s, u"tk"_s, u"ev"_s, u"rp"_s, u"sc"_s};
    QTest::newRow("plan: tasks, evaluations")
        << QStringList{u"pl"_s} << QStringList{u"tk"_s, u"ev"_s};
    QTest::newRow("person: reports written")
        << QStringList{u"pB1"_s} << QStringList{u"mB1"_s, u"mtG"_s, u"dG"_s, u"rp"_s};
    QTest::newRow("person: convener")
        << QStringList{u"pA1"_s} << QStringList{u"mA1"_s, u"mtG"_s, u"dG"_s, u"aG"_s};
    QTest::newRow("decision: goals and plans adopted")
        << QStringList{u"dG"_s} << QStringList{u"rNew"_s, u"rOld"_s, u"gA"_s};
    QTest::newRow("task: nothing") << QStringList{u"tk"_s} << QStringList{};
}

void TestRecordStates::actionDependents()
{
    QFETCH(QStringList, keys);
    QFETCH(QStringList, dependents);
    Fixture f;
    QVERIFY(buildFixture(f));
    QVERIFY(buildGovernance(f));
    QVERIFY(buildAction(f));
    QList<RecordKey> asked;
    for (const QString &name : std::as_const(keys))
        asked.append(f.value(name));
    QStringList expectedNames = dependents;
    expectedNames.sort();
    auto result = store().withDependents(asked);
    VERIFY_OK(result);
    QCOMPARE(result->mid(0, asked.size()), asked);
    QStringList names;
    for (const RecordKey &key : result->mid(asked.size()))
        names.append(f.key(key, u"?"_s));
    names.sort();
    QCOMPARE(names, expectedNames); // each once
}

void TestRecordStates::actionRoundTrip_data()
{
    QTest::addColumn<QString>("target");
    for (const QString &name :
         {u"gA"_s, u"aG"_s, u"pl"_s, u"tk"_s, u"rp"_s, u"sc"_s, u"ev"_s, u"cf"_s, u"mB1"_s,
          u"pA1"_s, u"pB1"_s, u"dG"_s, u"dS"_s, u"bS"_s, u"K1"_s, u"A"_s})
        QTest::newRow(qPrintable(name)) << name;
}

// Deleting a record through apply() and applying what was captured before
// puts every action row back too.
void TestRecordStates::actionRoundTrip()
{
    QFETCH(QString, target);
    Fixture f;
    QVERIFY(buildFixture(f));
    QVERIFY(buildGovernance(f));
    QVERIFY(buildAction(f));
    const QStringList rows = dump();
    auto keys = store().withDependents({f.value(target)});
    VERIFY_OK(keys);
    const RecordStates before = captured(*keys);
    QVERIFY(before.first().value.has_value());
    VERIFY_OK(store().apply({{f.value(target), std::nullopt}}));
    QVERIFY(!captured({f.value(target)}).first().value.has_value());
    QVERIFY(dump() != rows);
    VERIFY_OK(store().apply(before));
    QCOMPARE(dump(), rows);
    COMPARE_STATES(captured(*keys), before);
    // Redo and undo again.
    VERIFY_OK(store().apply({{f.value(target), std::nullopt}}));
    QVERIFY(!captured({f.value(target)}).first().value.has_value());
    VERIFY_OK(store().apply(before));
    QCOMPARE(dump(), rows);
    auto problems = w().database().integrityProblems();
    VERIFY_OK(problems);
    QCOMPARE(problems.value(), QStringList());
}

// The undo of removing a member that funds a plan line, is responsible for a
// task, is credited with a success and is a party to a conflict.
void TestRecordStates::removedMembershipTakesActionBack()
{
    Fixture f;
    QVERIFY(buildFixture(f));
    QVERIFY(buildGovernance(f));
    QVERIFY(buildAction(f));
    const auto id = [&f](const QString &name) {
        return f.value(name).id;
    };
    const ActionGroup group = w().actionGroups().get(id(u"aG"_s)).value();
    const ActionPlan plan = w().actionPlans().get(id(u"pl"_s)).value();
    const Task task = w().tasks().get(id(u"tk"_s)).value();
    const Success success = w().successes().get(id(u"sc"_s)).value();
    const Conflict conflict = w().conflicts().get(id(u"cf"_s)).value();
    auto keys = store().withDependents({f.value(u"mB1"_s)});
    VERIFY_OK(keys);
    const RecordStates before = captured(*keys);
    const QStringList rows = dump();
    const auto conflictEntries = [&] {
        auto entries = w().audit().entriesFor(u"conflict"_s, conflict.id);
        return entries ? entries->size() : -1;
    };
    const qsizetype conflictAudited = conflictEntries();

    VERIFY_OK(w().memberships().remove(id(u"mB1"_s)));
    QCOMPARE(w().actionGroups().get(group.id)->memberships, QList<Id>{id(u"mA1"_s)});
    QCOMPARE(w().actionPlans().get(plan.id)->budget.first().fundedById, std::optional<Id>());
    QCOMPARE(w().tasks().get(task.id)->responsibleId, std::optional<Id>());
    QCOMPARE(w().successes().get(success.id)->credited, QList<Id>{id(u"mA1"_s)});
    QCOMPARE(w().conflicts().get(conflict.id)->parties, QList<Id>{id(u"mA1"_s)});

    VERIFY_OK(store().apply(before)); // undo
    // Putting the party back is audited as a change of the conflict.
    QCOMPARE(conflictEntries(), conflictAudited + 1);
    QCOMPARE(dump(), rows);
    QCOMPARE(w().actionGroups().get(group.id).value(), group);
    QCOMPARE(w().actionPlans().get(plan.id).value(), plan);
    QCOMPARE(w().tasks().get(task.id).value(), task);
    QCOMPARE(w().successes().get(success.id).value(), success);
    QCOMPARE(w().conflicts().get(conflict.id).value(), conflict);
}

void TestRecordStates::groupNamesCanBeTraded()
{
    Fixture f;
    QVERIFY(buildFixture(f));
    QVERIFY(buildGovernance(f));
    QVERIFY(buildAction(f));
    ActionGroup other;
    other.coalitionId = f.value(u"K1"_s).id;
    other.name = u"Media"_s;
    auto otherId = w().actionGroups().add(other);
    VERIFY_OK(otherId);
    const QList<RecordKey> keys{f.value(u"aG"_s), {RecordKind::ActionGroup, *otherId}};
    const RecordStates original = captured(keys);
    RecordStates traded = original;
    std::swap(std::get<ActionGroup>(*traded[0].value).name,
              std::get<ActionGroup>(*traded[1].value).name);
    VERIFY_OK(store().apply(traded));
    COMPARE_STATES(captured(keys), traded);
    auto found = w().actionGroups().findByName(f.value(u"K1"_s).id, u"media"_s);
    VERIFY_OK(found);
    QVERIFY(found.value());
    QCOMPARE(found.value()->id, f.value(u"aG"_s).id);
    VERIFY_OK(store().apply(original));
    COMPARE_STATES(captured(keys), original);
}

bool TestRecordStates::buildStage(Fixture &f)
{
    const auto keep = [&f](const QString &name, RecordKind kind, const Result<Id> &id) {
        if (!id)
            qWarning("%s: %s", qPrintable(name), qPrintable(id.error().toString()));
        else
            f.insert(name, {kind, id.value()});
        return id.ok();
    };
    const auto id = [&f](const QString &name) {
        return f.value(name).id;
    };
    StageChange start;
    start.coalitionId = id(u"K1"_s);
    start.stage = DevelopmentStage::PreFormation;
    start.on = QDate(2023, 3, 1);
    start.rationale = u"Partners found"_s;
    StageChange formed = start;
    formed.stage = DevelopmentStage::Formation;
    formed.on = QDate(2024, 1, 10);
    formed.rationale = u"Assembly convened"_s;
    formed.decisionId = id(u"dG"_s);
    if (!keep(u"st1"_s, RecordKind::StageChange, w().stageChanges().add(start))
        || !keep(u"st2"_s, RecordKind::StageChange, w().stageChanges().add(formed))
        || !keep(u"ck1"_s, RecordKind::ChecklistAnswer,
                 w().checklist().answer(id(u"K1"_s), u"complex-issue"_s, ChecklistValue::Yes,
                                        u"Many causes"_s, QDate(2023, 3, 1)))
        || !keep(u"ck2"_s, RecordKind::ChecklistAnswer,
                 w().checklist().answer(id(u"K2"_s), u"service-gap"_s, ChecklistValue::No, {}, {})))
        return false;
    Relationship ab;
    ab.firstId = id(u"A"_s);
    ab.secondId = id(u"B"_s);
    ab.level = RelationshipLevel::Cooperating;
    ab.trust = TrustLevel::More;
    ab.since = QDate(2023, 5, 1);
    ab.views = {{id(u"A"_s), RelationshipLevel::Cooperating, TrustLevel::High, u"Good"_s, {}},
                {id(u"B"_s), RelationshipLevel::Networking, TrustLevel::Some, {}, {}}};
    if (!keep(u"rAB"_s, RecordKind::Relationship, w().relationships().add(ab)))
        return false;
    Relationship changed = w().relationships().get(id(u"rAB"_s)).value();
    changed.level = RelationshipLevel::Collaborating;
    if (!w().relationships().update(changed, u"Joint grant"_s, QDate(2024, 2, 1)))
        return false;
    Relationship ca;
    ca.firstId = id(u"C"_s);
    ca.secondId = id(u"A"_s);
    ca.level = RelationshipLevel::Networking;
    ca.views = {{id(u"C"_s), RelationshipLevel::Coordinating, TrustLevel::Low, {}, {}}};
    return keep(u"rCA"_s, RecordKind::Relationship, w().relationships().add(ca));
}

void TestRecordStates::stageDependents_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("expected"); // among the stage records only

    QTest::newRow("organization: its relationships") << u"A"_s << QStringList{u"rAB"_s, u"rCA"_s};
    QTest::newRow("organization with one") << u"B"_s << QStringList{u"rAB"_s};
    QTest::newRow("coalition: stage changes and answers")
        << u"K1"_s << QStringList{u"st1"_s, u"st2"_s, u"ck1"_s};
    QTest::newRow("decision: the stage it settled") << u"dG"_s << QStringList{u"st2"_s};
    QTest::newRow("relationship: nothing") << u"rAB"_s << QStringList{};
}

void TestRecordStates::stageDependents()
{
    QFETCH(QString, key);
    QFETCH(QStringList, expected);
    Fixture f;
    QVERIFY(buildFixture(f));
    QVERIFY(buildGovernance(f));
    QVERIFY(buildStage(f));
    auto result = store().withDependents({f.value(key)});
    VERIFY_OK(result);
    QStringList names;
    for (const RecordKey &found : result->mid(1)) {
        if (found.kind == RecordKind::StageChange || found.kind == RecordKind::ChecklistAnswer
            || found.kind == RecordKind::Relationship)
            names.append(f.key(found, u"?"_s));
    }
    names.sort();
    expected.sort();
    QCOMPARE(names, expected); // each once
}

// Deleting an organization cascades to its relationships, their views and
// history; undoing it brings them back exactly.
void TestRecordStates::removedOrganizationTakesRelationshipsBack()
{
    Fixture f;
    QVERIFY(buildFixture(f));
    QVERIFY(buildGovernance(f));
    QVERIFY(buildStage(f));
    const Relationship ab = w().relationships().get(f.value(u"rAB"_s).id).value();
    const Relationship ca = w().relationships().get(f.value(u"rCA"_s).id).value();
    QCOMPARE(ab.views.size(), qsizetype(2));
    QCOMPARE(ab.history.size(), qsizetype(4));
    QCOMPARE(ca.firstId, f.value(u"A"_s).id); // stored in order
    auto keys = store().withDependents({f.value(u"A"_s)});
    VERIFY_OK(keys);
    const RecordStates before = captured(*keys);
    const QStringList rows = dump();

    VERIFY_OK(w().organizations().remove(f.value(u"A"_s).id,
                                         OrganizationRepository::RemovePolicy::CascadeMemberships));
    auto left = w().relationships().list();
    VERIFY_OK(left);
    QVERIFY(left->isEmpty());
    QSqlQuery children(u"SELECT (SELECT count(*) FROM relationship_view) + "
                       "(SELECT count(*) FROM relationship_change)"_s,
                       w().database().connection());
    QVERIFY(children.next());
    QCOMPARE(children.value(0).toInt(), 0);

    VERIFY_OK(store().apply(before)); // undo
    QCOMPARE(dump(), rows);
    QCOMPARE(w().relationships().get(ab.id).value(), ab);
    QCOMPARE(w().relationships().get(ca.id).value(), ca);
    const RecordStates after = captured(*keys);
    COMPARE_STATES(after, before);
}

// Deleting a coalition removes its stage history and checklist answers;
// undoing it brings them back with their ids and times.
void TestRecordStates::removedCoalitionTakesStageBack()
{
    Fixture f;
    QVERIFY(buildFixture(f));
    QVERIFY(buildGovernance(f));
    QVERIFY(buildStage(f));
    const Id k1 = f.value(u"K1"_s).id;
    const QList<StageChange> history = w().stageChanges().listForCoalition(k1).value();
    const QList<ChecklistAnswer> answers = w().checklist().listForCoalition(k1).value();
    QCOMPARE(history.size(), qsizetype(2));
    QCOMPARE(answers.size(), qsizetype(1));
    auto keys = store().withDependents({f.value(u"K1"_s)});
    VERIFY_OK(keys);
    const RecordStates before = captured(*keys);
    const QStringList rows = dump();

    VERIFY_OK(store().apply({{f.value(u"K1"_s), std::nullopt}}));
    QVERIFY(w().stageChanges().listForCoalition(k1)->isEmpty());
    QVERIFY(w().checklist().listForCoalition(k1)->isEmpty());
    QCOMPARE(w().checklist().list()->size(), qsizetype(1)); // K2's stays
    // Each cascaded record is audited as deleted.
    auto audited = w().audit().entriesFor(u"stage_change"_s, history.first().id);
    VERIFY_OK(audited);
    QVERIFY(audited->last().field.isEmpty());
    QVERIFY(!audited->last().newValue.has_value());

    VERIFY_OK(store().apply(before)); // undo
    QCOMPARE(dump(), rows);
    QCOMPARE(w().stageChanges().listForCoalition(k1).value(), history);
    QCOMPARE(w().checklist().listForCoalition(k1).value(), answers);
}

QTEST_GUILESS_MAIN(TestRecordStates)
#include "tst_recordstates.moc"
