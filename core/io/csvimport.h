// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace Coalition {

class Workspace;

// The three registry tables that travel as CSV.
enum class CsvKind { Organizations, People, Memberships };

// One reason a file cannot be imported, located to the line and column.
struct ImportProblem
{
    QString file;
    int line = 0;
    QString column; // header name, empty when the problem is about a whole line
    QString message;

    // "orgs.csv:14: column “sector”: unknown sector “charity” …"
    QString toString() const;
};

struct ImportReport
{
    int rowsRead = 0;
    int inserted = 0;
};

// Imports organizations, people or memberships from RFC 4180 CSV. The whole
// file is checked first (structure, every field, names against the
// workspace and the rest of the file); only a file without a single problem
// is written, in one transaction: all rows or none.
class CsvImporter final
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::CsvImporter)

public:
    explicit CsvImporter(Workspace &workspace);

    Result<ImportReport> importFile(CsvKind kind, const QString &path);
    // fileName is used in messages only.
    Result<ImportReport> importData(CsvKind kind, const QByteArray &data, const QString &fileName);

    // Every problem of the last import that failed validation (the Error it
    // returned carries the first one and how many more there are).
    const QList<ImportProblem> &problems() const { return m_problems; }

    // The columns each kind reads; required ones first.
    static QStringList columns(CsvKind kind);
    static QStringList requiredColumns(CsvKind kind);

private:
    Workspace &m_workspace;
    QList<ImportProblem> m_problems;
};

// Writes the same three tables as CSV with the columns the importer reads,
// so an export imports back. Cells a spreadsheet would run as a formula are
// neutralised.
class CsvExporter final
{
public:
    explicit CsvExporter(Workspace &workspace);

    // Memberships may be limited to one coalition.
    Result<QByteArray> exportData(CsvKind kind, std::optional<Id> coalitionId = std::nullopt);

private:
    Workspace &m_workspace;
};

} // namespace Coalition
