// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/meetingpanel.h"

#include "models/attendancemodel.h"
#include "models/meetingdisplay.h"
#include "widgets/detailfieldlist.h"
#include "widgets/rowchoicedelegate.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

MeetingPanel::MeetingPanel(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_attendance(new AttendanceModel(session, this))
    , m_details(new DetailFieldList(this))
    , m_edit(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_quorum(new QLabel(this))
    , m_presence(new QLabel(this))
    , m_addPerson(new QPushButton(tr("Another &Person Attending"), this))
{
    m_details->setObjectName(u"meetingDetails"_s);
    m_details->addField(u"when"_s, tr("When"));
    m_details->addField(u"body"_s, tr("Body"));
    m_details->addField(u"notice"_s, tr("Notice"));
    m_details->addField(u"location"_s, tr("Location"));
    m_details->addField(u"agenda"_s, tr("Agenda"));
    m_details->addField(u"minutes"_s, tr("Minutes"));
    m_details->addField(u"notes"_s, tr("Notes"));
    m_edit->setObjectName(u"editMeetingButton"_s);
    m_edit->hide();

    m_table->setObjectName(u"attendanceTable"_s);
    m_table->setAccessibleName(tr("Attendance"));
    m_table->setModel(m_attendance);
    m_table->setItemDelegateForColumn(AttendanceModel::PersonColumn,
                                      new RowChoiceDelegate(AttendanceModel::ChoiceLabelsRole,
                                                            AttendanceModel::ChoiceValuesRole,
                                                            m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                             | QAbstractItemView::EditKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(AttendanceModel::OrganizationColumn, 190);
    m_table->setColumnWidth(AttendanceModel::PersonColumn, 130);
    m_table->setToolTip(tr("Tick each member organization present; double-click the person "
                           "column to say who attended for it"));
    m_quorum->setObjectName(u"quorumSummary"_s);
    m_quorum->setWordWrap(true);
    QFont bold = m_quorum->font();
    bold.setBold(true);
    m_quorum->setFont(bold);
    m_presence->setObjectName(u"presenceSummary"_s);
    m_presence->setWordWrap(true);
    m_addPerson->setObjectName(u"addAttendingPerson"_s);
    m_addPerson->setToolTip(tr("Record another person of the selected organization as attending; "
                               "the organization still has one vote"));

    auto *detailsBox = new QGroupBox(tr("Meeting"), this);
    // Long minutes scroll rather than push the checklist away.
    auto *detailsScroll = new QScrollArea(detailsBox);
    detailsScroll->setObjectName(u"meetingDetailsScroll"_s);
    detailsScroll->setAccessibleName(tr("Meeting details"));
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->addWidget(detailsScroll, 1);
    detailsLayout->addWidget(m_edit, 0, Qt::AlignLeft);

    auto *attendanceBox = new QGroupBox(tr("Attendance"), this);
    auto *attendanceLayout = new QVBoxLayout(attendanceBox);
    attendanceLayout->addWidget(m_quorum);
    attendanceLayout->addWidget(m_table, 1);
    auto *below = new QHBoxLayout;
    below->addWidget(m_presence, 1);
    below->addWidget(m_addPerson);
    attendanceLayout->addLayout(below);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(detailsBox, 2);
    layout->addWidget(attendanceBox, 3);

    connect(m_attendance, &QAbstractItemModel::modelReset, this, &MeetingPanel::updateDetails);
    connect(m_attendance, &QAbstractItemModel::dataChanged, this, &MeetingPanel::updateDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeetingPanel::updateButtons);
    connect(m_addPerson, &QPushButton::clicked, this,
            [this] { m_attendance->addPerson(m_table->currentIndex().row()); });
    updateDetails();
}

void MeetingPanel::setEditAction(QAction *action)
{
    m_edit->setText(action->text());
    m_edit->setToolTip(action->toolTip());
    m_edit->show();
    connect(m_edit, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, m_edit,
            [this, action] { m_edit->setEnabled(action->isEnabled()); });
}

void MeetingPanel::setMeeting(Id meetingId)
{
    m_attendance->setMeeting(meetingId);
}

QString MeetingPanel::quorumSummary() const
{
    return m_quorum->text();
}

void MeetingPanel::updateDetails()
{
    const Meeting &meeting = m_attendance->meeting();
    if (meeting.bodyId <= 0) {
        m_details->clear();
        m_quorum->clear();
        m_presence->clear();
        updateButtons();
        return;
    }
    m_details->setText(u"when"_s, MeetingDisplay::dateTime(meeting.startsAt));
    m_details->setText(u"body"_s, m_attendance->body().name);
    m_details->setText(u"notice"_s, MeetingDisplay::notice(meeting, m_attendance->noticeDays()));
    m_details->setText(u"location"_s, meeting.location);
    QStringList agenda;
    for (qsizetype i = 0; i < meeting.agenda.size(); ++i)
        agenda.append(tr("%1. %2").arg(i + 1).arg(meeting.agenda.at(i)));
    m_details->setText(u"agenda"_s, agenda.join(u'\n'));
    m_details->setText(u"minutes"_s, meeting.minutes);
    m_details->setText(u"notes"_s, meeting.notes);
    m_quorum->setText(m_attendance->quorumSummary());
    m_presence->setText(m_attendance->presenceSummary());
    updateButtons();
}

void MeetingPanel::updateButtons()
{
    m_addPerson->setEnabled(m_attendance->canAddPerson(m_table->currentIndex().row()));
}

} // namespace Coalition::Ui
