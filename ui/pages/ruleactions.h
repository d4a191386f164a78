// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/governance.h"
#include "result.h"

#include <QObject>

QT_BEGIN_NAMESPACE
class QAction;
class QWidget;
QT_END_NAMESPACE

namespace Coalition::Ui {

class GroundRulesView;
class MessageBar;
class WorkspaceSession;

// What can be done to the ground rules of the coalition shown: add, edit,
// agree to a proposed rule, retire one, or supersede one with a new rule.
// Each makes its change through WorkspaceSession::perform, so it can be
// undone; an error the core reports goes to the page's message bar.
class RuleActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleActions)

public:
    RuleActions(WorkspaceSession &session, GroundRulesView *view, MessageBar *messageBar,
                QWidget *parent);

    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *agreeAction() const { return m_agree; }
    QAction *retireAction() const { return m_retire; }
    QAction *supersedeAction() const { return m_supersede; }
    QList<QAction *> all() const { return {m_add, m_edit, m_agree, m_retire, m_supersede}; }

public Q_SLOTS:
    void addRule();
    void editRule();
    void agreeRule();
    void retireRule();
    void supersedeRule();
    void updateEnabled();

private:
    QAction *makeAction(const QString &text, const QString &name, const QString &toolTip);
    // Stores a new rule as one edit, with the rule it supersedes (which it may retire).
    void add(const QString &text, const GroundRule &rule);
    void setStatus(const QString &text, const GroundRule &rule, RuleStatus status, const QDate &on,
                   const QString &note);
    void report(const Error &error);

    WorkspaceSession &m_session;
    GroundRulesView *m_view;
    MessageBar *m_messageBar;
    QWidget *m_parent;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_agree;
    QAction *m_retire;
    QAction *m_supersede;
};

} // namespace Coalition::Ui
