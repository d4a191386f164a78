// SPDX-License-Identifier: GPL-3.0-or-later
// The three renderings of one report document: Markdown against a golden
// file, the structure of the HTML, and a PDF made without a display whose
// text pdftotext can read back.

#include "pdfrenderer.h"
#include "reportfixture.h"
#include "reports/htmlrenderer.h"
#include "reports/markdownrenderer.h"
#include "reports/reportbuilder.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Coalition;

namespace {

ReportDocument octoberReport()
{
    ReportBuilder::Options options;
    options.kind = ReportKind::Monthly;
    options.period = *ReportPeriod::parse(u"2026-10"_s);
    options.today = QDate(2026, 10, 31);
    return ReportBuilder::build(ReportFixture::seeded(), options);
}

QString pdftotext(const QByteArray &pdf, QString *error, const QStringList &extra = {})
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"report.pdf"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size()) {
        *error = u"could not write the PDF to a temporary file"_s;
        return {};
    }
    file.close();
    QProcess process;
    process.start(u"pdftotext"_s, extra + QStringList{file.fileName(), u"-"_s});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *error = u"pdftotext failed: "_s + QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QByteArray renderPdf(const ReportDocument &document, QPageSize::PageSizeId size)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const Status status = PdfRenderer::render(document, QPageSize(size), &buffer);
    if (!status)
        qWarning("%s", qPrintable(status.error().toString()));
    return bytes;
}

} // namespace

class TestReportRender final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void markdownMatchesGolden();
    void markdownEscapes();
    void htmlStructure();
    void pdfHeadless();
    void pdfPageSizes();
    void pdfTablesRepeatTheirHeader();
};

void TestReportRender::initTestCase()
{
    QVERIFY(qobject_cast<QGuiApplication *>(QCoreApplication::instance()));
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
             "pdftotext was not found: install the Debian package poppler-utils "
             "(scripts/dev.sh setup installs it)");
}

void TestReportRender::markdownMatchesGolden()
{
    const QString actual = MarkdownRenderer::render(octoberReport());
    QFile golden(QStringLiteral(COALITION_TEST_DATA_DIR "/report-monthly.md"));
    const QString expected
        = golden.open(QIODevice::ReadOnly) ? QString::fromUtf8(golden.readAll()) : QString();
    if (actual != expected) {
        QFile dump(QDir::temp().filePath(u"report-monthly.actual.md"_s));
        if (dump.open(QIODevice::WriteOnly))
            dump.write(actual.toUtf8());
        QFAIL(qPrintable(u"the Markdown differs from tests/data/report-monthly.md; the output "
                         "is in "_s
                         + dump.fileName()));
    }
}

void TestReportRender::markdownEscapes()
{
    QCOMPARE(MarkdownRenderer::escape(u"a|b *c* _d_ [e] <f> #1 \\ `g`\nnext"_s),
             u"a\\|b \\*c\\* \\_d\\_ \\[e\\] \\<f\\> \\#1 \\\\ \\`g\\` next"_s);
}

void TestReportRender::htmlStructure()
{
    ReportDocument document = octoberReport();
    document.addParagraph(u"<script>alert(1)</script> & more"_s);
    const QString html = HtmlRenderer::render(document);
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY(html.contains(u"<meta charset=\"utf-8\">"_s));
    QVERIFY(html.contains(u"<style>"_s));
    QVERIFY(!html.contains(u"<link"_s)); // self-contained
    QVERIFY(html.contains(u"<h1>Monthly summary for the executive committee</h1>"_s));
    QVERIFY(html.contains(u"<h3>Food Access</h3>"_s));
    QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"_s));
    QVERIFY(!html.contains(u"<script>"_s));
    QVERIFY(html.contains(u"Riverside Tenants&#39; Union"_s)
            || html.contains(u"Riverside Tenants' Union"_s));
    QVERIFY(html.contains(u"<td class=\"right\">1 of 4</td>"_s));

    // The same structure as the Markdown: as many headings, tables and rows.
    qsizetype headings = 0;
    qsizetype tables = 0;
    qsizetype rows = 0;
    for (const ReportBlock &block : document.blocks) {
        headings += block.type == ReportBlock::Type::Heading;
        tables += block.type == ReportBlock::Type::Table;
        rows += block.rows.size() + (block.type == ReportBlock::Type::Table);
    }
    const QString markdown = MarkdownRenderer::render(document);
    QCOMPARE(html.count(QRegularExpression(u"<h[2-6]>"_s)), headings);
    QCOMPARE(markdown.count(QRegularExpression(u"^##"_s, QRegularExpression::MultilineOption)),
             headings);
    QCOMPARE(html.count(u"<table>"_s), tables);
    QCOMPARE(html.count(u"<thead>"_s), tables);
    QCOMPARE(html.count(u"<tr>"_s), rows);
    QCOMPARE(markdown.count(QRegularExpression(u"^\\| "_s, QRegularExpression::MultilineOption)),
             rows + tables); // plus one alignment line per table
    QVERIFY(html.contains(u"<aside class=\"note\">"_s));
    QVERIFY(markdown.contains(u"> **Note:** Confidential records left out: 8"_s));
}

void TestReportRender::pdfHeadless()
{
    const QByteArray pdf = renderPdf(octoberReport(), QPageSize::A4);
    QVERIFY(pdf.startsWith("%PDF-"));
    QString error;
    const QString text = pdftotext(pdf, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString flat = QString(text).replace(QRegularExpression(u"\\s+"_s), u" "_s);
    for (const QString &wanted :
         {u"Monthly summary for the executive committee"_s, u"Food Access"_s, u"Outreach"_s,
          u"Winter pantry network"_s, u"5000.00 of 8000.00"_s, u"Page 1 of"_s,
          u"Riverside Neighbourhood Coalition"_s, u"Confidential records left out: 8"_s})
        QVERIFY2(flat.contains(wanted), qPrintable(wanted + u"\nnot in:\n"_s + text));
    QVERIFY(!flat.contains(u"Negotiation"_s));
}

void TestReportRender::pdfPageSizes()
{
    const ReportDocument document = octoberReport();
    QProcess info;
    auto pageSize = [&](QPageSize::PageSizeId id) {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"r.pdf"_s));
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(renderPdf(document, id));
        file.close();
        info.start(u"pdfinfo"_s, {file.fileName()});
        info.waitForFinished(60000);
        const QString out = QString::fromUtf8(info.readAllStandardOutput());
        const QRegularExpressionMatch match
            = QRegularExpression(u"Page size:\\s+([0-9.]+ x [0-9.]+)"_s).match(out);
        return match.captured(1);
    };
    const QString a4Size = pageSize(QPageSize::A4);
    const QString letterSize = pageSize(QPageSize::Letter);
    QVERIFY2(a4Size.startsWith(u"595"_s), qPrintable(a4Size));
    QVERIFY2(letterSize.startsWith(u"612"_s), qPrintable(letterSize));
    QVERIFY(a4Size != letterSize);
}

void TestReportRender::pdfTablesRepeatTheirHeader()
{
    // A table longer than a page goes on under its header row, repeated.
    ReportDocument document;
    document.title = u"Long table"_s;
    document.coalitionName = u"Test coalition"_s;
    QList<QStringList> rows;
    for (int i = 1; i <= 120; ++i)
        rows << QStringList{u"Row %1"_s.arg(i),
                            u"Some text that wraps in its cell, long enough "
                            "to need a second line in a narrow column"_s};
    document.addTable({u"Number"_s, u"Description"_s}, rows);
    const QByteArray pdf = renderPdf(document, QPageSize::A4);
    QString error;
    const QString text = pdftotext(pdf, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
    QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
    const QString last = u"Page %1 of %1"_s.arg(pages.size());
    QVERIFY2(text.contains(last), qPrintable(last));
    for (const QString &page : pages) {
        QVERIFY(page.contains(u"Number"_s));
        QVERIFY(page.contains(u"Test coalition"_s));
    }
    // Every row is there once, whole: its number and both of its lines sit on
    // the same page.
    for (int i = 1; i <= 120; ++i) {
        const QString label = u"Row %1\n"_s.arg(i);
        int found = 0;
        for (const QString &page : pages) {
            if (page.contains(label) || page.contains(u"Row %1 "_s.arg(i)))
                ++found;
        }
        QVERIFY2(found == 1, qPrintable(label));
    }
}

QTEST_MAIN(TestReportRender)
#include "tst_reportrender.moc"
