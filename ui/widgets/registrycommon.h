// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QAction;
class QObject;
class QTableView;
class QToolButton;
class QWidget;
QT_END_NAMESPACE

namespace Coalition::Ui {

// What the Organizations and People pages share: their tables, actions and
// buttons look and behave alike.
namespace Registry {

// "A, B and C" in the user's language; the C locale (which joins with
// commas only) reads as the English the texts are written in.
QString joinedList(const QStringList &items);

// A button showing the action's text beside its icon.
QToolButton *actionButton(QAction *action, QWidget *parent);
QAction *makeAction(QObject *parent, const QString &iconName, const QString &text,
                    const QString &objectName, const QList<QKeySequence> &shortcuts,
                    Qt::ShortcutContext context, const QString &toolTip);
// A read-only table of records: whole rows, one at a time, sortable, every
// row one fixed height (a view that never measures rows stays quick).
void setUpTable(QTableView *table, const QString &objectName, const QString &accessibleName);

} // namespace Registry
} // namespace Coalition::Ui
