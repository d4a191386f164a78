// SPDX-License-Identifier: GPL-3.0-or-later
// TimelineView's painting: grid, bars, today line, time axis, row labels.
#include "timelineview.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPaintEvent>
#include <QScrollBar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

QColor mix(const QColor &a, const QColor &b, qreal share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
                            float(a.greenF() * (1 - share) + b.greenF() * share),
                            float(a.blueF() * (1 - share) + b.blueF() * share));
}

} // namespace

// Colours worked out from the palette so that dark themes read as well as light ones.
struct TimelineView::Colors
{
    QColor base;
    QColor alternate;
    QColor text;
    QColor muted;
    QColor grid;
    QColor header;
    QColor headerText;
    QColor highlight;
    QColor highlightText;
    QColor openFill;
    QColor openEdge;
    QColor doneFill;
    QColor doneEdge;
    QColor droppedFill;
    QColor late;
    QColor today;
};

TimelineView::Colors TimelineView::colors() const
{
    const QPalette &p = palette();
    const QColor base = p.color(QPalette::Base);
    const bool dark = base.lightnessF() < 0.5;
    Colors c;
    c.base = base;
    c.alternate = mix(base, p.color(QPalette::AlternateBase), 0.6);
    c.text = p.color(QPalette::Text);
    c.muted = mix(base, c.text, 0.55);
    c.grid = mix(base, c.text, 0.12);
    c.header = p.color(QPalette::Window);
    c.headerText = p.color(QPalette::WindowText);
    c.highlight = p.color(QPalette::Highlight);
    c.highlightText = p.color(QPalette::HighlightedText);
    c.openEdge = c.highlight;
    c.openFill = mix(base, c.highlight, dark ? 0.55 : 0.45);
    const QColor green = dark ? QColor(110, 180, 125) : QColor(70, 135, 85);
    c.doneEdge = green;
    c.doneFill = mix(base, green, dark ? 0.5 : 0.4);
    c.droppedFill = mix(base, c.text, 0.15);
    c.late = dark ? QColor(255, 110, 100) : QColor(200, 35, 30);
    c.today = dark ? QColor(255, 170, 60) : QColor(215, 110, 0);
    return c;
}

void TimelineView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const Colors palette = colors();
    painter.fillRect(event->rect(), palette.base);

    const int firstRow = std::max(0, verticalScrollBar()->value() / m_rowHeight);
    const int visibleRows = viewport()->height() / m_rowHeight + 2;
    const int lastRow = std::min(int(m_rows.size()) - 1, firstRow + visibleRows);

    const QRect chart(m_labelWidth, m_axisHeight, std::max(0, viewport()->width() - m_labelWidth),
                      std::max(0, viewport()->height() - m_axisHeight));
    painter.save();
    painter.setClipRect(chart);
    paintGrid(painter, palette, firstRow, lastRow);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int row = firstRow; row <= lastRow; ++row)
        paintBar(painter, palette, row);
    painter.setRenderHint(QPainter::Antialiasing, false);
    // Today: a line across every row.
    painter.setPen(QPen(palette.today, 2));
    painter.drawLine(todayX(), chart.top(), todayX(), chart.bottom());
    painter.restore();

    paintAxis(painter, palette);
    paintLabels(painter, palette, firstRow, lastRow);

    if (m_rows.isEmpty()) {
        painter.setPen(palette.muted);
        painter.drawText(chart, Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No tasks to show. Tasks of the action plans appear here."));
    }
}

void TimelineView::paintGrid(QPainter &painter, const Colors &colors, int firstRow,
                             int lastRow) const
{
    const int top = m_axisHeight;
    const int bottom = viewport()->height();
    const int leftDay = std::max(0, horizontalScrollBar()->value() / dayWidth() - 1);
    const int days = (viewport()->width() - m_labelWidth) / dayWidth() + 3;
    // Weekends (in the Month zoom, where days can be told apart) and month starts.
    for (int i = leftDay; i <= leftDay + days; ++i) {
        const QDate day = m_first.addDays(i);
        if (day > m_last)
            break;
        const int x = xForDate(day);
        if (m_zoom == Zoom::Month && day.dayOfWeek() >= 6)
            painter.fillRect(QRect(x, top, dayWidth(), bottom - top), colors.alternate);
        if (day.day() == 1) {
            painter.setPen(colors.grid);
            painter.drawLine(x, top, x, bottom);
        }
    }
    // Group headers: a band across the chart, with a thin span of their tasks.
    for (int row = firstRow; row <= lastRow; ++row) {
        if (!m_rows.at(row).isGroup())
            continue;
        const QRect line = rowRect(row);
        painter.fillRect(QRect(m_labelWidth, line.top(), viewport()->width(), line.height()),
                         colors.alternate);
        QDate from;
        QDate to;
        for (int task = row + 1; task < m_rows.size() && !m_rows.at(task).isGroup(); ++task) {
            const QRect bar = barRectOfRow(task);
            if (bar.isEmpty())
                continue;
            const TimelineRow &each = m_rows.at(task);
            for (const QDate &date : {each.startOn, each.dueOn}) {
                if (!date.isValid())
                    continue;
                from = from.isValid() ? std::min(from, date) : date;
                to = to.isValid() ? std::max(to, date) : date;
            }
        }
        if (from.isValid())
            painter.fillRect(QRect(xForDate(from), line.center().y() - 1,
                                   int(from.daysTo(to) + 1) * dayWidth(), 3),
                             colors.muted);
    }
    painter.setPen(colors.grid);
    for (int row = firstRow; row <= lastRow; ++row) {
        const int y = rowRect(row).bottom();
        painter.drawLine(m_labelWidth, y, viewport()->width(), y);
    }
}

void TimelineView::paintBar(QPainter &painter, const Colors &colors, int row) const
{
    const TimelineRow &task = m_rows.at(row);
    const QRect bar = barRectOfRow(row);
    if (bar.isEmpty())
        return;
    const Span span = spanOf(task);
    QColor fill = colors.openFill;
    QColor edge = colors.openEdge;
    if (task.status == TaskStatus::Done) {
        fill = colors.doneFill;
        edge = colors.doneEdge;
    } else if (task.status == TaskStatus::Dropped) {
        fill = colors.droppedFill;
        edge = colors.muted;
    } else if (task.status == TaskStatus::NotStarted) {
        fill = mix(colors.base, fill, 0.55);
    }
    QPen pen(task.late ? colors.late : edge, task.late ? 2 : 1);
    if (span == Span::Open || task.status == TaskStatus::Dropped)
        pen.setStyle(Qt::DashLine);
    painter.setPen(pen);
    painter.setBrush(fill);
    const QRectF shape = QRectF(bar).adjusted(0.5, 0.5, -0.5, -0.5);
    if (span == Span::Diamond) {
        const QPointF c = shape.center();
        const QPolygonF diamond{QPointF(c.x(), shape.top()), QPointF(shape.right(), c.y()),
                                QPointF(c.x(), shape.bottom()), QPointF(shape.left(), c.y())};
        painter.drawPolygon(diamond);
    } else {
        painter.drawRoundedRect(shape, 3, 3);
    }
    if (task.late) {
        // A small red flag past the due day: "!" in a circle.
        const int size = bar.height();
        const QRectF marker(bar.right() + 3, bar.top(), size, size);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colors.late);
        painter.drawEllipse(marker);
        QFont bold = painter.font();
        bold.setBold(true);
        bold.setPixelSize(std::max(8, size - 3));
        painter.setFont(bold);
        painter.setPen(colors.base);
        painter.drawText(marker, Qt::AlignCenter, u"!"_s);
        painter.setFont(font());
    }
    if (row == m_current) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(hasFocus() ? colors.text : colors.muted, 1, Qt::DotLine));
        painter.drawRoundedRect(QRectF(bar).adjusted(-2.5, -2.5, 2.5, 2.5), 4, 4);
    }
}

void TimelineView::paintAxis(QPainter &painter, const Colors &colors) const
{
    const int width = viewport()->width();
    const int band = m_axisHeight / 2;
    painter.save();
    painter.fillRect(QRect(0, 0, width, m_axisHeight), colors.header);
    painter.setClipRect(QRect(m_labelWidth, 0, width - m_labelWidth, m_axisHeight));
    const QLocale locale;
    // A period's label in the top band: at its start, or kept at the chart's
    // left edge while the period is still in view.
    const auto stickyBand = [this, band](int x, int periodWidth) {
        const int left = std::max(x, m_labelWidth) + 4;
        return QRect(left, 0, std::max(0, x + periodWidth - left - 4), band);
    };
    const int leftDay = std::max(0, horizontalScrollBar()->value() / dayWidth() - 100);
    const int days = (width - m_labelWidth) / dayWidth() + 200;
    for (int i = leftDay; i <= leftDay + days; ++i) {
        const QDate day = m_first.addDays(i);
        if (day > m_last)
            break;
        const int x = xForDate(day);
        painter.setPen(colors.grid);
        if (day.day() == 1) {
            const int monthWidth = day.daysInMonth() * dayWidth();
            const bool quarterStart = (day.month() - 1) % 3 == 0;
            if (m_zoom == Zoom::Month) {
                painter.drawLine(x, 0, x, m_axisHeight);
                painter.setPen(colors.headerText);
                painter.drawText(stickyBand(x, monthWidth), Qt::AlignLeft | Qt::AlignVCenter,
                                 locale.standaloneMonthName(day.month()) + u' '
                                     + QString::number(day.year()));
            } else {
                painter.drawLine(x, quarterStart ? 0 : band, x, m_axisHeight);
                painter.setPen(colors.headerText);
                painter.drawText(QRect(x, band, monthWidth, band), Qt::AlignCenter,
                                 locale.standaloneMonthName(day.month(), QLocale::ShortFormat));
                if (quarterStart) {
                    const int quarterWidth = int(day.daysTo(day.addMonths(3))) * dayWidth();
                    painter.drawText(stickyBand(x, quarterWidth), Qt::AlignLeft | Qt::AlignVCenter,
                                     tr("Q%1 %2").arg((day.month() - 1) / 3 + 1).arg(day.year()));
                }
            }
        }
        if (m_zoom == Zoom::Month && day.dayOfWeek() == 1) {
            // Weeks: the day of the month their Monday falls on.
            painter.setPen(colors.grid);
            painter.drawLine(x, band, x, m_axisHeight);
            painter.setPen(colors.headerText);
            painter.drawText(QRect(x + 3, band, 7 * dayWidth() - 3, band),
                             Qt::AlignLeft | Qt::AlignVCenter, QString::number(day.day()));
        }
    }
    // Today's mark on the axis.
    painter.setPen(QPen(colors.today, 2));
    painter.drawLine(todayX(), band, todayX(), m_axisHeight);
    painter.restore();
    painter.setPen(colors.grid);
    painter.drawLine(0, m_axisHeight - 1, width, m_axisHeight - 1);
}

void TimelineView::paintLabels(QPainter &painter, const Colors &colors, int firstRow,
                               int lastRow) const
{
    const int height = viewport()->height();
    painter.save();
    painter.fillRect(QRect(0, 0, m_labelWidth, m_axisHeight), colors.header);
    painter.setPen(colors.headerText);
    painter.drawText(QRect(8, 0, m_labelWidth - 16, m_axisHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Group and task"));
    painter.setClipRect(QRect(0, m_axisHeight, m_labelWidth, height - m_axisHeight));
    painter.fillRect(QRect(0, m_axisHeight, m_labelWidth, height), colors.base);
    const QFont normal = font();
    QFont bold = normal;
    bold.setBold(true);
    for (int row = firstRow; row <= lastRow; ++row) {
        const TimelineRow &each = m_rows.at(row);
        const QRect line = rowRect(row);
        const QRect cell(0, line.top(), m_labelWidth, line.height());
        QColor text = colors.text;
        if (each.isGroup()) {
            painter.fillRect(cell, colors.alternate);
        } else if (row == m_current) {
            painter.fillRect(
                cell, hasFocus() ? colors.highlight : mix(colors.base, colors.highlight, 0.35));
            text = hasFocus() ? colors.highlightText : colors.text;
        }
        painter.setFont(each.isGroup() ? bold : normal);
        const int indent = each.isGroup() ? 8 : 22;
        const QRect textRect = cell.adjusted(indent, 0, -8, 0);
        QString title = each.title;
        if (each.late)
            title = tr("%1 (late)").arg(title);
        painter.setPen(each.late && row != m_current ? colors.late : text);
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(title, Qt::ElideRight, textRect.width()));
        painter.setPen(colors.grid);
        painter.drawLine(0, cell.bottom(), m_labelWidth, cell.bottom());
    }
    painter.restore();
    painter.setPen(colors.grid);
    painter.drawLine(m_labelWidth - 1, 0, m_labelWidth - 1, height);
}

} // namespace Coalition::Ui
