// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/governance.h"
#include "domain/recordkey.h"

#include <QAbstractTableModel>

namespace Coalition::Ui {

class WorkspaceSession;

// The decisions taken or proposed at one meeting, in the order they were
// recorded, with their area, stored outcome and status. Fed from
// DecisionRepository::listForMeeting and read again when one changes.
class DecisionListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionListModel)

public:
    enum Column { TitleColumn, AreaColumn, OutcomeColumn, StatusColumn, ColumnCount };

    enum Role {
        DecisionIdRole = Qt::UserRole + 1, // Id of the row's decision
        OutcomeRole, // DecisionOutcome as int
        StatusRole, // DecisionStatus as int
    };

    explicit DecisionListModel(WorkspaceSession &session, QObject *parent = nullptr);

    Id meetingId() const { return m_meetingId; }
    // Shows the decisions of that meeting (0: none).
    void setMeeting(Id meetingId);

    const Decision &decision(int row) const { return m_rows.at(row); }
    int rowOf(Id decisionId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void reload();
    void onRecordsChanged(const QList<RecordKey> &keys);

    WorkspaceSession &m_session;
    Id m_meetingId = 0;
    QList<Decision> m_rows;
};

} // namespace Coalition::Ui
