// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dashboardstagepanel.h"

#include "widgets/stagebar.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

constexpr int CriterionIdRole = Qt::UserRole;

QString statusText(CriterionStatus status)
{
    switch (status) {
    case CriterionStatus::Met:
        return DashboardStagePanel::tr("Met");
    case CriterionStatus::NotMet:
        return DashboardStagePanel::tr("Not met");
    case CriterionStatus::Unanswered:
        return DashboardStagePanel::tr("Unanswered question");
    }
    return {};
}

} // namespace

DashboardStagePanel::DashboardStagePanel(QWidget *parent)
    : QWidget(parent)
    , m_recorded(new QLabel(this))
    , m_suggested(new QLabel(this))
    , m_bar(new StageBar(this))
    , m_warningIcon(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_open(new QPushButton(QIcon(u":/coalition/icons/stage.svg"_s), tr("Open the &Stage Page"),
                             this))
    , m_missingTitle(new QLabel(this))
    , m_missing(new QListWidget(this))
    , m_missingNone(new QLabel(this))
{
    m_recorded->setObjectName(u"recordedStage"_s);
    m_recorded->setTextFormat(Qt::RichText);
    m_recorded->setWordWrap(true);
    m_suggested->setObjectName(u"suggestedStage"_s);
    m_suggested->setTextFormat(Qt::RichText);
    m_suggested->setWordWrap(true);
    m_warning->setObjectName(u"stageWarning"_s);
    m_warning->setWordWrap(true);
    m_warning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const int iconSize = m_warning->fontMetrics().height();
    m_warningIcon->setFixedSize(iconSize, iconSize);
    m_warningIcon->setAlignment(Qt::AlignTop);
    m_open->setObjectName(u"openStagePage"_s);
    m_open->setToolTip(tr("See every criterion with its evidence, answer the checklist and "
                          "record a stage change"));
    m_missingTitle->setObjectName(u"missingTitle"_s);
    m_missingTitle->setWordWrap(true);
    m_missingTitle->setBuddy(m_missing);
    m_missing->setObjectName(u"missingForNext"_s);
    m_missing->setAccessibleName(tr("Missing for the next stage"));
    m_missing->setWordWrap(true);
    m_missing->setUniformItemSizes(false);
    m_missing->setToolTip(tr("Double-click a criterion, or select it and press Enter, to go to "
                             "the records it names, or to the Stage page"));
    m_missingNone->setObjectName(u"missingNone"_s);
    m_missingNone->setWordWrap(true);
    m_missingNone->setForegroundRole(QPalette::PlaceholderText);

    auto *warningRow = new QHBoxLayout;
    warningRow->addWidget(m_warningIcon, 0, Qt::AlignTop);
    warningRow->addWidget(m_warning, 1);
    auto *labels = new QVBoxLayout;
    labels->addWidget(m_recorded);
    labels->addWidget(m_suggested);
    auto *top = new QHBoxLayout;
    top->addLayout(labels, 1);
    top->addWidget(m_open, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addSpacing(4);
    layout->addWidget(m_bar);
    layout->addLayout(warningRow);
    layout->addSpacing(6);
    layout->addWidget(m_missingTitle);
    layout->addWidget(m_missing);
    layout->addWidget(m_missingNone);

    connect(m_open, &QPushButton::clicked, this, &DashboardStagePanel::stagePageRequested);
    connect(m_bar, &StageBar::stageActivated, this, &DashboardStagePanel::stagePageRequested);
    connect(m_missing, &QListWidget::itemActivated, this, &DashboardStagePanel::activateMissing);
    clear();
}

void DashboardStagePanel::setAssessment(const StageAssessment &assessment)
{
    const QLocale locale;
    if (assessment.recordedChange) {
        const StageChange &change = *assessment.recordedChange;
        m_recorded->setText(
            change.on.isValid()
                ? tr("Recorded stage: <b>%1</b>, since %2")
                      .arg(enumLabel(change.stage).toHtmlEscaped(),
                           locale.toString(change.on, QLocale::LongFormat).toHtmlEscaped())
                : tr("Recorded stage: <b>%1</b>").arg(enumLabel(change.stage).toHtmlEscaped()));
        m_recorded->setToolTip(change.rationale.isEmpty() ? QString()
                                                          : tr("Why: %1").arg(change.rationale));
    } else {
        m_recorded->setText(tr("Recorded stage: <i>none yet</i>. Record the stage the coalition "
                               "agrees it is in on the Stage page."));
        m_recorded->setToolTip(QString());
    }
    m_suggested->setText(tr("Suggested by the evidence: <b>%1</b>")
                             .arg(enumLabel(assessment.suggested).toHtmlEscaped()));
    m_suggested->setToolTip(assessment.reasons.join(u'\n'));
    m_bar->setAssessment(assessment);

    // The engine words both cases; only a recorded stage ahead of the
    // evidence is a warning, one behind it is a note.
    const bool ahead = assessment.recorded && *assessment.recorded > assessment.suggested;
    if (assessment.warnings.isEmpty()) {
        m_warning->clear();
    } else {
        const QString text = assessment.warnings.join(u'\n');
        m_warning->setText(ahead ? tr("Warning: %1").arg(text) : text);
    }
    const QStyle::StandardPixmap icon
        = ahead ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    m_warningIcon->setPixmap(QApplication::style()->standardIcon(icon).pixmap(
        m_warningIcon->size(), m_warningIcon->devicePixelRatioF()));
    m_warning->setVisible(!assessment.warnings.isEmpty());
    m_warningIcon->setVisible(!assessment.warnings.isEmpty());

    const bool last = assessment.suggested == DevelopmentStage::Institutionalization;
    m_missingTitle->setText(
        last ? tr("What is left to complete %1:").arg(enumLabel(assessment.suggested))
             : tr("What %1 still needs before %2:")
                   .arg(enumLabel(assessment.suggested),
                        enumLabel(static_cast<DevelopmentStage>(
                            static_cast<int>(assessment.suggested) + 1))));
    m_missing->clear();
    m_missingRecords.clear();
    const QIcon notMet = QApplication::style()->standardIcon(QStyle::SP_DialogCancelButton);
    const QIcon question = QApplication::style()->standardIcon(QStyle::SP_MessageBoxQuestion);
    for (const CriterionResult &criterion : assessment.missingForNext) {
        auto *item = new QListWidgetItem(criterion.status == CriterionStatus::Unanswered ? question
                                                                                         : notMet,
                                         criterion.label, m_missing);
        const QString status = statusText(criterion.status);
        item->setToolTip(
            criterion.evidence.isEmpty() ? status : tr("%1. %2").arg(status, criterion.evidence));
        item->setData(Qt::AccessibleDescriptionRole, item->toolTip());
        item->setData(CriterionIdRole, criterion.id);
        m_missingRecords.append(criterion.records);
    }
    fitMissingList();
    const bool nothingMissing = assessment.missingForNext.isEmpty();
    m_missing->setVisible(!nothingMissing);
    m_missingNone->setText(tr("Nothing is missing: every criterion of %1 is met.")
                               .arg(enumLabel(assessment.suggested)));
    m_missingNone->setVisible(nothingMissing);
    m_open->setEnabled(true);
}

void DashboardStagePanel::clear()
{
    m_recorded->setText(tr("Recorded stage: <i>no coalition</i>"));
    m_recorded->setToolTip(QString());
    m_suggested->clear();
    m_suggested->setToolTip(QString());
    m_bar->clear();
    m_warning->clear();
    m_warning->hide();
    m_warningIcon->hide();
    m_missingTitle->setText(tr("What is missing for the next stage:"));
    m_missing->clear();
    m_missingRecords.clear();
    m_missing->hide();
    m_missingNone->setText(tr("No coalition is assessed."));
    m_missingNone->show();
    m_open->setEnabled(false);
}

void DashboardStagePanel::fitMissingList()
{
    // As tall as its criteria, up to a handful of lines; then it scrolls.
    const int lines = m_missing->fontMetrics().height();
    int height = 2 * m_missing->frameWidth() + 4;
    for (int row = 0; row < m_missing->count(); ++row)
        height += std::max(lines, m_missing->sizeHintForRow(row));
    m_missing->setFixedHeight(std::clamp(height, 2 * lines, 9 * lines));
}

void DashboardStagePanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitMissingList(); // wrapped lines take more rows when narrower
}

void DashboardStagePanel::activateMissing(QListWidgetItem *item)
{
    if (!item)
        return;
    const QList<RecordKey> records = m_missingRecords.value(m_missing->row(item));
    // A criterion that names records opens them; a question, or one with
    // nothing to show yet, is answered on the Stage page.
    if (records.isEmpty())
        Q_EMIT stagePageRequested();
    else
        Q_EMIT recordsRequested(records);
}

} // namespace Coalition::Ui
