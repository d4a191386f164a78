// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Coalition::Ui {

// Edits a cell with a combo box whose choices differ from row to row (the
// people of the row's organization): the model gives the labels and the
// values of the choices under two roles, and the current value as EditRole.
// A choice is written as soon as it is made.
class RowChoiceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowChoiceDelegate)

public:
    RowChoiceDelegate(int labelsRole, int valuesRole, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    int m_labelsRole;
    int m_valuesRole;
};

} // namespace Coalition::Ui
