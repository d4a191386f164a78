// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/governance.h"
#include "models/coalitionmembers.h"
#include "storage/recordstates.h"

#include <QAbstractTableModel>

#include <functional>

namespace Coalition::Ui {

class WorkspaceSession;

// The seats of one body: the member organization, its role and whether it
// votes. The role and the vote can be edited in place; the model does not
// change them itself but hands the new seats to its editor (the page, which
// makes the change an undoable edit) and shows them once stored. For the full
// membership the rows are every active voting member, read-only.
class SeatTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeatTableModel)

public:
    enum Column { MemberColumn, RoleColumn, VotingColumn, ColumnCount };

    enum Role {
        MembershipIdRole = Qt::UserRole + 1, // Id of the seat's membership
        CountsRole, // bool: the seat's vote counts today (voting seat of an active voting member)
    };

    // Stores the body's seats as given, as one edit named `text`; false when
    // it could not (the editor reports why).
    using SeatsEditor = std::function<bool(const QList<BodySeat> &seats, const QString &text)>;

    explicit SeatTableModel(WorkspaceSession &session, QObject *parent = nullptr);

    // Shows the seats of that body (0: none).
    void setBody(Id bodyId);
    Id bodyId() const { return m_body.id; }
    const Body &body() const { return m_body; }
    bool isFullMembership() const { return m_body.kind == BodyKind::FullMembership; }
    void setEditor(SeatsEditor editor) { m_editor = std::move(editor); }

    // The seats shown (for the full membership: one per active voting member).
    const QList<BodySeat> &seats() const { return m_rows; }
    QString memberName(int row) const;
    int rowOf(Id membershipId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The seats could not be read; the message says why.
    void errorOccurred(const QString &message);

private:
    QList<BodySeat> read();
    void onRecordsChanged(const QList<RecordKey> &keys);
    bool counts(const BodySeat &seat) const;
    // Why a seat's vote does not count, empty when it does.
    QString whyNotCounted(const BodySeat &seat) const;

    WorkspaceSession &m_session;
    Body m_body;
    QList<BodySeat> m_rows;
    CoalitionMembers m_members;
    SeatsEditor m_editor;
};

} // namespace Coalition::Ui
