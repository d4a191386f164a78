// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/action.h"

#include <QAbstractTableModel>

namespace Coalition::Ui {

struct ActionData;

// The budget lines of one action plan, edited in place: item, amount, the
// member that funds it or an outside source, and whether it is secured. An
// edit is not written here: the model asks for the whole plan with the line
// changed (planChangeRequested).
class BudgetTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetTableModel)

public:
    enum Column {
        ItemColumn,
        AmountColumn,
        FunderColumn,
        SourceColumn,
        SecuredColumn,
        ColumnCount
    };

    enum Role {
        ChoiceLabelsRole = Qt::UserRole + 1, // QStringList: the members the funder column offers
        ChoiceValuesRole, // QVariantList: their membership ids (0: none)
    };

    explicit BudgetTableModel(QObject *parent = nullptr);

    void fill(const ActionData &source, Id planId);
    const ActionPlan &plan() const { return m_plan; }

    // "Secured 1,200.00 of 3,500.00 — 2,300.00 unfunded".
    QString summary() const;
    // Ask for a new line, or for removing one.
    void requestAddLine();
    void requestRemoveLine(int row);

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
