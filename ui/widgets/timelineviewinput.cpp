// SPDX-License-Identifier: GPL-3.0-or-later
// TimelineView's input: clicks on bars, the wheel with Ctrl to zoom, the
// keyboard to move the selection and activate, tooltips.
#include "timelineview.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QWheelEvent>

namespace Coalition::Ui {

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    const int bar = taskRowAt(pos);
    if (bar >= 0) {
        selectRow(bar);
        Q_EMIT taskActivated(m_rows.at(bar).taskId);
        return;
    }
    // A click on a task's label selects it without opening it.
    const int row = rowAt(pos.y());
    if (row >= 0 && pos.x() < m_labelWidth && !m_rows.at(row).isGroup())
        selectRow(row);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    // The press did the work; the release only ends the click.
    event->setAccepted(event->button() == Qt::LeftButton);
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const bool overBar = taskRowAt(event->position().toPoint()) >= 0;
    viewport()->setCursor(overBar ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QAbstractScrollArea::mouseMoveEvent(event);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta > 0)
            zoomIn();
        else if (delta < 0)
            zoomOut();
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    int target = -2; // -2: not a selection key
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Right:
        target = stepSelection(m_current, 1);
        break;
    case Qt::Key_Up:
    case Qt::Key_Left:
        target = m_current < 0 ? stepSelection(-1, 1) : stepSelection(m_current, -1);
        break;
    case Qt::Key_Home:
        target = stepSelection(-1, 1);
        break;
    case Qt::Key_End:
        target = stepSelection(int(m_rows.size()), -1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current >= 0) {
            Q_EMIT taskActivated(currentTask());
            event->accept();
            return;
        }
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        event->accept();
        return;
    case Qt::Key_Minus:
        zoomOut();
        event->accept();
        return;
    default:
        break;
    }
    if (target == -2) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    if (target >= 0)
        selectRow(target);
    event->accept();
}

void TimelineView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void TimelineView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        int row = taskRowAt(help->pos());
        if (row < 0 && help->pos().x() < m_labelWidth) {
            row = rowAt(help->pos().y());
            if (row >= 0 && m_rows.at(row).isGroup())
                row = -1;
        }
        if (row < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        QToolTip::showText(help->globalPos(), toolTipOfRow(row), viewport(),
                           row == taskRowAt(help->pos()) ? barRectOfRow(row) : rowRect(row));
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace Coalition::Ui
