// SPDX-License-Identifier: GPL-3.0-or-later
// Reading records back from their JSON form (JsonCodec::fromJson).
#include "jsoncodec.h"

#include "money.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Coalition::JsonCodec {

namespace {

QString tr(const char *text)
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
                             enumKeys<E>().join(u", "_s)));
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

QString indexed(const QString &base, const QString &key, qsizetype index)
{
    return (base.isEmpty() ? key : base + u'.' + key) + u'[' + QString::number(index) + u']';
}

} // namespace

bool fromJson(const QJsonObject &object, Organization *out, Problems *problems, const QString &path)
{
    const Reader r(object, problems, path);
    Organization o;
    o.id = r.id(u"id"_s);
    o.name = r.text(u"name"_s, true);
    o.sector = r.enumeration(u"sector"_s, Sector::Other);
    o.mission = r.text(u"mission"_s);
    o.decisionMaking = r.text(u"decision_making"_s);
    o.address = r.text(u"address"_s);
    o.website = r.text(u"website"_s);
    o.email = r.text(u"email"_s);
    o.phone = r.text(u"phone"_s);
    o.notes = r.text(u"notes"_s);
    o.tags = r.strings(u"tags"_s);
    o.createdAt = r.timestamp(u"created_at"_s);
    o.updatedAt = r.timestamp(u"updated_at"_s);
    r.rejectUnknownKeys();
    if (out)
        *out = o;
    return !r.failed();
}

bool fromJson(const QJsonObject &object, Person *out, Problems *problems, const QString &path)
{
    const Reader r(object, problems, path);
    Person p;
    p.id = r.id(u"id"_s);
    p.name = r.text(u"name"_s, true);
    p.organizationId = r.optionalId(u"organization_id"_s);
    p.role = r.text(u"role"_s);
    p.email = r.text(u"email"_s);
    p.phone = r.text(u"phone"_s);
    p.notes = r.text(u"notes"_s);
    p.createdAt = r.timestamp(u"created_at"_s);
    p.updatedAt = r.timestamp(u"updated_at"_s);
    r.rejectUnknownKeys();
    if (out)
        *out = p;
    return !r.failed();
}

bool fromJson(const QJsonObject &object, CoalitionInfo *out, Problems *problems,
              const QString &path)
{
    const Reader r(object, problems, path);
    CoalitionInfo c;
    c.id = r.id(u"id"_s);
    c.name = r.text(u"name"_s, true);
    c.type = r.enumeration(u"type"_s, CoalitionType::OngoingCoalition);
    c.purpose = r.text(u"purpose"_s);
    c.vision = r.text(u"vision"_s);
    c.mission = r.text(u"mission"_s);
    c.startDate = r.date(u"start_date"_s);
    c.endDate = r.date(u"end_date"_s);
    c.leadOrganizationId = r.optionalId(u"lead_organization_id"_s);
    const Reader meetings(r.object(u"meetings"_s), problems, r.field(u"meetings"_s));
    c.meetings.frequency = meetings.text(u"frequency"_s);
    c.meetings.usualLengthMinutes = meetings.integer(u"usual_length_minutes"_s);
    c.meetings.location = meetings.text(u"location"_s);
    meetings.rejectUnknownKeys();
    r.merge(meetings);
    const Reader finances(r.object(u"finances"_s), problems, r.field(u"finances"_s));
    c.finances.dues = finances.text(u"dues"_s);
    c.finances.grants = finances.text(u"grants"_s);
    c.finances.inKind = finances.text(u"in_kind"_s);
    finances.rejectUnknownKeys();
    r.merge(finances);
    c.notes = r.text(u"notes"_s);
    c.createdAt = r.timestamp(u"created_at"_s);
    c.updatedAt = r.timestamp(u"updated_at"_s);
    r.rejectUnknownKeys();
    if (out)
        *out = c;
    return !r.failed();
}

bool fromJson(const QJsonObject &object, Membership *out, Problems *problems, const QString &path)
{
    const Reader r(object, problems, path);
    Membership m;
    m.id = r.id(u"id"_s);
    m.coalitionId = r.id(u"coalition_id"_s);
    m.organizationId = r.id(u"organization_id"_s);
    m.status = r.enumeration(u"status"_s, MembershipStatus::Prospective);
    m.kind = r.enumeration(u"kind"_s, MembershipKind::VotingMember);
    m.joinedOn = r.date(u"joined_on"_s);
    m.leftOn = r.date(u"left_on"_s);
    m.representativeId = r.optionalId(u"representative_id"_s);
    m.alternateId = r.optionalId(u"alternate_id"_s);
    m.duesCents = r.money(u"dues"_s);
    m.duesPaidThrough = r.date(u"dues_paid_through"_s);
    const QJsonArray interests = r.array(u"interests"_s);
    for (qsizetype i = 0; i < interests.size(); ++i) {
        const Reader item(interests.at(i).toObject(), problems, indexed(path, u"interests"_s, i));
        m.interests.append(
            {item.enumeration(u"kind"_s, InterestKind::Shared), item.text(u"text"_s, true)});
        r.merge(item);
    }
    const QJsonArray contributions = r.array(u"contributions"_s);
    for (qsizetype i = 0; i < contributions.size(); ++i) {
        const Reader item(contributions.at(i).toObject(), problems,
                          indexed(path, u"contributions"_s, i));
        m.contributions.append({item.enumeration(u"kind"_s, ContributionKind::StaffTime),
                                item.text(u"description"_s), item.money(u"value"_s),
                                item.enumeration(u"period"_s, ContributionPeriod::OneOff)});
        item.rejectUnknownKeys();
        r.merge(item);
    }
    m.barriers = r.strings(u"barriers"_s);
    const QJsonArray history = r.array(u"history"_s);
    for (qsizetype i = 0; i < history.size(); ++i) {
        const Reader item(history.at(i).toObject(), problems, indexed(path, u"history"_s, i));
        StatusChange change{item.enumeration(u"status"_s, MembershipStatus::Prospective),
                            item.date(u"on"_s), item.text(u"note"_s)};
        if (!change.on.isValid() && !item.failed())
            item.problem(u"on"_s, tr("This field is required."));
        m.history.append(change);
        item.rejectUnknownKeys();
        r.merge(item);
    }
    m.notes = r.text(u"notes"_s);
    m.createdAt = r.timestamp(u"created_at"_s);
    m.updatedAt = r.timestamp(u"updated_at"_s);
    r.rejectUnknownKeys();
    if (out)
        *out = m;
    return !r.failed();
}

} // namespace Coalition::JsonCodec
