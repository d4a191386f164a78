// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

QT_BEGIN_NAMESPACE
class QComboBox;
class QListWidget;
QT_END_NAMESPACE

namespace Coalition::Ui {

// The choosers the action dialogs share: a combo box of ids with a "none"
// entry first, and a check list of ids.

// Fills the combo with `noneText` (value 0) then the choices, and selects `current`.
void fillIdCombo(QComboBox *combo, const QString &noneText,
                 const QList<std::pair<Id, QString>> &choices, std::optional<Id> current);
// The chosen id, nothing for the "none" entry.
std::optional<Id> comboId(const QComboBox *combo);

void fillCheckList(QListWidget *list, const QList<std::pair<Id, QString>> &choices,
                   const QList<Id> &checked);
// The checked ids, in the list's order.
QList<Id> checkedIds(const QListWidget *list);

} // namespace Coalition::Ui
