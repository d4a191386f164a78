// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/action.h"

#include <QAbstractTableModel>

namespace Coalition::Ui {

struct ActionData;

// The staffing needs of one action plan, edited in place: role, hours a
// month, the member that covers it, or whether it is sought outside the
// coalition. An edit is not written here: the model asks for the whole plan
// with the need changed (planChangeRequested).
class StaffingTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffingTableModel)

public:
    enum Column { RoleColumn, HoursColumn, CoverColumn, OutsideColumn, ColumnCount };

    enum Role {
        ChoiceLabelsRole = Qt::UserRole + 1, // QStringList: the members the cover column offers
        ChoiceValuesRole, // QVariantList: their membership ids (0: none)
    };

    explicit StaffingTableModel(QObject *parent = nullptr);

    void fill(const ActionData &source, Id planId);
    const ActionPlan &plan() const { return m_plan; }

    // "Covered 20 of 36 hours a month".
    QString summary() const;
    void requestAddNeed();
    void requestRemoveNeed(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void planChangeRequested(const Coalition::ActionPlan &plan, const QString &text);

private:
    QString memberName(Id id) const;

    ActionPlan m_plan;
    QList<std::pair<Id, QString>> m_members;
};

} // namespace Coalition::Ui
