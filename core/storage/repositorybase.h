// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "domain/types.h"
#include "result.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariant>

namespace Coalition {

class AuditLog;
class Database;

// How a record is written: as a new edit (fresh id and times, audited), or
// restored exactly as it was exported (id and times kept, not audited because
// the audit log is restored with it).
enum class WriteMode { Edit, Restore };

// What the repositories share: the database, the audit log and the clock.
class RepositoryBase
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::Repository)

public:
    RepositoryBase(Database &database, AuditLog &audit)
        : m_database(database)
        , m_audit(audit)
    { }

protected:
    // Runs insert (which returns the new id) in a transaction that is
    // committed only when it succeeds.
    template<typename Insert>
    Result<Id> inTransaction(Insert insert)
    {
        Transaction transaction(m_database);
        if (!transaction.isActive())
            return transaction.status().error();
        Result<Id> id = insert();
        if (!id)
            return id;
        if (Status status = transaction.commit(); !status)
            return status.error();
        return id;
    }

    // Records read by a select, with each one's position by its id: what
    // their child rows are attached through.
    template<typename T>
    struct Indexed
    {
        QList<T> records;
        QHash<Id, qsizetype> positions;
    };

    // Runs `statement` with `value` bound first when it is valid, reads each
    // row into a record with `read(const SqlQuery &)`, and indexes the records
    // by the id in column 0.
    template<typename T, typename Read>
    Result<Indexed<T>> selectIndexed(const QString &statement, const QVariant &value, Read read)
    {
        SqlQuery query(m_database.connection(), statement);
        if (value.isValid())
            query.bind(0, value);
        if (Status status = query.exec(); !status)
            return status.error();
        Indexed<T> found;
        while (query.next()) {
            found.positions.insert(query.integer(0), found.records.size());
            found.records.append(read(query));
        }
        return found;
    }

    // Runs `statement`, whose column 0 names the owning record, with `value`
    // bound first when it is valid, and hands each row to
    // `add(T &owner, const SqlQuery &row)`. Rows of records not in `owners`
    // are skipped.
    template<typename T, typename Add>
    Status attachChildren(const QString &statement, const QVariant &value, Indexed<T> &owners,
                          Add add)
    {
        SqlQuery query(m_database.connection(), statement);
        if (value.isValid())
            query.bind(0, value);
        if (Status status = query.exec(); !status)
            return status;
        while (query.next()) {
            if (const auto it = owners.positions.constFind(query.integer(0));
                it != owners.positions.cend())
                add(owners.records[*it], query);
        }
        return {};
    }

    static Error notFound(const QString &what, Id id);
    static QDateTime now();

    Database &m_database;
    AuditLog &m_audit;
};

} // namespace Coalition
