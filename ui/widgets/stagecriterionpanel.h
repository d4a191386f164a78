// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/stageassessment.h"

#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QStackedWidget;
QT_END_NAMESPACE

namespace Coalition {
class Workspace;
}

namespace Coalition::Ui {

class StageAnswerForm;
class StageRecordLinks;

// Beside the criteria tree: what the selected row is about. For a stage,
// how many of its criteria are met and how many it needs; for a criterion,
// its status in words and the evidence, with buttons that open the records
// the evidence names; for a checklist question, also the answer form.
class StageCriterionPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageCriterionPanel)

public:
    explicit StageCriterionPanel(QWidget *parent = nullptr);

    void showNothing();
    void showStage(const StageResult &stage, bool suggested, bool recorded);
    // `item` describes a checklist question (criterion.checklist); `stored` is
    // the answer recorded for it, if any. An unapplied answer to the same
    // question is kept when `keepEdits` is set.
    void showCriterion(Workspace &workspace, const CriterionResult &criterion,
                       const std::optional<ChecklistItem> &item,
                       const std::optional<ChecklistAnswer> &stored, const QDate &today,
                       bool keepEdits = false);

    StageAnswerForm *answerForm() const { return m_answer; }
    StageRecordLinks *recordLinks() const { return m_links; }
    QString title() const;
    QString statusText() const;
    QString evidenceText() const;
    bool isShowingAnswerForm() const;

Q_SIGNALS:
    void recordsRequested(const QList<Coalition::RecordKey> &keys);

private:
    QWidget *makeHint();
    QWidget *makeDetails();

    QStackedWidget *m_stack;
    QWidget *m_hint;
    QWidget *m_details;
    QLabel *m_title;
    QLabel *m_statusIcon;
    QLabel *m_status;
    QLabel *m_evidenceCaption;
    QLabel *m_evidence;
    StageRecordLinks *m_links;
    StageAnswerForm *m_answer;
};

} // namespace Coalition::Ui
