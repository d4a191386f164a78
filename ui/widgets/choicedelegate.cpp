// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/choicedelegate.h"

#include <QComboBox>

namespace Coalition::Ui {

ChoiceDelegate::ChoiceDelegate(QList<std::pair<QString, int>> choices, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
{ }

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    for (const auto &[label, value] : m_choices)
        combo->addItem(label, value);
    combo->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    const auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace Coalition::Ui
