// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "storage/recordstates.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Coalition::Ui {

class WorkspaceSession;

// The member organizations of one coalition, one row per membership, with
// the names of the organization and its representatives. Fed from
// MembershipRepository::listForCoalition; after an edit, undo or redo it
// reads again only the records the session reports as changed.
class MemberTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberTableModel)

public:
    enum Column {
        OrganizationColumn,
        StatusColumn,
        KindColumn,
        RepresentativeColumn,
        AlternateColumn,
        JoinedColumn,
        DuesColumn,
        ContributionsColumn,
        ColumnCount
    };

    enum Role {
        MembershipIdRole = Qt::UserRole + 1, // Id of the row's membership
        SortRole, // a value that sorts the column sensibly (dates as dates ...)
        StatusRole, // MembershipStatus as int
        DuesOverdueRole, // bool, MembershipRules::isDuesOverdue today
    };

    explicit MemberTableModel(WorkspaceSession &session, QObject *parent = nullptr);

    Id coalitionId() const { return m_coalitionId; }
    // Shows the members of that coalition (0: none).
    void setCoalition(Id coalitionId);

    const Membership &membership(int row) const { return m_rows.at(row); }
    QString organizationName(int row) const;
    QString representativeName(int row) const;
    QString personName(std::optional<Id> id) const;
    // The row of that membership, -1 when it is not shown.
    int rowOf(Id membershipId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The members could not be read; the message says why.
    void errorOccurred(const QString &message);

private:
    void onRecordsChanged(const QList<RecordKey> &keys);
    void refreshMembership(Id id);
    void refreshOrganizationName(Id id);
    void refreshPersonName(Id id);
    void rememberNames(const Membership &membership);
    void emitRowChanged(int row);
    QVariant displayData(const Membership &membership, int row, int column) const;
    QVariant sortData(const Membership &membership, int row, int column) const;

    WorkspaceSession &m_session;
    Id m_coalitionId = 0;
    QList<Membership> m_rows;
    QHash<Id, QString> m_organizationNames;
    QHash<Id, QString> m_personNames;
};

} // namespace Coalition::Ui
