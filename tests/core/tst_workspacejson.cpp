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
    void problemCap();
    void handWrittenFile();
    void documentedExample();
    void deletedIdsAreNotReused();

private:
    std::unique_ptr<Workspace> create();
    void populate(Workspace &workspace);

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
    CHECK_OK(w.memberships().add(
        membership(c2, cId, MembershipStatus::Prospective, MembershipKind::Observer)));
    auto member = w.memberships().get(m1Id);
    QVERIFY(member.ok());
    member.value().duesCents = 15099;
    CHECK_OK(w.memberships().update(member.value()));
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
             (QStringList{u"audit"_s, u"coalitions"_s, u"format"_s, u"format_version"_s,
                          u"memberships"_s, u"organizations"_s, u"people"_s, u"schema_version"_s}));
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
        << mutated(base, {}, 0, u"format_version"_s, 2) << false << u"written by a newer version"_s;
    QTest::newRow("unknown top-level entry") << mutated(base, {}, 0, u"bodies"_s, QJsonArray())
                                             << false << u"input.json: bodies: Unknown entry"_s;
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

    auto exported = WorkspaceJson(*source).exportAll();
    QVERIFY(exported.ok());
    auto target = create();
    QVERIFY(WorkspaceJson(*target).importAll(*exported, u"ids.json"_s).ok());
    auto fresh = target->organizations().add(organization(u"New in the restored file"_s));
    QVERIFY(fresh.ok());
    QVERIFY2(*fresh > *third, "a restored workspace hands out ids past every audited one");
}

QTEST_GUILESS_MAIN(TestWorkspaceJson)
#include "tst_workspacejson.moc"
