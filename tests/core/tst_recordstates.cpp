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

private:
    Workspace &w() { return *m_workspace; }
    RecordStateStore &store() { return m_workspace->states(); }
    bool buildFixture(Fixture &f);
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
}

void TestRecordStates::undoRedo()
{
    QFETCH(Edit, edit);
    QFETCH(QString, target);
    Fixture f;
    QVERIFY(buildFixture(f));
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

QTEST_GUILESS_MAIN(TestRecordStates)
#include "tst_recordstates.moc"
