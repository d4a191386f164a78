// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/membershiprules.h"

#include <QSortFilterProxyModel>

namespace Coalition::Ui {

class MemberTableModel;

// Sorts the member table by each column's sort role and keeps the rows the
// core's MembershipMatcher accepts (status, text in the names).
class MemberFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberFilterProxyModel)

public:
    explicit MemberFilterProxyModel(MemberTableModel *source, QObject *parent = nullptr);

    void setMatcher(const MembershipMatcher &matcher);
    const MembershipMatcher &matcher() const { return m_matcher; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    MemberTableModel *m_source;
    MembershipMatcher m_matcher;
};

} // namespace Coalition::Ui
