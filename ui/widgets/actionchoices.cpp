// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/actionchoices.h"

#include <QComboBox>
#include <QListWidget>

namespace Coalition::Ui {

void fillIdCombo(QComboBox *combo, const QString &noneText,
                 const QList<std::pair<Id, QString>> &choices, std::optional<Id> current)
{
    combo->clear();
    if (!noneText.isEmpty())
        combo->addItem(noneText, Id(0));
    for (const auto &[id, label] : choices)
        combo->addItem(label, id);
    const int found = combo->findData(current ? *current : Id(0));
    combo->setCurrentIndex(found >= 0 ? found : 0);
}

std::optional<Id> comboId(const QComboBox *combo)
{
    const Id id = combo->currentData().toLongLong();
    return id > 0 ? std::optional<Id>(id) : std::nullopt;
}

void fillCheckList(QListWidget *list, const QList<std::pair<Id, QString>> &choices,
                   const QList<Id> &checked)
{
    list->clear();
    for (const auto &[id, label] : choices) {
        auto *item = new QListWidgetItem(label, list);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
}

QList<Id> checkedIds(const QListWidget *list)
{
    QList<Id> ids;
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem *item = list->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

} // namespace Coalition::Ui
