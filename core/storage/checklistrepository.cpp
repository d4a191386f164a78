// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistrepository.h"

#include "auditlog.h"
#include "database.h"
#include "domain/jsoncodec.h"
#include "domain/validation.h"
#include "rules/stageassessment.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QHash>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

const QString Entity = u"checklist_answer"_s;
const QString SelectColumns = u"SELECT id, coalition_id, item, value, note, answered_on, "
                              "created_at, updated_at FROM checklist_answer "_s;

ChecklistAnswer readAnswer(const SqlQuery &q)
{
    ChecklistAnswer a;
    a.id = q.integer(0);
    a.coalitionId = q.integer(1);
    a.item = q.text(2);
    a.value = enumFromText<ChecklistValue>(q.text(3)).value_or(ChecklistValue::Unanswered);
    a.note = q.text(4);
    a.answeredOn = q.date(5);
    a.createdAt = q.timestamp(6);
    a.updatedAt = q.timestamp(7);
    return a;
}

} // namespace

ChecklistRepository::ChecklistRepository(Database &database, AuditLog &audit)
    : RepositoryBase(database, audit)
{ }

Status ChecklistRepository::checkReferences(const ChecklistAnswer &answer)
{
    const QSqlDatabase db = m_database.connection();
    SqlQuery coalition(db, u"SELECT name FROM coalition WHERE id = ?"_s);
    if (Status status = coalition.execWith(answer.coalitionId); !status)
        return status;
    if (!coalition.next())
        return Error{tr("There is no coalition with number %1.").arg(answer.coalitionId),
                     {},
                     u"coalition"_s};
    const QString coalitionName = coalition.text(0);
    coalition.finish();

    SqlQuery other(db,
                   u"SELECT id FROM checklist_answer WHERE coalition_id = ? AND item = ? "
                   "AND id <> ?"_s);
    if (Status status = other.execWith(answer.coalitionId, answer.item, answer.id); !status)
        return status;
    if (other.next()) {
        const auto item = StageEngine::checklistItem(answer.item);
        return Error{tr("%1 has an answer to “%2” already: change that answer instead of adding "
                        "another.")
                         .arg(coalitionName, item ? item->label : answer.item),
                     {},
                     u"item"_s};
    }
    return {};
}

std::optional<Id> ChecklistRepository::find(Id coalitionId, const QString &item)
{
    SqlQuery query(m_database.connection(),
                   u"SELECT id FROM checklist_answer WHERE coalition_id = ? AND item = ?"_s);
    if (Status status = query.execWith(coalitionId, item); !status)
        return std::nullopt;
    if (!query.next())
        return std::nullopt;
    return query.integer(0);
}

Result<Id> ChecklistRepository::answer(Id coalitionId, const QString &item, ChecklistValue value,
                                       const QString &note, const QDate &on)
{
    ChecklistAnswer a;
    a.coalitionId = coalitionId;
    a.item = item;
    a.value = value;
    a.note = note;
    a.answeredOn = on;
    if (const Problems problems = Validation::check(a); !problems.isEmpty())
        return Validation::toError(problems);
    // Looked up and written in one transaction, so two answers to the same
    // item cannot both be added.
    return inTransaction([&]() -> Result<Id> {
        if (const std::optional<Id> existing = find(coalitionId, item)) {
            a.id = *existing;
            if (Status status = update(a); !status)
                return status.error();
            return a.id;
        }
        if (Status status = checkReferences(a); !status)
            return status.error();
        return insertChecked(a);
    });
}

Result<Id> ChecklistRepository::add(const ChecklistAnswer &answer)
{
    ChecklistAnswer a = answer;
    a.id = 0;
    if (const Problems problems = Validation::check(a); !problems.isEmpty())
        return Validation::toError(problems);
    if (Status status = checkReferences(a); !status)
        return status.error();
    return inTransaction([&] { return insertChecked(a); });
}

Result<Id> ChecklistRepository::insertChecked(const ChecklistAnswer &answer, WriteMode mode)
{
    ChecklistAnswer a = answer;
    if (mode == WriteMode::Edit) {
        a.id = 0;
        a.createdAt = a.updatedAt = now();
    }
    SqlQuery &insert = m_database.cachedStatement(
        u"INSERT INTO checklist_answer (id, coalition_id, item, value, note, answered_on, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    auto id = insert.scalarWith(a.id > 0 ? QVariant(a.id) : QVariant(), a.coalitionId, a.item,
                                enumKey(a.value), a.note, a.answeredOn, a.createdAt, a.updatedAt);
    if (!id)
        return id.error();
    a.id = id->toLongLong();
    if (mode == WriteMode::Edit) {
        if (Status status = m_audit.recordCreated(Entity, a.id, JsonCodec::toJson(a)); !status)
            return status.error();
    }
    return a.id;
}

Status ChecklistRepository::overwrite(const ChecklistAnswer &answer)
{
    if (answer.id <= 0)
        return Error{tr("A record to restore needs its number."), {}, {}};
    const ChecklistAnswer &a = answer;
    SqlQuery &update = m_database.cachedStatement(
        u"UPDATE checklist_answer SET coalition_id = ?, item = ?, value = ?, note = ?, "
        "answered_on = ?, created_at = ?, updated_at = ? WHERE id = ?"_s);
    if (Status status = update.execWith(a.coalitionId, a.item, enumKey(a.value), a.note,
                                        a.answeredOn, a.createdAt, a.updatedAt, a.id);
        !status)
        return status;
    if (update.numRowsAffected() > 0)
        return {};
    auto id = insertChecked(a, WriteMode::Restore);
    return id ? Status() : Status(id.error());
}

Status ChecklistRepository::update(const ChecklistAnswer &answer)
{
    auto before = get(answer.id);
    if (!before)
        return before.error();
    ChecklistAnswer after = answer;
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
                   u"UPDATE checklist_answer SET coalition_id = ?, item = ?, value = ?, note = ?, "
                   "answered_on = ?, updated_at = ? WHERE id = ?"_s);
    if (Status status = query.execWith(after.coalitionId, after.item, enumKey(after.value),
                                       after.note, after.answeredOn, after.updatedAt, after.id);
        !status)
        return status;
    if (Status status = m_audit.recordChanges(Entity, after.id, JsonCodec::toJson(*before),
                                              JsonCodec::toJson(after));
        !status)
        return status;
    return transaction.commit();
}

Status ChecklistRepository::remove(Id id)
{
    // Nothing refers to a checklist answer.
    auto before = get(id);
    if (!before)
        return before.error();
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    SqlQuery query(m_database.connection(), u"DELETE FROM checklist_answer WHERE id = ?"_s);
    if (Status status = query.execWith(id); !status)
        return status;
    if (Status status = m_audit.recordDeleted(Entity, id, JsonCodec::toJson(*before)); !status)
        return status;
    return transaction.commit();
}

Result<QList<ChecklistAnswer>> ChecklistRepository::select(const QString &where,
                                                           const QVariant &value)
{
    SqlQuery query(m_database.connection(), SelectColumns + where + u" ORDER BY id"_s);
    if (value.isValid())
        query.bind(0, value);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<ChecklistAnswer> result;
    while (query.next())
        result.append(readAnswer(query));
    return result;
}

Result<ChecklistAnswer> ChecklistRepository::get(Id id)
{
    auto found = select(u"WHERE id = ?"_s, id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(tr("checklist answer"), id);
    return found->first();
}

Result<QList<ChecklistAnswer>> ChecklistRepository::listForCoalition(Id coalitionId)
{
    auto answers = select(u"WHERE coalition_id = ?"_s, coalitionId);
    if (!answers)
        return answers;
    // The engine's order of the questions; an item it no longer knows (from
    // an older file) goes last.
    QHash<QString, qsizetype> position;
    const QList<ChecklistItem> items = StageEngine::checklistItems();
    for (qsizetype i = 0; i < items.size(); ++i)
        position.insert(items.at(i).id, i);
    const auto rank = [&position](const ChecklistAnswer &a) {
        return position.value(a.item, std::numeric_limits<qsizetype>::max());
    };
    QList<ChecklistAnswer> &list = answers.value();
    std::stable_sort(
        list.begin(), list.end(),
        [&rank](const ChecklistAnswer &a, const ChecklistAnswer &b) { return rank(a) < rank(b); });
    return answers;
}

Result<QList<ChecklistAnswer>> ChecklistRepository::list()
{
    return select({}, {});
}

} // namespace Coalition
