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

class BodiesView;
class BodyActions;
class GroundRulesView;
class RuleActions;

// How the current coalition governs itself: its ground rules by area, with
// the five key areas every coalition should settle early and what is missing
// among them; and its bodies with their seats and the procedure each decides
// by, explained in plain words. Every change is an undoable edit.
class GovernancePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GovernancePage)

public:
    explicit GovernancePage(WorkspaceSession &session, QWidget *parent = nullptr);

    QString pageId() const override;
    QString title() const override;
    QIcon icon() const override;
    bool isCoalitionScoped() const override { return true; }
    // Ground rules, bodies and procedures: selects them in their tab; a
    // coalition: its first key area without an agreed rule.
    bool showRecord(const RecordKey &key) override;

    GroundRulesView *rulesView() const { return m_rules; }
    BodiesView *bodiesView() const { return m_bodies; }
    RuleActions *ruleActions() const { return m_ruleActions; }
    BodyActions *bodyActions() const { return m_bodyActions; }
    QTabWidget *tabs() const { return m_tabs; }
    // Whether the page shows that there is no coalition to govern.
    bool isShowingEmptyState() const;

private:
    QWidget *makeEmptyState();
    void showCoalition(Id id);
    void updateHeader();
    // Makes the coalition current when the record belongs to another.
    void showCoalitionOf(Id coalitionId);

    Id m_coalitionId = 0;
    QLabel *m_heading;
    QLabel *m_subheading;
    QStackedWidget *m_stack;
    QWidget *m_emptyState;
    QTabWidget *m_tabs;
    GroundRulesView *m_rules;
    BodiesView *m_bodies;
    RuleActions *m_ruleActions;
    BodyActions *m_bodyActions;
};

} // namespace Coalition::Ui
