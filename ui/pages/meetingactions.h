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

class MessageBar;
class WorkspaceSession;

// What can be done to the meetings of the coalition shown: add one, edit the
// selected one's details, remove it, and record its attendance. Each change
// is one undoable edit through WorkspaceSession::perform; an error the core
// reports goes to the page's message bar.
class MeetingActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeetingActions)

public:
    MeetingActions(WorkspaceSession &session, MessageBar *messageBar, QWidget *parent);

    QAction *addMeetingAction() const { return m_add; }
    QAction *editMeetingAction() const { return m_edit; }
    QAction *removeMeetingAction() const { return m_remove; }

    void setCoalition(Id coalitionId);
    void setMeeting(Id meetingId);
    Id meetingId() const { return m_meetingId; }

public Q_SLOTS:
    void addMeeting();
    void editMeeting();
    void removeMeeting();
    // Replaces the meeting's attendance as one undoable edit named `text`.
    bool setAttendance(Coalition::Id meetingId, const QList<Coalition::Attendance> &attendance,
                       const QString &text);

Q_SIGNALS:
    void meetingCreated(Coalition::Id meetingId);

private:
    QAction *makeAction(const QString &text, const QString &name, const QString &toolTip);
    // The coalition's bodies, offering to create its full membership when it
    // has none; empty when there is none after all.
    QList<Body> bodiesToMeet();
    QHash<Id, int> noticeDays();
    void updateEnabled();
    void report(const Error &error);

    WorkspaceSession &m_session;
    MessageBar *m_messageBar;
    QWidget *m_parent;
    Id m_coalitionId = 0;
    Id m_meetingId = 0;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_remove;
};

} // namespace Coalition::Ui
