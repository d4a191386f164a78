// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Coalition::Ui {

// Edits a cell whose value is one of a few choices (a contribution's kind or
// period) with a combo box. The model's edit role holds the choice's value.
class ChoiceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoiceDelegate)

public:
    ChoiceDelegate(QList<std::pair<QString, int>> choices, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    QList<std::pair<QString, int>> m_choices;
};

} // namespace Coalition::Ui
