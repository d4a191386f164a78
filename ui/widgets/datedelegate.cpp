// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/datedelegate.h"

#include <QDateEdit>

namespace Coalition::Ui {

namespace {

// The day before any date a coalition records: stands for "no date".
QDate noDate()
{
    return {1900, 1, 1};
}

} // namespace

DateDelegate::DateDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QWidget *DateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                    const QModelIndex &index) const
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(noDate());
    edit->setSpecialValueText(tr("None"));
    edit->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    return edit;
}

void DateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = static_cast<QDateEdit *>(editor);
    const QDate date = index.data(Qt::EditRole).toDate();
    edit->setDate(date.isValid() ? date : noDate());
}

void DateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                const QModelIndex &index) const
{
    const auto *edit = static_cast<QDateEdit *>(editor);
    const QDate date = edit->date();
    model->setData(index, date == noDate() ? QDate() : date, Qt::EditRole);
}

} // namespace Coalition::Ui
