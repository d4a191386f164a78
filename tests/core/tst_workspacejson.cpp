// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/workspacejson.h"
#include "storage/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Coalition;

namespace {

using RowCounts = QMap<QString, qint64>;

// Rows of every table of the file, read straight from SQLite so that nothing
// the repositories do not show (tags, history, ...) escapes the check.
RowCounts rowCounts(Workspace &workspace)
{
    RowCounts counts;
    const QSqlDatabase db = workspace.database().connection();
    QSqlQuery tables(db);
    tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%'"_s);
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &name : std::as_const(names)) {
        QSqlQuery count(db);
        count.exec(u"SELECT count(*) FROM \""_s + name + u'"');
        counts.insert(name, count.next() ? count.value(0).toLongLong() : -1);
    }
    return counts;
}

// The document with one value of one record replaced, or removed when the
// value is undefined; no array name means the top-level object.
QByteArray mutated(const QByteArray &document, const QString &array, qsizetype index,
                   const QString &key, const QJsonValue &value)
{
    QJsonObject root = QJsonDocument::fromJson(document).object();
    const auto apply = [&](QJsonObject &object) {
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
    };
    if (array.isEmpty()) {
        apply(root);
    } else {
        QJsonArray items = root.value(array).toArray();
        QJsonObject item = items.at(index).toObject();
        apply(item);
        items.replace(index, item);
        root.insert(array, items);
    }
    return QJsonDocument(root).toJson();
}

QJsonValue valueIn(const QByteArray &document, const QString &array, qsizetype index,
                   const QString &key)
{
    const QJsonObject root = QJsonDocument::fromJson(document).object();
    return root.value(array).toArray().at(index).toObject().value(key);
}

// The document with the value at a nested path ({"decisions", 2, "positions",
// 0, "membership_id"}) replaced, or removed when the value is undefined; an
// index one past the end of a list adds an item.
QJsonValue patchedValue(const QJsonValue &node, const QVariantList &path, qsizetype at,
                        const QJsonValue &value)
{
    if (at == path.size())
        return value;
    const QVariant step = path.at(at);
    if (step.typeId() == QMetaType::QString) {
        QJsonObject object = node.toObject();
        const QString key = step.toString();
        const QJsonValue inner = patchedValue(object.value(key), path, at + 1, value);
        if (inner.isUndefined())
            object.remove(key);
        else
            object.insert(key, inner);
        return object;
    }
    QJsonArray array = node.toArray();
    const qsizetype index = step.toLongLong();
    const QJsonValue inner = patchedValue(array.at(index), path, at + 1, value);
    if (index == array.size())
        array.append(inner); // one past the end adds an item
    else
        array.replace(index, inner);
    return array;
}

QByteArray patched(const QByteArray &document, const QVariantList &path, const QJsonValue &value)
{
    const QJsonValue root = QJsonDocument::fromJson(document).object();
    return QJsonDocument(patchedValue(root, path, 0, value).toObject()).toJson();
}

QJsonValue valueAt(const QByteArray &document, const QVariantList &path)
{
    QJsonValue node = QJsonDocument::fromJson(document).object();
    for (const QVariant &step : path)
        node = step.typeId() == QMetaType::QString ? node.toObject().value(step.toString())
                                                   : node.toArray().at(step.toLongLong());
    return node;
}

const QStringList ActionKeys{u"goals"_s,       u"action_groups"_s,    u"action_plans"_s,
                             u"tasks"_s,       u"progress_reports"_s, u"successes"_s,
                             u"evaluations"_s, u"conflicts"_s};
const QStringList ActionEntities{u"goal"_s,       u"action_group"_s,    u"action_plan"_s,
                                 u"task"_s,       u"progress_report"_s, u"success"_s,
                                 u"evaluation"_s, u"conflict"_s};

const QStringList StageKeys{u"stage_changes"_s, u"checklist_answers"_s, u"relationships"_s};
const QStringList StageEntities{u"stage_change"_s, u"checklist_answer"_s, u"relationship"_s};

// The document without the given lists and the audit entries about their records.
QJsonObject withoutLists(QJsonObject root, const QStringList &keys, const QStringList &entities)
{
    for (const QString &key : keys)
        root.remove(key);
    QJsonArray audit;
    for (const QJsonValue &entry : root.value(u"audit"_s).toArray()) {
        if (!entities.contains(entry.toObject().value(u"entity"_s).toString()))
            audit.append(entry);
    }
    root.insert(u"audit"_s, audit);
    return root;
}

// What a format 3 export of the same data holds: no stage lists, no audit
// entries about stage records.
QJsonObject withoutStageObject(const QByteArray &document)
{
    return withoutLists(QJsonDocument::fromJson(document).object(), StageKeys, StageEntities);
}

// What a format 2 export of the same data holds: no action or stage lists,
// no audit entries about their records.
QJsonObject withoutActionObject(const QByteArray &document)
{
    return withoutLists(withoutStageObject(document), ActionKeys, ActionEntities);
}

QByteArray withoutAction(const QByteArray &document)
{
    return QJsonDocument(withoutActionObject(document)).toJson();
}

Organization organization(const QString &name, Sector sector = Sector::Other)
{
    Organization o;
    o.name = name;
    o.sector = sector;
    return o;
}

Person person(const QString &name, std::optional<Id> organizationId, const QString &role = {})
{
    Person p;
    p.name = name;
    p.organizationId = organizationId;
    p.role = role;
    return p;
}

Membership membership(Id coalitionId, Id organizationId, MembershipStatus status,
                      MembershipKind kind, std::optional<Id> representativeId = std::nullopt)
{
    Membership m;
    m.coalitionId = coalitionId;
    m.organizationId = organizationId;
    m.status = status;
    m.kind = kind;
    m.representativeId = representativeId;
    return m;
}

} // namespace

#define CHECK_ID(var, expr)                                                                        \
    const auto var##Result = (expr);                                                               \
    QVERIFY2(var##Result.ok(), qPrintable(var##Result.error().toString()));                        \
    const Id var = var##Result.value()

#define CHECK_OK(expr)                                                                             \
    do {                                                                                           \
        const auto status_ = (expr);                                                               \
        QVERIFY2(status_.ok(), qPrintable(status_.error().toString()));                            \
    } while (false)

class TestWorkspaceJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void refusals_data();
    void refusals();
    void previousVersionImports();
    void formatTwoImports();
    void formatThreeImports();
    void withoutConfidential();
    void handWrittenGovernance();
    void handWrittenStage();
    void problemCap();
    void handWrittenFile();
    void documentedExample();
    void deletedIdsAreNotReused();

private:
    struct Ids
    {
        Id c1, c2, m1, m2, m3, p1, p2;
    };
    struct StageIds
    {
        Id c1, c2, a, b, c; // the coalitions and organizations
    };
    std::unique_ptr<Workspace> create();
    void populate(Workspace &workspace);
    void populateGovernance(Workspace &workspace, const Ids &ids);
    void populateAction(Workspace &workspace, const Ids &ids);
    void populateStage(Workspace &workspace, const StageIds &ids);
    void governanceRefusals(const QByteArray &base);
    void actionRefusals(const QByteArray &base);
    void stageRefusals(const QByteArray &base);

    QTemporaryDir m_dir;
    QByteArray m_base; // export of a populated workspace
    int m_files = 0;
};

std::unique_ptr<Workspace> TestWorkspaceJson::create()
{
    const QString path = m_dir.filePath(u"w%1.coalition"_s.arg(++m_files));
    auto workspace = Workspace::open(path, Database::OpenMode::CreateNew);
    if (!workspace) {
        qWarning("%s", qPrintable(workspace.error().toString()));
        return nullptr;
    }
    return std::move(workspace).value();
}

// Every entity with every field filled; edits and a deletion for the audit log.
void TestWorkspaceJson::populate(Workspace &w)
{
    Organization a = organization(u"Fédération des Locataires — Ünïon 🏠"_s, Sector::CommunityGroup);
    a.mission = u"Safe, affordable homes.\nFor everyone, everywhere."_s;
    a.decisionMaking = u"Board vote by two thirds"_s;
    a.address = u"12 Rue de l'Église\n75001 Paris"_s;
    a.website = u"https://locataires.example.org"_s;
    a.email = u"contact@locataires.example.org"_s;
    a.phone = u"+33 1 23 45 67 89"_s;
    a.notes = u"Line one\nLine two with \"quotes\" and a \\ backslash\n\tTabbed 日本語"_s;
    a.tags = {u"housing"_s, u"tenants' rights"_s, u"日本"_s};
    CHECK_ID(aId, w.organizations().add(a));
    Organization b = organization(u"Green Streets"_s, Sector::Nonprofit);
    b.tags = {u"environment"_s};
    CHECK_ID(bId, w.organizations().add(b));
    CHECK_ID(tempId, w.organizations().add(organization(u"Short-lived"_s)));
    CHECK_ID(
        cId,
        w.organizations().add(organization(u"City Health Department"_s, Sector::PublicAgency)));
    CHECK_OK(w.organizations().remove(tempId)); // leaves a gap in the ids
    auto stored = w.organizations().get(bId);
    QVERIFY(stored.ok());
    stored.value().phone = u"555-0100"_s;
    stored.value().tags.append(u"cycling"_s);
    CHECK_OK(w.organizations().update(stored.value()));

    Person ana = person(u"Ana Ferreira"_s, aId, u"Chair"_s);
    ana.email = u"ana@example.org"_s;
    ana.phone = u"+351 21 000 0000"_s;
    ana.notes = u"Prefers e-mail.\nAway in August."_s;
    CHECK_ID(p1, w.people().add(ana));
    CHECK_ID(p2, w.people().add(person(u"Bo Lindqvist"_s, aId)));
    CHECK_ID(p3, w.people().add(person(u"Chidi Okafor"_s, bId)));
    CHECK_OK(w.people().add(person(u"Dana Unaffiliated"_s, std::nullopt, u"Volunteer"_s)));

    CoalitionInfo campaign;
    campaign.name = u"Clean Air Campaign"_s;
    campaign.type = CoalitionType::Campaign;
    campaign.purpose = u"Cut traffic pollution near schools."_s;
    campaign.vision = u"Every child breathes clean air."_s;
    campaign.mission = u"Win a low-emission zone\nby mid-2025."_s;
    campaign.startDate = QDate(2024, 1, 15);
    campaign.endDate = QDate(2025, 6, 30);
    campaign.leadOrganizationId = aId;
    campaign.meetings = {u"Every second Tuesday"_s, 90, u"Library, room 2"_s};
    campaign.finances
        = {u"€50 per member and year"_s, u"City grant 2024"_s, u"Printing by Green Streets"_s};
    campaign.notes = u"Press contact: Ana."_s;
    CHECK_ID(c1, w.coalitions().add(campaign));
    CoalitionInfo network;
    network.name = u"Neighbourhood Network"_s;
    CHECK_ID(c2, w.coalitions().add(network));
    auto edited = w.coalitions().get(c1);
    QVERIFY(edited.ok());
    edited.value().notes += u"\nSecond line added later."_s;
    CHECK_OK(w.coalitions().update(edited.value()));

    Membership m1 = membership(c1, aId, MembershipStatus::Active, MembershipKind::VotingMember, p1);
    m1.joinedOn = QDate(2024, 1, 20);
    m1.alternateId = p2;
    m1.duesCents = 12050;
    m1.duesPaidThrough = QDate(2024, 12, 31);
    m1.interests = {{InterestKind::Shared, u"Clean air near homes"_s},
                    {InterestKind::Conflicting, u"Wants the road widened"_s}};
    m1.contributions
        = {{ContributionKind::StaffTime, u"Coordinator, 4 h a week"_s, 123456,
            ContributionPeriod::Monthly},
           {ContributionKind::Money, u"Printing"_s, 5, ContributionPeriod::Yearly},
           {ContributionKind::Space, u"Meeting room"_s, 0, ContributionPeriod::OneOff}};
    m1.barriers = {u"Limited staff"_s, u"Distance\nand travel"_s};
    m1.notes = u"Founding member.\nHosts the first meeting."_s;
    CHECK_ID(m1Id, w.memberships().add(m1));
    Membership m2
        = membership(c1, bId, MembershipStatus::Invited, MembershipKind::NonVotingAlly, p3);
    m2.joinedOn = QDate(2024, 2, 1);
    CHECK_ID(m2Id, w.memberships().add(m2));
    CHECK_OK(w.memberships().setStatus(m2Id, MembershipStatus::Active, QDate(2024, 3, 1),
                                       u"Board approved"_s));
    CHECK_OK(w.memberships().setStatus(m2Id, MembershipStatus::Withdrawn, QDate(2024, 9, 1)));
    CHECK_ID(m3Id,
             w.memberships().add(
                 membership(c2, cId, MembershipStatus::Prospective, MembershipKind::Observer)));
    auto member = w.memberships().get(m1Id);
    QVERIFY(member.ok());
    member.value().duesCents = 15099;
    CHECK_OK(w.memberships().update(member.value()));

    populateGovernance(w, {c1, c2, m1Id, m2Id, m3Id, p1, p2});
    populateAction(w, {c1, c2, m1Id, m2Id, m3Id, p1, p3});
    populateStage(w, {c1, c2, aId, bId, cId});
}

// Every governance entity with every field filled, through the repositories
// (so outcomes are counted), with edits, a reopening, a superseded rule and a
// deleted meeting for the audit log and the ids.
void TestWorkspaceJson::populateGovernance(Workspace &w, const Ids &ids)
{
    Body assembly;
    assembly.coalitionId = ids.c1;
    assembly.kind = BodyKind::FullMembership;
    assembly.name = u"Campaign Assembly"_s;
    assembly.purpose = u"Every voting member.\nOne vote each."_s;
    assembly.notes = u"Meets «monthly»."_s;
    CHECK_ID(assemblyId, w.bodies().add(assembly));
    Body press;
    press.coalitionId = ids.c1;
    press.kind = BodyKind::Committee;
    press.name = u"Press Team"_s;
    press.purpose = u"Drafts statements."_s;
    press.seats = {{ids.m1, u"lead"_s, true}, {ids.m2, u"adviser"_s, false}};
    CHECK_ID(pressId, w.bodies().add(press));
    Body forum;
    forum.coalitionId = ids.c2;
    forum.kind = BodyKind::FullMembership;
    forum.name = u"Network Forum"_s;
    CHECK_ID(forumId, w.bodies().add(forum));

    DecisionProcedure general;
    general.bodyId = assemblyId;
    general.method = DecisionMethod::ConsensusThenVote;
    general.consensusAttempts = 2;
    general.fallbackMethod = DecisionMethod::Supermajority;
    general.threshold = Fraction{3, 4};
    general.basis = VoteBasis::Members;
    general.quorum = {QuorumKind::Fraction, 0, Fraction{2, 3}};
    general.areas = {DecisionArea::GroundRules, DecisionArea::Budget};
    general.escalation
        = {EscalationStep::Discussion, EscalationStep::Mediator, EscalationStep::Panel};
    general.noticeDays = 7;
    general.reopening = {90, Fraction{2, 3}, true};
    general.notes = u"Agreed at the founding meeting — “unanimously”."_s;
    CHECK_ID(generalId, w.procedures().set(general));
    DecisionProcedure delegated;
    delegated.bodyId = pressId;
    delegated.method = DecisionMethod::Delegated;
    delegated.delegateBodyId = assemblyId;
    delegated.areas = {DecisionArea::PublicStatements};
    CHECK_OK(w.procedures().set(delegated));
    DecisionProcedure simple;
    simple.bodyId = forumId;
    simple.method = DecisionMethod::Majority;
    simple.quorum = {QuorumKind::Count, 1, Fraction{1, 2}};
    simple.noticeDays = 3;
    simple.reopening.minimumDays = 30;
    CHECK_OK(w.procedures().set(simple));

    Meeting first;
    first.bodyId = assemblyId;
    first.startsAt = QDateTime(QDate(2024, 5, 14), QTime(18, 30));
    first.scheduledOn = QDate(2024, 5, 1);
    first.location = u"Library, room 2"_s;
    first.agenda = {u"Press rule"_s, u"Budget 2024 — first reading"_s};
    first.attendance = {{ids.m1, ids.p1}, {ids.m1, ids.p2}}; // one organization, two people
    first.minutes = u"Opened at 18:35.\nThe press rule was agreed."_s;
    first.notes = u"Quiet room."_s;
    CHECK_ID(firstId, w.meetings().add(first));
    Meeting cancelled = first;
    cancelled.startsAt = QDateTime(QDate(2024, 5, 20), QTime(9, 0));
    CHECK_ID(cancelledId, w.meetings().add(cancelled));
    CHECK_OK(w.meetings().remove(cancelledId)); // leaves a gap in the ids
    Meeting second;
    second.bodyId = pressId;
    second.startsAt = QDateTime(QDate(2024, 8, 20), QTime(9, 0));
    second.scheduledOn = QDate(2024, 8, 19);
    second.attendance = {{ids.m1, std::nullopt}};
    CHECK_ID(secondId, w.meetings().add(second));
    Meeting forumMeeting;
    forumMeeting.bodyId = forumId;
    forumMeeting.startsAt = QDateTime(QDate(2024, 9, 2), QTime(17, 0));
    forumMeeting.attendance = {{ids.m3, std::nullopt}};
    CHECK_ID(forumMeetingId, w.meetings().add(forumMeeting));

    Decision pressRule;
    pressRule.meetingId = firstId;
    pressRule.title = u"Adopt the press rule"_s;
    pressRule.text = u"Only the chair speaks to the press.\nOthers refer questions."_s;
    pressRule.area = DecisionArea::GroundRules;
    pressRule.positions = {{ids.m1, VotePosition::Yes}};
    pressRule.notes = u"Short debate."_s;
    CHECK_ID(pressRuleId, w.decisions().add(pressRule));
    Decision budget;
    budget.meetingId = firstId;
    budget.procedureId = generalId;
    budget.title = u"Approve the 2024 budget"_s;
    budget.area = DecisionArea::Budget;
    budget.failedConsensusAttempts = 2;
    budget.positions = {{ids.m1, VotePosition::No}};
    CHECK_ID(budgetId, w.decisions().add(budget));
    Decision statement;
    statement.meetingId = secondId;
    statement.title = u"Statement on the low-emission zone"_s;
    statement.area = DecisionArea::PublicStatements;
    statement.positions = {{ids.m1, VotePosition::Yes}};
    CHECK_OK(w.decisions().add(statement));
    Decision forumDecision;
    forumDecision.meetingId = forumMeetingId;
    forumDecision.title = u"Meet quarterly"_s;
    CHECK_OK(w.decisions().add(forumDecision)); // no position yet: pending
    Reopening reopening;
    reopening.on = QDate(2024, 8, 20);
    reopening.meetingId = secondId;
    reopening.reason = u"The chair is away until December."_s;
    reopening.newInformation = u"A second spokesperson is needed."_s;
    reopening.votesFor = 2;
    reopening.votesCast = 3;
    CHECK_OK(w.decisions().reopen(pressRuleId, reopening));
    auto storedBudget = w.decisions().get(budgetId);
    QVERIFY(storedBudget.ok());
    QCOMPARE(storedBudget->outcome, DecisionOutcome::Rejected);
    QVERIFY(!storedBudget->reasons.isEmpty());

    GroundRule old;
    old.coalitionId = ids.c1;
    old.area = RuleArea::Media;
    old.title = u"Anyone may speak"_s;
    old.text = u"Any member may speak to the press."_s;
    old.status = RuleStatus::Agreed;
    old.history = {{QDate(2024, 1, 10), RuleStatus::Proposed, old.text, u"Draft"_s},
                   {QDate(2024, 1, 20), RuleStatus::Agreed, old.text, {}}};
    CHECK_ID(oldId, w.groundRules().add(old));
    GroundRule rule;
    rule.coalitionId = ids.c1;
    rule.area = RuleArea::Media;
    rule.title = u"The chair speaks for the campaign"_s;
    rule.text = pressRule.text;
    rule.status = RuleStatus::Agreed;
    rule.adoptedByDecisionId = pressRuleId;
    rule.reviewOn = QDate(2025, 5, 14);
    rule.supersedesRuleId = oldId; // retires the old rule
    rule.notes = u"See the minutes of 14 May."_s;
    rule.history = {{QDate(2024, 5, 1), RuleStatus::Proposed, u"Draft text"_s, {}},
                    {QDate(2024, 5, 14), RuleStatus::Agreed, rule.text, u"Adopted"_s}};
    CHECK_ID(ruleId, w.groundRules().add(rule));
    GroundRule secret;
    secret.coalitionId = ids.c1;
    secret.area = RuleArea::Confidentiality;
    secret.title = u"What stays in the room"_s;
    CHECK_OK(w.groundRules().add(secret));
    auto edited = w.groundRules().get(ruleId);
    QVERIFY(edited.ok());
    edited.value().text += u" Two deputies may stand in."_s;
    CHECK_OK(w.groundRules().update(edited.value(), u"Deputies added"_s));
    QCOMPARE(w.groundRules().get(oldId).value().status, RuleStatus::Retired);
}

// Every action entity with every field filled, through the repositories:
// confidential records (goals[1], tasks[1], progress_reports[1],
// conflicts[1]) and records that need one (action_plans[1], tasks[2]), an
// edit, and deletions that leave gaps in the ids.
void TestWorkspaceJson::populateAction(Workspace &w, const Ids &ids)
{
    const Id decisionId = w.decisions().list().value().first().id; // of c1
    const Id pressBodyId = w.bodies().list().value().at(1).id; // of c1

    Goal air;
    air.coalitionId = ids.c1;
    air.kind = GoalKind::Specific;
    air.title = u"Clean air at the school gates"_s;
    air.text = u"NO₂ below the limit\nat every gate."_s;
    air.measures = {u"Streets closed at the school run"_s, u"NO₂ at the gates"_s};
    air.targetOn = QDate(2025, 6, 30);
    air.status = GoalStatus::Active;
    air.adoptedByDecisionId = decisionId;
    air.notes = u"From the founding meeting."_s;
    CHECK_ID(airId, w.goals().add(air));
    Goal money;
    money.coalitionId = ids.c1;
    money.kind = GoalKind::Universal;
    money.title = u"Secure the campaign's funds"_s;
    money.confidential = true;
    CHECK_ID(moneyId, w.goals().add(money));
    Goal temp;
    temp.coalitionId = ids.c1;
    temp.title = u"Short-lived goal"_s;
    CHECK_ID(tempId, w.goals().add(temp));
    Goal network;
    network.coalitionId = ids.c2;
    network.kind = GoalKind::Universal;
    network.title = u"Broaden the network"_s;
    CHECK_OK(w.goals().add(network));
    CHECK_OK(w.goals().remove(tempId)); // leaves a gap in the ids

    ActionGroup group;
    group.coalitionId = ids.c1;
    group.name = u"School Streets Group"_s;
    group.purpose = u"Closes streets «at the school run»."_s;
    group.convenerId = ids.p1;
    group.memberships = {ids.m1, ids.m2};
    group.people = {ids.p1, ids.p2};
    group.goals = {airId, moneyId};
    group.bodyId = pressBodyId;
    group.cadence = ReportingCadence::Quarterly;
    group.startedOn = QDate(2024, 4, 1);
    group.notes = u"Meets after school."_s;
    CHECK_ID(groupId, w.actionGroups().add(group));

    ActionPlan plan;
    plan.goalId = airId;
    plan.groupId = groupId;
    plan.leadMembershipId = ids.m1;
    plan.title = u"A school street at Park Road"_s;
    plan.startOn = QDate(2024, 4, 15);
    plan.dueOn = QDate(2024, 12, 20);
    plan.criteria = {u"Air at the gate, before and after"_s, u"Parents' view"_s};
    plan.budget = {{u"Air monitors"_s, 30050, ids.m1, {}, true},
                   {u"Barriers"_s, 90000, std::nullopt, u"Town grant"_s, false}};
    plan.staffing
        = {{u"Stewards"_s, 12, ids.m2, false}, {u"Data volunteer"_s, 8, std::nullopt, true}};
    plan.adoptedByDecisionId = decisionId;
    plan.notes = u"Trial first."_s;
    CHECK_ID(planId, w.actionPlans().add(plan));
    ActionPlan fundraising;
    fundraising.goalId = moneyId; // a confidential goal
    fundraising.groupId = groupId;
    fundraising.title = u"Ask three funders"_s;
    CHECK_ID(fundraisingId, w.actionPlans().add(fundraising));

    Task measure;
    measure.planId = planId;
    measure.title = u"Measure the air for a month"_s;
    measure.responsibleId = ids.m1;
    measure.startOn = QDate(2024, 5, 1);
    measure.dueOn = QDate(2024, 6, 30);
    measure.status = TaskStatus::InProgress;
    measure.notes = u"Two monitors."_s;
    CHECK_ID(measureId, w.tasks().add(measure));
    CHECK_OK(w.tasks().setStatus(measureId, TaskStatus::Done, QDate(2024, 6, 28)));
    Task letter;
    letter.planId = planId;
    letter.title = u"Letter to the head teacher"_s;
    letter.responsibleId = ids.m2;
    letter.confidential = true;
    CHECK_OK(w.tasks().add(letter));
    Task call;
    call.planId = fundraisingId;
    call.title = u"Call the Greenway trust"_s;
    CHECK_OK(w.tasks().add(call));

    ProgressReport second;
    second.groupId = groupId;
    second.period = ReportPeriod{ReportPeriod::Kind::Quarter, 2024, 2};
    second.authorId = ids.p1;
    second.text = u"Monitors ordered.\nStewards found."_s;
    second.receivedOn = QDate(2024, 7, 3);
    CHECK_OK(w.progressReports().add(second));
    ProgressReport third;
    third.groupId = groupId;
    third.period = ReportPeriod{ReportPeriod::Kind::Quarter, 2024, 3};
    third.receivedOn = QDate(2024, 10, 2);
    third.confidential = true;
    CHECK_OK(w.progressReports().add(third));

    Success success;
    success.coalitionId = ids.c1;
    success.title = u"First car-free morning"_s;
    success.text = u"Two hundred children walked."_s;
    success.achievedOn = QDate(2024, 9, 12);
    success.credited = {ids.m1, ids.m2};
    success.groupId = groupId;
    success.goalId = moneyId; // cleared when confidential records are left out
    success.notes = u"Photos in the shared folder."_s;
    CHECK_OK(w.successes().add(success));

    Evaluation survey;
    survey.coalitionId = ids.c1;
    survey.activity = u"Car-free morning"_s;
    survey.on = QDate(2024, 9, 20);
    survey.method = EvaluationMethod::SatisfactionSurvey;
    survey.findings = u"Most parents want it weekly."_s;
    survey.score = 80;
    survey.groupId = groupId;
    survey.planId = planId;
    survey.notes = u"48 answers."_s;
    CHECK_OK(w.evaluations().add(survey));
    Evaluation funders;
    funders.coalitionId = ids.c1;
    funders.activity = u"Funders' round table"_s;
    funders.method = EvaluationMethod::Interviews;
    funders.planId = fundraisingId; // cleared when confidential records are left out
    CHECK_OK(w.evaluations().add(funders));

    Conflict route;
    route.coalitionId = ids.c1;
    route.subject = u"Which street to close first"_s;
    route.parties = {ids.m1, ids.m2};
    route.raisedOn = QDate(2024, 5, 2);
    route.status = ConflictStatus::Resolved;
    route.step = EscalationStep::Mediator;
    route.resolution = u"Park Road first, Mill Lane in spring."_s;
    route.resolvedOn = QDate(2024, 5, 30);
    route.notes = u"Mediated by the library."_s;
    CHECK_OK(w.conflicts().add(route));
    Conflict gone = route;
    gone.subject = u"Entered twice"_s;
    CHECK_ID(goneId, w.conflicts().add(gone));
    CHECK_OK(w.conflicts().remove(goneId));
    Conflict share;
    share.coalitionId = ids.c1;
    share.subject = u"Who keeps the grant"_s;
    share.parties = {ids.m1};
    share.raisedOn = QDate(2024, 10, 1);
    share.confidential = true;
    CHECK_OK(w.conflicts().add(share));
}

// A stage history with a linked decision, checklist answers of every value
// and relationships with views and history, through the repositories; with
// edits and deletions for the audit log and the ids.
void TestWorkspaceJson::populateStage(Workspace &w, const StageIds &ids)
{
    const auto decisions = w.decisions().listForCoalition(ids.c1);
    QVERIFY(decisions.ok());
    QVERIFY(!decisions->isEmpty());
    StageChange start;
    start.coalitionId = ids.c1;
    start.stage = DevelopmentStage::PreFormation;
    start.on = QDate(2023, 11, 2);
    start.rationale = u"Partners found.\nThe issue is «complex»."_s;
    CHECK_ID(startId, w.stageChanges().add(start));
    StageChange formed = start;
    formed.stage = DevelopmentStage::Formation;
    formed.on = QDate(2024, 5, 14);
    formed.rationale = u"The assembly approved the campaign."_s;
    formed.decisionId = decisions->first().id;
    CHECK_OK(w.stageChanges().add(formed));
    StageChange early = formed;
    early.stage = DevelopmentStage::Implementation;
    early.rationale = u"Entered too early."_s;
    CHECK_ID(earlyId, w.stageChanges().add(early));
    CHECK_OK(w.stageChanges().remove(earlyId)); // leaves a gap in the ids
    auto edited = w.stageChanges().get(startId);
    QVERIFY(edited.ok());
    edited.value().rationale += u"\nChecked by the board."_s;
    CHECK_OK(w.stageChanges().update(edited.value()));
    StageChange talking;
    talking.coalitionId = ids.c2;
    talking.on = QDate(2024, 2, 1);
    talking.rationale = u"Still talking."_s;
    CHECK_OK(w.stageChanges().add(talking));

    auto &checklist = w.checklist();
    CHECK_OK(checklist.answer(ids.c1, u"complex-issue"_s, ChecklistValue::Yes,
                              u"Traffic, health and planning all meet here."_s,
                              QDate(2023, 10, 20)));
    CHECK_ID(gapId,
             checklist.answer(ids.c1, u"service-gap"_s, ChecklistValue::No,
                              u"The council has an air-quality officer."_s, QDate(2023, 10, 20)));
    CHECK_OK(checklist.answer(ids.c1, u"real-commitment"_s, ChecklistValue::Unanswered,
                              u"Ask the board first."_s, QDate()));
    CHECK_ID(againId,
             checklist.answer(ids.c1, u"service-gap"_s, ChecklistValue::Yes,
                              u"The officer's post was cut."_s, QDate(2024, 1, 10)));
    QCOMPARE(againId, gapId); // an answer changed keeps its id
    CHECK_OK(
        checklist.answer(ids.c2, u"complex-issue"_s, ChecklistValue::Yes, {}, QDate(2024, 2, 1)));

    // Given the other way round: the repository keeps the pair in order.
    Relationship pair;
    pair.firstId = ids.b;
    pair.secondId = ids.a;
    pair.level = RelationshipLevel::Cooperating;
    pair.trust = TrustLevel::More;
    pair.since = QDate(2022, 3, 1);
    pair.notes = u"Share an office.\nAnd a «printer»."_s;
    pair.views = {{ids.b, RelationshipLevel::Coordinating, TrustLevel::Some,
                   u"They decide alone."_s, QDate(2024, 4, 2)},
                  {ids.a, RelationshipLevel::Collaborating, TrustLevel::High, u"One team."_s,
                   QDate(2024, 4, 1)}};
    CHECK_ID(pairId, w.relationships().add(pair));
    auto stored = w.relationships().get(pairId);
    QVERIFY(stored.ok());
    stored.value().level = RelationshipLevel::Collaborating;
    stored.value().trust = TrustLevel::High;
    CHECK_OK(w.relationships().update(stored.value(), u"A joint bid won."_s, QDate(2024, 6, 1)));
    Relationship weak;
    weak.firstId = ids.b;
    weak.secondId = ids.c;
    weak.trust = TrustLevel::Low;
    weak.since = QDate(2024, 7, 1);
    CHECK_OK(w.relationships().add(weak));
    Relationship gone;
    gone.firstId = ids.a;
    gone.secondId = ids.c;
    CHECK_ID(goneId, w.relationships().add(gone));
    CHECK_OK(w.relationships().remove(goneId));
}

void TestWorkspaceJson::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto workspace = create();
    QVERIFY(workspace);
    populate(*workspace);
    if (QTest::currentTestFailed())
        return;
    auto exported = WorkspaceJson(*workspace).exportAll();
    QVERIFY2(exported.ok(), qPrintable(exported.error().toString()));
    m_base = exported.value();
}

void TestWorkspaceJson::roundTrip()
{
    auto source = create();
    QVERIFY(source);
    populate(*source);
    if (QTest::currentTestFailed())
        return;
    WorkspaceJson sourceJson(*source);
    const auto first = sourceJson.exportAll();
    QVERIFY2(first.ok(), qPrintable(first.error().toString()));
    const auto again = sourceJson.exportAll();
    QVERIFY(again.ok());
    QCOMPARE(again.value(), first.value()); // deterministic

    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(first.value(), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(root.keys(),
             (QStringList{u"action_groups"_s,
                          u"action_plans"_s,
                          u"audit"_s,
                          u"bodies"_s,
                          u"checklist_answers"_s,
                          u"coalitions"_s,
                          u"conflicts"_s,
                          u"decisions"_s,
                          u"evaluations"_s,
                          u"format"_s,
                          u"format_version"_s,
                          u"goals"_s,
                          u"ground_rules"_s,
                          u"meetings"_s,
                          u"memberships"_s,
                          u"organizations"_s,
                          u"people"_s,
                          u"procedures"_s,
                          u"progress_reports"_s,
                          u"relationships"_s,
                          u"schema_version"_s,
                          u"stage_changes"_s,
                          u"successes"_s,
                          u"tasks"_s}));
    QCOMPARE(WorkspaceJson::FormatVersion, 4);
    QCOMPARE(root.value(u"format"_s).toString(), u"coalition-desk-workspace"_s);
    QCOMPARE(root.value(u"format_version"_s).toInt(), WorkspaceJson::FormatVersion);
    QCOMPARE(root.value(u"schema_version"_s).toInt(), source->database().schemaVersion());
    QCOMPARE(root.value(u"memberships"_s).toArray().at(0).toObject().value(u"dues"_s),
             QJsonValue(u"150.99"_s));

    auto target = create();
    QVERIFY(target);
    WorkspaceJson targetJson(*target);
    const Status imported = targetJson.importAll(first.value(), u"export.json"_s);
    QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
    QVERIFY(targetJson.problems().isEmpty());
    const auto second = targetJson.exportAll();
    QVERIFY(second.ok());
    QCOMPARE(second.value(), first.value()); // byte-identical

    const auto byId = OrganizationRepository::Order::ById;
    const auto organizations = source->organizations().list({}, byId);
    QVERIFY(organizations.ok());
    QCOMPARE(organizations->size(), 3);
    QCOMPARE(organizations->at(2).id, Id(4)); // the gap left by the removal is kept
    QCOMPARE(organizations->at(1).tags, (QStringList{u"environment"_s, u"cycling"_s}));
    QCOMPARE(target->organizations().list({}, byId).value(), organizations.value());
    QCOMPARE(target->people().list().value(), source->people().list().value());
    QCOMPARE(target->coalitions().list().value(), source->coalitions().list().value());
    const auto memberships = source->memberships().list();
    QVERIFY(memberships.ok());
    QCOMPARE(memberships->at(0).contributions.size(), 3);
    QCOMPARE(memberships->at(1).history.size(), 3);
    QCOMPARE(memberships->at(1).leftOn, QDate(2024, 9, 1));
    QCOMPARE(target->memberships().list().value(), memberships.value());
    const auto audit = source->audit().all();
    QVERIFY(audit.ok());
    QVERIFY(audit->size() >= 15);
    QCOMPARE(target->audit().all().value(), audit.value());
    QCOMPARE(rowCounts(*target), rowCounts(*source));

    // Governance: every record as it was, ids and stored outcomes included.
    QCOMPARE(target->bodies().list().value(), source->bodies().list().value());
    QCOMPARE(target->procedures().list().value(), source->procedures().list().value());
    QCOMPARE(target->groundRules().list().value(), source->groundRules().list().value());
    QCOMPARE(target->meetings().list().value(), source->meetings().list().value());
    const auto decisions = source->decisions().list();
    QVERIFY(decisions.ok());
    QCOMPARE(target->decisions().list().value(), decisions.value());
    QCOMPARE(decisions->size(), 4);
    QCOMPARE(decisions->at(0).status, DecisionStatus::Reopened);
    QCOMPARE(decisions->at(0).reopenings.size(), 1);
    QCOMPARE(decisions->at(1).outcome, DecisionOutcome::Rejected);
    QCOMPARE(decisions->at(3).outcome, DecisionOutcome::Pending);
    const QJsonArray meetings = root.value(u"meetings"_s).toArray();
    QCOMPARE(meetings.size(), 3);
    QCOMPARE(meetings.at(1).toObject().value(u"id"_s).toInteger(), 3); // the gap is kept
    QCOMPARE(meetings.at(0).toObject().value(u"starts_at"_s).toString(), u"2024-05-14T18:30"_s);
    const auto rules = source->groundRules().list();
    QVERIFY(rules.ok());
    QCOMPARE(rules->at(0).status, RuleStatus::Retired);
    QCOMPARE(rules->at(1).history.size(), 3);
    QCOMPARE(rules->at(1).supersedesRuleId, std::optional<Id>(rules->at(0).id));
    QCOMPARE(rules->at(1).adoptedByDecisionId, std::optional<Id>(decisions->at(0).id));
    QCOMPARE(root.value(u"procedures"_s).toArray().at(0).toObject().value(u"threshold"_s),
             QJsonValue(u"3/4"_s));

    // Action: every record as it was, confidential ones included (a backup).
    QCOMPARE(target->goals().list().value(), source->goals().list().value());
    QCOMPARE(target->actionGroups().list().value(), source->actionGroups().list().value());
    QCOMPARE(target->actionPlans().list().value(), source->actionPlans().list().value());
    QCOMPARE(target->tasks().list().value(), source->tasks().list().value());
    QCOMPARE(target->progressReports().list().value(), source->progressReports().list().value());
    QCOMPARE(target->successes().list().value(), source->successes().list().value());
    QCOMPARE(target->evaluations().list().value(), source->evaluations().list().value());
    QCOMPARE(target->conflicts().list().value(), source->conflicts().list().value());
    QCOMPARE(targetJson.leftOut(), WorkspaceJson::LeftOutCounts{});
    QVERIFY(!root.contains(u"left_out"_s));
    const QJsonArray goals = root.value(u"goals"_s).toArray();
    QCOMPARE(goals.size(), 3);
    QCOMPARE(goals.at(2).toObject().value(u"id"_s).toInteger(), 4); // the gap is kept
    QCOMPARE(goals.at(1).toObject().value(u"confidential"_s), QJsonValue(true));
    QCOMPARE(root.value(u"conflicts"_s).toArray().size(), 2);
    const QJsonObject plan = root.value(u"action_plans"_s).toArray().at(0).toObject();
    QCOMPARE(plan.value(u"budget"_s).toArray().at(0).toObject().value(u"amount"_s),
             QJsonValue(u"300.50"_s));
    QCOMPARE(plan.value(u"staffing"_s).toArray().size(), 2);
    QCOMPARE(root.value(u"progress_reports"_s).toArray().at(0).toObject().value(u"period"_s),
             QJsonValue(u"2024-Q2"_s));
    const QJsonObject done = root.value(u"tasks"_s).toArray().at(0).toObject();
    QCOMPARE(done.value(u"status"_s), QJsonValue(u"done"_s));
    QCOMPARE(done.value(u"done_on"_s), QJsonValue(u"2024-06-28"_s));

    // Stage: the history, the answers and the relationships as they were,
    // views and history included.
    const auto changes = source->stageChanges().list();
    QVERIFY(changes.ok());
    QCOMPARE(changes->size(), 3);
    QCOMPARE(target->stageChanges().list().value(), changes.value());
    const auto answers = source->checklist().list();
    QVERIFY(answers.ok());
    QCOMPARE(answers->size(), 4);
    QCOMPARE(target->checklist().list().value(), answers.value());
    const auto relationships = source->relationships().list();
    QVERIFY(relationships.ok());
    QCOMPARE(relationships->size(), 2);
    QCOMPARE(target->relationships().list().value(), relationships.value());
    QVERIFY(relationships->at(0).firstId < relationships->at(0).secondId);
    QCOMPARE(relationships->at(0).views.size(), 2);
    QCOMPARE(relationships->at(0).history.size(), 4);
    const QJsonArray stageChanges = root.value(u"stage_changes"_s).toArray();
    QCOMPARE(stageChanges.size(), 3);
    QCOMPARE(stageChanges.at(2).toObject().value(u"id"_s).toInteger(), 4); // the gap is kept
    QCOMPARE(stageChanges.at(1).toObject().value(u"stage"_s), QJsonValue(u"formation"_s));
    QVERIFY(changes->at(1).decisionId);
    QCOMPARE(stageChanges.at(1).toObject().value(u"decision_id"_s).toInteger(),
             *changes->at(1).decisionId);
    QCOMPARE(stageChanges.at(0).toObject().value(u"rationale"_s),
             QJsonValue(u"Partners found.\nThe issue is «complex».\nChecked by the board."_s));
    const QJsonArray checklist = root.value(u"checklist_answers"_s).toArray();
    QCOMPARE(checklist.at(1).toObject().value(u"value"_s), QJsonValue(u"yes"_s));
    QCOMPARE(checklist.at(1).toObject().value(u"answered_on"_s), QJsonValue(u"2024-01-10"_s));
    QCOMPARE(checklist.at(2).toObject().value(u"value"_s), QJsonValue(u"unanswered"_s));
    QCOMPARE(checklist.at(2).toObject().value(u"answered_on"_s), QJsonValue(QJsonValue::Null));
    const QJsonObject pair = root.value(u"relationships"_s).toArray().at(0).toObject();
    QCOMPARE(pair.value(u"first_id"_s).toInteger(), 1);
    QCOMPARE(pair.value(u"second_id"_s).toInteger(), 2);
    const QJsonArray views = pair.value(u"views"_s).toArray();
    QCOMPARE(views.at(0).toObject().value(u"level"_s), QJsonValue(u"collaborating"_s));
    QCOMPARE(views.at(1).toObject().value(u"trust"_s), QJsonValue(u"some"_s));
    const QJsonArray history = pair.value(u"history"_s).toArray();
    QCOMPARE(history.at(1).toObject().value(u"side_id"_s).toInteger(), 1);
    QCOMPARE(history.at(3).toObject().value(u"side_id"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(history.at(3).toObject().value(u"note"_s), QJsonValue(u"A joint bid won."_s));
}

void TestWorkspaceJson::refusals_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<bool>("nonEmptyTarget");
    QTest::addColumn<QString>("expected");
    QVERIFY(!m_base.isEmpty());
    const QByteArray &base = m_base;
    const QString orgs = u"organizations"_s;
    const QString people = u"people"_s;
    const QString members = u"memberships"_s;

    QTest::newRow("invalid JSON") << "{\n  \"format\": \"coalition-desk-workspace\",\n"
                                     "  \"format_version\": 1,\n  \"people\": [}\n}\n"_ba
                                  << false << u"input.json: line 4, column 14: "_s;
    QTest::newRow("wrong format name")
        << mutated(base, {}, 0, u"format"_s, u"spreadsheet"_s) << false
        << u"input.json is not a Coalition Desk workspace export"_s;
    QTest::newRow("not an object")
        << "[1, 2]"_ba << false << u"is not a Coalition Desk workspace export"_s;
    QTest::newRow("newer format_version")
        << mutated(base, {}, 0, u"format_version"_s, WorkspaceJson::FormatVersion + 1) << false
        << u"written by a newer version"_s;
    QTest::newRow("unknown top-level entry") << mutated(base, {}, 0, u"gardens"_s, QJsonArray())
                                             << false << u"input.json: gardens: Unknown entry"_s;
    QTest::newRow("governance in a version 1 file")
        << mutated(withoutAction(base), {}, 0, u"format_version"_s, 1) << false
        << u"input.json: bodies: Format version 1 has no “bodies”"_s;
    QTest::newRow("action in a version 2 file")
        << mutated(base, {}, 0, u"format_version"_s, 2) << false
        << u"input.json: action_groups: Format version 2 has no “action_groups”; a file that "
           "holds them declares format_version 3 or later."_s;
    QTest::newRow("stage in a version 3 file")
        << mutated(base, {}, 0, u"format_version"_s, 3) << false
        << u"input.json: checklist_answers: Format version 3 has no “checklist_answers”; a file "
           "that holds them declares format_version 4 or later."_s;
    QTest::newRow("left_out not an object")
        << mutated(base, {}, 0, u"left_out"_s, 3) << false
        << u"input.json: left_out: Expected counts written in braces"_s;
    QTest::newRow("unknown sector")
        << mutated(base, orgs, 0, u"sector"_s, u"charity"_s) << false
        << u"input.json: organizations[0].sector: Unknown sector “charity”"_s;
    QTest::newRow("misspelt field") << mutated(base, orgs, 1, u"adress"_s, u"1 Main St"_s) << false
                                    << u"input.json: organizations[1].adress: Unknown field"_s;
    QTest::newRow("bad date") << mutated(base, u"coalitions"_s, 0, u"start_date"_s, u"2024-02-30"_s)
                              << false << u"input.json: coalitions[0].start_date: "_s;
    QTest::newRow("missing name") << mutated(base, orgs, 2, u"name"_s,
                                             QJsonValue(QJsonValue::Undefined))
                                  << false << u"input.json: organizations[2].name: "_s;
    QTest::newRow("duplicate id")
        << mutated(base, people, 1, u"id"_s, valueIn(base, people, 0, u"id"_s)) << false
        << u"input.json: people[1].id: The id 1 is already used by people[0]."_s;
    QTest::newRow("duplicate organization name")
        << mutated(base, orgs, 1, u"name"_s, valueIn(base, orgs, 0, u"name"_s).toString().toUpper())
        << false << u"input.json: organizations[1].name: “FÉDÉRATION"_s;
    QTest::newRow("dangling person organization")
        << mutated(base, people, 0, u"organization_id"_s, 999) << false
        << u"input.json: people[0].organization_id: There is no organization with id 999 "
           "in this file. (person “Ana Ferreira”)"_s;
    QTest::newRow("membership of a missing coalition")
        << mutated(base, members, 0, u"coalition_id"_s, 999) << false
        << u"input.json: memberships[0].coalition_id: There is no coalition with id 999"_s;
    QTest::newRow("representative from another organization")
        << mutated(base, members, 1, u"representative_id"_s, valueIn(base, people, 0, u"id"_s))
        << false
        << u"input.json: memberships[1].representative_id: Ana Ferreira cannot represent "
           "Green Streets"_s;
    QTest::newRow("non-empty target") << base << true << u"into a new workspace file"_s;
    governanceRefusals(base);
    actionRefusals(base);
    stageRefusals(base);
}

// Governance records: each problem of a record alone, then each reference
// that does not hold, with the path of the field that says it.
void TestWorkspaceJson::governanceRefusals(const QByteArray &base)
{
    const auto row = [](const char *name, const QByteArray &document, const QString &expected) {
        QTest::newRow(name) << document << false << expected;
    };
    const auto id = [&base](const QVariantList &path) {
        return valueAt(base, path);
    };
    const QString bodies = u"bodies"_s;
    const QString procedures = u"procedures"_s;
    const QString meetings = u"meetings"_s;
    const QString decisions = u"decisions"_s;
    const QString rules = u"ground_rules"_s;
    const QJsonValue otherCoalitionsMember = id({u"memberships"_s, 2, u"id"_s});
    const QJsonValue forumBody = id({bodies, 2, u"id"_s});

    // The record alone.
    row("unknown body kind", patched(base, {bodies, 1, u"kind"_s}, u"working-party"_s),
        u"input.json: bodies[1].kind: Unknown body kind “working-party”"_s);
    row("supermajority above one", patched(base, {procedures, 0, u"threshold"_s}, u"5/3"_s),
        u"input.json: procedures[0].threshold: The threshold 5/3 must be a fraction above 0 "
        "and at most 1."_s);
    row("threshold not a fraction", patched(base, {procedures, 0, u"threshold"_s}, 0.66),
        u"input.json: procedures[0].threshold: Expected a fraction written as text"_s);
    row("quorum of no one", patched(base, {procedures, 2, u"quorum"_s, u"count"_s}, 0),
        u"input.json: procedures[2].quorum.count: A quorum is at least one member present"_s);
    row("unknown quorum field", patched(base, {procedures, 2, u"quorum"_s, u"share"_s}, 2),
        u"input.json: procedures[2].quorum.share: Unknown field"_s);
    row("delegating to itself",
        patched(base, {procedures, 1, u"delegate_body_id"_s}, id({bodies, 1, u"id"_s})),
        u"input.json: procedures[1].delegate_body_id: A body cannot delegate its decisions to "
        "itself."_s);
    row("unknown escalation step", patched(base, {procedures, 0, u"escalation"_s, 1}, u"court"_s),
        u"input.json: procedures[0].escalation[1]: Unknown escalation step “court”"_s);
    row("meeting time as a date", patched(base, {meetings, 0, u"starts_at"_s}, u"14/05/2024"_s),
        u"input.json: meetings[0].starts_at: Expected a local time written "
        "YYYY-MM-DDTHH:MM."_s);
    row("notice after the meeting",
        patched(base, {meetings, 0, u"scheduled_on"_s}, u"2024-06-01"_s),
        u"input.json: meetings[0].scheduled_on: Notice was given on 2024-06-01, after the "
        "meeting of 2024-05-14"_s);
    row("empty agenda item", patched(base, {meetings, 0, u"agenda"_s, 1}, u" "_s),
        u"input.json: meetings[0].agenda: Describe each agenda item in a few words."_s);
    row("unknown position",
        patched(base, {decisions, 1, u"positions"_s, 0, u"position"_s}, u"maybe"_s),
        u"input.json: decisions[1].positions[0].position: Unknown position “maybe”"_s);
    row("two positions of one member",
        patched(base, {decisions, 0, u"positions"_s, 1}, id({decisions, 0, u"positions"_s, 0})),
        u"input.json: decisions[0].positions: A member has one position on a decision"_s);
    row("more votes to reopen than cast",
        patched(base, {decisions, 0, u"reopenings"_s, 0, u"votes_for"_s}, 9),
        u"input.json: decisions[0].reopenings: 9 votes for reopening is more than the 3 votes "
        "cast. (decision “Adopt the press rule”)"_s);
    row("missing decision title",
        patched(base, {decisions, 2, u"title"_s}, QJsonValue(QJsonValue::Undefined)),
        u"input.json: decisions[2].title: This field is required."_s);
    row("duplicate decision id",
        patched(base, {decisions, 1, u"id"_s}, id({decisions, 0, u"id"_s})),
        u"input.json: decisions[1].id: The id 1 is already used by decisions[0]."_s);
    row("rule history out of order",
        patched(base, {rules, 1, u"history"_s, 0, u"on"_s}, u"2030-01-01"_s),
        u"input.json: ground_rules[1].history: The revisions of a rule must be in date order."_s);
    row("misspelt rule field", patched(base, {rules, 2, u"colour"_s}, u"red"_s),
        u"input.json: ground_rules[2].colour: Unknown field"_s);

    // References across the file.
    row("seat of a missing membership",
        patched(base, {bodies, 1, u"seats"_s, 0, u"membership_id"_s}, 999),
        u"input.json: bodies[1].seats[0].membership_id: There is no membership with id 999 in "
        "this file. (body “Press Team”)"_s);
    row("seat held by another coalition's member",
        patched(base, {bodies, 1, u"seats"_s, 0, u"membership_id"_s}, otherCoalitionsMember),
        u"input.json: bodies[1].seats[0].membership_id: City Health Department is a member of "
        "“Neighbourhood Network”, not of “Clean Air Campaign”"_s);
    row("body of a missing coalition", patched(base, {bodies, 2, u"coalition_id"_s}, 999),
        u"input.json: bodies[2].coalition_id: There is no coalition with id 999 in this file."_s);
    row("two bodies of one name", patched(base, {bodies, 1, u"name"_s}, u"campaign ASSEMBLY"_s),
        u"input.json: bodies[1].name: “campaign ASSEMBLY” has the same name as “Campaign "
        "Assembly” (bodies[0])"_s);
    row("second full membership",
        patched(base, {bodies, 2, u"coalition_id"_s}, id({u"coalitions"_s, 0, u"id"_s})),
        u"input.json: bodies[2].kind: “Campaign Assembly” already is the full membership of "
        "“Clean Air Campaign” (bodies[0])"_s);
    row("procedure of a missing body", patched(base, {procedures, 0, u"body_id"_s}, 999),
        u"input.json: procedures[0].body_id: There is no body with id 999 in this file."_s);
    row("two procedures for one body",
        patched(base, {procedures, 2, u"body_id"_s}, id({procedures, 1, u"body_id"_s})),
        u"input.json: procedures[2].body_id: Press Team already has a decision procedure "
        "(procedures[1])"_s);
    row("delegate in another coalition",
        patched(base, {procedures, 1, u"delegate_body_id"_s}, forumBody),
        u"input.json: procedures[1].delegate_body_id: Network Forum belongs to another "
        "coalition"_s);
    row("meeting of a missing body", patched(base, {meetings, 1, u"body_id"_s}, 999),
        u"input.json: meetings[1].body_id: There is no body with id 999 in this file."_s);
    row("attending for another organization",
        patched(base, {meetings, 0, u"attendance"_s, 1, u"person_id"_s},
                id({u"people"_s, 2, u"id"_s})),
        u"input.json: meetings[0].attendance[1].person_id: Chidi Okafor cannot attend for "
        "Fédération"_s);
    row("attendance of a missing person",
        patched(base, {meetings, 0, u"attendance"_s, 0, u"person_id"_s}, 999),
        u"input.json: meetings[0].attendance[0].person_id: There is no person with id 999 in "
        "this file. (meeting of “Campaign Assembly” on 2024-05-14)"_s);
    row("decision at a missing meeting", patched(base, {decisions, 1, u"meeting_id"_s}, 999),
        u"input.json: decisions[1].meeting_id: There is no meeting with id 999 in this file. "
        "(decision “Approve the 2024 budget”)"_s);
    row("position of a missing membership",
        patched(base, {decisions, 2, u"positions"_s, 0, u"membership_id"_s}, 999),
        u"input.json: decisions[2].positions[0].membership_id: There is no membership with id "
        "999 in this file."_s);
    row("position of another coalition's member",
        patched(base, {decisions, 2, u"positions"_s, 0, u"membership_id"_s}, otherCoalitionsMember),
        u"input.json: decisions[2].positions[0].membership_id: City Health Department is a "
        "member of “Neighbourhood Network”, not of “Clean Air Campaign”, so it has no position "
        "on this decision."_s);
    row("procedure of another coalition",
        patched(base, {decisions, 1, u"procedure_id"_s}, id({procedures, 2, u"id"_s})),
        u"input.json: decisions[1].procedure_id: The procedure of Network Forum belongs to "
        "another coalition"_s);
    row("decision under a missing procedure", patched(base, {decisions, 1, u"procedure_id"_s}, 999),
        u"input.json: decisions[1].procedure_id: There is no procedure with id 999 in this "
        "file."_s);
    row("reopened at a missing meeting",
        patched(base, {decisions, 0, u"reopenings"_s, 0, u"meeting_id"_s}, 999),
        u"input.json: decisions[0].reopenings[0].meeting_id: There is no meeting with id 999 "
        "in this file."_s);
    row("rule adopted by a missing decision",
        patched(base, {rules, 1, u"adopted_by_decision_id"_s}, 999),
        u"input.json: ground_rules[1].adopted_by_decision_id: There is no decision with id 999 "
        "in this file. (ground rule “The chair speaks for the campaign”)"_s);
    row("rule adopted in another coalition",
        patched(base, {rules, 1, u"adopted_by_decision_id"_s}, id({decisions, 3, u"id"_s})),
        u"input.json: ground_rules[1].adopted_by_decision_id: The decision “Meet quarterly” was "
        "taken in “Neighbourhood Network”"_s);
    row("rule superseding a missing rule", patched(base, {rules, 1, u"supersedes_rule_id"_s}, 999),
        u"input.json: ground_rules[1].supersedes_rule_id: There is no ground rule with id 999 "
        "in this file."_s);
    row("rules superseding each other",
        patched(base, {rules, 0, u"supersedes_rule_id"_s}, id({rules, 1, u"id"_s})),
        u"input.json: ground_rules[0].supersedes_rule_id: Following the rules it supersedes "
        "leads back to this rule"_s);
}

// Action records: each problem of a record alone, then each reference that
// does not hold, with the path of the field that says it.
void TestWorkspaceJson::actionRefusals(const QByteArray &base)
{
    const auto row = [](const char *name, const QByteArray &document, const QString &expected) {
        QTest::newRow(name) << document << false << expected;
    };
    const auto id = [&base](const QVariantList &path) {
        return valueAt(base, path);
    };
    const QString goals = u"goals"_s;
    const QString groups = u"action_groups"_s;
    const QString plans = u"action_plans"_s;
    const QString tasks = u"tasks"_s;
    const QString reports = u"progress_reports"_s;
    const QJsonValue otherCoalitionsMember = id({u"memberships"_s, 2, u"id"_s});

    // The record alone.
    row("done date on an open task", patched(base, {tasks, 2, u"done_on"_s}, u"2024-07-01"_s),
        u"input.json: tasks[2].done_on: Only a task that is done has a done date"_s);
    row("role covered and sought outside",
        patched(base, {plans, 0, u"staffing"_s, 0, u"sought_outside"_s}, true),
        u"input.json: action_plans[0].staffing[0].covered_by_id: The role “Stewards” is covered "
        "by a member"_s);
    row("unknown evaluation method",
        patched(base, {u"evaluations"_s, 0, u"method"_s}, u"horoscope"_s),
        u"input.json: evaluations[0].method: Unknown"_s);
    row("report for no known period", patched(base, {reports, 0, u"period"_s}, u"2024-13"_s),
        u"input.json: progress_reports[0].period: Expected a month written YYYY-MM"_s);
    row("negative budget line", patched(base, {plans, 0, u"budget"_s, 1, u"amount"_s}, u"-5.00"_s),
        u"input.json: action_plans[0].budget[1].amount: "_s);

    // References across the file.
    row("responsible member missing", patched(base, {tasks, 0, u"responsible_id"_s}, 999),
        u"input.json: tasks[0].responsible_id: There is no membership with id 999 in this file. "
        "(task “Measure the air for a month”)"_s);
    row("responsible member of another coalition",
        patched(base, {tasks, 0, u"responsible_id"_s}, otherCoalitionsMember),
        u"input.json: tasks[0].responsible_id: City Health Department is a member of "
        "“Neighbourhood Network”, not of “Clean Air Campaign”, so it cannot be responsible for "
        "this task."_s);
    row("task of a missing plan", patched(base, {tasks, 2, u"plan_id"_s}, 999),
        u"input.json: tasks[2].plan_id: There is no action plan with id 999 in this file."_s);
    row("plan for a missing goal", patched(base, {plans, 0, u"goal_id"_s}, 999),
        u"input.json: action_plans[0].goal_id: There is no goal with id 999 in this file."_s);
    row("plan by another coalition's group",
        patched(base, {plans, 0, u"goal_id"_s}, id({goals, 2, u"id"_s})),
        u"input.json: action_plans[0].group_id: The action group “School Streets Group” works "
        "for “Clean Air Campaign”; a plan for a goal of “Neighbourhood Network”"_s);
    row("budget line funded by a missing member",
        patched(base, {plans, 0, u"budget"_s, 0, u"funded_by_id"_s}, 999),
        u"input.json: action_plans[0].budget[0].funded_by_id: There is no membership with id 999 "
        "in this file."_s);
    row("convener of no member organization",
        patched(base, {groups, 0, u"convener_id"_s}, id({u"people"_s, 3, u"id"_s})),
        u"input.json: action_groups[0].convener_id: Dana Unaffiliated cannot convene the "
        "group"_s);
    row("group person missing", patched(base, {groups, 0, u"person_ids"_s, 1}, 999),
        u"input.json: action_groups[0].person_ids[1]: There is no person with id 999 in this "
        "file."_s);
    row("group serving another coalition's goal",
        patched(base, {groups, 0, u"goal_ids"_s, 1}, id({goals, 2, u"id"_s})),
        u"input.json: action_groups[0].goal_ids[1]: “Broaden the network” belongs to "
        "“Neighbourhood Network”, not to “Clean Air Campaign”."_s);
    row("goal adopted in another coalition",
        patched(base, {goals, 0, u"adopted_by_decision_id"_s}, id({u"decisions"_s, 3, u"id"_s})),
        u"input.json: goals[0].adopted_by_decision_id: The decision “Meet quarterly” was taken "
        "in “Neighbourhood Network”"_s);
    row("goal of a missing coalition", patched(base, {goals, 0, u"coalition_id"_s}, 999),
        u"input.json: goals[0].coalition_id: There is no coalition with id 999 in this file."_s);
    row("two reports for one period", patched(base, {reports, 1, u"period"_s}, u"2024-Q2"_s),
        u"input.json: progress_reports[1].period: School Streets Group already has a report for "
        "2024-Q2 (progress_reports[0])"_s);
    row("report of a missing group", patched(base, {reports, 0, u"group_id"_s}, 999),
        u"input.json: progress_reports[0].group_id: There is no action group with id 999 in this "
        "file."_s);
    row("success crediting a missing member",
        patched(base, {u"successes"_s, 0, u"credited"_s, 1}, 999),
        u"input.json: successes[0].credited[1]: There is no membership with id 999 in this "
        "file."_s);
    row("evaluation of a missing plan", patched(base, {u"evaluations"_s, 0, u"plan_id"_s}, 999),
        u"input.json: evaluations[0].plan_id: There is no action plan with id 999 in this "
        "file."_s);
    row("conflict party of another coalition",
        patched(base, {u"conflicts"_s, 0, u"parties"_s, 0}, otherCoalitionsMember),
        u"input.json: conflicts[0].parties[0]: City Health Department is a member of "
        "“Neighbourhood Network”, not of “Clean Air Campaign”, so it cannot be a party to this "
        "conflict."_s);
}

// Stage records and relationships: each problem of a record alone, then each
// reference that does not hold, with the path of the field that says it.
void TestWorkspaceJson::stageRefusals(const QByteArray &base)
{
    const auto row = [](const char *name, const QByteArray &document, const QString &expected) {
        QTest::newRow(name) << document << false << expected;
    };
    const auto id = [&base](const QVariantList &path) {
        return valueAt(base, path);
    };
    const QString changes = u"stage_changes"_s;
    const QString answers = u"checklist_answers"_s;
    const QString relationships = u"relationships"_s;
    const QJsonValue missing(QJsonValue::Undefined);

    // The record alone.
    row("unknown stage", patched(base, {changes, 0, u"stage"_s}, u"storming"_s),
        u"input.json: stage_changes[0].stage: Unknown development stage “storming”"_s);
    row("stage change without a date", patched(base, {changes, 1, u"on"_s}, missing),
        u"input.json: stage_changes[1].on: This field is required."_s);
    row("stage change without a rationale", patched(base, {changes, 1, u"rationale"_s}, u" "_s),
        u"input.json: stage_changes[1].rationale: "_s);
    row("duplicate stage change id",
        patched(base, {changes, 2, u"id"_s}, id({changes, 0, u"id"_s})),
        u"input.json: stage_changes[2].id: The id 1 is already used by stage_changes[0]."_s);
    row("unknown checklist item", patched(base, {answers, 0, u"item"_s}, u"free-lunch"_s),
        u"input.json: checklist_answers[0].item: “free-lunch” is not a question of the stage "
        "checklist"_s);
    row("unknown checklist answer", patched(base, {answers, 1, u"value"_s}, u"maybe"_s),
        u"input.json: checklist_answers[1].value: Unknown checklist answer “maybe”"_s);
    row("relationship with itself",
        patched(base, {relationships, 1, u"second_id"_s}, id({relationships, 1, u"first_id"_s})),
        u"input.json: relationships[1].second_id: A relationship joins two different "
        "organizations"_s);
    row("unknown trust level", patched(base, {relationships, 1, u"trust"_s}, u"blind"_s),
        u"input.json: relationships[1].trust: Unknown trust level “blind”"_s);
    row("view of an outsider",
        patched(base, {relationships, 0, u"views"_s, 0, u"organization_id"_s},
                id({relationships, 1, u"second_id"_s})),
        u"input.json: relationships[0].views[0].organization_id: Only the two organizations of "
        "the relationship can give their view of it. (relationship of “Fédération des "
        "Locataires — Ünïon 🏠” and “Green Streets”)"_s);
    row("two views of one side",
        patched(base, {relationships, 0, u"views"_s, 1}, id({relationships, 0, u"views"_s, 0})),
        u"input.json: relationships[0].views: Each organization gives at most one view"_s);
    row("history change without a date",
        patched(base, {relationships, 0, u"history"_s, 2, u"on"_s}, missing),
        u"input.json: relationships[0].history[2].on: This field is required."_s);
    row("history change of an outsider",
        patched(base, {relationships, 0, u"history"_s, 1, u"side_id"_s},
                id({relationships, 1, u"second_id"_s})),
        u"input.json: relationships[0].history: A change in the history names an organization "
        "that is not one of the relationship's two."_s);
    row("misspelt relationship field", patched(base, {relationships, 1, u"strength"_s}, 3),
        u"input.json: relationships[1].strength: Unknown field"_s);

    // References across the file.
    row("stage change of a missing coalition", patched(base, {changes, 2, u"coalition_id"_s}, 999),
        u"input.json: stage_changes[2].coalition_id: There is no coalition with id 999 in this "
        "file."_s);
    row("stage settled by a missing decision", patched(base, {changes, 1, u"decision_id"_s}, 999),
        u"input.json: stage_changes[1].decision_id: There is no decision with id 999 in this "
        "file. (stage change of “Clean Air Campaign” to formation)"_s);
    row("stage settled in another coalition",
        patched(base, {changes, 1, u"decision_id"_s}, id({u"decisions"_s, 3, u"id"_s})),
        u"input.json: stage_changes[1].decision_id: The decision “Meet quarterly” was taken in "
        "“Neighbourhood Network”; the stage of “Clean Air Campaign” is settled by one of its own "
        "decisions."_s);
    row("answer for a missing coalition", patched(base, {answers, 3, u"coalition_id"_s}, 999),
        u"input.json: checklist_answers[3].coalition_id: There is no coalition with id 999 in "
        "this file."_s);
    row("two answers to one question",
        patched(base, {answers, 2, u"item"_s}, id({answers, 0, u"item"_s})),
        u"input.json: checklist_answers[2].item: “Clean Air Campaign” already has an answer to "
        "“complex-issue” (checklist_answers[0]); a coalition answers each checklist question "
        "once."_s);
    row("relationship with a missing organization",
        patched(base, {relationships, 1, u"first_id"_s}, 999),
        u"input.json: relationships[1].first_id: There is no organization with id 999 in this "
        "file."_s);
    row("the same pair twice, the other way round",
        patched(patched(base, {relationships, 1, u"first_id"_s},
                        id({relationships, 0, u"second_id"_s})),
                {relationships, 1, u"second_id"_s}, id({relationships, 0, u"first_id"_s})),
        u"input.json: relationships[1].second_id: Green Streets and Fédération des Locataires — "
        "Ünïon 🏠 already have a relationship (relationships[0])"_s);
}

void TestWorkspaceJson::refusals()
{
    QFETCH(QByteArray, document);
    QFETCH(bool, nonEmptyTarget);
    QFETCH(QString, expected);

    auto target = create();
    QVERIFY(target);
    if (nonEmptyTarget)
        QVERIFY(target->organizations().add(organization(u"Already here"_s)).ok());
    const RowCounts before = rowCounts(*target);
    QVERIFY(before.size() >= 8);
    QCOMPARE(before.value(u"organization"_s), qint64(nonEmptyTarget ? 1 : 0));
    for (auto it = before.cbegin(); !nonEmptyTarget && it != before.cend(); ++it)
        QVERIFY2(it.value() == 0, qPrintable(it.key()));

    WorkspaceJson json(*target);
    const Status status = json.importAll(document, u"input.json"_s);
    QVERIFY(!status.ok());
    const QString message = status.error().message;
    QVERIFY2(message.startsWith(u"input.json"_s), qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY(!json.problems().isEmpty());
    QVERIFY2(message.startsWith(json.problems().first()), qPrintable(message));
    QCOMPARE(rowCounts(*target), before); // nothing written: every table as it was
}

void TestWorkspaceJson::previousVersionImports()
{
    // What version 1 wrote: the registry and its audit log, no governance lists.
    QJsonObject root = withoutActionObject(m_base);
    for (const QString &key :
         {u"bodies"_s, u"procedures"_s, u"ground_rules"_s, u"meetings"_s, u"decisions"_s})
        root.remove(key);
    QJsonArray audit;
    const QStringList registry{u"organization"_s, u"person"_s, u"coalition"_s, u"membership"_s};
    for (const QJsonValue &entry : root.value(u"audit"_s).toArray()) {
        if (registry.contains(entry.toObject().value(u"entity"_s).toString()))
            audit.append(entry);
    }
    root.insert(u"audit"_s, audit);
    root.insert(u"format_version"_s, 1);
    root.insert(u"schema_version"_s, 1);

    auto target = create();
    QVERIFY(target);
    WorkspaceJson json(*target);
    const Status status = json.importAll(QJsonDocument(root).toJson(), u"version1.json"_s);
    QVERIFY2(status.ok(), qPrintable(json.problems().join(u'\n')));
    QCOMPARE(target->organizations().count().value(), 3);
    QCOMPARE(target->memberships().list().value().size(), 3);
    QVERIFY(target->bodies().list().value().isEmpty());
    QVERIFY(target->decisions().list().value().isEmpty());

    // Written back, it is a file of the current version with empty governance lists.
    const auto exported = json.exportAll();
    QVERIFY(exported.ok());
    const QJsonObject again = QJsonDocument::fromJson(*exported).object();
    QCOMPARE(again.value(u"format_version"_s).toInt(), WorkspaceJson::FormatVersion);
    QCOMPARE(again.value(u"bodies"_s), QJsonValue(QJsonArray()));
    QCOMPARE(again.value(u"ground_rules"_s), QJsonValue(QJsonArray()));
    QCOMPARE(again.value(u"organizations"_s), root.value(u"organizations"_s));
}

void TestWorkspaceJson::formatTwoImports()
{
    // What version 2 wrote: the registry, the governance and their audit log.
    QJsonObject root = withoutActionObject(m_base);
    root.insert(u"format_version"_s, 2);
    root.insert(u"schema_version"_s, 2);
    auto target = create();
    QVERIFY(target);
    WorkspaceJson json(*target);
    const Status status = json.importAll(QJsonDocument(root).toJson(), u"version2.json"_s);
    QVERIFY2(status.ok(), qPrintable(json.problems().join(u'\n')));
    QCOMPARE(target->decisions().list().value().size(), 4);
    QCOMPARE(target->groundRules().list().value().size(), 3);
    QVERIFY(target->goals().list().value().isEmpty());
    QVERIFY(target->conflicts().list().value().isEmpty());

    // Written back, it is a file of the current version with empty action lists.
    const auto exported = json.exportAll();
    QVERIFY(exported.ok());
    const QJsonObject again = QJsonDocument::fromJson(*exported).object();
    QCOMPARE(again.value(u"format_version"_s).toInt(), WorkspaceJson::FormatVersion);
    for (const QString &key : ActionKeys)
        QCOMPARE(again.value(key), QJsonValue(QJsonArray()));
    QCOMPARE(again.value(u"decisions"_s), root.value(u"decisions"_s));
}

void TestWorkspaceJson::formatThreeImports()
{
    // What version 3 wrote: everything but the stage lists.
    QJsonObject root = withoutStageObject(m_base);
    root.insert(u"format_version"_s, 3);
    root.insert(u"schema_version"_s, 3);
    auto target = create();
    QVERIFY(target);
    WorkspaceJson json(*target);
    const Status status = json.importAll(QJsonDocument(root).toJson(), u"version3.json"_s);
    QVERIFY2(status.ok(), qPrintable(json.problems().join(u'\n')));
    QCOMPARE(target->goals().list().value().size(), 3);
    QCOMPARE(target->decisions().list().value().size(), 4);
    QVERIFY(target->stageChanges().list().value().isEmpty());
    QVERIFY(target->checklist().list().value().isEmpty());
    QVERIFY(target->relationships().list().value().isEmpty());

    // Written back, it is a file of the current version with empty stage lists.
    const auto exported = json.exportAll();
    QVERIFY(exported.ok());
    const QJsonObject again = QJsonDocument::fromJson(*exported).object();
    QCOMPARE(again.value(u"format_version"_s).toInt(), WorkspaceJson::FormatVersion);
    for (const QString &key : StageKeys)
        QCOMPARE(again.value(key), QJsonValue(QJsonArray()));
    QCOMPARE(again.value(u"goals"_s), root.value(u"goals"_s));
    QCOMPARE(again.value(u"audit"_s), root.value(u"audit"_s));
}

void TestWorkspaceJson::withoutConfidential()
{
    auto source = create();
    QVERIFY(source);
    populate(*source);
    if (QTest::currentTestFailed())
        return;
    WorkspaceJson json(*source);
    WorkspaceJson::ExportOptions options;
    options.includeConfidential = false;
    const auto shared = json.exportAll(options);
    QVERIFY2(shared.ok(), qPrintable(shared.error().toString()));
    // goals[1], tasks[1], progress_reports[1], conflicts[1]; then the plan of
    // the confidential goal and that plan's task.
    QCOMPARE(json.leftOut().confidential, 4);
    QCOMPARE(json.leftOut().dependent, 2);
    QVERIFY(json.leftOut().auditEntries >= 6);
    const QJsonObject root = QJsonDocument::fromJson(*shared).object();
    QCOMPARE(root.value(u"left_out"_s).toObject(),
             (QJsonObject{{u"confidential"_s, 4},
                          {u"dependent"_s, 2},
                          {u"audit_entries"_s, json.leftOut().auditEntries}}));

    const auto ids = [&root](const QString &key) {
        QList<qint64> result;
        for (const QJsonValue &record : root.value(key).toArray()) {
            if (record.toObject().value(u"confidential"_s).toBool())
                result.append(-1); // must not happen
            result.append(record.toObject().value(u"id"_s).toInteger());
        }
        return result;
    };
    QCOMPARE(ids(u"goals"_s), (QList<qint64>{1, 4}));
    QCOMPARE(ids(u"action_plans"_s), (QList<qint64>{1}));
    QCOMPARE(ids(u"tasks"_s), (QList<qint64>{1}));
    QCOMPARE(ids(u"progress_reports"_s), (QList<qint64>{1}));
    QCOMPARE(ids(u"conflicts"_s), (QList<qint64>{1}));
    QCOMPARE(ids(u"evaluations"_s), (QList<qint64>{1, 2}));
    // References to what was left out are cleared; the rest stays.
    const QJsonObject group = root.value(u"action_groups"_s).toArray().at(0).toObject();
    QCOMPARE(group.value(u"goal_ids"_s), QJsonValue(QJsonArray{1}));
    const QJsonObject success = root.value(u"successes"_s).toArray().at(0).toObject();
    QCOMPARE(success.value(u"goal_id"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(success.value(u"group_id"_s), group.value(u"id"_s));
    QCOMPARE(root.value(u"evaluations"_s).toArray().at(1).toObject().value(u"plan_id"_s),
             QJsonValue(QJsonValue::Null));
    // Nothing of the left-out records, not even in the audit log.
    for (const char *hidden : {"Secure the campaign", "Letter to the head teacher",
                               "Who keeps the grant", "Ask three funders", "2024-Q3"})
        QVERIFY2(!shared->contains(hidden), hidden);
    for (const QJsonValue &entry : root.value(u"audit"_s).toArray()) {
        const QJsonObject e = entry.toObject();
        QVERIFY(!(e.value(u"entity"_s).toString() == u"goal"_s
                  && e.value(u"entity_id"_s).toInteger() == 2));
    }
    QVERIFY(shared->contains("Entered twice")); // a deleted record that was never confidential
    // Stage records and relationships hold nothing confidential: kept whole,
    // with their audit entries.
    const QJsonObject backupRoot = QJsonDocument::fromJson(m_base).object();
    for (const QString &key : StageKeys) {
        QVERIFY(!root.value(key).toArray().isEmpty());
        QCOMPARE(root.value(key).toArray().size(), backupRoot.value(key).toArray().size());
    }
    const QJsonArray sharedAudit = root.value(u"audit"_s).toArray();
    QVERIFY(std::any_of(sharedAudit.cbegin(), sharedAudit.cend(), [](const QJsonValue &entry) {
        return entry.toObject().value(u"entity"_s) == u"relationship"_s;
    }));

    // The shared file imports as a workspace without them.
    auto target = create();
    QVERIFY(target);
    WorkspaceJson targetJson(*target);
    const Status imported = targetJson.importAll(*shared, u"shared.json"_s);
    QVERIFY2(imported.ok(), qPrintable(targetJson.problems().join(u'\n')));
    QCOMPARE(target->goals().list().value().size(), 2);
    QCOMPARE(target->tasks().list().value().size(), 1);
    const auto full = targetJson.exportAll();
    QVERIFY(full.ok());
    QVERIFY(!full->contains("left_out")); // it holds no confidential record to leave out

    // A backup of the source still holds everything and says nothing left out.
    const auto backup = json.exportAll();
    QVERIFY(backup.ok());
    QCOMPARE(json.leftOut(), WorkspaceJson::LeftOutCounts{});
    QVERIFY(backup->contains("Who keeps the grant"));
    QVERIFY(!backup->contains("left_out"));
}

void TestWorkspaceJson::handWrittenGovernance()
{
    // A rule that supersedes one listed after it, a decision whose outcome is
    // kept as written (its body has no procedure to count it by), no times.
    const QByteArray document = R"({
        "format": "coalition-desk-workspace", "format_version": 2,
        "organizations": [{"id": 1, "name": "Block A Residents", "sector": "community-group"}],
        "coalitions": [{"id": 1, "name": "Tenants First", "type": "association"}],
        "memberships": [{"id": 1, "coalition_id": 1, "organization_id": 1, "status": "active",
                         "kind": "voting", "joined_on": "2024-01-01"}],
        "bodies": [{"id": 4, "coalition_id": 1, "kind": "Full membership", "name": "Assembly"}],
        "meetings": [{"id": 2, "body_id": 4, "starts_at": "2025-03-01T10:00",
                      "attendance": [{"membership_id": 1}]}],
        "decisions": [{"id": 9, "meeting_id": 2, "title": "Adopt the press rule",
                       "area": "ground-rules", "status": "adopted", "outcome": "adopted",
                       "reasons": ["Agreed without objection."],
                       "positions": [{"membership_id": 1, "position": "yes"}]}],
        "ground_rules": [
            {"id": 1, "coalition_id": 1, "area": "media", "title": "New press rule",
             "status": "agreed", "supersedes_rule_id": 2, "adopted_by_decision_id": 9},
            {"id": 2, "coalition_id": 1, "area": "media", "title": "Old press rule",
             "status": "retired"}]
    })"_ba;
    auto target = create();
    QVERIFY(target);
    WorkspaceJson json(*target);
    const Status status = json.importAll(document, u"script.json"_s);
    QVERIFY2(status.ok(), qPrintable(json.problems().join(u'\n')));
    const auto decision = target->decisions().get(9);
    QVERIFY(decision.ok());
    QCOMPARE(decision->outcome, DecisionOutcome::Adopted);
    QCOMPARE(decision->status, DecisionStatus::Adopted);
    QCOMPARE(decision->reasons, QStringList{u"Agreed without objection."_s});
    QVERIFY(decision->createdAt.isValid());
    const auto rule = target->groundRules().get(1);
    QVERIFY(rule.ok());
    QCOMPARE(rule->supersedesRuleId, std::optional<Id>(2));
    QCOMPARE(rule->adoptedByDecisionId, std::optional<Id>(9));
    QVERIFY(rule->history.isEmpty()); // restored as written
    QCOMPARE(target->groundRules().get(2).value().status, RuleStatus::Retired);
    QCOMPARE(target->meetings().get(2).value().attendance, (QList<Attendance>{{1, std::nullopt}}));
    QCOMPARE(target->bodies().get(4).value().kind, BodyKind::FullMembership);
}

void TestWorkspaceJson::handWrittenStage()
{
    // A relationship given the other way round and without history, labels
    // instead of keys, no times.
    const QByteArray document = R"({
        "format": "coalition-desk-workspace", "format_version": 4,
        "organizations": [{"id": 2, "name": "Block A Residents", "sector": "community-group"},
                          {"id": 5, "name": "Corner Café", "sector": "business"}],
        "coalitions": [{"id": 1, "name": "Tenants First", "type": "association"}],
        "stage_changes": [{"id": 3, "coalition_id": 1, "stage": "Formation",
                           "on": "2025-01-10", "rationale": "Founded at the first assembly."}],
        "checklist_answers": [{"id": 1, "coalition_id": 1, "item": "shared-priority",
                               "value": "Yes"}],
        "relationships": [{"id": 7, "first_id": 5, "second_id": 2, "level": "Cooperating",
                           "trust": "more", "views": [{"organization_id": 5,
                           "level": "collaborating", "trust": "high"}]}]
    })"_ba;
    auto target = create();
    QVERIFY(target);
    WorkspaceJson json(*target);
    const Status status = json.importAll(document, u"script.json"_s);
    QVERIFY2(status.ok(), qPrintable(json.problems().join(u'\n')));
    const auto change = target->stageChanges().get(3);
    QVERIFY(change.ok());
    QCOMPARE(change->stage, DevelopmentStage::Formation);
    QCOMPARE(change->decisionId, std::optional<Id>());
    QVERIFY(change->createdAt.isValid());
    const auto answer = target->checklist().get(1);
    QVERIFY(answer.ok());
    QCOMPARE(answer->value, ChecklistValue::Yes);
    QCOMPARE(answer->item, u"shared-priority"_s);
    const auto relationship = target->relationships().get(7);
    QVERIFY(relationship.ok());
    QCOMPARE(relationship->firstId, Id(2)); // kept in order
    QCOMPARE(relationship->secondId, Id(5));
    QCOMPARE(relationship->level, RelationshipLevel::Cooperating);
    QCOMPARE(relationship->views.size(), 1);
    QCOMPARE(relationship->views.first().organizationId, Id(5));
    QCOMPARE(relationship->views.first().level, RelationshipLevel::Collaborating);
    QVERIFY(relationship->history.isEmpty()); // restored as written
    QVERIFY(relationship->createdAt.isValid());
    QCOMPARE(relationship->updatedAt, relationship->createdAt);
}

void TestWorkspaceJson::problemCap()
{
    QJsonArray organizations;
    for (int i = 0; i < 250; ++i)
        organizations.append(QJsonObject{
            {u"id"_s, i + 1}, {u"name"_s, u"Org %1"_s.arg(i)}, {u"sector"_s, u"charity"_s}});
    const QJsonObject root{{u"format"_s, u"coalition-desk-workspace"_s},
                           {u"format_version"_s, 1},
                           {u"organizations"_s, organizations}};
    auto target = create();
    QVERIFY(target);
    WorkspaceJson json(*target);
    const Status status = json.importAll(QJsonDocument(root).toJson(), u"many.json"_s);
    QVERIFY(!status.ok());
    QCOMPARE(json.problems().size(), 200);
    QVERIFY(json.problems().first().endsWith(u"(organization “Org 0”)"_s));
    QVERIFY2(status.error().message.endsWith(u"(and 249 more problems; nothing was imported)"_s),
             qPrintable(status.error().message));
    QCOMPARE(target->isEmpty().value(), true);

    // A single problem still says that nothing was imported.
    const QJsonObject one{{u"format"_s, u"coalition-desk-workspace"_s},
                          {u"format_version"_s, 1},
                          {u"people"_s, QJsonArray{QJsonObject{{u"id"_s, 1}}}}};
    const Status single = json.importAll(QJsonDocument(one).toJson(), u"one.json"_s);
    QVERIFY(!single.ok());
    QCOMPARE(json.problems().size(), 1);
    QCOMPARE(single.error().message,
             u"one.json: people[0].name: This field is required. (nothing was imported)"_s);
}

void TestWorkspaceJson::handWrittenFile()
{
    // What a script may write: no times, no audit, a label instead of a key.
    const QByteArray document = R"({
        "format": "coalition-desk-workspace", "format_version": 1,
        "organizations": [{"id": 7, "name": "Solo", "sector": "Public agency"}],
        "people": [{"id": 3, "name": "Eve", "organization_id": 7}]
    })"_ba;
    auto target = create();
    QVERIFY(target);
    WorkspaceJson json(*target);
    const Status status = json.importAll(document, u"script.json"_s);
    QVERIFY2(status.ok(), qPrintable(status.error().toString()));
    const auto solo = target->organizations().get(7);
    QVERIFY(solo.ok());
    QCOMPARE(solo->sector, Sector::PublicAgency);
    QVERIFY(solo->createdAt.isValid());
    QCOMPARE(solo->updatedAt, solo->createdAt);
    QCOMPARE(target->people().get(3).value().organizationId, std::optional<Id>(7));
    QVERIFY(target->audit().all().value().isEmpty());
}

// The example in the format's documentation must stay importable.
void TestWorkspaceJson::documentedExample()
{
    QFile file(QStringLiteral(COALITION_TEST_DATA_DIR "/../../docs/workspace-json.md"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QByteArray text = file.readAll();
    const qsizetype start = text.lastIndexOf("```json\n");
    QVERIFY(start >= 0);
    const qsizetype end = text.indexOf("\n```", start);
    QVERIFY(end > start);
    const QByteArray example = text.mid(start + 8, end - start - 8);
    auto target = create();
    QVERIFY(target);
    WorkspaceJson json(*target);
    const Status status = json.importAll(example, u"workspace-json.md"_s);
    QVERIFY2(status.ok(), qPrintable(json.problems().join(u'\n')));
    QCOMPARE(target->memberships().list().value().size(), 1);
    QCOMPARE(target->audit().all().value().size(), 1);
    QCOMPARE(target->bodies().list().value().size(), 1);
    QCOMPARE(target->procedures().list().value().size(), 1);
    QCOMPARE(target->meetings().list().value().size(), 1);
    QCOMPARE(target->groundRules().list().value().size(), 1);
    QCOMPARE(target->goals().list().value().size(), 1);
    QCOMPARE(target->actionGroups().list().value().size(), 1);
    const auto plans = target->actionPlans().list();
    QVERIFY(plans.ok());
    QCOMPARE(plans->size(), 1);
    QCOMPARE(plans->first().budget.size(), 2);
    QCOMPARE(target->tasks().list().value().size(), 1);
    QCOMPARE(target->stageChanges().list().value().size(), 1);
    QCOMPARE(target->checklist().list().value().size(), 1);
    const auto relationships = target->relationships().list();
    QVERIFY(relationships.ok());
    QCOMPARE(relationships->size(), 1);
    QCOMPARE(relationships->first().views.size(), 2);
    QCOMPARE(relationships->first().history.size(), 3);
    const auto decisions = target->decisions().list();
    QVERIFY(decisions.ok());
    QCOMPARE(decisions->size(), 1);
    QCOMPARE(decisions->first().outcome, DecisionOutcome::Adopted);
    // The example's stored outcome is the one the tally gives.
    const auto tally = target->evaluator().evaluate(decisions->first());
    QVERIFY(tally.ok());
    QCOMPARE(tally->outcome, decisions->first().outcome);
    QVERIFY(!decisions->first().reasons.isEmpty());
}

void TestWorkspaceJson::deletedIdsAreNotReused()
{
    // The audit log names records by id after they are gone; a new record
    // must never take such an id, neither in the file nor after a restore.
    auto source = create();
    auto first = source->organizations().add(organization(u"Kept"_s));
    auto second = source->organizations().add(organization(u"Deleted later"_s));
    QVERIFY(first.ok() && second.ok());
    QVERIFY(source->organizations().remove(*second).ok());
    auto third = source->organizations().add(organization(u"Added after"_s));
    QVERIFY(third.ok());
    QVERIFY(*third > *second);
    QVERIFY(source->organizations().remove(*third).ok());
    // The same for the governance tables: a body deleted while it held the
    // highest id.
    CoalitionInfo coalition;
    coalition.name = u"Id Keepers"_s;
    auto coalitionId = source->coalitions().add(coalition);
    QVERIFY(coalitionId.ok());
    Body body;
    body.coalitionId = *coalitionId;
    body.kind = BodyKind::Committee;
    body.name = u"Short-lived committee"_s;
    auto bodyId = source->bodies().add(body);
    QVERIFY(bodyId.ok());
    QVERIFY(source->bodies().remove(*bodyId).ok());

    auto exported = WorkspaceJson(*source).exportAll();
    QVERIFY(exported.ok());
    auto target = create();
    QVERIFY(WorkspaceJson(*target).importAll(*exported, u"ids.json"_s).ok());
    auto fresh = target->organizations().add(organization(u"New in the restored file"_s));
    QVERIFY(fresh.ok());
    QVERIFY2(*fresh > *third, "a restored workspace hands out ids past every audited one");
    body.name = u"New committee"_s;
    auto freshBody = target->bodies().add(body);
    QVERIFY(freshBody.ok());
    QVERIFY2(*freshBody > *bodyId, "governance ids are kept past the audited ones too");

    // And for relationships: one deleted while it held the highest id.
    auto partner = source->organizations().add(organization(u"Partner"_s));
    QVERIFY(partner.ok());
    Relationship tie;
    tie.firstId = *first;
    tie.secondId = *partner;
    auto tieId = source->relationships().add(tie);
    QVERIFY(tieId.ok());
    QVERIFY(source->relationships().remove(*tieId).ok());
    exported = WorkspaceJson(*source).exportAll();
    QVERIFY(exported.ok());
    auto restored = create();
    QVERIFY(WorkspaceJson(*restored).importAll(*exported, u"ids.json"_s).ok());
    auto freshTie = restored->relationships().add(tie);
    QVERIFY(freshTie.ok());
    QVERIFY2(*freshTie > *tieId, "relationship ids are kept past the audited ones too");
}

QTEST_GUILESS_MAIN(TestWorkspaceJson)
#include "tst_workspacejson.moc"
