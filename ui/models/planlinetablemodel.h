// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/action.h"

#include <QAbstractTableModel>

#include <optional>

namespace Coalition::Ui {

struct ActionData;

// The base of the tables that edit one list of an action plan's lines in
// place (its budget lines, its staffing needs): a row a line, one column
// holding a check box and the others edited through the view, with the
// coalition's members offered as choices. An edit is not written here: the
// model asks for the whole plan with the line changed (planChangeRequested)
// and shows the change once it is filled again.
class PlanLineTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanLineTableModel)

public:
    enum Role {
        ChoiceLabelsRole = Qt::UserRole + 1, // QStringList: the members a member column offers
        ChoiceValuesRole, // QVariantList: their membership ids (0: none)
    };

    void fill(const ActionData &source, Id planId);
    const ActionPlan &plan() const { return m_plan; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void planChangeRequested(const Coalition::ActionPlan &plan, const QString &text);

protected:
    PlanLineTableModel(int columns, int checkColumn, QObject *parent);

    // Ask for a new line at the end of the plan's list, or for removing one.
    void requestAppend();
    void requestRemoval(int row);

    QString memberName(Id id) const;

    // The list a subclass shows: its length in a plan, and whether two plans
    // hold the same lines.
    virtual qsizetype lineCount(const ActionPlan &of) const = 0;
    virtual bool sameLines(const ActionPlan &a, const ActionPlan &b) const = 0;
    // The data of a cell for every role but the member choices.
    virtual QVariant lineData(int row, int column, int role) const = 0;
    virtual QString columnTitle(int column) const = 0;

    // The edits: each changes `after`, a copy of the plan, and returns the
    // text of the change; editLine returns nothing when it refuses the value.
    virtual QString appendLine(ActionPlan &after) const = 0;
    virtual QString removeLine(ActionPlan &after, int row) const = 0;
    virtual QString checkLine(ActionPlan &after, int row, bool checked) const = 0;
    virtual std::optional<QString> editLine(ActionPlan &after, int row, int column,
                                            const QVariant &value) const = 0;

private:
    const int m_columnCount;
    const int m_checkColumn;
    ActionPlan m_plan;
    QList<std::pair<Id, QString>> m_members;
};

} // namespace Coalition::Ui
