// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/stagesummary.h"

#include "models/memberdisplay.h"

#include <QAction>
#include <QApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *stageName(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.45);
    font.setBold(true);
    label->setFont(font);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

StageSummary::StageSummary(QWidget *parent)
    : QFrame(parent)
    , m_recorded(stageName(u"recordedStage"_s, this))
    , m_recordedDetail(new QLabel(this))
    , m_suggested(stageName(u"suggestedStage"_s, this))
    , m_reasons(new QLabel(this))
    , m_recordButton(new QToolButton(this))
    , m_banner(new QFrame(this))
    , m_bannerIcon(new QLabel(m_banner))
    , m_bannerText(new QLabel(m_banner))
{
    setObjectName(u"stageSummary"_s);
    setFrameShape(QFrame::StyledPanel);
    m_recordedDetail->setObjectName(u"recordedDetail"_s);
    m_recordedDetail->setWordWrap(true);
    m_recordedDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reasons->setObjectName(u"stageReasons"_s);
    m_reasons->setWordWrap(true);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_recordButton->setObjectName(u"recordStageButton"_s);
    m_recordButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_recordButton->hide();

    m_banner->setObjectName(u"stageWarning"_s);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    m_bannerText->setObjectName(u"stageWarningText"_s);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 6, 8, 6);
    bannerLayout->addWidget(m_bannerIcon, 0, Qt::AlignTop);
    bannerLayout->addWidget(m_bannerText, 1);
    m_banner->hide();

    auto *recordedBox = new QVBoxLayout;
    recordedBox->setSpacing(2);
    recordedBox->addWidget(caption(tr("Recorded stage"), this));
    recordedBox->addWidget(m_recorded);
    recordedBox->addWidget(m_recordedDetail);
    auto *recordRow = new QHBoxLayout;
    recordRow->addWidget(m_recordButton);
    recordRow->addStretch(1);
    recordedBox->addLayout(recordRow);
    recordedBox->addStretch(1);

    auto *suggestedBox = new QVBoxLayout;
    suggestedBox->setSpacing(2);
    suggestedBox->addWidget(caption(tr("Supported by the evidence"), this));
    suggestedBox->addWidget(m_suggested);
    suggestedBox->addWidget(m_reasons);
    suggestedBox->addStretch(1);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(12, 10, 12, 10);
    grid->setHorizontalSpacing(24);
    grid->addLayout(recordedBox, 0, 0);
    grid->addLayout(suggestedBox, 0, 1);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    grid->addWidget(m_banner, 1, 0, 1, 2);
    clear();
}

void StageSummary::setRecordAction(QAction *action)
{
    m_recordButton->setDefaultAction(action);
    m_recordButton->setVisible(action != nullptr);
}

void StageSummary::clear()
{
    m_recorded->setText(tr("None recorded"));
    m_recordedDetail->clear();
    m_suggested->clear();
    m_reasons->clear();
    showBanner({}, false);
}

void StageSummary::setAssessment(const StageAssessment &assessment)
{
    if (assessment.recordedChange) {
        const StageChange &change = *assessment.recordedChange;
        m_recorded->setText(enumLabel(change.stage));
        QString detail = tr("Since %1").arg(MemberDisplay::date(change.on));
        if (!change.rationale.isEmpty())
            detail += u" — "_s + change.rationale;
        m_recordedDetail->setText(detail);
        m_recordedDetail->setToolTip(change.rationale);
    } else {
        m_recorded->setText(tr("None recorded"));
        m_recordedDetail->setText(tr("Record the stage you judge the coalition to be in, with "
                                     "why; the evidence below helps you decide."));
        m_recordedDetail->setToolTip({});
    }
    m_suggested->setText(enumLabel(assessment.suggested));
    QStringList lines;
    for (const QString &reason : assessment.reasons)
        lines << reason.toHtmlEscaped();
    m_reasons->setText(lines.join(u"<br>"_s));
    m_reasons->setToolTip(assessment.reasons.join(u'\n'));
    // The engine words both kinds; which is which follows from the order of
    // the stages: only a recorded stage ahead of the evidence is a warning.
    const bool ahead = assessment.recorded && *assessment.recorded > assessment.suggested;
    showBanner(assessment.warnings.join(u'\n'), ahead);
}

void StageSummary::showBanner(const QString &text, bool warning)
{
    m_warning = warning && !text.isEmpty();
    // Said in words as well as by the icon and the tint.
    m_bannerText->setText(text.isEmpty() ? QString()
                              : warning  ? tr("Warning: %1").arg(text)
                                         : tr("Note: %1").arg(text));
    m_banner->setAccessibleName(warning ? tr("Warning") : tr("Note"));
    m_banner->setAccessibleDescription(m_bannerText->text());
    const QStyle::StandardPixmap pixmap
        = warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_bannerIcon->setPixmap(style()->standardIcon(pixmap).pixmap(size, size));
    QPalette pal = m_banner->palette();
    // Soft tints that read on light and dark themes alike, as the message bar.
    pal.setColor(QPalette::Window, warning ? QColor(0xfd, 0xec, 0xc8) : QColor(0xd9, 0xea, 0xf7));
    pal.setColor(QPalette::WindowText, QColor(0x21, 0x21, 0x21));
    m_banner->setPalette(pal);
    m_bannerText->setPalette(pal);
    m_banner->setVisible(!text.isEmpty());
}

QString StageSummary::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_bannerText->text();
}

bool StageSummary::isWarningShown() const
{
    return !m_banner->isHidden() && m_warning;
}

bool StageSummary::isNoteShown() const
{
    return !m_banner->isHidden() && !m_warning;
}

} // namespace Coalition::Ui
