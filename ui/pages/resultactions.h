// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/recordkey.h"
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

class MessageBar;
class WorkspaceSession;

// What can be done to the successes and evaluations of the coalition shown:
// add one, edit or remove the selected one. Each change is one undoable edit
// through WorkspaceSession::perform; an error the core reports goes to the
// page's message bar.
class ResultActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultActions)

public:
    ResultActions(WorkspaceSession &session, MessageBar *messageBar, QWidget *parent);

    QAction *addSuccessAction() const { return m_addSuccess; }
    QAction *editSuccessAction() const { return m_editSuccess; }
    QAction *removeSuccessAction() const { return m_removeSuccess; }
    QAction *addEvaluationAction() const { return m_addEvaluation; }
    QAction *editEvaluationAction() const { return m_editEvaluation; }
    QAction *removeEvaluationAction() const { return m_removeEvaluation; }

    void setCoalition(Id coalitionId);
    void setSuccess(Id successId);
    void setEvaluation(Id evaluationId);

public Q_SLOTS:
    void addSuccess();
    void editSuccess();
    void removeSuccess();
    void addEvaluation();
    void editEvaluation();
    void removeEvaluation();

Q_SIGNALS:
    void recordCreated(const Coalition::RecordKey &key);

private:
    QAction *makeAction(const QString &text, const QString &name, const QString &toolTip);
    void updateEnabled();
    void report(const Error &error);
    // Runs a one-record edit; reports a failure, announces a created record.
    void run(const QString &text, const QList<RecordKey> &touched,
             const std::function<Result<QList<RecordKey>>(Workspace &)> &edit);

    WorkspaceSession &m_session;
    MessageBar *m_messageBar;
    QWidget *m_parent;
    Id m_coalitionId = 0;
    Id m_successId = 0;
    Id m_evaluationId = 0;
    QAction *m_addSuccess;
    QAction *m_editSuccess;
    QAction *m_removeSuccess;
    QAction *m_addEvaluation;
    QAction *m_editEvaluation;
    QAction *m_removeEvaluation;
};

} // namespace Coalition::Ui
