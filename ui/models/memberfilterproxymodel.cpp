// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/memberfilterproxymodel.h"

#include "models/membertablemodel.h"

namespace Coalition::Ui {

MemberFilterProxyModel::MemberFilterProxyModel(MemberTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortRole(MemberTableModel::SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void MemberFilterProxyModel::setMatcher(const MembershipMatcher &matcher)
{
    m_matcher = matcher;
    invalidateRowsFilter();
}

bool MemberFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (m_matcher.isEmpty())
        return true;
    return m_matcher.matches(m_source->membership(sourceRow), m_source->organizationName(sourceRow),
                             m_source->representativeName(sourceRow));
}

} // namespace Coalition::Ui
