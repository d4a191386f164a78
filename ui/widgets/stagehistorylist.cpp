// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/stagehistorylist.h"

#include "models/memberdisplay.h"
#include "widgets/emptylistnotice.h"
#include "widgets/stagewrapdelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

StageHistoryList::StageHistoryList(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_notice(new EmptyListNotice(this))
    , m_list(new QWidget(this))
    , m_tree(new QTreeWidget(m_list))
    , m_buttons(new QWidget(m_list))
{
    setObjectName(u"stageHistoryList"_s);
    m_tree->setObjectName(u"stageHistoryTable"_s);
    m_tree->setAccessibleName(tr("Stage history"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("From"), tr("Stage"), tr("Rationale"), tr("Decision")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    new StageWrapDelegate(m_tree);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(DateColumn, 120);
    m_tree->setColumnWidth(StageColumn, 210);
    m_tree->setColumnWidth(RationaleColumn, 420);
    m_notice->setMessage(
        tr("No stage recorded yet"),
        tr("The stage the coalition is in is your call: record it with the date and why. The "
           "criteria show what the evidence supports; a recorded stage ahead of it is allowed "
           "and flagged."),
        tr("Record Stage Change…"));
    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    auto *listLayout = new QVBoxLayout(m_list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_tree, 1);
    listLayout->addWidget(m_buttons);
    m_stack->addWidget(m_notice);
    m_stack->addWidget(m_list);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &StageHistoryList::updateState);
    updateState();
}

void StageHistoryList::setActions(const QList<QAction *> &actions, QAction *activate, QAction *add)
{
    auto *layout = static_cast<QHBoxLayout *>(m_buttons->layout());
    for (QAction *action : actions) {
        auto *button = new QToolButton(m_buttons);
        button->setDefaultAction(action);
        button->setObjectName(action->objectName() + u"Button"_s);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        layout->addWidget(button);
    }
    layout->addStretch(1);
    m_tree->addAction(add);
    m_tree->addActions(actions);
    connect(m_tree, &QTreeWidget::itemActivated, activate, [activate] { activate->trigger(); });
    connect(m_notice, &EmptyListNotice::buttonClicked, add, &QAction::trigger);
}

void StageHistoryList::setChanges(const QList<StageChange> &changes,
                                  const QHash<Id, QString> &decisions)
{
    const Id keep = m_current;
    {
        const QSignalBlocker blocker(m_tree);
        m_tree->clear();
        for (qsizetype i = changes.size() - 1; i >= 0; --i) {
            const StageChange &change = changes.at(i);
            auto *item = new QTreeWidgetItem(m_tree);
            const bool latest = i == changes.size() - 1;
            item->setText(DateColumn, MemberDisplay::date(change.on));
            item->setText(StageColumn,
                          latest ? tr("%1 (current)").arg(enumLabel(change.stage))
                                 : enumLabel(change.stage));
            if (latest)
                item->setToolTip(StageColumn,
                                 tr("The latest entry: the coalition's recorded stage"));
            item->setText(RationaleColumn, change.rationale);
            item->setToolTip(RationaleColumn, change.rationale);
            QString decision;
            if (change.decisionId)
                decision = decisions.value(*change.decisionId,
                                           tr("Decision %1").arg(*change.decisionId));
            item->setText(DecisionColumn, decision);
            item->setToolTip(DecisionColumn, decision);
            item->setData(DateColumn, Qt::UserRole, change.id);
            if (latest) {
                QFont font = item->font(StageColumn);
                font.setBold(true);
                item->setFont(StageColumn, font);
            }
        }
    }
    if (!selectChange(keep))
        updateState();
}

bool StageHistoryList::selectChange(Id id)
{
    if (id <= 0)
        return false;
    for (int row = 0; row < m_tree->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_tree->topLevelItem(row);
        if (item->data(DateColumn, Qt::UserRole).toLongLong() == id) {
            m_tree->setCurrentItem(item);
            m_tree->scrollToItem(item);
            updateState();
            return true;
        }
    }
    return false;
}

bool StageHistoryList::isShowingNotice() const
{
    return m_stack->currentWidget() == m_notice;
}

int StageHistoryList::count() const
{
    return m_tree->topLevelItemCount();
}

void StageHistoryList::updateState()
{
    m_stack->setCurrentWidget(count() > 0 ? m_list : static_cast<QWidget *>(m_notice));
    const QTreeWidgetItem *item = m_tree->currentItem();
    const Id id = item ? item->data(DateColumn, Qt::UserRole).toLongLong() : 0;
    if (id != m_current) {
        m_current = id;
        Q_EMIT currentChanged(id);
    }
}

} // namespace Coalition::Ui
