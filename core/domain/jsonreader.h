// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The field reader behind JsonCodec::fromJson, shared by the .cpp files that
// read records back (jsoncodecreader.cpp, governancejson.cpp); not a public API.

#include "fraction.h"
#include "money.h"
#include "validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace Coalition::JsonCodec {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("Coalition::JsonCodec", text);
}

// Reads fields of one object, collecting a problem for each it cannot use.
class Reader
{
public:
    Reader(const QJsonObject &object, Problems *problems, const QString &path)
        : m_object(object)
        , m_problems(problems)
        , m_path(path)
    { }

    QString field(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }
    void problem(const QString &key, const QString &message) const
    {
        if (m_problems)
            m_problems->append({field(key), message});
        m_failed = true;
    }
    bool failed() const { return m_failed; }
    Problems *problems() const { return m_problems; }
    // Whether the object has the key at all (marks it read).
    bool has(const QString &key) const { return !look(key).isUndefined(); }

    QString text(const QString &key, bool required = false) const
    {
        const QJsonValue v = look(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(key, tr("This field is required."));
            return QStringLiteral("");
        }
        if (!v.isString()) {
            problem(key, tr("Expected text."));
            return {};
        }
        return v.toString();
    }

    Id id(const QString &key, bool required = true) const
    {
        const QJsonValue v = look(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(key, tr("This field is required."));
            return 0;
        }
        const double d = v.toDouble(-1);
        const qint64 i = v.toInteger(-1);
        if (!v.isDouble() || i <= 0 || static_cast<double>(i) != d) {
            problem(key, tr("Expected a positive whole number."));
            return 0;
        }
        return i;
    }

    std::optional<Id> optionalId(const QString &key) const
    {
        const QJsonValue v = look(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        const Id value = id(key);
        return value > 0 ? std::optional<Id>(value) : std::nullopt;
    }

    int integer(const QString &key) const
    {
        const QJsonValue v = look(key);
        if (v.isUndefined() || v.isNull())
            return 0;
        if (!v.isDouble() || v.toDouble() != static_cast<double>(v.toInt())) {
            problem(key, tr("Expected a whole number."));
            return 0;
        }
        return v.toInt();
    }

    QDate date(const QString &key) const
    {
        const QJsonValue v = look(key);
        if (v.isUndefined() || v.isNull())
            return {};
        const QDate d = v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
        if (!d.isValid())
            problem(key, tr("Expected a date written YYYY-MM-DD."));
        return d;
    }

    QDateTime timestamp(const QString &key) const
    {
        const QJsonValue v = look(key);
        if (v.isUndefined() || v.isNull())
            return {};
        QDateTime t
            = v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
        if (!t.isValid()) {
            problem(key, tr("Expected a UTC time written YYYY-MM-DDTHH:MM:SS.mmmZ."));
            return {};
        }
        return t.toUTC();
    }

    qint64 money(const QString &key) const
    {
        const QJsonValue v = look(key);
        if (v.isUndefined() || v.isNull())
            return 0;
        const auto cents = v.isString() ? parseMoney(v.toString()) : std::nullopt;
        if (!cents) {
            problem(key, tr("Expected an amount written as text, such as \"120.00\"."));
            return 0;
        }
        return *cents;
    }

    template<typename E>
    E enumeration(const QString &key, E fallback, bool required = true) const
    {
        const QJsonValue v = look(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(key, tr("This field is required."));
            return fallback;
        }
        const auto value = enumFromText<E>(v.toString());
        if (!v.isString() || !value) {
            problem(key,
                    tr("Unknown %1 “%2”; expected one of: %3.")
                        .arg(enumVocabularyName<E>(), v.toVariant().toString(),
                             enumKeys<E>().join(QStringLiteral(", "))));
            return fallback;
        }
        return *value;
    }

    QJsonArray array(const QString &key) const
    {
        const QJsonValue v = look(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            problem(key, tr("Expected a list."));
            return {};
        }
        return v.toArray();
    }

    QJsonObject object(const QString &key) const
    {
        const QJsonValue v = look(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject()) {
            problem(key, tr("Expected an object."));
            return {};
        }
        return v.toObject();
    }

    QStringList strings(const QString &key) const
    {
        QStringList result;
        const QJsonArray items = array(key);
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isString())
                problem(key + u'[' + QString::number(i) + u']', tr("Expected text."));
            else
                result.append(items.at(i).toString());
        }
        return result;
    }

    bool boolean(const QString &key) const
    {
        const QJsonValue v = look(key);
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool()) {
            problem(key, tr("Expected true or false."));
            return false;
        }
        return v.toBool();
    }

    // A fraction written as text "N/D" (or a whole number "1").
    std::optional<Fraction> fraction(const QString &key, bool required = true) const
    {
        const QJsonValue v = look(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(key, tr("This field is required."));
            return std::nullopt;
        }
        const auto value = v.isString() ? Fraction::parse(v.toString()) : std::nullopt;
        if (!value)
            problem(key, tr("Expected a fraction written as text, such as \"2/3\"."));
        return value;
    }

    // A local wall-clock time without a zone, "YYYY-MM-DDTHH:MM".
    QDateTime localTime(const QString &key, bool required = true) const
    {
        const QJsonValue v = look(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(key, tr("This field is required."));
            return {};
        }
        const QDateTime t = v.isString()
            ? QDateTime::fromString(v.toString(), QStringLiteral("yyyy-MM-dd'T'HH:mm"))
            : QDateTime();
        if (!t.isValid()) {
            problem(key, tr("Expected a local time written YYYY-MM-DDTHH:MM."));
            return {};
        }
        return t;
    }

    // A list of enumeration keys.
    template<typename E>
    QList<E> enumerations(const QString &key) const
    {
        QList<E> result;
        const QJsonArray items = array(key);
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonValue item = items.at(i);
            const auto value = item.isString() ? enumFromText<E>(item.toString()) : std::nullopt;
            if (!value)
                problem(key + u'[' + QString::number(i) + u']',
                        tr("Unknown %1 “%2”; expected one of: %3.")
                            .arg(enumVocabularyName<E>(), item.toVariant().toString(),
                                 enumKeys<E>().join(QStringLiteral(", "))));
            else
                result.append(*value);
        }
        return result;
    }

    // A key no accessor asked for would be dropped without a word: report it.
    void rejectUnknownKeys() const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!m_seen.contains(it.key()))
                problem(it.key(), tr("Unknown field; it would be lost, so the file is refused."));
        }
    }

    // Records that the nested reader failed too.
    void merge(const Reader &nested) const
    {
        if (nested.failed())
            m_failed = true;
    }

private:
    QJsonValue look(const QString &key) const
    {
        m_seen.insert(key);
        return m_object.value(key);
    }

    QJsonObject m_object;
    mutable QSet<QString> m_seen;
    Problems *m_problems;
    QString m_path;
    mutable bool m_failed = false;
};

inline QString indexed(const QString &base, const QString &key, qsizetype index)
{
    return (base.isEmpty() ? key : base + u'.' + key) + u'[' + QString::number(index) + u']';
}

// A list of record numbers; each must be a positive whole number.
inline QList<Id> readIds(const Reader &r, const QString &key)
{
    QList<Id> result;
    const QJsonArray items = r.array(key);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        const qint64 value = item.toInteger(-1);
        if (!item.isDouble() || value <= 0 || static_cast<double>(value) != item.toDouble())
            r.problem(key + u'[' + QString::number(i) + u']',
                      tr("Expected a positive whole number."));
        else
            result.append(value);
    }
    return result;
}

// Reads the list under `key` item by item with `read(const Reader &item)`;
// each item must be an object, and keys it does not know are refused.
template<typename Read>
void readItems(const Reader &r, const QString &path, const QString &key, Read read)
{
    const QJsonArray items = r.array(key);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            r.problem(key + u'[' + QString::number(i) + u']', tr("Expected an object."));
            continue;
        }
        const Reader item(items.at(i).toObject(), r.problems(), indexed(path, key, i));
        read(item);
        item.rejectUnknownKeys();
        r.merge(item);
    }
}

} // namespace Coalition::JsonCodec
