// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/stageassessment.h"

#include <QAbstractItemModel>
#include <QIcon>

namespace Coalition::Ui {

// The criteria of a stage assessment as a tree: one top-level row per
// development stage (in order) with how many of its criteria are met and
// whether that is enough (all said in the first column, for a view that
// spans it across the row), and below it the stage's criteria with their
// status, whether the data or the coordinator decides them, and the evidence.
// Fed with a whole StageAssessment; when a new assessment has the same
// stages and criteria it only updates the rows, so selection and expansion
// survive an edit.
class StageCriteriaModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageCriteriaModel)

public:
    enum Column { CriterionColumn, StatusColumn, BasisColumn, EvidenceColumn, ColumnCount };

    enum Role {
        StageRole = Qt::UserRole + 1, // DevelopmentStage as int, on every row
        IsStageRole, // bool: a stage row
        CriterionIdRole, // QString; empty on a stage row
        StatusRole, // CriterionStatus as int; -1 on a stage row
        ChecklistRole, // bool: a checklist question (criterion rows)
        EvidenceRole, // QString (criterion rows)
        MetRole, // int: criteria met (stage rows)
        TotalRole, // int: criteria (stage rows)
        SubstantiallyMetRole, // bool (stage rows)
    };

    explicit StageCriteriaModel(QObject *parent = nullptr);

    void setAssessment(const StageAssessment &assessment);
    // No coalition: no rows.
    void clear();
    const StageAssessment &assessment() const { return m_assessment; }

    const StageResult *stage(const QModelIndex &index) const; // of any row
    const CriterionResult *criterion(const QModelIndex &index) const; // criterion rows
    QModelIndex indexOfStage(DevelopmentStage stage, int column = 0) const;
    QModelIndex indexOfCriterion(const QString &id, int column = 0) const;

    // "Met", "Not met", "Unanswered", and an icon drawn for each (a tick, a
    // cross, a question mark) so that the status reads without colour too.
    static QString statusText(CriterionStatus status);
    static QIcon statusIcon(CriterionStatus status);
    // What decides a criterion: "Your answer" (a checklist question) or "The
    // records".
    static QString basisText(bool checklist);
    // A stage: the tick when substantially met, an open ring while not.
    static QIcon stageIcon(bool substantiallyMet);
    // "7 of 9 met, substantially met".
    static QString stageSummary(const StageResult &stage);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    bool sameShape(const StageAssessment &other) const;
    QVariant stageData(const StageResult &stage, int column, int role) const;
    QVariant criterionData(const StageResult &stage, const CriterionResult &criterion, int column,
                           int role) const;

    StageAssessment m_assessment;
};

} // namespace Coalition::Ui
