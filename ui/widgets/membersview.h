// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
QT_END_NAMESPACE

namespace Coalition::Ui {

class MemberDetailsPanel;
class MemberFilterProxyModel;
class MemberTableModel;
class WorkspaceSession;

// The members of the current coalition: a filter row (text and status), the
// sortable table and, beside it in a splitter, the selected member's details.
// The page's member actions are shown as buttons above the table and in the
// table's context menu.
class MembersView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MembersView)

public:
    explicit MembersView(WorkspaceSession &session, QWidget *parent = nullptr);

    void setCoalition(Id coalitionId);

    // The table's context menu lists `menu`; `buttons` also get a button
    // above the table, in this order.
    void addMemberActions(const QList<QAction *> &menu, const QList<QAction *> &buttons);

    // The selected member's id, 0 when none is selected.
    Id currentMembershipId() const;
    // The selected member's row in the model, -1 when none.
    int currentRow() const;
    void selectMembership(Id membershipId);

    MemberTableModel *model() const { return m_model; }
    MemberFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    MemberDetailsPanel *details() const { return m_details; }

Q_SIGNALS:
    void currentMemberChanged();
    // Enter or a double-click on a member.
    void memberActivated();
    void errorOccurred(const QString &message);

private:
    void applyFilter();
    void updateDetails();
    void updateEmptyState();

    MemberTableModel *m_model;
    MemberFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_statusFilter;
    QHBoxLayout *m_buttons;
    QLabel *m_empty;
    QTableView *m_table;
    QSplitter *m_splitter;
    MemberDetailsPanel *m_details;
};

} // namespace Coalition::Ui
