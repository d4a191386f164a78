// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/governance.h"
#include "models/proceduredisplay.h"
#include "storage/recordstates.h"

#include <QAbstractTableModel>
#include <QDate>

namespace Coalition::Ui {

class WorkspaceSession;

// The bodies of one coalition (full membership, committees, action groups),
// one row each in the order they were made, with their seats and a summary of
// the procedure each decides by. Fed from BodyRepository and
// ProcedureRepository; after an edit, undo or redo it inserts, removes and
// updates only the rows that changed.
class BodyListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyListModel)

public:
    enum Column { NameColumn, KindColumn, SeatsColumn, ProcedureColumn, ColumnCount };

    enum Role {
        BodyIdRole = Qt::UserRole + 1, // Id of the row's body
        KindRole, // BodyKind as int
        HasProcedureRole, // bool
        VotingMembersRole, // int, voting members today
    };

    struct Row
    {
        Body body;
        std::optional<DecisionProcedure> procedure;
        int votingMembers = 0; // today: active voting members with a voting seat

        bool operator==(const Row &) const = default;
    };

    explicit BodyListModel(WorkspaceSession &session, QObject *parent = nullptr);

    Id coalitionId() const { return m_coalitionId; }
    // Shows the bodies of that coalition (0: none).
    void setCoalition(Id coalitionId);

    const Row &row(int row) const { return m_rows.at(row); }
    const Row *find(Id bodyId) const;
    int rowOf(Id bodyId) const;
    // The names the procedures refer to: every body, and the lead organization.
    const ProcedureDisplay::Names &names() const { return m_names; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "7 seats, 5 voting", "All 9 voting members".
    static QString seatsText(const Row &row);

Q_SIGNALS:
    // The bodies could not be read; the message says why.
    void errorOccurred(const QString &message);

private:
    QList<Row> read();
    void onRecordsChanged(const QList<RecordKey> &keys);

    WorkspaceSession &m_session;
    Id m_coalitionId = 0;
    QList<Row> m_rows;
    ProcedureDisplay::Names m_names;
};

} // namespace Coalition::Ui
