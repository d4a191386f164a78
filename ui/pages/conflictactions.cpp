// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/conflictactions.h"

#include "app/messagebox.h"
#include "dialogs/conflictdialog.h"
#include "dialogs/resolvedialog.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"
#include "widgets/messagebar.h"

#include <QAction>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

std::optional<EscalationStep> nextStep(EscalationStep step)
{
    switch (step) {
    case EscalationStep::Discussion:
        return EscalationStep::Mediator;
    case EscalationStep::Mediator:
        return EscalationStep::Arbitrator;
    case EscalationStep::Arbitrator:
        return EscalationStep::Panel;
    case EscalationStep::Panel:
        break;
    }
    return std::nullopt;
}

} // namespace

ConflictActions::ConflictActions(WorkspaceSession &session, MessageBar *messageBar, QWidget *parent)
    : QObject(parent)
    , m_session(session)
    , m_messageBar(messageBar)
    , m_parent(parent)
    , m_add(makeAction(tr("&Add Conflict…"), u"addConflict"_s,
                       tr("Record a disagreement between member organizations")))
    , m_edit(makeAction(tr("&Edit Conflict…"), u"editConflict"_s, tr("Edit the selected conflict")))
    , m_remove(makeAction(tr("Remove Conflict"), u"removeConflict"_s,
                          tr("Remove the selected conflict")))
    , m_escalate(makeAction(tr("E&scalate…"), u"escalateConflict"_s,
                            tr("Take the selected open conflict one step up the ladder")))
    , m_resolve(makeAction(tr("&Resolve…"), u"resolveConflict"_s,
                           tr("Record how the selected conflict was settled")))
{
    connect(m_add, &QAction::triggered, this, &ConflictActions::addConflict);
    connect(m_edit, &QAction::triggered, this, &ConflictActions::editConflict);
    connect(m_remove, &QAction::triggered, this, &ConflictActions::removeConflict);
    connect(m_escalate, &QAction::triggered, this, &ConflictActions::escalateConflict);
    connect(m_resolve, &QAction::triggered, this, &ConflictActions::resolveConflict);
    updateEnabled();
}

QAction *ConflictActions::makeAction(const QString &text, const QString &name,
                                     const QString &toolTip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setToolTip(toolTip);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    return action;
}

void ConflictActions::setCoalition(Id coalitionId)
{
    m_coalitionId = coalitionId;
    updateEnabled();
}

void ConflictActions::setConflict(Id conflictId)
{
    m_conflictId = conflictId;
    updateEnabled();
}

void ConflictActions::updateEnabled()
{
    m_add->setEnabled(m_coalitionId > 0);
    std::optional<Conflict> conflict;
    if (m_conflictId > 0) {
        if (auto read = m_session.workspace().conflicts().get(m_conflictId))
            conflict = *read;
    }
    m_edit->setEnabled(conflict.has_value());
    m_remove->setEnabled(conflict.has_value());
    const bool open = conflict && conflict->status == ConflictStatus::Open;
    const auto next = conflict ? nextStep(conflict->step) : std::nullopt;
    m_escalate->setEnabled(open && next.has_value());
    m_resolve->setEnabled(open);
    if (!conflict || !open) {
        m_escalate->setToolTip(tr("Only an open conflict can be escalated."));
    } else if (!next) {
        m_escalate->setToolTip(tr("This conflict is before the panel, the last step of the "
                                  "ladder: it can only be resolved now."));
    } else {
        m_escalate->setToolTip(
            tr("Take it from “%1” to “%2”.").arg(enumLabel(conflict->step), enumLabel(*next)));
    }
}

QString ConflictActions::stepMeaning(EscalationStep step)
{
    switch (step) {
    case EscalationStep::Discussion:
        return tr("The parties talk it through between themselves.");
    case EscalationStep::Mediator:
        return tr("A mediator, someone both parties accept, helps them reach their own "
                  "agreement; the mediator decides nothing for them.");
    case EscalationStep::Arbitrator:
        return tr("An arbitrator hears both sides and decides; the parties agree beforehand to "
                  "abide by the decision.");
    case EscalationStep::Panel:
        return tr("A panel of members who are not party to the conflict settles it. This is the "
                  "last step of the ladder.");
    }
    return {};
}

void ConflictActions::report(const Error &error)
{
    m_messageBar->showMessage(error.message);
}

bool ConflictActions::update(const QString &text, const Conflict &conflict)
{
    auto done = m_session.perform(text, {{RecordKind::Conflict, conflict.id}},
                                  [&conflict](Workspace &w) -> Result<QList<RecordKey>> {
                                      if (Status status = w.conflicts().update(conflict); !status)
                                          return status.error();
                                      return QList<RecordKey>{};
                                  });
    if (!done)
        report(done.error());
    updateEnabled();
    return done.ok();
}

void ConflictActions::addConflict()
{
    if (m_coalitionId <= 0)
        return;
    Conflict fresh;
    fresh.coalitionId = m_coalitionId;
    fresh.raisedOn = QDate::currentDate();
    ConflictDialog dialog(m_session.workspace(), fresh, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Conflict conflict = dialog.conflict();
    auto done = m_session.perform(tr("Add conflict “%1”").arg(conflict.subject), {},
                                  [&conflict](Workspace &w) -> Result<QList<RecordKey>> {
                                      auto id = w.conflicts().add(conflict);
                                      if (!id)
                                          return id.error();
                                      return QList<RecordKey>{{RecordKind::Conflict, *id}};
                                  });
    if (!done) {
        report(done.error());
        return;
    }
    if (!done->isEmpty())
        Q_EMIT conflictCreated(done->constFirst().id);
}

void ConflictActions::editConflict()
{
    if (m_conflictId <= 0)
        return;
    auto before = m_session.workspace().conflicts().get(m_conflictId);
    if (!before) {
        report(before.error());
        return;
    }
    ConflictDialog dialog(m_session.workspace(), *before, m_parent);
    if (dialog.exec() != QDialog::Accepted || dialog.conflict() == *before)
        return;
    update(tr("Edit conflict “%1”").arg(dialog.conflict().subject), dialog.conflict());
}

void ConflictActions::removeConflict()
{
    if (m_conflictId <= 0)
        return;
    auto before = m_session.workspace().conflicts().get(m_conflictId);
    if (!before) {
        report(before.error());
        return;
    }
    if (!MessageBox::confirm(
            m_parent, tr("Remove Conflict"),
            tr("Remove the conflict “%1”? Undo brings it back.").arg(before->subject),
            tr("Remove Conflict")))
        return;
    const Id id = before->id;
    auto done = m_session.perform(tr("Remove conflict “%1”").arg(before->subject),
                                  {{RecordKind::Conflict, id}},
                                  [id](Workspace &w) -> Result<QList<RecordKey>> {
                                      if (Status status = w.conflicts().remove(id); !status)
                                          return status.error();
                                      return QList<RecordKey>{};
                                  });
    if (!done)
        report(done.error());
}

void ConflictActions::escalateConflict()
{
    if (m_conflictId <= 0)
        return;
    auto before = m_session.workspace().conflicts().get(m_conflictId);
    if (!before) {
        report(before.error());
        return;
    }
    // Open and below the panel: say what the next step means before taking
    // it. Otherwise the core refuses, and its reason is shown.
    const auto next = nextStep(before->step);
    if (before->status == ConflictStatus::Open && next) {
        const QString text = tr("“%1” is at the step “%2” (step %3 of 4). Escalate it to “%4”?")
                                 .arg(before->subject, enumLabel(before->step))
                                 .arg(static_cast<int>(before->step) + 1)
                                 .arg(enumLabel(*next));
        if (!MessageBox::confirm(m_parent, tr("Escalate Conflict"), text,
                                 tr("Escalate to %1").arg(enumLabel(*next)), stepMeaning(*next)))
            return;
    }
    const Id id = before->id;
    const QDate today = QDate::currentDate();
    auto done = m_session.perform(
        tr("Escalate conflict “%1” to %2")
            .arg(before->subject, next ? enumLabel(*next) : enumLabel(before->step)),
        {{RecordKind::Conflict, id}}, [id, today](Workspace &w) -> Result<QList<RecordKey>> {
            auto step = w.conflicts().escalate(id, today);
            if (!step)
                return step.error();
            return QList<RecordKey>{};
        });
    if (!done)
        report(done.error());
    updateEnabled();
}

void ConflictActions::resolveConflict()
{
    if (m_conflictId <= 0)
        return;
    auto before = m_session.workspace().conflicts().get(m_conflictId);
    if (!before) {
        report(before.error());
        return;
    }
    ResolveDialog dialog(*before, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    update(tr("Resolve conflict “%1”").arg(before->subject), dialog.conflict());
}

} // namespace Coalition::Ui
