// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/stage.h"
#include "rules/networkfigures.h"

#include <QAbstractTableModel>
#include <QHash>

#include <utility>

namespace Coalition::Ui {

// The relationships among a coalition's active members as a square table:
// one row and one column per member (in the members' order), each cell the
// relationship of the two, if any: its level's short name and trust as text
// ("Coop · high"), the level's colour as background, a mark (≠) and bold
// text when the two sides rate it differently, and a tooltip with the
// level, trust, since-date, notes and how the sides differ. The diagonal
// stays empty. Only the first relationship of a pair counts, as in the
// network figures.
class RelationshipMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelationshipMatrixModel)

public:
    enum Role {
        RelationshipIdRole = Qt::UserRole + 1, // Id; 0 where the pair has none
        RowOrganizationRole, // Id of the row's organization
        ColumnOrganizationRole, // Id of the column's organization
        LevelRole, // int (RelationshipLevel); invalid where the pair has none
        TrustRole, // int (TrustLevel); invalid where the pair has none
        DisagreementRole, // bool: both sides' views recorded, and they differ
    };

    explicit RelationshipMatrixModel(QObject *parent = nullptr);
    ~RelationshipMatrixModel() override;

    // Relationships with an organization outside `members` are left out.
    void setNetwork(const QList<NetworkMember> &members, const QList<Relationship> &relationships,
                    const QHash<Id, QString> &organizationNames);

    Id organizationAt(int section) const; // 0 out of range
    int sectionOf(Id organizationId) const; // -1 for a non-member
    // The pair's relationship shown in the cell; none on the diagonal or an empty cell.
    const Relationship *relationshipAt(const QModelIndex &index) const;
    // The cell of the pair (in the upper triangle: row before column).
    QModelIndex indexOfPair(Id a, Id b) const;
    int relationshipCount() const { return static_cast<int>(m_relationships.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QString toolTip(const QModelIndex &index) const;

    QList<NetworkMember> m_members;
    QHash<Id, int> m_sectionOf;
    QList<Relationship> m_relationships;
    QHash<std::pair<Id, Id>, qsizetype> m_cellOf; // ordered pair -> index in m_relationships
    QHash<Id, QString> m_names;
};

} // namespace Coalition::Ui
