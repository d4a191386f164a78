// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "sqlquery.h"
#include "transaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QUrl>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Coalition::Database", text);
}

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"coalition-"_s + QString::number(counter.fetchAndAddRelaxed(1));
}

QString currentOsUser()
{
#ifdef Q_OS_UNIX
    if (const passwd *entry = ::getpwuid(::geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? u"unknown"_s : user;
}

// Creates the missing folders of dir, each readable by the owner only.
bool makePrivateDirectory(const QString &dir)
{
    QStringList missing;
    // QDir::cdUp() refuses to step into a folder that does not exist, so walk
    // up by path: every missing level is created, not only the last one.
    QString probe = QDir(dir).absolutePath();
    while (!QFileInfo::exists(probe)) {
        missing.prepend(probe);
        const QString parent = QFileInfo(probe).absolutePath();
        if (parent == probe)
            break;
        probe = parent;
    }
    for (const QString &path : std::as_const(missing)) {
        if (!QDir().mkdir(path))
            return false;
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    return true;
}

// Creates an empty file readable and writable by its owner only; fails if it exists.
bool createPrivateFile(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
#else
    QFile file(path);
    if (!file.open(QIODevice::NewOnly | QIODevice::WriteOnly))
        return false;
    return file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
#endif
}

// A connection that is removed from Qt's registry when it goes out of scope.
class ScopedConnection
{
public:
    ScopedConnection(const QString &path, const QString &options)
        : m_name(nextConnectionName())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        m_opened = db.open();
        if (!m_opened)
            m_error = db.lastError().text();
    }
    ~ScopedConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(ScopedConnection)

    bool opened() const { return m_opened; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    QString m_error;
    bool m_opened = false;
};

struct Migration
{
    int version = 0;
    QString path;
};

QList<Migration> migrationsIn(const QString &folder)
{
    static const QRegularExpression pattern(u"^(\\d{4})_[A-Za-z0-9_-]+\\.sql$"_s);
    QList<Migration> result;
    const QStringList names = QDir(folder).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            result.append({match.captured(1).toInt(), folder + u'/' + name});
    }
    return result;
}

// Splits a migration file into statements with SQLite's own notion of where
// a statement ends, which copes with semicolons inside triggers and strings.
QStringList splitStatements(const QByteArray &script)
{
    QStringList statements;
    QByteArray pending;
    for (const QByteArray &line : script.split('\n')) {
        pending += line;
        pending += '\n';
        if (sqlite3_complete(pending.constData())) {
            const QString statement = QString::fromUtf8(pending).trimmed();
            // Comment-only chunks are complete too; they carry no statement.
            bool onlyComments = true;
            for (const QString &l : statement.split(u'\n')) {
                const QString t = l.trimmed();
                if (!t.isEmpty() && !t.startsWith(u"--"_s)) {
                    onlyComments = false;
                    break;
                }
            }
            if (!onlyComments)
                statements.append(statement);
            pending.clear();
        }
    }
    if (!pending.trimmed().isEmpty())
        statements.append(QString::fromUtf8(pending).trimmed()); // reported when executed
    return statements;
}

struct HeaderCheck
{
    bool ok = false;
    QString reason;
};

// Reads only the fixed 100-byte SQLite header, so a file that is not ours is
// never handed to SQLite in read-write mode.
HeaderCheck checkHeader(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {false, tr("%1 cannot be read: %2.").arg(name, file.errorString())};
    const QByteArray header = file.read(100);
    if (header.isEmpty())
        return {false, tr("%1 is empty: it is not a Coalition Desk workspace.").arg(name)};
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return {
            false,
            tr("%1 is not a Coalition Desk workspace (it is not an SQLite database).").arg(name)};
    return {true, {}};
}

// Every check on an existing file is read-only: a refused file stays
// byte-for-byte as it was.
Status verifyExistingFile(const QString &absolutePath, int latest)
{
    const QString name = QFileInfo(absolutePath).fileName();
    if (const HeaderCheck header = checkHeader(absolutePath); !header.ok)
        return Error{header.reason, {}, {}};
    // Even a read-only connection creates -wal and -shm files beside a WAL
    // file and leaves them there. Without a -wal file the main file holds
    // everything, so it is read as immutable, which creates nothing.
    const bool hasLog = QFileInfo::exists(absolutePath + u"-wal"_s);
    ScopedConnection probe(hasLog ? absolutePath
                                  : QUrl::fromLocalFile(absolutePath).toString(QUrl::FullyEncoded)
                                   + u"?mode=ro&immutable=1"_s,
                           hasLog ? u"QSQLITE_OPEN_READONLY"_s
                                  : u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
    if (!probe.opened())
        return Error{tr("%1 cannot be opened.").arg(name), probe.error(), {}};
    SqlQuery idQuery(probe.db(), u"PRAGMA application_id"_s);
    auto id = idQuery.scalar();
    if (!id)
        return Error{tr("%1 is damaged or unreadable and was left untouched.").arg(name),
                     id.error().detail,
                     {}};
    if (id->toLongLong() != Database::ApplicationId)
        return Error{tr("%1 is an SQLite database of another program, not a Coalition Desk "
                        "workspace; it was left untouched.")
                         .arg(name),
                     {},
                     {}};
    SqlQuery versionQuery(probe.db(), u"PRAGMA user_version"_s);
    auto version = versionQuery.scalar();
    if (!version)
        return Error{tr("%1 is damaged or unreadable and was left untouched.").arg(name),
                     version.error().detail,
                     {}};
    if (version->toInt() > latest)
        return Error{tr("%1 was written by a newer version of Coalition Desk (file format %2; "
                        "this version reads up to %3). Update Coalition Desk to open it.")
                         .arg(name)
                         .arg(version->toInt())
                         .arg(latest),
                     {},
                     {}};
    SqlQuery check(probe.db(), u"PRAGMA quick_check(1)"_s);
    auto verdict = check.scalar();
    if (!verdict || verdict->toString() != u"ok"_s)
        return Error{tr("%1 is damaged and was left untouched; open one of its backups "
                        "instead.")
                         .arg(name),
                     verdict ? verdict->toString() : verdict.error().detail,
                     {}};
    return {};
}

} // namespace

Database::~Database()
{
    m_statements.clear(); // finalized before the connection closes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    Options options;
    options.mode = mode;
    return open(path, options);
}

int Database::latestSchemaVersion(const QString &migrationsPath)
{
    const QList<Migration> migrations = migrationsIn(migrationsPath);
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    const QString absolutePath = info.absoluteFilePath();
    const int latest = latestSchemaVersion(options.migrationsPath);
    if (latest == 0)
        return Error{tr("This build of Coalition Desk carries no database schema."),
                     options.migrationsPath,
                     {}};

    bool created = false;
    if (!info.exists()) {
        if (options.mode == OpenMode::ExistingOnly)
            return Error{tr("%1 does not exist.").arg(absolutePath), {}, {}};
        if (!makePrivateDirectory(info.absolutePath()))
            return Error{
                tr("The folder %1 could not be created.").arg(info.absolutePath()), {}, {}};
        if (!createPrivateFile(absolutePath))
            return Error{tr("%1 could not be created.").arg(absolutePath), {}, {}};
        created = true;
    } else if (options.mode == OpenMode::CreateNew) {
        return Error{tr("%1 already exists; choose a new file name.").arg(absolutePath), {}, {}};
    } else if (info.isDir()) {
        return Error{tr("%1 is a folder, not a workspace file.").arg(absolutePath), {}, {}};
    }

    if (!created) {
        if (Status verified = verifyExistingFile(absolutePath, latest); !verified)
            return verified.error();
    }

    std::unique_ptr<Database> database(new Database);
    database->m_path = absolutePath;
    database->m_connectionName = nextConnectionName();
    database->m_osUser = currentOsUser();
    database->m_created = created;

    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, database->m_connectionName);
        db.setDatabaseName(absolutePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open())
            status = Error{tr("%1 cannot be opened.").arg(name), db.lastError().text(), {}};
    }
    if (status)
        status = database->configure();
    if (status)
        status = database->migrate(options.migrationsPath, options.backupBeforeMigration);
    if (!status) {
        if (created) {
            // A file made just now and never brought to a schema would block the
            // next attempt ("already exists", "not a workspace"): take it away.
            database.reset();
            for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
                QFile::remove(absolutePath + suffix);
        }
        return status.error();
    }
    return database;
}

SqlQuery &Database::cachedStatement(const QString &statement)
{
    std::unique_ptr<SqlQuery> &slot = m_statements[statement];
    if (!slot)
        slot = std::make_unique<SqlQuery>(connection(), statement);
    return *slot;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::displayName() const
{
    return QFileInfo(m_path).completeBaseName();
}

Status Database::configure()
{
    const QSqlDatabase db = connection();
    // journal_mode answers with the mode in force: check it took.
    SqlQuery wal(db, u"PRAGMA journal_mode = WAL"_s);
    auto mode = wal.scalar();
    if (!mode)
        return mode.error();
    if (mode->toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return Error{tr("The workspace file cannot use write-ahead logging on this disk."),
                     mode->toString(),
                     {}};
    for (const QString &pragma :
         {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = FULL"_s,
          u"PRAGMA trusted_schema = OFF"_s, u"PRAGMA busy_timeout = 5000"_s}) {
        SqlQuery query(db, pragma);
        if (Status status = query.exec(); !status)
            return status;
    }
    SqlQuery foreignKeys(db, u"PRAGMA foreign_keys"_s);
    auto enabled = foreignKeys.scalar();
    if (!enabled)
        return enabled.error();
    if (enabled->toInt() != 1)
        return Error{tr("This SQLite library cannot enforce foreign keys."), {}, {}};
    return {};
}

Status Database::migrate(const QString &migrationsPath, bool backupFirst)
{
    const QSqlDatabase db = connection();
    SqlQuery versionQuery(db, u"PRAGMA user_version"_s);
    auto version = versionQuery.scalar();
    if (!version)
        return version.error();
    m_schemaVersion = version->toInt();

    const QList<Migration> migrations = migrationsIn(migrationsPath);
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        if (migrations.at(i).version != i + 1)
            return Error{tr("The database schema files are not numbered 1, 2, 3 …"),
                         migrations.at(i).path,
                         {}};
    }
    if (m_schemaVersion >= migrations.size())
        return {};

    if (backupFirst && m_schemaVersion > 0) {
        if (auto backup = writeBackup(u"before-format-"_s + QString::number(migrations.size()));
            !backup)
            return backup.error();
    }

    for (const Migration &migration : migrations) {
        if (migration.version <= m_schemaVersion)
            continue;
        QFile file(migration.path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{tr("A database schema file cannot be read."), migration.path, {}};
        const QStringList statements = splitStatements(file.readAll());

        Transaction transaction(*this);
        if (!transaction.isActive())
            return transaction.status();
        if (migration.version == 1) {
            SqlQuery mark(db, u"PRAGMA application_id = "_s + QString::number(ApplicationId));
            if (Status status = mark.exec(); !status)
                return status;
        }
        for (const QString &statement : statements) {
            SqlQuery step(db, statement);
            if (Status status = step.exec(); !status) {
                Error error = status.error();
                error.message = tr("The workspace could not be upgraded to format %1; it was left "
                                   "as it was.")
                                    .arg(migration.version);
                return error;
            }
        }
        SqlQuery bump(db, u"PRAGMA user_version = "_s + QString::number(migration.version));
        if (Status status = bump.exec(); !status)
            return status;
        if (Status status = transaction.commit(); !status)
            return status;
        m_schemaVersion = migration.version;
    }
    return {};
}

Status Database::writeCopy(const QString &targetPath)
{
    const QFileInfo target(targetPath);
    if (target.exists())
        return Error{tr("%1 already exists; choose a new file name.").arg(targetPath), {}, {}};
    if (!makePrivateDirectory(target.absolutePath())
        || !createPrivateFile(target.absoluteFilePath()))
        return Error{tr("%1 could not be created.").arg(targetPath), {}, {}};
    SqlQuery vacuum(connection(), u"VACUUM INTO ?"_s);
    if (Status status = vacuum.execWith(target.absoluteFilePath()); !status) {
        QFile::remove(target.absoluteFilePath());
        return status;
    }
    return {};
}

QStringList Database::backups() const
{
    const QFileInfo info(m_path);
    const QDir dir = info.absoluteDir();
    QStringList result;
    const QStringList names
        = dir.entryList({info.fileName() + u".*.bak"_s}, QDir::Files, QDir::Name);
    for (const QString &entry : names)
        result.append(dir.absoluteFilePath(entry));
    return result; // oldest first: the names carry a sortable UTC stamp
}

Result<QString> Database::writeBackup(const QString &reason)
{
    QString safeReason = reason;
    safeReason.replace(QRegularExpression(u"[^A-Za-z0-9-]"_s), u"-"_s);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmsszzz'Z'"_s);
    const QString target = m_path + u'.' + stamp + u'-' + safeReason + u".bak"_s;
    if (Status status = writeCopy(target); !status)
        return status.error();
    QStringList existing = backups();
    while (existing.size() > BackupsKept)
        QFile::remove(existing.takeFirst());
    return target;
}

Result<QStringList> Database::integrityProblems()
{
    QStringList problems;
    SqlQuery integrity(connection(), u"PRAGMA integrity_check"_s);
    if (Status status = integrity.exec(); !status)
        return status.error();
    while (integrity.next()) {
        const QString line = integrity.text(0);
        if (line != u"ok"_s)
            problems.append(line);
    }
    SqlQuery foreignKeys(connection(), u"PRAGMA foreign_key_check"_s);
    if (Status status = foreignKeys.exec(); !status)
        return status.error();
    while (foreignKeys.next())
        problems.append(tr("Row %1 of table %2 points to a missing row of table %3.")
                            .arg(foreignKeys.text(1), foreignKeys.text(0), foreignKeys.text(2)));
    return problems;
}

} // namespace Coalition
