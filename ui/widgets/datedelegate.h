// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Coalition::Ui {

// Edits a cell holding a date that may be missing (a task's start or due
// date) with a date editor. The model's edit role holds the QDate, invalid
// when there is none; the editor's first day, shown as "none", clears it.
class DateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateDelegate)

public:
    explicit DateDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace Coalition::Ui
