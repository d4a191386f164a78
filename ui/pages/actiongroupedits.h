// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/recordkey.h"
#include "session/workspacesession.h"

#include <QObject>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace Coalition::Ui {

class MessageBar;
struct ActionData;

// The Action Groups page's edits of goals, groups and progress reports: each
// opens its dialog over the page's current data and makes the change as one
// undoable edit through WorkspaceSession::perform. Errors the core reports go
// to the page's message bar.
class ActionGroupEdits final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionGroupEdits)

public:
    ActionGroupEdits(WorkspaceSession &session, const ActionData &data, MessageBar *messageBar,
                     QWidget *parent);

public Q_SLOTS:
    void addGoal();
    void editGoal(Coalition::Id goalId);
    void removeGoal(Coalition::Id goalId);
    void addGroup();
    void editGroup(Coalition::Id groupId);
    void removeGroup(Coalition::Id groupId);
    // Offers the oldest missing period first, or the current one.
    void addReport(Coalition::Id groupId);
    void removeReport(Coalition::Id reportId);

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
