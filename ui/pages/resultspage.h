// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "pages/page.h"

QT_BEGIN_NAMESPACE
class QLabel;
class QStackedWidget;
class QTabWidget;
QT_END_NAMESPACE

namespace Coalition::Ui {

class ConflictActions;
class ConflictListModel;
class EvaluationListModel;
class OutcomeListView;
class ResultActions;
class SuccessListModel;

// What came of the current coalition's work, in three tabs: the successes
// it celebrates with the members credited, the evaluations of its activities,
// and the conflicts between its members with where each stands on the ladder
// (open ones highlighted). Confidential records are marked. Every change is
// an undoable edit.
class ResultsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsPage)

public:
    explicit ResultsPage(WorkspaceSession &session, QWidget *parent = nullptr);

    QString pageId() const override;
    QString title() const override;
    QIcon icon() const override;
    bool isCoalitionScoped() const override { return true; }
    // Successes, evaluations and conflicts: shows their coalition and tab and
    // selects them.
    bool showRecord(const RecordKey &key) override;

    QTabWidget *tabs() const { return m_tabs; }
    OutcomeListView *successView() const { return m_successes; }
    OutcomeListView *evaluationView() const { return m_evaluations; }
    OutcomeListView *conflictView() const { return m_conflicts; }
    SuccessListModel *successModel() const { return m_successModel; }
    EvaluationListModel *evaluationModel() const { return m_evaluationModel; }
    ConflictListModel *conflictModel() const { return m_conflictModel; }
    ResultActions *resultActions() const { return m_resultActions; }
    ConflictActions *conflictActions() const { return m_conflictActions; }
    bool isShowingEmptyState() const;
    QString subtitle() const;

private:
    QWidget *makeEmptyState();
    void showCoalition(Id id);
    void updateHeader();

    Id m_coalitionId = 0;
    SuccessListModel *m_successModel;
    EvaluationListModel *m_evaluationModel;
    ConflictListModel *m_conflictModel;
    ResultActions *m_resultActions;
    ConflictActions *m_conflictActions;
    QLabel *m_heading;
    QLabel *m_subheading;
    QStackedWidget *m_stack;
    QWidget *m_emptyState;
    QTabWidget *m_tabs;
    OutcomeListView *m_successes;
    OutcomeListView *m_evaluations;
    OutcomeListView *m_conflicts;
};

} // namespace Coalition::Ui
