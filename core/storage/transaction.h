// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

namespace Coalition {

class Database;

// A write transaction that is rolled back unless commit() succeeds. The
// outermost guard starts with BEGIN IMMEDIATE, so the write lock is taken up
// front; a guard inside another becomes a savepoint, so a failing inner step
// can be undone without losing the outer work. A Read guard only holds one
// consistent snapshot of the file for several reads, without the write lock.
class Transaction final
{
public:
    enum class Kind { Write, Read };

    explicit Transaction(Database &database, Kind kind = Kind::Write);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    // Whether BEGIN succeeded; when not, status() says why.
    bool isActive() const { return m_active; }
    const Status &status() const { return m_status; }

    Status commit();
    Status rollback();

private:
    Database &m_database;
    Status m_status;
    QString m_savepoint; // empty for the outermost transaction
    int m_depth = 0;
    bool m_active = false;
};

} // namespace Coalition
