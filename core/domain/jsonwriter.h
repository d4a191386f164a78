// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How the JSON codec writes the values every record has: dates, timestamps,
// optional record numbers and lists of them. Internal to core/domain.

#include "timestamps.h"
#include "types.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>

#include <optional>

namespace Coalition::JsonCodec {

// An ISO 8601 date, or null when there is none.
inline QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// A UTC timestamp as the files keep it, or null.
inline QJsonValue timestampValue(const QDateTime &timestamp)
{
    return timestamp.isValid() ? QJsonValue(formatTimestamp(timestamp))
                               : QJsonValue(QJsonValue::Null);
}

inline QJsonValue idValue(const std::optional<Id> &id)
{
    return id ? QJsonValue(*id) : QJsonValue(QJsonValue::Null);
}

inline QJsonArray idArray(const QList<Id> &ids)
{
    QJsonArray result;
    for (const Id id : ids)
        result.append(id);
    return result;
}

} // namespace Coalition::JsonCodec
