// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/action.h"
#include "models/outcomelistmodel.h"

namespace Coalition::Ui {

// The evaluations of one coalition's activities, oldest first (undated
// last): the method used, the score out of 100 and what was found.
class EvaluationListModel final : public OutcomeListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvaluationListModel)

public:
    enum Column {
        ActivityColumn,
        DateColumn,
        MethodColumn,
        ScoreColumn,
        FindingsColumn,
        ColumnCount
    };

    explicit EvaluationListModel(WorkspaceSession &session, QObject *parent = nullptr);

    const Evaluation &evaluation(int row) const { return m_rows.at(row); }
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
    QList<Evaluation> m_rows;
};

} // namespace Coalition::Ui
