// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Coalition {

// One problem found while reading a CSV file, located by physical line and field.
struct CsvError
{
    int line = 0; // 1-based physical line in the file
    int column = 0; // 1-based field number, 0 when not about a field
    QString columnName; // header name of that column when known, else empty
    QString message; // plain-language, translatable, no file name or line in it
};

// One data record and the physical line it starts on.
struct CsvRecord
{
    int line = 0; // physical line where the record starts
    QStringList fields;
};

// A whole CSV file: the header (first record) and the data records after it.
struct CsvTable
{
    QStringList header; // first record, whitespace-trimmed
    QList<CsvRecord> records; // data records (header excluded)
};

// Reads RFC 4180 CSV encoded as UTF-8: optional BOM, LF or CRLF line ends, quoted fields.
class CsvReader final
{
public:
    // Parses UTF-8 CSV (RFC 4180). Returns false and fills errors (all found, capped at 100) on
    // bad input. Both outputs are reset first and either may be null; on failure the table holds
    // what could be read and must not be trusted.
    static bool parse(const QByteArray &data, CsvTable *table, QList<CsvError> *errors);
};

// Writes RFC 4180 CSV as UTF-8 without BOM, with spreadsheet formula triggers neutralised.
class CsvWriter final
{
public:
    // Writes one record, CRLF-terminated, quoting fields that need it, formula triggers
    // neutralised.
    static void writeRecord(QByteArray *out, const QStringList &fields);
    // Prefixes "'" when cell starts with = + - @ \t \r.
    static QString neutraliseFormula(const QString &cell);
    // Inverse: strips a leading "'" that precedes one of those characters.
    static QString restoreNeutralised(const QString &cell);
};

} // namespace Coalition
