// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/outcomelistview.h"

#include "models/outcomelistmodel.h"
#include "widgets/emptylistnotice.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

OutcomeListView::OutcomeListView(OutcomeListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_stack(new QStackedWidget(this))
    , m_notice(new EmptyListNotice(this))
    , m_list(new QWidget(this))
    , m_table(new QTableView(m_list))
    , m_buttons(new QWidget(m_list))
    , m_note(new QLabel(m_list))
{
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();
    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    auto *listLayout = new QVBoxLayout(m_list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_note);
    listLayout->addWidget(m_buttons);
    m_stack->addWidget(m_notice);
    m_stack->addWidget(m_list);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OutcomeListView::updateState);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &OutcomeListView::updateState);
    connect(model, &QAbstractItemModel::modelReset, this, &OutcomeListView::updateState);
    connect(model, &QAbstractItemModel::layoutChanged, this, &OutcomeListView::updateState);
    updateState();
}

void OutcomeListView::setEmptyMessage(const QString &title, const QString &hint, QAction *add)
{
    m_notice->setMessage(title, hint, QString(add->text()).remove(u'&'));
    connect(m_notice, &EmptyListNotice::buttonClicked, add, &QAction::trigger,
            Qt::UniqueConnection);
}

void OutcomeListView::setActions(const QList<QAction *> &actions, QAction *activate)
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
    m_table->addActions(actions);
    addActions(actions);
    connect(m_table, &QTableView::activated, activate, &QAction::trigger);
}

void OutcomeListView::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

bool OutcomeListView::isShowingNotice() const
{
    return m_stack->currentWidget() == m_notice;
}

Id OutcomeListView::currentId() const
{
    return m_current;
}

bool OutcomeListView::selectRecord(Id id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    updateState();
    return true;
}

void OutcomeListView::updateState()
{
    m_stack->setCurrentWidget(m_model->rowCount() > 0 ? m_list : static_cast<QWidget *>(m_notice));
    const QModelIndex index = m_table->currentIndex();
    const Id id = index.isValid() ? m_model->idAt(index.row()) : 0;
    if (id != m_current) {
        m_current = id;
        Q_EMIT currentChanged(id);
    }
}

} // namespace Coalition::Ui
