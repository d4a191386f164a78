// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/reportspage.h"

#include "reports/htmlrenderer.h"
#include "reports/markdownrenderer.h"
#include "reports/pdf/pdfrenderer.h"
#include "reports/reportbuilder.h"
#include "session/workspacesession.h"
#include "storage/reportsnapshot.h"
#include "storage/workspace.h"
#include "widgets/messagebar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

// How far back the period list reaches.
constexpr int RecentMonths = 12;
constexpr int RecentQuarters = 8;

ReportPeriod periodOf(ReportKind kind, const QDate &date)
{
    return kind == ReportKind::Monthly ? ReportPeriod::monthOf(date)
                                       : ReportPeriod::quarterOf(date);
}

} // namespace

ReportsPage::ReportsPage(WorkspaceSession &session, QWidget *parent)
    : Page(session, parent)
    , m_refresh(new QTimer(this))
    , m_heading(new QLabel(this))
    , m_subheading(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(makeEmptyState())
    , m_content(new QWidget(this))
    , m_kind(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_confidential(new QCheckBox(tr("Include &confidential records"), this))
    , m_leftOut(new QLabel(this))
    , m_preview(new QTextBrowser(this))
    , m_paper(new QComboBox(this))
    , m_exportPdf(new QPushButton(tr("Export &PDF…"), this))
    , m_exportHtml(new QPushButton(tr("Export &HTML…"), this))
    , m_exportMarkdown(new QPushButton(tr("Export &Markdown…"), this))
    , m_print(new QPushButton(tr("P&rint…"), this))
{
    m_heading->setObjectName(u"reportsTitle"_s);
    m_heading->setTextFormat(Qt::RichText);
    m_subheading->setObjectName(u"reportsSubtitle"_s);
    m_subheading->setWordWrap(true);
    // Edits often come in bursts (an undo of several records, a typed
    // change); one rebuild after the burst is enough.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(150);
    connect(m_refresh, &QTimer::timeout, this, &ReportsPage::refreshPreview);

    m_preview->setObjectName(u"reportPreview"_s);
    m_preview->setAccessibleName(tr("Report preview"));
    m_preview->setOpenLinks(false);
    m_leftOut->setObjectName(u"confidentialLeftOut"_s);
    m_leftOut->setWordWrap(true);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(makeControls());
    contentLayout->addWidget(m_leftOut);
    contentLayout->addWidget(m_preview, 1);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_content);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(messageBar());
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addWidget(m_stack, 1);

    connect(&session, &WorkspaceSession::currentCoalitionChanged, this,
            &ReportsPage::showCoalition);
    connect(&session, &WorkspaceSession::recordsChanged, this, [this](const QList<RecordKey> &) {
        if (m_coalitionId <= 0)
            return;
        if (auto coalition = this->session().workspace().coalitions().get(m_coalitionId))
            m_coalitionName = coalition->name;
        schedulePreview();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        // Keep to the same stretch of time: the quarter holding the month,
        // or the last month of the quarter.
        const ReportPeriod before = ReportPeriod::parse(m_period->currentData().toString())
                                        .value_or(lastComplete(kind(), QDate::currentDate()));
        const QDate anchor
            = before.kind == ReportPeriod::Kind::Month ? before.first() : before.last();
        fillPeriods(periodOf(kind(), anchor));
        schedulePreview();
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, &ReportsPage::schedulePreview);
    connect(m_confidential, &QCheckBox::toggled, this, &ReportsPage::schedulePreview);
    connect(m_exportPdf, &QPushButton::clicked, this, &ReportsPage::exportPdf);
    connect(m_exportHtml, &QPushButton::clicked, this, &ReportsPage::exportHtml);
    connect(m_exportMarkdown, &QPushButton::clicked, this, &ReportsPage::exportMarkdown);
    connect(m_print, &QPushButton::clicked, this, &ReportsPage::print);

    fillPeriods(lastComplete(ReportKind::Monthly, QDate::currentDate()));
    showCoalition(session.currentCoalition());
}

QWidget *ReportsPage::makeControls()
{
    auto *controls = new QWidget(this);
    m_kind->setObjectName(u"reportKind"_s);
    m_kind->addItem(tr("Monthly summary for the executive committee"),
                    static_cast<int>(ReportKind::Monthly));
    m_kind->addItem(tr("Quarterly summary for the strategic committee"),
                    static_cast<int>(ReportKind::Quarterly));
    m_period->setObjectName(u"reportPeriod"_s);
    m_period->setAccessibleName(tr("Period"));
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_confidential->setObjectName(u"includeConfidential"_s);
    m_confidential->setToolTip(tr("Confidential records are left out unless you tick this: share "
                                  "such a report only with those entitled to see them."));
    m_paper->setObjectName(u"paperSize"_s);
    m_paper->setAccessibleName(tr("Paper size for the PDF"));
    m_paper->addItem(tr("A4"), static_cast<int>(QPageSize::A4));
    m_paper->addItem(tr("Letter"), static_cast<int>(QPageSize::Letter));
    // Letter where it is the usual paper, A4 elsewhere.
    const QLocale::Territory territory = QLocale().territory();
    const bool letter = territory == QLocale::UnitedStates || territory == QLocale::Canada
        || territory == QLocale::Mexico || territory == QLocale::Philippines;
    m_paper->setCurrentIndex(letter ? 1 : 0);
    m_exportPdf->setObjectName(u"exportPdf"_s);
    m_exportHtml->setObjectName(u"exportHtml"_s);
    m_exportMarkdown->setObjectName(u"exportMarkdown"_s);
    m_print->setObjectName(u"printReport"_s);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Report:"), m_kind);
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_period);
    periodRow->addSpacing(12);
    periodRow->addWidget(m_confidential);
    periodRow->addStretch(1);
    auto *periodLabel = new QLabel(tr("P&eriod:"), controls);
    periodLabel->setBuddy(m_period);
    form->addRow(periodLabel, periodRow);
    auto *buttons = new QHBoxLayout;
    auto *paperLabel = new QLabel(tr("Pap&er:"), controls);
    paperLabel->setBuddy(m_paper);
    buttons->addWidget(paperLabel);
    buttons->addWidget(m_paper);
    buttons->addWidget(m_exportPdf);
    buttons->addWidget(m_exportHtml);
    buttons->addWidget(m_exportMarkdown);
    buttons->addStretch(1);
    buttons->addWidget(m_print);
    auto *layout = new QVBoxLayout(controls);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(buttons);
    return controls;
}

QString ReportsPage::pageId() const
{
    return u"reports"_s;
}

QString ReportsPage::title() const
{
    return tr("Reports");
}

QIcon ReportsPage::icon() const
{
    return QIcon(u":/coalition/icons/reports.svg"_s);
}

bool ReportsPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyState;
}

QWidget *ReportsPage::makeEmptyState()
{
    auto *empty = new QWidget(this);
    empty->setObjectName(u"emptyState"_s);
    auto *text = new QLabel(
        tr("<h2>No coalition yet</h2>"
           "<p>This page makes the coalition's periodic reports: a monthly summary for the "
           "executive committee and a quarterly one for the strategic committee, with each action "
           "group's progress, budget and staffing, the decisions taken, successes and open "
           "conflicts. Every figure is computed from the records.</p>"
           "<p>Start a coalition on the Coalitions page; its reports are made here.</p>"),
        empty);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setMaximumWidth(560);
    auto *layout = new QVBoxLayout(empty);
    layout->addStretch(1);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return empty;
}

ReportPeriod ReportsPage::lastComplete(ReportKind kind, const QDate &today)
{
    return periodOf(kind, today).previous();
}

ReportKind ReportsPage::kind() const
{
    return static_cast<ReportKind>(m_kind->currentData().toInt());
}

void ReportsPage::setKind(ReportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

ReportPeriod ReportsPage::period() const
{
    return ReportPeriod::parse(m_period->currentData().toString())
        .value_or(lastComplete(kind(), QDate::currentDate()));
}

void ReportsPage::setPeriod(const ReportPeriod &period)
{
    const ReportKind wanted
        = period.kind == ReportPeriod::Kind::Month ? ReportKind::Monthly : ReportKind::Quarterly;
    if (wanted != kind())
        setKind(wanted);
    fillPeriods(period);
    schedulePreview();
}

bool ReportsPage::includesConfidential() const
{
    return m_confidential->isChecked();
}

void ReportsPage::setIncludeConfidential(bool include)
{
    m_confidential->setChecked(include);
}

void ReportsPage::setPageSize(const QPageSize &pageSize)
{
    const int index = m_paper->findData(static_cast<int>(pageSize.id()));
    if (index >= 0)
        m_paper->setCurrentIndex(index);
}

void ReportsPage::fillPeriods(const ReportPeriod &wanted)
{
    const QSignalBlocker blocker(m_period);
    m_period->clear();
    const ReportPeriod current = periodOf(kind(), QDate::currentDate());
    const int count = kind() == ReportKind::Monthly ? RecentMonths : RecentQuarters;
    ReportPeriod period = current;
    for (int i = 0; i < count; ++i) {
        const QString label = period == current
            ? tr("%1 (in progress)").arg(ReportBuilder::periodLabel(period))
            : ReportBuilder::periodLabel(period);
        m_period->addItem(label, period.toString());
        period = period.previous();
    }
    int index = m_period->findData(wanted.toString());
    if (index < 0 && wanted.year > 0) {
        // Older or later than the recent ones: kept in the list, in order.
        int at = 0;
        while (at < m_period->count()
               && ReportPeriod::parse(m_period->itemData(at).toString()).value_or(wanted) > wanted)
            ++at;
        m_period->insertItem(at, ReportBuilder::periodLabel(wanted), wanted.toString());
        index = at;
    }
    m_period->setCurrentIndex(std::max(index, 0));
}

void ReportsPage::showCoalition(Id id)
{
    m_coalitionId = id;
    m_coalitionName.clear();
    if (id > 0) {
        if (auto coalition = session().workspace().coalitions().get(id))
            m_coalitionName = coalition->name;
    }
    m_stack->setCurrentWidget(id > 0 ? m_content : m_emptyState);
    schedulePreview();
}

void ReportsPage::schedulePreview()
{
    m_dirty = true;
    // A hidden page rebuilds when it is shown.
    if (isVisible())
        m_refresh->start();
}

bool ReportsPage::isPreviewPending() const
{
    return m_dirty;
}

void ReportsPage::flushPreview()
{
    if (m_dirty)
        refreshPreview();
}

void ReportsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    flushPreview();
}

Result<ReportDocument> ReportsPage::build()
{
    auto reportData = loadReportData(session().workspace(), m_coalitionId);
    if (!reportData)
        return reportData.error();
    ReportBuilder::Options options;
    options.kind = kind();
    options.period = period();
    options.includeConfidential = includesConfidential();
    options.today = QDate::currentDate();
    return ReportBuilder::build(*reportData, options);
}

void ReportsPage::refreshPreview()
{
    m_refresh->stop();
    m_dirty = false;
    const QString name = m_coalitionName;
    m_heading->setText(u"<h2>%1</h2>"_s.arg(tr("Reports")));
    m_subheading->setText(
        name.isEmpty() ? QString() : tr("%1 · %2").arg(name, ReportBuilder::periodLabel(period())));
    if (m_coalitionId <= 0) {
        m_document = {};
        m_preview->clear();
        m_leftOut->clear();
        return;
    }
    auto document = build();
    if (!document) {
        messageBar()->showMessage(document.error().message);
        return;
    }
    m_document = *std::move(document);
    QScrollBar *scroll = m_preview->verticalScrollBar();
    const int position = scroll->value();
    m_preview->setHtml(HtmlRenderer::render(m_document));
    scroll->setValue(position);

    const int leftOut = m_document.confidentialLeftOut;
    if (m_document.confidentialIncluded) {
        m_leftOut->setText(tr("Confidential records are included: share this report only with "
                              "those entitled to see them."));
    } else if (leftOut > 0) {
        m_leftOut->setText(
            (leftOut == 1
                 ? tr("1 confidential record was left out of this report.")
                 : tr("%1 confidential records were left out of this report.").arg(leftOut))
            + u' ' + tr("Tick “Include confidential records” to show them."));
    } else {
        m_leftOut->setText(tr("No confidential record was left out of this report."));
    }
}

QString ReportsPage::leftOutText() const
{
    return m_leftOut->text();
}

Status ReportsPage::exportTo(const QString &path, Format format)
{
    if (m_coalitionId <= 0)
        return Error{tr("There is no coalition to report on."), {}, {}};
    auto document = build();
    if (!document)
        return document.error();
    if (format == Format::Pdf) {
        const auto id = static_cast<QPageSize::PageSizeId>(m_paper->currentData().toInt());
        return PdfRenderer::renderToFile(*document, QPageSize(id), path);
    }
    const QString text = format == Format::Html ? HtmlRenderer::render(*document)
                                                : MarkdownRenderer::render(*document);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0
        || !file.commit())
        return Error{
            tr("The report could not be written to %1.").arg(QDir::toNativeSeparators(path)),
            file.errorString(),
            {}};
    return {};
}

QString ReportsPage::suggestedFileName(Format format) const
{
    const QString kindName
        = kind() == ReportKind::Monthly ? tr("monthly summary") : tr("quarterly summary");
    const QString extension = format == Format::Pdf ? u"pdf"_s
        : format == Format::Html                    ? u"html"_s
                                                    : u"md"_s;
    QString base = tr("%1 %2 %3").arg(m_coalitionName, kindName, period().toString());
    // Characters some file systems refuse.
    static const QString forbidden = u"/\\:*?\"<>|"_s;
    for (const QChar c : forbidden)
        base.replace(c, u'-');
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(base.trimmed() + u'.' + extension);
}

void ReportsPage::chooseAndExport(Format format)
{
    if (m_coalitionId <= 0)
        return;
    const QString filter = format == Format::Pdf ? tr("PDF documents (*.pdf)")
        : format == Format::Html                 ? tr("Web pages (*.html *.htm)")
                                                 : tr("Markdown documents (*.md)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Report"),
                                                      suggestedFileName(format), filter);
    if (path.isEmpty())
        return;
    if (Status status = exportTo(path, format); !status) {
        messageBar()->showMessage(status.error().toString());
        return;
    }
    messageBar()->showMessage(tr("The report was saved to %1.").arg(QDir::toNativeSeparators(path)),
                              MessageBar::Kind::Information);
}

void ReportsPage::exportPdf()
{
    chooseAndExport(Format::Pdf);
}

void ReportsPage::exportHtml()
{
    chooseAndExport(Format::Html);
}

void ReportsPage::exportMarkdown()
{
    chooseAndExport(Format::Markdown);
}

void ReportsPage::print()
{
    if (m_coalitionId <= 0)
        return;
    flushPreview();
    QPrinter printer(QPrinter::HighResolution);
    const auto id = static_cast<QPageSize::PageSizeId>(m_paper->currentData().toInt());
    printer.setPageSize(QPageSize(id));
    printer.setDocName(m_document.title);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The preview's document, as shown: what you see is what prints.
    QTextDocument document;
    document.setHtml(HtmlRenderer::render(m_document));
    document.print(&printer);
}

} // namespace Coalition::Ui
