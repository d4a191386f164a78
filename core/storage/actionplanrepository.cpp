// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionplanrepository.h"

#include "actionreferences.h"
#include "auditlog.h"
#include "database.h"
#include "domain/jsoncodec.h"
#include "domain/validation.h"
#include "recordstates.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

const QString Entity = u"action_plan"_s;
const QString SelectColumns = u"SELECT id, goal_id, group_id, lead_membership_id, title, "
                              "start_on, due_on, adopted_by_decision_id, confidential, notes, "
                              "created_at, updated_at FROM action_plan "_s;

ActionPlan readPlan(const SqlQuery &q)
{
    ActionPlan p;
    p.id = q.integer(0);
    p.goalId = q.integer(1);
    p.groupId = q.integer(2);
    p.leadMembershipId = q.optionalId(3);
    p.title = q.text(4);
    p.startOn = q.date(5);
    p.dueOn = q.date(6);
    p.adoptedByDecisionId = q.optionalId(7);
    p.confidential = q.integer(8) != 0;
    p.notes = q.text(9);
    p.createdAt = q.timestamp(10);
    p.updatedAt = q.timestamp(11);
    return p;
}

QString itemField(const QString &list, qsizetype index, const QString &field)
{
    return list + u'[' + QString::number(index) + u"]."_s + field;
}

} // namespace

ActionPlanRepository::ActionPlanRepository(Database &database, AuditLog &audit)
    : RepositoryBase(database, audit)
{ }

Status ActionPlanRepository::checkReferences(const ActionPlan &plan)
{
    const QSqlDatabase db = m_database.connection();
    SqlQuery goal(db,
                  u"SELECT g.title, g.coalition_id, c.name FROM goal g "
                  "JOIN coalition c ON c.id = g.coalition_id WHERE g.id = ?"_s);
    if (Status status = goal.execWith(plan.goalId); !status)
        return status;
    if (!goal.next())
        return Error{tr("There is no goal with number %1.").arg(plan.goalId), {}, u"goal"_s};
    const Id coalitionId = goal.integer(1);
    const QString coalitionName = goal.text(2);
    goal.finish();

    SqlQuery group(db, u"SELECT name, coalition_id FROM action_group WHERE id = ?"_s);
    if (Status status = group.execWith(plan.groupId); !status)
        return status;
    if (!group.next())
        return Error{
            tr("There is no action group with number %1.").arg(plan.groupId), {}, u"group"_s};
    if (group.integer(1) != coalitionId)
        return Error{tr("The action group “%1” belongs to another coalition; a plan for a goal of "
                        "%2 is carried out by one of its own groups.")
                         .arg(group.text(0), coalitionName),
                     {},
                     u"group"_s};
    group.finish();

    if (plan.leadMembershipId) {
        if (Status status = ActionReferences::membershipOf(db, *plan.leadMembershipId, coalitionId,
                                                           coalitionName, u"lead"_s);
            !status)
            return status;
    }
    for (qsizetype i = 0; i < plan.budget.size(); ++i) {
        const BudgetLine &line = plan.budget.at(i);
        if (!line.fundedById)
            continue;
        if (Status status
            = ActionReferences::membershipOf(db, *line.fundedById, coalitionId, coalitionName,
                                             itemField(u"budget"_s, i, u"funder"_s));
            !status)
            return status;
    }
    for (qsizetype i = 0; i < plan.staffing.size(); ++i) {
        const StaffingNeed &need = plan.staffing.at(i);
        if (!need.coveredById)
            continue;
        if (Status status
            = ActionReferences::membershipOf(db, *need.coveredById, coalitionId, coalitionName,
                                             itemField(u"staffing"_s, i, u"cover"_s));
            !status)
            return status;
    }
    if (plan.adoptedByDecisionId)
        return ActionReferences::decisionOf(db, *plan.adoptedByDecisionId, coalitionId,
                                            coalitionName, u"decision"_s);
    return {};
}

Result<Id> ActionPlanRepository::add(const ActionPlan &plan)
{
    if (const Problems problems = Validation::check(plan); !problems.isEmpty())
        return Validation::toError(problems);
    if (Status status = checkReferences(plan); !status)
        return status.error();
    return inTransaction([&] { return insertChecked(plan); });
}

Result<Id> ActionPlanRepository::insertChecked(const ActionPlan &plan, WriteMode mode)
{
    ActionPlan p = plan;
    if (mode == WriteMode::Edit) {
        p.title = plan.title.trimmed();
        p.id = 0;
        p.createdAt = p.updatedAt = now();
    }
    SqlQuery &insert = m_database.cachedStatement(
        u"INSERT INTO action_plan (id, goal_id, group_id, lead_membership_id, title, start_on, "
        "due_on, adopted_by_decision_id, confidential, notes, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    auto id
        = insert.scalarWith(p.id > 0 ? QVariant(p.id) : QVariant(), p.goalId, p.groupId,
                            p.leadMembershipId, p.title, p.startOn, p.dueOn, p.adoptedByDecisionId,
                            p.confidential ? 1 : 0, p.notes, p.createdAt, p.updatedAt);
    if (!id)
        return id.error();
    p.id = id->toLongLong();
    if (Status status = writeChildren(p, false); !status)
        return status.error();
    if (mode == WriteMode::Edit) {
        if (Status status = m_audit.recordCreated(Entity, p.id, JsonCodec::toJson(p)); !status)
            return status.error();
    }
    return p.id;
}

Status ActionPlanRepository::overwrite(const ActionPlan &plan)
{
    if (plan.id <= 0)
        return Error{tr("A record to restore needs its number."), {}, {}};
    const ActionPlan &p = plan;
    SqlQuery &update = m_database.cachedStatement(
        u"UPDATE action_plan SET goal_id = ?, group_id = ?, lead_membership_id = ?, title = ?, "
        "start_on = ?, due_on = ?, adopted_by_decision_id = ?, confidential = ?, notes = ?, "
        "created_at = ?, updated_at = ? WHERE id = ?"_s);
    if (Status status = update.execWith(p.goalId, p.groupId, p.leadMembershipId, p.title, p.startOn,
                                        p.dueOn, p.adoptedByDecisionId, p.confidential ? 1 : 0,
                                        p.notes, p.createdAt, p.updatedAt, p.id);
        !status)
        return status;
    if (update.numRowsAffected() > 0)
        return writeChildren(p, true);
    auto id = insertChecked(p, WriteMode::Restore);
    return id ? Status() : Status(id.error());
}

Status ActionPlanRepository::writeChildren(const ActionPlan &p, bool replace)
{
    if (replace) {
        for (const QString &table : {u"action_plan_criterion"_s, u"action_plan_budget_line"_s,
                                     u"action_plan_staffing"_s}) {
            // The table names are this file's constants, never input.
            SqlQuery &clear
                = m_database.cachedStatement(u"DELETE FROM "_s + table + u" WHERE plan_id = ?"_s);
            if (Status status = clear.execWith(p.id); !status)
                return status;
        }
    }
    SqlQuery &criterion = m_database.cachedStatement(
        u"INSERT INTO action_plan_criterion (plan_id, position, text) VALUES (?, ?, ?)"_s);
    for (qsizetype i = 0; i < p.criteria.size(); ++i) {
        if (Status status = criterion.execWith(p.id, static_cast<qint64>(i), p.criteria.at(i));
            !status)
            return status;
    }
    SqlQuery &budget = m_database.cachedStatement(
        u"INSERT INTO action_plan_budget_line (plan_id, position, item, amount_cents, "
        "funded_by_id, source, secured) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < p.budget.size(); ++i) {
        const BudgetLine &line = p.budget.at(i);
        if (Status status
            = budget.execWith(p.id, static_cast<qint64>(i), line.item, line.amountCents,
                              line.fundedById, line.source, line.secured ? 1 : 0);
            !status)
            return status;
    }
    SqlQuery &staffing = m_database.cachedStatement(
        u"INSERT INTO action_plan_staffing (plan_id, position, role, hours_per_month, "
        "covered_by_id, sought_outside) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < p.staffing.size(); ++i) {
        const StaffingNeed &need = p.staffing.at(i);
        if (Status status
            = staffing.execWith(p.id, static_cast<qint64>(i), need.role, need.hoursPerMonth,
                                need.coveredById, need.soughtOutside ? 1 : 0);
            !status)
            return status;
    }
    return {};
}

Status ActionPlanRepository::update(const ActionPlan &plan)
{
    auto before = get(plan.id);
    if (!before)
        return before.error();
    ActionPlan after = plan;
    after.title = plan.title.trimmed();
    after.createdAt = before->createdAt;
    after.updatedAt = now();
    if (const Problems problems = Validation::check(after); !problems.isEmpty())
        return Validation::toError(problems);
    if (Status status = checkReferences(after); !status)
        return status;
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    SqlQuery query(m_database.connection(),
                   u"UPDATE action_plan SET goal_id = ?, group_id = ?, lead_membership_id = ?, "
                   "title = ?, start_on = ?, due_on = ?, adopted_by_decision_id = ?, "
                   "confidential = ?, notes = ?, updated_at = ? WHERE id = ?"_s);
    if (Status status
        = query.execWith(after.goalId, after.groupId, after.leadMembershipId, after.title,
                         after.startOn, after.dueOn, after.adoptedByDecisionId,
                         after.confidential ? 1 : 0, after.notes, after.updatedAt, after.id);
        !status)
        return status;
    if (Status status = writeChildren(after, true); !status)
        return status;
    if (Status status = m_audit.recordChanges(Entity, after.id, JsonCodec::toJson(*before),
                                              JsonCodec::toJson(after));
        !status)
        return status;
    return transaction.commit();
}

Status ActionPlanRepository::remove(Id id)
{
    if (auto before = get(id); !before)
        return before.error();
    // Removed as undo would remove it: its tasks go by cascade and evaluations
    // lose it; each of those records is audited too.
    RecordStateStore states(m_database, m_audit);
    return states.apply({RecordState{{RecordKind::ActionPlan, id}, std::nullopt}});
}

Result<QList<ActionPlan>> ActionPlanRepository::select(const QString &where, const QVariant &value)
{
    SqlQuery query(m_database.connection(), SelectColumns + where + u" ORDER BY id"_s);
    if (value.isValid())
        query.bind(0, value);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<ActionPlan> result;
    QHash<Id, qsizetype> index;
    while (query.next()) {
        index.insert(query.integer(0), result.size());
        result.append(readPlan(query));
    }
    query.finish();
    if (result.isEmpty())
        return result;
    // where is one of this file's constants, never input.
    const QString plans = u" WHERE plan_id IN (SELECT id FROM action_plan "_s + where
        + u") ORDER BY plan_id, position"_s;
    const auto run = [&](SqlQuery &rows) -> Status {
        if (value.isValid())
            rows.bind(0, value);
        return rows.exec();
    };
    SqlQuery criteria(m_database.connection(),
                      u"SELECT plan_id, text FROM action_plan_criterion"_s + plans);
    if (Status status = run(criteria); !status)
        return status.error();
    while (criteria.next()) {
        if (const auto it = index.constFind(criteria.integer(0)); it != index.cend())
            result[*it].criteria.append(criteria.text(1));
    }
    criteria.finish();
    SqlQuery budget(m_database.connection(),
                    u"SELECT plan_id, item, amount_cents, funded_by_id, source, secured "
                    "FROM action_plan_budget_line"_s
                        + plans);
    if (Status status = run(budget); !status)
        return status.error();
    while (budget.next()) {
        if (const auto it = index.constFind(budget.integer(0)); it != index.cend())
            result[*it].budget.append({budget.text(1), budget.integer(2), budget.optionalId(3),
                                       budget.text(4), budget.integer(5) != 0});
    }
    budget.finish();
    SqlQuery staffing(m_database.connection(),
                      u"SELECT plan_id, role, hours_per_month, covered_by_id, sought_outside "
                      "FROM action_plan_staffing"_s
                          + plans);
    if (Status status = run(staffing); !status)
        return status.error();
    while (staffing.next()) {
        if (const auto it = index.constFind(staffing.integer(0)); it != index.cend())
            result[*it].staffing.append({staffing.text(1), static_cast<int>(staffing.integer(2)),
                                         staffing.optionalId(3), staffing.integer(4) != 0});
    }
    return result;
}

Result<ActionPlan> ActionPlanRepository::get(Id id)
{
    auto found = select(u"WHERE id = ?"_s, id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(tr("action plan"), id);
    return found->first();
}

Result<QList<ActionPlan>> ActionPlanRepository::listForCoalition(Id coalitionId)
{
    return select(u"WHERE goal_id IN (SELECT id FROM goal WHERE coalition_id = ?)"_s, coalitionId);
}

Result<QList<ActionPlan>> ActionPlanRepository::listForGroup(Id groupId)
{
    return select(u"WHERE group_id = ?"_s, groupId);
}

Result<QList<ActionPlan>> ActionPlanRepository::listForGoal(Id goalId)
{
    return select(u"WHERE goal_id = ?"_s, goalId);
}

Result<QList<ActionPlan>> ActionPlanRepository::list()
{
    return select({}, {});
}

} // namespace Coalition
