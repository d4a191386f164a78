// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/governance.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QHBoxLayout;
class QLabel;
class QSplitter;
class QTreeView;
class QWidget;
QT_END_NAMESPACE

namespace Coalition::Ui {

class GroundRuleDetails;
class GroundRuleTreeModel;
class WorkspaceSession;

// The Ground rules tab: how many of the five key areas are settled and which
// are missing, the rules grouped by area and, beside them, the selected
// rule's details and history. The page's rule actions show as buttons above
// the tree and in its context menu. A coalition with no rule yet gets a few
// words on what ground rules are for and the button to add one.
class GroundRulesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroundRulesView)

public:
    explicit GroundRulesView(WorkspaceSession &session, QWidget *parent = nullptr);

    void setCoalition(Id coalitionId);
    // The tree's context menu lists `menu`; `buttons` also get a button above
    // it; `add` is offered again in the notice shown while there is no rule.
    void setActions(const QList<QAction *> &menu, const QList<QAction *> &buttons, QAction *add);

    // The selected rule, if a rule (not an area) is selected.
    const GroundRule *currentRule() const;
    Id currentRuleId() const;
    // The area of the selected row, rule or area.
    std::optional<RuleArea> currentArea() const;
    bool selectRule(Id ruleId);
    bool selectArea(RuleArea area);
    // Selects the first key area without an agreed rule; false when none is missing.
    bool selectFirstMissingArea();

    GroundRuleTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    GroundRuleDetails *details() const { return m_details; }
    QLabel *summary() const { return m_summary; }
    QWidget *emptyNotice() const { return m_notice; }

Q_SIGNALS:
    void currentChanged();
    // Enter or a double-click on a rule.
    void ruleActivated();
    void errorOccurred(const QString &message);

private:
    void updateSummary();
    void updateDetails();
    void restoreSelection();
    void select(const QModelIndex &index);

    WorkspaceSession &m_session;
    GroundRuleTreeModel *m_model;
    QLabel *m_summary;
    QWidget *m_notice;
    QLabel *m_noticeText;
    QHBoxLayout *m_noticeButtons;
    QHBoxLayout *m_buttons;
    QTreeView *m_tree;
    QSplitter *m_splitter;
    GroundRuleDetails *m_details;
    Id m_selectedRule = 0; // kept across reloads that move the rule
};

} // namespace Coalition::Ui
