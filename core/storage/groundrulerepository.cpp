// SPDX-License-Identifier: GPL-3.0-or-later
#include "groundrulerepository.h"

#include "auditlog.h"
#include "database.h"
#include "domain/jsoncodec.h"
#include "domain/validation.h"
#include "recordstates.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

const QString Entity = u"ground_rule"_s;
const QString SelectColumns
    = u"SELECT id, coalition_id, area, title, text, status, adopted_by_decision_id, review_on, "
      "supersedes_rule_id, notes, created_at, updated_at FROM ground_rule "_s;

GroundRule readRule(const SqlQuery &q)
{
    GroundRule g;
    g.id = q.integer(0);
    g.coalitionId = q.integer(1);
    g.area = enumFromText<RuleArea>(q.text(2)).value_or(RuleArea::Other);
    g.title = q.text(3);
    g.text = q.text(4);
    g.status = enumFromText<RuleStatus>(q.text(5)).value_or(RuleStatus::Proposed);
    g.adoptedByDecisionId = q.optionalId(6);
    g.reviewOn = q.date(7);
    g.supersedesRuleId = q.optionalId(8);
    g.notes = q.text(9);
    g.createdAt = q.timestamp(10);
    g.updatedAt = q.timestamp(11);
    return g;
}

} // namespace

GroundRuleRepository::GroundRuleRepository(Database &database, AuditLog &audit)
    : RepositoryBase(database, audit)
{ }

Status GroundRuleRepository::checkReferences(const GroundRule &rule)
{
    const QSqlDatabase db = m_database.connection();
    SqlQuery coalition(db, u"SELECT name FROM coalition WHERE id = ?"_s);
    if (Status status = coalition.execWith(rule.coalitionId); !status)
        return status;
    if (!coalition.next())
        return Error{
            tr("There is no coalition with number %1.").arg(rule.coalitionId), {}, u"coalition"_s};
    const QString coalitionName = coalition.text(0);
    coalition.finish();

    if (rule.adoptedByDecisionId) {
        SqlQuery decision(db,
                          u"SELECT d.title, b.coalition_id FROM decision d "
                          "JOIN meeting m ON m.id = d.meeting_id JOIN body b ON b.id = m.body_id "
                          "WHERE d.id = ?"_s);
        if (Status status = decision.execWith(*rule.adoptedByDecisionId); !status)
            return status;
        if (!decision.next())
            return Error{tr("There is no decision with number %1.").arg(*rule.adoptedByDecisionId),
                         {},
                         u"adopted-by"_s};
        if (decision.integer(1) != rule.coalitionId)
            return Error{tr("The decision “%1” was taken in another coalition; a rule of %2 is "
                            "adopted by one of its own decisions.")
                             .arg(decision.text(0), coalitionName),
                         {},
                         u"adopted-by"_s};
    }

    if (rule.supersedesRuleId) {
        if (rule.id > 0 && *rule.supersedesRuleId == rule.id)
            return Error{tr("A rule cannot supersede itself."), {}, u"supersedes"_s};
        SqlQuery other(db, u"SELECT title, coalition_id FROM ground_rule WHERE id = ?"_s);
        if (Status status = other.execWith(*rule.supersedesRuleId); !status)
            return status;
        if (!other.next())
            return Error{tr("There is no ground rule with number %1.").arg(*rule.supersedesRuleId),
                         {},
                         u"supersedes"_s};
        if (other.integer(1) != rule.coalitionId)
            return Error{tr("The rule “%1” belongs to another coalition; a rule of %2 can "
                            "supersede only one of its own.")
                             .arg(other.text(0), coalitionName),
                         {},
                         u"supersedes"_s};
    }
    return {};
}

Result<Id> GroundRuleRepository::add(const GroundRule &rule)
{
    GroundRule g = rule;
    if (g.history.isEmpty())
        g.history.append({QDate::currentDate(), g.status, g.text, {}});
    if (const Problems problems = Validation::check(g); !problems.isEmpty())
        return Validation::toError(problems);
    if (Status status = checkReferences(g); !status)
        return status.error();
    return inTransaction([&]() -> Result<Id> {
        auto id = insertChecked(g);
        if (!id)
            return id;
        g.id = *id;
        if (Status status = retireSuperseded(g, QDate::currentDate()); !status)
            return status.error();
        return id;
    });
}

Result<Id> GroundRuleRepository::insertChecked(const GroundRule &rule, WriteMode mode)
{
    GroundRule g = rule;
    if (mode == WriteMode::Edit) {
        g.id = 0;
        g.createdAt = g.updatedAt = now();
    }
    SqlQuery &insert = m_database.cachedStatement(
        u"INSERT INTO ground_rule (id, coalition_id, area, title, text, status, "
        "adopted_by_decision_id, review_on, supersedes_rule_id, notes, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    auto id
        = insert.scalarWith(g.id > 0 ? QVariant(g.id) : QVariant(), g.coalitionId, enumKey(g.area),
                            g.title, g.text, enumKey(g.status), g.adoptedByDecisionId, g.reviewOn,
                            g.supersedesRuleId, g.notes, g.createdAt, g.updatedAt);
    if (!id)
        return id.error();
    g.id = id->toLongLong();
    if (Status status = writeHistory(g, false); !status)
        return status.error();
    if (mode == WriteMode::Edit) {
        if (Status status = m_audit.recordCreated(Entity, g.id, JsonCodec::toJson(g)); !status)
            return status.error();
    }
    return g.id;
}

Status GroundRuleRepository::overwrite(const GroundRule &rule)
{
    if (rule.id <= 0)
        return Error{tr("A record to restore needs its number."), {}, {}};
    SqlQuery &update = m_database.cachedStatement(
        u"UPDATE ground_rule SET coalition_id = ?, area = ?, title = ?, text = ?, status = ?, "
        "adopted_by_decision_id = ?, review_on = ?, supersedes_rule_id = ?, notes = ?, "
        "created_at = ?, updated_at = ? WHERE id = ?"_s);
    const GroundRule &g = rule;
    if (Status status
        = update.execWith(g.coalitionId, enumKey(g.area), g.title, g.text, enumKey(g.status),
                          g.adoptedByDecisionId, g.reviewOn, g.supersedesRuleId, g.notes,
                          g.createdAt, g.updatedAt, g.id);
        !status)
        return status;
    if (update.numRowsAffected() > 0)
        return writeHistory(g, true);
    auto id = insertChecked(g, WriteMode::Restore);
    return id ? Status() : Status(id.error());
}

Status GroundRuleRepository::writeHistory(const GroundRule &g, bool replace)
{
    if (replace) {
        SqlQuery &clear
            = m_database.cachedStatement(u"DELETE FROM ground_rule_revision WHERE rule_id = ?"_s);
        if (Status status = clear.execWith(g.id); !status)
            return status;
    }
    SqlQuery &insert = m_database.cachedStatement(
        u"INSERT INTO ground_rule_revision (rule_id, position, revised_on, status, text, note) "
        "VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < g.history.size(); ++i) {
        const RuleRevision &r = g.history.at(i);
        if (Status status = insert.execWith(g.id, static_cast<qint64>(i), r.on, enumKey(r.status),
                                            r.text, r.note);
            !status)
            return status;
    }
    return {};
}

Status GroundRuleRepository::retireSuperseded(const GroundRule &after, const QDate &on)
{
    if (after.status != RuleStatus::Agreed || !after.supersedesRuleId)
        return {};
    auto superseded = get(*after.supersedesRuleId);
    if (!superseded)
        return superseded.error();
    if (superseded->status == RuleStatus::Retired)
        return {};
    GroundRule retired = *superseded;
    retired.status = RuleStatus::Retired;
    retired.updatedAt = now();
    QDate date = on;
    if (!retired.history.isEmpty() && date < retired.history.last().on)
        date = retired.history.last().on;
    retired.history.append(
        {date, RuleStatus::Retired, retired.text, tr("Superseded by “%1”.").arg(after.title)});
    if (Status status = overwrite(retired); !status)
        return status;
    return m_audit.recordChanges(Entity, retired.id, JsonCodec::toJson(*superseded),
                                 JsonCodec::toJson(retired));
}

Status GroundRuleRepository::storeFields(const GroundRule &after, const GroundRule &before)
{
    if (const Problems problems = Validation::check(after); !problems.isEmpty())
        return Validation::toError(problems);
    if (Status status = checkReferences(after); !status)
        return status;
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    SqlQuery query(m_database.connection(),
                   u"UPDATE ground_rule SET coalition_id = ?, area = ?, title = ?, text = ?, "
                   "status = ?, adopted_by_decision_id = ?, review_on = ?, "
                   "supersedes_rule_id = ?, notes = ?, updated_at = ? WHERE id = ?"_s);
    if (Status status
        = query.execWith(after.coalitionId, enumKey(after.area), after.title, after.text,
                         enumKey(after.status), after.adoptedByDecisionId, after.reviewOn,
                         after.supersedesRuleId, after.notes, after.updatedAt, after.id);
        !status)
        return status;
    if (Status status = writeHistory(after, true); !status)
        return status;
    if (Status status = m_audit.recordChanges(Entity, after.id, JsonCodec::toJson(before),
                                              JsonCodec::toJson(after));
        !status)
        return status;
    const QDate on = after.history.isEmpty() ? QDate::currentDate() : after.history.last().on;
    if (Status status = retireSuperseded(after, on); !status)
        return status;
    return transaction.commit();
}

Status GroundRuleRepository::update(const GroundRule &rule, const QString &note)
{
    auto before = get(rule.id);
    if (!before)
        return before.error();
    GroundRule after = rule;
    after.createdAt = before->createdAt;
    after.updatedAt = now();
    after.history = before->history;
    if (after.text != before->text || after.status != before->status) {
        QDate on = QDate::currentDate();
        if (!after.history.isEmpty() && on < after.history.last().on)
            on = after.history.last().on;
        after.history.append({on, after.status, after.text, note});
    }
    return storeFields(after, *before);
}

Status GroundRuleRepository::setStatus(Id id, RuleStatus status, const QDate &on,
                                       const QString &note)
{
    auto before = get(id);
    if (!before)
        return before.error();
    if (!on.isValid())
        return Error{tr("Give the date of the status change."), {}, u"date"_s};
    if (!before->history.isEmpty() && on < before->history.last().on)
        return Error{
            tr("The change cannot be dated %1: the last recorded change is dated %2.")
                .arg(on.toString(Qt::ISODate), before->history.last().on.toString(Qt::ISODate)),
            {},
            u"date"_s};
    GroundRule after = *before;
    after.status = status;
    after.updatedAt = now();
    after.history.append({on, status, after.text, note});
    return storeFields(after, *before);
}

Status GroundRuleRepository::remove(Id id)
{
    if (auto before = get(id); !before)
        return before.error();
    // Removed as undo would remove it: the rules superseding it are cleared; each of those
    // records is audited too.
    RecordStateStore states(m_database, m_audit);
    return states.apply({RecordState{{RecordKind::GroundRule, id}, std::nullopt}});
}

Result<QList<GroundRule>> GroundRuleRepository::select(const QString &where, const QVariant &value)
{
    SqlQuery query(m_database.connection(), SelectColumns + where + u" ORDER BY id"_s);
    if (value.isValid())
        query.bind(0, value);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<GroundRule> result;
    QHash<Id, qsizetype> index;
    while (query.next()) {
        index.insert(query.integer(0), result.size());
        result.append(readRule(query));
    }
    query.finish();
    if (result.isEmpty())
        return result;
    // where is one of this file's constants, never input.
    SqlQuery history(m_database.connection(),
                     u"SELECT rule_id, revised_on, status, text, note FROM ground_rule_revision "
                     "WHERE rule_id IN (SELECT id FROM ground_rule "_s
                         + where + u") ORDER BY rule_id, position"_s);
    if (value.isValid())
        history.bind(0, value);
    if (Status status = history.exec(); !status)
        return status.error();
    while (history.next()) {
        if (const auto it = index.constFind(history.integer(0)); it != index.cend())
            result[*it].history.append(
                {history.date(1),
                 enumFromText<RuleStatus>(history.text(2)).value_or(RuleStatus::Proposed),
                 history.text(3), history.text(4)});
    }
    return result;
}

Result<GroundRule> GroundRuleRepository::get(Id id)
{
    auto found = select(u"WHERE id = ?"_s, id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(tr("ground rule"), id);
    return found->first();
}

Result<QList<GroundRule>> GroundRuleRepository::listForCoalition(Id coalitionId)
{
    auto rules = select(u"WHERE coalition_id = ?"_s, coalitionId);
    if (!rules)
        return rules;
    // By area in the vocabulary's order (the key areas first), then by id.
    QList<GroundRule> &list = rules.value();
    std::stable_sort(list.begin(), list.end(), [](const GroundRule &a, const GroundRule &b) {
        return static_cast<int>(a.area) < static_cast<int>(b.area);
    });
    return rules;
}

Result<QList<GroundRule>> GroundRuleRepository::list()
{
    return select({}, {});
}

} // namespace Coalition
