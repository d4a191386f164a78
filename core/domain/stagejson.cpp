// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON form of stage monitoring and relationships: recorded stage
// changes, checklist answers and relationships with their views and history
// (JsonCodec::toJson and fromJson).
#include "jsoncodec.h"

#include "jsonreader.h"
#include "jsonwriter.h"
#include "timestamps.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Coalition::JsonCodec {

namespace {

// A date the record cannot do without. Only a missing or null value earns
// "required": a malformed one has been reported by the reader already.
QDate requiredDate(const Reader &r, const QString &key)
{
    const bool failedBefore = r.failed();
    const QDate date = r.date(key);
    if (!date.isValid() && r.failed() == failedBefore)
        r.problem(key, tr("This field is required."));
    return date;
}

} // namespace

QJsonObject toJson(const StageChange &c)
{
    return QJsonObject{
        {u"id"_s, c.id},
        {u"coalition_id"_s, c.coalitionId},
        {u"stage"_s, enumKey(c.stage)},
        {u"on"_s, dateValue(c.on)},
        {u"rationale"_s, c.rationale},
        {u"decision_id"_s, idValue(c.decisionId)},
        {u"created_at"_s, timestampValue(c.createdAt)},
        {u"updated_at"_s, timestampValue(c.updatedAt)},
    };
}

QJsonObject toJson(const ChecklistAnswer &a)
{
    return QJsonObject{
        {u"id"_s, a.id},
        {u"coalition_id"_s, a.coalitionId},
        {u"item"_s, a.item},
        {u"value"_s, enumKey(a.value)},
        {u"note"_s, a.note},
        {u"answered_on"_s, dateValue(a.answeredOn)},
        {u"created_at"_s, timestampValue(a.createdAt)},
        {u"updated_at"_s, timestampValue(a.updatedAt)},
    };
}

QJsonObject toJson(const Relationship &rel)
{
    QJsonArray views;
    for (const RelationshipView &view : rel.views)
        views.append(QJsonObject{
            {u"organization_id"_s, view.organizationId},
            {u"level"_s, enumKey(view.level)},
            {u"trust"_s, enumKey(view.trust)},
            {u"note"_s, view.note},
            {u"on"_s, dateValue(view.on)},
        });
    QJsonArray history;
    for (const RelationshipChange &change : rel.history)
        history.append(QJsonObject{
            {u"on"_s, dateValue(change.on)},
            {u"side_id"_s, idValue(change.side)},
            {u"level"_s, enumKey(change.level)},
            {u"trust"_s, enumKey(change.trust)},
            {u"note"_s, change.note},
        });
    return QJsonObject{
        {u"id"_s, rel.id},
        {u"first_id"_s, rel.firstId},
        {u"second_id"_s, rel.secondId},
        {u"level"_s, enumKey(rel.level)},
        {u"trust"_s, enumKey(rel.trust)},
        {u"since"_s, dateValue(rel.since)},
        {u"notes"_s, rel.notes},
        {u"views"_s, views},
        {u"history"_s, history},
        {u"created_at"_s, timestampValue(rel.createdAt)},
        {u"updated_at"_s, timestampValue(rel.updatedAt)},
    };
}

bool fromJson(const QJsonObject &object, StageChange *out, Problems *problems, const QString &path)
{
    const Reader r(object, problems, path);
    StageChange c;
    c.id = r.id(u"id"_s);
    c.coalitionId = r.id(u"coalition_id"_s);
    c.stage = r.enumeration(u"stage"_s, DevelopmentStage::PreFormation);
    c.on = requiredDate(r, u"on"_s);
    c.rationale = r.text(u"rationale"_s, true);
    c.decisionId = r.optionalId(u"decision_id"_s);
    c.createdAt = r.timestamp(u"created_at"_s);
    c.updatedAt = r.timestamp(u"updated_at"_s);
    r.rejectUnknownKeys();
    if (out)
        *out = c;
    return !r.failed();
}

bool fromJson(const QJsonObject &object, ChecklistAnswer *out, Problems *problems,
              const QString &path)
{
    const Reader r(object, problems, path);
    ChecklistAnswer a;
    a.id = r.id(u"id"_s);
    a.coalitionId = r.id(u"coalition_id"_s);
    a.item = r.text(u"item"_s, true);
    a.value = r.enumeration(u"value"_s, ChecklistValue::Unanswered);
    a.note = r.text(u"note"_s);
    a.answeredOn = r.date(u"answered_on"_s);
    a.createdAt = r.timestamp(u"created_at"_s);
    a.updatedAt = r.timestamp(u"updated_at"_s);
    r.rejectUnknownKeys();
    if (out)
        *out = a;
    return !r.failed();
}

bool fromJson(const QJsonObject &object, Relationship *out, Problems *problems, const QString &path)
{
    const Reader r(object, problems, path);
    Relationship rel;
    rel.id = r.id(u"id"_s);
    rel.firstId = r.id(u"first_id"_s);
    rel.secondId = r.id(u"second_id"_s);
    rel.level = r.enumeration(u"level"_s, RelationshipLevel::Networking);
    rel.trust = r.enumeration(u"trust"_s, TrustLevel::Some);
    rel.since = r.date(u"since"_s);
    rel.notes = r.text(u"notes"_s);
    readItems(r, path, u"views"_s, [&rel](const Reader &item) {
        RelationshipView view;
        view.organizationId = item.id(u"organization_id"_s);
        view.level = item.enumeration(u"level"_s, RelationshipLevel::Networking);
        view.trust = item.enumeration(u"trust"_s, TrustLevel::Some);
        view.note = item.text(u"note"_s);
        view.on = item.date(u"on"_s);
        rel.views.append(view);
    });
    readItems(r, path, u"history"_s, [&rel](const Reader &item) {
        RelationshipChange change;
        change.on = requiredDate(item, u"on"_s);
        change.side = item.optionalId(u"side_id"_s);
        change.level = item.enumeration(u"level"_s, RelationshipLevel::Networking);
        change.trust = item.enumeration(u"trust"_s, TrustLevel::Some);
        change.note = item.text(u"note"_s);
        rel.history.append(change);
    });
    rel.createdAt = r.timestamp(u"created_at"_s);
    rel.updatedAt = r.timestamp(u"updated_at"_s);
    r.rejectUnknownKeys();
    if (out)
        *out = rel;
    return !r.failed();
}

} // namespace Coalition::JsonCodec
