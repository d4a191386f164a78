// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/meetingactions.h"

#include "app/messagebox.h"
#include "dialogs/meetingdialog.h"
#include "models/meetingdisplay.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"
#include "widgets/messagebar.h"

#include <QAction>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

MeetingActions::MeetingActions(WorkspaceSession &session, MessageBar *messageBar, QWidget *parent)
    : QObject(parent)
    , m_session(session)
    , m_messageBar(messageBar)
    , m_parent(parent)
    , m_add(makeAction(tr("&Add Meeting…"), u"addMeeting"_s,
                       tr("Record a meeting of one of the coalition's bodies")))
    , m_edit(makeAction(tr("&Edit Meeting…"), u"editMeeting"_s,
                        tr("Edit the selected meeting's time, notice, location, agenda and "
                           "minutes")))
    , m_remove(makeAction(tr("Remove Meeting"), u"removeMeeting"_s,
                          tr("Remove the selected meeting with the decisions taken at it")))
{
    connect(m_add, &QAction::triggered, this, &MeetingActions::addMeeting);
    connect(m_edit, &QAction::triggered, this, &MeetingActions::editMeeting);
    connect(m_remove, &QAction::triggered, this, &MeetingActions::removeMeeting);
    updateEnabled();
}

QAction *MeetingActions::makeAction(const QString &text, const QString &name,
                                    const QString &toolTip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setToolTip(toolTip);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    return action;
}

void MeetingActions::setCoalition(Id coalitionId)
{
    m_coalitionId = coalitionId;
    updateEnabled();
}

void MeetingActions::setMeeting(Id meetingId)
{
    m_meetingId = meetingId;
    updateEnabled();
}

void MeetingActions::updateEnabled()
{
    m_add->setEnabled(m_coalitionId > 0);
    m_edit->setEnabled(m_meetingId > 0);
    m_remove->setEnabled(m_meetingId > 0);
}

void MeetingActions::report(const Error &error)
{
    m_messageBar->showMessage(error.message);
}

QHash<Id, int> MeetingActions::noticeDays()
{
    QHash<Id, int> days;
    if (auto procedures = m_session.workspace().procedures().listForCoalition(m_coalitionId)) {
        for (const DecisionProcedure &procedure : std::as_const(*procedures))
            days.insert(procedure.bodyId, procedure.noticeDays);
    }
    return days;
}

QList<Body> MeetingActions::bodiesToMeet()
{
    auto bodies = m_session.workspace().bodies().listForCoalition(m_coalitionId);
    if (!bodies) {
        report(bodies.error());
        return {};
    }
    if (!bodies->isEmpty())
        return *bodies;
    // Every meeting is one body's: with none yet, the whole membership is
    // the body that meets.
    if (!MessageBox::confirm(m_parent, tr("Add Meeting"),
                             tr("Meetings are held by a body of the coalition, and this coalition "
                                "has none yet. Record its full membership as the body that "
                                "meets?"),
                             tr("Add Full Membership"),
                             tr("Committees and their decision procedures are set up on the "
                                "Governance page.")))
        return {};
    Body body;
    body.coalitionId = m_coalitionId;
    body.kind = BodyKind::FullMembership;
    body.name = tr("Full membership");
    body.purpose = tr("Every member organization of the coalition, meeting together.");
    auto done = m_session.perform(tr("Add body “%1”").arg(body.name), {},
                                  [&body](Workspace &workspace) -> Result<QList<RecordKey>> {
                                      auto id = workspace.bodies().add(body);
                                      if (!id)
                                          return id.error();
                                      return QList<RecordKey>{{RecordKind::Body, *id}};
                                  });
    if (!done) {
        report(done.error());
        return {};
    }
    auto again = m_session.workspace().bodies().listForCoalition(m_coalitionId);
    return again ? *again : QList<Body>{};
}

void MeetingActions::addMeeting()
{
    if (m_coalitionId <= 0)
        return;
    const QList<Body> bodies = bodiesToMeet();
    if (bodies.isEmpty())
        return;
    Meeting fresh;
    fresh.bodyId = bodies.constFirst().id;
    MeetingDialog dialog(fresh, bodies, noticeDays(), m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Meeting meeting = dialog.meeting();
    QString bodyName;
    for (const Body &body : bodies) {
        if (body.id == meeting.bodyId)
            bodyName = body.name;
    }
    auto done = m_session.perform(
        tr("Add meeting of %1 on %2").arg(bodyName, MeetingDisplay::dateTime(meeting.startsAt)), {},
        [&meeting](Workspace &workspace) -> Result<QList<RecordKey>> {
            auto id = workspace.meetings().add(meeting);
            if (!id)
                return id.error();
            return QList<RecordKey>{{RecordKind::Meeting, *id}};
        });
    if (!done) {
        report(done.error());
        return;
    }
    if (!done->isEmpty())
        Q_EMIT meetingCreated(done->constFirst().id);
}

void MeetingActions::editMeeting()
{
    if (m_meetingId <= 0)
        return;
    Workspace &workspace = m_session.workspace();
    auto meeting = workspace.meetings().get(m_meetingId);
    auto bodies = workspace.bodies().listForCoalition(m_coalitionId);
    if (!meeting || !bodies) {
        report(!meeting ? meeting.error() : bodies.error());
        return;
    }
    MeetingDialog dialog(*meeting, *bodies, noticeDays(), m_parent);
    if (dialog.exec() != QDialog::Accepted || dialog.meeting() == *meeting)
        return;
    const Meeting edited = dialog.meeting();
    auto done = m_session.perform(
        tr("Edit meeting of %1").arg(MeetingDisplay::dateTime(meeting->startsAt)),
        {{RecordKind::Meeting, edited.id}}, [&edited](Workspace &w) -> Result<QList<RecordKey>> {
            if (Status status = w.meetings().update(edited); !status)
                return status.error();
            return QList<RecordKey>{};
        });
    if (!done)
        report(done.error());
}

void MeetingActions::removeMeeting()
{
    if (m_meetingId <= 0)
        return;
    Workspace &workspace = m_session.workspace();
    auto meeting = workspace.meetings().get(m_meetingId);
    auto decisions = workspace.decisions().listForMeeting(m_meetingId);
    if (!meeting || !decisions) {
        report(!meeting ? meeting.error() : decisions.error());
        return;
    }
    const QString when = MeetingDisplay::dateTime(meeting->startsAt);
    const auto count = static_cast<int>(decisions->size());
    const QString details = count == 0
        ? tr("No decision was recorded at it.")
        : (count == 1 ? tr("The decision recorded at it goes with it.")
                      : tr("The %n decisions recorded at it go with it.", nullptr, count));
    if (!MessageBox::confirm(m_parent, tr("Remove Meeting"),
                             tr("Remove the meeting of %1? Undo brings it back.").arg(when),
                             tr("Remove Meeting"), details))
        return;
    const Id id = m_meetingId;
    auto done = m_session.perform(tr("Remove meeting of %1").arg(when), {{RecordKind::Meeting, id}},
                                  [id](Workspace &w) -> Result<QList<RecordKey>> {
                                      if (Status status = w.meetings().remove(id); !status)
                                          return status.error();
                                      return QList<RecordKey>{};
                                  });
    if (!done)
        report(done.error());
}

bool MeetingActions::setAttendance(Id meetingId, const QList<Attendance> &attendance,
                                   const QString &text)
{
    auto done = m_session.perform(
        text, {{RecordKind::Meeting, meetingId}},
        [meetingId, &attendance](Workspace &w) -> Result<QList<RecordKey>> {
            if (Status status = w.meetings().setAttendance(meetingId, attendance); !status)
                return status.error();
            return QList<RecordKey>{};
        });
    if (!done)
        report(done.error());
    return done.ok();
}

} // namespace Coalition::Ui
