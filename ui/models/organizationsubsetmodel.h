// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QSortFilterProxyModel>

#include <functional>

namespace Coalition::Ui {

// The organizations of a list (OrganizationChoiceModel) whose id passes a
// test, in the list's order: those not yet members of a coalition, those
// that have people. Follows the list's changes like any filter proxy.
class OrganizationSubsetModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationSubsetModel)

public:
    using Accepts = std::function<bool(Id)>;

    explicit OrganizationSubsetModel(Accepts accepts, QObject *parent = nullptr);
    ~OrganizationSubsetModel() override;

    // Tests every organization again, after what the test depends on changed.
    void refilter();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Accepts m_accepts;
};

} // namespace Coalition::Ui
