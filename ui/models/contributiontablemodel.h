// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QAbstractTableModel>

namespace Coalition::Ui {

// The contributions of one member while they are being edited: kind,
// description, estimated value and period, one row each. The edit role holds
// the kind and period as their enumeration values and the value in currency
// units (a double, for the spin box editor); the list goes back to the
// member as a whole when the dialog is accepted.
class ContributionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContributionTableModel)

public:
    enum Column { KindColumn, DescriptionColumn, ValueColumn, PeriodColumn, ColumnCount };

    explicit ContributionTableModel(QObject *parent = nullptr);

    QList<Contribution> contributions() const { return m_rows; }
    void setContributions(const QList<Contribution> &contributions);
    // Appends a row (staff time, no value, one-off); returns its row.
    int appendRow();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

private:
    QList<Contribution> m_rows;
};

} // namespace Coalition::Ui
