// SPDX-License-Identifier: GPL-3.0-or-later
// report monthly|quarterly: the periodic summaries of a coalition
// (docs/reports.md) as Markdown, HTML or PDF. A PDF needs a QGuiApplication,
// which createApplication() provides, without a display, when one is asked for.

#include "clicontext.h"
#include "pdfrenderer.h"
#include "reports/htmlrenderer.h"
#include "reports/markdownrenderer.h"
#include "reports/reportbuilder.h"
#include "storage/reportsnapshot.h"

#include <QFile>
#include <QGuiApplication>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Coalition::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Coalition::Cli", text);
}

enum class Format { Markdown, Html, Pdf };

int writeTo(Context &context, const QString &path, const std::function<Status(QIODevice *)> &write)
{
    if (path.isEmpty() || path == u"-"_s) {
        context.out().flush();
        QFile standardOutput;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly))
            return context.fail(tr("Standard output could not be written."));
        if (Status status = write(&standardOutput); !status)
            return context.fail(status.error());
        standardOutput.flush();
        return Success;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return context.fail(
            Error{tr("“%1” could not be written.").arg(path), file.errorString(), {}});
    if (Status status = write(&file); !status) {
        file.cancelWriting();
        return context.fail(status.error());
    }
    if (!file.commit())
        return context.fail(
            Error{tr("“%1” could not be written.").arg(path), file.errorString(), {}});
    return Success;
}

int report(Context &context, ReportKind kind)
{
    QCommandLineParser parser;
    parser.addOption({u"coalition"_s, tr("The coalition (number or name)."), tr("COALITION")});
    parser.addOption({u"period"_s,
                      kind == ReportKind::Monthly ? tr("The month, as YYYY-MM (2026-10).")
                                                  : tr("The quarter, as YYYY-Qn (2026-Q4)."),
                      tr("PERIOD")});
    parser.addOption(
        {u"format"_s, tr("md (Markdown, the default), html or pdf."), tr("FORMAT"), u"md"_s});
    parser.addOption({{u"o"_s, u"output"_s},
                      tr("Write the report to FILE (default: standard output)."),
                      tr("FILE")});
    parser.addOption({u"include-confidential"_s,
                      tr("Include the records marked confidential (otherwise they are left out "
                         "and the report says how many).")});
    parser.addOption(
        {u"page-size"_s, tr("The PDF's paper: a4 (the default) or letter."), tr("SIZE"), u"a4"_s});
    parser.addOption({u"as-of"_s,
                      tr("The day the report is made, which lateness is judged on (default: "
                         "today)."),
                      tr("YYYY-MM-DD")});
    const QString description = kind == ReportKind::Monthly
        ? tr("Writes the monthly summary for the executive committee: per action group its plans' "
             "progress, budget, staffing and reports; the decisions, membership changes, "
             "successes and evaluations of the month; open conflicts; what falls due next month.")
        : tr("Writes the quarterly summary for the strategic committee: the same contents as the "
             "monthly summary, over a quarter.");
    if (!context.parse(parser,
                       u"--coalition COALITION --period PERIOD [--format md|html|pdf] [-o FILE]"_s,
                       description))
        return context.exitCode();

    if (!parser.isSet(u"coalition"_s) || !parser.isSet(u"period"_s))
        return context.usage(tr("report needs --coalition and --period."));
    const std::optional<ReportPeriod> period = ReportPeriod::parse(parser.value(u"period"_s));
    const bool monthly = kind == ReportKind::Monthly;
    if (!period || (period->kind == ReportPeriod::Kind::Month) != monthly)
        return context.usage(monthly ? tr("--period: “%1” is not a month; write it as YYYY-MM "
                                          "(2026-10).")
                                           .arg(parser.value(u"period"_s))
                                     : tr("--period: “%1” is not a quarter; write it as YYYY-Qn "
                                          "(2026-Q4).")
                                           .arg(parser.value(u"period"_s)));
    const QString formatText = parser.value(u"format"_s).toLower();
    Format format = Format::Markdown;
    if (formatText == u"html"_s)
        format = Format::Html;
    else if (formatText == u"pdf"_s)
        format = Format::Pdf;
    else if (formatText != u"md"_s && formatText != u"markdown"_s)
        return context.usage(tr("--format: “%1” is not a report format; use md, html or pdf.")
                                 .arg(parser.value(u"format"_s)));
    const QString pageSizeText = parser.value(u"page-size"_s).toLower();
    if (pageSizeText != u"a4"_s && pageSizeText != u"letter"_s)
        return context.usage(tr("--page-size: “%1” is not a paper size; use a4 or letter.")
                                 .arg(parser.value(u"page-size"_s)));
    auto asOf = parseDateOption(parser, u"as-of"_s);
    if (!asOf)
        return context.usage(asOf.error().message);

    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto coalition = resolveCoalition(*workspace, parser.value(u"coalition"_s));
    if (!coalition)
        return context.fail(coalition.error());
    auto data = loadReportData(*workspace, *coalition);
    if (!data)
        return context.fail(data.error());
    context.closeWorkspace();

    ReportBuilder::Options options;
    options.kind = kind;
    options.period = *period;
    options.includeConfidential = parser.isSet(u"include-confidential"_s);
    options.today = asOf->isValid() ? *asOf : QDate::currentDate();
    const ReportDocument document = ReportBuilder::build(*data, options);

    const QString output = parser.value(u"output"_s);
    switch (format) {
    case Format::Markdown:
    case Format::Html: {
        const QByteArray bytes
            = (format == Format::Html ? HtmlRenderer::render(document)
                                      : MarkdownRenderer::render(document) + u'\n')
                  .toUtf8();
        return writeTo(context, output, [&bytes](QIODevice *device) -> Status {
            if (device->write(bytes) != bytes.size())
                return Error{tr("The report could not be written."), device->errorString(), {}};
            return Status::success();
        });
    }
    case Format::Pdf: {
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return context.fail(tr("A PDF report needs the graphical libraries, which could not "
                                   "be started."));
        const QPageSize pageSize(pageSizeText == u"letter"_s ? QPageSize::Letter : QPageSize::A4);
        return writeTo(context, output, [&](QIODevice *device) {
            return PdfRenderer::render(document, pageSize, device);
        });
    }
    }
    return Success;
}

int monthly(Context &context)
{
    return report(context, ReportKind::Monthly);
}

int quarterly(Context &context)
{
    return report(context, ReportKind::Quarterly);
}

} // namespace

bool wantsPdfReport(int argc, char **argv)
{
    bool isReport = false;
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument = QByteArray(argv[i]).toLower();
        if (argument == "report")
            isReport = true;
        else if (argument == "--format=pdf" || argument == "-format=pdf")
            pdf = true;
        else if ((argument == "--format" || argument == "-format") && i + 1 < argc)
            pdf = pdf || QByteArray(argv[i + 1]).toLower() == "pdf";
    }
    return isReport && pdf;
}

std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    if (!wantsPdfReport(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    // Fonts and the PDF writer come with a QGuiApplication; the offscreen
    // platform gives one without a display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

QList<Command> reportCommands()
{
    return {
        {u"report"_s, u"monthly"_s, tr("Write the monthly summary (md, html or pdf)"), monthly},
        {u"report"_s, u"quarterly"_s, tr("Write the quarterly summary (md, html or pdf)"),
         quarterly},
    };
}

} // namespace Coalition::Cli
