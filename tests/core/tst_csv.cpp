// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csv.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coalition;

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void errorMessages();
    void errorCap();
    void nullOutputs();
    void writeRecord_data();
    void writeRecord();
    void neutraliseFormula_data();
    void neutraliseFormula();
    void restoreNeutralised_data();
    void restoreNeutralised();
    void roundTrip_data();
    void roundTrip();
    void largeFile();
};

void TestCsv::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<int>>("lines");

    const QStringList ab{u"a"_s, u"b"_s};

    QTest::newRow("plain") << "name,city\nAna,Lisbon\nBo,Oslo\n"_ba
                           << QStringList{u"name"_s, u"city"_s}
                           << QList<QStringList>{{u"Ana"_s, u"Lisbon"_s}, {u"Bo"_s, u"Oslo"_s}}
                           << QList<int>{2, 3};
    QTest::newRow("header trimmed")
        << " name ,\tcity \n1,2\n"_ba << QStringList{u"name"_s, u"city"_s}
        << QList<QStringList>{{u"1"_s, u"2"_s}} << QList<int>{2};
    QTest::newRow("BOM") << "\xEF\xBB\xBF"
                            "a,b\n1,2\n"_ba
                         << ab << QList<QStringList>{{u"1"_s, u"2"_s}} << QList<int>{2};
    QTest::newRow("CRLF") << "a,b\r\n1,2\r\n3,4\r\n"_ba << ab
                          << QList<QStringList>{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}}
                          << QList<int>{2, 3};
    QTest::newRow("mixed line ends")
        << "a,b\r\n1,2\n3,4\r\n"_ba << ab << QList<QStringList>{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}}
        << QList<int>{2, 3};
    QTest::newRow("lone CR line ends")
        << "a,b\r1,2\r3,4"_ba << ab << QList<QStringList>{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}}
        << QList<int>{2, 3};
    QTest::newRow("quoted comma") << "a,b\n\"x,y\",z\n"_ba << ab
                                  << QList<QStringList>{{u"x,y"_s, u"z"_s}} << QList<int>{2};
    QTest::newRow("escaped quote")
        << "a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n"_ba << ab
        << QList<QStringList>{{u"say \"hi\""_s, u"\""_s}} << QList<int>{2};
    QTest::newRow("quoted header")
        << "\"a\",\" b \"\n1,2\n"_ba << ab << QList<QStringList>{{u"1"_s, u"2"_s}} << QList<int>{2};
    QTest::newRow("embedded LF") << "a,b\n\"line1\nline2\",x\nnext,y\n"_ba << ab
                                 << QList<QStringList>{{u"line1\nline2"_s, u"x"_s},
                                                       {u"next"_s, u"y"_s}}
                                 << QList<int>{2, 4};
    QTest::newRow("embedded CRLF")
        << "a,b\r\n\"l1\r\nl2\r\nl3\",x\r\nn,\"y\r\n\"\r\nlast,z\r\n"_ba << ab
        << QList<QStringList>{{u"l1\r\nl2\r\nl3"_s, u"x"_s},
                              {u"n"_s, u"y\r\n"_s},
                              {u"last"_s, u"z"_s}}
        << QList<int>{2, 5, 7};
    QTest::newRow("embedded newline with escapes")
        << "a,b\n\"\"\"q\"\"\n\"\"\",1\n2,3\n"_ba << ab
        << QList<QStringList>{{u"\"q\"\n\""_s, u"1"_s}, {u"2"_s, u"3"_s}} << QList<int>{2, 4};
    QTest::newRow("blank lines skipped")
        << "a,b\n\n1,2\n\r\n\n3,4\n\n"_ba << ab
        << QList<QStringList>{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}} << QList<int>{3, 6};
    QTest::newRow("blank lines before header")
        << "\n\r\na,b\n1,2\n"_ba << ab << QList<QStringList>{{u"1"_s, u"2"_s}} << QList<int>{4};
    QTest::newRow("no trailing newline")
        << "a,b\n1,2"_ba << ab << QList<QStringList>{{u"1"_s, u"2"_s}} << QList<int>{2};
    QTest::newRow("no trailing newline, quoted")
        << "a,b\n1,\"2\""_ba << ab << QList<QStringList>{{u"1"_s, u"2"_s}} << QList<int>{2};
    QTest::newRow("empty fields") << "a,b,c\n,,\n"_ba << QStringList{u"a"_s, u"b"_s, u"c"_s}
                                  << QList<QStringList>{{QString(), QString(), QString()}}
                                  << QList<int>{2};
    QTest::newRow("empty last field at end")
        << "a,b\n1,"_ba << ab << QList<QStringList>{{u"1"_s, QString()}} << QList<int>{2};
    QTest::newRow("data not trimmed")
        << "a,b\n  x , y \n"_ba << ab << QList<QStringList>{{u"  x "_s, u" y "_s}} << QList<int>{2};
    QTest::newRow("quoted empty is a record")
        << "a\n\"\"\n\nz\n"_ba << QStringList{u"a"_s} << QList<QStringList>{{QString()}, {u"z"_s}}
        << QList<int>{2, 4};
    QTest::newRow("header only") << "a,b\n"_ba << ab << QList<QStringList>{} << QList<int>{};
    QTest::newRow("header only, no newline")
        << "a,b"_ba << ab << QList<QStringList>{} << QList<int>{};
    QTest::newRow("unicode") << u"名前,ville\n日本,é😀\n"_s.toUtf8()
                             << QStringList{u"名前"_s, u"ville"_s}
                             << QList<QStringList>{{u"日本"_s, u"é😀"_s}} << QList<int>{2};
}

void TestCsv::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<int>, lines);

    CsvTable table;
    QList<CsvError> errors;
    const bool ok = CsvReader::parse(input, &table, &errors);
    for (const CsvError &error : std::as_const(errors))
        qWarning("line %d column %d: %s", error.line, error.column, qPrintable(error.message));
    QVERIFY(ok);
    QVERIFY(errors.isEmpty());
    QCOMPARE(table.header, header);
    QCOMPARE(table.records.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(table.records.at(i).fields, rows.at(i));
        QCOMPARE(table.records.at(i).line, lines.at(i));
    }
}

void TestCsv::parseErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("columnName");
    QTest::addColumn<int>("errorCount");

    QTest::newRow("unterminated quote") << "a,b\n1,\"x\n2,3\n"_ba << 2 << 2 << u"b"_s << 1;
    QTest::newRow("unterminated quote in header") << "a,\"b\n"_ba << 1 << 2 << QString() << 1;
    QTest::newRow("unterminated quote after multi-line record")
        << "a,b\n\"x\ny\",1\n2,\"open\n"_ba << 4 << 2 << u"b"_s << 1;
    QTest::newRow("text after closing quote") << "a,b\n\"ab\"c,d\n"_ba << 2 << 1 << u"a"_s << 1;
    QTest::newRow("space after closing quote") << "a,b\n1,\"x\" \n"_ba << 2 << 2 << u"b"_s << 1;
    QTest::newRow("text after multi-line quote")
        << "a,b\n1,\"x\ny\"z\n"_ba << 3 << 2 << u"b"_s << 1;
    QTest::newRow("quote inside unquoted field") << "a,b\n1,x\"y\n"_ba << 2 << 2 << u"b"_s << 1;
    QTest::newRow("space before quote") << "a,b\n1, \"y\"\n"_ba << 2 << 2 << u"b"_s << 1;
    QTest::newRow("too few fields") << "a,b\n1,2\n3\n"_ba << 3 << 0 << QString() << 1;
    QTest::newRow("too many fields") << "a,b\n1,2,3\n"_ba << 2 << 0 << QString() << 1;
    QTest::newRow("field count after multi-line record")
        << "a,b\n\"x\ny\",1\n2\n"_ba << 4 << 0 << QString() << 1;
    QTest::newRow("field count, CRLF and blank line")
        << "a,b\r\n1,2\r\n\r\n3\r\n"_ba << 4 << 0 << QString() << 1;
    QTest::newRow("invalid UTF-8") << "a,b\n1,x\xFFy\n"_ba << 2 << 2 << u"b"_s << 1;
    QTest::newRow("invalid UTF-8 on third line of a field")
        << "a,b\n1,\"x\ny\n\xC3(\"\n"_ba << 4 << 2 << u"b"_s << 1;
    QTest::newRow("invalid UTF-8 after escapes and CRLF")
        << "a,b\r\n1,\"\"\"q\"\"\r\nz\xFE\"\r\n"_ba << 3 << 2 << u"b"_s << 1;
    QTest::newRow("invalid UTF-8 after multi-line record")
        << "a,b\n\"x\n\ny\",1\n\xFF,2\n"_ba << 5 << 1 << u"a"_s << 1;
    QTest::newRow("truncated UTF-8 at field end")
        << "a,b\n\xE6\x97,2\n"_ba << 2 << 1 << u"a"_s << 1;
    QTest::newRow("truncated UTF-8 at end of data") << "a,b\n1,\xC3"_ba << 2 << 2 << u"b"_s << 1;
    QTest::newRow("overlong UTF-8") << "a,b\n\xC0\xAF,2\n"_ba << 2 << 1 << u"a"_s << 1;
    QTest::newRow("UTF-8 surrogate") << "a,b\n1,\xED\xA0\x80\n"_ba << 2 << 2 << u"b"_s << 1;
    QTest::newRow("Latin-1 text") << "a,b\n1,caf\xE9\n"_ba << 2 << 2 << u"b"_s << 1;
    QTest::newRow("invalid UTF-8 in header") << "a,b\xFF\n1,2\n"_ba << 1 << 2 << QString() << 1;
    QTest::newRow("empty header name") << "a,,c\n1,2,3\n"_ba << 1 << 2 << QString() << 1;
    QTest::newRow("blank header name") << "a,  ,c\n"_ba << 1 << 2 << QString() << 1;
    QTest::newRow("duplicate header name")
        << "Name,city,name \n1,2,3\n"_ba << 1 << 3 << u"name"_s << 1;
    QTest::newRow("empty data") << QByteArray() << 1 << 0 << QString() << 1;
    QTest::newRow("BOM only") << "\xEF\xBB\xBF"_ba << 1 << 0 << QString() << 1;
    QTest::newRow("blank lines only") << "\n\r\n\n"_ba << 1 << 0 << QString() << 1;
    QTest::newRow("several errors") << "a,b\n1\n2\n3,4,5\n"_ba << 2 << 0 << QString() << 3;
    QTest::newRow("errors in one record")
        << "a,b,c\nx\"y,\"p\"q,\xFF\n"_ba << 2 << 1 << u"a"_s << 3;
}

void TestCsv::parseErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, columnName);
    QFETCH(int, errorCount);

    CsvTable table;
    QList<CsvError> errors;
    QVERIFY(!CsvReader::parse(input, &table, &errors));
    QCOMPARE(errors.size(), errorCount);
    const CsvError &first = errors.first();
    QCOMPARE(first.line, line);
    QCOMPARE(first.column, column);
    QCOMPARE(first.columnName, columnName);
    for (const CsvError &error : std::as_const(errors))
        QVERIFY(!error.message.isEmpty());
}

void TestCsv::errorMessages()
{
    QList<CsvError> errors;
    QVERIFY(!CsvReader::parse("a,b\n1,2\n3\n"_ba, nullptr, &errors));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().message, u"expected 2 fields, found 1"_s);

    QVERIFY(!CsvReader::parse(QByteArray(), nullptr, &errors));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().message, u"the file is empty"_s);

    // Later errors keep counting lines correctly, and columns name the header.
    QVERIFY(!CsvReader::parse("id,name\n1,\"a\nb\"\n2,x\"y\n3,\"c\"d\n"_ba, nullptr, &errors));
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).line, 4);
    QCOMPARE(errors.at(0).column, 2);
    QCOMPARE(errors.at(0).columnName, u"name"_s);
    QCOMPARE(errors.at(1).line, 5);
    QCOMPARE(errors.at(1).column, 2);
    QVERIFY(errors.at(0).message != errors.at(1).message);
}

void TestCsv::errorCap()
{
    QByteArray data = "a,b\n"_ba;
    for (int i = 0; i < 250; ++i)
        data += "only-one\n"_ba;
    QList<CsvError> errors;
    QVERIFY(!CsvReader::parse(data, nullptr, &errors));
    QCOMPARE(errors.size(), 100);
    QCOMPARE(errors.first().line, 2);
    QCOMPARE(errors.last().line, 101);
}

void TestCsv::nullOutputs()
{
    QVERIFY(CsvReader::parse("a,b\n1,2\n"_ba, nullptr, nullptr));
    QVERIFY(!CsvReader::parse("a,b\n1\n"_ba, nullptr, nullptr));

    // Outputs are reset, not appended to.
    CsvTable table;
    table.header = QStringList{u"stale"_s};
    table.records.append(CsvRecord{9, {u"stale"_s}});
    QList<CsvError> errors{CsvError{}};
    QVERIFY(CsvReader::parse("x\n1\n"_ba, &table, &errors));
    QVERIFY(errors.isEmpty());
    QCOMPARE(table.header, QStringList{u"x"_s});
    QCOMPARE(table.records.size(), 1);
}

void TestCsv::writeRecord_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain") << QStringList{u"a"_s, u"b"_s} << "a,b\r\n"_ba;
    QTest::newRow("empty fields") << QStringList{QString(), u"x"_s, QString()} << ",x,\r\n"_ba;
    QTest::newRow("single empty field") << QStringList{QString()} << "\"\"\r\n"_ba;
    QTest::newRow("no fields") << QStringList{} << "\r\n"_ba;
    QTest::newRow("comma") << QStringList{u"a,b"_s, u"c"_s} << "\"a,b\",c\r\n"_ba;
    QTest::newRow("quote") << QStringList{u"say \"hi\""_s} << "\"say \"\"hi\"\"\"\r\n"_ba;
    QTest::newRow("LF") << QStringList{u"x\ny"_s} << "\"x\ny\"\r\n"_ba;
    QTest::newRow("CR") << QStringList{u"x\ry"_s} << "\"x\ry\"\r\n"_ba;
    QTest::newRow("leading space") << QStringList{u" a"_s} << "\" a\"\r\n"_ba;
    QTest::newRow("trailing space") << QStringList{u"a "_s} << "\"a \"\r\n"_ba;
    QTest::newRow("inner space") << QStringList{u"a b"_s} << "a b\r\n"_ba;
    QTest::newRow("formula") << QStringList{u"=1+1"_s} << "'=1+1\r\n"_ba;
    QTest::newRow("minus") << QStringList{u"-5"_s} << "'-5\r\n"_ba;
    QTest::newRow("plus") << QStringList{u"+1 555"_s} << "'+1 555\r\n"_ba;
    QTest::newRow("at") << QStringList{u"@x"_s} << "'@x\r\n"_ba;
    QTest::newRow("tab") << QStringList{u"\tx"_s} << "'\tx\r\n"_ba;
    QTest::newRow("CR trigger") << QStringList{u"\rx"_s} << "\"'\rx\"\r\n"_ba;
    QTest::newRow("formula with comma") << QStringList{u"=A1,B1"_s} << "\"'=A1,B1\"\r\n"_ba;
    QTest::newRow("formula with quote") << QStringList{u"=\"x\""_s} << "\"'=\"\"x\"\"\"\r\n"_ba;
    QTest::newRow("trigger not first") << QStringList{u"1-2"_s, u"a=b"_s} << "1-2,a=b\r\n"_ba;
    QTest::newRow("apostrophe") << QStringList{u"'hello"_s} << "'hello\r\n"_ba;
    QTest::newRow("unicode") << QStringList{u"é"_s, u"日本"_s, u"😀"_s}
                             << "\xC3\xA9,\xE6\x97\xA5\xE6\x9C\xAC,\xF0\x9F\x98\x80\r\n"_ba;
}

void TestCsv::writeRecord()
{
    QFETCH(QStringList, fields);
    QFETCH(QByteArray, expected);

    QByteArray out = "prefix\r\n"_ba;
    CsvWriter::writeRecord(&out, fields);
    QCOMPARE(out, "prefix\r\n"_ba + expected);
}

void TestCsv::neutraliseFormula_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("plain") << u"plain"_s << u"plain"_s;
    QTest::newRow("equals") << u"=1+1"_s << u"'=1+1"_s;
    QTest::newRow("plus") << u"+1"_s << u"'+1"_s;
    QTest::newRow("minus") << u"-5"_s << u"'-5"_s;
    QTest::newRow("at") << u"@x"_s << u"'@x"_s;
    QTest::newRow("tab") << u"\tx"_s << u"'\tx"_s;
    QTest::newRow("CR") << u"\rx"_s << u"'\rx"_s;
    QTest::newRow("apostrophe first") << u"'=x"_s << u"'=x"_s;
    QTest::newRow("space first") << u" =x"_s << u" =x"_s;
}

void TestCsv::neutraliseFormula()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);

    QCOMPARE(CsvWriter::neutraliseFormula(cell), expected);
}

void TestCsv::restoreNeutralised_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");

    QTest::newRow("equals") << u"'=1+1"_s << u"=1+1"_s;
    QTest::newRow("minus") << u"'-5"_s << u"-5"_s;
    QTest::newRow("plus") << u"'+1"_s << u"+1"_s;
    QTest::newRow("at") << u"'@x"_s << u"@x"_s;
    QTest::newRow("tab") << u"'\tx"_s << u"\tx"_s;
    QTest::newRow("CR") << u"'\rx"_s << u"\rx"_s;
    QTest::newRow("apostrophe word") << u"'hello"_s << u"'hello"_s;
    QTest::newRow("apostrophe alone") << u"'"_s << u"'"_s;
    QTest::newRow("two apostrophes") << u"''=x"_s << u"''=x"_s;
    QTest::newRow("plain") << u"plain"_s << u"plain"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestCsv::restoreNeutralised()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);

    QCOMPARE(CsvWriter::restoreNeutralised(cell), expected);
}

void TestCsv::roundTrip_data()
{
    QTest::addColumn<QString>("value");

    QTest::newRow("sum") << u"=SUM(A1)"_s;
    QTest::newRow("phone") << u"+1 555"_s;
    QTest::newRow("at") << u"@x"_s;
    QTest::newRow("negative") << u"-5"_s;
    QTest::newRow("tab") << u"\ttab"_s;
    QTest::newRow("CR first") << u"\rcr"_s;
    QTest::newRow("comma") << u"a,b"_s;
    QTest::newRow("quotes") << u"\"q\""_s;
    QTest::newRow("multi-line LF") << u"first\nsecond\n"_s;
    QTest::newRow("multi-line CRLF") << u"first\r\nsecond"_s;
    QTest::newRow("formula multi-line") << u"=A1\n+B2"_s;
    QTest::newRow("accent") << u"é"_s;
    QTest::newRow("japanese") << u"日本"_s;
    QTest::newRow("emoji") << u"😀 ok"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("padded") << u"  padded  "_s;
    QTest::newRow("apostrophe") << u"'hello"_s;
    QTest::newRow("plain") << u"plain"_s;
}

void TestCsv::roundTrip()
{
    QFETCH(QString, value);

    // Once beside other fields, once as the only column (where an empty value is special).
    const QList<QStringList> shapes{{u"id"_s, u"value"_s, u"after"_s}, {u"value"_s}};
    for (const QStringList &header : shapes) {
        QStringList row;
        for (const QString &name : header) {
            if (name == u"value")
                row.append(value);
            else
                row.append(name + u"-x"_s);
        }

        QByteArray out;
        CsvWriter::writeRecord(&out, header);
        CsvWriter::writeRecord(&out, row);
        CsvWriter::writeRecord(&out, row);

        CsvTable table;
        QList<CsvError> errors;
        QVERIFY2(CsvReader::parse(out, &table, &errors), out.constData());
        QCOMPARE(table.header, header);
        QCOMPARE(table.records.size(), 2);
        for (const CsvRecord &record : std::as_const(table.records)) {
            QStringList restored;
            for (const QString &field : record.fields)
                restored.append(CsvWriter::restoreNeutralised(field));
            QCOMPARE(restored, row);
        }
        QCOMPARE(table.records.at(0).line, 2);
        // LF, CRLF and a lone CR each end a physical line, inside quotes too.
        int lineBreaks = 0;
        for (qsizetype i = 0; i < value.size(); ++i) {
            if (value.at(i) == u'\n'
                || (value.at(i) == u'\r' && (i + 1 == value.size() || value.at(i + 1) != u'\n')))
                ++lineBreaks;
        }
        QCOMPARE(table.records.at(1).line, 3 + lineBreaks);
    }
}

void TestCsv::largeFile()
{
    constexpr int Records = 100000;
    constexpr int Columns = 12;
    QByteArray data;
    data.reserve(Records * Columns * 12);
    for (int c = 0; c < Columns; ++c) {
        if (c > 0)
            data += ',';
        data += "column" + QByteArray::number(c);
    }
    data += "\r\n";
    for (int r = 0; r < Records; ++r) {
        for (int c = 0; c < Columns; ++c) {
            if (c > 0)
                data += ',';
            if (c == 3)
                data += "\"Quoted, \"\"value\"\"\"";
            else if (c == 7)
                data += "caf\xC3\xA9";
            else
                data += QByteArray::number(r * Columns + c);
        }
        data += "\r\n";
    }

    QElapsedTimer timer;
    timer.start();
    CsvTable table;
    QList<CsvError> errors;
    QVERIFY(CsvReader::parse(data, &table, &errors));
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(table.records.size(), Records);
    QCOMPARE(table.records.last().line, Records + 1);
    QCOMPARE(table.records.last().fields.at(3), u"Quoted, \"value\""_s);
    QCOMPARE(table.records.last().fields.at(7), u"café"_s);
    // Generous so that debug and sanitizer builds pass; it catches quadratic behaviour.
    QVERIFY2(elapsed < 10000, QByteArray::number(elapsed).constData());
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
