// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/stagewrapdelegate.h"

#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

namespace Coalition::Ui {

StageWrapDelegate::StageWrapDelegate(QTreeView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
    view->setItemDelegate(this);
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    view->setTextElideMode(Qt::ElideNone);
    // Heights follow the widths: lay the rows out again once a burst of
    // resizes (a dragged column, a resized window) is over.
    auto *relayout = new QTimer(this);
    relayout->setSingleShot(true);
    relayout->setInterval(0);
    connect(relayout, &QTimer::timeout, view, &QTreeView::doItemsLayout);
    connect(view->header(), &QHeaderView::sectionResized, relayout, qOverload<>(&QTimer::start));
}

int StageWrapDelegate::cellWidth(const QModelIndex &index) const
{
    const QHeaderView *header = m_view->header();
    const bool spanned = m_view->isFirstColumnSpanned(index.row(), index.parent());
    int width = spanned ? m_view->viewport()->width() : header->sectionSize(index.column());
    if (spanned || header->visualIndex(index.column()) == 0) {
        int depth = m_view->rootIsDecorated() ? 1 : 0;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        width -= depth * m_view->indentation();
    }
    return qMax(width, 24);
}

QSize StageWrapDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyleOptionViewItem measured(option);
    // A valid rectangle of the cell's width: the style wraps the text in it.
    measured.rect = QRect(0, 0, cellWidth(index), qMax(option.rect.height(), 1));
    measured.features |= QStyleOptionViewItem::WrapText;
    // A little air between rows of several lines.
    return QStyledItemDelegate::sizeHint(measured, index) + QSize(0, 6);
}

} // namespace Coalition::Ui
