// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/action.h"
#include "domain/recordkey.h"
#include "session/workspacesession.h"

#include <QObject>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace Coalition::Ui {

class MessageBar;
struct ActionData;

// The Action Groups page's edits of plans and tasks: the dialogs to add and
// edit them, removal, and the in-place changes the task, budget, staffing
// and criteria tables ask for. Each is one undoable edit through
// WorkspaceSession::perform; errors go to the page's message bar.
class ActionPlanEdits final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionPlanEdits)

public:
    ActionPlanEdits(WorkspaceSession &session, const ActionData &data, MessageBar *messageBar,
                    QWidget *parent);

public Q_SLOTS:
    void addPlan(Coalition::Id groupId);
    void editPlan(Coalition::Id planId);
    void removePlan(Coalition::Id planId);
    void addTask(Coalition::Id planId);
    void removeTask(Coalition::Id taskId);
    // Writes a task or a plan as changed in place, named `text`.
    bool updateTask(const Coalition::Task &task, const QString &text);
    bool updatePlan(const Coalition::ActionPlan &plan, const QString &text);

Q_SIGNALS:
    void created(const Coalition::RecordKey &key);

private:
    bool run(const QString &text, const QList<RecordKey> &touched,
             const WorkspaceSession::Edit &edit);

    WorkspaceSession &m_session;
    const ActionData &m_data;
    MessageBar *m_messageBar;
    QWidget *m_parent;
};

} // namespace Coalition::Ui
