// SPDX-License-Identifier: GPL-3.0-or-later
// Reading records back from their JSON form (JsonCodec::fromJson).
#include "jsoncodec.h"

#include "jsonreader.h"
#include "money.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Coalition::JsonCodec {

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
