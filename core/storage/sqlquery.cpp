// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlquery.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Coalition {

SqlQuery::SqlQuery(const QSqlDatabase &database, const QString &statement)
    : m_query(database)
    , m_statement(statement)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(statement);
    if (!m_prepared)
        m_prepareError = failure(u"prepare"_s);
}

SqlQuery &SqlQuery::bind(int position, const QVariant &value)
{
    m_query.bindValue(position, value);
    return *this;
}

Status SqlQuery::exec()
{
    if (!m_prepared)
        return m_prepareError;
    if (!m_query.exec())
        return failure(u"exec"_s);
    return {};
}

Result<QVariant> SqlQuery::scalar()
{
    if (Status status = exec(); !status)
        return status.error();
    if (!m_query.next())
        return failure(u"scalar"_s);
    QVariant result = m_query.value(0);
    m_query.finish();
    return result;
}

QDate SqlQuery::date(int column) const
{
    const QVariant v = m_query.value(column);
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QDateTime SqlQuery::timestamp(int column) const
{
    const QVariant v = m_query.value(column);
    if (v.isNull())
        return {};
    QDateTime result = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    result.setTimeSpec(Qt::UTC);
    return result;
}

std::optional<qint64> SqlQuery::optionalId(int column) const
{
    const QVariant v = m_query.value(column);
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

QVariant SqlQuery::toVariant(const QString &text)
{
    // A null QString would bind as SQL NULL; the schema keeps text NOT NULL.
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QVariant SqlQuery::toVariant(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant SqlQuery::toVariant(const QDateTime &timestamp)
{
    return timestamp.isValid() ? QVariant(formatTimestamp(timestamp)) : QVariant();
}

QVariant SqlQuery::toVariant(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant();
}

QString SqlQuery::formatTimestamp(const QDateTime &timestamp)
{
    // Written by hand: QDateTime::toString goes through the locale and
    // calendar machinery, which cost more per row of a bulk import than the
    // SQLite insert itself. Same text as the "yyyy-MM-ddTHH:mm:ss.zzzZ" format.
    const QDateTime utc = timestamp.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    if (date.year() < 0 || date.year() > 9999)
        return utc.toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
    char16_t text[] = u"0000-00-00T00:00:00.000Z";
    const auto put = [&text](int at, int width, int value) {
        for (int i = at + width - 1; i >= at; --i, value /= 10)
            text[i] = static_cast<char16_t>(u'0' + value % 10);
    };
    put(0, 4, date.year());
    put(5, 2, date.month());
    put(8, 2, date.day());
    put(11, 2, time.hour());
    put(14, 2, time.minute());
    put(17, 2, time.second());
    put(20, 3, time.msec());
    return QString::fromUtf16(text, 24);
}

Error SqlQuery::failure(const QString &what) const
{
    QStringList values;
    const QVariantList bound = m_query.boundValues();
    values.reserve(bound.size());
    for (const QVariant &value : bound)
        values.append(value.isNull() ? u"NULL"_s : u'\'' + value.toString().left(80) + u'\'');
    const QSqlError error = m_query.lastError();
    Error result;
    result.message = QCoreApplication::translate("Coalition::Storage",
                                                 "The workspace file could not be read or "
                                                 "written: %1")
                         .arg(error.databaseText().isEmpty() ? error.text() : error.databaseText());
    result.detail
        = what + u": "_s + m_statement.simplified() + u" ["_s + values.join(u", "_s) + u']';
    return result;
}

} // namespace Coalition
