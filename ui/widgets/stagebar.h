// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/stageassessment.h"

#include <QWidget>

#include <array>
#include <optional>

namespace Coalition::Ui {

// The five development stages side by side, in order, each with its name and
// how many of its criteria are met. A stage substantially met is filled and
// ticked; the stage the evidence suggests is outlined and labelled
// "Suggested"; the coordinator's recorded stage is labelled "Recorded". Each
// segment's tooltip gives the numbers and the reasoning behind them, and the
// accessible description says the whole state in words. Painted; the arrow
// keys move between segments and Enter (or a click) activates one.
class StageBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageBar)

public:
    static constexpr int StageCount = 5;

    explicit StageBar(QWidget *parent = nullptr);

    void setAssessment(const StageAssessment &assessment);
    // No coalition: every stage shown empty, nothing recorded or suggested.
    void clear();
    bool hasAssessment() const { return m_hasAssessment; }

    std::optional<DevelopmentStage> recordedStage() const { return m_recorded; }
    DevelopmentStage suggestedStage() const { return m_suggested; }
    int metCount(DevelopmentStage stage) const;
    int totalCount(DevelopmentStage stage) const;
    bool isSubstantiallyMet(DevelopmentStage stage) const;

    // Geometry and texts, for the page and for tests.
    QRect segmentRect(DevelopmentStage stage) const;
    std::optional<DevelopmentStage> stageAt(const QPoint &pos) const;
    QString segmentToolTip(DevelopmentStage stage) const;
    // The segment the keyboard is on; none until the bar has had the focus.
    std::optional<DevelopmentStage> currentStage() const;
    void setCurrentStage(DevelopmentStage stage);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void stageActivated(Coalition::DevelopmentStage stage);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    struct Segment
    {
        int met = 0;
        int total = 0;
        bool substantiallyMet = false;
        QString reason; // the assessment's line about this stage, if it looked at it
    };

    static int indexOf(DevelopmentStage stage) { return static_cast<int>(stage); }
    int segmentHeight() const;
    int captionHeight() const;
    int arrowDepth() const;
    QString countText(int index) const;
    QString captionText(int index) const;
    void updateDescription();
    void showCurrentToolTip();

    std::array<Segment, StageCount> m_segments{};
    std::optional<DevelopmentStage> m_recorded;
    QDate m_recordedOn;
    DevelopmentStage m_suggested = DevelopmentStage::PreFormation;
    bool m_hasAssessment = false;
    int m_current = -1;
};

} // namespace Coalition::Ui
