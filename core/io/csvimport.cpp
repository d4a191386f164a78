// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimport.h"

#include "csv.h"
#include "domain/money.h"
#include "domain/validation.h"
#include "storage/transaction.h"
#include "storage/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <climits>
#include <utility>

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

constexpr qsizetype MaxProblems = 200;

// Column positions, in the order columns() lists them.
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

// Keeps the first MaxProblems problems and counts all of them.
class ProblemLog
{
public:
    ProblemLog(const QString &file, QList<ImportProblem> *list)
        : m_file(file)
        , m_list(list)
    { }

    void add(int line, const QString &column, const QString &message)
    {
        ++m_total;
        if (m_list->size() < MaxProblems)
            m_list->append(ImportProblem{m_file, line, column, message});
    }
    int total() const { return m_total; }

private:
    QString m_file;
    QList<ImportProblem> *m_list;
    int m_total = 0;
};

// Parsing an enumeration allocates for every entry it compares; a file repeats
// a handful of values, so each distinct cell is parsed once.
template<typename E> class EnumCache
{
public:
    std::optional<E> parse(const QString &text)
    {
        if (const auto it = m_known.constFind(text); it != m_known.cend())
            return *it;
        const std::optional<E> value = enumFromText<E>(text);
        m_known.insert(text, value);
        return value;
    }

private:
    QHash<QString, std::optional<E>> m_known;
};

QDate parseIsoDate(const QString &text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return {};
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i != 4 && i != 7 && (text.at(i) < u'0' || text.at(i) > u'9'))
            return {};
    }
    return QDate::fromString(text, Qt::ISODate);
}

// The cells of one record in columns() order, and the checks every kind uses.
// One problem per cell is enough: later ones would only restate it.
class RowReader
{
public:
    RowReader(ProblemLog &log, const QStringList &columns, const QList<qsizetype> &fieldOf)
        : m_log(log)
        , m_columns(columns)
        , m_fieldOf(fieldOf)
        , m_cells(columns.size())
    { }

    void read(const CsvRecord &record)
    {
        m_line = record.line;
        m_reported = 0;
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            const qsizetype field = m_fieldOf.at(c);
            m_cells[c]
                = field < 0 ? QString() : CsvWriter::restoreNeutralised(record.fields.at(field));
        }
    }

    int line() const { return m_line; }
    bool hasProblems() const { return m_reported != 0; }
    const QString &text(int column) const { return m_cells.at(column); }

    void problem(int column, const QString &message)
    {
        const quint32 bit = 1u << column;
        if (m_reported & bit)
            return;
        m_reported |= bit;
        m_log.add(m_line, m_columns.at(column), message);
    }

    bool required(int column)
    {
        if (!m_cells.at(column).trimmed().isEmpty())
            return true;
        problem(column, CsvImporter::tr("a value is required"));
        return false;
    }

    template<typename E> std::optional<E> enumeration(int column, EnumCache<E> &cache)
    {
        const QString &cell = m_cells.at(column);
        if (cell.trimmed().isEmpty())
            return std::nullopt;
        const std::optional<E> value = cache.parse(cell);
        if (!value)
            problem(column,
                    CsvImporter::tr("unknown %1 “%2”; use one of: %3")
                        .arg(enumVocabularyName<E>(), cell.trimmed(), enumKeys<E>().join(u", "_s)));
        return value;
    }

    QDate date(int column)
    {
        const QString cell = m_cells.at(column).trimmed();
        if (cell.isEmpty())
            return {};
        const QDate value = parseIsoDate(cell);
        if (!value.isValid())
            problem(column,
                    CsvImporter::tr("“%1” is not a date; write dates as YYYY-MM-DD, "
                                    "for example 2024-03-31")
                        .arg(cell));
        return value;
    }

    qint64 money(int column)
    {
        const QString &cell = m_cells.at(column);
        if (cell.trimmed().isEmpty())
            return 0;
        const std::optional<qint64> cents = parseMoney(cell);
        if (!cents)
            problem(column,
                    CsvImporter::tr("“%1” is not an amount; write it like 120.00, with a "
                                    "dot before the cents and no currency sign or "
                                    "thousands separator")
                        .arg(cell.trimmed()));
        return cents.value_or(0);
    }

    // Rules of the record itself, reported on the column they are about.
    void check(const Problems &problems)
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

private:
    ProblemLog &m_log;
    QStringList m_columns;
    QList<qsizetype> m_fieldOf;
    QStringList m_cells;
    int m_line = 0;
    quint32 m_reported = 0;
};

// The records worth checking field by field: those the CSV reader had no
// complaint about (a broken record would only produce confusing follow-ups).
struct Input
{
    const CsvTable &table;
    QList<bool> usable;
    RowReader &row;

    template<typename Visit> void forEach(Visit visit)
    {
        for (qsizetype i = 0; i < table.records.size(); ++i) {
            if (!usable.at(i))
                continue;
            row.read(table.records.at(i));
            visit(row);
        }
    }
};

QList<bool> usableRecords(const CsvTable &table, const QList<CsvError> &errors)
{
    QList<int> lines;
    lines.reserve(errors.size());
    for (const CsvError &error : errors)
        lines.append(error.line);
    std::sort(lines.begin(), lines.end());
    const QList<CsvRecord> &records = table.records;
    QList<bool> usable(records.size(), true);
    for (qsizetype i = 0; i < records.size(); ++i) {
        const int to = i + 1 < records.size() ? records.at(i + 1).line : INT_MAX;
        const auto it = std::lower_bound(lines.cbegin(), lines.cend(), records.at(i).line);
        usable[i] = records.at(i).fields.size() == table.header.size()
            && (it == lines.cend() || *it >= to);
    }
    return usable;
}

// The physical line of the header: the reader skips blank lines before it.
int headerLine(const QByteArray &data)
{
    qsizetype i = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    int line = 1;
    while (i < data.size() && (data.at(i) == '\n' || data.at(i) == '\r')) {
        if (data.at(i) == '\r' && i + 1 < data.size() && data.at(i + 1) == '\n')
            ++i;
        ++i;
        ++line;
    }
    return line;
}

qsizetype indexOfColumn(const QStringList &columns, const QString &name)
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

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

template<typename T> struct Pending
{
    QList<T> rows;
    QList<int> lines;

    void append(T row, int line)
    {
        rows.append(std::move(row));
        lines.append(line);
    }
};

Status collectOrganizations(Workspace &workspace, Input &input, Pending<Organization> *out)
{
    auto existing = workspace.organizations().nameKeys();
    if (!existing)
        return existing.error();
    QHash<QString, int> seen;
    seen.reserve(input.table.records.size());
    out->rows.reserve(input.table.records.size());
    EnumCache<Sector> sectors;
    input.forEach([&](RowReader &row) {
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
                        .arg(o.name.trimmed()));
            else if (const auto it = seen.constFind(key); it != seen.cend())
                row.problem(
                    OrgName,
                    CsvImporter::tr("“%1” is also on line %2").arg(o.name.trimmed()).arg(*it));
            else
                seen.insert(key, row.line());
        }
        if (row.required(OrgSector))
            o.sector = row.enumeration(OrgSector, sectors).value_or(Sector::Other);
        row.check(Validation::check(o));
        if (!row.hasProblems())
            out->append(std::move(o), row.line());
    });
    return {};
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

Status collectPeople(Workspace &workspace, Input &input, Pending<Person> *out)
{
    auto organizations = organizationsByName(workspace);
    if (!organizations)
        return organizations.error();
    input.forEach([&](RowReader &row) {
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

    std::optional<Id> resolve(RowReader &row, int column, const Named &organization) const
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

Status collectMemberships(Workspace &workspace, Input &input, Pending<Membership> *out)
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
    EnumCache<MembershipStatus> statuses;
    EnumCache<MembershipKind> kinds;
    const QDate today = QDate::currentDate();

    input.forEach([&](RowReader &row) {
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
            m.status = row.enumeration(MemberStatus, statuses).value_or(m.status);
        m.kind = row.enumeration(MemberKind, kinds).value_or(MembershipKind::VotingMember);
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

// Writes every row in one transaction; any failure leaves the workspace as it was.
template<typename T, typename Insert>
Result<ImportReport> writeAll(Database &database, const Pending<T> &pending, int rowsRead,
                              const QString &fileName, Insert insert)
{
    Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.status().error();
    for (qsizetype i = 0; i < pending.rows.size(); ++i) {
        if (auto id = insert(pending.rows.at(i)); !id) {
            Error error = id.error();
            error.message
                = ImportProblem{fileName, pending.lines.at(i), {}, error.message}.toString();
            return error;
        }
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return ImportReport{rowsRead, static_cast<int>(pending.rows.size())};
}

} // namespace

QString ImportProblem::toString() const
{
    const QString where = file + u':' + QString::number(line);
    if (column.isEmpty())
        return CsvImporter::tr("%1: %2").arg(where, message);
    return CsvImporter::tr("%1: column “%2”: %3").arg(where, column, message);
}

CsvImporter::CsvImporter(Workspace &workspace)
    : m_workspace(workspace)
{ }

QStringList CsvImporter::columns(CsvKind kind)
{
    switch (kind) {
    case CsvKind::Organizations:
        return {u"name"_s,    u"sector"_s, u"mission"_s, u"decision_making"_s, u"address"_s,
                u"website"_s, u"email"_s,  u"phone"_s,   u"notes"_s,           u"tags"_s};
    case CsvKind::People:
        return {u"name"_s, u"organization"_s, u"role"_s, u"email"_s, u"phone"_s, u"notes"_s};
    case CsvKind::Memberships:
        return {u"coalition"_s, u"organization"_s,      u"status"_s,         u"kind"_s,
                u"joined_on"_s, u"left_on"_s,           u"representative"_s, u"alternate"_s,
                u"dues"_s,      u"dues_paid_through"_s, u"notes"_s};
    }
    return {};
}

QStringList CsvImporter::requiredColumns(CsvKind kind)
{
    switch (kind) {
    case CsvKind::Organizations:
        return columns(kind).mid(0, 2);
    case CsvKind::People:
        return columns(kind).mid(0, 1);
    case CsvKind::Memberships:
        return columns(kind).mid(0, 3);
    }
    return {};
}

Result<ImportReport> CsvImporter::importFile(CsvKind kind, const QString &path)
{
    m_problems.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1 cannot be read: %2").arg(path, file.errorString()), {}, {}};
    return importData(kind, file.readAll(), QFileInfo(path).fileName());
}

Result<ImportReport> CsvImporter::importData(CsvKind kind, const QByteArray &data,
                                             const QString &fileName)
{
    m_problems.clear();
    ProblemLog log(fileName, &m_problems);
    CsvTable table;
    QList<CsvError> errors;
    CsvReader::parse(data, &table, &errors);
    for (const CsvError &error : std::as_const(errors))
        log.add(error.line, error.columnName, error.message);

    // The header decides what every cell means: with a problem there, the rows
    // are not checked (each would only repeat it).
    const QStringList names = columns(kind);
    QList<qsizetype> fieldOf(names.size(), -1);
    const int firstRecordLine = table.records.isEmpty() ? INT_MAX : table.records.first().line;
    bool headerSound = !table.header.isEmpty()
        && std::none_of(errors.cbegin(), errors.cend(),
                        [&](const CsvError &e) { return e.line < firstRecordLine; });
    if (!table.header.isEmpty()) {
        const int line = headerLine(data);
        for (qsizetype f = 0; f < table.header.size(); ++f) {
            const QString &name = table.header.at(f);
            const qsizetype column = indexOfColumn(names, name);
            if (column >= 0) {
                if (fieldOf.at(column) < 0)
                    fieldOf[column] = f;
            } else if (!name.isEmpty()) {
                log.add(line, name,
                        tr("this is not a column of this file; the columns are: %1")
                            .arg(names.join(u", "_s)));
                headerSound = false;
            }
        }
        const QStringList required = requiredColumns(kind);
        for (const QString &name : required) {
            if (fieldOf.at(indexOfColumn(names, name)) < 0) {
                log.add(line, name,
                        tr("this required column is missing (the required columns "
                           "are: %1)")
                            .arg(required.join(u", "_s)));
                headerSound = false;
            }
        }
    }

    RowReader row(log, names, fieldOf);
    Input input{table, usableRecords(table, errors), row};
    Pending<Organization> organizations;
    Pending<Person> people;
    Pending<Membership> memberships;
    if (headerSound) {
        Status status;
        switch (kind) {
        case CsvKind::Organizations:
            status = collectOrganizations(m_workspace, input, &organizations);
            break;
        case CsvKind::People:
            status = collectPeople(m_workspace, input, &people);
            break;
        case CsvKind::Memberships:
            status = collectMemberships(m_workspace, input, &memberships);
            break;
        }
        if (!status)
            return status.error();
    }

    if (log.total() > 0) {
        std::stable_sort(
            m_problems.begin(), m_problems.end(),
            [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
        const int more = log.total() - 1;
        const QString suffix = more == 0 ? tr(" (nothing was imported)")
            : more == 1                  ? tr(" (and 1 more problem; nothing was imported)")
                        : tr(" (and %1 more problems; nothing was imported)").arg(more);
        return Error{m_problems.first().toString() + suffix, {}, m_problems.first().column};
    }

    const int rowsRead = static_cast<int>(table.records.size());
    Database &database = m_workspace.database();
    switch (kind) {
    case CsvKind::Organizations:
        return writeAll(database, organizations, rowsRead, fileName, [this](const Organization &o) {
            return m_workspace.organizations().insertChecked(o, WriteMode::Edit);
        });
    case CsvKind::People:
        return writeAll(database, people, rowsRead, fileName, [this](const Person &p) {
            return m_workspace.people().insertChecked(p, WriteMode::Edit);
        });
    case CsvKind::Memberships:
        return writeAll(database, memberships, rowsRead, fileName, [this](const Membership &m) {
            return m_workspace.memberships().insertChecked(m, WriteMode::Edit);
        });
    }
    return Error{tr("Unknown kind of CSV file."), {}, {}};
}

// ---------------------------------------------------------------------------

namespace {

Result<QHash<Id, QString>> organizationNames(Workspace &workspace)
{
    auto all = workspace.organizations().list({}, OrganizationRepository::Order::ById);
    if (!all)
        return all.error();
    QHash<Id, QString> names;
    for (const Organization &o : std::as_const(*all))
        names.insert(o.id, o.name);
    return names;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

Status exportOrganizations(Workspace &workspace, QByteArray *out)
{
    auto all = workspace.organizations().list({}, OrganizationRepository::Order::ById);
    if (!all)
        return all.error();
    for (const Organization &o : std::as_const(*all))
        CsvWriter::writeRecord(out,
                               {o.name, enumKey(o.sector), o.mission, o.decisionMaking, o.address,
                                o.website, o.email, o.phone, o.notes, o.tags.join(u';')});
    return {};
}

Status exportPeople(Workspace &workspace, QByteArray *out)
{
    auto organizations = organizationNames(workspace);
    if (!organizations)
        return organizations.error();
    auto all = workspace.people().list();
    if (!all)
        return all.error();
    for (const Person &p : std::as_const(*all))
        CsvWriter::writeRecord(
            out,
            {p.name, p.organizationId ? organizations->value(*p.organizationId) : QString(), p.role,
             p.email, p.phone, p.notes});
    return {};
}

Status exportMemberships(Workspace &workspace, std::optional<Id> coalitionId, QByteArray *out)
{
    auto coalitions = workspace.coalitions().list();
    if (!coalitions)
        return coalitions.error();
    QHash<Id, QString> coalitionNames;
    for (const CoalitionInfo &c : std::as_const(*coalitions))
        coalitionNames.insert(c.id, c.name);
    if (coalitionId && !coalitionNames.contains(*coalitionId))
        return Error{QCoreApplication::translate("Coalition::CsvExporter",
                                                 "There is no coalition with number %1.")
                         .arg(*coalitionId),
                     {},
                     {}};
    auto organizations = organizationNames(workspace);
    if (!organizations)
        return organizations.error();
    auto people = workspace.people().list();
    if (!people)
        return people.error();
    QHash<Id, QString> personNames;
    for (const Person &p : std::as_const(*people))
        personNames.insert(p.id, p.name);
    auto all = coalitionId ? workspace.memberships().listForCoalition(*coalitionId)
                           : workspace.memberships().list();
    if (!all)
        return all.error();
    const auto person = [&](const std::optional<Id> &id) {
        return id ? personNames.value(*id) : QString();
    };
    for (const Membership &m : std::as_const(*all))
        CsvWriter::writeRecord(out,
                               {coalitionNames.value(m.coalitionId),
                                organizations->value(m.organizationId), enumKey(m.status),
                                enumKey(m.kind), dateText(m.joinedOn), dateText(m.leftOn),
                                person(m.representativeId), person(m.alternateId),
                                m.duesCents != 0 ? formatMoney(m.duesCents) : QString(),
                                dateText(m.duesPaidThrough), m.notes});
    return {};
}

} // namespace

CsvExporter::CsvExporter(Workspace &workspace)
    : m_workspace(workspace)
{ }

Result<QByteArray> CsvExporter::exportData(CsvKind kind, std::optional<Id> coalitionId)
{
    QByteArray out;
    CsvWriter::writeRecord(&out, CsvImporter::columns(kind));
    Status status;
    switch (kind) {
    case CsvKind::Organizations:
        status = exportOrganizations(m_workspace, &out);
        break;
    case CsvKind::People:
        status = exportPeople(m_workspace, &out);
        break;
    case CsvKind::Memberships:
        status = exportMemberships(m_workspace, coalitionId, &out);
        break;
    }
    if (!status)
        return status.error();
    return out;
}

} // namespace Coalition
