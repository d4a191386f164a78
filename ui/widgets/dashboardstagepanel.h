// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/stageassessment.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
QT_END_NAMESPACE

namespace Coalition::Ui {

class StageBar;

// The Dashboard's stage section: the recorded and the suggested stage, the
// stage bar of all five, a warning when the recorded stage is ahead of the
// evidence (or a note when it lags behind), a button to the Stage page, and
// what the suggested stage still lacks before the next one (each unmet
// criterion with its evidence as tooltip).
class DashboardStagePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardStagePanel)

public:
    explicit DashboardStagePanel(QWidget *parent = nullptr);

    void setAssessment(const StageAssessment &assessment);
    void clear();

    StageBar *stageBar() const { return m_bar; }
    QListWidget *missingList() const { return m_missing; }
    QLabel *warningLabel() const { return m_warning; }
    QLabel *recordedLabel() const { return m_recorded; }
    QLabel *suggestedLabel() const { return m_suggested; }
    QLabel *missingTitle() const { return m_missingTitle; }
    QPushButton *openStageButton() const { return m_open; }

Q_SIGNALS:
    void stagePageRequested();
    void recordsRequested(const QList<Coalition::RecordKey> &records);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void activateMissing(QListWidgetItem *item);
    void fitMissingList();

    QLabel *m_recorded;
    QLabel *m_suggested;
    StageBar *m_bar;
    QLabel *m_warningIcon;
    QLabel *m_warning;
    QPushButton *m_open;
    QLabel *m_missingTitle;
    QListWidget *m_missing;
    QLabel *m_missingNone;
    QList<QList<RecordKey>> m_missingRecords; // by row of m_missing
};

} // namespace Coalition::Ui
