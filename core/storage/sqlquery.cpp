// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlquery.h"

#include "domain/timestamps.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <QStringList>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

sqlite3 *nativeHandle(const QSqlDatabase &database)
{
    if (!database.isOpen() || !database.driver())
        return nullptr;
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

SqlQuery::SqlQuery(const QSqlDatabase &database, const QString &statement)
    : m_db(nativeHandle(database))
    , m_statement(statement)
{
    if (!m_db) {
        m_prepareError = Error{
            QCoreApplication::translate("Coalition::Storage", "The workspace file is not open."),
            statement,
            {}};
        return;
    }
    const QByteArray sql = statement.toUtf8();
    const char *tail = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &m_statementHandle, &tail)
        != SQLITE_OK) {
        m_prepareError = failure(u"prepare"_s);
        sqlite3_finalize(m_statementHandle);
        m_statementHandle = nullptr;
        return;
    }
    // Whatever follows the statement may only be white space and comments:
    // SQLite prepares such a rest to no statement at all.
    bool onlyOneStatement = m_statementHandle != nullptr;
    if (onlyOneStatement && tail && *tail) {
        sqlite3_stmt *rest = nullptr;
        sqlite3_prepare_v2(m_db, tail, -1, &rest, nullptr);
        onlyOneStatement = rest == nullptr;
        sqlite3_finalize(rest);
    }
    if (!onlyOneStatement) {
        m_prepareError = failure(u"prepare (one statement expected)"_s);
        sqlite3_finalize(m_statementHandle);
        m_statementHandle = nullptr;
        return;
    }
    m_prepared = true;
    m_values.resize(sqlite3_bind_parameter_count(m_statementHandle));
}

SqlQuery::~SqlQuery()
{
    sqlite3_finalize(m_statementHandle);
}

SqlQuery &SqlQuery::bind(int position, const QVariant &value)
{
    if (position >= m_values.size())
        m_values.resize(position + 1);
    m_values[position] = value;
    return *this;
}

Status SqlQuery::exec()
{
    if (!m_prepared)
        return m_prepareError;
    sqlite3_reset(m_statementHandle);
    m_state = 0;
    m_changes = -1;
    if (m_values.size() != sqlite3_bind_parameter_count(m_statementHandle))
        return failure(u"bind (parameter count mismatch)"_s);
    m_encoded.resize(m_values.size());
    for (int i = 0; i < m_values.size(); ++i) {
        const QVariant &v = m_values.at(i);
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = sqlite3_bind_null(m_statementHandle, i + 1);
        } else {
            switch (v.typeId()) {
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::UInt:
            case QMetaType::Bool:
                rc = sqlite3_bind_int64(m_statementHandle, i + 1, v.toLongLong());
                break;
            case QMetaType::Double:
                rc = sqlite3_bind_double(m_statementHandle, i + 1, v.toDouble());
                break;
            case QMetaType::QByteArray: {
                QByteArray &bytes = m_encoded[i];
                bytes = v.toByteArray();
                rc = sqlite3_bind_blob64(m_statementHandle, i + 1, bytes.constData(),
                                         sqlite3_uint64(bytes.size()), SQLITE_STATIC);
                break;
            }
            default: {
                // Kept in m_encoded until the next exec(), so SQLite need not copy it.
                QByteArray &text = m_encoded[i];
                text = v.toString().toUtf8();
                rc = sqlite3_bind_text64(m_statementHandle, i + 1, text.constData(),
                                         sqlite3_uint64(text.size()), SQLITE_STATIC, SQLITE_UTF8);
            }
            }
        }
        if (rc != SQLITE_OK)
            return failure(u"bind"_s);
    }
    const int rc = sqlite3_step(m_statementHandle);
    if (rc == SQLITE_ROW) {
        m_state = 1;
        return {};
    }
    if (rc == SQLITE_DONE) {
        m_state = 3;
        m_changes = sqlite3_changes(m_db);
        return {};
    }
    Error error = failure(u"exec"_s);
    sqlite3_reset(m_statementHandle);
    return error;
}

bool SqlQuery::next()
{
    if (m_state == 1) {
        m_state = 2;
        return true;
    }
    if (m_state != 2)
        return false;
    if (sqlite3_step(m_statementHandle) == SQLITE_ROW)
        return true;
    m_state = 3;
    return false;
}

void SqlQuery::finish()
{
    if (m_statementHandle)
        sqlite3_reset(m_statementHandle);
    m_state = 0;
}

bool SqlQuery::isNull(int column) const
{
    return m_state != 2 || sqlite3_column_type(m_statementHandle, column) == SQLITE_NULL;
}

QVariant SqlQuery::value(int column) const
{
    if (m_state != 2)
        return {};
    switch (sqlite3_column_type(m_statementHandle, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_statementHandle, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statementHandle, column));
    case SQLITE_BLOB:
        return QVariant(
            QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statementHandle, column)),
                       sqlite3_column_bytes(m_statementHandle, column)));
    case SQLITE_NULL:
        return QVariant();
    default:
        return QVariant(text(column));
    }
}

QString SqlQuery::text(int column) const
{
    if (m_state != 2)
        return {};
    const auto *data
        = reinterpret_cast<const char *>(sqlite3_column_text(m_statementHandle, column));
    const int size = sqlite3_column_bytes(m_statementHandle, column);
    return data ? QString::fromUtf8(data, size) : QString();
}

qint64 SqlQuery::integer(int column) const
{
    return m_state == 2 ? sqlite3_column_int64(m_statementHandle, column) : 0;
}

Result<QVariant> SqlQuery::scalar()
{
    if (Status status = exec(); !status)
        return status.error();
    if (!next())
        return failure(u"scalar"_s);
    QVariant result = value(0);
    finish();
    return result;
}

QDate SqlQuery::date(int column) const
{
    const QVariant v = value(column);
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QDateTime SqlQuery::timestamp(int column) const
{
    const QVariant v = value(column);
    if (v.isNull())
        return {};
    QDateTime result = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    result.setTimeSpec(Qt::UTC);
    return result;
}

std::optional<qint64> SqlQuery::optionalId(int column) const
{
    const QVariant v = value(column);
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
    return Coalition::formatTimestamp(timestamp);
}

Error SqlQuery::failure(const QString &what) const
{
    QStringList values;
    values.reserve(m_values.size());
    for (const QVariant &value : m_values)
        values.append(value.isNull() ? u"NULL"_s : u'\'' + value.toString().left(80) + u'\'');
    const QString text = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
    Error result;
    result.message = QCoreApplication::translate("Coalition::Storage",
                                                 "The workspace file could not be read or "
                                                 "written: %1")
                         .arg(text);
    result.detail
        = what + u": "_s + m_statement.simplified() + u" ["_s + values.join(u", "_s) + u']';
    return result;
}

} // namespace Coalition
