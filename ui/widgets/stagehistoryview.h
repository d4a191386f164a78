// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/stage.h"

#include <QWidget>

namespace Coalition::Ui {

// A coalition's recorded stage history as a timeline: a line from the first
// recorded change to today, a dated marker for each change with the stage's
// name, the stretch after each marker shaded for the stage it started, and
// the rationale (and decision) as the marker's tooltip. With no history it
// says how to record one. Painted; the arrow keys move between markers and
// Enter (or a click) activates one.
class StageHistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageHistoryView)

public:
    explicit StageHistoryView(QWidget *parent = nullptr);

    // `history` oldest first (as the repository lists it); `decisionTitles`
    // name the decisions some changes were settled by.
    void setHistory(const QList<StageChange> &history, const QDate &today,
                    const QHash<Id, QString> &decisionTitles = {});
    const QList<StageChange> &history() const { return m_history; }
    bool isEmpty() const { return m_history.isEmpty(); }
    QString emptyText() const;

    // Geometry and texts, for the page and for tests. Markers are numbered
    // as the history, oldest first.
    QPoint markerCenter(int index) const;
    QRect markerRect(int index) const; // the marker and its labels
    int markerAt(const QPoint &pos) const; // -1 when none
    QString markerToolTip(int index) const;
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // The stage change whose marker was clicked or chosen with Enter.
    void changeActivated(Coalition::Id stageChangeId);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    // Lays the markers out for the current width, when it changed (a hidden
    // widget gets no resize event until it is shown).
    void layoutMarkers() const;
    const QList<int> &markerXs() const;
    void updateDescription();
    int lineY() const;
    int labelWidth() const;
    QString dateText(const QDate &date) const;

    QList<StageChange> m_history;
    QHash<Id, QString> m_decisionTitles;
    QDate m_today;
    mutable QList<int> m_x; // each marker's x, laid out by layoutMarkers()
    mutable int m_todayX = 0;
    mutable int m_laidOutWidth = -1;
    int m_current = -1;
};

} // namespace Coalition::Ui
