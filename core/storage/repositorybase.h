// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "result.h"
#include "transaction.h"

#include <QCoreApplication>

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

    static Error notFound(const QString &what, Id id);
    static QDateTime now();

    Database &m_database;
    AuditLog &m_audit;
};

} // namespace Coalition
