// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/timelinerow.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QHash>
#include <QList>

namespace Coalition::Ui {

// A Gantt chart of tasks: rows grouped under their action group, one bar per
// task from its start to its due date, late ones marked, a line for today
// and a time axis by month or by quarter. Painted directly, only the rows in
// view, so a few hundred tasks stay quick. Clicking a bar, or Enter on the
// selected one, activates the task.
class TimelineView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    // Month: days wide enough to tell apart; Quarter: compact, a quarter per label.
    enum class Zoom { Month, Quarter };
    Q_ENUM(Zoom)

    explicit TimelineView(QWidget *parent = nullptr);

    void setRows(const QList<TimelineRow> &rows);
    const QList<TimelineRow> &rows() const { return m_rows; }
    // The day the chart marks and open bars without a due date run to
    // (by default the current date).
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    void setZoom(Zoom zoom);
    Zoom zoom() const { return m_zoom; }

    // The selected task; 0 when none.
    Id currentTask() const;
    void setCurrentTask(Id taskId);
    // Scrolls so the task's row and bar are in view.
    void ensureTaskVisible(Id taskId);
    // Scrolls so the day is in view, about a quarter of the chart from its left.
    void scrollToDate(const QDate &date);

    // Geometry in viewport coordinates (for tests and for the page).
    // The task's bar (for a task without a start: its diamond at the due
    // day); an empty rect for an unknown task or one with no dates.
    QRect barRect(Id taskId) const;
    QRect rowRect(int row) const;
    int rowAt(int y) const; // -1 outside the rows
    int xForDate(const QDate &date) const; // the left edge of the day's column
    int todayX() const; // the today line: the middle of today's column
    int dayWidth() const;
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }
    int labelWidth() const { return m_labelWidth; }
    int axisHeight() const { return m_axisHeight; }
    int rowHeight() const { return m_rowHeight; }
    // The plain text of a task's tooltip.
    QString taskDescription(Id taskId) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();

Q_SIGNALS:
    void taskActivated(Coalition::Id taskId);
    void currentTaskChanged(Coalition::Id taskId);
    void zoomChanged(Coalition::Ui::TimelineView::Zoom zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct Colors;
    enum class Span { Range, Diamond, Open, None };

    void updateMetrics();
    void updateRange();
    void updateScrollBars();
    void updateAccessibleDescription();
    Span spanOf(const TimelineRow &row) const;
    QRect barRectOfRow(int row) const;
    int taskRowAt(const QPoint &pos) const; // a task row whose bar is under pos; -1 if none
    int stepSelection(int from, int step) const;
    void selectRow(int row);
    QString toolTipOfRow(int row) const;

    // Painting (timelineviewpaint.cpp).
    Colors colors() const;
    void paintGrid(QPainter &painter, const Colors &colors, int firstRow, int lastRow) const;
    void paintBar(QPainter &painter, const Colors &colors, int row) const;
    void paintAxis(QPainter &painter, const Colors &colors) const;
    void paintLabels(QPainter &painter, const Colors &colors, int firstRow, int lastRow) const;

    QList<TimelineRow> m_rows;
    QHash<Id, int> m_rowOfTask;
    QDate m_today;
    QDate m_first; // the first day drawn
    QDate m_last; // the last day drawn
    Zoom m_zoom = Zoom::Month;
    int m_current = -1; // the selected row (a task row), or -1
    int m_labelWidth = 220;
    int m_axisHeight = 40;
    int m_rowHeight = 24;
    bool m_scrolledToToday = false;
};

} // namespace Coalition::Ui
