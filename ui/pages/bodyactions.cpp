// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/bodyactions.h"

#include "app/messagebox.h"
#include "dialogs/bodydialog.h"
#include "dialogs/proceduredialog.h"
#include "dialogs/seatdialog.h"
#include "models/bodylistmodel.h"
#include "models/seattablemodel.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"
#include "widgets/bodiesview.h"
#include "widgets/messagebar.h"

#include <QAction>
#include <QTableView>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

BodyActions::BodyActions(WorkspaceSession &session, BodiesView *view, MessageBar *messageBar,
                         QWidget *parent)
    : QObject(parent)
    , m_session(session)
    , m_view(view)
    , m_messageBar(messageBar)
    , m_parent(parent)
    , m_addBody(makeAction(tr("&Add Body…"), u"addBody"_s,
                           tr("Record a body of the coalition: a committee, an action group or "
                              "the full membership")))
    , m_editBody(makeAction(tr("&Edit Body…"), u"editBody"_s,
                            tr("Edit the selected body's name, kind, purpose and seats "
                               "(Ctrl+E)")))
    , m_removeBody(makeAction(tr("&Remove Body…"), u"removeBody"_s,
                              tr("Remove the selected body with its procedure and meetings")))
    , m_addSeat(makeAction(tr("Add &Seat…"), u"addSeat"_s,
                           tr("Give a member of the coalition a seat on the selected body")))
    , m_removeSeat(makeAction(tr("Remove Seat"), u"removeSeat"_s,
                              tr("Take the selected seat away from its member (Delete)")))
    , m_editProcedure(makeAction(tr("Edit &Procedure…"), u"editProcedure"_s,
                                 tr("Set how the selected body decides: method, quorum, notice "
                                    "and the rest")))
{
    m_editBody->setShortcut(QKeySequence(tr("Ctrl+E")));
    view->addAction(m_editBody);
    m_removeSeat->setShortcut(QKeySequence::Delete);
    m_removeSeat->setShortcutContext(Qt::WidgetShortcut);
    view->seatModel()->setEditor([this](const QList<BodySeat> &seats, const QString &text) {
        return setSeats(seats, text);
    });

    connect(m_addBody, &QAction::triggered, this, &BodyActions::addBody);
    connect(m_editBody, &QAction::triggered, this, &BodyActions::editBody);
    connect(m_removeBody, &QAction::triggered, this, &BodyActions::removeBody);
    connect(m_addSeat, &QAction::triggered, this, &BodyActions::addSeat);
    connect(m_removeSeat, &QAction::triggered, this, &BodyActions::removeSeat);
    connect(m_editProcedure, &QAction::triggered, this, &BodyActions::editProcedure);
    connect(view, &BodiesView::addRequested, this, &BodyActions::addBody);
    connect(view, &BodiesView::bodyActivated, this, &BodyActions::editBody);
    connect(view, &BodiesView::currentBodyChanged, this, &BodyActions::updateEnabled);
    connect(view, &BodiesView::currentSeatChanged, this, &BodyActions::updateEnabled);
    // A procedure set or removed changes what the procedure action says.
    connect(view->model(), &QAbstractItemModel::dataChanged, this, &BodyActions::updateEnabled);
    updateEnabled();
}

QAction *BodyActions::makeAction(const QString &text, const QString &name, const QString &toolTip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setToolTip(toolTip);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    return action;
}

void BodyActions::updateEnabled()
{
    const Body *body = m_view->currentBody();
    const bool committee = body && body->kind != BodyKind::FullMembership;
    m_addBody->setEnabled(m_view->model()->coalitionId() > 0);
    for (QAction *action : {m_editBody, m_removeBody, m_editProcedure})
        action->setEnabled(body != nullptr);
    m_addSeat->setEnabled(committee);
    m_removeSeat->setEnabled(committee && m_view->currentSeatMembershipId() > 0);
    const QString fullNote = tr("Every active voting member sits on the full membership: its "
                                "seats are not edited.");
    m_addSeat->setToolTip(committee || !body
                              ? tr("Give a member of the coalition a seat on the selected body")
                              : fullNote);
    const BodyListModel::Row *row = body ? m_view->model()->find(body->id) : nullptr;
    m_editProcedure->setText(row && !row->procedure ? tr("Set &Procedure…")
                                                    : tr("Edit &Procedure…"));
}

void BodyActions::report(const Error &error)
{
    m_messageBar->showMessage(error.message);
}

void BodyActions::addBody()
{
    const Id coalitionId = m_view->model()->coalitionId();
    if (coalitionId <= 0)
        return;
    Body fresh;
    fresh.coalitionId = coalitionId;
    // A coalition's first body is most often its full membership.
    const bool hasFull = [this] {
        for (int row = 0; row < m_view->model()->rowCount(); ++row) {
            if (m_view->model()->row(row).body.kind == BodyKind::FullMembership)
                return true;
        }
        return false;
    }();
    fresh.kind = hasFull ? BodyKind::Committee : BodyKind::FullMembership;
    BodyDialog dialog(m_session.workspace(), fresh, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Body body = dialog.body();
    auto done = m_session.perform(tr("Add body “%1”").arg(body.name), {},
                                  [&body](Workspace &workspace) -> Result<QList<RecordKey>> {
                                      auto id = workspace.bodies().add(body);
                                      if (!id)
                                          return id.error();
                                      return QList<RecordKey>{{RecordKind::Body, *id}};
                                  });
    if (!done) {
        report(done.error());
        return;
    }
    if (!done->isEmpty())
        m_view->selectBody(done->constFirst().id);
}

void BodyActions::editBody()
{
    const Body *selected = m_view->currentBody();
    if (!selected)
        return;
    const Body before = *selected;
    BodyDialog dialog(m_session.workspace(), before, m_parent);
    if (dialog.exec() != QDialog::Accepted || dialog.body() == before)
        return;
    const Body after = dialog.body();
    auto done
        = m_session.perform(tr("Edit body “%1”").arg(after.name), {{RecordKind::Body, after.id}},
                            [&after](Workspace &workspace) -> Result<QList<RecordKey>> {
                                if (Status status = workspace.bodies().update(after); !status)
                                    return status.error();
                                return QList<RecordKey>{};
                            });
    if (!done)
        report(done.error());
}

QString BodyActions::removalDetails(const Body &body)
{
    Workspace &workspace = m_session.workspace();
    QStringList goes;
    if (const BodyListModel::Row *row = m_view->model()->find(body.id); row && row->procedure)
        goes << tr("its decision procedure");
    int meetingCount = 0;
    int decisionCount = 0;
    if (auto meetings = workspace.meetings().listForBody(body.id)) {
        meetingCount = static_cast<int>(meetings->size());
        for (const Meeting &meeting : std::as_const(*meetings)) {
            if (auto decisions = workspace.decisions().listForMeeting(meeting.id))
                decisionCount += static_cast<int>(decisions->size());
        }
    }
    if (meetingCount == 1)
        goes << tr("its 1 meeting");
    else if (meetingCount > 1)
        goes << tr("its %1 meetings").arg(meetingCount);
    if (decisionCount == 1)
        goes << tr("the 1 decision taken there");
    else if (decisionCount > 1)
        goes << tr("the %1 decisions taken there").arg(decisionCount);
    QString text = goes.isEmpty() ? tr("It has no procedure, meetings or decisions recorded.")
                                  : tr("Going with it: %1.").arg(goes.join(u", "_s));
    QStringList delegating;
    if (auto procedures = workspace.procedures().listForCoalition(body.coalitionId)) {
        for (const DecisionProcedure &procedure : std::as_const(*procedures)) {
            if (procedure.delegateBodyId == body.id) {
                if (const BodyListModel::Row *row = m_view->model()->find(procedure.bodyId))
                    delegating << row->body.name;
            }
        }
    }
    if (!delegating.isEmpty())
        text += u' '
            + tr("%1 delegate their decisions to it and would be left without a delegate.")
                  .arg(delegating.join(u", "_s));
    return text + u' ' + tr("Edit > Undo brings it all back.");
}

void BodyActions::removeBody()
{
    const Body *selected = m_view->currentBody();
    if (!selected)
        return;
    const Body body = *selected;
    if (!MessageBox::confirm(m_parent, tr("Remove Body"), tr("Remove %1?").arg(body.name),
                             tr("Remove"), removalDetails(body)))
        return;
    const Id id = body.id;
    auto done = m_session.perform(tr("Remove body “%1”").arg(body.name), {{RecordKind::Body, id}},
                                  [id](Workspace &workspace) -> Result<QList<RecordKey>> {
                                      if (Status status = workspace.bodies().remove(id); !status)
                                          return status.error();
                                      return QList<RecordKey>{};
                                  });
    if (!done)
        report(done.error());
}

bool BodyActions::setSeats(const QList<BodySeat> &seats, const QString &text)
{
    const Body *selected = m_view->currentBody();
    if (!selected)
        return false;
    const Id id = selected->id;
    auto done = m_session.perform(
        text, {{RecordKind::Body, id}}, [&](Workspace &workspace) -> Result<QList<RecordKey>> {
            if (Status status = workspace.bodies().setSeats(id, seats); !status)
                return status.error();
            return QList<RecordKey>{};
        });
    if (!done)
        report(done.error());
    return done.ok();
}

void BodyActions::addSeat()
{
    const Body *selected = m_view->currentBody();
    if (!selected || selected->kind == BodyKind::FullMembership)
        return;
    const Body body = *selected;
    auto members = CoalitionMembers::load(m_session.workspace(), body.coalitionId);
    if (!members) {
        report(members.error());
        return;
    }
    SeatDialog dialog(m_session.workspace(), body, *members, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const BodySeat seat = dialog.seat();
    if (setSeats(dialog.body().seats,
                 tr("Give “%1” a seat on %2").arg(members->name(seat.membershipId), body.name))) {
        const int row = m_view->seatModel()->rowOf(seat.membershipId);
        if (row >= 0)
            m_view->seatTable()->selectRow(row);
    }
}

void BodyActions::removeSeat()
{
    const Body *selected = m_view->currentBody();
    const Id membershipId = m_view->currentSeatMembershipId();
    if (!selected || membershipId <= 0)
        return;
    const Body body = *selected;
    QList<BodySeat> seats = body.seats;
    seats.removeIf(
        [membershipId](const BodySeat &seat) { return seat.membershipId == membershipId; });
    const int row = m_view->seatModel()->rowOf(membershipId);
    const QString member = row >= 0 ? m_view->seatModel()->memberName(row) : QString();
    setSeats(seats, tr("Take the seat of “%1” on %2").arg(member, body.name));
}

void BodyActions::editProcedure()
{
    const Body *selected = m_view->currentBody();
    if (!selected)
        return;
    const BodyListModel::Row *row = m_view->model()->find(selected->id);
    if (!row)
        return;
    ProcedureDialog::Context context;
    context.body = row->body;
    context.votingMembers = row->votingMembers;
    context.leadName = m_view->model()->names().lead;
    for (int other = 0; other < m_view->model()->rowCount(); ++other) {
        if (m_view->model()->row(other).body.id != row->body.id)
            context.otherBodies.append(m_view->model()->row(other).body);
    }
    const std::optional<DecisionProcedure> existing = row->procedure;
    ProcedureDialog dialog(m_session.workspace(), context, existing, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const DecisionProcedure procedure = dialog.procedure();
    if (existing && procedure == *existing)
        return;
    QList<RecordKey> touched;
    if (existing)
        touched.append({RecordKind::Procedure, existing->id});
    const bool adding = !existing;
    auto done = m_session.perform(
        adding ? tr("Set decision procedure of “%1”").arg(context.body.name)
               : tr("Edit decision procedure of “%1”").arg(context.body.name),
        touched, [&](Workspace &workspace) -> Result<QList<RecordKey>> {
            auto id = workspace.procedures().set(procedure);
            if (!id)
                return id.error();
            return adding ? QList<RecordKey>{{RecordKind::Procedure, *id}} : QList<RecordKey>{};
        });
    if (!done)
        report(done.error());
}

} // namespace Coalition::Ui
