// SPDX-License-Identifier: GPL-3.0-or-later
// OrganizationRepository::names(): the light read behind the desktop's
// organization choice lists agrees with list(ByName) in order and content.
#include "domain/validation.h"
#include "storage/transaction.h"
#include "storage/workspace.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Coalition;

#define VERIFY_OK(expression)                                                                      \
    do {                                                                                           \
        const auto &verifiedResult = (expression);                                                 \
        QVERIFY2(verifiedResult.ok(), qPrintable(verifiedResult.error().toString()));              \
    } while (false)

class TestOrganizationNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void emptyWorkspaceHasNoNames();
    void namesFollowListOrder();
    void namesFollowRenamesAndRemovals();

private:
    Workspace &w() { return *m_workspace; }
    void compareWithList();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestOrganizationNames::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto workspace
        = Workspace::open(m_dir->filePath(u"names.coalition"_s), Database::OpenMode::CreateNew);
    QVERIFY2(workspace, qPrintable(workspace.error().toString()));
    m_workspace = std::move(workspace).value();
}

void TestOrganizationNames::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

void TestOrganizationNames::compareWithList()
{
    auto listed = w().organizations().list({}, OrganizationRepository::Order::ByName);
    VERIFY_OK(listed);
    auto names = w().organizations().names();
    VERIFY_OK(names);
    QCOMPARE(names->size(), listed->size());
    for (qsizetype i = 0; i < names->size(); ++i) {
        const OrganizationName &name = names->at(i);
        const Organization &organization = listed->at(i);
        QCOMPARE(name.id, organization.id);
        QCOMPARE(name.name, organization.name);
        QCOMPARE(name.nameKey, Validation::nameKey(organization.name));
    }
}

void TestOrganizationNames::emptyWorkspaceHasNoNames()
{
    auto names = w().organizations().names();
    VERIFY_OK(names);
    QVERIFY(names->isEmpty());
}

void TestOrganizationNames::namesFollowListOrder()
{
    // Accents, letter case, padding, scripts, emoji and a fullwidth letter
    // (whose UTF-16 order differs from its code point order against emoji).
    const QStringList names{u"Cafe"_s,     u"Café"_s,     u"CAFE SOCIETY"_s, u"café society"_s,
                            u"Éclair"_s,   u"eclair"_s,   u"Zebra"_s,        u"zebra crossing"_s,
                            u"Ångström"_s, u"apple"_s,    u"Äpple"_s,        u"  Padded  Name "_s,
                            u"日本の会"_s, u"🌱 Green"_s,  u"Ａ Fullwidth"_s, u"Straße"_s,
                            u"Ωmega"_s,    u"ωmega two"_s};
    Transaction transaction(w().database());
    for (int i = 0; i < names.size(); ++i) {
        Organization o;
        o.name = names.at(i);
        if (i % 2 == 0)
            o.tags = {u"tag %1"_s.arg(i)};
        VERIFY_OK(w().organizations().add(o));
    }
    for (int i = 0; i < 60; ++i) {
        Organization o;
        o.name = (i % 3 == 0 ? u"ORG "_s : i % 3 == 1 ? u"org "_s : u"Örg "_s) + QString::number(i);
        VERIFY_OK(w().organizations().add(o));
    }
    VERIFY_OK(transaction.commit());
    compareWithList();
}

void TestOrganizationNames::namesFollowRenamesAndRemovals()
{
    QList<Id> ids;
    for (const QString &name : {u"Alpha"_s, u"Beta"_s, u"Gamma"_s, u"Delta"_s}) {
        Organization o;
        o.name = name;
        auto id = w().organizations().add(o);
        VERIFY_OK(id);
        ids.append(*id);
    }
    Organization renamed = *w().organizations().get(ids.at(0));
    renamed.name = u"omega"_s;
    VERIFY_OK(w().organizations().update(renamed));
    VERIFY_OK(w().organizations().remove(ids.at(2)));
    compareWithList();
    auto names = w().organizations().names();
    VERIFY_OK(names);
    QStringList shown;
    for (const OrganizationName &name : *names)
        shown.append(name.name);
    QCOMPARE(shown, QStringList({u"Beta"_s, u"Delta"_s, u"omega"_s}));
}

QTEST_GUILESS_MAIN(TestOrganizationNames)
#include "tst_organizationnames.moc"
