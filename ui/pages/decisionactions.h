// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/governance.h"
#include "result.h"

#include <QObject>

#include <functional>

QT_BEGIN_NAMESPACE
class QAction;
class QWidget;
QT_END_NAMESPACE

namespace Coalition {
class Workspace;
}

namespace Coalition::Ui {

class DecisionPanel;
class MessageBar;
class WorkspaceSession;

// What can be done to the decisions of the meeting shown: add, edit, remove,
// reopen an adopted one, record a member's position, and let every present
// member without a position agree. Each is one undoable edit through
// WorkspaceSession::perform; an error the core reports goes to the page's
// message bar.
class DecisionActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionActions)

public:
    DecisionActions(WorkspaceSession &session, DecisionPanel *panel, MessageBar *messageBar,
                    QWidget *parent);

    QAction *addDecisionAction() const { return m_add; }
    QAction *editDecisionAction() const { return m_edit; }
    QAction *removeDecisionAction() const { return m_remove; }
    QAction *reopenDecisionAction() const { return m_reopen; }
    QAction *allPresentAgreeAction() const { return m_allYes; }
    QList<QAction *> listActions() const { return {m_add, m_edit, m_remove, m_reopen}; }

public Q_SLOTS:
    void addDecision();
    void editDecision();
    void removeDecision();
    void reopenDecision();
    void allPresentAgree();
    bool setPosition(Coalition::Id decisionId, Coalition::Id membershipId,
                     Coalition::VotePosition position, const QString &text);
    void updateEnabled();

private:
    QAction *makeAction(const QString &text, const QString &name, const QString &toolTip);
    std::optional<Decision> selected();
    // The procedure that counts for a decision: its own, else its body's.
    std::optional<DecisionProcedure> procedureFor(const Decision &decision);
    bool perform(const QString &text, Id decisionId,
                 const std::function<Status(Workspace &)> &edit);
    void report(const Error &error);

    WorkspaceSession &m_session;
    DecisionPanel *m_panel;
    MessageBar *m_messageBar;
    QWidget *m_parent;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_remove;
    QAction *m_reopen;
    QAction *m_allYes;
};

} // namespace Coalition::Ui
