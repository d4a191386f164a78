// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include <QEvent>
#include <QLocale>
#include <QScrollBar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

// Pixels a day takes at each zoom.
constexpr int MonthDayWidth = 18;
constexpr int QuarterDayWidth = 3;

QDate periodStart(const QDate &date, TimelineView::Zoom zoom)
{
    const int month
        = zoom == TimelineView::Zoom::Quarter ? (date.month() - 1) / 3 * 3 + 1 : date.month();
    return QDate(date.year(), month, 1);
}

QDate periodEnd(const QDate &date, TimelineView::Zoom zoom)
{
    return periodStart(date, zoom)
        .addMonths(zoom == TimelineView::Zoom::Quarter ? 3 : 1)
        .addDays(-1);
}

QString dateText(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_today(QDate::currentDate())
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setAccessibleName(tr("Task timeline"));
    updateMetrics();
    updateRange();
    updateAccessibleDescription();
}

void TimelineView::setRows(const QList<TimelineRow> &rows)
{
    const Id selected = currentTask();
    m_rows = rows;
    m_rowOfTask.clear();
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!m_rows.at(row).isGroup())
            m_rowOfTask.insert(m_rows.at(row).taskId, row);
    }
    m_current = m_rowOfTask.value(selected, -1);
    updateRange();
    if (!m_scrolledToToday && !m_rows.isEmpty()) {
        m_scrolledToToday = true;
        scrollToDate(m_today);
    }
    updateAccessibleDescription();
    viewport()->update();
    if (currentTask() != selected)
        Q_EMIT currentTaskChanged(currentTask());
}

void TimelineView::setToday(const QDate &today)
{
    if (!today.isValid() || today == m_today)
        return;
    m_today = today;
    updateRange();
    updateAccessibleDescription();
    viewport()->update();
}

void TimelineView::setZoom(Zoom zoom)
{
    if (zoom == m_zoom)
        return;
    // Keep the day in the middle of the chart where it was.
    const int chartWidth = std::max(1, viewport()->width() - m_labelWidth);
    const QDate middle
        = m_first.addDays((horizontalScrollBar()->value() + chartWidth / 2) / dayWidth());
    m_zoom = zoom;
    updateRange();
    horizontalScrollBar()->setValue(int(m_first.daysTo(middle)) * dayWidth() - chartWidth / 2);
    viewport()->update();
    Q_EMIT zoomChanged(m_zoom);
}

void TimelineView::zoomIn()
{
    setZoom(Zoom::Month);
}

void TimelineView::zoomOut()
{
    setZoom(Zoom::Quarter);
}

Id TimelineView::currentTask() const
{
    return m_current >= 0 && m_current < m_rows.size() ? m_rows.at(m_current).taskId : 0;
}

void TimelineView::setCurrentTask(Id taskId)
{
    selectRow(m_rowOfTask.value(taskId, -1));
}

void TimelineView::ensureTaskVisible(Id taskId)
{
    const int row = m_rowOfTask.value(taskId, -1);
    if (row < 0)
        return;
    // Vertically: the row between the axis and the bottom edge.
    const int top = row * m_rowHeight;
    const int visible = std::max(0, viewport()->height() - m_axisHeight);
    QScrollBar *vertical = verticalScrollBar();
    if (top < vertical->value())
        vertical->setValue(top);
    else if (top + m_rowHeight > vertical->value() + visible)
        vertical->setValue(top + m_rowHeight - visible);
    // Horizontally: the bar, or as much of it as fits from its start.
    const QRect bar = barRect(taskId);
    if (bar.isEmpty())
        return;
    const int chartWidth = std::max(1, viewport()->width() - m_labelWidth);
    QScrollBar *horizontal = horizontalScrollBar();
    const int left = bar.left() - m_labelWidth + horizontal->value();
    const int right = bar.right() - m_labelWidth + horizontal->value();
    if (left < horizontal->value() || right - left > chartWidth)
        horizontal->setValue(left - dayWidth());
    else if (right > horizontal->value() + chartWidth)
        horizontal->setValue(right - chartWidth + dayWidth());
}

void TimelineView::scrollToDate(const QDate &date)
{
    if (!date.isValid())
        return;
    const int chartWidth = std::max(1, viewport()->width() - m_labelWidth);
    horizontalScrollBar()->setValue(int(m_first.daysTo(date)) * dayWidth() - chartWidth / 4);
}

int TimelineView::dayWidth() const
{
    return m_zoom == Zoom::Quarter ? QuarterDayWidth : MonthDayWidth;
}

int TimelineView::xForDate(const QDate &date) const
{
    return m_labelWidth + int(m_first.daysTo(date)) * dayWidth() - horizontalScrollBar()->value();
}

int TimelineView::todayX() const
{
    return xForDate(m_today) + dayWidth() / 2;
}

QRect TimelineView::rowRect(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return QRect(0, m_axisHeight + row * m_rowHeight - verticalScrollBar()->value(),
                 viewport()->width(), m_rowHeight);
}

int TimelineView::rowAt(int y) const
{
    if (y < m_axisHeight)
        return -1;
    const int row = (y - m_axisHeight + verticalScrollBar()->value()) / m_rowHeight;
    return row < m_rows.size() ? row : -1;
}

TimelineView::Span TimelineView::spanOf(const TimelineRow &row) const
{
    if (row.isGroup())
        return Span::None;
    if (row.startOn.isValid() && row.dueOn.isValid())
        return Span::Range;
    if (row.dueOn.isValid())
        return Span::Diamond;
    if (row.startOn.isValid())
        return Span::Open;
    return Span::None;
}

QRect TimelineView::barRectOfRow(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const TimelineRow &task = m_rows.at(row);
    const QRect line = rowRect(row);
    const int inset = m_rowHeight / 4;
    const int height = m_rowHeight - 2 * inset;
    QDate from;
    QDate to;
    switch (spanOf(task)) {
    case Span::None:
        return {};
    case Span::Diamond: {
        const int middle = xForDate(task.dueOn) + dayWidth() / 2;
        return QRect(middle - height / 2, line.top() + inset, height, height);
    }
    case Span::Range:
        from = std::min(task.startOn, task.dueOn);
        to = std::max(task.startOn, task.dueOn);
        break;
    case Span::Open:
        from = task.startOn;
        to = std::max(task.startOn, m_today);
        break;
    }
    const int left = xForDate(from);
    const int width = std::max(int(from.daysTo(to) + 1) * dayWidth(), 4);
    return QRect(left, line.top() + inset, width, height);
}

QRect TimelineView::barRect(Id taskId) const
{
    return barRectOfRow(m_rowOfTask.value(taskId, -1));
}

int TimelineView::taskRowAt(const QPoint &pos) const
{
    if (pos.x() < m_labelWidth)
        return -1;
    const int row = rowAt(pos.y());
    if (row < 0 || m_rows.at(row).isGroup())
        return -1;
    // A little slack around narrow bars.
    return barRectOfRow(row).adjusted(-2, -2, 2, 2).contains(pos) ? row : -1;
}

int TimelineView::stepSelection(int from, int step) const
{
    for (int row = from + step; row >= 0 && row < m_rows.size(); row += step) {
        if (!m_rows.at(row).isGroup())
            return row;
    }
    return -1;
}

void TimelineView::selectRow(int row)
{
    if (row >= 0 && (row >= m_rows.size() || m_rows.at(row).isGroup()))
        row = -1;
    if (row == m_current)
        return;
    m_current = row;
    if (row >= 0)
        ensureTaskVisible(m_rows.at(row).taskId);
    updateAccessibleDescription();
    viewport()->update();
    Q_EMIT currentTaskChanged(currentTask());
}

QString TimelineView::taskDescription(Id taskId) const
{
    return toolTipOfRow(m_rowOfTask.value(taskId, -1));
}

QString TimelineView::toolTipOfRow(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).isGroup())
        return {};
    const TimelineRow &task = m_rows.at(row);
    QStringList lines{task.title};
    lines.append(tr("Group: %1").arg(task.groupName));
    lines.append(tr("Plan: %1").arg(task.planTitle));
    lines.append(task.responsible.isEmpty() ? tr("Responsible: nobody yet")
                                            : tr("Responsible: %1").arg(task.responsible));
    lines.append(task.startOn.isValid() ? tr("Starts: %1").arg(dateText(task.startOn))
                                        : tr("Starts: not set"));
    lines.append(task.dueOn.isValid() ? tr("Due: %1").arg(dateText(task.dueOn))
                                      : tr("Due: not set (the bar runs to today)"));
    if (task.doneOn.isValid())
        lines.append(tr("Done on: %1").arg(dateText(task.doneOn)));
    lines.append(tr("Status: %1").arg(enumLabel(task.status)));
    if (task.late && task.dueOn.isValid()) {
        const qint64 days = task.dueOn.daysTo(m_today);
        lines.append(tr("Late by %n day(s): it was due on %1 and is not done.", nullptr, int(days))
                         .arg(dateText(task.dueOn)));
    }
    return lines.join(u'\n');
}

void TimelineView::updateMetrics()
{
    const QFontMetrics metrics = fontMetrics();
    m_rowHeight = std::max(22, metrics.height() + 10);
    m_axisHeight = 2 * (metrics.height() + 6);
    m_labelWidth = std::clamp(metrics.averageCharWidth() * 30, 160, 320);
    setViewportMargins(0, 0, 0, 0);
}

void TimelineView::updateRange()
{
    QDate earliest = m_today;
    QDate latest = m_today;
    for (const TimelineRow &row : std::as_const(m_rows)) {
        for (const QDate &date : {row.startOn, row.dueOn, row.doneOn}) {
            if (!date.isValid())
                continue;
            earliest = std::min(earliest, date);
            latest = std::max(latest, date);
        }
    }
    // Some room either side, whole months or quarters.
    m_first = periodStart(earliest.addDays(-7), m_zoom);
    m_last = periodEnd(latest.addDays(14), m_zoom);
    updateScrollBars();
}

void TimelineView::updateScrollBars()
{
    const int contentWidth = int(m_first.daysTo(m_last) + 1) * dayWidth();
    const int chartWidth = std::max(0, viewport()->width() - m_labelWidth);
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth - chartWidth));
    horizontalScrollBar()->setPageStep(std::max(1, chartWidth));
    horizontalScrollBar()->setSingleStep(dayWidth() * (m_zoom == Zoom::Quarter ? 10 : 2));
    const int contentHeight = int(m_rows.size()) * m_rowHeight;
    const int chartHeight = std::max(0, viewport()->height() - m_axisHeight);
    verticalScrollBar()->setRange(0, std::max(0, contentHeight - chartHeight));
    verticalScrollBar()->setPageStep(std::max(1, chartHeight));
    verticalScrollBar()->setSingleStep(m_rowHeight);
}

void TimelineView::updateAccessibleDescription()
{
    int tasks = 0;
    int groups = 0;
    int late = 0;
    for (const TimelineRow &row : std::as_const(m_rows)) {
        if (row.isGroup()) {
            ++groups;
            continue;
        }
        ++tasks;
        late += row.late ? 1 : 0;
    }
    QString text = tr("%1 tasks in %2 groups, %3 of them late; today is %4.")
                       .arg(tasks)
                       .arg(groups)
                       .arg(late)
                       .arg(dateText(m_today));
    if (m_current >= 0)
        text += u' ' + tr("Selected: %1").arg(toolTipOfRow(m_current).replace(u'\n', u"; "_s));
    setAccessibleDescription(text);
}

QSize TimelineView::sizeHint() const
{
    return QSize(m_labelWidth + 60 * MonthDayWidth, m_axisHeight + 12 * m_rowHeight);
}

QSize TimelineView::minimumSizeHint() const
{
    return QSize(m_labelWidth + 120, m_axisHeight + 3 * m_rowHeight);
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void TimelineView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateMetrics();
        updateScrollBars();
    }
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange
        || event->type() == QEvent::LocaleChange)
        viewport()->update();
}

} // namespace Coalition::Ui
