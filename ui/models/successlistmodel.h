// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/action.h"
#include "models/outcomelistmodel.h"

namespace Coalition::Ui {

// The successes of one coalition, oldest first (undated last), each with the
// member organizations it credits and the group and goal it came from.
class SuccessListModel final : public OutcomeListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuccessListModel)

public:
    enum Column { TitleColumn, DateColumn, CreditedColumn, GroupColumn, ColumnCount };

    explicit SuccessListModel(WorkspaceSession &session, QObject *parent = nullptr);

    const Success &success(int row) const { return m_rows.at(row); }
    int rowOf(Id id) const override;
    Id idAt(int row) const override { return m_rows.at(row).id; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    void reload(bool reset) override;

private:
    QList<Success> m_rows;
};

} // namespace Coalition::Ui
