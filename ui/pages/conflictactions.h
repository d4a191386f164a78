// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/action.h"
#include "result.h"

#include <QObject>

QT_BEGIN_NAMESPACE
class QAction;
class QWidget;
QT_END_NAMESPACE

namespace Coalition::Ui {

class MessageBar;
class WorkspaceSession;

// What can be done to the conflicts of the coalition shown: add one, edit
// or remove the selected one, escalate an open one to the next step of the
// ladder (discussion, mediator, arbitrator, panel; what each step means is
// explained before it is taken) and resolve it. Each change is one undoable
// edit; an error the core reports goes to the page's message bar.
class ConflictActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictActions)

public:
    ConflictActions(WorkspaceSession &session, MessageBar *messageBar, QWidget *parent);

    QAction *addConflictAction() const { return m_add; }
    QAction *editConflictAction() const { return m_edit; }
    QAction *removeConflictAction() const { return m_remove; }
    QAction *escalateAction() const { return m_escalate; }
    QAction *resolveAction() const { return m_resolve; }

    void setCoalition(Id coalitionId);
    void setConflict(Id conflictId);
    // Reads the selected conflict again (after an edit, undo or redo).
    void updateEnabled();

    // What the step brings, in plain words ("a mediator, someone both
    // parties accept, helps them ...").
    static QString stepMeaning(EscalationStep step);

public Q_SLOTS:
    void addConflict();
    void editConflict();
    void removeConflict();
    void escalateConflict();
    void resolveConflict();

Q_SIGNALS:
    void conflictCreated(Coalition::Id conflictId);

private:
    QAction *makeAction(const QString &text, const QString &name, const QString &toolTip);
    void report(const Error &error);
    bool update(const QString &text, const Conflict &conflict);

    WorkspaceSession &m_session;
    MessageBar *m_messageBar;
    QWidget *m_parent;
    Id m_coalitionId = 0;
    Id m_conflictId = 0;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_remove;
    QAction *m_escalate;
    QAction *m_resolve;
};

} // namespace Coalition::Ui
