// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QPushButton;
class QTableView;
QT_END_NAMESPACE

namespace Coalition::Ui {

class AttendanceModel;
class DetailFieldList;
class WorkspaceSession;

// One meeting as the meetings page shows it: its details (time, body, notice
// against what the procedure needs, location, agenda, minutes) and its
// attendance checklist, with how many voting members are present against the
// quorum. Ticking and choosing people asks for an edit through the model.
class MeetingPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeetingPanel)

public:
    explicit MeetingPanel(WorkspaceSession &session, QWidget *parent = nullptr);

    void setMeeting(Id meetingId);
    // The button beside the details that edits them.
    void setEditAction(QAction *action);

    AttendanceModel *attendance() const { return m_attendance; }
    QTableView *attendanceTable() const { return m_table; }
    DetailFieldList *details() const { return m_details; }
    QString quorumSummary() const;
    QPushButton *addPersonButton() const { return m_addPerson; }

private:
    void updateDetails();
    void updateButtons();

    AttendanceModel *m_attendance;
    DetailFieldList *m_details;
    QPushButton *m_edit;
    QTableView *m_table;
    QLabel *m_quorum;
    QLabel *m_presence;
    QPushButton *m_addPerson;
};

} // namespace Coalition::Ui
