// SPDX-License-Identifier: GPL-3.0-or-later
// Times the rendering of a monthly report over a coalition with 500 tasks:
// into PDF against HTML of the same document, and into Markdown against the
// document's text joined once. Prints
//   "name: ours X ms (what), baseline Y ms (what), ratio Z".

#include "benchtiming.h"
#include "largecoalition.h"
#include "pdfrenderer.h"
#include "reports/htmlrenderer.h"
#include "reports/markdownrenderer.h"
#include "reports/reportbuilder.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPageSize>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace Coalition;
using namespace Coalition::Bench;

namespace {

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_report: %s\n", qPrintable(message));
    std::exit(1);
}

QByteArray pdf(const ReportDocument &document)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (Status status = PdfRenderer::render(document, QPageSize(QPageSize::A4), &buffer); !status)
        die(status.error().toString());
    return buffer.data();
}

// The least any text renderer does: every string of the document once, in
// order, into one text. What Markdown adds to it is escaping, table rows and
// column alignment.
QString joinedText(const ReportDocument &document)
{
    QString out;
    out += document.title + u'\n' + document.subtitle + u'\n';
    for (const ReportBlock &block : document.blocks) {
        out += block.text + u'\n';
        for (const QString &item : block.items)
            out += item + u'\n';
        out += block.header.join(u'\t') + u'\n';
        for (const QStringList &row : block.rows)
            out += row.join(u'\t') + u'\n';
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    // Fonts for the PDF come from a QGuiApplication; no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times the PDF and Markdown rendering of a report."_s);
    parser.addHelpOption();
    parser.addOption({u"runs"_s, u"Samples of each measurement (default 7)."_s, u"N"_s, u"7"_s});
    parser.process(app);
    bool ok = false;
    const int runs = parser.value(u"runs"_s).toInt(&ok);
    if (!ok || runs <= 0)
        die(u"--runs needs a positive number"_s);

    CoalitionSize size;
    size.organizations = 80;
    size.groups = 10;
    size.plans = 50;
    size.tasks = 500;
    size.meetings = 60;
    size.decisions = 240;
    size.relationships = 0;
    const QDate today = QDate::currentDate();
    const ReportData data = toReportData(generateCoalition(size, today));
    if (data.tasks.size() != size.tasks)
        die(u"the generated coalition does not have "_s + QString::number(size.tasks)
            + u" tasks"_s);

    ReportBuilder::Options options;
    options.kind = ReportKind::Monthly;
    options.period = ReportPeriod::monthOf(today);
    options.today = today;
    QElapsedTimer timer;
    timer.start();
    const ReportDocument document = ReportBuilder::build(data, options);
    const qint64 buildMs = timer.elapsed();
    qsizetype rows = 0, items = 0;
    for (const ReportBlock &block : document.blocks) {
        rows += block.rows.size();
        items += block.items.size();
    }
    const QByteArray sample = pdf(document);
    if (!sample.startsWith("%PDF"))
        die(u"the PDF renderer did not write a PDF"_s);
    std::fprintf(stderr,
                 "bench_report: monthly report of %lld tasks: %lld blocks, %lld table rows, "
                 "%lld list items; built in %lld ms; PDF %lld bytes\n",
                 static_cast<long long>(data.tasks.size()),
                 static_cast<long long>(document.blocks.size()), static_cast<long long>(rows),
                 static_cast<long long>(items), static_cast<long long>(buildMs),
                 static_cast<long long>(sample.size()));

    const QString label = QString::number(size.tasks);
    {
        const auto [ours, baseline]
            = compare([&document] { return pdf(document).size(); },
                      [&document] { return HtmlRenderer::render(document).toUtf8().size(); }, runs);
        report(u"report_pdf_"_s + label, u"PDF"_s, ours, u"HTML of the same document"_s, baseline);
    }
    {
        const auto [ours, baseline]
            = compare([&document] { return MarkdownRenderer::render(document).toUtf8().size(); },
                      [&document] { return joinedText(document).toUtf8().size(); }, runs);
        report(u"report_markdown_"_s + label, u"Markdown"_s, ours,
               u"the document's text joined once"_s, baseline);
    }
    return 0;
}
