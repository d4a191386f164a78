// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>

namespace Coalition {

class SqlQuery;

// One open workspace file: owns the SQLite connection, checks that the file is
// ours and sound before touching it, sets the pragmas and brings the schema up
// to date. One Database per thread; it is not copyable.
class Database final
{
public:
    // "CoLD", stored by SQLite big-endian at byte 68 of the file header.
    static constexpr qint32 ApplicationId = 0x436F4C44;
    static constexpr int BackupsKept = 5;

    enum class OpenMode {
        ExistingOnly, // refuse a missing file
        CreateIfMissing, // create a new workspace when the file does not exist
        CreateNew, // refuse an existing file
    };

    struct Options
    {
        OpenMode mode = OpenMode::ExistingOnly;
        // Folder of numbered migration files "NNNN_name.sql"; tests point it
        // elsewhere to exercise upgrades. The embedded set by default.
        QString migrationsPath = QStringLiteral(":/coalition/sql/migrations");
        bool backupBeforeMigration = true;
    };

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  OpenMode mode = OpenMode::ExistingOnly);

    // The schema version this build writes.
    static int latestSchemaVersion(const QString &migrationsPath
                                   = QStringLiteral(":/coalition/sql/migrations"));

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    QString displayName() const; // file name without the extension
    int schemaVersion() const { return m_schemaVersion; }
    QString osUser() const { return m_osUser; }
    bool wasCreated() const { return m_created; }

    // A consistent copy of the whole workspace (VACUUM INTO), created 0600.
    // The target must not exist.
    Status writeCopy(const QString &targetPath);
    // A dated copy next to the file, keeping the newest BackupsKept; returns its path.
    Result<QString> writeBackup(const QString &reason);
    QStringList backups() const;

    // Full integrity_check and foreign_key_check; an empty list when sound.
    Result<QStringList> integrityProblems();

    // A prepared statement kept for the life of the connection, for writes
    // that run and finish in one exec() (INSERT, UPDATE): preparing them once
    // matters on bulk imports. Not for reads that are iterated: a nested use
    // of the same statement would reset the outer one.
    SqlQuery &cachedStatement(const QString &statement);

    // Transaction nesting, used by Transaction only.
    int transactionDepth() const { return m_transactionDepth; }
    void setTransactionDepth(int depth) { m_transactionDepth = depth; }

private:
    Database() = default;
    Status configure();
    Status migrate(const QString &migrationsPath, bool backupFirst);

    QString m_path;
    QString m_connectionName;
    std::map<QString, std::unique_ptr<SqlQuery>> m_statements;
    QString m_osUser;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    bool m_created = false;
};

} // namespace Coalition
