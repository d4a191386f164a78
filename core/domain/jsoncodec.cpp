// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsoncodec.h"

#include "jsonwriter.h"
#include "money.h"
#include "timestamps.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Coalition::JsonCodec {

namespace {

// The fields of an organization, in the order of their keys, described once
// for two sinks: a QJsonObject (files, the command line) and compact JSON text
// written directly (the audit entry of every created organization, on the
// bulk import path). Both give the same text; a test holds them to it.
template<typename Sink>
void describe(const Organization &o, Sink &sink)
{
    sink.text(u"address", o.address);
    sink.timestamp(u"created_at", o.createdAt);
    sink.text(u"decision_making", o.decisionMaking);
    sink.text(u"email", o.email);
    sink.integer(u"id", o.id);
    sink.text(u"mission", o.mission);
    sink.text(u"name", o.name);
    sink.text(u"notes", o.notes);
    sink.text(u"phone", o.phone);
    sink.text(u"sector", enumKey(o.sector));
    sink.strings(u"tags", o.tags);
    sink.timestamp(u"updated_at", o.updatedAt);
    sink.text(u"website", o.website);
}

struct ObjectSink
{
    QJsonObject object;

    void text(QStringView key, const QString &value) { object.insert(key, value); }
    void integer(QStringView key, qint64 value) { object.insert(key, value); }
    void timestamp(QStringView key, const QDateTime &value)
    {
        object.insert(key, timestampValue(value));
    }
    void strings(QStringView key, const QStringList &values)
    {
        object.insert(key, QJsonArray::fromStringList(values));
    }
};

// Writes what QJsonDocument::Compact writes for the same values.
class TextSink
{
public:
    TextSink() { m_out.reserve(512); }

    void text(QStringView key, const QString &value)
    {
        name(key);
        quoted(value);
    }
    void integer(QStringView key, qint64 value)
    {
        name(key);
        m_out += QString::number(value);
    }
    void timestamp(QStringView key, const QDateTime &value)
    {
        name(key);
        if (value.isValid())
            quoted(formatTimestamp(value));
        else
            m_out += u"null";
    }
    void strings(QStringView key, const QStringList &values)
    {
        name(key);
        m_out += u'[';
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                m_out += u',';
            quoted(values.at(i));
        }
        m_out += u']';
    }
    QString finish()
    {
        m_out += u'}';
        return m_out;
    }

private:
    void name(QStringView key)
    {
        m_out += m_out.isEmpty() ? u'{' : u',';
        m_out += u'"';
        m_out += key;
        m_out += u"\":";
    }

    void quoted(const QString &value)
    {
        m_out += u'"';
        // Runs of characters that need no escape are copied whole.
        qsizetype runStart = 0;
        const qsizetype size = value.size();
        for (qsizetype i = 0; i < size; ++i) {
            const char16_t u = value.at(i).unicode();
            if (u >= 0x20 && u != u'"' && u != u'\\')
                continue;
            m_out += QStringView(value).sliced(runStart, i - runStart);
            runStart = i + 1;
            switch (u) {
            case u'"':
                m_out += u"\\\"";
                break;
            case u'\\':
                m_out += u"\\\\";
                break;
            case u'\b':
                m_out += u"\\b";
                break;
            case u'\f':
                m_out += u"\\f";
                break;
            case u'\n':
                m_out += u"\\n";
                break;
            case u'\r':
                m_out += u"\\r";
                break;
            case u'\t':
                m_out += u"\\t";
                break;
            default:
                m_out += u"\\u00";
                m_out += QChar(u"0123456789abcdef"[u >> 4]);
                m_out += QChar(u"0123456789abcdef"[u & 15]);
            }
        }
        m_out += QStringView(value).sliced(runStart);
        m_out += u'"';
    }

    QString m_out;
};

} // namespace

QJsonObject toJson(const Organization &o)
{
    ObjectSink sink;
    describe(o, sink);
    return sink.object;
}

QString toCompactText(const Organization &o)
{
    TextSink sink;
    describe(o, sink);
    return sink.finish();
}

QJsonObject toJson(const Person &p)
{
    return QJsonObject{
        {u"id"_s, p.id},
        {u"name"_s, p.name},
        {u"organization_id"_s, idValue(p.organizationId)},
        {u"role"_s, p.role},
        {u"email"_s, p.email},
        {u"phone"_s, p.phone},
        {u"notes"_s, p.notes},
        {u"created_at"_s, timestampValue(p.createdAt)},
        {u"updated_at"_s, timestampValue(p.updatedAt)},
    };
}

QJsonObject toJson(const CoalitionInfo &c)
{
    return QJsonObject{
        {u"id"_s, c.id},
        {u"name"_s, c.name},
        {u"type"_s, enumKey(c.type)},
        {u"purpose"_s, c.purpose},
        {u"vision"_s, c.vision},
        {u"mission"_s, c.mission},
        {u"start_date"_s, dateValue(c.startDate)},
        {u"end_date"_s, dateValue(c.endDate)},
        {u"lead_organization_id"_s, idValue(c.leadOrganizationId)},
        {u"meetings"_s,
         QJsonObject{{u"frequency"_s, c.meetings.frequency},
                     {u"usual_length_minutes"_s, c.meetings.usualLengthMinutes},
                     {u"location"_s, c.meetings.location}}},
        {u"finances"_s,
         QJsonObject{{u"dues"_s, c.finances.dues},
                     {u"grants"_s, c.finances.grants},
                     {u"in_kind"_s, c.finances.inKind}}},
        {u"notes"_s, c.notes},
        {u"created_at"_s, timestampValue(c.createdAt)},
        {u"updated_at"_s, timestampValue(c.updatedAt)},
    };
}

QJsonObject toJson(const Membership &m)
{
    QJsonArray interests;
    for (const Interest &interest : m.interests)
        interests.append(
            QJsonObject{{u"kind"_s, enumKey(interest.kind)}, {u"text"_s, interest.text}});
    QJsonArray contributions;
    for (const Contribution &c : m.contributions)
        contributions.append(QJsonObject{{u"kind"_s, enumKey(c.kind)},
                                         {u"description"_s, c.description},
                                         {u"value"_s, formatMoney(c.valueCents)},
                                         {u"period"_s, enumKey(c.period)}});
    QJsonArray history;
    for (const StatusChange &change : m.history)
        history.append(QJsonObject{{u"status"_s, enumKey(change.status)},
                                   {u"on"_s, dateValue(change.on)},
                                   {u"note"_s, change.note}});
    return QJsonObject{
        {u"id"_s, m.id},
        {u"coalition_id"_s, m.coalitionId},
        {u"organization_id"_s, m.organizationId},
        {u"status"_s, enumKey(m.status)},
        {u"kind"_s, enumKey(m.kind)},
        {u"joined_on"_s, dateValue(m.joinedOn)},
        {u"left_on"_s, dateValue(m.leftOn)},
        {u"representative_id"_s, idValue(m.representativeId)},
        {u"alternate_id"_s, idValue(m.alternateId)},
        {u"dues"_s, formatMoney(m.duesCents)},
        {u"dues_paid_through"_s, dateValue(m.duesPaidThrough)},
        {u"interests"_s, interests},
        {u"contributions"_s, contributions},
        {u"barriers"_s, QJsonArray::fromStringList(m.barriers)},
        {u"history"_s, history},
        {u"notes"_s, m.notes},
        {u"created_at"_s, timestampValue(m.createdAt)},
        {u"updated_at"_s, timestampValue(m.updatedAt)},
    };
}

} // namespace Coalition::JsonCodec
