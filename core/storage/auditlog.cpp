// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"

#include "domain/recordkey.h"

#include "database.h"
#include "sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

QVariant optionalText(const std::optional<QString> &text)
{
    return text ? SqlQuery::toVariant(*text) : QVariant();
}

std::optional<QString> readOptionalText(const SqlQuery &query, int column)
{
    const QVariant v = query.value(column);
    return v.isNull() ? std::nullopt : std::optional<QString>(v.toString());
}

} // namespace

AuditLog::AuditLog(Database &database)
    : m_database(database)
{ }

AuditLog::~AuditLog() = default;

QString AuditLog::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toInteger());
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

Status AuditLog::write(const QString &entity, Id id, const QString &field,
                       const std::optional<QString> &oldValue,
                       const std::optional<QString> &newValue)
{
    SqlQuery &insert = m_database.cachedStatement(
        u"INSERT INTO audit_entry (at, os_user, entity, entity_id, field, old_value, new_value) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    return insert.execWith(QDateTime::currentDateTimeUtc(), m_database.osUser(), entity, id,
                           field.isEmpty() ? QVariant() : QVariant(field), optionalText(oldValue),
                           optionalText(newValue));
}

Status AuditLog::recordCreated(const QString &entity, Id id, const QJsonObject &record)
{
    return recordCreated(entity, id,
                         QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)));
}

Status AuditLog::recordCreated(const QString &entity, Id id, const QString &compactJson)
{
    return write(entity, id, {}, std::nullopt, compactJson);
}

Status AuditLog::recordDeleted(const QString &entity, Id id, const QJsonObject &record)
{
    return write(entity, id, {},
                 QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)),
                 std::nullopt);
}

Status AuditLog::recordChanges(const QString &entity, Id id, const QJsonObject &before,
                               const QJsonObject &after)
{
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (it.key() == u"updated_at"_s || it.key() == u"created_at"_s)
            continue;
        const QJsonValue old = before.value(it.key());
        if (old == it.value())
            continue;
        const auto toOptional = [](const QJsonValue &v) {
            return v.isNull() || v.isUndefined() ? std::nullopt
                                                 : std::optional<QString>(valueText(v));
        };
        if (Status status = write(entity, id, it.key(), toOptional(old), toOptional(it.value()));
            !status)
            return status;
    }
    return {};
}

Status AuditLog::restore(const AuditEntry &entry)
{
    SqlQuery &insert = m_database.cachedStatement(
        u"INSERT INTO audit_entry (id, at, os_user, entity, entity_id, field, old_value, "
        "new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    return insert.execWith(entry.id, entry.at, entry.osUser, entry.entity, entry.entityId,
                           entry.field.isEmpty() ? QVariant() : QVariant(entry.field),
                           optionalText(entry.oldValue), optionalText(entry.newValue));
}

Status AuditLog::reserveAuditedIds()
{
    // The audit's entity names are the table names (see the repositories).
    for (const RecordKind kind : AllRecordKinds) {
        const QString table = recordKindKey(kind);
        SqlQuery highest(m_database.connection(),
                         u"SELECT coalesce(max(entity_id), 0) FROM audit_entry WHERE entity = ?"_s);
        auto id = highest.scalarWith(table);
        if (!id)
            return id.error();
        if (id->toLongLong() == 0)
            continue;
        SqlQuery raise(m_database.connection(),
                       u"UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?"_s);
        if (Status status = raise.execWith(id->toLongLong(), table); !status)
            return status;
        if (raise.numRowsAffected() == 0) {
            SqlQuery add(m_database.connection(),
                         u"INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)"_s);
            if (Status status = add.execWith(table, id->toLongLong()); !status)
                return status;
        }
    }
    return {};
}

Result<QList<AuditEntry>> AuditLog::read(SqlQuery &query)
{
    if (Status status = query.exec(); !status)
        return status.error();
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry e;
        e.id = query.integer(0);
        e.at = query.timestamp(1);
        e.osUser = query.text(2);
        e.entity = query.text(3);
        e.entityId = query.integer(4);
        e.field = query.text(5);
        e.oldValue = readOptionalText(query, 6);
        e.newValue = readOptionalText(query, 7);
        entries.append(e);
    }
    return entries;
}

Result<QList<AuditEntry>> AuditLog::entriesFor(const QString &entity, Id id)
{
    SqlQuery query(m_database.connection(),
                   u"SELECT id, at, os_user, entity, entity_id, field, old_value, new_value "
                   "FROM audit_entry WHERE entity = ? AND entity_id = ? ORDER BY id"_s);
    query.bind(0, entity).bind(1, id);
    return read(query);
}

Result<QList<AuditEntry>> AuditLog::recent(int limit)
{
    SqlQuery query(m_database.connection(),
                   u"SELECT id, at, os_user, entity, entity_id, field, old_value, new_value "
                   "FROM audit_entry ORDER BY id DESC LIMIT ?"_s);
    query.bind(0, limit);
    return read(query);
}

Result<QList<AuditEntry>> AuditLog::all()
{
    SqlQuery query(m_database.connection(),
                   u"SELECT id, at, os_user, entity, entity_id, field, old_value, new_value "
                   "FROM audit_entry ORDER BY id"_s);
    return read(query);
}

} // namespace Coalition
