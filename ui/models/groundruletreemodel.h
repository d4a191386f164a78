// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/governance.h"
#include "storage/recordstates.h"

#include <QAbstractItemModel>

namespace Coalition::Ui {

class WorkspaceSession;

// A coalition's ground rules grouped by area: one top-level row per area in
// the vocabulary's order (the five key areas always, the others when they
// hold a rule), the area's rules below it by age. An area row says whether
// the area is settled by an agreed rule and, if not, what is missing. Fed
// from GroundRuleRepository; after an edit, undo or redo it inserts, removes
// and updates only the rows that changed.
class GroundRuleTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroundRuleTreeModel)

public:
    enum Column { TitleColumn, StatusColumn, ReviewColumn, ColumnCount };

    enum Role {
        RuleIdRole = Qt::UserRole + 1, // Id of the row's rule; 0 on an area row
        AreaRole, // RuleArea as int, on every row
        RuleStatusRole, // RuleStatus as int; -1 on an area row
        SettledRole, // area rows: bool, an agreed rule covers the area
        ReviewOverdueRole, // rule rows: bool, agreed and past its review date
    };

    explicit GroundRuleTreeModel(WorkspaceSession &session, QObject *parent = nullptr);

    Id coalitionId() const { return m_coalitionId; }
    // Shows the rules of that coalition (0: none).
    void setCoalition(Id coalitionId);

    // Every rule shown, by area then age.
    QList<GroundRule> rules() const;
    const GroundRule *rule(Id id) const;
    const GroundRule *rule(const QModelIndex &index) const;
    // The area of any row.
    std::optional<RuleArea> area(const QModelIndex &index) const;
    QModelIndex indexOfRule(Id id) const;
    QModelIndex indexOfArea(RuleArea area) const;

    // The key areas that have an agreed rule, and those that have none.
    int settledKeyAreas() const;
    QList<RuleArea> missingKeyAreas() const;
    // "Key areas settled: 4 of 5 — missing: Confidentiality".
    QString summaryText() const;
    // What an area row says of its state, in a sentence.
    QString areaState(RuleArea area) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The rules could not be read; the message says why.
    void errorOccurred(const QString &message);
    // The key areas' summary may read differently.
    void summaryChanged();

private:
    struct AreaNode
    {
        RuleArea area = RuleArea::Other;
        QList<GroundRule> rules;

        bool operator==(const AreaNode &) const = default;
    };

    QList<AreaNode> read();
    void reload();
    void onRecordsChanged(const QList<RecordKey> &keys);
    int rowOfArea(RuleArea area) const;
    bool isSettled(const AreaNode &node) const;
    bool isOverdue(const GroundRule &rule) const;
    QVariant areaData(const AreaNode &node, int column, int role) const;
    QVariant ruleData(const GroundRule &rule, int column, int role) const;

    WorkspaceSession &m_session;
    Id m_coalitionId = 0;
    QList<AreaNode> m_areas;
};

} // namespace Coalition::Ui
