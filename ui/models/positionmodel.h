// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/governance.h"
#include "domain/recordkey.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Coalition::Ui {

class WorkspaceSession;

// The positions grid of one decision: a row for each voting member of the
// body on the meeting's date (and for any other member whose position was
// recorded, which the tally does not count), whether it was present, and its
// position, edited in place. An edit is not written here: the model asks for
// it (positionChangeRequested) and reads the decision again once it is made.
class PositionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PositionModel)

public:
    enum Column { OrganizationColumn, PresentColumn, PositionColumn, ColumnCount };

    enum Role {
        MembershipIdRole = Qt::UserRole + 1, // Id of the row's membership
        VotingRole, // bool: the tally counts this member
        PresentRole, // bool: marked present at the meeting
        PositionRole, // VotePosition as int
        ChoiceLabelsRole, // QStringList: the positions the position column offers
        ChoiceValuesRole, // QVariantList: their VotePosition values as int
    };

    explicit PositionModel(WorkspaceSession &session, QObject *parent = nullptr);

    Id decisionId() const { return m_decision.id; }
    // Shows the positions on that decision (0: none).
    void setDecision(Id decisionId);
    const Decision &decision() const { return m_decision; }

    int rowOf(Id membershipId) const;
    Id membershipId(int row) const { return m_rows.at(row).membershipId; }
    // The positions after every present voting member without one says yes.
    QList<MemberPosition> withPresentAgreeing() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void positionChangeRequested(Coalition::Id decisionId, Coalition::Id membershipId,
                                 Coalition::VotePosition position, const QString &text);
    void errorOccurred(const QString &message);

private:
    struct Row
    {
        Id membershipId = 0;
        QString organization;
        bool voting = true;
        bool present = false;
        VotePosition position = VotePosition::Absent;
    };

    void reload();
    void onRecordsChanged(const QList<RecordKey> &keys);

    WorkspaceSession &m_session;
    Decision m_decision;
    QList<Row> m_rows;
};

} // namespace Coalition::Ui
