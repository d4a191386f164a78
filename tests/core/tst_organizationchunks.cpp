// SPDX-License-Identifier: GPL-3.0-or-later
// The bulk reads behind the desktop's organization table: keyset-paged
// listing in name order, and every organization's coalition names at once.
#include "domain/jsoncodec.h"
#include "domain/validation.h"
#include "storage/transaction.h"
#include "storage/workspace.h"

#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace Coalition;

namespace {

QByteArray describe(const Organization &actual, const Organization &expected)
{
    return "\n   actual: " + QJsonDocument(JsonCodec::toJson(actual)).toJson(QJsonDocument::Compact)
        + "\n expected: "
        + QJsonDocument(JsonCodec::toJson(expected)).toJson(QJsonDocument::Compact);
}

// What SQLite reports about each statement the code under test runs.
struct StatementCost
{
    QString sql;
    int vmSteps = 0;
    int fullScanSteps = 0;
    int sorts = 0;
};

int traceStatement(unsigned type, void *context, void *statement, void *)
{
    if (type != SQLITE_TRACE_PROFILE)
        return 0;
    auto *stmt = static_cast<sqlite3_stmt *>(statement);
    static_cast<QList<StatementCost> *>(context)->append(
        {QString::fromUtf8(sqlite3_sql(stmt)),
         sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_VM_STEP, 0),
         sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_FULLSCAN_STEP, 0),
         sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_SORT, 0)});
    return 0;
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// The plan SQLite chooses for a statement (its parameters left unbound).
QString queryPlan(sqlite3 *handle, const QString &sql)
{
    const QByteArray text = "EXPLAIN QUERY PLAN " + sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, text.constData(), -1, &statement, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(handle));
    QStringList details;
    while (sqlite3_step(statement) == SQLITE_ROW)
        details.append(
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 3))));
    sqlite3_finalize(statement);
    return details.join(u'\n');
}

} // namespace

#define VERIFY_OK(expression)                                                                      \
    do {                                                                                           \
        const auto &verifiedResult = (expression);                                                 \
        QVERIFY2(verifiedResult.ok(), qPrintable(verifiedResult.error().toString()));              \
    } while (false)

class TestOrganizationChunks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void chunksFollowListOrder_data();
    void chunksFollowListOrder();
    void chunkStartsAfterGivenRow();
    void coalitionNamesMatchCoalitionsOf();
    void largeTableReadsThroughNameIndex();

private:
    Workspace &w() { return *m_workspace; }
    bool addNamedOrganizations();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestOrganizationChunks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestOrganizationChunks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto workspace
        = Workspace::open(m_dir->filePath(u"chunks.coalition"_s), Database::OpenMode::CreateNew);
    QVERIFY2(workspace, qPrintable(workspace.error().toString()));
    m_workspace = std::move(workspace).value();
}

void TestOrganizationChunks::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

// Names that differ only in accents, in letter case of their neighbours,
// padding, scripts and emoji, then many whose case pattern varies.
bool TestOrganizationChunks::addNamedOrganizations()
{
    QStringList names{u"Cafe"_s,         u"Café"_s,
                      u"CAFE SOCIETY"_s, u"café society"_s,
                      u"Éclair"_s,       u"eclair"_s,
                      u"Zebra"_s,        u"zebra crossing"_s,
                      u"Ångström"_s,     u"apple"_s,
                      u"Äpple"_s,        u"B"_s,
                      u"b2"_s,           u"  Padded  Name "_s,
                      u"日本の会"_s,     u"🌱 Green"_s,
                      u"Straße"_s,       u"Ωmega"_s,
                      u"ωmega two"_s,    u"a"_s};
    for (int i = 0; i < 160; ++i) {
        const QString stem = i % 4 == 0 ? u"ORG"_s
            : i % 4 == 1                ? u"org"_s
            : i % 4 == 2                ? u"Örg"_s
                                        : u"oRg"_s;
        names.append(stem + u' ' + QString::number(i));
    }
    Transaction transaction(w().database());
    for (qsizetype i = 0; i < names.size(); ++i) {
        Organization o;
        o.name = names.at(i);
        if (i % 3 == 0)
            o.tags = {u"tag "_s + QString::number(i), u"shared"_s};
        if (auto id = w().organizations().add(o); !id) {
            qWarning("%s: %s", qPrintable(o.name), qPrintable(id.error().toString()));
            return false;
        }
    }
    return transaction.commit().ok();
}

void TestOrganizationChunks::chunksFollowListOrder_data()
{
    QTest::addColumn<int>("limit");
    for (const int limit : {1, 2, 3, 7, 50, 179, 180, 181, 500})
        QTest::addRow("chunks of %d", limit) << limit;
}

void TestOrganizationChunks::chunksFollowListOrder()
{
    QFETCH(int, limit);
    QVERIFY(addNamedOrganizations());
    auto expected = w().organizations().list({}, OrganizationRepository::Order::ByName);
    VERIFY_OK(expected);
    QCOMPARE(expected->size(), 180);

    QList<Organization> paged;
    QString afterKey;
    Id afterId = 0;
    for (int round = 0; round <= expected->size() + 1; ++round) {
        auto chunk = w().organizations().listChunk(afterKey, afterId, limit);
        VERIFY_OK(chunk);
        QVERIFY(chunk->size() <= limit);
        if (chunk->isEmpty())
            break;
        // Only the last chunk may be short.
        QVERIFY(chunk->size() == limit || paged.size() + chunk->size() == expected->size());
        paged.append(chunk.value());
        afterKey = Validation::nameKey(paged.last().name);
        afterId = paged.last().id;
    }
    QCOMPARE(paged.size(), expected->size());
    for (qsizetype i = 0; i < paged.size(); ++i)
        QVERIFY2(
            paged.at(i) == expected->at(i),
            QByteArray(QByteArray::number(i) + describe(paged.at(i), expected->at(i))).constData());
}

void TestOrganizationChunks::chunkStartsAfterGivenRow()
{
    QVERIFY(addNamedOrganizations());
    auto all = w().organizations().list();
    VERIFY_OK(all);
    const Organization &middle = all->at(90);
    auto chunk = w().organizations().listChunk(Validation::nameKey(middle.name), middle.id, 10);
    VERIFY_OK(chunk);
    QCOMPARE(chunk.value(), all->mid(91, 10));
    auto past
        = w().organizations().listChunk(Validation::nameKey(all->last().name), all->last().id, 10);
    VERIFY_OK(past);
    QVERIFY(past->isEmpty());
    auto none = w().organizations().listChunk({}, 0, 0);
    VERIFY_OK(none);
    QVERIFY(none->isEmpty());
}

void TestOrganizationChunks::coalitionNamesMatchCoalitionsOf()
{
    QVERIFY(addNamedOrganizations());
    auto organizations = w().organizations().list();
    VERIFY_OK(organizations);
    // Names whose case-insensitive order differs from their plain order.
    QList<Id> coalitions;
    for (const QString &name :
         {u"beta Forum"_s, u"Alpha Table"_s, u"ágora"_s, u"Zulu"_s, u"agenda 21"_s}) {
        CoalitionInfo c;
        c.name = name;
        auto id = w().coalitions().add(c);
        VERIFY_OK(id);
        coalitions.append(id.value());
    }
    QSet<Id> members;
    for (qsizetype i = 0; i < organizations->size(); ++i) {
        for (qsizetype k = 0; k < coalitions.size(); ++k) {
            if ((i + k) % (k + 2) != 0)
                continue;
            Membership m;
            m.coalitionId = coalitions.at(k);
            m.organizationId = organizations->at(i).id;
            VERIFY_OK(w().memberships().add(m));
            members.insert(m.organizationId);
        }
    }
    QVERIFY(members.size() > 10 && members.size() < organizations->size());

    auto names = w().organizations().coalitionNamesByOrganization();
    VERIFY_OK(names);
    QCOMPARE(QSet<Id>(names->keyBegin(), names->keyEnd()), members);
    for (const Organization &organization : std::as_const(*organizations)) {
        auto one = w().organizations().coalitionsOf(organization.id);
        VERIFY_OK(one);
        QCOMPARE(names->value(organization.id), one.value());
    }
    // The third organization is in all five: by name key, where "á" sorts after "z".
    QCOMPARE(
        names->value(organizations->at(2).id),
        (QStringList{u"agenda 21"_s, u"Alpha Table"_s, u"beta Forum"_s, u"Zulu"_s, u"ágora"_s}));
}

void TestOrganizationChunks::largeTableReadsThroughNameIndex()
{
    constexpr int Rows = 100000;
    const QSqlDatabase db = w().database().connection();
    {
        // Written directly: 100,000 validated adds would take the test's time.
        Transaction transaction(w().database());
        QSqlQuery fill(db);
        QVERIFY(fill.exec(
            u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            "INSERT INTO organization (name, name_key, sector, created_at, updated_at) "
            "SELECT 'Organization ' || i, 'organization ' || i, 'other', "
            "'2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z' FROM n"_s.arg(Rows)));
        QVERIFY(fill.exec(u"INSERT INTO organization_tag (organization_id, position, tag) "
                          "SELECT id, 0, 'tag ' || id FROM organization WHERE id % 7 = 0"_s));
        for (const QString &name : {u"Housing Now"_s, u"Clean Air"_s, u"Transit Table"_s}) {
            CoalitionInfo c;
            c.name = name;
            VERIFY_OK(w().coalitions().add(c));
        }
        QVERIFY(fill.exec(u"INSERT INTO membership (coalition_id, organization_id, status, kind, "
                          "created_at, updated_at) SELECT c.id, o.id, 'active', 'voting-member', "
                          "o.created_at, o.updated_at FROM organization o JOIN coalition c "
                          "ON (o.id + c.id) % 2 = 0"_s));
        VERIFY_OK(transaction.commit());
    }

    // Every statement of a chunk read is traced with its cost.
    QList<StatementCost> costs;
    sqlite3 *handle = handleOf(db);
    const auto traced = [&costs, handle](auto read) {
        sqlite3_trace_v2(handle, SQLITE_TRACE_PROFILE, traceStatement, &costs);
        auto result = read();
        sqlite3_trace_v2(handle, 0, nullptr, nullptr);
        return result;
    };
    // Speed itself is bench_desk's to measure; here the plan and the work
    // each statement does are checked, which hold on any machine.
    auto first = traced([this] { return w().organizations().listChunk({}, 0, 500); });
    auto names = w().organizations().coalitionNamesByOrganization();
    auto later
        = traced([this] { return w().organizations().listChunk(u"organization 5"_s, 0, 500); });

    VERIFY_OK(first);
    VERIFY_OK(later);
    VERIFY_OK(names);
    QCOMPARE(first->size(), 500);
    QCOMPARE(first->first().name, u"Organization 1"_s);
    for (const Organization &organization : std::as_const(*first))
        QCOMPARE(organization.tags,
                 organization.id % 7 == 0
                     ? QStringList{u"tag "_s + QString::number(organization.id)}
                     : QStringList());
    QCOMPARE(later->first().name, u"Organization 5"_s);
    QCOMPARE(names->size(), Rows);

    // Each chunk read walks the index from its start: no sort, no table scan,
    // work in proportion to the chunk rather than to the table.
    QVERIFY(costs.size() >= 2);
    for (const StatementCost &cost : std::as_const(costs)) {
        QVERIFY2(cost.sorts == 0 && cost.fullScanSteps == 0 && cost.vmSteps < 50 * 500,
                 qPrintable(u"%1: %2 steps, %3 scan steps, %4 sorts"_s.arg(cost.sql)
                                .arg(cost.vmSteps)
                                .arg(cost.fullScanSteps)
                                .arg(cost.sorts)));
        const QString details = queryPlan(handle, cost.sql);
        QVERIFY2(!details.contains(u"TEMP B-TREE"_s), qPrintable(details));
        QVERIFY2(details.contains(u"INDEX sqlite_autoindex_organization_1"_s), qPrintable(details));
    }
}

QTEST_GUILESS_MAIN(TestOrganizationChunks)
#include "tst_organizationchunks.moc"
