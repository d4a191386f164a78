// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csv.h"
#include "io/csvimport.h"
#include "storage/workspace.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Coalition;

namespace {

struct Counts
{
    qsizetype organizations = -1;
    qsizetype people = -1;
    qsizetype memberships = -1;
    qsizetype audit = -1;

    bool operator==(const Counts &) const = default;
};

Counts countsOf(Workspace &ws)
{
    Counts c;
    if (auto n = ws.organizations().count())
        c.organizations = *n;
    if (auto people = ws.people().list())
        c.people = people->size();
    if (auto memberships = ws.memberships().list())
        c.memberships = memberships->size();
    if (auto audit = ws.audit().all())
        c.audit = audit->size();
    return c;
}

Id idOf(const Result<Id> &id)
{
    if (!id)
        qWarning("%s", qPrintable(id.error().toString()));
    return id ? *id : 0;
}

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void columns();
    void rejects_data();
    void rejects();
    void collectsEveryProblem();
    void capsProblems();
    void problemText();
    void importsOrganizations();
    void importsPeople();
    void importsMemberships();
    void headerOnly();
    void importFile();
    void roundTrip();
    void formulaNeutralisation();
    void exportOneCoalition();

private:
    std::unique_ptr<Workspace> create(const QString &name);
    void seed(Workspace &ws);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    int m_counter = 0;
    Id m_existingOrg = 0;
    Id m_otherOrg = 0;
    Id m_cleanAir = 0;
    Id m_foodNetwork = 0;
};

void TestCsvImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Workspace> TestCsvImport::create(const QString &name)
{
    auto ws = Workspace::open(m_dir.filePath(name + QString::number(++m_counter) + u".coalition"_s),
                              Database::OpenMode::CreateNew);
    if (!ws) {
        qWarning("%s", qPrintable(ws.error().toString()));
        return {};
    }
    return std::move(ws).value();
}

// Two organizations, their people, two coalitions and one membership.
void TestCsvImport::seed(Workspace &ws)
{
    Organization existing;
    existing.name = u"Existing Org"_s;
    existing.sector = Sector::Nonprofit;
    m_existingOrg = idOf(ws.organizations().add(existing));
    Organization other;
    other.name = u"Other Org"_s;
    other.sector = Sector::Health;
    m_otherOrg = idOf(ws.organizations().add(other));
    for (const auto &[name, organization] :
         {std::pair{u"Pat Lee"_s, m_existingOrg}, std::pair{u"Ali Noor"_s, m_existingOrg},
          std::pair{u"Kim Park"_s, m_existingOrg}, std::pair{u"Kim Park"_s, m_existingOrg},
          std::pair{u"Sam Roe"_s, m_otherOrg}}) {
        Person p;
        p.name = name;
        p.organizationId = organization;
        QVERIFY(idOf(ws.people().add(p)) > 0);
    }
    CoalitionInfo cleanAir;
    cleanAir.name = u"Clean Air Coalition"_s;
    m_cleanAir = idOf(ws.coalitions().add(cleanAir));
    CoalitionInfo food;
    food.name = u"Food Network"_s;
    food.type = CoalitionType::InformationNetwork;
    m_foodNetwork = idOf(ws.coalitions().add(food));
    auto samRoe = ws.people().findByName(u"Sam Roe"_s);
    QVERIFY(samRoe && samRoe->size() == 1);
    Membership m;
    m.coalitionId = m_cleanAir;
    m.organizationId = m_otherOrg;
    m.status = MembershipStatus::Active;
    m.joinedOn = QDate(2022, 1, 15);
    m.representativeId = samRoe->first().id;
    QVERIFY(idOf(ws.memberships().add(m)) > 0);
}

void TestCsvImport::init()
{
    m_ws = create(u"seeded"_s);
    QVERIFY(m_ws);
    seed(*m_ws);
}

void TestCsvImport::cleanup()
{
    m_ws.reset();
}

void TestCsvImport::columns()
{
    QCOMPARE(CsvImporter::requiredColumns(CsvKind::Organizations),
             (QStringList{u"name"_s, u"sector"_s}));
    QCOMPARE(CsvImporter::requiredColumns(CsvKind::People), QStringList{u"name"_s});
    QCOMPARE(CsvImporter::requiredColumns(CsvKind::Memberships),
             (QStringList{u"coalition"_s, u"organization"_s, u"status"_s}));
    for (const CsvKind kind : {CsvKind::Organizations, CsvKind::People, CsvKind::Memberships}) {
        const QStringList required = CsvImporter::requiredColumns(kind);
        QCOMPARE(CsvImporter::columns(kind).mid(0, required.size()), required);
    }
    QCOMPARE(CsvImporter::columns(CsvKind::Organizations).size(), 10);
    QCOMPARE(CsvImporter::columns(CsvKind::People).size(), 6);
    QCOMPARE(CsvImporter::columns(CsvKind::Memberships).size(), 11);
}

void TestCsvImport::rejects_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("fragment");

    const int orgs = int(CsvKind::Organizations);
    const int people = int(CsvKind::People);
    const int members = int(CsvKind::Memberships);

    QTest::newRow("empty file") << orgs << QByteArray() << 1 << QString() << u"empty"_s;
    QTest::newRow("unterminated quote")
        << orgs << "name,sector\nGood Org,nonprofit\n\"Broken,nonprofit\n"_ba << 3 << u"name"_s
        << u"never closed"_s;
    QTest::newRow("wrong column count")
        << orgs << "name,sector\nA Org,nonprofit\nB Org,health,extra\n"_ba << 3 << QString()
        << u"expected 2 fields, found 3"_s;
    QTest::newRow("invalid UTF-8")
        << orgs << "name,sector\r\nA Org,nonprofit\r\nB\xC3\x28 Org,health\r\n"_ba << 3 << u"name"_s
        << u"not valid UTF-8"_s;
    QTest::newRow("unknown sector")
        << orgs << "name,sector\nA Org,nonprofit\nB Org,charity\n"_ba << 3 << u"sector"_s
        << u"unknown sector “charity”; use one of: community-group, nonprofit, public-agency"_s;
    QTest::newRow("duplicate name in file")
        << orgs << "name,sector\nA Org,nonprofit\nB Org,health\n  a   ORG ,faith\n"_ba << 4
        << u"name"_s << u"is also on line 2"_s;
    QTest::newRow("duplicate name in workspace")
        << orgs << "name,sector\nNew Org,nonprofit\nEXISTING  org,faith\n"_ba << 3 << u"name"_s
        << u"already in the workspace"_s;
    QTest::newRow("missing sector value") << orgs << "name,sector\nA Org,nonprofit\nB Org,  \n"_ba
                                          << 3 << u"sector"_s << u"a value is required"_s;
    QTest::newRow("missing name value") << orgs << "sector,name\nnonprofit,A Org\nhealth,\n"_ba << 3
                                        << u"name"_s << u"a value is required"_s;
    QTest::newRow("missing required column") << orgs << "name,mission\nA Org,Clean air\n"_ba << 1
                                             << u"sector"_s << u"required column is missing"_s;
    QTest::newRow("missing required column after blank lines")
        << orgs << "\n\nname\nA Org\n"_ba << 3 << u"sector"_s << u"required column is missing"_s;
    QTest::newRow("unknown column") << orgs << "name,sector,colour\nA Org,nonprofit,red\n"_ba << 1
                                    << u"colour"_s << u"the columns are: name, sector, mission"_s;
    QTest::newRow("duplicate column")
        << orgs << "name,sector,Name\nA,nonprofit,B\n"_ba << 1 << u"Name"_s << u"more than once"_s;
    QTest::newRow("bad e-mail")
        << orgs << "name,sector,email\nA Org,nonprofit,a@example.org\nB Org,health,nobody\n"_ba << 3
        << u"email"_s << u"does not look like an e-mail"_s;
    QTest::newRow("record spanning lines")
        << orgs << "name,sector,notes\nA Org,nonprofit,\"one\ntwo\"\nB Org,wrong,x\n"_ba << 4
        << u"sector"_s << u"unknown sector"_s;

    QTest::newRow("person without name")
        << people << "name,organization\nJo Doe,Existing Org\n ,Existing Org\n"_ba << 3 << u"name"_s
        << u"a value is required"_s;
    QTest::newRow("person of unknown organization")
        << people << "name,organization\nJo Doe,Existing Org\nAl Bo,Nobody Inc\n"_ba << 3
        << u"organization"_s << u"no organization named “Nobody Inc”"_s;

    const QByteArray m = "coalition,organization,status,kind,joined_on,left_on,representative,"
                         "alternate,dues,dues_paid_through\n"_ba;
    QTest::newRow("bad date") << members
                              << m + "Clean Air Coalition,Existing Org,active,,2024-02-30,,,,,\n"
                              << 2 << u"joined_on"_s << u"“2024-02-30” is not a date"_s;
    QTest::newRow("date in another format")
        << members << m + "Clean Air Coalition,Existing Org,active,,,,,,,31/12/2024\n"
        << 2 << u"dues_paid_through"_s << u"YYYY-MM-DD"_s;
    QTest::newRow("bad money") << members
                               << m + "Clean Air Coalition,Existing Org,active,,,,,,12.345,\n"
                               << 2 << u"dues"_s << u"“12.345” is not an amount"_s;
    QTest::newRow("negative dues")
        << members << m + "Clean Air Coalition,Existing Org,active,,,,,,-5,\n"
        << 2 << u"dues"_s << u"negative"_s;
    QTest::newRow("unknown coalition")
        << members
        << m + "Food Network,Existing Org,active,,,,,,,\nDirty Air,Existing Org,active,,,,,,,\n"
        << 3 << u"coalition"_s << u"no coalition named “Dirty Air”"_s;
    QTest::newRow("unknown organization")
        << members << m + "Clean Air Coalition,Nobody Inc,active,,,,,,,\n"
        << 2 << u"organization"_s << u"no organization named “Nobody Inc”"_s;
    QTest::newRow("missing status") << members << m + "Clean Air Coalition,Existing Org,,,,,,,,\n"
                                    << 2 << u"status"_s << u"a value is required"_s;
    QTest::newRow("unknown status")
        << members << m + "Clean Air Coalition,Existing Org,member,,,,,,,\n"
        << 2 << u"status"_s << u"unknown membership status “member”; use one of: prospective"_s;
    QTest::newRow("unknown kind") << members
                                  << m + "Clean Air Coalition,Existing Org,active,boss,,,,,,\n"
                                  << 2 << u"kind"_s << u"unknown membership kind"_s;
    QTest::newRow("representative of another organization")
        << members << m + "Clean Air Coalition,Existing Org,active,,,,Sam Roe,,,\n"
        << 2 << u"representative"_s << u"“Sam Roe” is not one of the people of Existing Org"_s;
    QTest::newRow("unknown representative")
        << members << m + "Clean Air Coalition,Existing Org,active,,,,Nobody,,,\n"
        << 2 << u"representative"_s << u"no person named “Nobody”"_s;
    QTest::newRow("ambiguous alternate")
        << members << m + "Clean Air Coalition,Existing Org,active,,,,Pat Lee,Kim Park,,\n"
        << 2 << u"alternate"_s << u"more than one person named “Kim Park”"_s;
    QTest::newRow("alternate same as representative")
        << members << m + "Clean Air Coalition,Existing Org,active,,,,Pat Lee,pat lee,,\n"
        << 2 << u"alternate"_s << u"someone other than the representative"_s;
    QTest::newRow("left before joined")
        << members << m + "Clean Air Coalition,Existing Org,withdrawn,,2024-05-01,2024-04-01,,,,\n"
        << 2 << u"left_on"_s << u"comes before"_s;
    QTest::newRow("duplicate membership in workspace")
        << members
        << m
            + "Food Network,Existing Org,active,,,,,,,\nclean air coalition,other "
              "org,invited,,,,,,,\n"
        << 3 << u"organization"_s << u"Other Org is already a member of Clean Air Coalition"_s;
    QTest::newRow("duplicate membership in file") << members
                                                  << m
            + "Food Network,Existing Org,active,,,,,,,\nFood Network,Other Org,active,,,,,,,\n"
              "FOOD NETWORK,existing org,invited,,,,,,,\n"
                                                  << 4 << u"organization"_s << u"also on line 2"_s;
}

void TestCsvImport::rejects()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QString, column);
    QFETCH(QString, fragment);

    const Counts before = countsOf(*m_ws);
    QVERIFY(before.audit > 0);
    CsvImporter importer(*m_ws);
    auto report = importer.importData(CsvKind(kind), data, u"bad.csv"_s);
    QVERIFY(!report);
    const QString message = report.error().message;
    const QString where = u"bad.csv:"_s + QString::number(line) + u": "_s
        + (column.isEmpty() ? QString() : u"column “"_s + column + u"”: "_s);
    QVERIFY2(message.startsWith(where), qPrintable(message));
    QVERIFY2(message.contains(fragment), qPrintable(message));
    QVERIFY2(message.endsWith(u" (nothing was imported)"_s), qPrintable(message));
    QCOMPARE(importer.problems().size(), 1);
    QCOMPARE(importer.problems().first().line, line);
    QCOMPARE(importer.problems().first().column, column);
    QCOMPARE(importer.problems().first().file, u"bad.csv"_s);
    QCOMPARE(countsOf(*m_ws), before);
}

void TestCsvImport::collectsEveryProblem()
{
    const Counts before = countsOf(*m_ws);
    CsvImporter importer(*m_ws);
    auto report = importer.importData(
        CsvKind::Organizations,
        "name,sector\nA Org,charity\nB Org,health,x\nC Org,\nD Org,faith\n"_ba, u"orgs.csv"_s);
    QVERIFY(!report);
    QCOMPARE(report.error().message,
             u"orgs.csv:2: column “sector”: unknown sector “charity”; use one of: "
             "community-group, nonprofit, public-agency, education, health, faith, business, "
             "funder, individual, other (and 2 more problems; nothing was imported)"_s);
    const QList<ImportProblem> problems = importer.problems();
    QCOMPARE(problems.size(), 3);
    QCOMPARE(problems.at(0).line, 2);
    QCOMPARE(problems.at(1).line, 3);
    QCOMPARE(problems.at(1).column, QString());
    QCOMPARE(problems.at(2).line, 4);
    QCOMPARE(problems.at(2).column, u"sector"_s);
    QCOMPARE(countsOf(*m_ws), before);

    // A later success clears the list.
    QVERIFY(importer.importData(CsvKind::Organizations, "name,sector\nE Org,faith\n"_ba, u"x"_s));
    QVERIFY(importer.problems().isEmpty());
}

void TestCsvImport::capsProblems()
{
    QByteArray data = "name,sector\n"_ba;
    for (int i = 0; i < 300; ++i)
        data += "Org " + QByteArray::number(i) + ",nowhere\n";
    CsvImporter importer(*m_ws);
    auto report = importer.importData(CsvKind::Organizations, data, u"big.csv"_s);
    QVERIFY(!report);
    QCOMPARE(importer.problems().size(), 200);
    QVERIFY2(report.error().message.endsWith(u"(and 299 more problems; nothing was imported)"_s),
             qPrintable(report.error().message));
}

void TestCsvImport::problemText()
{
    QCOMPARE((ImportProblem{u"a.csv"_s, 14, u"sector"_s, u"unknown"_s}.toString()),
             u"a.csv:14: column “sector”: unknown"_s);
    QCOMPARE((ImportProblem{u"a.csv"_s, 3, {}, u"expected 2 fields, found 3"_s}.toString()),
             u"a.csv:3: expected 2 fields, found 3"_s);
}

void TestCsvImport::importsOrganizations()
{
    const Counts before = countsOf(*m_ws);
    const QByteArray data = "\xEF\xBB\xBF"
                            "Sector,NAME,Tags,Mission,EMAIL,website,phone,address,decision_making,"
                            "notes\r\n"
                            "Public agency,Town Health Department,health; youth ;,Keep people "
                            "well,info@health.example.org,health.example.org,'+1 555 0100,"
                            "\"1 Main St, Springfield\",Director decides,\"two\r\nlines\"\r\n"
                            "COMMUNITY_GROUP,  Riverside Tenants  ,,,,,,,,\r\n"_ba;
    CsvImporter importer(*m_ws);
    auto report = importer.importData(CsvKind::Organizations, data, u"orgs.csv"_s);
    QVERIFY2(report, qPrintable(report.error().toString()));
    QCOMPARE(report->rowsRead, 2);
    QCOMPARE(report->inserted, 2);

    auto health = m_ws->organizations().findByName(u"town health department"_s);
    QVERIFY(health && health->has_value());
    const Organization &o = **health;
    QCOMPARE(o.name, u"Town Health Department"_s);
    QCOMPARE(o.sector, Sector::PublicAgency);
    QCOMPARE(o.mission, u"Keep people well"_s);
    QCOMPARE(o.decisionMaking, u"Director decides"_s);
    QCOMPARE(o.address, u"1 Main St, Springfield"_s);
    QCOMPARE(o.website, u"health.example.org"_s);
    QCOMPARE(o.email, u"info@health.example.org"_s);
    QCOMPARE(o.phone, u"+1 555 0100"_s);
    QCOMPARE(o.notes, u"two\r\nlines"_s);
    QCOMPARE(o.tags, (QStringList{u"health"_s, u"youth"_s}));
    QVERIFY(o.createdAt.isValid());

    auto tenants = m_ws->organizations().findByName(u"Riverside Tenants"_s);
    QVERIFY(tenants && tenants->has_value());
    QCOMPARE((*tenants)->name, u"Riverside Tenants"_s);
    QCOMPARE((*tenants)->sector, Sector::CommunityGroup);
    QVERIFY((*tenants)->tags.isEmpty());

    const Counts after = countsOf(*m_ws);
    QCOMPARE(after.organizations, before.organizations + 2);
    QCOMPARE(after.audit, before.audit + 2);
    auto entries = m_ws->audit().entriesFor(u"organization"_s, o.id);
    QVERIFY(entries && entries->size() == 1);
    QVERIFY(entries->first().field.isEmpty());
    QVERIFY(entries->first().newValue->contains(u"Town Health Department"_s));
}

void TestCsvImport::importsPeople()
{
    const Counts before = countsOf(*m_ws);
    CsvImporter importer(*m_ws);
    auto report
        = importer.importData(CsvKind::People,
                              "name,organization,role,email,phone,notes\n"
                              "Jo Doe,existing ORG,Chair,jo@example.org,'+1 555 0100,likes tea\n"
                              "Lone Person,,,,,\n"_ba,
                              u"people.csv"_s);
    QVERIFY2(report, qPrintable(report.error().toString()));
    QCOMPARE(report->inserted, 2);
    auto jo = m_ws->people().findByName(u"Jo Doe"_s);
    QVERIFY(jo && jo->size() == 1);
    const Person &p = jo->first();
    QCOMPARE(p.organizationId, std::optional<Id>(m_existingOrg));
    QCOMPARE(p.role, u"Chair"_s);
    QCOMPARE(p.email, u"jo@example.org"_s);
    QCOMPARE(p.phone, u"+1 555 0100"_s);
    QCOMPARE(p.notes, u"likes tea"_s);
    auto lone = m_ws->people().findByName(u"Lone Person"_s);
    QVERIFY(lone && lone->size() == 1);
    QCOMPARE(lone->first().organizationId, std::nullopt);
    QCOMPARE(countsOf(*m_ws).audit, before.audit + 2);
}

void TestCsvImport::importsMemberships()
{
    const Counts before = countsOf(*m_ws);
    CsvImporter importer(*m_ws);
    auto report = importer.importData(
        CsvKind::Memberships,
        "coalition,organization,status,kind,joined_on,representative,alternate,dues,"
        "dues_paid_through,notes\n"
        "clean air coalition,Existing Org,Active,Observer,2023-05-01,pat lee,Ali Noor,120.5,"
        "2024-12-31,founding member\n"
        "Food Network,Other Org,invited,,,,,,,\n"_ba,
        u"members.csv"_s);
    QVERIFY2(report, qPrintable(report.error().toString()));
    QCOMPARE(report->inserted, 2);
    QCOMPARE(countsOf(*m_ws).memberships, before.memberships + 2);
    QCOMPARE(countsOf(*m_ws).audit, before.audit + 2);

    auto found = m_ws->memberships().find(m_cleanAir, m_existingOrg);
    QVERIFY(found && found->has_value());
    const Membership &m = **found;
    QCOMPARE(m.status, MembershipStatus::Active);
    QCOMPARE(m.kind, MembershipKind::Observer);
    QCOMPARE(m.joinedOn, QDate(2023, 5, 1));
    QCOMPARE(m.leftOn, QDate());
    QCOMPARE(m.duesCents, 12050);
    QCOMPARE(m.duesPaidThrough, QDate(2024, 12, 31));
    QCOMPARE(m.notes, u"founding member"_s);
    QVERIFY(m.representativeId && m.alternateId);
    auto rep = m_ws->people().get(*m.representativeId);
    auto alt = m_ws->people().get(*m.alternateId);
    QVERIFY(rep && alt);
    QCOMPARE(rep->name, u"Pat Lee"_s);
    QCOMPARE(alt->name, u"Ali Noor"_s);
    QCOMPARE(m.history, (QList<StatusChange>{{MembershipStatus::Active, QDate(2023, 5, 1), {}}}));

    auto minimal = m_ws->memberships().find(m_foodNetwork, m_otherOrg);
    QVERIFY(minimal && minimal->has_value());
    QCOMPARE((*minimal)->status, MembershipStatus::Invited);
    QCOMPARE((*minimal)->kind, MembershipKind::VotingMember);
    QCOMPARE((*minimal)->duesCents, 0);
    QCOMPARE((*minimal)->representativeId, std::nullopt);
    QCOMPARE((*minimal)->history,
             (QList<StatusChange>{{MembershipStatus::Invited, QDate::currentDate(), {}}}));
}

void TestCsvImport::headerOnly()
{
    const Counts before = countsOf(*m_ws);
    CsvImporter importer(*m_ws);
    auto report = importer.importData(CsvKind::People, "name\r\n"_ba, u"p.csv"_s);
    QVERIFY(report);
    QCOMPARE(report->rowsRead, 0);
    QCOMPARE(report->inserted, 0);
    QCOMPARE(countsOf(*m_ws), before);
}

void TestCsvImport::importFile()
{
    const QString path = m_dir.filePath(u"from-disk.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("name,sector\nDisk Org,business\nDisk Org,business\n");
    file.close();
    CsvImporter importer(*m_ws);
    auto report = importer.importFile(CsvKind::Organizations, path);
    QVERIFY(!report);
    QVERIFY2(report.error().message.startsWith(u"from-disk.csv:3: column “name”: "_s),
             qPrintable(report.error().message));
    auto missing = importer.importFile(CsvKind::Organizations, m_dir.filePath(u"none.csv"_s));
    QVERIFY(!missing);
    QVERIFY(missing.error().message.contains(u"none.csv"_s));
}

void TestCsvImport::roundTrip()
{
    CsvImporter importer(*m_ws);
    auto extra = importer.importData(CsvKind::Organizations,
                                     "name,sector,mission,tags,notes,phone\n"
                                     "\"Café \"\"Solidarité\"\"\",faith,\"Feeds, "
                                     "houses\",food;shelter,\" padded \",'+1 555 0199\n"
                                     "Zeta Works,business,,,\"multi\nline\",\n"_ba,
                                     u"extra.csv"_s);
    QVERIFY2(extra, qPrintable(extra.error().toString()));
    auto extraPeople = importer.importData(
        CsvKind::People, "name,organization,role\nZoe Zed,Zeta Works,'=Treasurer\n"_ba, u"p"_s);
    QVERIFY2(extraPeople, qPrintable(extraPeople.error().toString()));
    auto extraMembers = importer.importData(
        CsvKind::Memberships,
        "coalition,organization,status,kind,joined_on,left_on,representative,alternate,dues,"
        "dues_paid_through,notes\n"
        "Food Network,Zeta Works,withdrawn,ally,2020-01-01,2021-06-30,Zoe Zed,,45.00,2021-06-30,"
        "left amicably\n"
        "Food Network,Existing Org,active,voting,,,Pat Lee,Ali Noor,,,\n"_ba,
        u"m"_s);
    QVERIFY2(extraMembers, qPrintable(extraMembers.error().toString()));

    CsvExporter exporter(*m_ws);
    QList<QByteArray> first;
    for (const CsvKind kind : {CsvKind::Organizations, CsvKind::People, CsvKind::Memberships}) {
        auto data = exporter.exportData(kind);
        QVERIFY2(data, qPrintable(data.error().toString()));
        first.append(*data);
    }
    QVERIFY(first.at(0).startsWith("name,sector,mission,decision_making,address,website,email,"
                                   "phone,notes,tags\r\nExisting Org,nonprofit,"));
    QVERIFY(first.at(0).contains("food;shelter"));
    QVERIFY(first.at(1).contains("Zoe Zed,Zeta Works,'=Treasurer,"));
    QVERIFY(first.at(2).contains(
        "Food Network,Zeta Works,withdrawn,ally,2020-01-01,2021-06-30,Zoe Zed,,45.00,2021-06-30,"
        "left amicably\r\n"));

    auto fresh = create(u"fresh"_s);
    QVERIFY(fresh);
    for (const QString &name : {u"Clean Air Coalition"_s, u"Food Network"_s}) {
        CoalitionInfo c;
        c.name = name;
        QVERIFY(idOf(fresh->coalitions().add(c)) > 0);
    }
    CsvImporter freshImporter(*fresh);
    for (qsizetype i = 0; i < first.size(); ++i) {
        const CsvKind kind
            = std::array{CsvKind::Organizations, CsvKind::People, CsvKind::Memberships}[size_t(i)];
        auto report = freshImporter.importData(kind, first.at(i), u"export.csv"_s);
        QVERIFY2(report, qPrintable(report.error().toString()));
    }
    CsvExporter freshExporter(*fresh);
    for (qsizetype i = 0; i < first.size(); ++i) {
        const CsvKind kind
            = std::array{CsvKind::Organizations, CsvKind::People, CsvKind::Memberships}[size_t(i)];
        auto again = freshExporter.exportData(kind);
        QVERIFY(again);
        QCOMPARE(*again, first.at(i));
    }
}

void TestCsvImport::formulaNeutralisation()
{
    Organization risky;
    risky.name = u"=HYPERLINK(\"http://evil.example\",\"click\")"_s;
    risky.sector = Sector::Other;
    risky.mission = u"+1 555 0100"_s;
    risky.notes = u"-x"_s;
    risky.address = u"@x"_s;
    risky.phone = u"\tx"_s;
    risky.decisionMaking = u"=1+1"_s;
    risky.tags = {u"-minus"_s, u"plain"_s};
    QVERIFY(idOf(m_ws->organizations().add(risky)) > 0);

    CsvExporter exporter(*m_ws);
    auto data = exporter.exportData(CsvKind::Organizations);
    QVERIFY(data);
    QVERIFY(data->contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""));
    QVERIFY(data->contains(",'+1 555 0100,"));
    QVERIFY(data->contains(",'-x,"));
    QVERIFY(data->contains(",'@x,"));
    QVERIFY(data->contains(",'\tx,"));
    QVERIFY(data->contains(",'-minus;plain\r\n"));
    CsvTable table;
    QVERIFY(CsvReader::parse(*data, &table, nullptr));
    for (const CsvRecord &record : std::as_const(table.records)) {
        for (const QString &cell : record.fields) {
            QVERIFY2(cell.isEmpty() || !QStringView(u"=+-@\t\r").contains(cell.front()),
                     qPrintable(cell));
        }
    }

    auto fresh = create(u"formula"_s);
    QVERIFY(fresh);
    CsvImporter importer(*fresh);
    auto report = importer.importData(CsvKind::Organizations, *data, u"risky.csv"_s);
    QVERIFY2(report, qPrintable(report.error().toString()));
    auto back = fresh->organizations().findByName(risky.name);
    QVERIFY(back && back->has_value());
    QCOMPARE((*back)->name, risky.name);
    QCOMPARE((*back)->mission, risky.mission);
    QCOMPARE((*back)->notes, risky.notes);
    QCOMPARE((*back)->address, risky.address);
    QCOMPARE((*back)->phone, risky.phone);
    QCOMPARE((*back)->decisionMaking, risky.decisionMaking);
    QCOMPARE((*back)->tags, risky.tags);
}

void TestCsvImport::exportOneCoalition()
{
    CsvImporter importer(*m_ws);
    QVERIFY(importer.importData(
        CsvKind::Memberships,
        "coalition,organization,status\nFood Network,Existing Org,active\n"_ba, u"m.csv"_s));
    CsvExporter exporter(*m_ws);
    auto food = exporter.exportData(CsvKind::Memberships, m_foodNetwork);
    QVERIFY(food);
    QCOMPARE(*food,
             "coalition,organization,status,kind,joined_on,left_on,representative,"
             "alternate,dues,dues_paid_through,notes\r\n"
             "Food Network,Existing Org,active,voting,,,,,,,\r\n"_ba);
    auto all = exporter.exportData(CsvKind::Memberships);
    QVERIFY(all);
    QCOMPARE(all->count("\r\n"), 3);
    QVERIFY(all->contains("Clean Air Coalition,Other Org,active,voting,2022-01-15,,Sam Roe,"));
    auto none = exporter.exportData(CsvKind::Memberships, Id(9999));
    QVERIFY(!none);
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
