// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Coalition;

namespace {

const QString EmbeddedMigration = u":/coalition/sql/migrations/0001_registry.sql"_s;

// How a file that must be refused is made.
enum class Craft {
    EmptyFile,
    TextFile,
    RandomBytes,
    ForeignSqlite,
    OtherApplicationId,
    NewerFormat,
    Damaged,
    Directory,
};

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

// Permission bits as stat() reports them, or -1.
int unixMode(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

QStringList sideFiles(const QString &path)
{
    QStringList found;
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (QFileInfo::exists(path + suffix))
            found.append(path + suffix);
    }
    return found;
}

// Runs SQL on a file with SQLite itself, bypassing Coalition Desk entirely.
QString rawExec(const QString &path, const QString &sql,
                int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr) != SQLITE_OK) {
        const QString error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return error.isEmpty() ? u"open failed"_s : error;
    }
    char *message = nullptr;
    QString error;
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK)
        error = message ? QString::fromUtf8(message) : u"exec failed"_s;
    sqlite3_free(message);
    sqlite3_close(db);
    return error;
}

// First column of the first row of a statement run with SQLite itself.
QString rawScalar(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    QString result;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            result = QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        else
            result = u"error: "_s + QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return result;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return QVariant(u"error: "_s + query.lastError().text());
    return query.value(0);
}

bool execSql(const QSqlDatabase &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery query(db);
    const bool ok = query.exec(sql);
    if (!ok && error)
        *error = query.lastError().text();
    return ok;
}

QList<qint64> scratchValues(const QSqlDatabase &db)
{
    QList<qint64> values;
    QSqlQuery query(db);
    if (query.exec(u"SELECT v FROM scratch ORDER BY v"_s)) {
        while (query.next())
            values.append(query.value(0).toLongLong());
    }
    return values;
}

// The schema as SQLite stores it: what a rolled-back migration must leave as it was.
QString schemaText(const QString &path)
{
    QString text;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT type, name, sql FROM sqlite_schema ORDER BY name", -1,
                               &statement, nullptr)
            == SQLITE_OK) {
            while (sqlite3_step(statement) == SQLITE_ROW) {
                for (int column = 0; column < 3; ++column) {
                    const auto *value
                        = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
                    text += QString::fromUtf8(value ? value : "") + u'|';
                }
                text += u'\n';
            }
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return text;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(content) == content.size();
}

Organization sampleOrganization(int i)
{
    Organization o;
    o.name = u"Organization %1"_s.arg(i, 4, 10, QLatin1Char('0'));
    o.sector = Sector::Nonprofit;
    // Long enough that a few hundred rows span many pages.
    o.mission = u"Mission statement number %1. "_s.arg(i).repeated(12);
    o.tags = {u"tag-%1"_s.arg(i % 7)};
    return o;
}

} // namespace

Q_DECLARE_METATYPE(Craft)

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void newFileSettings();
    void newFileInNewFolder();
    void openModes();
    void refusals_data();
    void refusals();
    void awkwardFileName();
    void openWhileOpenElsewhere();
    void openAfterCrash();

    void fromEmpty();
    void migrationUpgrades();
    void migrationFailureRollsBack();
    void migrationNumberingGap();

    void transactionRollsBackInDestructor();
    void transactionCommitPersists();
    void nestedTransactionIsSavepoint();
    void transactionTakesWriteLockUpFront();
    void readTransactionLeavesWritersFree();

    void foreignKeysEnforced();
    void writeCopy();
    void writeCopyRefusesExistingTarget();
    void writeBackupKeepsNewest();
    void integrityOnSoundFile();
    void integrityReportsDanglingReference();

private:
    // A folder of migrations: the embedded 0001 plus the given extra files.
    static QString migrationsFolder(const QTemporaryDir &dir, const QString &name,
                                    const QList<std::pair<QString, QByteArray>> &extra = {});
    static bool addOrganizations(Workspace &workspace, int count);
    void craft(Craft how, const QString &path);
};

void TestDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QFile::exists(EmbeddedMigration));
    QCOMPARE(Database::latestSchemaVersion(), 4);
}

QString TestDatabase::migrationsFolder(const QTemporaryDir &dir, const QString &name,
                                       const QList<std::pair<QString, QByteArray>> &extra)
{
    const QString folder = dir.filePath(name);
    if (!QDir().mkpath(folder))
        return {};
    const QString first = folder + u"/0001_registry.sql"_s;
    if (!QFile::exists(first) && !QFile::copy(EmbeddedMigration, first))
        return {};
    for (const auto &[file, content] : extra) {
        if (!writeFile(folder + u'/' + file, content))
            return {};
    }
    return folder;
}

bool TestDatabase::addOrganizations(Workspace &workspace, int count)
{
    for (int i = 0; i < count; ++i) {
        if (!workspace.organizations().add(sampleOrganization(i)))
            return false;
    }
    return true;
}

void TestDatabase::newFileSettings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"new.coalition"_s);
    {
        auto database = Database::open(path, Database::OpenMode::CreateNew);
        QVERIFY2(database, qPrintable(database.error().toString()));
        Database &db = *database.value();
        QVERIFY(db.wasCreated());
        QCOMPARE(db.path(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(db.displayName(), u"new"_s);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(!db.osUser().isEmpty());

        const QSqlDatabase c = db.connection();
        QCOMPARE(scalar(c, u"PRAGMA application_id"_s).toLongLong(), 0x436F4C44);
        QCOMPARE(scalar(c, u"PRAGMA user_version"_s).toInt(), Database::latestSchemaVersion());
        QCOMPARE(scalar(c, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(scalar(c, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QCOMPARE(scalar(c, u"PRAGMA synchronous"_s).toInt(), 2);
        QCOMPARE(scalar(c, u"PRAGMA trusted_schema"_s).toInt(), 0);
        QVERIFY(scalar(c, u"PRAGMA busy_timeout"_s).toInt() > 0);

        QCOMPARE(unixMode(path), 0600);
        QVERIFY(execSql(c, u"CREATE TABLE scratch (v INTEGER)"_s));
        QVERIFY(execSql(c, u"INSERT INTO scratch (v) VALUES (1)"_s));
        QVERIFY(QFileInfo::exists(path + u"-wal"_s));
        QCOMPARE(unixMode(path + u"-wal"_s), 0600);
        QCOMPARE(unixMode(path + u"-shm"_s), 0600);
    }
    // Closed: the log is checkpointed away and the header carries our id, big-endian.
    QCOMPARE(sideFiles(path), QStringList());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.read(100);
    QCOMPARE(header.mid(68, 4), "CoLD"_ba);
    QCOMPARE(unixMode(path), 0600);
}

void TestDatabase::newFileInNewFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"outer/inner/w.coalition"_s);
    {
        auto database = Database::open(path, Database::OpenMode::CreateIfMissing);
        QVERIFY2(database, qPrintable(database.error().toString()));
        QVERIFY(database.value()->wasCreated());
    }
    QCOMPARE(unixMode(dir.filePath(u"outer"_s)), 0700);
    QCOMPARE(unixMode(dir.filePath(u"outer/inner"_s)), 0700);
    QCOMPARE(unixMode(path), 0600);
    // The temporary folder itself existed already and keeps its own mode.
    QCOMPARE(unixMode(dir.path()), 0700);

    // Opened again, it is the same workspace, not a new one.
    auto again = Database::open(path, Database::OpenMode::CreateIfMissing);
    QVERIFY2(again, qPrintable(again.error().toString()));
    QVERIFY(!again.value()->wasCreated());
}

void TestDatabase::openModes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(u"missing.coalition"_s);
    auto refused = Database::open(missing, Database::OpenMode::ExistingOnly);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"does not exist"_s),
             qPrintable(refused.error().message));
    QVERIFY(!QFileInfo::exists(missing));
    QCOMPARE(sideFiles(missing), QStringList());

    const QString existing = dir.filePath(u"existing.coalition"_s);
    {
        auto created = Database::open(existing, Database::OpenMode::CreateNew);
        QVERIFY2(created, qPrintable(created.error().toString()));
    }
    const QByteArray before = sha256(existing);
    auto again = Database::open(existing, Database::OpenMode::CreateNew);
    QVERIFY(!again);
    QVERIFY2(again.error().message.contains(u"already exists"_s),
             qPrintable(again.error().message));
    QCOMPARE(sha256(existing), before);
    QCOMPARE(sideFiles(existing), QStringList());

    auto reopened = Database::open(existing, Database::OpenMode::ExistingOnly);
    QVERIFY2(reopened, qPrintable(reopened.error().toString()));
    QVERIFY(!reopened.value()->wasCreated());
}

void TestDatabase::craft(Craft how, const QString &path)
{
    switch (how) {
    case Craft::EmptyFile:
        QVERIFY(writeFile(path, {}));
        break;
    case Craft::TextFile:
        QVERIFY(writeFile(path, "Minutes of the steering group, 3 March.\nPresent: Ana, Bo.\n"_ba));
        break;
    case Craft::RandomBytes: {
        QByteArray bytes(8192, Qt::Uninitialized);
        QRandomGenerator generator(42);
        for (char &b : bytes)
            b = static_cast<char>(generator.bounded(256));
        QVERIFY(writeFile(path, bytes));
        break;
    }
    case Craft::ForeignSqlite:
        QCOMPARE(rawExec(path,
                         u"CREATE TABLE songs (title TEXT); "
                         "INSERT INTO songs VALUES ('Bella ciao');"_s),
                 QString());
        break;
    case Craft::OtherApplicationId:
        QCOMPARE(rawExec(path,
                         u"PRAGMA application_id = 1234567; CREATE TABLE t (x); "
                         "INSERT INTO t VALUES (1);"_s),
                 QString());
        break;
    case Craft::NewerFormat: {
        {
            auto workspace = Workspace::open(path, Database::OpenMode::CreateNew);
            QVERIFY2(workspace, qPrintable(workspace.error().toString()));
            QVERIFY(addOrganizations(*workspace.value(), 3));
        }
        QCOMPARE(
            rawExec(path, u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion() + 1)),
            QString());
        break;
    }
    case Craft::Damaged: {
        {
            auto workspace = Workspace::open(path, Database::OpenMode::CreateNew);
            QVERIFY2(workspace, qPrintable(workspace.error().toString()));
            QVERIFY(addOrganizations(*workspace.value(), 300));
        }
        QCOMPARE(sideFiles(path), QStringList());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray header = file.read(100);
        const auto hi = static_cast<unsigned char>(header.at(16));
        const auto lo = static_cast<unsigned char>(header.at(17));
        const qint64 pageSize = (hi == 0 && lo == 1) ? 65536 : qint64(hi) * 256 + lo;
        QVERIFY(file.size() >= 20 * pageSize); // several pages of data
        // Garbage over the middle half of a full b-tree page, where its cells are
        // (page 3 itself, the root of the names index, is mostly free space): the
        // first table leaf from page 3 on whose cell content starts in its first quarter.
        const QByteArray content = file.readAll().prepend(header);
        qint64 damaged = 0;
        for (qint64 page = 3; page * pageSize <= content.size(); ++page) {
            const qint64 start = (page - 1) * pageSize;
            const auto at = [&](qint64 offset) {
                return static_cast<unsigned char>(content.at(start + offset));
            };
            const qint64 contentStart = qint64(at(5)) * 256 + at(6);
            if (at(0) == 0x0D && contentStart > 0 && contentStart < pageSize / 4) {
                damaged = page;
                break;
            }
        }
        QVERIFY2(damaged >= 3, "no full table leaf page found");
        QByteArray garbage(pageSize / 2, Qt::Uninitialized);
        QRandomGenerator generator(7);
        for (char &b : garbage)
            b = static_cast<char>(generator.bounded(256));
        QVERIFY(file.seek((damaged - 1) * pageSize + pageSize / 4));
        QCOMPARE(file.write(garbage), pageSize / 2);
        file.close();
        // SQLite itself must see the damage (checked on a copy so the original stays as made).
        const QString probe = path + u".probe"_s;
        QVERIFY(QFile::copy(path, probe));
        const QString verdict = rawScalar(probe, u"PRAGMA quick_check(1)"_s);
        QVERIFY2(verdict != u"ok"_s, qPrintable(verdict));
        for (const QString &side : sideFiles(probe))
            QFile::remove(side);
        QVERIFY(QFile::remove(probe));
        break;
    }
    case Craft::Directory:
        QVERIFY(QDir().mkpath(path));
        QVERIFY(writeFile(path + u"/inside.txt"_s, "x"_ba));
        break;
    }
}

void TestDatabase::refusals_data()
{
    QTest::addColumn<Craft>("how");
    QTest::addColumn<QString>("why");

    QTest::newRow("empty file") << Craft::EmptyFile << u"is empty"_s;
    QTest::newRow("text file") << Craft::TextFile << u"not an SQLite database"_s;
    QTest::newRow("random bytes") << Craft::RandomBytes << u"not an SQLite database"_s;
    QTest::newRow("another program's database") << Craft::ForeignSqlite << u"another program"_s;
    QTest::newRow("another application id") << Craft::OtherApplicationId << u"another program"_s;
    QTest::newRow("newer format") << Craft::NewerFormat << u"newer version"_s;
    QTest::newRow("damaged") << Craft::Damaged << u"damaged"_s;
    QTest::newRow("directory") << Craft::Directory << u"folder"_s;
}

void TestDatabase::refusals()
{
    QFETCH(Craft, how);
    QFETCH(QString, why);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"subject.coalition"_s);
    craft(how, path);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(sideFiles(path), QStringList());
    const bool isDirectory = QFileInfo(path).isDir();
    const QByteArray before = isDirectory ? QByteArray() : sha256(path);
    const QStringList listingBefore = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden);

    for (const auto mode :
         {Database::OpenMode::ExistingOnly, Database::OpenMode::CreateIfMissing}) {
        auto database = Database::open(path, mode);
        QVERIFY(!database);
        const QString message = database.error().message;
        QVERIFY2(message.contains(why, Qt::CaseInsensitive), qPrintable(message));
        QVERIFY2(!message.contains(u'\n'), qPrintable(message));
        QVERIFY2(message.contains(QFileInfo(path).fileName()), qPrintable(message));

        auto workspace = Workspace::open(path, mode);
        QVERIFY(!workspace);
        QCOMPARE(workspace.error().message, message);
    }

    QCOMPARE(sideFiles(path), QStringList());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden), listingBefore);
    if (isDirectory)
        QCOMPARE(QDir(path).entryList(QDir::Files), QStringList{u"inside.txt"_s});
    else
        QCOMPARE(sha256(path), before);
}

void TestDatabase::awkwardFileName()
{
    // Characters that mean something in a URI or to a shell, and non-ASCII text.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"dossier été/plan #2 ?100% & co's.coalition"_s);
    {
        auto workspace = Workspace::open(path, Database::OpenMode::CreateNew);
        QVERIFY2(workspace, qPrintable(workspace.error().toString()));
        QVERIFY(addOrganizations(*workspace.value(), 2));
    }
    QCOMPARE(sideFiles(path), QStringList());
    auto reopened = Workspace::open(path);
    QVERIFY2(reopened, qPrintable(reopened.error().toString()));
    QCOMPARE(reopened.value()->organizations().count().value(), 2);
    QCOMPARE(reopened.value()->database().displayName(), u"plan #2 ?100% & co's"_s);
}

void TestDatabase::openWhileOpenElsewhere()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"shared.coalition"_s);
    auto first = Workspace::open(path, Database::OpenMode::CreateNew);
    QVERIFY2(first, qPrintable(first.error().toString()));
    QVERIFY(addOrganizations(*first.value(), 3));
    QVERIFY(QFileInfo::exists(path + u"-wal"_s)); // the first connection keeps its log

    auto second = Workspace::open(path);
    QVERIFY2(second, qPrintable(second.error().toString()));
    QCOMPARE(second.value()->organizations().count().value(), 3);
    Organization more;
    more.name = u"Added by the second"_s;
    QVERIFY(second.value()->organizations().add(more));
    QCOMPARE(first.value()->organizations().count().value(), 4);
    second.value().reset();
    first.value().reset();
    QCOMPARE(sideFiles(path), QStringList());
}

void TestDatabase::openAfterCrash()
{
    // A copy of the file and its log taken while the workspace is open is what
    // a crash leaves: committed rows that live only in the -wal file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"running.coalition"_s);
    const QString crashed = dir.filePath(u"crashed.coalition"_s);
    QList<Organization> organizations;
    {
        auto workspace = Workspace::open(path, Database::OpenMode::CreateNew);
        QVERIFY2(workspace, qPrintable(workspace.error().toString()));
        QVERIFY(addOrganizations(*workspace.value(), 10));
        organizations = workspace.value()->organizations().list().value();
        QVERIFY(QFileInfo(path + u"-wal"_s).size() > 0);
        QVERIFY(QFile::copy(path, crashed));
        QVERIFY(QFile::copy(path + u"-wal"_s, crashed + u"-wal"_s));
    }
    // The main file alone does not hold the rows (nor even our id) yet.
    const QString mainOnly = dir.filePath(u"main-only.coalition"_s);
    QVERIFY(QFile::copy(crashed, mainOnly));
    QVERIFY(rawScalar(mainOnly, u"SELECT count(*) FROM organization"_s) != u"10"_s);

    auto recovered = Workspace::open(crashed);
    QVERIFY2(recovered, qPrintable(recovered.error().toString()));
    QCOMPARE(recovered.value()->organizations().list().value(), organizations);
    auto problems = recovered.value()->database().integrityProblems();
    QVERIFY(problems);
    QCOMPARE(problems.value(), QStringList());
    recovered.value().reset();
    QCOMPARE(sideFiles(crashed), QStringList());
}

void TestDatabase::fromEmpty()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"fresh.coalition"_s);
    auto database = Database::open(path, Database::OpenMode::CreateNew);
    QVERIFY2(database, qPrintable(database.error().toString()));
    Database &db = *database.value();
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(scalar(db.connection(), u"PRAGMA user_version"_s).toInt(),
             Database::latestSchemaVersion());
    // Every table of the registry is there.
    for (const QString &table :
         {u"organization"_s, u"organization_tag"_s, u"person"_s, u"coalition"_s, u"membership"_s,
          u"membership_status_change"_s, u"membership_interest"_s, u"membership_contribution"_s,
          u"membership_barrier"_s, u"audit_entry"_s}) {
        QCOMPARE(scalar(db.connection(),
                        u"SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '"_s
                            + table + u'\'')
                     .toInt(),
                 1);
    }
    auto problems = db.integrityProblems();
    QVERIFY2(problems, qPrintable(problems.error().toString()));
    QCOMPARE(problems.value(), QStringList());
    QCOMPARE(db.backups(), QStringList()); // nothing to back up in a new file
}

void TestDatabase::migrationUpgrades()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString v1 = migrationsFolder(dir, u"v1"_s);
    QVERIFY(!v1.isEmpty());
    QCOMPARE(Database::latestSchemaVersion(v1), 1);
    const QString path = dir.filePath(u"old.coalition"_s);

    Database::Options options;
    options.mode = Database::OpenMode::CreateNew;
    options.migrationsPath = v1;
    QList<Organization> before;
    {
        auto workspace = Workspace::open(path, options);
        QVERIFY2(workspace, qPrintable(workspace.error().toString()));
        QCOMPARE(workspace.value()->database().schemaVersion(), 1);
        QVERIFY(addOrganizations(*workspace.value(), 5));
        auto list = workspace.value()->organizations().list();
        QVERIFY(list);
        before = list.value();
    }
    QCOMPARE(before.size(), 5);

    const QString v2 = migrationsFolder(
        dir, u"v2"_s,
        {{u"0002_test.sql"_s,
          "-- test migration\n"
          "ALTER TABLE organization ADD COLUMN x TEXT NOT NULL DEFAULT 'fresh';\n"
          "CREATE TABLE test_note (\n  id INTEGER PRIMARY KEY,\n  text TEXT NOT NULL\n);\n"_ba}});
    QCOMPARE(Database::latestSchemaVersion(v2), 2);
    options.mode = Database::OpenMode::ExistingOnly;
    options.migrationsPath = v2;
    {
        auto workspace = Workspace::open(path, options);
        QVERIFY2(workspace, qPrintable(workspace.error().toString()));
        Workspace &w = *workspace.value();
        QCOMPARE(w.database().schemaVersion(), 2);
        const QSqlDatabase c = w.database().connection();
        QCOMPARE(scalar(c, u"PRAGMA user_version"_s).toInt(), 2);
        QCOMPARE(scalar(c, u"SELECT count(*) FROM organization WHERE x = 'fresh'"_s).toInt(), 5);
        QVERIFY(execSql(c, u"INSERT INTO test_note (text) VALUES ('hello')"_s));
        auto after = w.organizations().list();
        QVERIFY(after);
        QCOMPARE(after.value(), before);

        const QStringList backups = w.database().backups();
        QCOMPARE(backups.size(), 1);
        const QString backup = backups.first();
        QCOMPARE(QFileInfo(backup).absolutePath(), QFileInfo(path).absolutePath());
        const QRegularExpression name(
            u"^old\\.coalition\\.\\d{8}T\\d{9}Z-before-format-2\\.bak$"_s);
        QVERIFY2(name.match(QFileInfo(backup).fileName()).hasMatch(), qPrintable(backup));
        QCOMPARE(unixMode(backup), 0600);
        // The backup is the file as it was: format 1, the same rows, no new column.
        QCOMPARE(rawScalar(backup, u"PRAGMA user_version"_s), u"1"_s);
        QCOMPARE(rawScalar(backup, u"SELECT count(*) FROM organization"_s), u"5"_s);
        QVERIFY(rawScalar(backup, u"SELECT x FROM organization"_s).startsWith(u"error"_s));
    }
    // Opening the upgraded file again changes nothing and makes no new backup.
    {
        auto workspace = Workspace::open(path, options);
        QVERIFY2(workspace, qPrintable(workspace.error().toString()));
        QCOMPARE(workspace.value()->database().schemaVersion(), 2);
        QCOMPARE(workspace.value()->database().backups().size(), 1);
    }
    // A build that knows only format 1 refuses the upgraded file.
    options.migrationsPath = v1;
    auto old = Workspace::open(path, options);
    QVERIFY(!old);
    QVERIFY2(old.error().message.contains(u"newer version"_s), qPrintable(old.error().message));
}

void TestDatabase::migrationFailureRollsBack()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = migrationsFolder(dir, u"migrations"_s);
    const QString path = dir.filePath(u"stays.coalition"_s);
    Database::Options options;
    options.mode = Database::OpenMode::CreateNew;
    options.migrationsPath = folder;
    {
        auto workspace = Workspace::open(path, options);
        QVERIFY2(workspace, qPrintable(workspace.error().toString()));
        QVERIFY(addOrganizations(*workspace.value(), 3));
    }
    const QString schemaBefore = schemaText(path);
    QVERIFY(schemaBefore.contains(u"organization"_s));

    // The same folder gains a 0002 whose second statement is a syntax error.
    QCOMPARE(migrationsFolder(dir, u"migrations"_s,
                              {{u"0002_broken.sql"_s,
                                "ALTER TABLE organization ADD COLUMN x TEXT NOT NULL "
                                "DEFAULT '';\n"
                                "CREATE TABLE broken (id INTEGER PRIMARY KEY,,);\n"_ba}}),
             folder);
    QCOMPARE(Database::latestSchemaVersion(folder), 2);
    options.mode = Database::OpenMode::ExistingOnly;
    {
        auto workspace = Workspace::open(path, options);
        QVERIFY(!workspace);
        QVERIFY2(workspace.error().message.contains(u"could not be upgraded to format 2"_s),
                 qPrintable(workspace.error().message));
        QVERIFY2(!workspace.error().message.contains(u'\n'), qPrintable(workspace.error().message));
        QVERIFY2(workspace.error().detail.contains(u"broken"_s),
                 qPrintable(workspace.error().detail));
    }
    QCOMPARE(sideFiles(path), QStringList());
    QCOMPARE(rawScalar(path, u"PRAGMA user_version"_s), u"1"_s);
    QCOMPARE(schemaText(path), schemaBefore); // the ALTER TABLE was rolled back
    QCOMPARE(rawScalar(path, u"SELECT count(*) FROM organization"_s), u"3"_s);
    QVERIFY(rawScalar(path, u"SELECT x FROM organization"_s).startsWith(u"error"_s));
    for (const QString &side : sideFiles(path))
        QFile::remove(side);

    // Still a sound format-1 workspace.
    Database::Options plain;
    plain.migrationsPath = migrationsFolder(dir, u"only-one"_s);
    auto workspace = Workspace::open(path, plain);
    QVERIFY2(workspace, qPrintable(workspace.error().toString()));
    QCOMPARE(workspace.value()->database().schemaVersion(), 1);
    auto count = workspace.value()->organizations().count();
    QVERIFY(count);
    QCOMPARE(count.value(), 3);
}

void TestDatabase::migrationNumberingGap()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = migrationsFolder(dir, u"migrations"_s);
    const QString path = dir.filePath(u"gap.coalition"_s);
    Database::Options options;
    options.mode = Database::OpenMode::CreateNew;
    options.migrationsPath = folder;
    {
        auto workspace = Workspace::open(path, options);
        QVERIFY2(workspace, qPrintable(workspace.error().toString()));
    }
    const QByteArray before = sha256(path);

    QCOMPARE(migrationsFolder(dir, u"migrations"_s,
                              {{u"0003_skipped.sql"_s, "CREATE TABLE later (id INTEGER);\n"_ba}}),
             folder);
    QCOMPARE(Database::latestSchemaVersion(folder), 3);
    options.mode = Database::OpenMode::ExistingOnly;
    auto refused = Database::open(path, options);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"numbered"_s), qPrintable(refused.error().message));
    QCOMPARE(sideFiles(path), QStringList());
    QCOMPARE(sha256(path), before);

    // A new file is refused too, and not left behind half made.
    const QString fresh = dir.filePath(u"fresh.coalition"_s);
    options.mode = Database::OpenMode::CreateNew;
    auto refusedNew = Database::open(fresh, options);
    QVERIFY(!refusedNew);
    QVERIFY2(refusedNew.error().message.contains(u"numbered"_s),
             qPrintable(refusedNew.error().message));
    QVERIFY(!QFileInfo::exists(fresh));
    QCOMPARE(sideFiles(fresh), QStringList());
}

void TestDatabase::transactionRollsBackInDestructor()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto database = Database::open(dir.filePath(u"t.coalition"_s), Database::OpenMode::CreateNew);
    QVERIFY2(database, qPrintable(database.error().toString()));
    Database &db = *database.value();
    const QSqlDatabase c = db.connection();
    QVERIFY(execSql(c, u"CREATE TABLE scratch (v INTEGER NOT NULL)"_s));
    {
        Transaction transaction(db);
        QVERIFY2(transaction.isActive(), qPrintable(transaction.status().error().toString()));
        QCOMPARE(db.transactionDepth(), 1);
        QVERIFY(execSql(c, u"INSERT INTO scratch (v) VALUES (1)"_s));
        QCOMPARE(scratchValues(c), QList<qint64>{1});
    }
    QCOMPARE(db.transactionDepth(), 0);
    QCOMPARE(scratchValues(c), QList<qint64>());
    // Explicit rollback, then the destructor has nothing left to do.
    {
        Transaction transaction(db);
        QVERIFY(execSql(c, u"INSERT INTO scratch (v) VALUES (2)"_s));
        QVERIFY(transaction.rollback().ok());
        QVERIFY(!transaction.isActive());
        QVERIFY(!transaction.commit().ok()); // nothing to commit any more
    }
    QCOMPARE(scratchValues(c), QList<qint64>());
    // The connection is usable for a new transaction afterwards.
    {
        Transaction transaction(db);
        QVERIFY(transaction.isActive());
        QVERIFY(execSql(c, u"INSERT INTO scratch (v) VALUES (3)"_s));
        QVERIFY(transaction.commit().ok());
    }
    QCOMPARE(scratchValues(c), QList<qint64>{3});
}

void TestDatabase::transactionCommitPersists()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"t.coalition"_s);
    {
        auto database = Database::open(path, Database::OpenMode::CreateNew);
        QVERIFY2(database, qPrintable(database.error().toString()));
        Database &db = *database.value();
        QVERIFY(execSql(db.connection(), u"CREATE TABLE scratch (v INTEGER NOT NULL)"_s));
        Transaction transaction(db);
        QVERIFY(transaction.isActive());
        QVERIFY(execSql(db.connection(), u"INSERT INTO scratch (v) VALUES (7)"_s));
        const Status status = transaction.commit();
        QVERIFY2(status.ok(), qPrintable(status.error().toString()));
        QVERIFY(!transaction.isActive());
        QCOMPARE(db.transactionDepth(), 0);
        QVERIFY(!transaction.commit().ok()); // a second commit is an error, not a silent success
    }
    auto reopened = Database::open(path);
    QVERIFY2(reopened, qPrintable(reopened.error().toString()));
    QCOMPARE(scratchValues(reopened.value()->connection()), QList<qint64>{7});
}

void TestDatabase::nestedTransactionIsSavepoint()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto database = Database::open(dir.filePath(u"t.coalition"_s), Database::OpenMode::CreateNew);
    QVERIFY2(database, qPrintable(database.error().toString()));
    Database &db = *database.value();
    const QSqlDatabase c = db.connection();
    QVERIFY(execSql(c, u"CREATE TABLE scratch (v INTEGER NOT NULL)"_s));
    {
        Transaction outer(db);
        QVERIFY(outer.isActive());
        QVERIFY(execSql(c, u"INSERT INTO scratch (v) VALUES (1)"_s));
        {
            Transaction inner(db);
            QVERIFY2(inner.isActive(), qPrintable(inner.status().error().toString()));
            QCOMPARE(db.transactionDepth(), 2);
            QVERIFY(execSql(c, u"INSERT INTO scratch (v) VALUES (2)"_s));
            QVERIFY(inner.rollback().ok());
            QCOMPARE(db.transactionDepth(), 1);
        }
        {
            Transaction inner(db); // rolled back by its destructor
            QVERIFY(execSql(c, u"INSERT INTO scratch (v) VALUES (3)"_s));
        }
        QCOMPARE(db.transactionDepth(), 1);
        {
            Transaction inner(db);
            QVERIFY(execSql(c, u"INSERT INTO scratch (v) VALUES (4)"_s));
            {
                Transaction innermost(db);
                QCOMPARE(db.transactionDepth(), 3);
                QVERIFY(execSql(c, u"INSERT INTO scratch (v) VALUES (5)"_s));
            }
            QVERIFY(inner.commit().ok());
        }
        QCOMPARE(scratchValues(c), (QList<qint64>{1, 4}));
        QVERIFY(execSql(c, u"INSERT INTO scratch (v) VALUES (6)"_s));
        QVERIFY(outer.commit().ok());
    }
    QCOMPARE(db.transactionDepth(), 0);
    QCOMPARE(scratchValues(c), (QList<qint64>{1, 4, 6}));

    // A committed savepoint is still undone when the outer transaction is.
    {
        Transaction outer(db);
        {
            Transaction inner(db);
            QVERIFY(execSql(c, u"INSERT INTO scratch (v) VALUES (9)"_s));
            QVERIFY(inner.commit().ok());
        }
    }
    QCOMPARE(scratchValues(c), (QList<qint64>{1, 4, 6}));
}

void TestDatabase::transactionTakesWriteLockUpFront()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"t.coalition"_s);
    auto database = Database::open(path, Database::OpenMode::CreateNew);
    QVERIFY2(database, qPrintable(database.error().toString()));
    Database &db = *database.value();
    QVERIFY(execSql(db.connection(), u"CREATE TABLE scratch (v INTEGER NOT NULL)"_s));

    const QString otherName = u"tst_database-second-connection"_s;
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, otherName);
        other.setDatabaseName(path);
        other.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=100"_s);
        QVERIFY(other.open());
        {
            Transaction transaction(db);
            QVERIFY(transaction.isActive());
            // Nothing written yet: only BEGIN IMMEDIATE holds the lock at this point.
            QString error;
            QVERIFY(!execSql(other, u"INSERT INTO scratch (v) VALUES (1)"_s, &error));
            QVERIFY2(error.contains(u"locked"_s, Qt::CaseInsensitive), qPrintable(error));
            // Readers are not blocked.
            QCOMPARE(scalar(other, u"SELECT count(*) FROM scratch"_s).toInt(), 0);
        }
        QString error;
        QVERIFY2(execSql(other, u"INSERT INTO scratch (v) VALUES (2)"_s, &error),
                 qPrintable(error));
        other.close();
    }
    QSqlDatabase::removeDatabase(otherName);
    QCOMPARE(scratchValues(db.connection()), QList<qint64>{2});
}

void TestDatabase::readTransactionLeavesWritersFree()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"r.coalition"_s);
    auto database = Database::open(path, Database::OpenMode::CreateNew);
    QVERIFY2(database, qPrintable(database.error().toString()));
    Database &db = *database.value();
    QVERIFY(execSql(db.connection(), u"CREATE TABLE scratch (v INTEGER NOT NULL)"_s));

    const QString otherName = u"tst_database-reader-and-writer"_s;
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, otherName);
        other.setDatabaseName(path);
        other.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=100"_s);
        QVERIFY(other.open());
        {
            Transaction snapshot(db, Transaction::Kind::Read);
            QVERIFY(snapshot.isActive());
            QCOMPARE(scratchValues(db.connection()), QList<qint64>{});
            // Another connection may write while the snapshot is open...
            QString error;
            QVERIFY2(execSql(other, u"INSERT INTO scratch (v) VALUES (7)"_s, &error),
                     qPrintable(error));
            // ...and the snapshot keeps seeing the file as it was.
            QCOMPARE(scratchValues(db.connection()), QList<qint64>{});
        }
        other.close();
    }
    QSqlDatabase::removeDatabase(otherName);
    QCOMPARE(scratchValues(db.connection()), QList<qint64>{7});
}

void TestDatabase::foreignKeysEnforced()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto workspace
        = Workspace::open(dir.filePath(u"fk.coalition"_s), Database::OpenMode::CreateNew);
    QVERIFY2(workspace, qPrintable(workspace.error().toString()));
    Workspace &w = *workspace.value();
    Organization organization;
    organization.name = u"Harbour Tenants"_s;
    auto organizationId = w.organizations().add(organization);
    QVERIFY(organizationId);
    const QSqlDatabase c = w.database().connection();

    QString error;
    QVERIFY(!execSql(
        c,
        u"INSERT INTO membership (coalition_id, organization_id, status, kind, "
        "created_at, updated_at) VALUES (999, %1, 'active', 'voting', "
        "'2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')"_s.arg(organizationId.value()),
        &error));
    QVERIFY2(error.contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive), qPrintable(error));
    QVERIFY(!execSql(c,
                     u"INSERT INTO person (name, organization_id, created_at, updated_at) "
                     "VALUES ('Ana', 999, '2024-01-01T00:00:00.000Z', "
                     "'2024-01-01T00:00:00.000Z')"_s,
                     &error));
    QVERIFY2(error.contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(scalar(c, u"SELECT count(*) FROM membership"_s).toInt(), 0);
    QCOMPARE(scalar(c, u"SELECT count(*) FROM person"_s).toInt(), 0);
}

void TestDatabase::writeCopy()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"source.coalition"_s);
    const QString target = dir.filePath(u"copies/copy.coalition"_s);
    QList<Organization> organizations;
    QList<Membership> memberships;
    QList<AuditEntry> audit;
    {
        auto workspace = Workspace::open(path, Database::OpenMode::CreateNew);
        QVERIFY2(workspace, qPrintable(workspace.error().toString()));
        Workspace &w = *workspace.value();
        QVERIFY(addOrganizations(w, 20));
        CoalitionInfo coalition;
        coalition.name = u"Clean Air Now"_s;
        auto coalitionId = w.coalitions().add(coalition);
        QVERIFY(coalitionId);
        Membership membership;
        membership.coalitionId = coalitionId.value();
        membership.organizationId = w.organizations().list().value().first().id;
        membership.joinedOn = QDate(2024, 3, 1);
        membership.barriers = {u"Few volunteers"_s};
        QVERIFY(w.memberships().add(membership));

        const Status status = w.database().writeCopy(target);
        QVERIFY2(status.ok(), qPrintable(status.error().toString()));
        organizations = w.organizations().list().value();
        memberships = w.memberships().list().value();
        audit = w.audit().all().value();
    }
    QCOMPARE(unixMode(target), 0600);
    QCOMPARE(unixMode(QFileInfo(target).absolutePath()), 0700);
    auto copy = Workspace::open(target);
    QVERIFY2(copy, qPrintable(copy.error().toString()));
    Workspace &c = *copy.value();
    QCOMPARE(c.database().schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(c.organizations().list().value(), organizations);
    QCOMPARE(c.memberships().list().value(), memberships);
    QCOMPARE(c.audit().all().value(), audit);
    QCOMPARE(organizations.size(), 20);
    QCOMPARE(memberships.size(), 1);
}

void TestDatabase::writeCopyRefusesExistingTarget()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto workspace
        = Workspace::open(dir.filePath(u"source.coalition"_s), Database::OpenMode::CreateNew);
    QVERIFY2(workspace, qPrintable(workspace.error().toString()));
    const QString target = dir.filePath(u"taken.coalition"_s);
    QVERIFY(writeFile(target, "someone else's file"_ba));
    const QByteArray before = sha256(target);
    const Status status = workspace.value()->database().writeCopy(target);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().message.contains(u"already exists"_s),
             qPrintable(status.error().message));
    QCOMPARE(sha256(target), before);
}

void TestDatabase::writeBackupKeepsNewest()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"kept.coalition"_s);
    auto workspace = Workspace::open(path, Database::OpenMode::CreateNew);
    QVERIFY2(workspace, qPrintable(workspace.error().toString()));
    Workspace &w = *workspace.value();
    QVERIFY(addOrganizations(w, 2));

    QStringList written;
    for (int i = 1; i <= Database::BackupsKept + 2; ++i) {
        auto backup = w.database().writeBackup(u"test %1/x"_s.arg(i));
        QVERIFY2(backup, qPrintable(backup.error().toString()));
        QVERIFY(QFileInfo::exists(backup.value()));
        QCOMPARE(unixMode(backup.value()), 0600);
        // The reason is made safe for a file name.
        QVERIFY2(backup.value().endsWith(u"-test-%1-x.bak"_s.arg(i)), qPrintable(backup.value()));
        written.append(backup.value());
    }
    const QStringList kept = w.database().backups();
    QCOMPARE(kept.size(), Database::BackupsKept);
    QCOMPARE(kept, written.mid(written.size() - Database::BackupsKept));
    QVERIFY(!QFileInfo::exists(written.at(0)));
    QVERIFY(!QFileInfo::exists(written.at(1)));

    // A backup is a workspace of its own with the same rows.
    auto restored = Workspace::open(kept.last());
    QVERIFY2(restored, qPrintable(restored.error().toString()));
    QCOMPARE(restored.value()->organizations().list().value(), w.organizations().list().value());
}

void TestDatabase::integrityOnSoundFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto workspace
        = Workspace::open(dir.filePath(u"sound.coalition"_s), Database::OpenMode::CreateNew);
    QVERIFY2(workspace, qPrintable(workspace.error().toString()));
    QVERIFY(addOrganizations(*workspace.value(), 50));
    auto problems = workspace.value()->database().integrityProblems();
    QVERIFY2(problems, qPrintable(problems.error().toString()));
    QCOMPARE(problems.value(), QStringList());
}

void TestDatabase::integrityReportsDanglingReference()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto workspace
        = Workspace::open(dir.filePath(u"dangling.coalition"_s), Database::OpenMode::CreateNew);
    QVERIFY2(workspace, qPrintable(workspace.error().toString()));
    const QSqlDatabase c = workspace.value()->database().connection();
    QVERIFY(execSql(c, u"PRAGMA foreign_keys = OFF"_s));
    QVERIFY(execSql(c,
                    u"INSERT INTO person (name, organization_id, created_at, updated_at) "
                    "VALUES ('Ana', 4242, '2024-01-01T00:00:00.000Z', "
                    "'2024-01-01T00:00:00.000Z')"_s));
    QVERIFY(execSql(c, u"PRAGMA foreign_keys = ON"_s));
    auto problems = workspace.value()->database().integrityProblems();
    QVERIFY2(problems, qPrintable(problems.error().toString()));
    QCOMPARE(problems.value().size(), 1);
    QVERIFY2(problems.value().first().contains(u"person"_s)
                 && problems.value().first().contains(u"organization"_s),
             qPrintable(problems.value().first()));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
