// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/governance.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QHBoxLayout;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTreeView;
QT_END_NAMESPACE

namespace Coalition::Ui {

class BodyListModel;
class DetailFieldList;
class EmptyListNotice;
class SeatTableModel;
class WorkspaceSession;

// The Bodies and procedures tab: the coalition's bodies with their seats and
// the summary of how each decides; beside the list, the selected body's
// seats (role and vote edited in place) and its decision procedure, each
// option explained in plain words. A coalition with no body yet sees what
// bodies are for and the button to add one.
class BodiesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodiesView)

public:
    explicit BodiesView(WorkspaceSession &session, QWidget *parent = nullptr);

    void setCoalition(Id coalitionId);
    // The list's context menu lists `bodyMenu`, the seat table's `seatMenu`;
    // the buttons go above the list, above the seats and beside the procedure.
    void setActions(const QList<QAction *> &bodyMenu, const QList<QAction *> &bodyButtons,
                    const QList<QAction *> &seatMenu, QAction *procedure);

    Id currentBodyId() const;
    const Body *currentBody() const;
    bool selectBody(Id bodyId);
    // The selected seat's membership, 0 when none.
    Id currentSeatMembershipId() const;
    bool isShowingEmptyState() const;

    BodyListModel *model() const { return m_model; }
    SeatTableModel *seatModel() const { return m_seatModel; }
    QTreeView *list() const { return m_list; }
    QTableView *seatTable() const { return m_seatTable; }
    DetailFieldList *procedureFields() const { return m_procedure; }
    QLabel *seatNote() const { return m_seatNote; }
    QLabel *procedureNote() const { return m_noProcedure; }
    EmptyListNotice *emptyNotice() const { return m_empty; }

Q_SIGNALS:
    void currentBodyChanged();
    void currentSeatChanged();
    // Enter or a double-click on a body.
    void bodyActivated();
    void errorOccurred(const QString &message);
    // The empty notice's button.
    void addRequested();

private:
    QWidget *makeDetails();
    void updateDetails();
    void updateEmptyState();

    WorkspaceSession &m_session;
    BodyListModel *m_model;
    SeatTableModel *m_seatModel;
    QStackedWidget *m_stack;
    EmptyListNotice *m_empty;
    QHBoxLayout *m_bodyButtons;
    QTreeView *m_list;
    QSplitter *m_splitter;
    QLabel *m_title;
    QLabel *m_subtitle;
    QHBoxLayout *m_seatButtons;
    QLabel *m_seatNote;
    QTableView *m_seatTable;
    QHBoxLayout *m_procedureButtons;
    QLabel *m_noProcedure;
    DetailFieldList *m_procedure;
    Id m_shownBody = 0;
};

} // namespace Coalition::Ui
