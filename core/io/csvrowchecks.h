// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv.h"
#include "csvimport.h"
#include "domain/enums.h"
#include "domain/validation.h"

#include <QDate>
#include <QHash>

#include <optional>
#include <utility>

namespace Coalition {

class Workspace;

// Internal to CsvImporter: checking the records of an import file field by
// field, and turning them into the records the repositories store.

// Keeps the first MaxProblems problems of an import and counts all of them.
class CsvProblemLog final
{
public:
    static constexpr qsizetype MaxProblems = 200;

    CsvProblemLog(const QString &file, QList<ImportProblem> *list)
        : m_file(file)
        , m_list(list)
    { }

    void add(int line, const QString &column, const QString &message);
    int total() const { return m_total; }

private:
    QString m_file;
    QList<ImportProblem> *m_list;
    int m_total = 0;
};

// The cells of one record in CsvImporter::columns() order, with the checks
// every kind of file shares. One problem per cell is enough: later ones
// would only restate it.
class CsvRowReader final
{
public:
    // fieldOf: for each column, its field in the file, or -1 when absent.
    CsvRowReader(CsvProblemLog &log, const QStringList &columns, const QList<qsizetype> &fieldOf);

    void read(const CsvRecord &record);

    int line() const { return m_line; }
    bool hasProblems() const { return m_reported != 0; }
    const QString &text(int column) const { return m_cells.at(column); }

    void problem(int column, const QString &message);
    // Whether the cell holds something other than white space.
    bool required(int column);
    // An empty cell gives nullopt without a problem.
    template<typename E>
    std::optional<E> enumeration(int column)
    {
        const QString &cell = m_cells.at(column);
        if (cell.trimmed().isEmpty())
            return std::nullopt;
        const std::optional<E> value = enumFromText<E>(cell);
        if (!value)
            unknownValue(column, enumVocabularyName<E>(), enumKeys<E>());
        return value;
    }
    QDate date(int column);
    qint64 money(int column);
    // Rules of the record itself, reported on the column they are about.
    void check(const Problems &problems);

private:
    void unknownValue(int column, const QString &vocabulary, const QStringList &keys);

    CsvProblemLog &m_log;
    QStringList m_columns;
    QList<qsizetype> m_fieldOf;
    QStringList m_cells;
    int m_line = 0;
    quint32 m_reported = 0;
};

// The records of a file worth checking field by field: those the CSV reader
// had no complaint about (a broken record would only produce confusing
// follow-ups).
struct CsvRows
{
    const CsvTable &table;
    QList<bool> usable;
    CsvRowReader &row;

    template<typename Visit>
    void forEach(Visit visit)
    {
        for (qsizetype i = 0; i < table.records.size(); ++i) {
            if (!usable.at(i))
                continue;
            row.read(table.records.at(i));
            visit(row);
        }
    }
};

// Records that passed every check, with the line each came from.
template<typename T>
struct CsvPending
{
    QList<T> rows;
    QList<int> lines;

    void append(T row, int line)
    {
        rows.append(std::move(row));
        lines.append(line);
    }
};

// Check every usable record of a file against the rules and the workspace
// (names, references, duplicates), reporting to the reader's log. A failed
// Status is a storage error, not a problem of the file.
namespace CsvRowChecks {

Status organizations(Workspace &workspace, CsvRows &rows, CsvPending<Organization> *out);
Status people(Workspace &workspace, CsvRows &rows, CsvPending<Person> *out);
Status memberships(Workspace &workspace, CsvRows &rows, CsvPending<Membership> *out);

} // namespace CsvRowChecks
} // namespace Coalition
