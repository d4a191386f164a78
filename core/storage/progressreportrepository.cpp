// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressreportrepository.h"

#include "auditlog.h"
#include "database.h"
#include "domain/jsoncodec.h"
#include "domain/validation.h"
#include "sqlquery.h"
#include "transaction.h"

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

const QString Entity = u"progress_report"_s;
const QString SelectColumns = u"SELECT id, group_id, period, author_id, text, received_on, "
                              "confidential, created_at, updated_at FROM progress_report "_s;

ProgressReport readReport(const SqlQuery &q)
{
    ProgressReport p;
    p.id = q.integer(0);
    p.groupId = q.integer(1);
    p.period = ReportPeriod::parse(q.text(2)).value_or(ReportPeriod{});
    p.authorId = q.optionalId(3);
    p.text = q.text(4);
    p.receivedOn = q.date(5);
    p.confidential = q.integer(6) != 0;
    p.createdAt = q.timestamp(7);
    p.updatedAt = q.timestamp(8);
    return p;
}

} // namespace

ProgressReportRepository::ProgressReportRepository(Database &database, AuditLog &audit)
    : RepositoryBase(database, audit)
{ }

Status ProgressReportRepository::checkReferences(const ProgressReport &report)
{
    const QSqlDatabase db = m_database.connection();
    SqlQuery group(db, u"SELECT name FROM action_group WHERE id = ?"_s);
    if (Status status = group.execWith(report.groupId); !status)
        return status;
    if (!group.next())
        return Error{
            tr("There is no action group with number %1.").arg(report.groupId), {}, u"group"_s};
    const QString groupName = group.text(0);
    group.finish();

    if (report.authorId) {
        SqlQuery person(db, u"SELECT name FROM person WHERE id = ?"_s);
        if (Status status = person.execWith(*report.authorId); !status)
            return status;
        if (!person.next())
            return Error{
                tr("There is no person with number %1.").arg(*report.authorId), {}, u"author"_s};
        person.finish();
    }

    SqlQuery other(db,
                   u"SELECT id FROM progress_report WHERE group_id = ? AND period = ? AND id <> ? "
                   "LIMIT 1"_s);
    if (Status status = other.execWith(report.groupId, report.period.toString(), report.id);
        !status)
        return status;
    if (other.next())
        return Error{tr("%1 already has a report for %2 (number %3): change that report instead "
                        "of adding a second one for the same period.")
                         .arg(groupName, report.period.toString())
                         .arg(other.integer(0)),
                     {},
                     u"period"_s};
    return {};
}

Result<Id> ProgressReportRepository::add(const ProgressReport &report)
{
    if (const Problems problems = Validation::check(report); !problems.isEmpty())
        return Validation::toError(problems);
    ProgressReport p = report;
    p.id = 0;
    if (Status status = checkReferences(p); !status)
        return status.error();
    return inTransaction([&] { return insertChecked(p); });
}

Result<Id> ProgressReportRepository::insertChecked(const ProgressReport &report, WriteMode mode)
{
    ProgressReport p = report;
    if (mode == WriteMode::Edit) {
        p.id = 0;
        p.createdAt = p.updatedAt = now();
    }
    SqlQuery &insert = m_database.cachedStatement(
        u"INSERT INTO progress_report (id, group_id, period, author_id, text, received_on, "
        "confidential, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    auto id = insert.scalarWith(p.id > 0 ? QVariant(p.id) : QVariant(), p.groupId,
                                p.period.toString(), p.authorId, p.text, p.receivedOn,
                                p.confidential ? 1 : 0, p.createdAt, p.updatedAt);
    if (!id)
        return id.error();
    p.id = id->toLongLong();
    if (mode == WriteMode::Edit) {
        if (Status status = m_audit.recordCreated(Entity, p.id, JsonCodec::toJson(p)); !status)
            return status.error();
    }
    return p.id;
}

Status ProgressReportRepository::overwrite(const ProgressReport &report)
{
    if (report.id <= 0)
        return Error{tr("A record to restore needs its number."), {}, {}};
    const ProgressReport &p = report;
    SqlQuery &update = m_database.cachedStatement(
        u"UPDATE progress_report SET group_id = ?, period = ?, author_id = ?, text = ?, "
        "received_on = ?, confidential = ?, created_at = ?, updated_at = ? WHERE id = ?"_s);
    if (Status status
        = update.execWith(p.groupId, p.period.toString(), p.authorId, p.text, p.receivedOn,
                          p.confidential ? 1 : 0, p.createdAt, p.updatedAt, p.id);
        !status)
        return status;
    if (update.numRowsAffected() > 0)
        return {};
    auto id = insertChecked(p, WriteMode::Restore);
    return id ? Status() : Status(id.error());
}

Status ProgressReportRepository::update(const ProgressReport &report)
{
    auto before = get(report.id);
    if (!before)
        return before.error();
    ProgressReport after = report;
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
                   u"UPDATE progress_report SET group_id = ?, period = ?, author_id = ?, text = ?, "
                   "received_on = ?, confidential = ?, updated_at = ? WHERE id = ?"_s);
    if (Status status
        = query.execWith(after.groupId, after.period.toString(), after.authorId, after.text,
                         after.receivedOn, after.confidential ? 1 : 0, after.updatedAt, after.id);
        !status)
        return status;
    if (Status status = m_audit.recordChanges(Entity, after.id, JsonCodec::toJson(*before),
                                              JsonCodec::toJson(after));
        !status)
        return status;
    return transaction.commit();
}

Status ProgressReportRepository::remove(Id id)
{
    // Nothing refers to a report, so removing it reaches no other record.
    auto before = get(id);
    if (!before)
        return before.error();
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    SqlQuery query(m_database.connection(), u"DELETE FROM progress_report WHERE id = ?"_s);
    if (Status status = query.execWith(id); !status)
        return status;
    if (Status status = m_audit.recordDeleted(Entity, id, JsonCodec::toJson(*before)); !status)
        return status;
    return transaction.commit();
}

Result<QList<ProgressReport>>
ProgressReportRepository::select(const QString &where, const QVariant &value, const QString &order)
{
    SqlQuery query(m_database.connection(), SelectColumns + where + order);
    if (value.isValid())
        query.bind(0, value);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<ProgressReport> result;
    while (query.next())
        result.append(readReport(query));
    return result;
}

Result<ProgressReport> ProgressReportRepository::get(Id id)
{
    auto found = select(u"WHERE id = ?"_s, id, {});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(tr("progress report"), id);
    return found->first();
}

Result<std::optional<ProgressReport>>
ProgressReportRepository::findForPeriod(Id groupId, const ReportPeriod &period)
{
    SqlQuery query(m_database.connection(),
                   SelectColumns + u"WHERE group_id = ? AND period = ? ORDER BY id LIMIT 1"_s);
    if (Status status = query.execWith(groupId, period.toString()); !status)
        return status.error();
    if (!query.next())
        return std::optional<ProgressReport>();
    return std::optional<ProgressReport>(readReport(query));
}

Result<QList<ProgressReport>> ProgressReportRepository::listForGroup(Id groupId)
{
    return select(u"WHERE group_id = ?"_s, groupId, u" ORDER BY period, id"_s);
}

Result<QList<ProgressReport>> ProgressReportRepository::listForCoalition(Id coalitionId)
{
    return select(u"WHERE group_id IN (SELECT id FROM action_group WHERE coalition_id = ?)"_s,
                  coalitionId, u" ORDER BY group_id, period, id"_s);
}

Result<QList<ProgressReport>> ProgressReportRepository::list()
{
    return select({}, {}, u" ORDER BY id"_s);
}

} // namespace Coalition
