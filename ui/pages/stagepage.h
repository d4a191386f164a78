// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/page.h"
#include "result.h"
#include "rules/stageassessment.h"

#include <QDate>

#include <functional>

QT_BEGIN_NAMESPACE
class QAction;
class QGroupBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTabWidget;
class QTreeView;
QT_END_NAMESPACE

namespace Coalition {
class Workspace;
}

namespace Coalition::Ui {

class StageCriteriaModel;
class StageCriterionPanel;
class StageHistoryList;
class StageSummary;
class StageTypeFitView;

// Where the current coalition stands among the five development stages:
// the stage the coordinator recorded and the one the evidence supports
// (StageEngine), with a warning when the record runs ahead of the evidence;
// every stage's criteria with their status and evidence, where the
// coordinator answers the checklist questions; what is missing for the next
// stage; the recorded stage history, with entries added, edited and
// removed; and how the coalition fits its type. Every change is an
// undoable edit. The page reads the data again after every change while it
// is shown, and on showing after changes made elsewhere.
class StagePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StagePage)

public:
    explicit StagePage(WorkspaceSession &session, QWidget *parent = nullptr);
    ~StagePage() override;

    QString pageId() const override;
    QString title() const override;
    QIcon icon() const override;
    bool isCoalitionScoped() const override { return true; }
    // Stage changes (the History tab) and checklist answers (their question
    // on the Criteria tab), switching coalition when needed.
    bool showRecord(const RecordKey &key) override;
    // An answer typed but not applied: apply it, drop it, or stay.
    bool settlePendingEdits() override;

    // The day the assessment judges by (tests fix it; by default today).
    void setToday(const QDate &today);
    QDate today() const;
    // Reads the coalition's data and assesses it again now.
    void refresh();

    const StageAssessment &assessment() const { return m_assessment; }
    StageSummary *summary() const { return m_summary; }
    StageCriteriaModel *criteriaModel() const { return m_model; }
    QTreeView *criteriaView() const { return m_tree; }
    StageCriterionPanel *criterionPanel() const { return m_panel; }
    QListWidget *missingList() const { return m_missing; }
    QLabel *missingNote() const { return m_missingNote; }
    StageHistoryList *historyList() const { return m_history; }
    StageTypeFitView *typeFitView() const { return m_typeFit; }
    QTabWidget *tabs() const { return m_tabs; }
    QAction *recordStageAction() const { return m_recordStage; }
    QAction *editStageAction() const { return m_editStage; }
    QAction *removeStageAction() const { return m_removeStage; }
    bool isShowingEmptyState() const;
    QString subtitle() const;
    // Selects the criterion's row on the Criteria tab; false when not shown.
    bool selectCriterion(const QString &id);

public Q_SLOTS:
    void recordStageChange();
    void editStageChange();
    void removeStageChange();
    // Writes the coordinator's answer to a checklist question.
    void applyAnswer(const QString &item, Coalition::ChecklistValue value, const QString &note,
                     const QDate &on);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *makeEmptyState();
    QWidget *makeCriteriaTab();
    QAction *makeAction(const QString &text, const QString &name, const QString &toolTip);
    void showCoalition(Id id);
    void onRecordsChanged();
    void updateHeader();
    void updateMissing();
    void updateHistory();
    void updateActions();
    void showSelection(bool keepEdits = false);
    // Offers to apply an answer typed but not applied before it goes (another
    // row chosen, another coalition shown); `selectionMoved`: only when it
    // is not the question still selected.
    void settleUnappliedAnswer(bool selectionMoved);
    void activateCriterion(const QModelIndex &index);
    // Runs an undoable edit; a failure goes to the message bar.
    bool run(const QString &text, const QList<RecordKey> &touched,
             const std::function<Result<QList<RecordKey>>(Workspace &)> &edit);

    Id m_coalitionId = 0;
    QDate m_today;
    bool m_stale = true;
    StageSnapshot m_snapshot;
    StageAssessment m_assessment;
    StageCriteriaModel *m_model;
    QAction *m_recordStage;
    QAction *m_editStage;
    QAction *m_removeStage;
    QLabel *m_heading;
    QLabel *m_subheading;
    QStackedWidget *m_stack;
    QWidget *m_emptyState;
    QWidget *m_content;
    StageSummary *m_summary;
    QTabWidget *m_tabs;
    QTreeView *m_tree;
    StageCriterionPanel *m_panel;
    QGroupBox *m_missingBox;
    QLabel *m_missingNote;
    QListWidget *m_missing;
    StageHistoryList *m_history;
    StageTypeFitView *m_typeFit;
};

} // namespace Coalition::Ui
