// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskrepository.h"

#include "actionreferences.h"
#include "auditlog.h"
#include "database.h"
#include "domain/jsoncodec.h"
#include "domain/validation.h"
#include "recordstates.h"
#include "sqlquery.h"
#include "transaction.h"

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

const QString Entity = u"task"_s;
const QString SelectColumns = u"SELECT id, plan_id, title, responsible_id, start_on, due_on, "
                              "done_on, status, confidential, notes, created_at, updated_at "
                              "FROM task "_s;
// Undated tasks after the dated ones.
const QString ByDueDate = u" ORDER BY due_on IS NULL, due_on, id"_s;
const QString ById = u" ORDER BY id"_s;

Task readTask(const SqlQuery &q)
{
    Task t;
    t.id = q.integer(0);
    t.planId = q.integer(1);
    t.title = q.text(2);
    t.responsibleId = q.optionalId(3);
    t.startOn = q.date(4);
    t.dueOn = q.date(5);
    t.doneOn = q.date(6);
    t.status = enumFromText<TaskStatus>(q.text(7)).value_or(TaskStatus::NotStarted);
    t.confidential = q.integer(8) != 0;
    t.notes = q.text(9);
    t.createdAt = q.timestamp(10);
    t.updatedAt = q.timestamp(11);
    return t;
}

} // namespace

TaskRepository::TaskRepository(Database &database, AuditLog &audit)
    : RepositoryBase(database, audit)
{ }

Status TaskRepository::checkReferences(const Task &task)
{
    const QSqlDatabase db = m_database.connection();
    SqlQuery plan(db,
                  u"SELECT g.coalition_id, c.name FROM action_plan p "
                  "JOIN goal g ON g.id = p.goal_id JOIN coalition c ON c.id = g.coalition_id "
                  "WHERE p.id = ?"_s);
    if (Status status = plan.execWith(task.planId); !status)
        return status;
    if (!plan.next())
        return Error{tr("There is no action plan with number %1.").arg(task.planId), {}, u"plan"_s};
    const Id coalitionId = plan.integer(0);
    const QString coalitionName = plan.text(1);
    plan.finish();
    if (task.responsibleId)
        return ActionReferences::membershipOf(db, *task.responsibleId, coalitionId, coalitionName,
                                              u"responsible"_s);
    return {};
}

Result<Id> TaskRepository::add(const Task &task)
{
    if (const Problems problems = Validation::check(task); !problems.isEmpty())
        return Validation::toError(problems);
    if (Status status = checkReferences(task); !status)
        return status.error();
    return inTransaction([&] { return insertChecked(task); });
}

Result<Id> TaskRepository::insertChecked(const Task &task, WriteMode mode)
{
    Task t = task;
    if (mode == WriteMode::Edit) {
        t.title = task.title.trimmed();
        t.id = 0;
        t.createdAt = t.updatedAt = now();
    }
    SqlQuery &insert = m_database.cachedStatement(
        u"INSERT INTO task (id, plan_id, title, responsible_id, start_on, due_on, done_on, "
        "status, confidential, notes, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    auto id = insert.scalarWith(t.id > 0 ? QVariant(t.id) : QVariant(), t.planId, t.title,
                                t.responsibleId, t.startOn, t.dueOn, t.doneOn, enumKey(t.status),
                                t.confidential ? 1 : 0, t.notes, t.createdAt, t.updatedAt);
    if (!id)
        return id.error();
    t.id = id->toLongLong();
    if (mode == WriteMode::Edit) {
        if (Status status = m_audit.recordCreated(Entity, t.id, JsonCodec::toJson(t)); !status)
            return status.error();
    }
    return t.id;
}

Status TaskRepository::overwrite(const Task &task)
{
    if (task.id <= 0)
        return Error{tr("A record to restore needs its number."), {}, {}};
    const Task &t = task;
    SqlQuery &update = m_database.cachedStatement(
        u"UPDATE task SET plan_id = ?, title = ?, responsible_id = ?, start_on = ?, due_on = ?, "
        "done_on = ?, status = ?, confidential = ?, notes = ?, created_at = ?, updated_at = ? "
        "WHERE id = ?"_s);
    if (Status status = update.execWith(t.planId, t.title, t.responsibleId, t.startOn, t.dueOn,
                                        t.doneOn, enumKey(t.status), t.confidential ? 1 : 0,
                                        t.notes, t.createdAt, t.updatedAt, t.id);
        !status)
        return status;
    if (update.numRowsAffected() > 0)
        return {};
    auto id = insertChecked(t, WriteMode::Restore);
    return id ? Status() : Status(id.error());
}

Status TaskRepository::storeFields(const Task &after, const Task &before)
{
    if (const Problems problems = Validation::check(after); !problems.isEmpty())
        return Validation::toError(problems);
    if (Status status = checkReferences(after); !status)
        return status;
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    SqlQuery query(m_database.connection(),
                   u"UPDATE task SET plan_id = ?, title = ?, responsible_id = ?, start_on = ?, "
                   "due_on = ?, done_on = ?, status = ?, confidential = ?, notes = ?, "
                   "updated_at = ? WHERE id = ?"_s);
    if (Status status
        = query.execWith(after.planId, after.title, after.responsibleId, after.startOn, after.dueOn,
                         after.doneOn, enumKey(after.status), after.confidential ? 1 : 0,
                         after.notes, after.updatedAt, after.id);
        !status)
        return status;
    if (Status status = m_audit.recordChanges(Entity, after.id, JsonCodec::toJson(before),
                                              JsonCodec::toJson(after));
        !status)
        return status;
    return transaction.commit();
}

Status TaskRepository::update(const Task &task)
{
    auto before = get(task.id);
    if (!before)
        return before.error();
    Task after = task;
    after.title = task.title.trimmed();
    after.createdAt = before->createdAt;
    after.updatedAt = now();
    return storeFields(after, *before);
}

Status TaskRepository::setStatus(Id id, TaskStatus status, const QDate &doneOn)
{
    auto before = get(id);
    if (!before)
        return before.error();
    Task after = *before;
    after.status = status;
    if (status != TaskStatus::Done)
        after.doneOn = {};
    else if (doneOn.isValid())
        after.doneOn = doneOn;
    else if (!before->doneOn.isValid() || before->status != TaskStatus::Done)
        after.doneOn = QDate::currentDate();
    after.updatedAt = now();
    return storeFields(after, *before);
}

Status TaskRepository::remove(Id id)
{
    if (auto before = get(id); !before)
        return before.error();
    RecordStateStore states(m_database, m_audit);
    return states.apply({RecordState{{RecordKind::Task, id}, std::nullopt}});
}

Result<QList<Task>> TaskRepository::select(const QString &where, const QVariant &value,
                                           const QString &order)
{
    // where and order are this file's constants, never input.
    SqlQuery query(m_database.connection(), SelectColumns + where + order);
    if (value.isValid())
        query.bind(0, value);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<Task> result;
    while (query.next())
        result.append(readTask(query));
    return result;
}

Result<Task> TaskRepository::get(Id id)
{
    auto found = select(u"WHERE id = ?"_s, id, ById);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(tr("task"), id);
    return found->first();
}

Result<QList<Task>> TaskRepository::listForCoalition(Id coalitionId)
{
    return select(u"WHERE plan_id IN (SELECT p.id FROM action_plan p JOIN goal g "
                  "ON g.id = p.goal_id WHERE g.coalition_id = ?)"_s,
                  coalitionId, ByDueDate);
}

Result<QList<Task>> TaskRepository::listForPlan(Id planId)
{
    return select(u"WHERE plan_id = ?"_s, planId, ByDueDate);
}

Result<QList<Task>> TaskRepository::list()
{
    return select({}, {}, ById);
}

} // namespace Coalition
