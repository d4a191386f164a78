// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/governance.h"
#include "domain/recordkey.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Coalition::Ui {

class WorkspaceSession;

// The attendance checklist of one meeting: the member organizations that may
// attend it (for the full membership the coalition's active members, for a
// committee its seats; voting members first), each ticked when present, with
// the person it attended through. An organization attending through several
// people has a row for each. Changes are not written here: the model says
// what the attendance would become (attendanceChangeRequested) and the page
// makes the undoable edit, after which the model reads the meeting again.
class AttendanceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendanceModel)

public:
    enum Column { OrganizationColumn, PersonColumn, RoleColumn, ColumnCount };

    enum Role {
        MembershipIdRole = Qt::UserRole + 1, // Id of the row's membership
        VotingRole, // bool: the member votes in this body on the meeting's date
        PresentRole, // bool: the row records an attendance
        ChoiceLabelsRole, // QStringList: the people the person column may choose
        ChoiceValuesRole, // QVariantList: their ids (0 for "no one named")
    };

    explicit AttendanceModel(WorkspaceSession &session, QObject *parent = nullptr);

    Id meetingId() const { return m_meeting.id; }
    // Shows the checklist of that meeting (0: none).
    void setMeeting(Id meetingId);
    const Meeting &meeting() const { return m_meeting; }
    const Body &body() const { return m_body; }
    // The notice the procedure asks of the body's meetings, when it has one.
    std::optional<int> noticeDays() const { return m_noticeDays; }

    // "7 of 10 voting members present; quorum 6: met", from the tally's rule.
    QString quorumSummary() const;
    // "8 member organizations present, through 9 people".
    QString presenceSummary() const;
    int votingMembers() const { return static_cast<int>(m_voting.size()); }
    int votingPresent() const;

    int rowOf(Id membershipId) const; // its first row
    Id membershipId(int row) const { return m_rows.at(row).membershipId; }
    QString organizationName(int row) const { return m_rows.at(row).organization; }
    // Another person of the row's organization attends (the first not yet
    // named); false when every one of its people is already listed.
    bool addPerson(int row);
    bool canAddPerson(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The meeting's attendance as it should become, and the edit's name.
    void attendanceChangeRequested(Coalition::Id meetingId,
                                   const QList<Coalition::Attendance> &attendance,
                                   const QString &text);
    void errorOccurred(const QString &message);

private:
    struct Row
    {
        Id membershipId = 0;
        QString organization;
        Id organizationId = 0;
        bool voting = false;
        QString role;
        QString kind; // the membership's kind, for the tooltip
        qsizetype entry = -1; // index in the meeting's attendance, -1 when absent
    };

    void reload();
    void onRecordsChanged(const QList<RecordKey> &keys);
    QList<std::pair<QString, Id>> personChoices(const Row &row) const;
    QString personName(std::optional<Id> id) const;
    std::optional<Id> defaultPerson(Id membershipId) const;
    void request(const QList<Attendance> &attendance, const QString &text);

    WorkspaceSession &m_session;
    Meeting m_meeting;
    Body m_body;
    std::optional<Quorum> m_quorum;
    std::optional<int> m_noticeDays;
    QList<Id> m_voting; // the voting members the tally counts
    QHash<Id, Membership> m_memberships;
    QHash<Id, QList<Person>> m_people; // organization id -> its people
    QList<Row> m_rows;
};

} // namespace Coalition::Ui
