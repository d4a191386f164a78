// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/period.h"
#include "domain/types.h"
#include "pages/page.h"
#include "reports/reportdocument.h"
#include "result.h"

#include <QPageSize>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTimer;
QT_END_NAMESPACE

namespace Coalition::Ui {

// The periodic reports of the current coalition: the monthly summary for the
// executive committee or the quarterly one for the strategic committee, for
// a chosen period, with or without confidential records. A live preview is
// rebuilt (coalesced) when a choice or the data changes; the same document
// exports to PDF (A4 or Letter), HTML and Markdown, and prints.
class ReportsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPage)

public:
    enum class Format { Pdf, Html, Markdown };

    explicit ReportsPage(WorkspaceSession &session, QWidget *parent = nullptr);

    QString pageId() const override;
    QString title() const override;
    QIcon icon() const override;
    bool isCoalitionScoped() const override { return true; }

    ReportKind kind() const;
    void setKind(ReportKind kind);
    ReportPeriod period() const;
    // Chooses the period, adding it to the list when it is not among the
    // recent ones; a period of the other kind switches the kind too.
    void setPeriod(const ReportPeriod &period);
    bool includesConfidential() const;
    void setIncludeConfidential(bool include);
    // A4 or Letter, for the PDF export.
    void setPageSize(const QPageSize &pageSize);

    // Writes the report as chosen now into `path` (no dialog).
    Status exportTo(const QString &path, Format format);
    // Rebuilds the preview now if a rebuild is waiting.
    void flushPreview();
    bool isPreviewPending() const;

    QTextBrowser *preview() const { return m_preview; }
    // The report the preview shows.
    const ReportDocument &document() const { return m_document; }
    // The line saying how many confidential records were left out.
    QString leftOutText() const;
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *periodCombo() const { return m_period; }
    QCheckBox *confidentialBox() const { return m_confidential; }
    bool isShowingEmptyState() const;

    // The last complete month or quarter before `today`.
    static ReportPeriod lastComplete(ReportKind kind, const QDate &today);

public Q_SLOTS:
    void exportPdf();
    void exportHtml();
    void exportMarkdown();
    void print();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *makeEmptyState();
    QWidget *makeControls();
    void showCoalition(Id id);
    void fillPeriods(const ReportPeriod &wanted);
    void schedulePreview();
    void refreshPreview();
    Result<ReportDocument> build();
    void chooseAndExport(Format format);
    QString suggestedFileName(Format format) const;

    Id m_coalitionId = 0;
    QString m_coalitionName;
    ReportDocument m_document;
    QTimer *m_refresh;
    bool m_dirty = true;
    QLabel *m_heading;
    QLabel *m_subheading;
    QStackedWidget *m_stack;
    QWidget *m_emptyState;
    QWidget *m_content;
    QComboBox *m_kind;
    QComboBox *m_period;
    QCheckBox *m_confidential;
    QLabel *m_leftOut;
    QTextBrowser *m_preview;
    QComboBox *m_paper;
    QPushButton *m_exportPdf;
    QPushButton *m_exportHtml;
    QPushButton *m_exportMarkdown;
    QPushButton *m_print;
};

} // namespace Coalition::Ui
