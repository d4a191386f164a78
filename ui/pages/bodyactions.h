// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/governance.h"
#include "result.h"

#include <QObject>

QT_BEGIN_NAMESPACE
class QAction;
class QWidget;
QT_END_NAMESPACE

namespace Coalition::Ui {

class BodiesView;
class MessageBar;
class WorkspaceSession;

// What can be done to the bodies of the coalition shown: add, edit and remove
// a body, give a member a seat or take it away (role and vote are edited in
// the seat table, through setSeats), and set the body's decision procedure.
// Each change goes through WorkspaceSession::perform, so it can be undone; an
// error the core reports goes to the page's message bar.
class BodyActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyActions)

public:
    BodyActions(WorkspaceSession &session, BodiesView *view, MessageBar *messageBar,
                QWidget *parent);

    QAction *addBodyAction() const { return m_addBody; }
    QAction *editBodyAction() const { return m_editBody; }
    QAction *removeBodyAction() const { return m_removeBody; }
    QAction *addSeatAction() const { return m_addSeat; }
    QAction *removeSeatAction() const { return m_removeSeat; }
    QAction *editProcedureAction() const { return m_editProcedure; }

    // Stores the selected body's seats as one edit named `text`.
    bool setSeats(const QList<BodySeat> &seats, const QString &text);

public Q_SLOTS:
    void addBody();
    void editBody();
    void removeBody();
    void addSeat();
    void removeSeat();
    void editProcedure();
    void updateEnabled();

private:
    QAction *makeAction(const QString &text, const QString &name, const QString &toolTip);
    // What goes with a body when it is removed, in a sentence.
    QString removalDetails(const Body &body);
    void report(const Error &error);

    WorkspaceSession &m_session;
    BodiesView *m_view;
    MessageBar *m_messageBar;
    QWidget *m_parent;
    QAction *m_addBody;
    QAction *m_editBody;
    QAction *m_removeBody;
    QAction *m_addSeat;
    QAction *m_removeSeat;
    QAction *m_editProcedure;
};

} // namespace Coalition::Ui
