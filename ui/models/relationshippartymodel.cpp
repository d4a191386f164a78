// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/relationshippartymodel.h"

#include "models/organizationchoicemodel.h"

namespace Coalition::Ui {

RelationshipPartyModel::RelationshipPartyModel(const QSet<Id> &members, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_members(members)
{
    setDynamicSortFilter(true);
    // Sorted from the start (column 0), so rows keep this order as the list changes.
    sort(0);
}

RelationshipPartyModel::~RelationshipPartyModel() = default;

Id RelationshipPartyModel::idOf(const QModelIndex &sourceIndex) const
{
    return sourceIndex.data(OrganizationChoiceModel::IdRole).toLongLong();
}

bool RelationshipPartyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftMember = m_members.contains(idOf(left));
    const bool rightMember = m_members.contains(idOf(right));
    if (leftMember != rightMember)
        return leftMember;
    return left.row() < right.row();
}

QVariant RelationshipPartyModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ToolTipRole && index.isValid()
        && m_members.contains(index.data(OrganizationChoiceModel::IdRole).toLongLong()))
        return tr("A member of this coalition");
    return QSortFilterProxyModel::data(index, role);
}

} // namespace Coalition::Ui
