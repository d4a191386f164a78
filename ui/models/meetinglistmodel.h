// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/governance.h"
#include "domain/recordkey.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QSet>

namespace Coalition::Ui {

class WorkspaceSession;

// The meetings of one coalition's bodies, newest first, optionally of one
// body only, with the number of decisions taken in each. Fed from
// MeetingRepository and DecisionRepository; an edited meeting is read again
// alone, other changes read the list again.
class MeetingListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeetingListModel)

public:
    enum Column { WhenColumn, BodyColumn, DecisionsColumn, LocationColumn, ColumnCount };

    enum Role {
        MeetingIdRole = Qt::UserRole + 1, // Id of the row's meeting
        BodyIdRole, // Id of its body
        UpcomingRole, // bool: it starts after now
    };

    explicit MeetingListModel(WorkspaceSession &session, QObject *parent = nullptr);

    Id coalitionId() const { return m_coalitionId; }
    // Shows the meetings of that coalition (0: none), of every body.
    void setCoalition(Id coalitionId);
    // Shows only the meetings of that body (0: every body).
    void setBodyFilter(Id bodyId);
    Id bodyFilter() const { return m_bodyFilter; }
    // The coalition's bodies by id, with their names, in id order.
    const QList<Body> &bodies() const { return m_bodies; }
    QString bodyName(Id bodyId) const;
    // How many meetings the coalition has, whatever the filter.
    int totalCount() const { return static_cast<int>(m_allMeetings.size()); }
    // The moment that divides past from upcoming meetings (tests set it).
    void setNow(const QDateTime &now);

    const Meeting &meeting(int row) const { return m_rows.at(row).meeting; }
    int decisionCount(int row) const { return m_rows.at(row).decisions; }
    int rowOf(Id meetingId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    struct Row
    {
        Meeting meeting;
        int decisions = 0;
    };

    void reload();
    void onRecordsChanged(const QList<RecordKey> &keys);
    void refreshMeeting(Id id);
    void recountDecisions();
    bool isUpcoming(const Meeting &meeting) const;
    // Where a meeting goes to keep the newest first.
    int insertionRow(const Meeting &meeting) const;

    WorkspaceSession &m_session;
    Id m_coalitionId = 0;
    Id m_bodyFilter = 0;
    QDateTime m_now;
    QList<Body> m_bodies;
    QSet<Id> m_allMeetings; // every meeting of the coalition, whatever the filter
    QList<Row> m_rows;
};

} // namespace Coalition::Ui
