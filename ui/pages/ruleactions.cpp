// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/ruleactions.h"

#include "dialogs/groundruledialog.h"
#include "dialogs/rulestatusdialog.h"
#include "models/groundruletreemodel.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"
#include "widgets/groundrulesview.h"
#include "widgets/messagebar.h"

#include <QAction>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

RuleActions::RuleActions(WorkspaceSession &session, GroundRulesView *view, MessageBar *messageBar,
                         QWidget *parent)
    : QObject(parent)
    , m_session(session)
    , m_view(view)
    , m_messageBar(messageBar)
    , m_parent(parent)
    , m_add(makeAction(tr("&Add Rule…"), u"addRule"_s,
                       tr("Record a ground rule the members agreed on, or one proposed to them")))
    , m_edit(makeAction(tr("&Edit…"), u"editRule"_s,
                        tr("Edit the selected rule; a new text goes into its history (Ctrl+E)")))
    , m_agree(makeAction(tr("A&gree"), u"agreeRule"_s,
                         tr("Record that the members agreed to the selected proposed rule "
                            "today")))
    , m_retire(makeAction(tr("&Retire…"), u"retireRule"_s,
                          tr("Take the selected rule out of force, keeping it and its history")))
    , m_supersede(makeAction(tr("&Supersede…"), u"supersedeRule"_s,
                             tr("Write a new rule that replaces the selected one")))
{
    m_edit->setShortcut(QKeySequence(tr("Ctrl+E")));
    view->addAction(m_edit);
    connect(m_add, &QAction::triggered, this, &RuleActions::addRule);
    connect(m_edit, &QAction::triggered, this, &RuleActions::editRule);
    connect(m_agree, &QAction::triggered, this, &RuleActions::agreeRule);
    connect(m_retire, &QAction::triggered, this, &RuleActions::retireRule);
    connect(m_supersede, &QAction::triggered, this, &RuleActions::supersedeRule);
    connect(view, &GroundRulesView::ruleActivated, this, &RuleActions::editRule);
    connect(view, &GroundRulesView::currentChanged, this, &RuleActions::updateEnabled);
    updateEnabled();
}

QAction *RuleActions::makeAction(const QString &text, const QString &name, const QString &toolTip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setToolTip(toolTip);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    return action;
}

void RuleActions::updateEnabled()
{
    const GroundRule *rule = m_view->currentRule();
    m_add->setEnabled(m_view->model()->coalitionId() > 0);
    m_edit->setEnabled(rule != nullptr);
    m_agree->setEnabled(rule && rule->status == RuleStatus::Proposed);
    m_retire->setEnabled(rule && rule->status != RuleStatus::Retired);
    m_supersede->setEnabled(rule && rule->status == RuleStatus::Agreed);
}

void RuleActions::report(const Error &error)
{
    m_messageBar->showMessage(error.message);
}

void RuleActions::add(const QString &text, const GroundRule &rule)
{
    // An agreed rule retires the one it supersedes in the same edit.
    QList<RecordKey> touched;
    if (rule.supersedesRuleId)
        touched.append({RecordKind::GroundRule, *rule.supersedesRuleId});
    auto done = m_session.perform(text, touched,
                                  [&rule](Workspace &workspace) -> Result<QList<RecordKey>> {
                                      auto id = workspace.groundRules().add(rule);
                                      if (!id)
                                          return id.error();
                                      return QList<RecordKey>{{RecordKind::GroundRule, *id}};
                                  });
    if (!done) {
        report(done.error());
        return;
    }
    if (!done->isEmpty())
        m_view->selectRule(done->constFirst().id);
}

void RuleActions::addRule()
{
    const Id coalitionId = m_view->model()->coalitionId();
    if (coalitionId <= 0)
        return;
    GroundRule fresh;
    fresh.coalitionId = coalitionId;
    // Adding from an area (a missing one, most often) starts in that area.
    fresh.area = m_view->currentArea().value_or(RuleArea::DecisionMaking);
    GroundRuleDialog dialog(m_session.workspace(), GroundRuleDialog::Mode::Add, fresh,
                            m_view->model()->rules(), m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const GroundRule rule = dialog.rule();
    add(tr("Add ground rule “%1”").arg(rule.title), rule);
}

void RuleActions::supersedeRule()
{
    const GroundRule *selected = m_view->currentRule();
    if (!selected)
        return;
    const GroundRule old = *selected;
    GroundRuleDialog dialog(m_session.workspace(), GroundRuleDialog::Mode::Supersede, old,
                            m_view->model()->rules(), m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    add(tr("Supersede ground rule “%1”").arg(old.title), dialog.rule());
}

void RuleActions::editRule()
{
    const GroundRule *selected = m_view->currentRule();
    if (!selected)
        return;
    const GroundRule before = *selected;
    GroundRuleDialog dialog(m_session.workspace(), GroundRuleDialog::Mode::Edit, before,
                            m_view->model()->rules(), m_parent);
    if (dialog.exec() != QDialog::Accepted || dialog.rule() == before)
        return;
    const GroundRule after = dialog.rule();
    const QString note = dialog.note();
    QList<RecordKey> touched{{RecordKind::GroundRule, after.id}};
    // The rule it now supersedes is retired with it when it is agreed.
    if (after.supersedesRuleId && after.supersedesRuleId != before.supersedesRuleId)
        touched.append({RecordKind::GroundRule, *after.supersedesRuleId});
    auto done = m_session.perform(
        tr("Edit ground rule “%1”").arg(after.title), touched,
        [&](Workspace &workspace) -> Result<QList<RecordKey>> {
            if (Status status = workspace.groundRules().update(after, note); !status)
                return status.error();
            return QList<RecordKey>{};
        });
    if (!done)
        report(done.error());
}

void RuleActions::setStatus(const QString &text, const GroundRule &rule, RuleStatus status,
                            const QDate &on, const QString &note)
{
    const Id id = rule.id;
    auto done = m_session.perform(
        text, {{RecordKind::GroundRule, id}},
        [&](Workspace &workspace) -> Result<QList<RecordKey>> {
            if (Status result = workspace.groundRules().setStatus(id, status, on, note); !result)
                return result.error();
            return QList<RecordKey>{};
        });
    if (!done)
        report(done.error());
}

void RuleActions::agreeRule()
{
    const GroundRule *selected = m_view->currentRule();
    if (!selected || selected->status != RuleStatus::Proposed)
        return;
    const GroundRule rule = *selected;
    // Today, unless the history already runs past it (a change dated ahead).
    QDate on = QDate::currentDate();
    if (!rule.history.isEmpty() && rule.history.last().on > on)
        on = rule.history.last().on;
    setStatus(tr("Agree to ground rule “%1”").arg(rule.title), rule, RuleStatus::Agreed, on,
              tr("Agreed by the members."));
}

void RuleActions::retireRule()
{
    const GroundRule *selected = m_view->currentRule();
    if (!selected || selected->status == RuleStatus::Retired)
        return;
    const GroundRule rule = *selected;
    RuleStatusDialog dialog(rule, RuleStatus::Retired, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setStatus(tr("Retire ground rule “%1”").arg(rule.title), rule, RuleStatus::Retired,
              dialog.date(), dialog.note());
}

} // namespace Coalition::Ui
