// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/stagecriterionpanel.h"

#include "models/stagecriteriamodel.h"
#include "widgets/stageanswerform.h"
#include "widgets/stagerecordlinks.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

QLabel *wrapped(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// The fewest criteria met that make the stage substantially met.
int needed(int total)
{
    int count = 0;
    while (count < total && !StageEngine::isSubstantiallyMet(count, total))
        ++count;
    return count;
}

} // namespace

StageCriterionPanel::StageCriterionPanel(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_title(wrapped(this, u"criterionTitle"_s))
    , m_statusIcon(new QLabel(this))
    , m_status(wrapped(this, u"criterionStatus"_s))
    , m_evidenceCaption(new QLabel(tr("Evidence"), this))
    , m_evidence(wrapped(this, u"criterionEvidence"_s))
    , m_links(new StageRecordLinks(this))
    , m_answer(new StageAnswerForm(this))
{
    setObjectName(u"criterionPanel"_s);
    m_hint = makeHint();
    m_details = makeDetails();
    m_stack->addWidget(m_hint);
    m_stack->addWidget(m_details);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    connect(m_links, &StageRecordLinks::recordsRequested, this,
            &StageCriterionPanel::recordsRequested);
    showNothing();
}

QWidget *StageCriterionPanel::makeHint()
{
    auto *hint = new QWidget(this);
    auto *text = new QLabel(tr("Select a criterion to see the evidence behind it. Questions "
                               "(marked “Your answer”) are answered here."),
                            hint);
    text->setWordWrap(true);
    text->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(hint);
    layout->addWidget(text);
    layout->addStretch(1);
    return hint;
}

QWidget *StageCriterionPanel::makeDetails()
{
    auto *details = new QWidget(this);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_title->setFont(font);
    QFont captionFont = m_evidenceCaption->font();
    captionFont.setBold(true);
    m_evidenceCaption->setFont(captionFont);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusIcon, 0, Qt::AlignTop);
    statusRow->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(details);
    layout->addWidget(m_title);
    layout->addLayout(statusRow);
    layout->addSpacing(4);
    layout->addWidget(m_evidenceCaption);
    layout->addWidget(m_evidence);
    layout->addWidget(m_links);
    layout->addWidget(m_answer);
    layout->addStretch(1);
    return details;
}

void StageCriterionPanel::showNothing()
{
    m_stack->setCurrentWidget(m_hint);
    m_answer->hide();
}

void StageCriterionPanel::showStage(const StageResult &stage, bool suggested, bool recorded)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_title->setText(enumLabel(stage.stage));
    m_statusIcon->setPixmap(
        StageCriteriaModel::stageIcon(stage.substantiallyMet).pixmap(size, size));
    QStringList lines{StageCriteriaModel::stageSummary(stage)};
    if (suggested)
        lines << tr("The evidence supports this stage.");
    if (recorded)
        lines << tr("This is the coalition's recorded stage.");
    m_status->setText(lines.join(u'\n'));
    m_evidenceCaption->setText(tr("What it takes"));
    QStringList open;
    for (const CriterionResult &criterion : stage.criteria) {
        if (criterion.status != CriterionStatus::Met)
            open << u"• "_s + criterion.label;
    }
    QString text = tr("A stage is substantially met when at least %1 of its %2 criteria are met; "
                      "unanswered questions count as not met.")
                       .arg(needed(stage.total))
                       .arg(stage.total);
    if (!open.isEmpty())
        text += u"\n\n"_s + tr("Not met yet:") + u'\n' + open.join(u'\n');
    m_evidence->setText(text);
    m_links->hide();
    m_answer->hide();
    m_stack->setCurrentWidget(m_details);
}

void StageCriterionPanel::showCriterion(Workspace &workspace, const CriterionResult &criterion,
                                        const std::optional<ChecklistItem> &item,
                                        const std::optional<ChecklistAnswer> &stored,
                                        const QDate &today, bool keepEdits)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_title->setText(criterion.label);
    m_statusIcon->setPixmap(StageCriteriaModel::statusIcon(criterion.status).pixmap(size, size));
    m_status->setText(
        criterion.checklist
            ? tr("%1 — answered by you").arg(StageCriteriaModel::statusText(criterion.status))
            : tr("%1 — worked out from the records")
                  .arg(StageCriteriaModel::statusText(criterion.status)));
    m_evidenceCaption->setText(tr("Evidence"));
    m_evidence->setText(criterion.evidence.isEmpty() ? tr("No evidence recorded.")
                                                     : criterion.evidence);
    m_links->setRecords(workspace, criterion.records);
    if (criterion.checklist) {
        const bool same = keepEdits && m_answer->item() == criterion.id;
        if (same && m_answer->isModified())
            m_answer->setStored(stored);
        else
            // The panel's title already asks the question.
            m_answer->setQuestion(criterion.id, QString(), item ? item->help : QString(), stored,
                                  today);
        m_answer->show();
    } else {
        m_answer->hide();
    }
    m_stack->setCurrentWidget(m_details);
}

QString StageCriterionPanel::title() const
{
    return m_stack->currentWidget() == m_details ? m_title->text() : QString();
}

QString StageCriterionPanel::statusText() const
{
    return m_stack->currentWidget() == m_details ? m_status->text() : QString();
}

QString StageCriterionPanel::evidenceText() const
{
    return m_stack->currentWidget() == m_details ? m_evidence->text() : QString();
}

bool StageCriterionPanel::isShowingAnswerForm() const
{
    return m_stack->currentWidget() == m_details && !m_answer->isHidden();
}

} // namespace Coalition::Ui
