// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON form of goals, action groups, plans and tasks (JsonCodec::toJson and fromJson).
#include "jsoncodec.h"

#include "jsonreader.h"
#include "jsonwriter.h"
#include "money.h"
#include "timestamps.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Coalition::JsonCodec {

namespace { } // namespace

QJsonObject toJson(const Goal &g)
{
    return QJsonObject{
        {u"id"_s, g.id},
        {u"coalition_id"_s, g.coalitionId},
        {u"kind"_s, enumKey(g.kind)},
        {u"title"_s, g.title},
        {u"text"_s, g.text},
        {u"measures"_s, QJsonArray::fromStringList(g.measures)},
        {u"target_on"_s, dateValue(g.targetOn)},
        {u"status"_s, enumKey(g.status)},
        {u"adopted_by_decision_id"_s, idValue(g.adoptedByDecisionId)},
        {u"confidential"_s, g.confidential},
        {u"notes"_s, g.notes},
        {u"created_at"_s, timestampValue(g.createdAt)},
        {u"updated_at"_s, timestampValue(g.updatedAt)},
    };
}

QJsonObject toJson(const ActionGroup &g)
{
    return QJsonObject{
        {u"id"_s, g.id},
        {u"coalition_id"_s, g.coalitionId},
        {u"name"_s, g.name},
        {u"purpose"_s, g.purpose},
        {u"convener_id"_s, idValue(g.convenerId)},
        {u"membership_ids"_s, idArray(g.memberships)},
        {u"person_ids"_s, idArray(g.people)},
        {u"goal_ids"_s, idArray(g.goals)},
        {u"body_id"_s, idValue(g.bodyId)},
        {u"cadence"_s, enumKey(g.cadence)},
        {u"started_on"_s, dateValue(g.startedOn)},
        {u"confidential"_s, g.confidential},
        {u"notes"_s, g.notes},
        {u"created_at"_s, timestampValue(g.createdAt)},
        {u"updated_at"_s, timestampValue(g.updatedAt)},
    };
}

QJsonObject toJson(const ActionPlan &p)
{
    QJsonArray budget;
    for (const BudgetLine &line : p.budget)
        budget.append(QJsonObject{{u"item"_s, line.item},
                                  {u"amount"_s, formatMoney(line.amountCents)},
                                  {u"funded_by_id"_s, idValue(line.fundedById)},
                                  {u"source"_s, line.source},
                                  {u"secured"_s, line.secured}});
    QJsonArray staffing;
    for (const StaffingNeed &need : p.staffing)
        staffing.append(QJsonObject{{u"role"_s, need.role},
                                    {u"hours_per_month"_s, need.hoursPerMonth},
                                    {u"covered_by_id"_s, idValue(need.coveredById)},
                                    {u"sought_outside"_s, need.soughtOutside}});
    return QJsonObject{
        {u"id"_s, p.id},
        {u"goal_id"_s, p.goalId},
        {u"group_id"_s, p.groupId},
        {u"lead_membership_id"_s, idValue(p.leadMembershipId)},
        {u"title"_s, p.title},
        {u"start_on"_s, dateValue(p.startOn)},
        {u"due_on"_s, dateValue(p.dueOn)},
        {u"criteria"_s, QJsonArray::fromStringList(p.criteria)},
        {u"budget"_s, budget},
        {u"staffing"_s, staffing},
        {u"adopted_by_decision_id"_s, idValue(p.adoptedByDecisionId)},
        {u"confidential"_s, p.confidential},
        {u"notes"_s, p.notes},
        {u"created_at"_s, timestampValue(p.createdAt)},
        {u"updated_at"_s, timestampValue(p.updatedAt)},
    };
}

QJsonObject toJson(const Task &t)
{
    return QJsonObject{
        {u"id"_s, t.id},
        {u"plan_id"_s, t.planId},
        {u"title"_s, t.title},
        {u"responsible_id"_s, idValue(t.responsibleId)},
        {u"start_on"_s, dateValue(t.startOn)},
        {u"due_on"_s, dateValue(t.dueOn)},
        {u"done_on"_s, dateValue(t.doneOn)},
        {u"status"_s, enumKey(t.status)},
        {u"confidential"_s, t.confidential},
        {u"notes"_s, t.notes},
        {u"created_at"_s, timestampValue(t.createdAt)},
        {u"updated_at"_s, timestampValue(t.updatedAt)},
    };
}

bool fromJson(const QJsonObject &object, Goal *out, Problems *problems, const QString &path)
{
    const Reader r(object, problems, path);
    Goal g;
    g.id = r.id(u"id"_s);
    g.coalitionId = r.id(u"coalition_id"_s);
    g.kind = r.enumeration(u"kind"_s, GoalKind::Specific);
    g.title = r.text(u"title"_s, true);
    g.text = r.text(u"text"_s);
    g.measures = r.strings(u"measures"_s);
    g.targetOn = r.date(u"target_on"_s);
    g.status = r.enumeration(u"status"_s, GoalStatus::Proposed);
    g.adoptedByDecisionId = r.optionalId(u"adopted_by_decision_id"_s);
    g.confidential = r.boolean(u"confidential"_s);
    g.notes = r.text(u"notes"_s);
    g.createdAt = r.timestamp(u"created_at"_s);
    g.updatedAt = r.timestamp(u"updated_at"_s);
    r.rejectUnknownKeys();
    if (out)
        *out = g;
    return !r.failed();
}

bool fromJson(const QJsonObject &object, ActionGroup *out, Problems *problems, const QString &path)
{
    const Reader r(object, problems, path);
    ActionGroup g;
    g.id = r.id(u"id"_s);
    g.coalitionId = r.id(u"coalition_id"_s);
    g.name = r.text(u"name"_s, true);
    g.purpose = r.text(u"purpose"_s);
    g.convenerId = r.optionalId(u"convener_id"_s);
    g.memberships = readIds(r, u"membership_ids"_s);
    g.people = readIds(r, u"person_ids"_s);
    g.goals = readIds(r, u"goal_ids"_s);
    g.bodyId = r.optionalId(u"body_id"_s);
    g.cadence = r.enumeration(u"cadence"_s, ReportingCadence::Monthly);
    g.startedOn = r.date(u"started_on"_s);
    g.confidential = r.boolean(u"confidential"_s);
    g.notes = r.text(u"notes"_s);
    g.createdAt = r.timestamp(u"created_at"_s);
    g.updatedAt = r.timestamp(u"updated_at"_s);
    r.rejectUnknownKeys();
    if (out)
        *out = g;
    return !r.failed();
}

bool fromJson(const QJsonObject &object, ActionPlan *out, Problems *problems, const QString &path)
{
    const Reader r(object, problems, path);
    ActionPlan p;
    p.id = r.id(u"id"_s);
    p.goalId = r.id(u"goal_id"_s);
    p.groupId = r.id(u"group_id"_s);
    p.leadMembershipId = r.optionalId(u"lead_membership_id"_s);
    p.title = r.text(u"title"_s, true);
    p.startOn = r.date(u"start_on"_s);
    p.dueOn = r.date(u"due_on"_s);
    p.criteria = r.strings(u"criteria"_s);
    readItems(r, path, u"budget"_s, [&p](const Reader &item) {
        BudgetLine line;
        line.item = item.text(u"item"_s, true);
        line.amountCents = item.money(u"amount"_s);
        line.fundedById = item.optionalId(u"funded_by_id"_s);
        line.source = item.text(u"source"_s);
        line.secured = item.boolean(u"secured"_s);
        p.budget.append(line);
    });
    readItems(r, path, u"staffing"_s, [&p](const Reader &item) {
        StaffingNeed need;
        need.role = item.text(u"role"_s, true);
        need.hoursPerMonth = item.integer(u"hours_per_month"_s);
        need.coveredById = item.optionalId(u"covered_by_id"_s);
        need.soughtOutside = item.boolean(u"sought_outside"_s);
        p.staffing.append(need);
    });
    p.adoptedByDecisionId = r.optionalId(u"adopted_by_decision_id"_s);
    p.confidential = r.boolean(u"confidential"_s);
    p.notes = r.text(u"notes"_s);
    p.createdAt = r.timestamp(u"created_at"_s);
    p.updatedAt = r.timestamp(u"updated_at"_s);
    r.rejectUnknownKeys();
    if (out)
        *out = p;
    return !r.failed();
}

bool fromJson(const QJsonObject &object, Task *out, Problems *problems, const QString &path)
{
    const Reader r(object, problems, path);
    Task t;
    t.id = r.id(u"id"_s);
    t.planId = r.id(u"plan_id"_s);
    t.title = r.text(u"title"_s, true);
    t.responsibleId = r.optionalId(u"responsible_id"_s);
    t.startOn = r.date(u"start_on"_s);
    t.dueOn = r.date(u"due_on"_s);
    t.doneOn = r.date(u"done_on"_s);
    t.status = r.enumeration(u"status"_s, TaskStatus::NotStarted);
    t.confidential = r.boolean(u"confidential"_s);
    t.notes = r.text(u"notes"_s);
    t.createdAt = r.timestamp(u"created_at"_s);
    t.updatedAt = r.timestamp(u"updated_at"_s);
    r.rejectUnknownKeys();
    if (out)
        *out = t;
    return !r.failed();
}

} // namespace Coalition::JsonCodec
