// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace Coalition {

// A prepared statement whose every step is checked. On failure the error
// carries the statement and the values bound to it, so a log line is enough
// to see what went wrong. Values are bound by position (0-based, "?").
class SqlQuery final
{
public:
    SqlQuery(const QSqlDatabase &database, const QString &statement);

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
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QString text(int column) const { return m_query.value(column).toString(); }
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    QDate date(int column) const;
    QDateTime timestamp(int column) const;
    std::optional<qint64> optionalId(int column) const;
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    // Frees the statement's read lock before the next exec (SELECTs).
    void finish() { m_query.finish(); }

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

    QSqlQuery m_query;
    QString m_statement;
    Error m_prepareError;
    bool m_prepared = false;
};

} // namespace Coalition
