// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/decisionactions.h"

#include "app/messagebox.h"
#include "dialogs/decisiondialog.h"
#include "dialogs/reopendialog.h"
#include "models/decisionlistmodel.h"
#include "models/meetingdisplay.h"
#include "models/positionmodel.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"
#include "widgets/decisionpanel.h"
#include "widgets/messagebar.h"

#include <QAction>
#include <QTableView>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

DecisionActions::DecisionActions(WorkspaceSession &session, DecisionPanel *panel,
                                 MessageBar *messageBar, QWidget *parent)
    : QObject(parent)
    , m_session(session)
    , m_panel(panel)
    , m_messageBar(messageBar)
    , m_parent(parent)
    , m_add(makeAction(tr("Add &Decision…"), u"addDecision"_s,
                       tr("Record a proposal put to the selected meeting")))
    , m_edit(makeAction(tr("Ed&it…"), u"editDecision"_s,
                        tr("Edit the selected decision's title, area and text")))
    , m_remove(makeAction(tr("Re&move"), u"removeDecision"_s,
                          tr("Remove the selected decision with its positions")))
    , m_reopen(makeAction(tr("Re&open…"), u"reopenDecision"_s,
                          tr("Record that the selected adopted decision was reopened, with the "
                             "vote to reopen it")))
    , m_allYes(makeAction(tr("All Present Agree"), u"allPresentAgree"_s,
                          tr("Record yes for every present voting member that has no position "
                             "yet")))
{
    connect(m_add, &QAction::triggered, this, &DecisionActions::addDecision);
    connect(m_edit, &QAction::triggered, this, &DecisionActions::editDecision);
    connect(m_remove, &QAction::triggered, this, &DecisionActions::removeDecision);
    connect(m_reopen, &QAction::triggered, this, &DecisionActions::reopenDecision);
    connect(m_allYes, &QAction::triggered, this, &DecisionActions::allPresentAgree);
    connect(m_panel, &DecisionPanel::currentDecisionChanged, this, &DecisionActions::updateEnabled);
    connect(m_panel, &DecisionPanel::decisionActivated, this, &DecisionActions::editDecision);
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_panel->decisions()),
                                      static_cast<QAbstractItemModel *>(m_panel->positions())}) {
        connect(model, &QAbstractItemModel::modelReset, this, &DecisionActions::updateEnabled);
        connect(model, &QAbstractItemModel::dataChanged, this, &DecisionActions::updateEnabled);
    }
    // Delete removes only while the list has the focus, not while typing.
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    updateEnabled();
}

QAction *DecisionActions::makeAction(const QString &text, const QString &name,
                                     const QString &toolTip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setToolTip(toolTip);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    return action;
}

void DecisionActions::updateEnabled()
{
    const bool meeting = m_panel->decisions()->meetingId() > 0;
    const Id current = m_panel->currentDecisionId();
    const int row = m_panel->decisions()->rowOf(current);
    m_add->setEnabled(meeting);
    m_edit->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    m_reopen->setEnabled(row >= 0
                         && m_panel->decisions()->decision(row).status == DecisionStatus::Adopted);
    const PositionModel *positions = m_panel->positions();
    bool someoneToAgree = false;
    if (positions->decisionId() == current && current > 0) {
        const QList<MemberPosition> after = positions->withPresentAgreeing();
        someoneToAgree = after.size() != positions->decision().positions.size();
    }
    m_allYes->setEnabled(someoneToAgree);
}

void DecisionActions::report(const Error &error)
{
    m_messageBar->showMessage(error.message);
}

std::optional<Decision> DecisionActions::selected()
{
    const int row = m_panel->decisions()->rowOf(m_panel->currentDecisionId());
    if (row < 0)
        return std::nullopt;
    return m_panel->decisions()->decision(row);
}

std::optional<DecisionProcedure> DecisionActions::procedureFor(const Decision &decision)
{
    Workspace &workspace = m_session.workspace();
    if (decision.procedureId) {
        if (auto own = workspace.procedures().get(*decision.procedureId))
            return *own;
    }
    auto meeting = workspace.meetings().get(decision.meetingId);
    if (!meeting)
        return std::nullopt;
    auto procedure = workspace.procedures().forBody(meeting->bodyId);
    return procedure ? *procedure : std::nullopt;
}

bool DecisionActions::perform(const QString &text, Id decisionId,
                              const std::function<Status(Workspace &)> &edit)
{
    auto done = m_session.perform(text, {{RecordKind::Decision, decisionId}},
                                  [&edit](Workspace &workspace) -> Result<QList<RecordKey>> {
                                      if (Status status = edit(workspace); !status)
                                          return status.error();
                                      return QList<RecordKey>{};
                                  });
    if (!done)
        report(done.error());
    return done.ok();
}

void DecisionActions::addDecision()
{
    const Id meetingId = m_panel->decisions()->meetingId();
    if (meetingId <= 0)
        return;
    Decision fresh;
    fresh.meetingId = meetingId;
    const auto procedure = procedureFor(fresh);
    const std::optional<int> attempts
        = procedure && procedure->method == DecisionMethod::ConsensusThenVote
        ? std::optional<int>(procedure->consensusAttempts)
        : std::nullopt;
    DecisionDialog dialog(fresh, attempts, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Decision decision = dialog.decision();
    auto done = m_session.perform(tr("Add decision “%1”").arg(decision.title), {},
                                  [&decision](Workspace &workspace) -> Result<QList<RecordKey>> {
                                      auto id = workspace.decisions().add(decision);
                                      if (!id)
                                          return id.error();
                                      return QList<RecordKey>{{RecordKind::Decision, *id}};
                                  });
    if (!done) {
        report(done.error());
        return;
    }
    if (!done->isEmpty())
        m_panel->selectDecision(done->constFirst().id);
}

void DecisionActions::editDecision()
{
    const auto decision = selected();
    if (!decision)
        return;
    const auto procedure = procedureFor(*decision);
    const std::optional<int> attempts
        = procedure && procedure->method == DecisionMethod::ConsensusThenVote
        ? std::optional<int>(procedure->consensusAttempts)
        : std::nullopt;
    DecisionDialog dialog(*decision, attempts, m_parent);
    if (dialog.exec() != QDialog::Accepted || dialog.decision() == *decision)
        return;
    const Decision edited = dialog.decision();
    perform(tr("Edit decision “%1”").arg(edited.title), edited.id,
            [&edited](Workspace &w) { return w.decisions().update(edited); });
}

void DecisionActions::removeDecision()
{
    const auto decision = selected();
    if (!decision)
        return;
    if (!MessageBox::confirm(m_parent, tr("Remove Decision"),
                             tr("Remove the decision “%1” with the positions recorded on it? "
                                "Undo brings it back.")
                                 .arg(decision->title),
                             tr("Remove Decision"),
                             tr("A ground rule it adopted stays, without the link to it.")))
        return;
    const Id id = decision->id;
    perform(tr("Remove decision “%1”").arg(decision->title), id,
            [id](Workspace &w) { return w.decisions().remove(id); });
}

void DecisionActions::reopenDecision()
{
    const auto decision = selected();
    if (!decision || decision->status != DecisionStatus::Adopted)
        return;
    Workspace &workspace = m_session.workspace();
    auto meeting = workspace.meetings().get(decision->meetingId);
    if (!meeting) {
        report(meeting.error());
        return;
    }
    // The meetings it may have been reopened at: the coalition's, newest first.
    QList<std::pair<QString, Id>> meetings;
    auto bodies = workspace.bodies().listForCoalition(m_session.currentCoalition());
    auto all = workspace.meetings().listForCoalition(m_session.currentCoalition());
    if (bodies && all) {
        QHash<Id, QString> names;
        for (const Body &body : std::as_const(*bodies))
            names.insert(body.id, body.name);
        for (auto it = all->crbegin(); it != all->crend(); ++it) {
            if (it->startsAt.date() >= meeting->startsAt.date())
                meetings.append(
                    {MeetingDisplay::meetingName(*it, names.value(it->bodyId)), it->id});
        }
    }
    const auto procedure = procedureFor(*decision);
    ReopenDialog dialog(*decision, meeting->startsAt.date(), meetings,
                        procedure ? std::optional<ReopeningConditions>(procedure->reopening)
                                  : std::nullopt,
                        m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Reopening reopening = dialog.reopening();
    const Id id = decision->id;
    perform(tr("Reopen decision “%1”").arg(decision->title), id,
            [id, &reopening](Workspace &w) { return w.decisions().reopen(id, reopening); });
}

void DecisionActions::allPresentAgree()
{
    const PositionModel *positions = m_panel->positions();
    const Id id = positions->decisionId();
    if (id <= 0)
        return;
    const QList<MemberPosition> after = positions->withPresentAgreeing();
    if (after.size() == positions->decision().positions.size())
        return;
    perform(tr("Record every present member as agreeing to “%1”").arg(positions->decision().title),
            id, [id, &after](Workspace &w) { return w.decisions().setPositions(id, after); });
}

bool DecisionActions::setPosition(Id decisionId, Id membershipId, VotePosition position,
                                  const QString &text)
{
    return perform(text, decisionId, [=](Workspace &w) {
        return w.decisions().setPosition(decisionId, membershipId, position);
    });
}

} // namespace Coalition::Ui
