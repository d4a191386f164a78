// SPDX-License-Identifier: GPL-3.0-or-later
#include "procedurerepository.h"

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

const QString Entity = u"decision_procedure"_s;
const QString SelectColumns
    = u"SELECT id, body_id, method, threshold_numerator, threshold_denominator, "
      "consensus_attempts, fallback_method, delegate_body_id, delegate_to_lead, basis, "
      "quorum_kind, quorum_count, quorum_numerator, quorum_denominator, notice_days, "
      "reopen_minimum_days, reopen_numerator, reopen_denominator, reopen_needs_new_information, "
      "notes, created_at, updated_at FROM decision_procedure "_s;

DecisionProcedure readProcedure(const SqlQuery &q)
{
    DecisionProcedure p;
    p.id = q.integer(0);
    p.bodyId = q.integer(1);
    p.method = enumFromText<DecisionMethod>(q.text(2)).value_or(DecisionMethod::Majority);
    p.threshold = {q.integer(3), q.integer(4)};
    p.consensusAttempts = static_cast<int>(q.integer(5));
    p.fallbackMethod = enumFromText<DecisionMethod>(q.text(6)).value_or(DecisionMethod::Majority);
    p.delegateBodyId = q.optionalId(7);
    p.delegateToLead = q.integer(8) != 0;
    p.basis = enumFromText<VoteBasis>(q.text(9)).value_or(VoteBasis::Cast);
    p.quorum.kind = enumFromText<QuorumKind>(q.text(10)).value_or(QuorumKind::None);
    p.quorum.count = static_cast<int>(q.integer(11));
    p.quorum.fraction = {q.integer(12), q.integer(13)};
    p.noticeDays = static_cast<int>(q.integer(14));
    p.reopening.minimumDays = static_cast<int>(q.integer(15));
    if (const auto numerator = q.optionalId(16))
        p.reopening.threshold = Fraction{*numerator, q.integer(17)};
    p.reopening.newInformationRequired = q.integer(18) != 0;
    p.notes = q.text(19);
    p.createdAt = q.timestamp(20);
    p.updatedAt = q.timestamp(21);
    return p;
}

QVariant reopenNumerator(const DecisionProcedure &p)
{
    return p.reopening.threshold ? QVariant(p.reopening.threshold->numerator) : QVariant();
}

QVariant reopenDenominator(const DecisionProcedure &p)
{
    return p.reopening.threshold ? QVariant(p.reopening.threshold->denominator) : QVariant();
}

} // namespace

ProcedureRepository::ProcedureRepository(Database &database, AuditLog &audit)
    : RepositoryBase(database, audit)
{ }

Status ProcedureRepository::checkReferences(const DecisionProcedure &procedure)
{
    const QSqlDatabase db = m_database.connection();
    SqlQuery body(db, u"SELECT coalition_id, name FROM body WHERE id = ?"_s);
    if (Status status = body.execWith(procedure.bodyId); !status)
        return status;
    if (!body.next())
        return Error{tr("There is no body with number %1.").arg(procedure.bodyId), {}, u"body"_s};
    const Id coalitionId = body.integer(0);
    const QString bodyName = body.text(1);
    body.finish();

    SqlQuery other(db, u"SELECT id FROM decision_procedure WHERE body_id = ? AND id <> ?"_s);
    if (procedure.id > 0) {
        if (Status status = other.execWith(procedure.bodyId, procedure.id); !status)
            return status;
        if (other.next())
            return Error{
                tr("%1 already has a decision procedure; a body decides by one.").arg(bodyName),
                {},
                u"body"_s};
    }

    if (procedure.delegateBodyId) {
        if (*procedure.delegateBodyId == procedure.bodyId)
            return Error{tr("A body cannot delegate its decisions to itself."), {}, u"delegate"_s};
        if (Status status = body.execWith(*procedure.delegateBodyId); !status)
            return status;
        if (!body.next())
            return Error{tr("There is no body with number %1 to delegate to.")
                             .arg(*procedure.delegateBodyId),
                         {},
                         u"delegate"_s};
        if (body.integer(0) != coalitionId)
            return Error{tr("%1 belongs to another coalition: %2 can delegate only to a body of "
                            "its own coalition.")
                             .arg(body.text(1), bodyName),
                         {},
                         u"delegate"_s};
    }
    return {};
}

Result<Id> ProcedureRepository::set(const DecisionProcedure &procedure)
{
    if (const Problems problems = Validation::check(procedure); !problems.isEmpty())
        return Validation::toError(problems);
    auto existing = forBody(procedure.bodyId);
    if (!existing)
        return existing.error();
    DecisionProcedure after = procedure;
    after.id = *existing ? (*existing)->id : 0;
    if (Status status = checkReferences(after); !status)
        return status.error();
    if (!*existing)
        return inTransaction([&] { return insertChecked(after); });

    const DecisionProcedure &before = **existing;
    after.createdAt = before.createdAt;
    after.updatedAt = now();
    return inTransaction([&]() -> Result<Id> {
        SqlQuery query(m_database.connection(),
                       u"UPDATE decision_procedure SET method = ?, threshold_numerator = ?, "
                       "threshold_denominator = ?, consensus_attempts = ?, fallback_method = ?, "
                       "delegate_body_id = ?, delegate_to_lead = ?, basis = ?, quorum_kind = ?, "
                       "quorum_count = ?, quorum_numerator = ?, quorum_denominator = ?, "
                       "notice_days = ?, reopen_minimum_days = ?, reopen_numerator = ?, "
                       "reopen_denominator = ?, reopen_needs_new_information = ?, notes = ?, "
                       "updated_at = ? WHERE id = ?"_s);
        const DecisionProcedure &p = after;
        if (Status status = query.execWith(
                enumKey(p.method), p.threshold.numerator, p.threshold.denominator,
                p.consensusAttempts, enumKey(p.fallbackMethod), p.delegateBodyId,
                p.delegateToLead ? 1 : 0, enumKey(p.basis), enumKey(p.quorum.kind), p.quorum.count,
                p.quorum.fraction.numerator, p.quorum.fraction.denominator, p.noticeDays,
                p.reopening.minimumDays, reopenNumerator(p), reopenDenominator(p),
                p.reopening.newInformationRequired ? 1 : 0, p.notes, p.updatedAt, p.id);
            !status)
            return status.error();
        if (Status status = writeChildren(after, true); !status)
            return status.error();
        if (Status status = m_audit.recordChanges(Entity, after.id, JsonCodec::toJson(before),
                                                  JsonCodec::toJson(after));
            !status)
            return status.error();
        return after.id;
    });
}

Result<Id> ProcedureRepository::insertChecked(const DecisionProcedure &procedure, WriteMode mode)
{
    DecisionProcedure p = procedure;
    if (mode == WriteMode::Edit) {
        p.id = 0;
        p.createdAt = p.updatedAt = now();
    }
    SqlQuery &insert = m_database.cachedStatement(
        u"INSERT INTO decision_procedure (id, body_id, method, threshold_numerator, "
        "threshold_denominator, consensus_attempts, fallback_method, delegate_body_id, "
        "delegate_to_lead, basis, quorum_kind, quorum_count, quorum_numerator, "
        "quorum_denominator, notice_days, reopen_minimum_days, reopen_numerator, "
        "reopen_denominator, reopen_needs_new_information, notes, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "RETURNING id"_s);
    auto id = insert.scalarWith(
        p.id > 0 ? QVariant(p.id) : QVariant(), p.bodyId, enumKey(p.method), p.threshold.numerator,
        p.threshold.denominator, p.consensusAttempts, enumKey(p.fallbackMethod), p.delegateBodyId,
        p.delegateToLead ? 1 : 0, enumKey(p.basis), enumKey(p.quorum.kind), p.quorum.count,
        p.quorum.fraction.numerator, p.quorum.fraction.denominator, p.noticeDays,
        p.reopening.minimumDays, reopenNumerator(p), reopenDenominator(p),
        p.reopening.newInformationRequired ? 1 : 0, p.notes, p.createdAt, p.updatedAt);
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

Status ProcedureRepository::overwrite(const DecisionProcedure &procedure)
{
    if (procedure.id <= 0)
        return Error{tr("A record to restore needs its number."), {}, {}};
    SqlQuery &update = m_database.cachedStatement(
        u"UPDATE decision_procedure SET body_id = ?, method = ?, threshold_numerator = ?, "
        "threshold_denominator = ?, consensus_attempts = ?, fallback_method = ?, "
        "delegate_body_id = ?, delegate_to_lead = ?, basis = ?, quorum_kind = ?, "
        "quorum_count = ?, quorum_numerator = ?, quorum_denominator = ?, notice_days = ?, "
        "reopen_minimum_days = ?, reopen_numerator = ?, reopen_denominator = ?, "
        "reopen_needs_new_information = ?, notes = ?, created_at = ?, updated_at = ? "
        "WHERE id = ?"_s);
    const DecisionProcedure &p = procedure;
    if (Status status = update.execWith(
            p.bodyId, enumKey(p.method), p.threshold.numerator, p.threshold.denominator,
            p.consensusAttempts, enumKey(p.fallbackMethod), p.delegateBodyId,
            p.delegateToLead ? 1 : 0, enumKey(p.basis), enumKey(p.quorum.kind), p.quorum.count,
            p.quorum.fraction.numerator, p.quorum.fraction.denominator, p.noticeDays,
            p.reopening.minimumDays, reopenNumerator(p), reopenDenominator(p),
            p.reopening.newInformationRequired ? 1 : 0, p.notes, p.createdAt, p.updatedAt, p.id);
        !status)
        return status;
    if (update.numRowsAffected() > 0)
        return writeChildren(p, true);
    auto id = insertChecked(p, WriteMode::Restore);
    return id ? Status() : Status(id.error());
}

Status ProcedureRepository::writeChildren(const DecisionProcedure &p, bool replace)
{
    if (replace) {
        SqlQuery &areas
            = m_database.cachedStatement(u"DELETE FROM procedure_area WHERE procedure_id = ?"_s);
        if (Status status = areas.execWith(p.id); !status)
            return status;
        SqlQuery &steps = m_database.cachedStatement(
            u"DELETE FROM procedure_escalation WHERE procedure_id = ?"_s);
        if (Status status = steps.execWith(p.id); !status)
            return status;
    }
    SqlQuery &area = m_database.cachedStatement(
        u"INSERT INTO procedure_area (procedure_id, position, area) VALUES (?, ?, ?)"_s);
    for (qsizetype i = 0; i < p.areas.size(); ++i) {
        if (Status status = area.execWith(p.id, static_cast<qint64>(i), enumKey(p.areas.at(i)));
            !status)
            return status;
    }
    SqlQuery &step = m_database.cachedStatement(
        u"INSERT INTO procedure_escalation (procedure_id, position, step) VALUES (?, ?, ?)"_s);
    for (qsizetype i = 0; i < p.escalation.size(); ++i) {
        if (Status status
            = step.execWith(p.id, static_cast<qint64>(i), enumKey(p.escalation.at(i)));
            !status)
            return status;
    }
    return {};
}

Status ProcedureRepository::remove(Id id)
{
    if (auto before = get(id); !before)
        return before.error();
    // Removed as undo would remove it: the decisions that named it are cleared; each of those
    // records is audited too.
    RecordStateStore states(m_database, m_audit);
    return states.apply({RecordState{{RecordKind::Procedure, id}, std::nullopt}});
}

Result<QList<DecisionProcedure>> ProcedureRepository::select(const QString &where,
                                                             const QVariant &value)
{
    SqlQuery query(m_database.connection(), SelectColumns + where + u" ORDER BY id"_s);
    if (value.isValid())
        query.bind(0, value);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<DecisionProcedure> result;
    QHash<Id, qsizetype> index;
    while (query.next()) {
        index.insert(query.integer(0), result.size());
        result.append(readProcedure(query));
    }
    query.finish();
    if (result.isEmpty())
        return result;
    // where is one of this file's constants, never input.
    const QString chosen = u" WHERE procedure_id IN (SELECT id FROM decision_procedure "_s + where
        + u") ORDER BY procedure_id, position"_s;
    SqlQuery areas(m_database.connection(),
                   u"SELECT procedure_id, area FROM procedure_area"_s + chosen);
    if (value.isValid())
        areas.bind(0, value);
    if (Status status = areas.exec(); !status)
        return status.error();
    while (areas.next()) {
        if (const auto it = index.constFind(areas.integer(0)); it != index.cend())
            result[*it].areas.append(
                enumFromText<DecisionArea>(areas.text(1)).value_or(DecisionArea::Other));
    }
    SqlQuery steps(m_database.connection(),
                   u"SELECT procedure_id, step FROM procedure_escalation"_s + chosen);
    if (value.isValid())
        steps.bind(0, value);
    if (Status status = steps.exec(); !status)
        return status.error();
    while (steps.next()) {
        if (const auto it = index.constFind(steps.integer(0)); it != index.cend())
            result[*it].escalation.append(
                enumFromText<EscalationStep>(steps.text(1)).value_or(EscalationStep::Discussion));
    }
    return result;
}

Result<DecisionProcedure> ProcedureRepository::get(Id id)
{
    auto found = select(u"WHERE id = ?"_s, id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(tr("decision procedure"), id);
    return found->first();
}

Result<std::optional<DecisionProcedure>> ProcedureRepository::forBody(Id bodyId)
{
    auto found = select(u"WHERE body_id = ?"_s, bodyId);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<DecisionProcedure>();
    return std::optional<DecisionProcedure>(found->first());
}

Result<QList<DecisionProcedure>> ProcedureRepository::listForCoalition(Id coalitionId)
{
    return select(u"WHERE body_id IN (SELECT id FROM body WHERE coalition_id = ?)"_s, coalitionId);
}

Result<QList<DecisionProcedure>> ProcedureRepository::list()
{
    return select({}, {});
}

} // namespace Coalition
