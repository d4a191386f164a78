// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/registrycommon.h"

#include <QAction>
#include <QHeaderView>
#include <QLocale>
#include <QTableView>
#include <QToolButton>

namespace Coalition::Ui::Registry {

QString joinedList(const QStringList &items)
{
    const QLocale locale;
    return (locale.language() == QLocale::C ? QLocale(QLocale::English) : locale)
        .createSeparatedList(items);
}

QToolButton *actionButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

QAction *makeAction(QObject *parent, const QString &iconName, const QString &text,
                    const QString &objectName, const QList<QKeySequence> &shortcuts,
                    Qt::ShortcutContext context, const QString &toolTip)
{
    auto *action = new QAction(QIcon::fromTheme(iconName), text, parent);
    action->setObjectName(objectName);
    action->setShortcuts(shortcuts);
    action->setShortcutContext(context);
    action->setToolTip(toolTip);
    return action;
}

void setUpTable(QTableView *table, const QString &objectName, const QString &accessibleName)
{
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    table->setCornerButtonEnabled(false);
    QHeaderView *rows = table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(table->fontMetrics().height() + 10);
    QHeaderView *columns = table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setStretchLastSection(true);
    columns->setSortIndicator(0, Qt::AscendingOrder);
    table->setSortingEnabled(true);
}

} // namespace Coalition::Ui::Registry
