// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/stage.h"

#include <QHash>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QStackedWidget;
class QTreeWidget;
QT_END_NAMESPACE

namespace Coalition::Ui {

class EmptyListNotice;

// A coalition's recorded stage history on the Stage page, newest first:
// from when, the stage, the rationale and the decision that settled it; the
// newest entry is the recorded stage. Buttons under the list (and its
// context menu) act on the selected entry; while there is none, a notice
// says what the history is for and offers to record the first entry.
class StageHistoryList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageHistoryList)

public:
    enum Column { DateColumn, StageColumn, RationaleColumn, DecisionColumn, ColumnCount };

    explicit StageHistoryList(QWidget *parent = nullptr);

    // `changes` oldest first, as the repository lists them; `decisions`
    // names the decisions they refer to.
    void setChanges(const QList<StageChange> &changes, const QHash<Id, QString> &decisions);
    // `actions` become buttons and, after `add`, the context menu;
    // `activate` runs on a double click or Enter; `add` is also offered while
    // the list is empty.
    void setActions(const QList<QAction *> &actions, QAction *activate, QAction *add);

    QTreeWidget *tree() const { return m_tree; }
    bool isShowingNotice() const;
    int count() const;
    Id currentId() const { return m_current; }
    // Selects the entry; false when the list does not show it.
    bool selectChange(Id id);

Q_SIGNALS:
    void currentChanged(Coalition::Id id);

private:
    void updateState();

    QStackedWidget *m_stack;
    EmptyListNotice *m_notice;
    QWidget *m_list;
    QTreeWidget *m_tree;
    QWidget *m_buttons;
    Id m_current = 0;
};

} // namespace Coalition::Ui
