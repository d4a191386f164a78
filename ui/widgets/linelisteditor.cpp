// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/linelisteditor.h"

#include <QAction>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

LineListEditor::LineListEditor(const QString &addText, const QString &removeText, QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(addText, this))
    , m_remove(new QPushButton(removeText, this))
{
    m_list->setObjectName(u"lines"_s);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_list->setUniformItemSizes(true);
    m_list->setToolTip(tr("Double-click or press F2 to edit a line"));
    m_add->setObjectName(u"addLine"_s);
    m_remove->setObjectName(u"removeLine"_s);
    m_remove->setToolTip(tr("Remove the selected line (Delete)"));
    m_remove->setEnabled(false);

    auto *removeKey = new QAction(m_list);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(removeKey);
    connect(removeKey, &QAction::triggered, this, &LineListEditor::removeCurrentLine);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_list);

    connect(m_add, &QPushButton::clicked, this, &LineListEditor::addLine);
    connect(m_remove, &QPushButton::clicked, this, &LineListEditor::removeCurrentLine);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(m_list, &QListWidget::itemChanged, this, &LineListEditor::changed);
}

QStringList LineListEditor::lines() const
{
    QStringList result;
    result.reserve(m_list->count());
    for (int i = 0; i < m_list->count(); ++i)
        result.append(m_list->item(i)->text());
    return result;
}

void LineListEditor::setLines(const QStringList &lines)
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const QString &line : lines) {
            auto *item = new QListWidgetItem(line, m_list);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
    }
    m_remove->setEnabled(m_list->currentRow() >= 0);
    Q_EMIT changed();
}

void LineListEditor::addLine()
{
    auto *item = new QListWidgetItem(m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_list->setCurrentItem(item);
    m_list->setFocus();
    m_list->editItem(item);
    Q_EMIT changed();
}

void LineListEditor::removeCurrentLine()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    delete m_list->takeItem(row);
    Q_EMIT changed();
}

} // namespace Coalition::Ui
