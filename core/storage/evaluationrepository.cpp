// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluationrepository.h"

#include "auditlog.h"
#include "database.h"
#include "domain/jsoncodec.h"
#include "domain/validation.h"
#include "sqlquery.h"
#include "transaction.h"

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

const QString Entity = u"evaluation"_s;
const QString SelectColumns = u"SELECT id, coalition_id, activity, evaluated_on, method, findings, "
                              "score, group_id, plan_id, confidential, notes, created_at, "
                              "updated_at FROM evaluation "_s;

Evaluation readEvaluation(const SqlQuery &q)
{
    Evaluation e;
    e.id = q.integer(0);
    e.coalitionId = q.integer(1);
    e.activity = q.text(2);
    e.on = q.date(3);
    e.method = enumFromText<EvaluationMethod>(q.text(4)).value_or(EvaluationMethod::Other);
    e.findings = q.text(5);
    if (const auto score = q.optionalId(6))
        e.score = static_cast<int>(*score);
    e.groupId = q.optionalId(7);
    e.planId = q.optionalId(8);
    e.confidential = q.integer(9) != 0;
    e.notes = q.text(10);
    e.createdAt = q.timestamp(11);
    e.updatedAt = q.timestamp(12);
    return e;
}

QVariant scoreValue(const std::optional<int> &score)
{
    return score ? QVariant(*score) : QVariant();
}

} // namespace

EvaluationRepository::EvaluationRepository(Database &database, AuditLog &audit)
    : RepositoryBase(database, audit)
{ }

Status EvaluationRepository::checkReferences(const Evaluation &evaluation)
{
    const QSqlDatabase db = m_database.connection();
    SqlQuery coalition(db, u"SELECT name FROM coalition WHERE id = ?"_s);
    if (Status status = coalition.execWith(evaluation.coalitionId); !status)
        return status;
    if (!coalition.next())
        return Error{tr("There is no coalition with number %1.").arg(evaluation.coalitionId),
                     {},
                     u"coalition"_s};
    const QString coalitionName = coalition.text(0);
    coalition.finish();

    if (evaluation.groupId) {
        SqlQuery group(db, u"SELECT name, coalition_id FROM action_group WHERE id = ?"_s);
        if (Status status = group.execWith(*evaluation.groupId); !status)
            return status;
        if (!group.next())
            return Error{tr("There is no action group with number %1.").arg(*evaluation.groupId),
                         {},
                         u"group"_s};
        if (group.integer(1) != evaluation.coalitionId)
            return Error{tr("The action group “%1” works for another coalition, not %2.")
                             .arg(group.text(0), coalitionName),
                         {},
                         u"group"_s};
    }

    if (evaluation.planId) {
        SqlQuery plan(db,
                      u"SELECT p.title, g.coalition_id, p.group_id, g.name FROM action_plan p "
                      "JOIN action_group g ON g.id = p.group_id WHERE p.id = ?"_s);
        if (Status status = plan.execWith(*evaluation.planId); !status)
            return status;
        if (!plan.next())
            return Error{tr("There is no action plan with number %1.").arg(*evaluation.planId),
                         {},
                         u"plan"_s};
        if (plan.integer(1) != evaluation.coalitionId)
            return Error{tr("The action plan “%1” is another coalition's, not one of %2's.")
                             .arg(plan.text(0), coalitionName),
                         {},
                         u"plan"_s};
        if (evaluation.groupId && plan.integer(2) != *evaluation.groupId)
            return Error{tr("The action plan “%1” is carried out by the group “%2”: evaluate it "
                            "under that group, or under no group.")
                             .arg(plan.text(0), plan.text(3)),
                         {},
                         u"plan"_s};
    }
    return {};
}

Result<Id> EvaluationRepository::add(const Evaluation &evaluation)
{
    if (const Problems problems = Validation::check(evaluation); !problems.isEmpty())
        return Validation::toError(problems);
    if (Status status = checkReferences(evaluation); !status)
        return status.error();
    return inTransaction([&] { return insertChecked(evaluation); });
}

Result<Id> EvaluationRepository::insertChecked(const Evaluation &evaluation, WriteMode mode)
{
    Evaluation e = evaluation;
    if (mode == WriteMode::Edit) {
        e.id = 0;
        e.createdAt = e.updatedAt = now();
    }
    SqlQuery &insert = m_database.cachedStatement(
        u"INSERT INTO evaluation (id, coalition_id, activity, evaluated_on, method, findings, "
        "score, group_id, plan_id, confidential, notes, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    auto id
        = insert.scalarWith(e.id > 0 ? QVariant(e.id) : QVariant(), e.coalitionId, e.activity, e.on,
                            enumKey(e.method), e.findings, scoreValue(e.score), e.groupId, e.planId,
                            e.confidential ? 1 : 0, e.notes, e.createdAt, e.updatedAt);
    if (!id)
        return id.error();
    e.id = id->toLongLong();
    if (mode == WriteMode::Edit) {
        if (Status status = m_audit.recordCreated(Entity, e.id, JsonCodec::toJson(e)); !status)
            return status.error();
    }
    return e.id;
}

Status EvaluationRepository::overwrite(const Evaluation &evaluation)
{
    if (evaluation.id <= 0)
        return Error{tr("A record to restore needs its number."), {}, {}};
    const Evaluation &e = evaluation;
    SqlQuery &update = m_database.cachedStatement(
        u"UPDATE evaluation SET coalition_id = ?, activity = ?, evaluated_on = ?, method = ?, "
        "findings = ?, score = ?, group_id = ?, plan_id = ?, confidential = ?, notes = ?, "
        "created_at = ?, updated_at = ? WHERE id = ?"_s);
    if (Status status = update.execWith(
            e.coalitionId, e.activity, e.on, enumKey(e.method), e.findings, scoreValue(e.score),
            e.groupId, e.planId, e.confidential ? 1 : 0, e.notes, e.createdAt, e.updatedAt, e.id);
        !status)
        return status;
    if (update.numRowsAffected() > 0)
        return {};
    auto id = insertChecked(e, WriteMode::Restore);
    return id ? Status() : Status(id.error());
}

Status EvaluationRepository::update(const Evaluation &evaluation)
{
    auto before = get(evaluation.id);
    if (!before)
        return before.error();
    Evaluation after = evaluation;
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
                   u"UPDATE evaluation SET coalition_id = ?, activity = ?, evaluated_on = ?, "
                   "method = ?, findings = ?, score = ?, group_id = ?, plan_id = ?, "
                   "confidential = ?, notes = ?, updated_at = ? WHERE id = ?"_s);
    if (Status status
        = query.execWith(after.coalitionId, after.activity, after.on, enumKey(after.method),
                         after.findings, scoreValue(after.score), after.groupId, after.planId,
                         after.confidential ? 1 : 0, after.notes, after.updatedAt, after.id);
        !status)
        return status;
    if (Status status = m_audit.recordChanges(Entity, after.id, JsonCodec::toJson(*before),
                                              JsonCodec::toJson(after));
        !status)
        return status;
    return transaction.commit();
}

Status EvaluationRepository::remove(Id id)
{
    // Nothing refers to an evaluation, so removing it reaches no other record.
    auto before = get(id);
    if (!before)
        return before.error();
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    SqlQuery query(m_database.connection(), u"DELETE FROM evaluation WHERE id = ?"_s);
    if (Status status = query.execWith(id); !status)
        return status;
    if (Status status = m_audit.recordDeleted(Entity, id, JsonCodec::toJson(*before)); !status)
        return status;
    return transaction.commit();
}

Result<QList<Evaluation>> EvaluationRepository::select(const QString &where, const QVariant &value,
                                                       const QString &order)
{
    SqlQuery query(m_database.connection(), SelectColumns + where + order);
    if (value.isValid())
        query.bind(0, value);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<Evaluation> result;
    while (query.next())
        result.append(readEvaluation(query));
    return result;
}

Result<Evaluation> EvaluationRepository::get(Id id)
{
    auto found = select(u"WHERE id = ?"_s, id, {});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(tr("evaluation"), id);
    return found->first();
}

Result<QList<Evaluation>> EvaluationRepository::listForCoalition(Id coalitionId)
{
    return select(u"WHERE coalition_id = ?"_s, coalitionId,
                  u" ORDER BY evaluated_on IS NULL, evaluated_on, id"_s);
}

Result<QList<Evaluation>> EvaluationRepository::list()
{
    return select({}, {}, u" ORDER BY id"_s);
}

} // namespace Coalition
