// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QStackedWidget;
class QTableView;
QT_END_NAMESPACE

namespace Coalition::Ui {

class EmptyListNotice;
class OutcomeListModel;

// One tab of the Results page: the list of a coalition's successes,
// evaluations or conflicts with a row of buttons for what can be done to
// them, or, while there is none, a notice saying what the list is for with
// the button that adds the first one.
class OutcomeListView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomeListView)

public:
    OutcomeListView(OutcomeListModel *model, QWidget *parent = nullptr);

    // The empty state's words; its button triggers `add`.
    void setEmptyMessage(const QString &title, const QString &hint, QAction *add);
    // Buttons under the list (also its context menu); `activate` runs on a
    // double click or Enter.
    void setActions(const QList<QAction *> &actions, QAction *activate);
    // A line under the list (a legend, a count), hidden when empty.
    void setNote(const QString &text);

    OutcomeListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    EmptyListNotice *notice() const { return m_notice; }
    bool isShowingNotice() const;
    Id currentId() const;
    // Selects the record's row; false when the list does not show it.
    bool selectRecord(Id id);

Q_SIGNALS:
    void currentChanged(Coalition::Id id);

private:
    void updateState();

    OutcomeListModel *m_model;
    QStackedWidget *m_stack;
    EmptyListNotice *m_notice;
    QWidget *m_list;
    QTableView *m_table;
    QWidget *m_buttons;
    QLabel *m_note;
    Id m_current = 0;
};

} // namespace Coalition::Ui
