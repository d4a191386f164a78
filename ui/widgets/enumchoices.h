// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enums.h"

#include <QComboBox>

#include <utility>

namespace Coalition::Ui {

// Combo boxes over the domain's closed vocabularies: the translated label
// shown, the value kept as the item's data.

template<typename E>
QList<std::pair<QString, int>> enumChoices()
{
    QList<std::pair<QString, int>> choices;
    for (const auto &entry : enumEntries<E>())
        choices.append({enumLabel(entry.value), static_cast<int>(entry.value)});
    return choices;
}

template<typename E>
void fillEnumCombo(QComboBox *combo)
{
    for (const auto &[label, value] : enumChoices<E>())
        combo->addItem(label, value);
}

template<typename E>
void setComboEnum(QComboBox *combo, E value)
{
    combo->setCurrentIndex(combo->findData(static_cast<int>(value)));
}

template<typename E>
E comboEnum(const QComboBox *combo)
{
    return static_cast<E>(combo->currentData().toInt());
}

} // namespace Coalition::Ui
