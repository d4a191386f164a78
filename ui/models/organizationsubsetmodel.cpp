// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/organizationsubsetmodel.h"

#include "models/organizationchoicemodel.h"

namespace Coalition::Ui {

OrganizationSubsetModel::OrganizationSubsetModel(Accepts accepts, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_accepts(std::move(accepts))
{ }

OrganizationSubsetModel::~OrganizationSubsetModel() = default;

void OrganizationSubsetModel::refilter()
{
    invalidateRowsFilter();
}

bool OrganizationSubsetModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_accepts(index.data(OrganizationChoiceModel::IdRole).toLongLong());
}

} // namespace Coalition::Ui
