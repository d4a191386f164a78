// SPDX-License-Identifier: GPL-3.0-or-later
#include "goalrepository.h"

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

const QString Entity = u"goal"_s;
const QString SelectColumns = u"SELECT id, coalition_id, kind, title, text, target_on, status, "
                              "adopted_by_decision_id, confidential, notes, created_at, "
                              "updated_at FROM goal "_s;

Goal readGoal(const SqlQuery &q)
{
    Goal g;
    g.id = q.integer(0);
    g.coalitionId = q.integer(1);
    g.kind = enumFromText<GoalKind>(q.text(2)).value_or(GoalKind::Specific);
    g.title = q.text(3);
    g.text = q.text(4);
    g.targetOn = q.date(5);
    g.status = enumFromText<GoalStatus>(q.text(6)).value_or(GoalStatus::Proposed);
    g.adoptedByDecisionId = q.optionalId(7);
    g.confidential = q.integer(8) != 0;
    g.notes = q.text(9);
    g.createdAt = q.timestamp(10);
    g.updatedAt = q.timestamp(11);
    return g;
}

} // namespace

GoalRepository::GoalRepository(Database &database, AuditLog &audit)
    : RepositoryBase(database, audit)
{ }

Status GoalRepository::checkReferences(const Goal &goal)
{
    const QSqlDatabase db = m_database.connection();
    auto coalitionName = ActionReferences::coalitionName(db, goal.coalitionId, u"coalition"_s);
    if (!coalitionName)
        return coalitionName.error();
    if (goal.adoptedByDecisionId)
        return ActionReferences::decisionOf(db, *goal.adoptedByDecisionId, goal.coalitionId,
                                            *coalitionName, u"decision"_s);
    return {};
}

Result<Id> GoalRepository::add(const Goal &goal)
{
    if (const Problems problems = Validation::check(goal); !problems.isEmpty())
        return Validation::toError(problems);
    if (Status status = checkReferences(goal); !status)
        return status.error();
    return inTransaction([&] { return insertChecked(goal); });
}

Result<Id> GoalRepository::insertChecked(const Goal &goal, WriteMode mode)
{
    Goal g = goal;
    g.title = goal.title.trimmed();
    if (mode == WriteMode::Edit) {
        g.id = 0;
        g.createdAt = g.updatedAt = now();
    }
    SqlQuery &insert = m_database.cachedStatement(
        u"INSERT INTO goal (id, coalition_id, kind, title, text, target_on, status, "
        "adopted_by_decision_id, confidential, notes, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    auto id
        = insert.scalarWith(g.id > 0 ? QVariant(g.id) : QVariant(), g.coalitionId, enumKey(g.kind),
                            g.title, g.text, g.targetOn, enumKey(g.status), g.adoptedByDecisionId,
                            g.confidential ? 1 : 0, g.notes, g.createdAt, g.updatedAt);
    if (!id)
        return id.error();
    g.id = id->toLongLong();
    if (Status status = writeMeasures(g, false); !status)
        return status.error();
    if (mode == WriteMode::Edit) {
        if (Status status = m_audit.recordCreated(Entity, g.id, JsonCodec::toJson(g)); !status)
            return status.error();
    }
    return g.id;
}

Status GoalRepository::overwrite(const Goal &goal)
{
    if (goal.id <= 0)
        return Error{tr("A record to restore needs its number."), {}, {}};
    const Goal &g = goal;
    SqlQuery &update = m_database.cachedStatement(
        u"UPDATE goal SET coalition_id = ?, kind = ?, title = ?, text = ?, target_on = ?, "
        "status = ?, adopted_by_decision_id = ?, confidential = ?, notes = ?, created_at = ?, "
        "updated_at = ? WHERE id = ?"_s);
    if (Status status = update.execWith(
            g.coalitionId, enumKey(g.kind), g.title, g.text, g.targetOn, enumKey(g.status),
            g.adoptedByDecisionId, g.confidential ? 1 : 0, g.notes, g.createdAt, g.updatedAt, g.id);
        !status)
        return status;
    if (update.numRowsAffected() > 0)
        return writeMeasures(g, true);
    auto id = insertChecked(g, WriteMode::Restore);
    return id ? Status() : Status(id.error());
}

Status GoalRepository::writeMeasures(const Goal &g, bool replace)
{
    if (replace) {
        SqlQuery &clear
            = m_database.cachedStatement(u"DELETE FROM goal_measure WHERE goal_id = ?"_s);
        if (Status status = clear.execWith(g.id); !status)
            return status;
    }
    SqlQuery &insert = m_database.cachedStatement(
        u"INSERT INTO goal_measure (goal_id, position, text) VALUES (?, ?, ?)"_s);
    for (qsizetype i = 0; i < g.measures.size(); ++i) {
        if (Status status = insert.execWith(g.id, static_cast<qint64>(i), g.measures.at(i));
            !status)
            return status;
    }
    return {};
}

Status GoalRepository::update(const Goal &goal)
{
    auto before = get(goal.id);
    if (!before)
        return before.error();
    Goal after = goal;
    after.title = goal.title.trimmed();
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
                   u"UPDATE goal SET coalition_id = ?, kind = ?, title = ?, text = ?, "
                   "target_on = ?, status = ?, adopted_by_decision_id = ?, confidential = ?, "
                   "notes = ?, updated_at = ? WHERE id = ?"_s);
    if (Status status
        = query.execWith(after.coalitionId, enumKey(after.kind), after.title, after.text,
                         after.targetOn, enumKey(after.status), after.adoptedByDecisionId,
                         after.confidential ? 1 : 0, after.notes, after.updatedAt, after.id);
        !status)
        return status;
    if (Status status = writeMeasures(after, true); !status)
        return status;
    if (Status status = m_audit.recordChanges(Entity, after.id, JsonCodec::toJson(*before),
                                              JsonCodec::toJson(after));
        !status)
        return status;
    return transaction.commit();
}

Status GoalRepository::remove(Id id)
{
    if (auto before = get(id); !before)
        return before.error();
    // Removed as undo would remove it: its plans and their tasks go by cascade,
    // groups and successes lose it; each of those records is audited too.
    RecordStateStore states(m_database, m_audit);
    return states.apply({RecordState{{RecordKind::Goal, id}, std::nullopt}});
}

Result<QList<Goal>> GoalRepository::select(const QString &where, const QVariant &value)
{
    SqlQuery query(m_database.connection(), SelectColumns + where + u" ORDER BY id"_s);
    if (value.isValid())
        query.bind(0, value);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<Goal> result;
    QHash<Id, qsizetype> index;
    while (query.next()) {
        index.insert(query.integer(0), result.size());
        result.append(readGoal(query));
    }
    query.finish();
    if (result.isEmpty())
        return result;
    // where is one of this file's constants, never input.
    SqlQuery measures(m_database.connection(),
                      u"SELECT goal_id, text FROM goal_measure WHERE goal_id IN (SELECT id FROM "
                      "goal "_s
                          + where + u") ORDER BY goal_id, position"_s);
    if (value.isValid())
        measures.bind(0, value);
    if (Status status = measures.exec(); !status)
        return status.error();
    while (measures.next()) {
        if (const auto it = index.constFind(measures.integer(0)); it != index.cend())
            result[*it].measures.append(measures.text(1));
    }
    return result;
}

Result<Goal> GoalRepository::get(Id id)
{
    auto found = select(u"WHERE id = ?"_s, id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(tr("goal"), id);
    return found->first();
}

Result<QList<Goal>> GoalRepository::listForCoalition(Id coalitionId)
{
    return select(u"WHERE coalition_id = ?"_s, coalitionId);
}

Result<QList<Goal>> GoalRepository::list()
{
    return select({}, {});
}

} // namespace Coalition
