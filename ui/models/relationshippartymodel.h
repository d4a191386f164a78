// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace Coalition::Ui {

// The organizations a relationship can join, over the session's list of
// every organization (OrganizationChoiceModel): the members of the
// coalition shown first, then everyone else, each part in the list's
// order. The members' tooltip says they are members.
class RelationshipPartyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelationshipPartyModel)

public:
    explicit RelationshipPartyModel(const QSet<Id> &members, QObject *parent = nullptr);
    ~RelationshipPartyModel() override;

    bool isMember(Id organizationId) const { return m_members.contains(organizationId); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Id idOf(const QModelIndex &sourceIndex) const;

    QSet<Id> m_members;
};

} // namespace Coalition::Ui
