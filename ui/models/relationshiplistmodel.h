// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/stage.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace Coalition::Ui {

// The relationships among a coalition's members (whatever their status), one
// row each, ordered by the two organizations' names: the pair, level,
// trust, since-date, whether the two sides' own views agree, and notes.
// Organizations that are not active members are marked. Kept current row by
// row, so a view keeps its selection across edits.
class RelationshipListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelationshipListModel)

public:
    enum Column {
        FirstColumn,
        SecondColumn,
        LevelColumn,
        TrustColumn,
        SinceColumn,
        SidesColumn,
        NotesColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // the relationship's id
        DisagreementRole, // bool
    };

    explicit RelationshipListModel(QObject *parent = nullptr);
    ~RelationshipListModel() override;

    // `active`: the organizations that are active members (the others are marked).
    void setRelationships(const QList<Relationship> &relationships,
                          const QHash<Id, QString> &organizationNames, const QSet<Id> &active);

    Id idAt(int row) const; // 0 out of range
    int rowOf(Id relationshipId) const; // -1 when not listed
    const Relationship *relationshipAt(int row) const;
    // The rows of the relationships the organization takes part in.
    QList<int> rowsOfOrganization(Id organizationId) const;
    QString organizationName(Id organizationId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Relationship relationship;
        Id shownFirst = 0; // the pair in the order of their names
        Id shownSecond = 0;

        bool operator==(const Row &) const = default;
    };

    QString shownName(Id organizationId) const;
    QString sidesText(const Relationship &relationship) const;

    QList<Row> m_rows;
    QHash<Id, QString> m_names;
    QSet<Id> m_active;
};

} // namespace Coalition::Ui
