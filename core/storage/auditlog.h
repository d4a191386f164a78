// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "result.h"

#include <QJsonObject>
#include <QList>

#include <memory>
#include <optional>

namespace Coalition {

class Database;
class SqlQuery;

struct AuditEntry
{
    Id id = 0;
    QDateTime at;
    QString osUser;
    QString entity; // "organization", "person", "coalition", "membership"
    Id entityId = 0;
    QString field; // empty for a whole record created or deleted
    std::optional<QString> oldValue;
    std::optional<QString> newValue;

    bool operator==(const AuditEntry &) const = default;
};

// Writes and reads the audit table: who changed what, when, from which value
// to which. Every repository write goes through it in the same transaction.
class AuditLog final
{
public:
    explicit AuditLog(Database &database);
    ~AuditLog();
    Q_DISABLE_COPY_MOVE(AuditLog)

    Status recordCreated(const QString &entity, Id id, const QJsonObject &record);
    // The same with the record already written as compact JSON text.
    Status recordCreated(const QString &entity, Id id, const QString &compactJson);
    Status recordDeleted(const QString &entity, Id id, const QJsonObject &record);
    // One entry per top-level key whose value differs (updated_at ignored).
    Status recordChanges(const QString &entity, Id id, const QJsonObject &before,
                         const QJsonObject &after);

    Result<QList<AuditEntry>> entriesFor(const QString &entity, Id id);
    Result<QList<AuditEntry>> recent(int limit);
    Result<QList<AuditEntry>> all();
    // Restores entries exactly as exported (workspace import).
    Status restore(const AuditEntry &entry);
    // Moves each table's id sequence past every id the log mentions, so a
    // restored workspace never hands a deleted record's id to a new one.
    Status reserveAuditedIds();

    static QString valueText(const QJsonValue &value);

private:
    Status write(const QString &entity, Id id, const QString &field,
                 const std::optional<QString> &oldValue, const std::optional<QString> &newValue);
    Result<QList<AuditEntry>> read(SqlQuery &query);

    Database &m_database;
};

} // namespace Coalition
