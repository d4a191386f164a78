// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

QT_BEGIN_NAMESPACE
class QTreeView;
QT_END_NAMESPACE

namespace Coalition::Ui {

// Lets the rows of a tree view grow to show their wrapped text in full (the
// Stage page's criteria with their evidence, the stage history, the type
// fit). QTreeView asks its delegate for a row's height without saying how
// wide the cell is, so that without help a wrapped text gets one line; this
// delegate measures the text against the column's width (less the
// indentation of the first column; the whole row for a row spanning every
// column), and lays the rows out again when a column is resized.
class StageWrapDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageWrapDelegate)

public:
    // Becomes the view's delegate, with word wrap on and uniform row heights
    // off.
    explicit StageWrapDelegate(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int cellWidth(const QModelIndex &index) const;

    QTreeView *m_view;
};

} // namespace Coalition::Ui
