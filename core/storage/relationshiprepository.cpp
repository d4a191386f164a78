// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationshiprepository.h"

#include "auditlog.h"
#include "database.h"
#include "domain/jsoncodec.h"
#include "domain/validation.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QHash>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

const QString Entity = u"relationship"_s;
const QString SelectColumns = u"SELECT id, first_id, second_id, level, trust, since, notes, "
                              "created_at, updated_at FROM relationship "_s;

Relationship readRelationship(const SqlQuery &q)
{
    Relationship r;
    r.id = q.integer(0);
    r.firstId = q.integer(1);
    r.secondId = q.integer(2);
    r.level = enumFromText<RelationshipLevel>(q.text(3)).value_or(RelationshipLevel::Networking);
    r.trust = enumFromText<TrustLevel>(q.text(4)).value_or(TrustLevel::Some);
    r.since = q.date(5);
    r.notes = q.text(6);
    r.createdAt = q.timestamp(7);
    r.updatedAt = q.timestamp(8);
    return r;
}

// The pair as stored (firstId < secondId) and the views in organization
// order, the order they are read back in. Views and history name their
// organization, so they need no change when the pair is swapped.
Relationship normalized(const Relationship &relationship)
{
    Relationship r = relationship;
    // A missing organization (0) stays where it was given, so the problem
    // names the field the caller left empty.
    if (r.secondId > 0 && r.firstId > r.secondId)
        std::swap(r.firstId, r.secondId);
    std::stable_sort(r.views.begin(), r.views.end(),
                     [](const RelationshipView &a, const RelationshipView &b) {
                         return a.organizationId < b.organizationId;
                     });
    return r;
}

const RelationshipView *viewOf(const Relationship &relationship, Id organizationId)
{
    for (const RelationshipView &view : relationship.views) {
        if (view.organizationId == organizationId)
            return &view;
    }
    return nullptr;
}

// The first entries of a new relationship's history: the shared rating
// dated `since` (else `today`), then each view given, dated when it was
// given (else like the shared rating); oldest first.
QList<RelationshipChange> startingHistory(const Relationship &r, const QDate &today)
{
    const QDate start = r.since.isValid() ? r.since : today;
    QList<RelationshipChange> history;
    history.append({start, std::nullopt, r.level, r.trust, {}});
    for (const RelationshipView &view : r.views)
        history.append({view.on.isValid() ? view.on : start, view.organizationId, view.level,
                        view.trust, view.note});
    std::stable_sort(
        history.begin(), history.end(),
        [](const RelationshipChange &a, const RelationshipChange &b) { return a.on < b.on; });
    return history;
}

// Writes the views and the history of `r`, replacing those it had when
// `replace`.
Status writeChildren(Database &database, const Relationship &r, bool replace)
{
    if (replace) {
        SqlQuery &clearViews = database.cachedStatement(
            u"DELETE FROM relationship_view WHERE relationship_id = ?"_s);
        if (Status status = clearViews.execWith(r.id); !status)
            return status;
        SqlQuery &clearHistory = database.cachedStatement(
            u"DELETE FROM relationship_change WHERE relationship_id = ?"_s);
        if (Status status = clearHistory.execWith(r.id); !status)
            return status;
    }
    SqlQuery &view = database.cachedStatement(
        u"INSERT INTO relationship_view (relationship_id, organization_id, level, trust, note, "
        "on_date) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const RelationshipView &v : r.views) {
        if (Status status = view.execWith(r.id, v.organizationId, enumKey(v.level),
                                          enumKey(v.trust), v.note, v.on);
            !status)
            return status;
    }
    SqlQuery &change = database.cachedStatement(
        u"INSERT INTO relationship_change (relationship_id, position, on_date, side_id, level, "
        "trust, note) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < r.history.size(); ++i) {
        const RelationshipChange &c = r.history.at(i);
        if (Status status = change.execWith(r.id, static_cast<qint64>(i), c.on, c.side,
                                            enumKey(c.level), enumKey(c.trust), c.note);
            !status)
            return status;
    }
    return {};
}

// Reads the relationships `where` selects, with their views and history.
Result<QList<Relationship>> selectRelationships(Database &database, const QString &where,
                                                const QVariantList &values, const QString &order)
{
    const auto bindAll = [&values](SqlQuery &query) {
        for (qsizetype i = 0; i < values.size(); ++i)
            query.bind(static_cast<int>(i), values.at(i));
    };
    SqlQuery query(database.connection(), SelectColumns + where + order);
    bindAll(query);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<Relationship> result;
    QHash<Id, qsizetype> index;
    while (query.next()) {
        index.insert(query.integer(0), result.size());
        result.append(readRelationship(query));
    }
    query.finish();
    if (result.isEmpty())
        return result;

    // where is one of this file's constants, never input.
    const QString owned
        = u" WHERE relationship_id IN (SELECT id FROM relationship "_s + where + u")"_s;
    SqlQuery views(database.connection(),
                   u"SELECT relationship_id, organization_id, level, trust, note, on_date "
                   "FROM relationship_view"_s
                       + owned + u" ORDER BY relationship_id, organization_id"_s);
    bindAll(views);
    if (Status status = views.exec(); !status)
        return status.error();
    while (views.next()) {
        const auto it = index.constFind(views.integer(0));
        if (it == index.cend())
            continue;
        result[*it].views.append(
            {views.integer(1),
             enumFromText<RelationshipLevel>(views.text(2)).value_or(RelationshipLevel::Networking),
             enumFromText<TrustLevel>(views.text(3)).value_or(TrustLevel::Some), views.text(4),
             views.date(5)});
    }
    views.finish();

    SqlQuery history(database.connection(),
                     u"SELECT relationship_id, on_date, side_id, level, trust, note "
                     "FROM relationship_change"_s
                         + owned + u" ORDER BY relationship_id, position"_s);
    bindAll(history);
    if (Status status = history.exec(); !status)
        return status.error();
    while (history.next()) {
        const auto it = index.constFind(history.integer(0));
        if (it == index.cend())
            continue;
        result[*it].history.append(
            {history.date(1), history.optionalId(2),
             enumFromText<RelationshipLevel>(history.text(3))
                 .value_or(RelationshipLevel::Networking),
             enumFromText<TrustLevel>(history.text(4)).value_or(TrustLevel::Some),
             history.text(5)});
    }
    return result;
}

} // namespace

RelationshipRepository::RelationshipRepository(Database &database, AuditLog &audit)
    : RepositoryBase(database, audit)
{ }

Status RelationshipRepository::checkReferences(const Relationship &relationship)
{
    const Relationship r = normalized(relationship);
    const QSqlDatabase db = m_database.connection();
    SqlQuery organization(db, u"SELECT name FROM organization WHERE id = ?"_s);
    QString names[2];
    const Id ids[2] = {r.firstId, r.secondId};
    const QString fields[2] = {u"first"_s, u"second"_s};
    for (int i = 0; i < 2; ++i) {
        if (Status status = organization.execWith(ids[i]); !status)
            return status;
        if (!organization.next())
            return Error{tr("There is no organization with number %1.").arg(ids[i]), {}, fields[i]};
        names[i] = organization.text(0);
        organization.finish();
    }

    SqlQuery other(db,
                   u"SELECT id FROM relationship WHERE first_id = ? AND second_id = ? "
                   "AND id <> ?"_s);
    if (Status status = other.execWith(r.firstId, r.secondId, r.id); !status)
        return status;
    if (other.next())
        return Error{tr("%1 and %2 have a relationship recorded already: change that one instead "
                        "of adding another.")
                         .arg(names[0], names[1]),
                     {},
                     u"second"_s};
    return {};
}

Result<Id> RelationshipRepository::add(const Relationship &relationship)
{
    Relationship r = normalized(relationship);
    r.id = 0;
    r.history = startingHistory(r, QDate::currentDate());
    if (const Problems problems = Validation::check(r); !problems.isEmpty())
        return Validation::toError(problems);
    if (Status status = checkReferences(r); !status)
        return status.error();
    return inTransaction([&] { return insertChecked(r); });
}

Result<Id> RelationshipRepository::insertChecked(const Relationship &relationship, WriteMode mode)
{
    Relationship r = normalized(relationship);
    if (mode == WriteMode::Edit) {
        r.id = 0;
        r.createdAt = r.updatedAt = now();
        if (r.history.isEmpty())
            r.history = startingHistory(r, QDate::currentDate());
    }
    SqlQuery &insert = m_database.cachedStatement(
        u"INSERT INTO relationship (id, first_id, second_id, level, trust, since, notes, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    auto id = insert.scalarWith(r.id > 0 ? QVariant(r.id) : QVariant(), r.firstId, r.secondId,
                                enumKey(r.level), enumKey(r.trust), r.since, r.notes, r.createdAt,
                                r.updatedAt);
    if (!id)
        return id.error();
    r.id = id->toLongLong();
    if (Status status = writeChildren(m_database, r, false); !status)
        return status.error();
    if (mode == WriteMode::Edit) {
        if (Status status = m_audit.recordCreated(Entity, r.id, JsonCodec::toJson(r)); !status)
            return status.error();
    }
    return r.id;
}

Status RelationshipRepository::overwrite(const Relationship &relationship)
{
    if (relationship.id <= 0)
        return Error{tr("A record to restore needs its number."), {}, {}};
    const Relationship r = normalized(relationship);
    SqlQuery &update = m_database.cachedStatement(
        u"UPDATE relationship SET first_id = ?, second_id = ?, level = ?, trust = ?, since = ?, "
        "notes = ?, created_at = ?, updated_at = ? WHERE id = ?"_s);
    if (Status status = update.execWith(r.firstId, r.secondId, enumKey(r.level), enumKey(r.trust),
                                        r.since, r.notes, r.createdAt, r.updatedAt, r.id);
        !status)
        return status;
    if (update.numRowsAffected() > 0)
        return writeChildren(m_database, r, true);
    auto id = insertChecked(r, WriteMode::Restore);
    return id ? Status() : Status(id.error());
}

Status RelationshipRepository::update(const Relationship &relationship, const QString &note,
                                      const QDate &on)
{
    auto before = get(relationship.id);
    if (!before)
        return before.error();
    Relationship after = normalized(relationship);
    if (after.firstId != before->firstId || after.secondId != before->secondId)
        return Error{tr("The two organizations of a relationship cannot be changed: remove it "
                        "and record the new pair's relationship instead."),
                     {},
                     u"second"_s};
    after.createdAt = before->createdAt;
    after.updatedAt = now();
    after.history = before->history;

    QDate date = on.isValid() ? on : QDate::currentDate();
    const QDate last = after.history.isEmpty() ? QDate() : after.history.last().on;
    if (last.isValid() && date < last) {
        if (on.isValid())
            return Error{tr("The change cannot be dated %1: the last recorded change of this "
                            "relationship is dated %2.")
                             .arg(on.toString(Qt::ISODate), last.toString(Qt::ISODate)),
                         {},
                         u"history"_s};
        date = last; // the history was dated ahead of today: keep it in order
    }
    if (after.level != before->level || after.trust != before->trust)
        after.history.append({date, std::nullopt, after.level, after.trust, note});
    for (const RelationshipView &view : std::as_const(after.views)) {
        const RelationshipView *was = viewOf(*before, view.organizationId);
        if (was && was->level == view.level && was->trust == view.trust && was->note == view.note)
            continue;
        // The update's note says why it changed; without one, the side's own
        // words are the best account of it.
        after.history.append(
            {date, view.organizationId, view.level, view.trust, note.isEmpty() ? view.note : note});
    }

    if (const Problems problems = Validation::check(after); !problems.isEmpty())
        return Validation::toError(problems);
    if (Status status = checkReferences(after); !status)
        return status;
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    SqlQuery query(m_database.connection(),
                   u"UPDATE relationship SET level = ?, trust = ?, since = ?, notes = ?, "
                   "updated_at = ? WHERE id = ?"_s);
    if (Status status = query.execWith(enumKey(after.level), enumKey(after.trust), after.since,
                                       after.notes, after.updatedAt, after.id);
        !status)
        return status;
    if (Status status = writeChildren(m_database, after, true); !status)
        return status;
    if (Status status = m_audit.recordChanges(Entity, after.id, JsonCodec::toJson(*before),
                                              JsonCodec::toJson(after));
        !status)
        return status;
    return transaction.commit();
}

Status RelationshipRepository::remove(Id id)
{
    // Nothing refers to a relationship; its views and history go with it by
    // cascade.
    auto before = get(id);
    if (!before)
        return before.error();
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    SqlQuery query(m_database.connection(), u"DELETE FROM relationship WHERE id = ?"_s);
    if (Status status = query.execWith(id); !status)
        return status;
    if (Status status = m_audit.recordDeleted(Entity, id, JsonCodec::toJson(*before)); !status)
        return status;
    return transaction.commit();
}

Result<QList<Relationship>> RelationshipRepository::select(const QString &where,
                                                           const QVariantList &values)
{
    return selectRelationships(m_database, where, values, u" ORDER BY first_id, second_id"_s);
}

Result<Relationship> RelationshipRepository::get(Id id)
{
    auto found = select(u"WHERE id = ?"_s, {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(tr("relationship"), id);
    return found->first();
}

Result<std::optional<Relationship>> RelationshipRepository::find(Id organizationA, Id organizationB)
{
    auto found
        = select(u"WHERE first_id = ? AND second_id = ?"_s,
                 {std::min(organizationA, organizationB), std::max(organizationA, organizationB)});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Relationship>();
    return std::optional<Relationship>(found->first());
}

Result<QList<Relationship>> RelationshipRepository::listForCoalition(Id coalitionId)
{
    // Probes the membership's (coalition_id, organization_id) index twice per
    // relationship, rather than every pair of members through the pair index.
    return select(u"WHERE EXISTS (SELECT 1 FROM membership m WHERE m.coalition_id = ?1 "
                  "AND m.organization_id = first_id) AND EXISTS (SELECT 1 FROM membership m "
                  "WHERE m.coalition_id = ?1 AND m.organization_id = second_id)"_s,
                  {coalitionId});
}

Result<QList<Relationship>> RelationshipRepository::listForOrganization(Id organizationId)
{
    return select(u"WHERE first_id = ?1 OR second_id = ?1"_s, {organizationId});
}

Result<QList<Relationship>> RelationshipRepository::list()
{
    return selectRelationships(m_database, {}, {}, u" ORDER BY id"_s);
}

} // namespace Coalition
