// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace Coalition {

// A prepared statement whose every step is checked. On failure the error
// carries the statement and the values bound to it, so a log line is enough
// to see what went wrong. Values are bound by position (0-based, "?").
//
// The connection is opened and owned by QtSql (Database); statements run on
// its SQLite handle directly. QSqlQuery's per-value binding and its UTF-16
// text cost more than the insert itself on a bulk import (bench/).
class SqlQuery final
{
public:
    SqlQuery(const QSqlDatabase &database, const QString &statement);
    ~SqlQuery();
    Q_DISABLE_COPY_MOVE(SqlQuery)

    SqlQuery &bind(int position, const QVariant &value);

    // Binds the arguments in order, then executes.
    template<typename... Args>
    Status execWith(const Args &...args)
    {
        int position = 0;
        (bind(position++, toVariant(args)), ...);
        return exec();
    }

    template<typename... Args>
    Result<QVariant> scalarWith(const Args &...args)
    {
        int position = 0;
        (bind(position++, toVariant(args)), ...);
        return scalar();
    }

    Status exec();
    bool next();
    QVariant value(int column) const;
    QString text(int column) const;
    qint64 integer(int column) const;
    QDate date(int column) const;
    QDateTime timestamp(int column) const;
    std::optional<qint64> optionalId(int column) const;
    int numRowsAffected() const { return m_changes; }
    // Frees the statement's read lock before the next exec (SELECTs).
    void finish();

    // The first column of the first row: for RETURNING and aggregates.
    Result<QVariant> scalar();

    // Conversions used for binding: empty text is stored as '' (never NULL),
    // invalid dates and absent ids as NULL, timestamps as UTC ISO 8601.
    static QVariant toVariant(const QString &text);
    static QVariant toVariant(const QDate &date);
    static QVariant toVariant(const QDateTime &timestamp);
    static QVariant toVariant(const std::optional<qint64> &id);
    static QVariant toVariant(qint64 number) { return QVariant(number); }
    static QVariant toVariant(int number) { return QVariant(number); }
    static QVariant toVariant(const QVariant &value) { return value; }

    static QString formatTimestamp(const QDateTime &timestamp);

private:
    Error failure(const QString &what) const;

    bool isNull(int column) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statementHandle = nullptr;
    QVariantList m_values;
    QList<QByteArray> m_encoded; // UTF-8 of the bound text, alive until the next exec()
    QString m_statement;
    int m_changes = -1;
    int m_state = 0; // 0 idle, 1 first row pending, 2 on a row, 3 done
    Error m_prepareError;
    bool m_prepared = false;
};

} // namespace Coalition
