// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvrowchecks.h"

#include "domain/money.h"
#include "storage/workspace.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Coalition {

void CsvProblemLog::add(int line, const QString &column, const QString &message)
{
    ++m_total;
    if (m_list->size() < MaxProblems)
        m_list->append(ImportProblem{m_file, line, column, message});
}

CsvRowReader::CsvRowReader(CsvProblemLog &log, const QStringList &columns,
                           const QList<qsizetype> &fieldOf)
    : m_log(log)
    , m_columns(columns)
    , m_fieldOf(fieldOf)
    , m_cells(columns.size())
{ }

void CsvRowReader::read(const CsvRecord &record)
{
    m_line = record.line;
    m_reported = 0;
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const qsizetype field = m_fieldOf.at(c);
        m_cells[c] = field < 0 ? QString() : CsvWriter::restoreNeutralised(record.fields.at(field));
    }
}

void CsvRowReader::problem(int column, const QString &message)
{
    const quint32 bit = 1u << column;
    if (m_reported & bit)
        return;
    m_reported |= bit;
    m_log.add(m_line, m_columns.at(column), message);
}

bool CsvRowReader::required(int column)
{
    if (!m_cells.at(column).trimmed().isEmpty())
        return true;
    problem(column, CsvImporter::tr("a value is required"));
    return false;
}

void CsvRowReader::unknownValue(int column, const QString &vocabulary, const QStringList &keys)
{
    problem(column,
            CsvImporter::tr("unknown %1 “%2”; use one of: %3")
                .arg(vocabulary, m_cells.at(column).trimmed(), keys.join(u", "_s)));
}

QDate CsvRowReader::date(int column)
{
    const QString cell = m_cells.at(column).trimmed();
    if (cell.isEmpty())
        return {};
    // Exactly YYYY-MM-DD: Qt::ISODate alone would also take a trailing time.
    bool shaped = cell.size() == 10 && cell.at(4) == u'-' && cell.at(7) == u'-';
    for (qsizetype i = 0; shaped && i < cell.size(); ++i)
        shaped = i == 4 || i == 7 || (cell.at(i) >= u'0' && cell.at(i) <= u'9');
    const QDate value = shaped ? QDate::fromString(cell, Qt::ISODate) : QDate();
    if (!value.isValid())
        problem(column,
                CsvImporter::tr("“%1” is not a date; write dates as YYYY-MM-DD, for "
                                "example 2024-03-31")
                    .arg(cell));
    return value;
}

qint64 CsvRowReader::money(int column)
{
    const QString &cell = m_cells.at(column);
    if (cell.trimmed().isEmpty())
        return 0;
    const std::optional<qint64> cents = parseMoney(cell);
    if (!cents)
        problem(column,
                CsvImporter::tr("“%1” is not an amount; write it like 120.00, with a dot "
                                "before the cents and no currency sign or thousands "
                                "separator")
                    .arg(cell.trimmed()));
    return cents.value_or(0);
}

void CsvRowReader::check(const Problems &problems)
{
    for (const FieldProblem &p : problems) {
        const QString field = p.field == u"left"_s ? u"left_on"_s : p.field;
        const qsizetype column = m_columns.indexOf(field);
        if (column >= 0)
            problem(static_cast<int>(column), p.message);
        else
            m_log.add(m_line, {}, p.message);
    }
}

namespace {

// Column positions, in the order CsvImporter::columns() lists them.
enum OrganizationColumn {
    OrgName,
    OrgSector,
    OrgMission,
    OrgDecisionMaking,
    OrgAddress,
    OrgWebsite,
    OrgEmail,
    OrgPhone,
    OrgNotes,
    OrgTags,
};
enum PersonColumn {
    PersonName,
    PersonOrganization,
    PersonRole,
    PersonEmail,
    PersonPhone,
    PersonNotes
};
enum MembershipColumn {
    MemberCoalition,
    MemberOrganization,
    MemberStatus,
    MemberKind,
    MemberJoinedOn,
    MemberLeftOn,
    MemberRepresentative,
    MemberAlternate,
    MemberDues,
    MemberDuesPaidThrough,
    MemberNotes,
};

QStringList splitTags(const QString &cell)
{
    QStringList tags;
    for (const QStringView part : QStringView(cell).split(u';')) {
        const QStringView tag = part.trimmed();
        if (!tag.isEmpty())
            tags.append(tag.toString());
    }
    return tags;
}

// A record found by name, with the name as the workspace spells it.
struct Named
{
    Id id = 0;
    QString name;
};

Result<QHash<QString, Named>> organizationsByName(Workspace &workspace)
{
    auto all = workspace.organizations().list({}, OrganizationRepository::Order::ById);
    if (!all)
        return all.error();
    QHash<QString, Named> found;
    for (const Organization &o : std::as_const(*all))
        found.insert(Validation::nameKey(o.name), {o.id, o.name});
    return found;
}

// Who may represent whom: people by organization and name.
class PeopleIndex
{
public:
    Status load(Workspace &workspace)
    {
        auto people = workspace.people().list();
        if (!people)
            return people.error();
        for (const Person &p : std::as_const(*people)) {
            const QString key = Validation::nameKey(p.name);
            m_anywhere.insert(key);
            if (p.organizationId)
                m_byOrganization[{*p.organizationId, key}].append(p.id);
        }
        return {};
    }

    std::optional<Id> resolve(CsvRowReader &row, int column, const Named &organization) const
    {
        const QString name = row.text(column).trimmed();
        if (name.isEmpty() || organization.id <= 0)
            return std::nullopt;
        const QString key = Validation::nameKey(name);
        const QString &organizationName = organization.name;
        const QList<Id> ids = m_byOrganization.value({organization.id, key});
        if (ids.size() == 1)
            return ids.first();
        if (ids.size() > 1)
            row.problem(column,
                        CsvImporter::tr("%1 has more than one person named “%2”; give "
                                        "them distinct names first")
                            .arg(organizationName, name));
        else if (m_anywhere.contains(key))
            row.problem(
                column,
                CsvImporter::tr("“%1” is not one of the people of %2").arg(name, organizationName));
        else
            row.problem(
                column,
                CsvImporter::tr("there is no person named “%1” in the workspace").arg(name));
        return std::nullopt;
    }

private:
    QHash<std::pair<Id, QString>, QList<Id>> m_byOrganization;
    QSet<QString> m_anywhere;
};

} // namespace

namespace CsvRowChecks {

Status organizations(Workspace &workspace, CsvRows &input, CsvPending<Organization> *out)
{
    auto existing = workspace.organizations().nameKeys();
    if (!existing)
        return existing.error();
    QHash<QString, int> seen;
    seen.reserve(input.table.records.size());
    out->rows.reserve(input.table.records.size());
    input.forEach([&](CsvRowReader &row) {
        Organization o;
        o.name = row.text(OrgName);
        o.mission = row.text(OrgMission);
        o.decisionMaking = row.text(OrgDecisionMaking);
        o.address = row.text(OrgAddress);
        o.website = row.text(OrgWebsite);
        o.email = row.text(OrgEmail);
        o.phone = row.text(OrgPhone);
        o.notes = row.text(OrgNotes);
        o.tags = splitTags(row.text(OrgTags));
        if (row.required(OrgName)) {
            const QString key = Validation::nameKey(o.name);
            if (existing->contains(key))
                row.problem(
                    OrgName,
                    CsvImporter::tr("an organization named “%1” is already in the workspace")
                        .arg(o.name.simplified()));
            else if (const auto it = seen.constFind(key); it != seen.cend())
                row.problem(
                    OrgName,
                    CsvImporter::tr("“%1” is also on line %2").arg(o.name.simplified()).arg(*it));
            else
                seen.insert(key, row.line());
        }
        if (row.required(OrgSector))
            o.sector = row.enumeration<Sector>(OrgSector).value_or(Sector::Other);
        row.check(Validation::check(o));
        if (!row.hasProblems())
            out->append(std::move(o), row.line());
    });
    return {};
}

Status people(Workspace &workspace, CsvRows &input, CsvPending<Person> *out)
{
    auto organizations = organizationsByName(workspace);
    if (!organizations)
        return organizations.error();
    input.forEach([&](CsvRowReader &row) {
        Person p;
        p.name = row.text(PersonName);
        p.role = row.text(PersonRole);
        p.email = row.text(PersonEmail);
        p.phone = row.text(PersonPhone);
        p.notes = row.text(PersonNotes);
        row.required(PersonName);
        if (const QString organization = row.text(PersonOrganization).trimmed();
            !organization.isEmpty()) {
            const auto it = organizations->constFind(Validation::nameKey(organization));
            if (it == organizations->cend())
                row.problem(PersonOrganization,
                            CsvImporter::tr("there is no organization named “%1” in the workspace")
                                .arg(organization));
            else
                p.organizationId = it->id;
        }
        row.check(Validation::check(p));
        if (!row.hasProblems())
            out->append(std::move(p), row.line());
    });
    return {};
}

Status memberships(Workspace &workspace, CsvRows &input, CsvPending<Membership> *out)
{
    auto coalitions = workspace.coalitions().list();
    if (!coalitions)
        return coalitions.error();
    QHash<QString, Named> coalitionsByName;
    for (const CoalitionInfo &c : std::as_const(*coalitions))
        coalitionsByName.insert(Validation::nameKey(c.name), {c.id, c.name});
    auto organizations = organizationsByName(workspace);
    if (!organizations)
        return organizations.error();
    PeopleIndex people;
    if (Status status = people.load(workspace); !status)
        return status;
    auto memberships = workspace.memberships().list();
    if (!memberships)
        return memberships.error();
    QSet<std::pair<Id, Id>> existing;
    for (const Membership &m : std::as_const(*memberships))
        existing.insert({m.coalitionId, m.organizationId});
    QHash<std::pair<Id, Id>, int> seen;
    const QDate today = QDate::currentDate();

    input.forEach([&](CsvRowReader &row) {
        Membership m;
        Named coalition;
        Named organization;
        if (row.required(MemberCoalition)) {
            const QString name = row.text(MemberCoalition).trimmed();
            coalition = coalitionsByName.value(Validation::nameKey(name));
            m.coalitionId = coalition.id;
            if (m.coalitionId == 0)
                row.problem(
                    MemberCoalition,
                    CsvImporter::tr("there is no coalition named “%1” in the workspace").arg(name));
        }
        if (row.required(MemberOrganization)) {
            const QString name = row.text(MemberOrganization).trimmed();
            organization = organizations->value(Validation::nameKey(name));
            m.organizationId = organization.id;
            if (m.organizationId == 0)
                row.problem(MemberOrganization,
                            CsvImporter::tr("there is no organization named “%1” in the workspace")
                                .arg(name));
        }
        if (row.required(MemberStatus))
            m.status = row.enumeration<MembershipStatus>(MemberStatus).value_or(m.status);
        m.kind = row.enumeration<MembershipKind>(MemberKind).value_or(MembershipKind::VotingMember);
        m.joinedOn = row.date(MemberJoinedOn);
        m.leftOn = row.date(MemberLeftOn);
        m.representativeId = people.resolve(row, MemberRepresentative, organization);
        m.alternateId = people.resolve(row, MemberAlternate, organization);
        m.duesCents = row.money(MemberDues);
        m.duesPaidThrough = row.date(MemberDuesPaidThrough);
        m.notes = row.text(MemberNotes);
        m.history.append({m.status, m.joinedOn.isValid() ? m.joinedOn : today, {}});
        if (m.coalitionId > 0 && m.organizationId > 0) {
            const std::pair key{m.coalitionId, m.organizationId};
            if (existing.contains(key))
                row.problem(MemberOrganization,
                            CsvImporter::tr("%1 is already a member of %2; an organization has one "
                                            "membership per coalition")
                                .arg(organization.name, coalition.name));
            else if (const auto it = seen.constFind(key); it != seen.cend())
                row.problem(MemberOrganization,
                            CsvImporter::tr("the membership of %1 in %2 is also on line %3")
                                .arg(organization.name, coalition.name)
                                .arg(*it));
            else
                seen.insert(key, row.line());
        }
        row.check(Validation::check(m));
        if (!row.hasProblems())
            out->append(std::move(m), row.line());
    });
    return {};
}

} // namespace CsvRowChecks
} // namespace Coalition
