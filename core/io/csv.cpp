// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QSet>

#include <utility>

namespace Coalition {

namespace {

constexpr qsizetype MaxErrors = 100;

bool isFormulaTrigger(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// Offset of the first byte that does not belong to well-formed UTF-8 (RFC 3629: no overlongs,
// no surrogates, nothing above U+10FFFF), or -1. Checked by hand rather than through
// QStringDecoder so that the exact byte, and therefore its line, is known.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *s = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int trailing = 0;
        uchar low = 0x80;
        uchar high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            trailing = 1;
        } else if (c == 0xE0) {
            trailing = 2;
            low = 0xA0;
        } else if (c == 0xED) {
            trailing = 2;
            high = 0x9F;
        } else if (c >= 0xE1 && c <= 0xEF) {
            trailing = 2;
        } else if (c == 0xF0) {
            trailing = 3;
            low = 0x90;
        } else if (c >= 0xF1 && c <= 0xF3) {
            trailing = 3;
        } else if (c == 0xF4) {
            trailing = 3;
            high = 0x8F;
        } else {
            return i;
        }
        if (i + trailing >= n || s[i + 1] < low || s[i + 1] > high)
            return i;
        for (int k = 2; k <= trailing; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += trailing + 1;
    }
    return -1;
}

// Same rule as the scanner: LF, CRLF and a lone CR each end one physical line.
int countLineBreaks(QByteArrayView bytes)
{
    int count = 0;
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = bytes[i];
        if (c == '\n' || (c == '\r' && (i + 1 == n || bytes[i + 1] != '\n')))
            ++count;
    }
    return count;
}

class Parser
{
public:
    Parser(QByteArrayView data, QList<CsvError> *errors)
        : m_p(data.data())
        , m_end(data.data() + data.size())
        , m_errors(errors)
    { }

    // Reads the next record, skipping blank lines. False at the end of the data or once parsing
    // has to stop (unterminated quote, error cap reached).
    bool readRecord(QStringList *fields, int *startLine);

    void addError(int line, int column, const QString &message);
    bool hasErrors() const { return m_errorCount > 0; }

    // Once set, errors get the column name, and records reserve room for that many fields.
    void setHeader(const QStringList *header) { m_header = header; }

private:
    bool atFieldEnd() const { return m_p == m_end || *m_p == ',' || *m_p == '\n' || *m_p == '\r'; }
    void consumeLineBreak();
    QByteArrayView readUnquoted(int column);
    bool readQuoted(int column, QByteArrayView *content);
    void appendField(QStringList *fields, QByteArrayView bytes, int firstLine, int column);

    const char *m_p;
    const char *m_end;
    int m_line = 1;
    QByteArray m_unescaped; // reused for quoted fields holding "" escapes
    QList<CsvError> *m_errors;
    const QStringList *m_header = nullptr;
    qsizetype m_errorCount = 0;
    bool m_stop = false;
};

void Parser::consumeLineBreak()
{
    if (*m_p == '\r' && m_p + 1 < m_end && m_p[1] == '\n')
        ++m_p;
    ++m_p;
    ++m_line;
}

bool Parser::readRecord(QStringList *fields, int *startLine)
{
    while (!m_stop && m_p < m_end && (*m_p == '\n' || *m_p == '\r'))
        consumeLineBreak();
    if (m_stop || m_p == m_end)
        return false;

    fields->clear();
    if (m_header)
        fields->reserve(m_header->size());
    *startLine = m_line;
    for (;;) {
        const int column = int(fields->size()) + 1;
        const int fieldLine = m_line;
        QByteArrayView content;
        if (m_p < m_end && *m_p == '"') {
            if (!readQuoted(column, &content))
                return false;
        } else {
            content = readUnquoted(column);
        }
        appendField(fields, content, fieldLine, column);

        if (m_p == m_end)
            return true;
        if (*m_p == ',') {
            ++m_p;
            continue;
        }
        consumeLineBreak();
        return true;
    }
}

QByteArrayView Parser::readUnquoted(int column)
{
    const char *start = m_p;
    bool reported = false;
    while (!atFieldEnd()) {
        if (*m_p == '"' && !reported) {
            addError(m_line, column,
                     QCoreApplication::translate(
                         "Coalition::Csv",
                         "a quote appears inside a value that does not start with a quote"));
            reported = true;
        }
        ++m_p;
    }
    return QByteArrayView(start, m_p);
}

bool Parser::readQuoted(int column, QByteArrayView *content)
{
    const int openLine = m_line;
    ++m_p;
    const char *segment = m_p;
    bool escaped = false;
    for (;;) {
        if (m_p == m_end) {
            addError(
                openLine, column,
                QCoreApplication::translate("Coalition::Csv", "a quoted value is never closed"));
            // Everything up to the end of the data is inside the quote: nothing left to read.
            m_stop = true;
            return false;
        }
        const char c = *m_p;
        if (c == '"') {
            if (m_p + 1 < m_end && m_p[1] == '"') {
                if (!escaped) {
                    m_unescaped.resize(0);
                    escaped = true;
                }
                m_unescaped.append(segment, m_p + 1 - segment);
                m_p += 2;
                segment = m_p;
                continue;
            }
            break;
        }
        if (c == '\n' || (c == '\r' && (m_p + 1 == m_end || m_p[1] != '\n')))
            ++m_line;
        ++m_p;
    }
    if (escaped) {
        m_unescaped.append(segment, m_p - segment);
        *content = m_unescaped;
    } else {
        *content = QByteArrayView(segment, m_p);
    }
    ++m_p;

    if (!atFieldEnd()) {
        addError(m_line, column,
                 QCoreApplication::translate("Coalition::Csv",
                                             "unexpected text after the closing quote of a value"));
        // Resynchronise on the next delimiter so the remaining fields keep their numbers.
        while (!atFieldEnd())
            ++m_p;
    }
    return true;
}

void Parser::appendField(QStringList *fields, QByteArrayView bytes, int firstLine, int column)
{
    const qsizetype bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
        addError(
            firstLine + countLineBreaks(bytes.first(bad)), column,
            QCoreApplication::translate(
                "Coalition::Csv", "this value is not valid UTF-8 text; save the file as UTF-8"));
    }
    fields->append(QString::fromUtf8(bytes));
}

void Parser::addError(int line, int column, const QString &message)
{
    if (m_errorCount >= MaxErrors)
        return;
    ++m_errorCount;
    if (m_errors) {
        CsvError error;
        error.line = line;
        error.column = column;
        if (m_header && column > 0 && column <= m_header->size())
            error.columnName = m_header->at(column - 1);
        error.message = message;
        m_errors->append(std::move(error));
    }
    // Without an error list the first error already decides the result.
    if (!m_errors || m_errorCount >= MaxErrors)
        m_stop = true;
}

bool needsQuotes(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    if (cell.front().isSpace() || cell.back().isSpace())
        return true;
    for (const QChar c : cell) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}

} // namespace

bool CsvReader::parse(const QByteArray &data, CsvTable *table, QList<CsvError> *errors)
{
    if (table)
        *table = CsvTable();
    if (errors)
        errors->clear();

    QByteArrayView bytes(data);
    const QByteArrayView bom("\xEF\xBB\xBF");
    if (bytes.startsWith(bom))
        bytes = bytes.sliced(bom.size());

    Parser parser(bytes, errors);
    QStringList header;
    int line = 0;
    if (!parser.readRecord(&header, &line)) {
        if (!parser.hasErrors())
            parser.addError(1, 0,
                            QCoreApplication::translate("Coalition::Csv", "the file is empty"));
        return false;
    }

    for (QString &name : header)
        name = name.trimmed();
    parser.setHeader(&header);
    QSet<QString> seen;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString &name = header.at(i);
        if (name.isEmpty()) {
            parser.addError(line, int(i) + 1,
                            QCoreApplication::translate("Coalition::Csv",
                                                        "this column has no name in the header"));
            continue;
        }
        const QString key = name.toCaseFolded();
        if (seen.contains(key)) {
            parser.addError(
                line, int(i) + 1,
                QCoreApplication::translate(
                    "Coalition::Csv", "the column name \"%1\" appears more than once in the header")
                    .arg(name));
        }
        seen.insert(key);
    }

    QList<CsvRecord> records;
    QStringList fields;
    while (parser.readRecord(&fields, &line)) {
        if (fields.size() != header.size()) {
            parser.addError(
                line, 0,
                QCoreApplication::translate("Coalition::Csv", "expected %1 fields, found %2")
                    .arg(header.size())
                    .arg(fields.size()));
        }
        records.append(CsvRecord{line, std::move(fields)});
        fields = QStringList();
    }

    const bool ok = !parser.hasErrors();
    if (table) {
        table->header = std::move(header);
        table->records = std::move(records);
    }
    return ok;
}

void CsvWriter::writeRecord(QByteArray *out, const QStringList &fields)
{
    if (!out)
        return;
    // A lone empty field would come out as an empty line, which readers skip.
    if (fields.size() == 1 && fields.front().isEmpty()) {
        out->append("\"\"\r\n");
        return;
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out->append(',');
        const QString cell = neutraliseFormula(fields.at(i));
        if (needsQuotes(cell)) {
            out->append('"');
            out->append(cell.toUtf8().replace('"', QByteArrayView("\"\"")));
            out->append('"');
        } else {
            out->append(cell.toUtf8());
        }
    }
    out->append("\r\n");
}

QString CsvWriter::neutraliseFormula(const QString &cell)
{
    if (cell.isEmpty() || !isFormulaTrigger(cell.front()))
        return cell;
    QString result = cell;
    result.prepend(u'\'');
    return result;
}

QString CsvWriter::restoreNeutralised(const QString &cell)
{
    if (cell.size() >= 2 && cell.front() == u'\'' && isFormulaTrigger(cell.at(1)))
        return cell.mid(1);
    return cell;
}

} // namespace Coalition
