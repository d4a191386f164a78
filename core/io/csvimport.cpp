// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimport.h"

#include "csv.h"
#include "csvrowchecks.h"
#include "storage/transaction.h"
#include "storage/workspace.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

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

// Writes every row in one transaction; any failure leaves the workspace as it was.
template<typename T, typename Insert>
Result<ImportReport> writeAll(Database &database, const CsvPending<T> &pending, int rowsRead,
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
    CsvProblemLog log(fileName, &m_problems);
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

    CsvRowReader row(log, names, fieldOf);
    CsvRows input{table, usableRecords(table, errors), row};
    CsvPending<Organization> organizations;
    CsvPending<Person> people;
    CsvPending<Membership> memberships;
    if (headerSound) {
        Status status;
        switch (kind) {
        case CsvKind::Organizations:
            status = CsvRowChecks::organizations(m_workspace, input, &organizations);
            break;
        case CsvKind::People:
            status = CsvRowChecks::people(m_workspace, input, &people);
            break;
        case CsvKind::Memberships:
            status = CsvRowChecks::memberships(m_workspace, input, &memberships);
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
        QString suffix = tr(" (nothing was imported)");
        if (more == 1)
            suffix = tr(" (and 1 more problem; nothing was imported)");
        else if (more > 1)
            suffix = tr(" (and %1 more problems; nothing was imported)").arg(more);
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

} // namespace Coalition
