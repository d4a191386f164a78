// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/jsoncodec.h"
#include "storage/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Coalition;

namespace {

template<typename Record>
QByteArray describe(const Record &actual, const Record &expected)
{
    return "\n   actual: " + QJsonDocument(JsonCodec::toJson(actual)).toJson(QJsonDocument::Compact)
        + "\n expected: "
        + QJsonDocument(JsonCodec::toJson(expected)).toJson(QJsonDocument::Compact);
}

QJsonObject parseObject(const std::optional<QString> &text)
{
    return text ? QJsonDocument::fromJson(text->toUtf8()).object() : QJsonObject();
}

// Empty when created/updated are set, UTC, and within [from, to].
QString stampProblem(const QDateTime &created, const QDateTime &updated, const QDateTime &from,
                     const QDateTime &to)
{
    if (!created.isValid() || !updated.isValid())
        return u"created or updated time not set"_s;
    if (created.timeSpec() != Qt::UTC || updated.timeSpec() != Qt::UTC)
        return u"times are not UTC"_s;
    if (created < from || created > to)
        return u"created time %1 outside [%2, %3]"_s.arg(created.toString(Qt::ISODateWithMs),
                                                         from.toString(Qt::ISODateWithMs),
                                                         to.toString(Qt::ISODateWithMs));
    if (updated < created || updated > to)
        return u"updated time %1 outside [%2, %3]"_s.arg(updated.toString(Qt::ISODateWithMs),
                                                         created.toString(Qt::ISODateWithMs),
                                                         to.toString(Qt::ISODateWithMs));
    return {};
}

QStringList fieldsOf(const QList<AuditEntry> &entries)
{
    QStringList fields;
    for (const AuditEntry &entry : entries)
        fields.append(entry.field);
    fields.sort();
    return fields;
}

// The entry about that field; a copy, so it may outlive the list. An entry
// for another field when there is none, so a comparison fails rather than crashes.
AuditEntry entryFor(const QList<AuditEntry> &entries, const QString &field)
{
    const auto it = std::find_if(entries.cbegin(), entries.cend(),
                                 [&](const AuditEntry &e) { return e.field == field; });
    return it == entries.cend() ? AuditEntry{0, {}, {}, {}, 0, u"<none>"_s, {}, {}} : *it;
}

} // namespace

#define COMPARE_RECORD(actual, expected)                                                           \
    do {                                                                                           \
        const auto actualRecord = (actual);                                                        \
        const auto expectedRecord = (expected);                                                    \
        QVERIFY2(actualRecord == expectedRecord,                                                   \
                 describe(actualRecord, expectedRecord).constData());                              \
    } while (false)

// Evaluates the expression once: QVERIFY2 evaluates its description even on success.
#define VERIFY_OK(expression)                                                                      \
    do {                                                                                           \
        const auto &verifiedResult = (expression);                                                 \
        QVERIFY2(verifiedResult.ok(), qPrintable(verifiedResult.error().toString()));              \
    } while (false)

class TestRepositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void organizationRoundTrip();
    void organizationTextIsTrimmed();
    void personRoundTrip();
    void coalitionRoundTrip();
    void membershipRoundTrip();
    void membershipKeepsGivenHistory();
    void missingRecords();
    void idsAreNotReused();

    void listOrder();
    void listFilter_data();
    void listFilter();
    void findByName_data();
    void findByName();

    void removeOrganizationRefusedWhileMember();
    void removeOrganizationWithMemberships();
    void removePersonClearsRoles();
    void personLeavingOrganizationLosesRoles();

    void setStatusAppendsHistory();
    void setStatusRefusesEarlierDate();
    void setStatusActiveSetsJoinedDate();
    void updateStatusAppendsHistory();

    void auditOrganization();
    void auditPersonCoalitionMembership();
    void auditRecent();

private:
    Workspace &w() { return *m_workspace; }
    Id addOrganization(const QString &name, Sector sector = Sector::Other,
                       const QString &mission = {}, const QStringList &tags = {});
    Id addPerson(const QString &name, std::optional<Id> organizationId);
    Id addCoalition(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestRepositories::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRepositories::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto workspace
        = Workspace::open(m_dir->filePath(u"registry.coalition"_s), Database::OpenMode::CreateNew);
    QVERIFY2(workspace, qPrintable(workspace.error().toString()));
    m_workspace = std::move(workspace).value();
}

void TestRepositories::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

Id TestRepositories::addOrganization(const QString &name, Sector sector, const QString &mission,
                                     const QStringList &tags)
{
    Organization o;
    o.name = name;
    o.sector = sector;
    o.mission = mission;
    o.tags = tags;
    auto id = w().organizations().add(o);
    if (!id)
        qWarning("%s", qPrintable(id.error().toString()));
    return id ? id.value() : 0;
}

Id TestRepositories::addPerson(const QString &name, std::optional<Id> organizationId)
{
    Person p;
    p.name = name;
    p.organizationId = organizationId;
    auto id = w().people().add(p);
    if (!id)
        qWarning("%s", qPrintable(id.error().toString()));
    return id ? id.value() : 0;
}

Id TestRepositories::addCoalition(const QString &name)
{
    CoalitionInfo c;
    c.name = name;
    auto id = w().coalitions().add(c);
    if (!id)
        qWarning("%s", qPrintable(id.error().toString()));
    return id ? id.value() : 0;
}

void TestRepositories::organizationRoundTrip()
{
    Organization o;
    o.name = u"Les Amis de l’École — Ünïcødé 🌱"_s;
    o.sector = Sector::Education;
    o.mission = u"Teach adults to read.\nSecond line; with “quotes” and 'apostrophes'."_s;
    o.decisionMaking = u"Consensus, then a two-thirds vote"_s;
    o.address = u"12 Rue de la Paix\n75002 Paris"_s;
    o.website = u"https://amis-ecole.example.org"_s;
    o.email = u"contact@amis-ecole.example.org"_s;
    o.phone = u"+33 1 23 45 67 89"_s;
    o.notes = u"Met at the spring fair. 日本語のメモ"_s;
    o.tags = {u"jeunesse"_s, u"santé"_s, u"🌍 climate"_s};

    const QDateTime from = QDateTime::currentDateTimeUtc();
    auto id = w().organizations().add(o);
    const QDateTime to = QDateTime::currentDateTimeUtc();
    VERIFY_OK(id);
    QVERIFY(id.value() > 0);

    auto got = w().organizations().get(id.value());
    VERIFY_OK(got);
    QCOMPARE(got->id, id.value());
    const QString stamps = stampProblem(got->createdAt, got->updatedAt, from, to);
    QVERIFY2(stamps.isEmpty(), qPrintable(stamps));
    Organization expected = o;
    expected.id = got->id;
    expected.createdAt = got->createdAt;
    expected.updatedAt = got->updatedAt;
    COMPARE_RECORD(got.value(), expected);

    Organization changed = got.value();
    changed.name = u"Amis de l’École (renamed)"_s;
    changed.sector = Sector::Health;
    changed.mission = u"Health literacy"_s;
    changed.decisionMaking = u"Board decides"_s;
    changed.address = u"1 Main Street"_s;
    changed.website = u"https://new.example.org"_s;
    changed.email = u"board@new.example.org"_s;
    changed.phone = u"555-0100"_s;
    changed.notes = u"Moved in May."_s;
    changed.tags = {u"🌍 climate"_s, u"adultes"_s}; // reordered, one dropped, one added
    QTest::qWait(2);
    const Status updated = w().organizations().update(changed);
    VERIFY_OK(updated);
    auto again = w().organizations().get(id.value());
    VERIFY_OK(again);
    QCOMPARE(again->createdAt, got->createdAt);
    QVERIFY(again->updatedAt > got->updatedAt);
    QCOMPARE(again->updatedAt.timeSpec(), Qt::UTC);
    changed.updatedAt = again->updatedAt;
    COMPARE_RECORD(again.value(), changed);

    // A list reads the same record, tags included.
    auto list = w().organizations().list();
    VERIFY_OK(list);
    QCOMPARE(list->size(), 1);
    COMPARE_RECORD(list->first(), changed);
    auto count = w().organizations().count();
    VERIFY_OK(count);
    QCOMPARE(count.value(), 1);
}

void TestRepositories::organizationTextIsTrimmed()
{
    Organization o;
    o.name = u"  Padded Name  "_s;
    o.tags = {u"  spaced tag "_s, u"plain"_s};
    auto id = w().organizations().add(o);
    VERIFY_OK(id);
    auto got = w().organizations().get(id.value());
    VERIFY_OK(got);
    QCOMPARE(got->name, u"Padded Name"_s);
    QCOMPARE(got->tags, (QStringList{u"spaced tag"_s, u"plain"_s}));
    // The audit log records what was stored, not what was typed.
    auto entries = w().audit().entriesFor(u"organization"_s, id.value());
    VERIFY_OK(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(parseObject(entries->first().newValue), JsonCodec::toJson(got.value()));
}

void TestRepositories::personRoundTrip()
{
    const Id organization = addOrganization(u"Harbour Tenants"_s);
    QVERIFY(organization > 0);

    Person member;
    member.name = u"Zoë Ångström-Núñez"_s;
    member.organizationId = organization;
    member.role = u"Chair"_s;
    member.email = u"zoe@harbour.example"_s;
    member.phone = u"+44 20 7946 0000"_s;
    member.notes = u"Prefers e-mail.\nAvailable on Tuesdays."_s;

    Person independent;
    independent.name = u"Kwame Mensah"_s;
    independent.role = u"Resident"_s;
    independent.email = u"kwame@example.org"_s;
    independent.phone = u"555-0111"_s;
    independent.notes = u"No organization"_s;

    for (const Person &person : {member, independent}) {
        const QDateTime from = QDateTime::currentDateTimeUtc();
        auto id = w().people().add(person);
        const QDateTime to = QDateTime::currentDateTimeUtc();
        VERIFY_OK(id);
        auto got = w().people().get(id.value());
        VERIFY_OK(got);
        QCOMPARE(got->id, id.value());
        const QString stamps = stampProblem(got->createdAt, got->updatedAt, from, to);
        QVERIFY2(stamps.isEmpty(), qPrintable(stamps));
        Person expected = person;
        expected.id = got->id;
        expected.createdAt = got->createdAt;
        expected.updatedAt = got->updatedAt;
        COMPARE_RECORD(got.value(), expected);

        // Swap: the member leaves the organization, the independent joins it.
        Person changed = got.value();
        changed.organizationId
            = person.organizationId ? std::nullopt : std::optional<Id>(organization);
        changed.name = person.name + u" Jr."_s;
        changed.role = u"Treasurer"_s;
        changed.email = u"new@example.org"_s;
        changed.phone = u"555-0199"_s;
        changed.notes = u"Changed"_s;
        VERIFY_OK(w().people().update(changed));
        auto again = w().people().get(id.value());
        VERIFY_OK(again);
        QCOMPARE(again->createdAt, got->createdAt);
        changed.updatedAt = again->updatedAt;
        COMPARE_RECORD(again.value(), changed);
    }

    auto ofOrganization = w().people().list(organization);
    VERIFY_OK(ofOrganization);
    QCOMPARE(ofOrganization->size(), 1);
    QCOMPARE(ofOrganization->first().name, u"Kwame Mensah Jr."_s);
    auto everyone = w().people().list();
    VERIFY_OK(everyone);
    QCOMPARE(everyone->size(), 2);

    // A person cannot point to an organization that does not exist.
    Person stray;
    stray.name = u"Stray"_s;
    stray.organizationId = 9999;
    auto refused = w().people().add(stray);
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, u"organization"_s);
}

void TestRepositories::coalitionRoundTrip()
{
    const Id lead = addOrganization(u"Green Valley Trust"_s);
    const Id otherLead = addOrganization(u"City Housing Office"_s);
    QVERIFY(lead > 0 && otherLead > 0);

    CoalitionInfo c;
    c.name = u"Clean Air Campaign — Ümlaut"_s;
    c.type = CoalitionType::Campaign;
    c.purpose = u"Cut traffic pollution near schools"_s;
    c.vision = u"Every child breathes clean air"_s;
    c.mission = u"Win a low-emission zone by 2025"_s;
    c.startDate = QDate(2024, 1, 15);
    c.endDate = QDate(2025, 6, 30);
    c.leadOrganizationId = lead;
    c.meetings = {u"every second Tuesday"_s, 90, u"Library, room 2"_s};
    c.finances = {u"€50 a year"_s, u"City grant 2024"_s, u"Printing by the union"_s};
    c.notes = u"Press contact: see shared drive."_s;

    const QDateTime from = QDateTime::currentDateTimeUtc();
    auto id = w().coalitions().add(c);
    const QDateTime to = QDateTime::currentDateTimeUtc();
    VERIFY_OK(id);
    auto got = w().coalitions().get(id.value());
    VERIFY_OK(got);
    const QString stamps = stampProblem(got->createdAt, got->updatedAt, from, to);
    QVERIFY2(stamps.isEmpty(), qPrintable(stamps));
    CoalitionInfo expected = c;
    expected.id = id.value();
    expected.createdAt = got->createdAt;
    expected.updatedAt = got->updatedAt;
    COMPARE_RECORD(got.value(), expected);

    CoalitionInfo changed = got.value();
    changed.name = u"Clean Air Coalition"_s;
    changed.type = CoalitionType::OngoingCoalition;
    changed.purpose = u"Keep the air clean"_s;
    changed.vision = u"Clean air"_s;
    changed.mission = u"Monitor and campaign"_s;
    changed.startDate = QDate(2024, 2, 1);
    changed.endDate = QDate(); // no longer time-limited
    changed.leadOrganizationId = otherLead;
    changed.meetings = {u"monthly"_s, 60, u"Online"_s};
    changed.finances = {u"none"_s, u"none"_s, u"rooms"_s};
    changed.notes = u"Became permanent."_s;
    VERIFY_OK(w().coalitions().update(changed));
    auto again = w().coalitions().get(id.value());
    VERIFY_OK(again);
    QCOMPARE(again->createdAt, got->createdAt);
    changed.updatedAt = again->updatedAt;
    COMPARE_RECORD(again.value(), changed);

    auto byName = w().coalitions().findByName(u"CLEAN AIR coalition"_s);
    VERIFY_OK(byName);
    QVERIFY(byName->has_value());
    COMPARE_RECORD(byName->value(), changed);
    auto list = w().coalitions().list();
    VERIFY_OK(list);
    QCOMPARE(list->size(), 1);
    COMPARE_RECORD(list->first(), changed);

    changed.leadOrganizationId.reset();
    VERIFY_OK(w().coalitions().update(changed));
    QVERIFY(!w().coalitions().get(id.value())->leadOrganizationId.has_value());
}

void TestRepositories::membershipRoundTrip()
{
    const Id coalition = addCoalition(u"Clean Air Now"_s);
    const Id organization = addOrganization(u"Harbour Tenants"_s);
    const Id chair = addPerson(u"Ana Lima"_s, organization);
    const Id deputy = addPerson(u"Bo Berg"_s, organization);
    QVERIFY(coalition > 0 && organization > 0 && chair > 0 && deputy > 0);

    Membership m;
    m.coalitionId = coalition;
    m.organizationId = organization;
    m.status = MembershipStatus::Active;
    m.kind = MembershipKind::NonVotingAlly;
    m.joinedOn = QDate(2024, 3, 1);
    m.leftOn = QDate(2026, 3, 1);
    m.representativeId = chair;
    m.alternateId = deputy;
    m.duesCents = 12345;
    m.duesPaidThrough = QDate(2024, 12, 31);
    m.interests = {{InterestKind::Shared, u"Safer streets"_s},
                   {InterestKind::Conflicting, u"Wants parking kept — ça dépend"_s}};
    m.contributions
        = {{ContributionKind::StaffTime, u"Two hours a week"_s, 0, ContributionPeriod::Monthly},
           {ContributionKind::Money, u"Annual gift"_s, 50000, ContributionPeriod::Yearly}};
    m.barriers = {u"Few volunteers"_s, u"Meetings clash with shifts"_s};
    m.notes = u"Joined after the March assembly."_s;

    const QDateTime from = QDateTime::currentDateTimeUtc();
    auto id = w().memberships().add(m);
    const QDateTime to = QDateTime::currentDateTimeUtc();
    VERIFY_OK(id);
    auto got = w().memberships().get(id.value());
    VERIFY_OK(got);
    const QString stamps = stampProblem(got->createdAt, got->updatedAt, from, to);
    QVERIFY2(stamps.isEmpty(), qPrintable(stamps));
    Membership expected = m;
    expected.id = id.value();
    expected.createdAt = got->createdAt;
    expected.updatedAt = got->updatedAt;
    // The history starts with the status, dated the day the organization joined.
    expected.history = {{MembershipStatus::Active, QDate(2024, 3, 1), {}}};
    COMPARE_RECORD(got.value(), expected);

    Membership changed = got.value();
    changed.kind = MembershipKind::Observer;
    changed.joinedOn = QDate(2024, 3, 2);
    changed.leftOn = QDate();
    changed.representativeId = deputy;
    changed.alternateId = chair;
    changed.duesCents = 999;
    changed.duesPaidThrough = QDate(2025, 12, 31);
    changed.interests = {{InterestKind::Shared, u"Cleaner air"_s}};
    changed.contributions
        = {{ContributionKind::Space, u"Hall on Fridays"_s, 2500, ContributionPeriod::Quarterly}};
    changed.barriers = {};
    changed.notes = u"Now an observer."_s;
    VERIFY_OK(w().memberships().update(changed));
    auto again = w().memberships().get(id.value());
    VERIFY_OK(again);
    QCOMPARE(again->createdAt, got->createdAt);
    changed.updatedAt = again->updatedAt;
    COMPARE_RECORD(again.value(), changed); // same status: history unchanged

    auto found = w().memberships().find(coalition, organization);
    VERIFY_OK(found);
    QVERIFY(found->has_value());
    COMPARE_RECORD(found->value(), changed);
    auto none = w().memberships().find(coalition, organization + 1000);
    VERIFY_OK(none);
    QVERIFY(!none->has_value());
    for (const auto &list :
         {w().memberships().listForCoalition(coalition),
          w().memberships().listForOrganization(organization), w().memberships().list()}) {
        VERIFY_OK(list);
        QCOMPARE(list->size(), 1);
        COMPARE_RECORD(list->first(), changed);
    }
    auto otherCoalition = w().memberships().listForCoalition(coalition + 1000);
    VERIFY_OK(otherCoalition);
    QVERIFY(otherCoalition->isEmpty());
}

void TestRepositories::membershipKeepsGivenHistory()
{
    const Id coalition = addCoalition(u"Food Network"_s);
    const Id organization = addOrganization(u"Community Pantry"_s);
    Membership m;
    m.coalitionId = coalition;
    m.organizationId = organization;
    m.status = MembershipStatus::Active;
    m.history = {{MembershipStatus::Invited, QDate(2023, 5, 1), u"asked at the fair"_s},
                 {MembershipStatus::Active, QDate(2023, 6, 1), u"signed"_s}};
    auto id = w().memberships().add(m);
    VERIFY_OK(id);
    auto got = w().memberships().get(id.value());
    VERIFY_OK(got);
    QCOMPARE(got->history, m.history);

    // Without a join date, the first entry is dated today.
    const Id second = addOrganization(u"Second Pantry"_s);
    Membership undated;
    undated.coalitionId = coalition;
    undated.organizationId = second;
    undated.status = MembershipStatus::Invited;
    auto undatedId = w().memberships().add(undated);
    VERIFY_OK(undatedId);
    QCOMPARE(w().memberships().get(undatedId.value())->history,
             (QList<StatusChange>{{MembershipStatus::Invited, QDate::currentDate(), {}}}));
}

void TestRepositories::missingRecords()
{
    for (const Error &error :
         {w().organizations().get(77).error(), w().people().get(77).error(),
          w().coalitions().get(77).error(), w().memberships().get(77).error()}) {
        QVERIFY2(error.message.contains(u"77"_s), qPrintable(error.message));
    }
    QVERIFY(!w().organizations().get(77));
    QVERIFY(!w().people().get(77));
    QVERIFY(!w().coalitions().get(77));
    QVERIFY(!w().memberships().get(77));
    Organization ghost;
    ghost.id = 77;
    ghost.name = u"Ghost"_s;
    QVERIFY(!w().organizations().update(ghost));
    QVERIFY(!w().organizations().remove(77));
    QVERIFY(!w().people().remove(77));
    QVERIFY(!w().memberships().remove(77));
    QVERIFY(!w().memberships().setStatus(77, MembershipStatus::Active, QDate(2024, 1, 1)));
}

void TestRepositories::idsAreNotReused()
{
    // The audit log names records by id long after they are gone: a new record
    // must not take a removed one's id.
    const Id first = addOrganization(u"First"_s);
    const Id person = addPerson(u"Ana"_s, first);
    QVERIFY(first > 0 && person > 0);
    QVERIFY(w().organizations().remove(first).ok());
    QVERIFY(w().people().remove(person).ok());
    const Id second = addOrganization(u"Second"_s);
    const Id otherPerson = addPerson(u"Bo"_s, second);
    QVERIFY(second > first);
    QVERIFY(otherPerson > person);
    auto history = w().audit().entriesFor(u"organization"_s, second);
    VERIFY_OK(history);
    QCOMPARE(history->size(), 1);
}

void TestRepositories::listOrder()
{
    const Id cherry = addOrganization(u"cherry Ltd"_s);
    const Id apple = addOrganization(u"Apple Org"_s);
    const Id banana = addOrganization(u"banana co"_s);
    auto byName = w().organizations().list();
    VERIFY_OK(byName);
    QStringList names;
    for (const Organization &o : byName.value())
        names.append(o.name);
    QCOMPARE(names, (QStringList{u"Apple Org"_s, u"banana co"_s, u"cherry Ltd"_s}));

    auto byId = w().organizations().list({}, OrganizationRepository::Order::ById);
    VERIFY_OK(byId);
    QList<Id> ids;
    for (const Organization &o : byId.value())
        ids.append(o.id);
    QCOMPARE(ids, (QList<Id>{cherry, apple, banana}));
}

void TestRepositories::listFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("sector"); // -1: any
    QTest::addColumn<QStringList>("expected");

    const int any = -1;
    const QStringList all{u"City Housing Office"_s, u"Green Valley Trust"_s,
                          u"Riverside Faith Center"_s, u"Valley Clinic"_s, u"Écoles Unies"_s};
    QTest::newRow("no filter") << QString() << any << all;
    QTest::newRow("name") << u"valley"_s << any
                          << QStringList{u"Green Valley Trust"_s, u"Valley Clinic"_s};
    QTest::newRow("name, other case")
        << u"VALLEY"_s << any << QStringList{u"Green Valley Trust"_s, u"Valley Clinic"_s};
    QTest::newRow("padded text") << u"  clinic  "_s << any << QStringList{u"Valley Clinic"_s};
    QTest::newRow("sector label") << u"public agency"_s << any
                                  << QStringList{u"City Housing Office"_s};
    QTest::newRow("part of sector label")
        << u"Agency"_s << any << QStringList{u"City Housing Office"_s};
    QTest::newRow("sector key") << u"public-agency"_s << any
                                << QStringList{u"City Housing Office"_s};
    QTest::newRow("tag") << u"water"_s << any << QStringList{u"Green Valley Trust"_s};
    QTest::newRow("tag, other case") << u"RURAL"_s << any << QStringList{u"Valley Clinic"_s};
    QTest::newRow("unicode tag") << u"ÉDUCATION"_s << any << QStringList{u"Écoles Unies"_s};
    QTest::newRow("mission") << u"river banks"_s << any << QStringList{u"Green Valley Trust"_s};
    QTest::newRow("mission, other case") << u"LITERACY"_s << any << QStringList{u"Écoles Unies"_s};
    QTest::newRow("sector filter")
        << QString() << int(Sector::Health) << QStringList{u"Valley Clinic"_s};
    QTest::newRow("sector filter and text")
        << u"valley"_s << int(Sector::Nonprofit) << QStringList{u"Green Valley Trust"_s};
    QTest::newRow("sector filter excludes text match")
        << u"valley"_s << int(Sector::Faith) << QStringList();
    QTest::newRow("sector without members") << QString() << int(Sector::Funder) << QStringList();
    QTest::newRow("no match") << u"zzz"_s << any << QStringList();
}

void TestRepositories::listFilter()
{
    QFETCH(QString, text);
    QFETCH(int, sector);
    QFETCH(QStringList, expected);

    QVERIFY(addOrganization(u"Green Valley Trust"_s, Sector::Nonprofit,
                            u"Protect the river banks"_s, {u"environment"_s, u"water"_s}));
    QVERIFY(addOrganization(u"City Housing Office"_s, Sector::PublicAgency,
                            u"Affordable homes for all"_s, {u"housing"_s}));
    QVERIFY(addOrganization(u"Valley Clinic"_s, Sector::Health, u"Primary care"_s,
                            {u"health"_s, u"rural"_s}));
    QVERIFY(addOrganization(u"Riverside Faith Center"_s, Sector::Faith, u"Community meals"_s,
                            {u"food"_s}));
    QVERIFY(addOrganization(u"Écoles Unies"_s, Sector::Education, u"Literacy for adults"_s,
                            {u"éducation"_s}));

    const OrganizationMatcher matcher(
        text, sector < 0 ? std::nullopt : std::optional<Sector>(static_cast<Sector>(sector)));
    auto list = w().organizations().list(matcher);
    VERIFY_OK(list);
    QStringList names;
    for (const Organization &o : list.value()) {
        names.append(o.name);
        QVERIFY(matcher.matches(o));
        QVERIFY(!o.tags.isEmpty()); // tags are loaded before matching
    }
    names.sort();
    expected.sort();
    QCOMPARE(names, expected);
}

void TestRepositories::findByName_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected"); // empty: not found

    QTest::newRow("exact") << u"École des Arts"_s << u"École des Arts"_s;
    QTest::newRow("upper case, accented capital") << u"ÉCOLE DES ARTS"_s << u"École des Arts"_s;
    QTest::newRow("lower case") << u"école des arts"_s << u"École des Arts"_s;
    QTest::newRow("spaces") << u"  école   des\tarts "_s << u"École des Arts"_s;
    QTest::newRow("ascii name") << u"green VALLEY trust"_s << u"Green Valley Trust"_s;
    QTest::newRow("accent differs") << u"Ecole des Arts"_s << QString();
    QTest::newRow("prefix only") << u"Green Valley"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestRepositories::findByName()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    QVERIFY(addOrganization(u"École des Arts"_s, Sector::Education, {}, {u"arts"_s}));
    QVERIFY(addOrganization(u"Green Valley Trust"_s));

    auto found = w().organizations().findByName(query);
    VERIFY_OK(found);
    if (expected.isEmpty()) {
        QVERIFY(!found->has_value());
        return;
    }
    QVERIFY(found->has_value());
    QCOMPARE(found->value().name, expected);
    COMPARE_RECORD(found->value(), w().organizations().get(found->value().id).value());
}

void TestRepositories::removeOrganizationRefusedWhileMember()
{
    const Id organization = addOrganization(u"Harbour Tenants"_s);
    const Id first = addCoalition(u"Clean Air Now"_s);
    const Id second = addCoalition(u"Bus Riders United"_s);
    for (const Id coalition : {first, second}) {
        Membership m;
        m.coalitionId = coalition;
        m.organizationId = organization;
        VERIFY_OK(w().memberships().add(m));
    }
    auto coalitions = w().organizations().coalitionsOf(organization);
    VERIFY_OK(coalitions);
    QCOMPARE(coalitions.value(), (QStringList{u"Bus Riders United"_s, u"Clean Air Now"_s}));

    const Status refused = w().organizations().remove(organization);
    QVERIFY(!refused.ok());
    const QString message = refused.error().message;
    QVERIFY2(message.contains(u"Harbour Tenants"_s), qPrintable(message));
    QVERIFY2(message.contains(u"Clean Air Now"_s), qPrintable(message));
    QVERIFY2(message.contains(u"Bus Riders United"_s), qPrintable(message));
    VERIFY_OK(w().organizations().get(organization));
    QCOMPARE(w().memberships().listForOrganization(organization)->size(), 2);
    // Nothing was audited for a refused removal.
    QCOMPARE(w().audit().entriesFor(u"organization"_s, organization)->size(), 1);
}

void TestRepositories::removeOrganizationWithMemberships()
{
    const Id leaving = addOrganization(u"Harbour Tenants"_s);
    const Id staying = addOrganization(u"Green Valley Trust"_s);
    const Id coalition = addCoalition(u"Clean Air Now"_s);
    const Id person = addPerson(u"Ana Lima"_s, leaving);
    QList<Id> membershipIds;
    for (const Id organization : {leaving, staying}) {
        Membership m;
        m.coalitionId = coalition;
        m.organizationId = organization;
        m.interests = {{InterestKind::Shared, u"Air"_s}};
        m.barriers = {u"Time"_s};
        if (organization == leaving)
            m.representativeId = person;
        auto id = w().memberships().add(m);
        VERIFY_OK(id);
        membershipIds.append(id.value());
    }

    const Status removed = w().organizations().remove(
        leaving, OrganizationRepository::RemovePolicy::CascadeMemberships);
    VERIFY_OK(removed);
    QVERIFY(!w().organizations().get(leaving));
    QVERIFY(!w().memberships().get(membershipIds.at(0)));
    VERIFY_OK(w().memberships().get(membershipIds.at(1)));
    auto remaining = w().memberships().list();
    VERIFY_OK(remaining);
    QCOMPARE(remaining->size(), 1);
    QCOMPARE(remaining->first().organizationId, staying);
    // The person stays, without an organization.
    auto ana = w().people().get(person);
    VERIFY_OK(ana);
    QVERIFY(!ana->organizationId.has_value());
    // Child rows of the removed membership went with it.
    const QSqlDatabase db = w().database().connection();
    QSqlQuery orphans(db);
    QVERIFY(orphans.exec(u"SELECT (SELECT count(*) FROM membership_interest) + "
                         "(SELECT count(*) FROM membership_barrier) + "
                         "(SELECT count(*) FROM membership_status_change)"_s));
    QVERIFY(orphans.next());
    QCOMPARE(orphans.value(0).toInt(), 3); // the staying membership's three rows
    orphans.finish();

    // Both removals are in the audit log.
    auto membershipAudit = w().audit().entriesFor(u"membership"_s, membershipIds.at(0));
    VERIFY_OK(membershipAudit);
    QCOMPARE(membershipAudit->size(), 2);
    QVERIFY(!membershipAudit->last().newValue.has_value());
    QVERIFY(membershipAudit->last().oldValue.has_value());
    auto organizationAudit = w().audit().entriesFor(u"organization"_s, leaving);
    VERIFY_OK(organizationAudit);
    QCOMPARE(organizationAudit->size(), 2);
    QCOMPARE(parseObject(organizationAudit->last().oldValue).value(u"name"_s).toString(),
             u"Harbour Tenants"_s);

    auto problems = w().database().integrityProblems();
    VERIFY_OK(problems);
    QCOMPARE(problems.value(), QStringList());
}

void TestRepositories::removePersonClearsRoles()
{
    const Id organization = addOrganization(u"Harbour Tenants"_s);
    const Id coalition = addCoalition(u"Clean Air Now"_s);
    const Id chair = addPerson(u"Ana Lima"_s, organization);
    const Id deputy = addPerson(u"Bo Berg"_s, organization);
    Membership m;
    m.coalitionId = coalition;
    m.organizationId = organization;
    m.representativeId = chair;
    m.alternateId = deputy;
    auto id = w().memberships().add(m);
    VERIFY_OK(id);

    VERIFY_OK(w().people().remove(chair));
    QVERIFY(!w().people().get(chair));
    auto after = w().memberships().get(id.value());
    VERIFY_OK(after);
    QVERIFY(!after->representativeId.has_value());
    QCOMPARE(after->alternateId, std::optional<Id>(deputy));

    VERIFY_OK(w().people().remove(deputy));
    after = w().memberships().get(id.value());
    VERIFY_OK(after);
    QVERIFY(!after->alternateId.has_value());

    auto audit = w().audit().entriesFor(u"person"_s, chair);
    VERIFY_OK(audit);
    QCOMPARE(audit->size(), 2);
    QCOMPARE(parseObject(audit->last().oldValue).value(u"name"_s).toString(), u"Ana Lima"_s);
    QVERIFY(!audit->last().newValue.has_value());
}

void TestRepositories::personLeavingOrganizationLosesRoles()
{
    const Id organization = addOrganization(u"Harbour Tenants"_s);
    const Id other = addOrganization(u"Green Valley Trust"_s);
    const Id coalition = addCoalition(u"Clean Air Now"_s);
    const Id chair = addPerson(u"Ana Lima"_s, organization);
    Membership m;
    m.coalitionId = coalition;
    m.organizationId = organization;
    m.representativeId = chair;
    auto id = w().memberships().add(m);
    VERIFY_OK(id);

    Person ana = w().people().get(chair).value();
    ana.role = u"Chair"_s; // a change that keeps the organization keeps the role
    VERIFY_OK(w().people().update(ana));
    QCOMPARE(w().memberships().get(id.value())->representativeId, std::optional<Id>(chair));

    ana.organizationId = other;
    VERIFY_OK(w().people().update(ana));
    QVERIFY(!w().memberships().get(id.value())->representativeId.has_value());
}

void TestRepositories::setStatusAppendsHistory()
{
    const Id coalition = addCoalition(u"Clean Air Now"_s);
    const Id organization = addOrganization(u"Harbour Tenants"_s);
    Membership m;
    m.coalitionId = coalition;
    m.organizationId = organization;
    m.status = MembershipStatus::Invited;
    m.joinedOn = QDate(2024, 1, 10);
    auto id = w().memberships().add(m);
    VERIFY_OK(id);

    VERIFY_OK(w().memberships().setStatus(id.value(), MembershipStatus::Active, QDate(2024, 2, 1),
                                          u"accepted"_s));
    auto active = w().memberships().get(id.value());
    VERIFY_OK(active);
    QCOMPARE(active->status, MembershipStatus::Active);
    QCOMPARE(active->joinedOn, QDate(2024, 1, 10)); // an existing join date is kept
    QVERIFY(!active->leftOn.isValid());

    // Same day as the last change is allowed.
    VERIFY_OK(
        w().memberships().setStatus(id.value(), MembershipStatus::Inactive, QDate(2024, 2, 1)));
    VERIFY_OK(w().memberships().setStatus(id.value(), MembershipStatus::Withdrawn,
                                          QDate(2024, 6, 30), u"moved away"_s));
    auto withdrawn = w().memberships().get(id.value());
    VERIFY_OK(withdrawn);
    QCOMPARE(withdrawn->status, MembershipStatus::Withdrawn);
    QCOMPARE(withdrawn->leftOn, QDate(2024, 6, 30));
    const QList<StatusChange> expected{
        {MembershipStatus::Invited, QDate(2024, 1, 10), {}},
        {MembershipStatus::Active, QDate(2024, 2, 1), u"accepted"_s},
        {MembershipStatus::Inactive, QDate(2024, 2, 1), {}},
        {MembershipStatus::Withdrawn, QDate(2024, 6, 30), u"moved away"_s},
    };
    QCOMPARE(withdrawn->history, expected);
    QVERIFY(withdrawn->updatedAt >= active->updatedAt);

    auto audit = w().audit().entriesFor(u"membership"_s, id.value());
    VERIFY_OK(audit);
    QCOMPARE(audit->size(), 1 + 2 + 2 + 3);
    const QList<AuditEntry> last = audit->mid(5);
    QCOMPARE(fieldsOf(last), (QStringList{u"history"_s, u"left_on"_s, u"status"_s}));
    QCOMPARE(entryFor(last, u"status"_s).oldValue, std::optional<QString>(u"inactive"_s));
    QCOMPARE(entryFor(last, u"status"_s).newValue, std::optional<QString>(u"withdrawn"_s));
    QCOMPARE(entryFor(last, u"left_on"_s).oldValue, std::optional<QString>());
    QCOMPARE(entryFor(last, u"left_on"_s).newValue, std::optional<QString>(u"2024-06-30"_s));
}

void TestRepositories::setStatusRefusesEarlierDate()
{
    const Id coalition = addCoalition(u"Clean Air Now"_s);
    const Id organization = addOrganization(u"Harbour Tenants"_s);
    Membership m;
    m.coalitionId = coalition;
    m.organizationId = organization;
    m.status = MembershipStatus::Active;
    m.joinedOn = QDate(2024, 5, 1);
    auto id = w().memberships().add(m);
    VERIFY_OK(id);
    const Membership before = w().memberships().get(id.value()).value();

    const Status refused
        = w().memberships().setStatus(id.value(), MembershipStatus::Withdrawn, QDate(2024, 4, 30));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, u"date"_s);
    QVERIFY2(refused.error().message.contains(u"2024-04-30"_s)
                 && refused.error().message.contains(u"2024-05-01"_s),
             qPrintable(refused.error().message));
    const Status undated
        = w().memberships().setStatus(id.value(), MembershipStatus::Withdrawn, QDate());
    QVERIFY(!undated.ok());
    QCOMPARE(undated.error().field, u"date"_s);

    COMPARE_RECORD(w().memberships().get(id.value()).value(), before);
    QCOMPARE(w().audit().entriesFor(u"membership"_s, id.value())->size(), 1);
}

void TestRepositories::setStatusActiveSetsJoinedDate()
{
    const Id coalition = addCoalition(u"Clean Air Now"_s);
    const Id organization = addOrganization(u"Harbour Tenants"_s);
    Membership m;
    m.coalitionId = coalition;
    m.organizationId = organization;
    m.status = MembershipStatus::Prospective;
    auto id = w().memberships().add(m);
    VERIFY_OK(id);
    QVERIFY(!w().memberships().get(id.value())->joinedOn.isValid());
    const QDate today = QDate::currentDate();
    VERIFY_OK(w().memberships().setStatus(id.value(), MembershipStatus::Active, today));
    QCOMPARE(w().memberships().get(id.value())->joinedOn, today);
}

void TestRepositories::updateStatusAppendsHistory()
{
    const Id coalition = addCoalition(u"Clean Air Now"_s);
    const Id organization = addOrganization(u"Harbour Tenants"_s);
    Membership m;
    m.coalitionId = coalition;
    m.organizationId = organization;
    m.status = MembershipStatus::Invited;
    m.joinedOn = QDate(2024, 1, 10);
    auto id = w().memberships().add(m);
    VERIFY_OK(id);

    Membership changed = w().memberships().get(id.value()).value();
    changed.status = MembershipStatus::Active;
    changed.history.clear(); // the repository keeps the history, not the caller
    changed.notes = u"Signed the charter."_s;
    VERIFY_OK(w().memberships().update(changed));
    auto after = w().memberships().get(id.value());
    VERIFY_OK(after);
    QCOMPARE(after->status, MembershipStatus::Active);
    QCOMPARE(after->notes, u"Signed the charter."_s);
    const QList<StatusChange> expected{{MembershipStatus::Invited, QDate(2024, 1, 10), {}},
                                       {MembershipStatus::Active, QDate::currentDate(), {}}};
    QCOMPARE(after->history, expected);

    auto audit = w().audit().entriesFor(u"membership"_s, id.value());
    VERIFY_OK(audit);
    QCOMPARE(fieldsOf(audit->mid(1)), (QStringList{u"history"_s, u"notes"_s, u"status"_s}));
}

void TestRepositories::auditOrganization()
{
    const QString user = w().database().osUser();
    QVERIFY(!user.isEmpty());

    Organization o;
    o.name = u"Green Valley Trust"_s;
    o.sector = Sector::Nonprofit;
    o.mission = u"Protect the river"_s;
    o.tags = {u"water"_s, u"environment"_s};
    const QDateTime from = QDateTime::currentDateTimeUtc();
    auto id = w().organizations().add(o);
    const QDateTime to = QDateTime::currentDateTimeUtc();
    VERIFY_OK(id);
    const Id other = addOrganization(u"Unrelated"_s);

    auto created = w().audit().entriesFor(u"organization"_s, id.value());
    VERIFY_OK(created);
    QCOMPARE(created->size(), 1);
    const AuditEntry entry = created->first();
    QVERIFY(entry.id > 0);
    QCOMPARE(entry.entity, u"organization"_s);
    QCOMPARE(entry.entityId, id.value());
    QVERIFY(entry.field.isEmpty());
    QVERIFY(!entry.oldValue.has_value());
    QVERIFY(entry.newValue.has_value());
    QCOMPARE(parseObject(entry.newValue),
             JsonCodec::toJson(w().organizations().get(id.value()).value()));
    QCOMPARE(entry.osUser, user);
    QCOMPARE(entry.at.timeSpec(), Qt::UTC);
    QVERIFY2(entry.at >= from && entry.at <= to, qPrintable(entry.at.toString(Qt::ISODateWithMs)));

    // An update writes one entry per changed field, with old and new values.
    Organization changed = w().organizations().get(id.value()).value();
    changed.name = u"Green Valley Land Trust"_s;
    changed.sector = Sector::Funder;
    changed.tags = {u"water"_s};
    changed.email = u"info@gvt.example"_s;
    VERIFY_OK(w().organizations().update(changed));
    auto afterUpdate = w().audit().entriesFor(u"organization"_s, id.value());
    VERIFY_OK(afterUpdate);
    const QList<AuditEntry> changes = afterUpdate->mid(1);
    QCOMPARE(fieldsOf(changes), (QStringList{u"email"_s, u"name"_s, u"sector"_s, u"tags"_s}));
    const AuditEntry name = entryFor(changes, u"name"_s);
    QCOMPARE(name.oldValue, std::optional<QString>(u"Green Valley Trust"_s));
    QCOMPARE(name.newValue, std::optional<QString>(u"Green Valley Land Trust"_s));
    QCOMPARE(entryFor(changes, u"sector"_s).oldValue, std::optional<QString>(u"nonprofit"_s));
    QCOMPARE(entryFor(changes, u"sector"_s).newValue, std::optional<QString>(u"funder"_s));
    QCOMPARE(entryFor(changes, u"email"_s).oldValue, std::optional<QString>(QString()));
    QCOMPARE(entryFor(changes, u"email"_s).newValue, std::optional<QString>(u"info@gvt.example"_s));
    const AuditEntry tags = entryFor(changes, u"tags"_s);
    QCOMPARE(QJsonDocument::fromJson(tags.oldValue.value_or(QString()).toUtf8()).array(),
             (QJsonArray{u"water"_s, u"environment"_s}));
    QCOMPARE(QJsonDocument::fromJson(tags.newValue.value_or(QString()).toUtf8()).array(),
             (QJsonArray{u"water"_s}));
    for (const AuditEntry &change : changes) {
        QCOMPARE(change.osUser, user);
        QCOMPARE(change.at.timeSpec(), Qt::UTC);
        QVERIFY(change.at >= entry.at);
        QCOMPARE(change.entityId, id.value());
    }

    // Saving without a change writes nothing.
    VERIFY_OK(w().organizations().update(w().organizations().get(id.value()).value()));
    QCOMPARE(w().audit().entriesFor(u"organization"_s, id.value())->size(), 5);

    // Removal: one entry holding the record that went.
    const Organization last = w().organizations().get(id.value()).value();
    VERIFY_OK(w().organizations().remove(id.value()));
    auto afterRemove = w().audit().entriesFor(u"organization"_s, id.value());
    VERIFY_OK(afterRemove);
    QCOMPARE(afterRemove->size(), 6);
    const AuditEntry removed = afterRemove->last();
    QVERIFY(removed.field.isEmpty());
    QVERIFY(!removed.newValue.has_value());
    QCOMPARE(parseObject(removed.oldValue), JsonCodec::toJson(last));
    QCOMPARE(removed.osUser, user);

    // The other organization's history is its own.
    auto unrelated = w().audit().entriesFor(u"organization"_s, other);
    VERIFY_OK(unrelated);
    QCOMPARE(unrelated->size(), 1);
    QCOMPARE(unrelated->first().entityId, other);
    auto wrongEntity = w().audit().entriesFor(u"person"_s, id.value());
    VERIFY_OK(wrongEntity);
    QVERIFY(wrongEntity->isEmpty());
}

void TestRepositories::auditPersonCoalitionMembership()
{
    const Id organization = addOrganization(u"Harbour Tenants"_s);
    const Id person = addPerson(u"Ana Lima"_s, organization);
    const Id coalition = addCoalition(u"Clean Air Now"_s);
    Membership m;
    m.coalitionId = coalition;
    m.organizationId = organization;
    m.joinedOn = QDate(2024, 1, 1);
    auto membership = w().memberships().add(m);
    VERIFY_OK(membership);

    auto personAudit = w().audit().entriesFor(u"person"_s, person);
    VERIFY_OK(personAudit);
    QCOMPARE(personAudit->size(), 1);
    QCOMPARE(parseObject(personAudit->first().newValue),
             JsonCodec::toJson(w().people().get(person).value()));
    auto coalitionAudit = w().audit().entriesFor(u"coalition"_s, coalition);
    VERIFY_OK(coalitionAudit);
    QCOMPARE(coalitionAudit->size(), 1);
    QCOMPARE(parseObject(coalitionAudit->first().newValue),
             JsonCodec::toJson(w().coalitions().get(coalition).value()));
    auto membershipAudit = w().audit().entriesFor(u"membership"_s, membership.value());
    VERIFY_OK(membershipAudit);
    QCOMPARE(membershipAudit->size(), 1);
    QCOMPARE(parseObject(membershipAudit->first().newValue),
             JsonCodec::toJson(w().memberships().get(membership.value()).value()));

    Person ana = w().people().get(person).value();
    ana.role = u"Chair"_s;
    ana.organizationId.reset();
    VERIFY_OK(w().people().update(ana));
    personAudit = w().audit().entriesFor(u"person"_s, person);
    QCOMPARE(fieldsOf(personAudit->mid(1)), (QStringList{u"organization_id"_s, u"role"_s}));
    const AuditEntry left = entryFor(personAudit->mid(1), u"organization_id"_s);
    QCOMPARE(left.oldValue, std::optional<QString>(QString::number(organization)));
    QCOMPARE(left.newValue, std::optional<QString>());

    CoalitionInfo c = w().coalitions().get(coalition).value();
    c.meetings.usualLengthMinutes = 45;
    c.startDate = QDate(2024, 1, 1);
    VERIFY_OK(w().coalitions().update(c));
    coalitionAudit = w().audit().entriesFor(u"coalition"_s, coalition);
    QCOMPARE(fieldsOf(coalitionAudit->mid(1)), (QStringList{u"meetings"_s, u"start_date"_s}));
    QCOMPARE(entryFor(coalitionAudit->mid(1), u"start_date"_s).newValue,
             std::optional<QString>(u"2024-01-01"_s));

    Membership changed = w().memberships().get(membership.value()).value();
    changed.duesCents = 2500;
    changed.barriers = {u"Distance"_s};
    VERIFY_OK(w().memberships().update(changed));
    membershipAudit = w().audit().entriesFor(u"membership"_s, membership.value());
    QCOMPARE(fieldsOf(membershipAudit->mid(1)), (QStringList{u"barriers"_s, u"dues"_s}));
    QCOMPARE(entryFor(membershipAudit->mid(1), u"dues"_s).oldValue,
             std::optional<QString>(u"0.00"_s));
    QCOMPARE(entryFor(membershipAudit->mid(1), u"dues"_s).newValue,
             std::optional<QString>(u"25.00"_s));

    VERIFY_OK(w().memberships().remove(membership.value()));
    membershipAudit = w().audit().entriesFor(u"membership"_s, membership.value());
    QCOMPARE(membershipAudit->size(), 4);
    QVERIFY(membershipAudit->last().field.isEmpty());
    QCOMPARE(parseObject(membershipAudit->last().oldValue).value(u"dues"_s).toString(), u"25.00"_s);
    QVERIFY(!w().memberships().get(membership.value()));
}

void TestRepositories::auditRecent()
{
    const Id first = addOrganization(u"First"_s);
    const Id second = addOrganization(u"Second"_s);
    const Id person = addPerson(u"Ana"_s, first);
    VERIFY_OK(w().people().remove(person));

    auto all = w().audit().all();
    VERIFY_OK(all);
    QCOMPARE(all->size(), 4);
    for (qsizetype i = 1; i < all->size(); ++i)
        QVERIFY(all->at(i).id > all->at(i - 1).id);

    auto recent = w().audit().recent(2);
    VERIFY_OK(recent);
    QCOMPARE(recent->size(), 2);
    // Newest first.
    QCOMPARE(recent->at(0), all->at(3));
    QCOMPARE(recent->at(1), all->at(2));
    QCOMPARE(recent->at(0).entity, u"person"_s);
    QVERIFY(recent->at(0).oldValue.has_value());
    QCOMPARE(recent->at(1).entity, u"person"_s);
    QVERIFY(recent->at(1).newValue.has_value());
    QCOMPARE(all->at(1).entityId, second);

    auto more = w().audit().recent(100);
    VERIFY_OK(more);
    QCOMPARE(more->size(), 4);
    auto none = w().audit().recent(0);
    VERIFY_OK(none);
    QVERIFY(none->isEmpty());
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
