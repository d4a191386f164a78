// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/action.h"
#include "models/outcomelistmodel.h"

namespace Coalition::Ui {

// The conflicts of one coalition, oldest first (undated last): the parties,
// where each stands on the ladder (discussion, mediator, arbitrator, panel)
// and how it ended. Open conflicts are highlighted.
class ConflictListModel final : public OutcomeListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictListModel)

public:
    enum Column {
        SubjectColumn,
        PartiesColumn,
        RaisedColumn,
        StatusColumn,
        StepColumn,
        ResolutionColumn,
        ColumnCount
    };

    explicit ConflictListModel(WorkspaceSession &session, QObject *parent = nullptr);

    const Conflict &conflict(int row) const { return m_rows.at(row); }
    int rowOf(Id id) const override;
    Id idAt(int row) const override { return m_rows.at(row).id; }
    int openCount() const;

    // "Mediator (step 2 of 4)".
    static QString stepText(EscalationStep step);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    void reload(bool reset) override;

private:
    QList<Conflict> m_rows;
};

} // namespace Coalition::Ui
