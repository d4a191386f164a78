// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON form of the outcome records: progress reports, successes,
// evaluations and conflicts (JsonCodec::toJson and fromJson).
#include "jsoncodec.h"

#include "jsonreader.h"
#include "jsonwriter.h"
#include "timestamps.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Coalition::JsonCodec {

namespace {

ReportPeriod readPeriod(const QJsonObject &object, const Reader &r, const QString &key)
{
    const QJsonValue value = object.value(key);
    const QString text = r.text(key, true);
    if (!value.isString()) // missing or not text: the reader has said so
        return {};
    const auto period = ReportPeriod::parse(text);
    if (!period) {
        r.problem(key, tr("Expected a month written YYYY-MM or a quarter written YYYY-Qn."));
        return {};
    }
    return *period;
}

} // namespace

QJsonObject toJson(const ProgressReport &p)
{
    return QJsonObject{
        {u"id"_s, p.id},
        {u"group_id"_s, p.groupId},
        {u"period"_s, p.period.toString()},
        {u"author_id"_s, idValue(p.authorId)},
        {u"text"_s, p.text},
        {u"received_on"_s, dateValue(p.receivedOn)},
        {u"confidential"_s, p.confidential},
        {u"created_at"_s, timestampValue(p.createdAt)},
        {u"updated_at"_s, timestampValue(p.updatedAt)},
    };
}

QJsonObject toJson(const Success &s)
{
    return QJsonObject{
        {u"id"_s, s.id},
        {u"coalition_id"_s, s.coalitionId},
        {u"title"_s, s.title},
        {u"text"_s, s.text},
        {u"achieved_on"_s, dateValue(s.achievedOn)},
        {u"credited"_s, idArray(s.credited)},
        {u"group_id"_s, idValue(s.groupId)},
        {u"goal_id"_s, idValue(s.goalId)},
        {u"confidential"_s, s.confidential},
        {u"notes"_s, s.notes},
        {u"created_at"_s, timestampValue(s.createdAt)},
        {u"updated_at"_s, timestampValue(s.updatedAt)},
    };
}

QJsonObject toJson(const Evaluation &e)
{
    return QJsonObject{
        {u"id"_s, e.id},
        {u"coalition_id"_s, e.coalitionId},
        {u"activity"_s, e.activity},
        {u"evaluated_on"_s, dateValue(e.on)},
        {u"method"_s, enumKey(e.method)},
        {u"findings"_s, e.findings},
        {u"score"_s, e.score ? QJsonValue(*e.score) : QJsonValue(QJsonValue::Null)},
        {u"group_id"_s, idValue(e.groupId)},
        {u"plan_id"_s, idValue(e.planId)},
        {u"confidential"_s, e.confidential},
        {u"notes"_s, e.notes},
        {u"created_at"_s, timestampValue(e.createdAt)},
        {u"updated_at"_s, timestampValue(e.updatedAt)},
    };
}

QJsonObject toJson(const Conflict &c)
{
    return QJsonObject{
        {u"id"_s, c.id},
        {u"coalition_id"_s, c.coalitionId},
        {u"subject"_s, c.subject},
        {u"parties"_s, idArray(c.parties)},
        {u"raised_on"_s, dateValue(c.raisedOn)},
        {u"status"_s, enumKey(c.status)},
        {u"step"_s, enumKey(c.step)},
        {u"resolution"_s, c.resolution},
        {u"resolved_on"_s, dateValue(c.resolvedOn)},
        {u"confidential"_s, c.confidential},
        {u"notes"_s, c.notes},
        {u"created_at"_s, timestampValue(c.createdAt)},
        {u"updated_at"_s, timestampValue(c.updatedAt)},
    };
}

bool fromJson(const QJsonObject &object, ProgressReport *out, Problems *problems,
              const QString &path)
{
    const Reader r(object, problems, path);
    ProgressReport p;
    p.id = r.id(u"id"_s);
    p.groupId = r.id(u"group_id"_s);
    p.period = readPeriod(object, r, u"period"_s);
    p.authorId = r.optionalId(u"author_id"_s);
    p.text = r.text(u"text"_s);
    p.receivedOn = r.date(u"received_on"_s);
    p.confidential = r.boolean(u"confidential"_s);
    p.createdAt = r.timestamp(u"created_at"_s);
    p.updatedAt = r.timestamp(u"updated_at"_s);
    r.rejectUnknownKeys();
    if (out)
        *out = p;
    return !r.failed();
}

bool fromJson(const QJsonObject &object, Success *out, Problems *problems, const QString &path)
{
    const Reader r(object, problems, path);
    Success s;
    s.id = r.id(u"id"_s);
    s.coalitionId = r.id(u"coalition_id"_s);
    s.title = r.text(u"title"_s, true);
    s.text = r.text(u"text"_s);
    s.achievedOn = r.date(u"achieved_on"_s);
    s.credited = readIds(r, u"credited"_s);
    s.groupId = r.optionalId(u"group_id"_s);
    s.goalId = r.optionalId(u"goal_id"_s);
    s.confidential = r.boolean(u"confidential"_s);
    s.notes = r.text(u"notes"_s);
    s.createdAt = r.timestamp(u"created_at"_s);
    s.updatedAt = r.timestamp(u"updated_at"_s);
    r.rejectUnknownKeys();
    if (out)
        *out = s;
    return !r.failed();
}

bool fromJson(const QJsonObject &object, Evaluation *out, Problems *problems, const QString &path)
{
    const Reader r(object, problems, path);
    Evaluation e;
    e.id = r.id(u"id"_s);
    e.coalitionId = r.id(u"coalition_id"_s);
    e.activity = r.text(u"activity"_s, true);
    e.on = r.date(u"evaluated_on"_s);
    e.method = r.enumeration(u"method"_s, EvaluationMethod::Other);
    e.findings = r.text(u"findings"_s);
    // Absent or null: no score; 0 is a score.
    if (r.has(u"score"_s) && !object.value(u"score"_s).isNull())
        e.score = r.integer(u"score"_s);
    e.groupId = r.optionalId(u"group_id"_s);
    e.planId = r.optionalId(u"plan_id"_s);
    e.confidential = r.boolean(u"confidential"_s);
    e.notes = r.text(u"notes"_s);
    e.createdAt = r.timestamp(u"created_at"_s);
    e.updatedAt = r.timestamp(u"updated_at"_s);
    r.rejectUnknownKeys();
    if (out)
        *out = e;
    return !r.failed();
}

bool fromJson(const QJsonObject &object, Conflict *out, Problems *problems, const QString &path)
{
    const Reader r(object, problems, path);
    Conflict c;
    c.id = r.id(u"id"_s);
    c.coalitionId = r.id(u"coalition_id"_s);
    c.subject = r.text(u"subject"_s, true);
    c.parties = readIds(r, u"parties"_s);
    c.raisedOn = r.date(u"raised_on"_s);
    c.status = r.enumeration(u"status"_s, ConflictStatus::Open);
    c.step = r.enumeration(u"step"_s, EscalationStep::Discussion);
    c.resolution = r.text(u"resolution"_s);
    c.resolvedOn = r.date(u"resolved_on"_s);
    c.confidential = r.boolean(u"confidential"_s);
    c.notes = r.text(u"notes"_s);
    c.createdAt = r.timestamp(u"created_at"_s);
    c.updatedAt = r.timestamp(u"updated_at"_s);
    r.rejectUnknownKeys();
    if (out)
        *out = c;
    return !r.failed();
}

} // namespace Coalition::JsonCodec
