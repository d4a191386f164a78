// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagechangerepository.h"

#include "auditlog.h"
#include "database.h"
#include "domain/jsoncodec.h"
#include "domain/validation.h"
#include "sqlquery.h"
#include "transaction.h"

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

const QString Entity = u"stage_change"_s;
const QString SelectColumns = u"SELECT id, coalition_id, stage, on_date, rationale, decision_id, "
                              "created_at, updated_at FROM stage_change "_s;

StageChange readChange(const SqlQuery &q)
{
    StageChange c;
    c.id = q.integer(0);
    c.coalitionId = q.integer(1);
    c.stage = enumFromText<DevelopmentStage>(q.text(2)).value_or(DevelopmentStage::PreFormation);
    c.on = q.date(3);
    c.rationale = q.text(4);
    c.decisionId = q.optionalId(5);
    c.createdAt = q.timestamp(6);
    c.updatedAt = q.timestamp(7);
    return c;
}

} // namespace

StageChangeRepository::StageChangeRepository(Database &database, AuditLog &audit)
    : RepositoryBase(database, audit)
{ }

Status StageChangeRepository::checkReferences(const StageChange &change)
{
    const QSqlDatabase db = m_database.connection();
    SqlQuery coalition(db, u"SELECT name FROM coalition WHERE id = ?"_s);
    if (Status status = coalition.execWith(change.coalitionId); !status)
        return status;
    if (!coalition.next())
        return Error{tr("There is no coalition with number %1.").arg(change.coalitionId),
                     {},
                     u"coalition"_s};
    const QString coalitionName = coalition.text(0);
    coalition.finish();

    if (change.decisionId) {
        SqlQuery decision(db,
                          u"SELECT d.title, b.coalition_id FROM decision d "
                          "JOIN meeting m ON m.id = d.meeting_id JOIN body b ON b.id = m.body_id "
                          "WHERE d.id = ?"_s);
        if (Status status = decision.execWith(*change.decisionId); !status)
            return status;
        if (!decision.next())
            return Error{tr("There is no decision with number %1.").arg(*change.decisionId),
                         {},
                         u"decision"_s};
        if (decision.integer(1) != change.coalitionId)
            return Error{tr("The decision “%1” was taken in another coalition; a stage of %2 can "
                            "be settled only by one of its own decisions.")
                             .arg(decision.text(0), coalitionName),
                         {},
                         u"decision"_s};
    }
    return {};
}

Result<Id> StageChangeRepository::add(const StageChange &change)
{
    StageChange c = change;
    c.id = 0;
    if (const Problems problems = Validation::check(c); !problems.isEmpty())
        return Validation::toError(problems);
    if (Status status = checkReferences(c); !status)
        return status.error();
    return inTransaction([&] { return insertChecked(c); });
}

Result<Id> StageChangeRepository::insertChecked(const StageChange &change, WriteMode mode)
{
    StageChange c = change;
    if (mode == WriteMode::Edit) {
        c.id = 0;
        c.createdAt = c.updatedAt = now();
    }
    SqlQuery &insert = m_database.cachedStatement(
        u"INSERT INTO stage_change (id, coalition_id, stage, on_date, rationale, decision_id, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    auto id
        = insert.scalarWith(c.id > 0 ? QVariant(c.id) : QVariant(), c.coalitionId, enumKey(c.stage),
                            c.on, c.rationale, c.decisionId, c.createdAt, c.updatedAt);
    if (!id)
        return id.error();
    c.id = id->toLongLong();
    if (mode == WriteMode::Edit) {
        if (Status status = m_audit.recordCreated(Entity, c.id, JsonCodec::toJson(c)); !status)
            return status.error();
    }
    return c.id;
}

Status StageChangeRepository::overwrite(const StageChange &change)
{
    if (change.id <= 0)
        return Error{tr("A record to restore needs its number."), {}, {}};
    const StageChange &c = change;
    SqlQuery &update = m_database.cachedStatement(
        u"UPDATE stage_change SET coalition_id = ?, stage = ?, on_date = ?, rationale = ?, "
        "decision_id = ?, created_at = ?, updated_at = ? WHERE id = ?"_s);
    if (Status status = update.execWith(c.coalitionId, enumKey(c.stage), c.on, c.rationale,
                                        c.decisionId, c.createdAt, c.updatedAt, c.id);
        !status)
        return status;
    if (update.numRowsAffected() > 0)
        return {};
    auto id = insertChecked(c, WriteMode::Restore);
    return id ? Status() : Status(id.error());
}

Status StageChangeRepository::update(const StageChange &change)
{
    auto before = get(change.id);
    if (!before)
        return before.error();
    StageChange after = change;
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
                   u"UPDATE stage_change SET coalition_id = ?, stage = ?, on_date = ?, "
                   "rationale = ?, decision_id = ?, updated_at = ? WHERE id = ?"_s);
    if (Status status
        = query.execWith(after.coalitionId, enumKey(after.stage), after.on, after.rationale,
                         after.decisionId, after.updatedAt, after.id);
        !status)
        return status;
    if (Status status = m_audit.recordChanges(Entity, after.id, JsonCodec::toJson(*before),
                                              JsonCodec::toJson(after));
        !status)
        return status;
    return transaction.commit();
}

Status StageChangeRepository::remove(Id id)
{
    // Nothing refers to a stage change.
    auto before = get(id);
    if (!before)
        return before.error();
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    SqlQuery query(m_database.connection(), u"DELETE FROM stage_change WHERE id = ?"_s);
    if (Status status = query.execWith(id); !status)
        return status;
    if (Status status = m_audit.recordDeleted(Entity, id, JsonCodec::toJson(*before)); !status)
        return status;
    return transaction.commit();
}

Result<QList<StageChange>>
StageChangeRepository::select(const QString &where, const QVariant &value, const QString &order)
{
    SqlQuery query(m_database.connection(), SelectColumns + where + order);
    if (value.isValid())
        query.bind(0, value);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<StageChange> result;
    while (query.next())
        result.append(readChange(query));
    return result;
}

Result<StageChange> StageChangeRepository::get(Id id)
{
    auto found = select(u"WHERE id = ?"_s, id, {});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(tr("stage change"), id);
    return found->first();
}

Result<QList<StageChange>> StageChangeRepository::listForCoalition(Id coalitionId)
{
    return select(u"WHERE coalition_id = ?"_s, coalitionId, u" ORDER BY on_date, id"_s);
}

Result<QList<StageChange>> StageChangeRepository::list()
{
    return select({}, {}, u" ORDER BY id"_s);
}

} // namespace Coalition
