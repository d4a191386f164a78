// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/stagehistoryview.h"

#include "widgets/dashboardcolors.h"

#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

constexpr int Margin = 6;

QFont boldened(QFont font)
{
    font.setBold(true);
    return font;
}

} // namespace

StageHistoryView::StageHistoryView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"stageHistory"_s);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Stage history"));
    updateDescription();
}

void StageHistoryView::setHistory(const QList<StageChange> &history, const QDate &today,
                                  const QHash<Id, QString> &decisionTitles)
{
    m_history = history;
    // Oldest first whatever the caller's order; of one day, the one recorded first.
    std::stable_sort(m_history.begin(), m_history.end(),
                     [](const StageChange &a, const StageChange &b) {
                         return a.on != b.on ? a.on < b.on : a.id < b.id;
                     });
    m_decisionTitles = decisionTitles;
    m_today = today;
    if (m_current >= m_history.size())
        m_current = m_history.isEmpty() ? -1 : int(m_history.size()) - 1;
    layoutMarkers();
    updateDescription();
    updateGeometry();
    update();
}

QString StageHistoryView::emptyText() const
{
    return tr("No stage recorded yet. Record the coalition's stage on the Stage page: each "
              "change then appears here with its date and rationale.");
}

QString StageHistoryView::dateText(const QDate &date) const
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : tr("undated");
}

int StageHistoryView::labelWidth() const
{
    const QFontMetrics bold(boldened(font()));
    int widest = fontMetrics().horizontalAdvance(dateText(QDate(2000, 12, 28)));
    for (const StageChange &change : m_history)
        widest = std::max(widest, bold.horizontalAdvance(enumLabel(change.stage)));
    return widest + 8;
}

int StageHistoryView::lineY() const
{
    const int line = fontMetrics().height();
    return Margin + line + 4 + line / 2;
}

void StageHistoryView::layoutMarkers() const
{
    m_laidOutWidth = width();
    m_x.clear();
    const int count = int(m_history.size());
    const int half = labelWidth() / 2;
    const int left = Margin + half;
    const int right = std::max(left + 1, width() - Margin - half);
    m_todayX = width() - Margin - 2;
    if (count == 0)
        return;

    // In proportion to the dates, from the first change to today ...
    const QDate first = m_history.constFirst().on;
    QDate last = m_today.isValid() ? m_today : m_history.constLast().on;
    if (m_history.constLast().on.isValid() && m_history.constLast().on > last)
        last = m_history.constLast().on;
    const qint64 span
        = first.isValid() && last.isValid() ? std::max<qint64>(1, first.daysTo(last)) : 0;
    for (const StageChange &change : std::as_const(m_history)) {
        const qint64 days = span > 0 && change.on.isValid() ? first.daysTo(change.on) : 0;
        m_x.append(left
                   + int(double(right - left) * double(days) / double(std::max<qint64>(1, span))));
    }
    // ... but never so close that two labels overlap: pushed apart forwards,
    // then back from the right edge, and spaced evenly if even that fails.
    const int gap = labelWidth() + 4;
    for (int i = 1; i < count; ++i)
        m_x[i] = std::max(m_x.at(i), m_x.at(i - 1) + gap);
    if (m_x.constLast() > right) {
        m_x.last() = right;
        for (int i = count - 2; i >= 0; --i)
            m_x[i] = std::min(m_x.at(i), m_x.at(i + 1) - gap);
    }
    if (m_x.constFirst() < left) {
        for (int i = 0; i < count; ++i)
            m_x[i] = count == 1 ? left : left + (right - left) * i / (count - 1);
    }
}

const QList<int> &StageHistoryView::markerXs() const
{
    if (m_laidOutWidth != width())
        layoutMarkers();
    return m_x;
}

QPoint StageHistoryView::markerCenter(int index) const
{
    markerXs();
    if (index < 0 || index >= m_x.size())
        return {};
    return {m_x.at(index), lineY()};
}

QRect StageHistoryView::markerRect(int index) const
{
    markerXs();
    if (index < 0 || index >= m_x.size())
        return {};
    const int width = labelWidth();
    return QRect(m_x.at(index) - width / 2, Margin, width, sizeHint().height() - 2 * Margin);
}

int StageHistoryView::markerAt(const QPoint &pos) const
{
    // The nearest marker whose labels are under the point.
    int found = -1;
    int distance = 0;
    markerXs();
    for (int index = 0; index < m_x.size(); ++index) {
        if (!markerRect(index).contains(pos))
            continue;
        const int d = std::abs(pos.x() - m_x.at(index));
        if (found < 0 || d < distance) {
            found = index;
            distance = d;
        }
    }
    return found;
}

QString StageHistoryView::markerToolTip(int index) const
{
    if (index < 0 || index >= m_history.size())
        return {};
    const StageChange &change = m_history.at(index);
    QStringList lines;
    lines.append(tr("%1, from %2").arg(enumLabel(change.stage), dateText(change.on)));
    if (index + 1 < m_history.size())
        lines.append(tr("Until %1, when it was recorded as %2.")
                         .arg(dateText(m_history.at(index + 1).on),
                              enumLabel(m_history.at(index + 1).stage)));
    else
        lines.append(tr("The coalition's recorded stage today."));
    if (!change.rationale.isEmpty())
        lines.append(tr("Why: %1").arg(change.rationale));
    if (change.decisionId) {
        const QString title = m_decisionTitles.value(*change.decisionId);
        lines.append(title.isEmpty() ? tr("Settled by a recorded decision.")
                                     : tr("Settled by the decision “%1”.").arg(title));
    }
    return lines.join(u'\n');
}

void StageHistoryView::setCurrentIndex(int index)
{
    const int wanted = m_history.isEmpty() ? -1 : std::clamp(index, 0, int(m_history.size()) - 1);
    if (wanted == m_current)
        return;
    m_current = wanted;
    update();
}

void StageHistoryView::updateDescription()
{
    if (m_history.isEmpty()) {
        setAccessibleDescription(emptyText());
        return;
    }
    QStringList parts;
    for (const StageChange &change : std::as_const(m_history))
        parts.append(tr("%1: %2.").arg(dateText(change.on), enumLabel(change.stage)));
    const int count = int(m_history.size());
    setAccessibleDescription((count == 1
                                  ? tr("1 recorded stage change.")
                                  : tr("%n recorded stage changes, oldest first.", nullptr, count))
                             + u' ' + parts.join(u' '));
}

QSize StageHistoryView::sizeHint() const
{
    const int line = fontMetrics().height();
    const int height = lineY() + line / 2 + 4 + line + Margin;
    const int markers = std::max<int>(3, int(m_history.size()));
    return {std::max(360, markers * (labelWidth() + 4) + 2 * Margin), height};
}

QSize StageHistoryView::minimumSizeHint() const
{
    return {240, sizeHint().height()};
}

void StageHistoryView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutMarkers();
}

bool StageHistoryView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int index = markerAt(help->pos());
        if (index >= 0) {
            QToolTip::showText(help->globalPos(), markerToolTip(index), this, markerRect(index));
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        layoutMarkers();
    return QWidget::event(event);
}

void StageHistoryView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const DashboardColors colors = DashboardColors::from(palette());
    if (m_history.isEmpty()) {
        painter.setPen(colors.muted);
        painter.drawText(rect().adjusted(Margin, 0, -Margin, 0), Qt::AlignCenter | Qt::TextWordWrap,
                         emptyText());
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    markerXs();
    const int y = lineY();
    const int line = fontMetrics().height();
    const int radius = std::max(4, line / 2 - 1);

    // The line to today, and each stage's stretch shaded in its colour.
    painter.setPen(QPen(colors.line, 1));
    painter.drawLine(m_x.constFirst(), y, m_todayX, y);
    painter.drawLine(m_todayX, y - radius, m_todayX, y + radius);
    for (int i = 0; i < m_x.size(); ++i) {
        const int to = i + 1 < m_x.size() ? m_x.at(i + 1) : m_todayX;
        painter.fillRect(QRect(m_x.at(i), y - 3, std::max(0, to - m_x.at(i)), 6),
                         colors.stage(m_history.at(i).stage));
    }

    const QFont bold = boldened(font());
    const int width = labelWidth();
    for (int i = 0; i < m_x.size(); ++i) {
        const StageChange &change = m_history.at(i);
        const QPoint center(m_x.at(i), y);
        const bool latest = i == m_x.size() - 1;
        painter.setPen(QPen(colors.text, latest ? 2 : 1));
        painter.setBrush(colors.stage(change.stage));
        painter.drawEllipse(center, radius, radius);
        if (hasFocus() && i == m_current) {
            painter.setPen(QPen(colors.highlight, 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(center, radius + 4, radius + 4);
        }
        // The stage above the line, the date below.
        painter.setPen(colors.text);
        painter.setFont(latest ? bold : font());
        const QRect name(center.x() - width / 2, Margin, width, line);
        painter.drawText(
            name, Qt::AlignCenter,
            painter.fontMetrics().elidedText(enumLabel(change.stage), Qt::ElideRight, width));
        painter.setFont(font());
        painter.setPen(colors.muted);
        const QRect date(center.x() - width / 2, y + radius + 4, width, line);
        painter.drawText(date, Qt::AlignCenter,
                         fontMetrics().elidedText(dateText(change.on), Qt::ElideRight, width));
    }
}

void StageHistoryView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const int index = markerAt(event->position().toPoint());
    if (index < 0)
        return;
    setCurrentIndex(index);
    Q_EMIT changeActivated(m_history.at(index).id);
}

void StageHistoryView::keyPressEvent(QKeyEvent *event)
{
    if (m_history.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    int next = m_current < 0 ? int(m_history.size()) - 1 : m_current;
    switch (event->key()) {
    case Qt::Key_Left:
        next = std::max(0, next - 1);
        break;
    case Qt::Key_Right:
        next = std::min(int(m_history.size()) - 1, next + 1);
        break;
    case Qt::Key_Home:
        next = 0;
        break;
    case Qt::Key_End:
        next = int(m_history.size()) - 1;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0)
            Q_EMIT changeActivated(m_history.at(m_current).id);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    setCurrentIndex(next);
    if (isVisible())
        QToolTip::showText(mapToGlobal(markerRect(next).bottomLeft()), markerToolTip(next), this,
                           markerRect(next));
}

void StageHistoryView::focusInEvent(QFocusEvent *event)
{
    if (m_current < 0 && !m_history.isEmpty())
        m_current = int(m_history.size()) - 1;
    update();
    QWidget::focusInEvent(event);
}

void StageHistoryView::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

} // namespace Coalition::Ui
