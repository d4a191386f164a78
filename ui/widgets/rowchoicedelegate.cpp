// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/rowchoicedelegate.h"

#include <QComboBox>

namespace Coalition::Ui {

RowChoiceDelegate::RowChoiceDelegate(int labelsRole, int valuesRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_labelsRole(labelsRole)
    , m_valuesRole(valuesRole)
{ }

QWidget *RowChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                         const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    const QStringList labels = index.data(m_labelsRole).toStringList();
    const QVariantList values = index.data(m_valuesRole).toList();
    for (qsizetype i = 0; i < labels.size() && i < values.size(); ++i)
        combo->addItem(labels.at(i), values.at(i));
    combo->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    // A choice made with the mouse or the arrow keys is written at once.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<RowChoiceDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void RowChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int found = combo->findData(index.data(Qt::EditRole));
    combo->setCurrentIndex(found >= 0 ? found : 0);
}

void RowChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    const auto *combo = static_cast<QComboBox *>(editor);
    if (combo->currentIndex() >= 0)
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace Coalition::Ui
