// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QHBoxLayout;
class QLabel;
class QTableView;
QT_END_NAMESPACE

namespace Coalition::Ui {

class DecisionListModel;
class OutcomeView;
class PositionModel;
class WorkspaceSession;

// The decisions of one meeting: their list (title, area, outcome, status);
// for the selected one, the grid of each voting member's position, edited in
// place, and beside it the outcome with its reasons, the procedural warnings
// about it and its reopen history, kept current as positions and attendance
// change.
class DecisionPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionPanel)

public:
    explicit DecisionPanel(WorkspaceSession &session, QWidget *parent = nullptr);

    void setMeeting(Id meetingId);
    // The selected decision, 0 when none.
    Id currentDecisionId() const { return m_current; }
    void selectDecision(Id decisionId);

    // Buttons above the list (and its context menu) for these actions.
    void addListActions(const QList<QAction *> &actions);
    // Buttons under the positions grid.
    void addPositionActions(const QList<QAction *> &actions);

    DecisionListModel *decisions() const { return m_decisions; }
    PositionModel *positions() const { return m_positions; }
    QTableView *decisionTable() const { return m_decisionTable; }
    QTableView *positionTable() const { return m_positionTable; }
    OutcomeView *outcome() const { return m_outcome; }

Q_SIGNALS:
    void currentDecisionChanged(Coalition::Id decisionId);
    // Enter or a double-click on a decision.
    void decisionActivated();

private:
    void onCurrentRowChanged();
    void restoreSelection();
    void refreshOutcome();
    void updateEmptyHint();

    WorkspaceSession &m_session;
    Id m_current = 0;
    DecisionListModel *m_decisions;
    PositionModel *m_positions;
    QHBoxLayout *m_listButtons;
    QHBoxLayout *m_positionButtons;
    QLabel *m_emptyHint;
    QTableView *m_decisionTable;
    QTableView *m_positionTable;
    OutcomeView *m_outcome;
};

} // namespace Coalition::Ui
