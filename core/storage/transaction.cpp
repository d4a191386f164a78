// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "database.h"
#include "sqlquery.h"

using namespace Qt::StringLiterals;

namespace Coalition {

Transaction::Transaction(Database &database, Kind kind)
    : m_database(database)
    , m_depth(database.transactionDepth())
{
    if (m_depth > 0)
        m_savepoint = u"coalition_sp_"_s + QString::number(m_depth);
    QString statement = u"SAVEPOINT "_s + m_savepoint;
    if (m_savepoint.isEmpty())
        statement = kind == Kind::Write ? u"BEGIN IMMEDIATE"_s : u"BEGIN DEFERRED"_s;
    SqlQuery begin(database.connection(), statement);
    m_status = begin.exec();
    m_active = m_status.ok();
    if (m_active)
        m_database.setTransactionDepth(m_depth + 1);
}

Transaction::~Transaction()
{
    if (m_active)
        (void)rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_status.ok() ? Status(Error{u"No transaction is open."_s, {}, {}}) : m_status;
    SqlQuery end(m_database.connection(),
                 m_savepoint.isEmpty() ? u"COMMIT"_s : u"RELEASE "_s + m_savepoint);
    Status status = end.exec();
    if (!status)
        return status; // still active: the destructor rolls back
    m_active = false;
    m_database.setTransactionDepth(m_depth);
    return status;
}

Status Transaction::rollback()
{
    if (!m_active)
        return {};
    m_active = false;
    m_database.setTransactionDepth(m_depth);
    if (m_savepoint.isEmpty())
        return SqlQuery(m_database.connection(), u"ROLLBACK"_s).exec();
    if (Status status = SqlQuery(m_database.connection(), u"ROLLBACK TO "_s + m_savepoint).exec();
        !status)
        return status;
    return SqlQuery(m_database.connection(), u"RELEASE "_s + m_savepoint).exec();
}

} // namespace Coalition
