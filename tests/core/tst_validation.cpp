// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/enums.h"
#include "domain/money.h"
#include "domain/validation.h"
#include "storage/workspace.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Coalition;

Q_DECLARE_METATYPE(Coalition::Organization)
Q_DECLARE_METATYPE(Coalition::Person)
Q_DECLARE_METATYPE(Coalition::CoalitionInfo)
Q_DECLARE_METATYPE(Coalition::Membership)

namespace {

// Empty when problems hold exactly one problem with that field and a message
// containing every fragment; otherwise what is wrong.
QString problemMismatch(const Problems &problems, const QString &field,
                        const QStringList &fragments)
{
    if (field.isEmpty()) {
        if (problems.isEmpty())
            return {};
        return u"expected no problem, got “%1” (%2)"_s.arg(problems.first().message,
                                                           problems.first().field);
    }
    if (problems.size() != 1)
        return u"expected one problem, got %1"_s.arg(problems.size());
    const FieldProblem &problem = problems.first();
    if (problem.field != field)
        return u"field “%1”, expected “%2” (%3)"_s.arg(problem.field, field, problem.message);
    if (problem.message.contains(u'\n'))
        return u"message spans lines: "_s + problem.message;
    for (const QString &fragment : fragments) {
        if (!problem.message.contains(fragment))
            return u"message “%1” lacks “%2”"_s.arg(problem.message, fragment);
    }
    return {};
}

// Same for an Error returned by a repository.
QString errorMismatch(const Error &error, const QString &field, const QStringList &fragments)
{
    if (error.message.isEmpty())
        return u"no error"_s;
    return problemMismatch({{error.field, error.message}}, field, fragments);
}

template<typename E>
int parsedValue(const QString &text)
{
    const std::optional<E> value = enumFromText<E>(text);
    return value ? static_cast<int>(*value) : -1;
}

// Checks one vocabulary's table against the enumeration's values 0..last.
template<typename E>
QString vocabularyProblem(E last)
{
    static const QRegularExpression keyPattern(u"^[a-z]+(-[a-z]+)*$"_s);
    const int count = static_cast<int>(last) + 1;
    const QString vocabulary = enumVocabularyName<E>();
    if (vocabulary.isEmpty())
        return u"no vocabulary name"_s;
    if (enumEntries<E>().size() != static_cast<std::size_t>(count))
        return vocabulary
            + u": table has %1 entries for %2 values"_s.arg(enumEntries<E>().size()).arg(count);
    if (enumKeys<E>().size() != count)
        return vocabulary + u": enumKeys() has the wrong size"_s;
    QSet<QString> keys;
    QSet<QString> spellings; // normalised keys and labels: must not collide across values
    for (int i = 0; i < count; ++i) {
        const auto value = static_cast<E>(i);
        const QString key = enumKey(value);
        const QString label = enumLabel(value);
        if (key.isEmpty() || label.isEmpty())
            return vocabulary + u": value %1 has no key or label"_s.arg(i);
        if (!keyPattern.match(key).hasMatch())
            return vocabulary + u": key “%1” is not lower-case and hyphenated"_s.arg(key);
        if (keys.contains(key))
            return vocabulary + u": key “%1” used twice"_s.arg(key);
        keys.insert(key);
        if (!enumKeys<E>().contains(key))
            return vocabulary + u": enumKeys() lacks “%1”"_s.arg(key);
        for (const QString &spelling : {key, label}) {
            const QString normalised = normaliseEnumText(spelling);
            if (spellings.contains(normalised) && normalised != normaliseEnumText(key))
                return vocabulary + u": “%1” names two values"_s.arg(spelling);
            spellings.insert(normalised);
            const QString padded = u"  "_s + spelling + u' ';
            for (const QString &variant :
                 {spelling, spelling.toUpper(), spelling.toLower(), padded}) {
                if (enumFromText<E>(variant) != value)
                    return vocabulary
                        + u": “%1” does not read back as value %2"_s.arg(variant).arg(i);
            }
        }
    }
    return {};
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void organizationRules_data();
    void organizationRules();
    void personRules_data();
    void personRules();
    void coalitionRules_data();
    void coalitionRules();
    void membershipRules_data();
    void membershipRules();

    void duplicateOrganizationName_data();
    void duplicateOrganizationName();
    void duplicateNameOnUpdate();
    void secondMembership();
    void representativeMustBelong_data();
    void representativeMustBelong();

    void nameKey_data();
    void nameKey();
    void toError();

    void parseMoney_data();
    void parseMoney();
    void formatMoney_data();
    void formatMoney();
    void moneyRoundTrip_data();
    void moneyRoundTrip();

    void enumFromText_data();
    void enumFromText();
    void enumTables();

private:
    Workspace &w() { return *m_workspace; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    Id m_harbour = 0; // organization with two people
    Id m_valley = 0; // another organization with one person
    Id m_coalition = 0; // Harbour Tenants is a member of it
    Id m_ana = 0; // of Harbour Tenants
    Id m_bo = 0; // of Harbour Tenants
    Id m_carla = 0; // of Green Valley Trust
    Id m_loner = 0; // of no organization
    Id m_otherCoalition = 0;
};

void TestValidation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto workspace
        = Workspace::open(m_dir->filePath(u"rules.coalition"_s), Database::OpenMode::CreateNew);
    QVERIFY2(workspace, qPrintable(workspace.error().toString()));
    m_workspace = std::move(workspace).value();

    // An id, or 0 (checked below) with the reason in the log.
    const auto idOf = [](const Result<Id> &result) {
        if (!result)
            qWarning("%s", qPrintable(result.error().toString()));
        return result ? result.value() : Id(0);
    };
    const auto organization = [&](const QString &name) {
        Organization o;
        o.name = name;
        return idOf(w().organizations().add(o));
    };
    const auto person = [&](const QString &name, std::optional<Id> organizationId) {
        Person p;
        p.name = name;
        p.organizationId = organizationId;
        return idOf(w().people().add(p));
    };
    const auto coalition = [&](const QString &name) {
        CoalitionInfo c;
        c.name = name;
        return idOf(w().coalitions().add(c));
    };
    m_harbour = organization(u"Harbour Tenants"_s);
    m_valley = organization(u"Green Valley Trust"_s);
    QVERIFY(organization(u"École des Arts"_s) > 0);
    m_ana = person(u"Ana Lima"_s, m_harbour);
    m_bo = person(u"Bo Berg"_s, m_harbour);
    m_carla = person(u"Carla Diaz"_s, m_valley);
    m_loner = person(u"Lone Walker"_s, std::nullopt);
    m_coalition = coalition(u"Clean Air Now"_s);
    m_otherCoalition = coalition(u"Bus Riders United"_s);
    for (const Id id :
         {m_harbour, m_valley, m_ana, m_bo, m_carla, m_loner, m_coalition, m_otherCoalition})
        QVERIFY(id > 0);

    Membership membership;
    membership.coalitionId = m_coalition;
    membership.organizationId = m_harbour;
    QVERIFY(w().memberships().add(membership));
}

void TestValidation::cleanupTestCase()
{
    m_workspace.reset();
    m_dir.reset();
}

void TestValidation::organizationRules_data()
{
    QTest::addColumn<Organization>("organization");
    QTest::addColumn<QString>("field"); // empty: valid
    QTest::addColumn<QStringList>("fragments");

    const auto named = [](const QString &name) {
        Organization o;
        o.name = name;
        return o;
    };
    const auto withEmail = [&](const QString &email) {
        Organization o = named(u"Mail Test %1"_s.arg(email));
        o.email = email;
        return o;
    };

    QTest::newRow("valid") << named(u"Harbour Tenants Two"_s) << QString() << QStringList();
    QTest::newRow("empty name") << named(QString()) << u"name"_s << QStringList{u"needs a name"_s};
    QTest::newRow("whitespace-only name")
        << named(u" \t\n "_s) << u"name"_s << QStringList{u"needs a name"_s};
    QTest::newRow("name at the limit")
        << named(QString(Validation::MaxNameLength, u'n')) << QString() << QStringList();
    QTest::newRow("name too long")
        << named(QString(Validation::MaxNameLength + 1, u'n')) << u"name"_s
        << QStringList{u"too long"_s, QString::number(Validation::MaxNameLength)};
    QTest::newRow("good e-mail") << withEmail(u"ana.lima+coalition@harbour.example.org"_s)
                                 << QString() << QStringList();
    QTest::newRow("e-mail without @") << withEmail(u"ana.harbour.example"_s) << u"email"_s
                                      << QStringList{u"ana.harbour.example"_s, u"e-mail"_s};
    QTest::newRow("e-mail without domain")
        << withEmail(u"ana@"_s) << u"email"_s << QStringList{u"“ana@”"_s};
    QTest::newRow("e-mail without dot")
        << withEmail(u"ana@localhost"_s) << u"email"_s << QStringList{u"ana@localhost"_s};
    QTest::newRow("e-mail with space") << withEmail(u"ana lima@example.org"_s) << u"email"_s
                                       << QStringList{u"ana lima@example.org"_s};
    QTest::newRow("e-mail with two @")
        << withEmail(u"a@b@example.org"_s) << u"email"_s << QStringList{u"a@b@example.org"_s};
    Organization badTag = named(u"Tagged"_s);
    badTag.tags = {u"fine"_s, u"  "_s};
    QTest::newRow("empty tag") << badTag << u"tags"_s << QStringList{u"tag"_s};
    Organization longMission = named(u"Wordy"_s);
    longMission.mission = QString(Validation::MaxTextLength + 1, u'm');
    QTest::newRow("mission too long") << longMission << u"mission"_s << QStringList{u"too long"_s};
}

void TestValidation::organizationRules()
{
    QFETCH(Organization, organization);
    QFETCH(QString, field);
    QFETCH(QStringList, fragments);

    const Problems problems = Validation::check(organization);
    const QString mismatch = problemMismatch(problems, field, fragments);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    if (field.isEmpty())
        return;
    // The repository refuses the record with the same first problem, and stores nothing.
    auto count = w().organizations().count();
    auto added = w().organizations().add(organization);
    QVERIFY(!added);
    QCOMPARE(added.error().message, problems.first().message);
    QCOMPARE(added.error().field, field);
    QCOMPARE(w().organizations().count().value(), count.value());
}

void TestValidation::personRules_data()
{
    QTest::addColumn<Person>("person");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("fragments");

    Person valid;
    valid.name = u"Ana"_s;
    valid.email = u"ana@example.org"_s;
    QTest::newRow("valid") << valid << QString() << QStringList();
    Person unnamed;
    unnamed.name = u"   "_s;
    QTest::newRow("no name") << unnamed << u"name"_s << QStringList{u"needs a name"_s};
    Person badMail = valid;
    badMail.email = u"ana(at)example.org"_s;
    QTest::newRow("bad e-mail") << badMail << u"email"_s << QStringList{u"ana(at)example.org"_s};
}

void TestValidation::personRules()
{
    QFETCH(Person, person);
    QFETCH(QString, field);
    QFETCH(QStringList, fragments);
    const QString mismatch = problemMismatch(Validation::check(person), field, fragments);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    if (!field.isEmpty()) {
        auto added = w().people().add(person);
        QVERIFY(!added);
        QCOMPARE(added.error().field, field);
    }
}

void TestValidation::coalitionRules_data()
{
    QTest::addColumn<CoalitionInfo>("coalition");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("fragments");

    const auto make = [](CoalitionType type, QDate start, QDate end) {
        CoalitionInfo c;
        c.name = u"Coalition %1 %2 %3"_s.arg(enumKey(type), start.toString(Qt::ISODate),
                                             end.toString(Qt::ISODate));
        c.type = type;
        c.startDate = start;
        c.endDate = end;
        return c;
    };
    const QDate march(2024, 3, 1);
    const QDate may(2024, 5, 1);

    QTest::newRow("campaign with end")
        << make(CoalitionType::Campaign, march, may) << QString() << QStringList();
    QTest::newRow("campaign without end") << make(CoalitionType::Campaign, march, QDate())
                                          << u"end"_s << QStringList{u"campaign"_s, u"end"_s};
    QTest::newRow("campaign without any date") << make(CoalitionType::Campaign, QDate(), QDate())
                                               << u"end"_s << QStringList{u"campaign"_s};
    QTest::newRow("ongoing without end")
        << make(CoalitionType::OngoingCoalition, march, QDate()) << QString() << QStringList();
    QTest::newRow("end before start") << make(CoalitionType::Association, may, march) << u"end"_s
                                      << QStringList{u"2024-03-01"_s, u"2024-05-01"_s, u"before"_s};
    QTest::newRow("end on start day")
        << make(CoalitionType::Campaign, march, march) << QString() << QStringList();
    CoalitionInfo negativeMeeting = make(CoalitionType::Association, march, QDate());
    negativeMeeting.meetings.usualLengthMinutes = -30;
    QTest::newRow("negative meeting length")
        << negativeMeeting << u"meeting-length"_s << QStringList{u"negative"_s};
    CoalitionInfo unnamed;
    QTest::newRow("no name") << unnamed << u"name"_s << QStringList{u"needs a name"_s};
}

void TestValidation::coalitionRules()
{
    QFETCH(CoalitionInfo, coalition);
    QFETCH(QString, field);
    QFETCH(QStringList, fragments);
    const Problems problems = Validation::check(coalition);
    const QString mismatch = problemMismatch(problems, field, fragments);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    if (!field.isEmpty()) {
        auto added = w().coalitions().add(coalition);
        QVERIFY(!added);
        QCOMPARE(added.error().message, problems.first().message);
        QCOMPARE(added.error().field, field);
    }
}

void TestValidation::membershipRules_data()
{
    QTest::addColumn<Membership>("membership");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("fragments");

    // Ids are set in membershipRules(): the rows only say what differs.
    Membership valid;
    valid.representativeId = 1;
    valid.alternateId = 2;
    valid.duesCents = 0;
    valid.contributions = {{ContributionKind::Money, u"Gift"_s, 0, ContributionPeriod::OneOff}};
    QTest::newRow("valid") << valid << QString() << QStringList();

    Membership same = valid;
    same.alternateId = same.representativeId;
    QTest::newRow("alternate is representative")
        << same << u"alternate"_s << QStringList{u"alternate"_s, u"representative"_s};

    Membership negativeContribution = valid;
    negativeContribution.contributions.append(
        {ContributionKind::InKind, u"Printing leaflets"_s, -100, ContributionPeriod::Yearly});
    QTest::newRow("negative contribution") << negativeContribution << u"contributions"_s
                                           << QStringList{u"negative"_s, u"Printing leaflets"_s};

    Membership unnamedContribution = valid;
    unnamedContribution.contributions
        = {{ContributionKind::Money, QString(), -1, ContributionPeriod::OneOff}};
    QTest::newRow("negative contribution without description")
        << unnamedContribution << u"contributions"_s
        << QStringList{u"negative"_s, enumLabel(ContributionKind::Money)};

    Membership negativeDues = valid;
    negativeDues.duesCents = -1;
    QTest::newRow("negative dues")
        << negativeDues << u"dues"_s << QStringList{u"Dues"_s, u"negative"_s};

    Membership leftBeforeJoining = valid;
    leftBeforeJoining.joinedOn = QDate(2024, 5, 1);
    leftBeforeJoining.leftOn = QDate(2024, 4, 1);
    QTest::newRow("left before joining")
        << leftBeforeJoining << u"left"_s << QStringList{u"2024-04-01"_s, u"2024-05-01"_s};
}

void TestValidation::membershipRules()
{
    QFETCH(Membership, membership);
    QFETCH(QString, field);
    QFETCH(QStringList, fragments);

    // Harbour Tenants joining the second coalition, with its own people.
    membership.coalitionId = m_otherCoalition;
    membership.organizationId = m_harbour;
    membership.representativeId = membership.representativeId == 1 ? m_ana : m_bo;
    membership.alternateId = membership.alternateId == 1 ? m_ana : m_bo;

    const Problems problems = Validation::check(membership);
    const QString mismatch = problemMismatch(problems, field, fragments);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    if (field.isEmpty())
        return; // not stored: the other rows need the coalition free of Harbour Tenants
    auto added = w().memberships().add(membership);
    QVERIFY(!added);
    QCOMPARE(added.error().message, problems.first().message);
    QCOMPARE(added.error().field, field);
    auto existing = w().memberships().find(m_otherCoalition, m_harbour);
    QVERIFY(existing);
    QVERIFY(!existing->has_value());
}

void TestValidation::duplicateOrganizationName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("existing"); // empty: the name is free

    QTest::newRow("same") << u"Green Valley Trust"_s << u"Green Valley Trust"_s;
    QTest::newRow("lower case") << u"green valley trust"_s << u"Green Valley Trust"_s;
    QTest::newRow("upper case") << u"GREEN VALLEY TRUST"_s << u"Green Valley Trust"_s;
    QTest::newRow("extra spaces") << u"  Green   Valley\tTrust "_s << u"Green Valley Trust"_s;
    QTest::newRow("accented capitals") << u"ÉCOLE DES ARTS"_s << u"École des Arts"_s;
    QTest::newRow("accent dropped is another name") << u"Ecole des Arts"_s << QString();
    QTest::newRow("longer name is another name") << u"Green Valley Trusts"_s << QString();
}

void TestValidation::duplicateOrganizationName()
{
    QFETCH(QString, name);
    QFETCH(QString, existing);

    Organization o;
    o.name = name;
    auto added = w().organizations().add(o);
    if (existing.isEmpty()) {
        QVERIFY2(added, qPrintable(added.error().toString()));
        QVERIFY(w().organizations().remove(added.value()).ok()); // leave the fixture as it was
        return;
    }
    QVERIFY(!added);
    const QString mismatch = errorMismatch(added.error(), u"name"_s, {u"“"_s + existing + u"”"_s});
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestValidation::duplicateNameOnUpdate()
{
    Organization harbour = w().organizations().get(m_harbour).value();
    harbour.name = u"green valley TRUST"_s;
    const Status refused = w().organizations().update(harbour);
    QVERIFY(!refused.ok());
    const QString mismatch = errorMismatch(refused.error(), u"name"_s, {u"“Green Valley Trust”"_s});
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(w().organizations().get(m_harbour)->name, u"Harbour Tenants"_s);

    // Renaming to a different case of its own name is allowed.
    harbour.name = u"HARBOUR TENANTS"_s;
    QVERIFY(w().organizations().update(harbour).ok());
    harbour.name = u"Harbour Tenants"_s;
    QVERIFY(w().organizations().update(harbour).ok());
}

void TestValidation::secondMembership()
{
    Membership again;
    again.coalitionId = m_coalition;
    again.organizationId = m_harbour;
    again.kind = MembershipKind::Observer;
    auto added = w().memberships().add(again);
    QVERIFY(!added);
    const QString mismatch = errorMismatch(added.error(), u"organization"_s,
                                           {u"Harbour Tenants"_s, u"Clean Air Now"_s});
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(w().memberships().listForCoalition(m_coalition)->size(), 1);

    // Moving another membership onto the same pair is refused too.
    Membership valley;
    valley.coalitionId = m_coalition;
    valley.organizationId = m_valley;
    auto valleyId = w().memberships().add(valley);
    QVERIFY2(valleyId, qPrintable(valleyId.error().toString()));
    Membership moved = w().memberships().get(valleyId.value()).value();
    moved.organizationId = m_harbour;
    const Status refused = w().memberships().update(moved);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, u"organization"_s);
    QVERIFY(w().memberships().remove(valleyId.value()).ok());
}

void TestValidation::representativeMustBelong_data()
{
    QTest::addColumn<QString>("role"); // "representative" or "alternate"
    QTest::addColumn<QString>("person");
    QTest::addColumn<QString>("field"); // empty: accepted
    QTest::addColumn<QStringList>("fragments");

    QTest::newRow("own person") << u"representative"_s << u"ana"_s << QString() << QStringList();
    QTest::newRow("person of another organization")
        << u"representative"_s << u"carla"_s << u"representative"_s
        << QStringList{u"Carla Diaz"_s, u"Harbour Tenants"_s};
    QTest::newRow("person of no organization")
        << u"representative"_s << u"loner"_s << u"representative"_s
        << QStringList{u"Lone Walker"_s, u"Harbour Tenants"_s};
    QTest::newRow("alternate of another organization")
        << u"alternate"_s << u"carla"_s << u"alternate"_s
        << QStringList{u"Carla Diaz"_s, u"Harbour Tenants"_s};
    QTest::newRow("missing person")
        << u"representative"_s << u"missing"_s << u"representative"_s << QStringList{u"9999"_s};
}

void TestValidation::representativeMustBelong()
{
    QFETCH(QString, role);
    QFETCH(QString, person);
    QFETCH(QString, field);
    QFETCH(QStringList, fragments);

    const QHash<QString, Id> people{
        {u"ana"_s, m_ana}, {u"carla"_s, m_carla}, {u"loner"_s, m_loner}, {u"missing"_s, 9999}};
    Membership m;
    m.coalitionId = m_otherCoalition;
    m.organizationId = m_harbour;
    (role == u"representative"_s ? m.representativeId : m.alternateId) = people.value(person);

    auto added = w().memberships().add(m);
    if (field.isEmpty()) {
        QVERIFY2(added, qPrintable(added.error().toString()));
        QVERIFY(w().memberships().remove(added.value()).ok());
        return;
    }
    QVERIFY(!added);
    const QString mismatch = errorMismatch(added.error(), field, fragments);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));

    // The same rule holds when an existing membership is edited.
    Membership existing = w().memberships().find(m_coalition, m_harbour)->value();
    (role == u"representative"_s ? existing.representativeId : existing.alternateId)
        = people.value(person);
    const Status refused = w().memberships().update(existing);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, field);
}

void TestValidation::nameKey_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");

    QTest::newRow("plain") << u"Green Valley"_s << u"green valley"_s;
    QTest::newRow("outer spaces") << u"  Green Valley  "_s << u"green valley"_s;
    QTest::newRow("inner runs") << u"Green    Valley"_s << u"green valley"_s;
    QTest::newRow("tabs and newlines") << u"GREEN\tVALLEY\n"_s << u"green valley"_s;
    QTest::newRow("accented capital") << u"ÉCOLE"_s << u"école"_s;
    QTest::newRow("accented lower") << u"école"_s << u"école"_s;
    QTest::newRow("greek") << u"ΣΧΟΛΕΙΟ"_s << u"σχολειο"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << u"   "_s << QString();
}

void TestValidation::nameKey()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    QCOMPARE(Validation::nameKey(name), key);
}

void TestValidation::toError()
{
    QVERIFY(Validation::toError({}).message.isEmpty());
    const Error error
        = Validation::toError({{u"email"_s, u"First problem"_s}, {u"name"_s, u"Second problem"_s}});
    QCOMPARE(error.message, u"First problem"_s);
    QCOMPARE(error.field, u"email"_s);
    QVERIFY(error.detail.isEmpty());
}

void TestValidation::parseMoney_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("cents");

    QTest::newRow("whole") << u"12"_s << true << qint64(1200);
    QTest::newRow("one decimal") << u"12.5"_s << true << qint64(1250);
    QTest::newRow("two decimals") << u"12.50"_s << true << qint64(1250);
    QTest::newRow("negative") << u"-3.25"_s << true << qint64(-325);
    QTest::newRow("negative below one") << u"-0.5"_s << true << qint64(-50);
    QTest::newRow("plus sign") << u"+4"_s << true << qint64(400);
    QTest::newRow("zero") << u"0"_s << true << qint64(0);
    QTest::newRow("one cent") << u"0.01"_s << true << qint64(1);
    QTest::newRow("surrounding spaces") << u" 7 "_s << true << qint64(700);
    QTest::newRow("leading zeros") << u"007.10"_s << true << qint64(710);
    QTest::newRow("large") << u"1000000000.99"_s << true << qint64(100000000099);
    QTest::newRow("three decimals") << u"1.234"_s << false << qint64(0);
    QTest::newRow("arabic-indic digits") << u"\u0661\u0662"_s << false << qint64(0);
    QTest::newRow("fullwidth digits") << u"\uFF11\uFF12"_s << false << qint64(0);
    QTest::newRow("letters") << u"abc"_s << false << qint64(0);
    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("blank") << u"   "_s << false << qint64(0);
    QTest::newRow("trailing dot") << u"12."_s << false << qint64(0);
    QTest::newRow("leading dot") << u".5"_s << false << qint64(0);
    QTest::newRow("sign only") << u"-"_s << false << qint64(0);
    QTest::newRow("double sign") << u"--1"_s << false << qint64(0);
    QTest::newRow("comma decimal") << u"1,50"_s << false << qint64(0);
    QTest::newRow("grouping") << u"1 000"_s << false << qint64(0);
    QTest::newRow("two dots") << u"1.2.3"_s << false << qint64(0);
    QTest::newRow("trailing letter") << u"12a"_s << false << qint64(0);
    QTest::newRow("exponent") << u"1e3"_s << false << qint64(0);
    QTest::newRow("currency sign") << u"€12"_s << false << qint64(0);
    QTest::newRow("huge") << u"10000000000000"_s << false << qint64(0);
    QTest::newRow("beyond qint64") << u"9223372036854775808"_s << false << qint64(0);
    QTest::newRow("twenty digits") << u"99999999999999999999.99"_s << false << qint64(0);
    QTest::newRow("huge negative") << u"-99999999999999999999"_s << false << qint64(0);
}

void TestValidation::parseMoney()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, cents);
    const std::optional<qint64> parsed = Coalition::parseMoney(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, cents);
}

void TestValidation::formatMoney_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");

    QTest::newRow("zero") << qint64(0) << u"0.00"_s;
    QTest::newRow("cents only") << qint64(5) << u"0.05"_s;
    QTest::newRow("negative cents") << qint64(-5) << u"-0.05"_s;
    QTest::newRow("ten cents") << qint64(10) << u"0.10"_s;
    QTest::newRow("whole") << qint64(1200) << u"12.00"_s;
    QTest::newRow("mixed") << qint64(1250) << u"12.50"_s;
    QTest::newRow("negative") << qint64(-325) << u"-3.25"_s;
    QTest::newRow("large") << qint64(100000000099) << u"1000000000.99"_s;
}

void TestValidation::formatMoney()
{
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    QCOMPARE(Coalition::formatMoney(cents), text);
}

void TestValidation::moneyRoundTrip_data()
{
    QTest::addColumn<qint64>("cents");
    for (const qint64 cents :
         {qint64(0), qint64(1), qint64(-1), qint64(99), qint64(100), qint64(-100), qint64(12345),
          qint64(-98765), qint64(100000000000), qint64(900000000000099)})
        QTest::addRow("%lld", static_cast<long long>(cents)) << cents;
}

void TestValidation::moneyRoundTrip()
{
    QFETCH(qint64, cents);
    const QString text = Coalition::formatMoney(cents);
    const std::optional<qint64> parsed = Coalition::parseMoney(text);
    QVERIFY2(parsed.has_value(), qPrintable(text));
    QCOMPARE(*parsed, cents);
    QCOMPARE(Coalition::formatMoney(*parsed), text);
}

void TestValidation::enumFromText_data()
{
    QTest::addColumn<QString>("vocabulary");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // -1: rejected

    const auto sector = [](Sector s) {
        return static_cast<int>(s);
    };
    QTest::newRow("label") << u"sector"_s << u"Public agency"_s << sector(Sector::PublicAgency);
    QTest::newRow("upper key, underscore")
        << u"sector"_s << u"PUBLIC_AGENCY"_s << sector(Sector::PublicAgency);
    QTest::newRow("key") << u"sector"_s << u"public-agency"_s << sector(Sector::PublicAgency);
    QTest::newRow("lower label") << u"sector"_s << u"public agency"_s
                                 << sector(Sector::PublicAgency);
    QTest::newRow("mixed separators")
        << u"sector"_s << u"Public_Agency"_s << sector(Sector::PublicAgency);
    QTest::newRow("padded") << u"sector"_s << u"  public-AGENCY  "_s
                            << sector(Sector::PublicAgency);
    QTest::newRow("label unlike key")
        << u"sector"_s << u"Individual or citizen"_s << sector(Sector::Individual);
    QTest::newRow("label unlike key, hyphens")
        << u"sector"_s << u"INDIVIDUAL-OR-CITIZEN"_s << sector(Sector::Individual);
    QTest::newRow("short key") << u"sector"_s << u"individual"_s << sector(Sector::Individual);
    QTest::newRow("voting label") << u"kind"_s << u"Voting member"_s
                                  << static_cast<int>(MembershipKind::VotingMember);
    QTest::newRow("ally key") << u"kind"_s << u"ALLY"_s
                              << static_cast<int>(MembershipKind::NonVotingAlly);
    QTest::newRow("ally label, spaces")
        << u"kind"_s << u"non voting ally"_s << static_cast<int>(MembershipKind::NonVotingAlly);
    QTest::newRow("in-kind key spaced")
        << u"contribution"_s << u"in kind"_s << static_cast<int>(ContributionKind::InKind);
    QTest::newRow("staff time underscored")
        << u"contribution"_s << u"staff_time"_s << static_cast<int>(ContributionKind::StaffTime);
    QTest::newRow("period label") << u"period"_s << u"Per month"_s
                                  << static_cast<int>(ContributionPeriod::Monthly);
    QTest::newRow("one off") << u"period"_s << u"one off"_s
                             << static_cast<int>(ContributionPeriod::OneOff);
    QTest::newRow("coalition type") << u"type"_s << u"Coordinating Council"_s
                                    << static_cast<int>(CoalitionType::CoordinatingCouncil);
    QTest::newRow("status") << u"status"_s << u"WITHDRAWN"_s
                            << static_cast<int>(MembershipStatus::Withdrawn);
    QTest::newRow("interest label") << u"interest"_s << u"In conflict with the coalition"_s
                                    << static_cast<int>(InterestKind::Conflicting);

    QTest::newRow("empty") << u"sector"_s << QString() << -1;
    QTest::newRow("blank") << u"sector"_s << u"  "_s << -1;
    QTest::newRow("separators only") << u"sector"_s << u"-_-"_s << -1;
    QTest::newRow("words run together") << u"sector"_s << u"publicagency"_s << -1;
    QTest::newRow("plural") << u"sector"_s << u"public agencies"_s << -1;
    QTest::newRow("part of a label") << u"sector"_s << u"agency"_s << -1;
    QTest::newRow("another vocabulary's key") << u"sector"_s << u"voting"_s << -1;
    QTest::newRow("unknown status") << u"status"_s << u"actif"_s << -1;
    QTest::newRow("punctuation") << u"status"_s << u"active!"_s << -1;
}

void TestValidation::enumFromText()
{
    QFETCH(QString, vocabulary);
    QFETCH(QString, text);
    QFETCH(int, expected);

    int parsed = -2;
    if (vocabulary == u"sector"_s)
        parsed = parsedValue<Sector>(text);
    else if (vocabulary == u"kind"_s)
        parsed = parsedValue<MembershipKind>(text);
    else if (vocabulary == u"contribution"_s)
        parsed = parsedValue<ContributionKind>(text);
    else if (vocabulary == u"period"_s)
        parsed = parsedValue<ContributionPeriod>(text);
    else if (vocabulary == u"type"_s)
        parsed = parsedValue<CoalitionType>(text);
    else if (vocabulary == u"status"_s)
        parsed = parsedValue<MembershipStatus>(text);
    else if (vocabulary == u"interest"_s)
        parsed = parsedValue<InterestKind>(text);
    QCOMPARE(parsed, expected);
}

void TestValidation::enumTables()
{
    for (const QString &problem :
         {vocabularyProblem(Sector::Other), vocabularyProblem(CoalitionType::OngoingCoalition),
          vocabularyProblem(MembershipStatus::Withdrawn),
          vocabularyProblem(MembershipKind::Observer), vocabularyProblem(ContributionKind::InKind),
          vocabularyProblem(ContributionPeriod::Yearly),
          vocabularyProblem(InterestKind::Conflicting)})
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // Past the last value there is no key or label.
    QVERIFY(enumKey(static_cast<Sector>(99)).isEmpty());
    QVERIFY(enumLabel(static_cast<Sector>(99)).isEmpty());
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
