// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/stageassessment.h"

#include <QFrame>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QToolButton;
QT_END_NAMESPACE

namespace Coalition::Ui {

// The head of the Stage page: the stage the coordinator recorded (since
// when, and why), the stage the evidence supports with the reasons, and a
// banner when the two disagree: a warning when the recorded stage is ahead
// of the evidence, a note when it lags behind.
class StageSummary final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageSummary)

public:
    explicit StageSummary(QWidget *parent = nullptr);

    void setAssessment(const StageAssessment &assessment);
    void clear();
    // The button beside the recorded stage ("Record Stage Change…").
    void setRecordAction(QAction *action);

    QLabel *recordedLabel() const { return m_recorded; }
    QLabel *suggestedLabel() const { return m_suggested; }
    QLabel *reasonsLabel() const { return m_reasons; }
    // The banner's text; empty when the recorded stage agrees with the evidence.
    QString bannerText() const;
    bool isWarningShown() const;
    bool isNoteShown() const;

private:
    void showBanner(const QString &text, bool warning);

    QLabel *m_recorded;
    QLabel *m_recordedDetail;
    QLabel *m_suggested;
    QLabel *m_reasons;
    QToolButton *m_recordButton;
    QFrame *m_banner;
    QLabel *m_bannerIcon;
    QLabel *m_bannerText;
    bool m_warning = false;
};

} // namespace Coalition::Ui
