// SPDX-License-Identifier: GPL-3.0-or-later
#include "coalitionrepository.h"

#include "auditlog.h"
#include "database.h"
#include "domain/jsoncodec.h"
#include "domain/validation.h"
#include "sqlquery.h"
#include "transaction.h"

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

const QString Entity = u"coalition"_s;
const QString SelectColumns
    = u"SELECT id, name, type, purpose, vision, mission, start_date, end_date, "
      "lead_organization_id, meeting_frequency, meeting_minutes, meeting_location, finance_dues, "
      "finance_grants, finance_in_kind, notes, created_at, updated_at FROM coalition "_s;

CoalitionInfo readCoalition(const SqlQuery &q)
{
    CoalitionInfo c;
    c.id = q.integer(0);
    c.name = q.text(1);
    c.type = enumFromText<CoalitionType>(q.text(2)).value_or(CoalitionType::OngoingCoalition);
    c.purpose = q.text(3);
    c.vision = q.text(4);
    c.mission = q.text(5);
    c.startDate = q.date(6);
    c.endDate = q.date(7);
    c.leadOrganizationId = q.optionalId(8);
    c.meetings.frequency = q.text(9);
    c.meetings.usualLengthMinutes = static_cast<int>(q.integer(10));
    c.meetings.location = q.text(11);
    c.finances.dues = q.text(12);
    c.finances.grants = q.text(13);
    c.finances.inKind = q.text(14);
    c.notes = q.text(15);
    c.createdAt = q.timestamp(16);
    c.updatedAt = q.timestamp(17);
    return c;
}

} // namespace

CoalitionRepository::CoalitionRepository(Database &database, AuditLog &audit)
    : RepositoryBase(database, audit)
{ }

Status CoalitionRepository::checkReferences(const CoalitionInfo &coalition)
{
    SqlQuery same(m_database.connection(),
                  u"SELECT name FROM coalition WHERE name_key = ? AND id <> ?"_s);
    if (Status status = same.execWith(Validation::nameKey(coalition.name), coalition.id); !status)
        return status;
    if (same.next())
        return Error{tr("A coalition named “%1” is already in the workspace.").arg(same.text(0)),
                     {},
                     u"name"_s};
    if (coalition.leadOrganizationId) {
        SqlQuery lead(m_database.connection(), u"SELECT 1 FROM organization WHERE id = ?"_s);
        if (Status status = lead.execWith(*coalition.leadOrganizationId); !status)
            return status;
        if (!lead.next())
            return Error{tr("There is no organization with number %1 to lead the coalition.")
                             .arg(*coalition.leadOrganizationId),
                         {},
                         u"lead"_s};
    }
    return {};
}

Result<Id> CoalitionRepository::add(const CoalitionInfo &coalition)
{
    if (const Problems problems = Validation::check(coalition); !problems.isEmpty())
        return Validation::toError(problems);
    if (Status status = checkReferences(coalition); !status)
        return status.error();
    return inTransaction([&] { return insertChecked(coalition); });
}

Result<Id> CoalitionRepository::insertChecked(const CoalitionInfo &coalition, WriteMode mode)
{
    CoalitionInfo c = coalition;
    c.name = coalition.name.trimmed();
    if (mode == WriteMode::Edit) {
        c.id = 0;
        c.createdAt = c.updatedAt = now();
    }
    SqlQuery insert(m_database.connection(),
                    u"INSERT INTO coalition (id, name, name_key, type, purpose, vision, mission, "
                    "start_date, end_date, lead_organization_id, meeting_frequency, "
                    "meeting_minutes, meeting_location, finance_dues, finance_grants, "
                    "finance_in_kind, notes, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "RETURNING id"_s);
    auto id = insert.scalarWith(c.id > 0 ? QVariant(c.id) : QVariant(), c.name,
                                Validation::nameKey(c.name), enumKey(c.type), c.purpose, c.vision,
                                c.mission, c.startDate, c.endDate, c.leadOrganizationId,
                                c.meetings.frequency, c.meetings.usualLengthMinutes,
                                c.meetings.location, c.finances.dues, c.finances.grants,
                                c.finances.inKind, c.notes, c.createdAt, c.updatedAt);
    if (!id)
        return id.error();
    c.id = id->toLongLong();
    if (mode == WriteMode::Edit) {
        if (Status status = m_audit.recordCreated(Entity, c.id, JsonCodec::toJson(c)); !status)
            return status.error();
    }
    return c.id;
}

Status CoalitionRepository::overwrite(const CoalitionInfo &coalition)
{
    if (coalition.id <= 0)
        return Error{tr("A record to restore needs its number."), {}, {}};
    SqlQuery &update = m_database.cachedStatement(
        u"UPDATE coalition SET name = ?, name_key = ?, type = ?, purpose = ?, vision = ?, "
        "mission = ?, start_date = ?, end_date = ?, lead_organization_id = ?, "
        "meeting_frequency = ?, meeting_minutes = ?, meeting_location = ?, finance_dues = ?, "
        "finance_grants = ?, finance_in_kind = ?, notes = ?, created_at = ?, updated_at = ? "
        "WHERE id = ?"_s);
    const CoalitionInfo &c = coalition;
    if (Status status = update.execWith(
            c.name, Validation::nameKey(c.name), enumKey(c.type), c.purpose, c.vision, c.mission,
            c.startDate, c.endDate, c.leadOrganizationId, c.meetings.frequency,
            c.meetings.usualLengthMinutes, c.meetings.location, c.finances.dues, c.finances.grants,
            c.finances.inKind, c.notes, c.createdAt, c.updatedAt, c.id);
        !status)
        return status;
    if (update.numRowsAffected() > 0)
        return {};
    auto id = insertChecked(c, WriteMode::Restore);
    return id ? Status() : Status(id.error());
}

Status CoalitionRepository::update(const CoalitionInfo &coalition)
{
    if (const Problems problems = Validation::check(coalition); !problems.isEmpty())
        return Validation::toError(problems);
    if (Status status = checkReferences(coalition); !status)
        return status;
    auto before = get(coalition.id);
    if (!before)
        return before.error();
    CoalitionInfo c = coalition;
    c.name = coalition.name.trimmed();
    c.createdAt = before->createdAt;
    c.updatedAt = now();

    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    SqlQuery query(m_database.connection(),
                   u"UPDATE coalition SET name = ?, name_key = ?, type = ?, purpose = ?, "
                   "vision = ?, mission = ?, start_date = ?, end_date = ?, "
                   "lead_organization_id = ?, meeting_frequency = ?, meeting_minutes = ?, "
                   "meeting_location = ?, finance_dues = ?, finance_grants = ?, "
                   "finance_in_kind = ?, notes = ?, updated_at = ? WHERE id = ?"_s);
    if (Status status = query.execWith(
            c.name, Validation::nameKey(c.name), enumKey(c.type), c.purpose, c.vision, c.mission,
            c.startDate, c.endDate, c.leadOrganizationId, c.meetings.frequency,
            c.meetings.usualLengthMinutes, c.meetings.location, c.finances.dues, c.finances.grants,
            c.finances.inKind, c.notes, c.updatedAt, c.id);
        !status)
        return status;
    if (Status status
        = m_audit.recordChanges(Entity, c.id, JsonCodec::toJson(*before), JsonCodec::toJson(c));
        !status)
        return status;
    return transaction.commit();
}

Result<CoalitionInfo> CoalitionRepository::get(Id id)
{
    SqlQuery query(m_database.connection(), SelectColumns + u"WHERE id = ?"_s);
    if (Status status = query.execWith(id); !status)
        return status.error();
    if (!query.next())
        return notFound(tr("coalition"), id);
    return readCoalition(query);
}

Result<std::optional<CoalitionInfo>> CoalitionRepository::findByName(const QString &name)
{
    SqlQuery query(m_database.connection(), SelectColumns + u"WHERE name_key = ?"_s);
    if (Status status = query.execWith(Validation::nameKey(name)); !status)
        return status.error();
    if (!query.next())
        return std::optional<CoalitionInfo>();
    return std::optional<CoalitionInfo>(readCoalition(query));
}

Result<QList<CoalitionInfo>> CoalitionRepository::list()
{
    SqlQuery query(m_database.connection(), SelectColumns + u"ORDER BY id"_s);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<CoalitionInfo> result;
    while (query.next())
        result.append(readCoalition(query));
    return result;
}

} // namespace Coalition
