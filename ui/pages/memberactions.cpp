// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/memberactions.h"

#include "app/messagebox.h"
#include "dialogs/barriersdialog.h"
#include "dialogs/contributionsdialog.h"
#include "dialogs/interestsdialog.h"
#include "dialogs/memberdialog.h"
#include "dialogs/statuschangedialog.h"
#include "models/membertablemodel.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"
#include "widgets/membersview.h"
#include "widgets/messagebar.h"

#include <QAction>
#include <QShortcut>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

MemberActions::MemberActions(WorkspaceSession &session, MembersView *view, MessageBar *messageBar,
                             QWidget *parent)
    : QObject(parent)
    , m_session(session)
    , m_view(view)
    , m_messageBar(messageBar)
    , m_parent(parent)
    , m_add(makeAction(tr("&Add Member…"), u"addMember"_s,
                       tr("Add an organization from the registry to this coalition")))
    , m_edit(makeAction(tr("&Edit…"), u"editMember"_s,
                        tr("Edit the selected member's kind, representatives and dues (Enter)")))
    , m_status(makeAction(tr("Change &Status…"), u"changeStatus"_s,
                          tr("Record a new status for the selected member, with its date")))
    , m_contributions(makeAction(tr("C&ontributions…"), u"editContributions"_s,
                                 tr("Edit what the selected member contributes")))
    , m_barriers(makeAction(tr("&Barriers…"), u"editBarriers"_s,
                            tr("Edit what limits the selected member's contribution")))
    , m_interests(makeAction(tr("&Interests…"), u"editInterests"_s,
                             tr("Edit the interests the selected member shares with the "
                                "coalition, and those in conflict with it")))
    , m_remove(makeAction(tr("&Remove"), u"removeMember"_s,
                          tr("Remove the selected member from the coalition (Delete)")))
    , m_separator(new QAction(this))
{
    m_separator->setSeparator(true);
    m_add->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    m_status->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    m_edit->setShortcut(QKeySequence(tr("Ctrl+E")));
    // Delete removes only while the table has the focus, not while typing.
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    m_view->table()->addAction(m_remove);
    // Insert adds, like Delete removes, only from the table.
    // (A shortcut, not an action: the table's context menu lists its actions.)
    auto *insertKey = new QShortcut(QKeySequence(Qt::Key_Insert), m_view->table(), nullptr, nullptr,
                                    Qt::WidgetShortcut);
    connect(insertKey, &QShortcut::activated, m_add, &QAction::trigger);
    for (QAction *action : {m_add, m_edit, m_status})
        parent->addAction(action);

    connect(m_add, &QAction::triggered, this, &MemberActions::addMember);
    connect(m_edit, &QAction::triggered, this, &MemberActions::editMember);
    connect(m_status, &QAction::triggered, this, &MemberActions::changeStatus);
    connect(m_contributions, &QAction::triggered, this, &MemberActions::editContributions);
    connect(m_barriers, &QAction::triggered, this, &MemberActions::editBarriers);
    connect(m_interests, &QAction::triggered, this, &MemberActions::editInterests);
    connect(m_remove, &QAction::triggered, this, &MemberActions::removeMember);
    connect(m_view, &MembersView::memberActivated, this, &MemberActions::editMember);
    connect(m_view, &MembersView::currentMemberChanged, this, &MemberActions::updateEnabled);
    updateEnabled();
}

QAction *MemberActions::makeAction(const QString &text, const QString &name, const QString &toolTip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setToolTip(toolTip);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    return action;
}

QList<QAction *> MemberActions::all() const
{
    return {m_add,           m_edit,     m_status,    m_separator,
            m_contributions, m_barriers, m_interests, m_remove};
}

void MemberActions::updateEnabled()
{
    const bool coalition = m_view->model()->coalitionId() > 0;
    const bool member = m_view->currentRow() >= 0;
    m_add->setEnabled(coalition);
    for (QAction *action : {m_edit, m_status, m_contributions, m_barriers, m_interests, m_remove})
        action->setEnabled(member);
}

std::optional<std::pair<Membership, QString>> MemberActions::selected() const
{
    const int row = m_view->currentRow();
    if (row < 0)
        return std::nullopt;
    return std::pair{m_view->model()->membership(row), m_view->model()->organizationName(row)};
}

void MemberActions::report(const Error &error)
{
    m_messageBar->showMessage(error.message);
}

bool MemberActions::update(const QString &text, const Membership &membership)
{
    auto done = m_session.perform(
        text, {{RecordKind::Membership, membership.id}},
        [&membership](Workspace &workspace) -> Result<QList<RecordKey>> {
            if (Status status = workspace.memberships().update(membership); !status)
                return status.error();
            return QList<RecordKey>{};
        });
    if (!done)
        report(done.error());
    return done.ok();
}

void MemberActions::addMember()
{
    const Id coalitionId = m_view->model()->coalitionId();
    if (coalitionId <= 0)
        return;
    Membership fresh;
    fresh.coalitionId = coalitionId;
    MemberDialog dialog(m_session, fresh, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Membership membership = dialog.membership();
    const auto organization = m_session.workspace().organizations().get(membership.organizationId);
    const QString name = organization ? organization->name : QString();
    auto done = m_session.perform(tr("Add member “%1”").arg(name), {},
                                  [&membership](Workspace &workspace) -> Result<QList<RecordKey>> {
                                      auto id = workspace.memberships().add(membership);
                                      if (!id)
                                          return id.error();
                                      return QList<RecordKey>{{RecordKind::Membership, *id}};
                                  });
    if (!done) {
        report(done.error());
        return;
    }
    if (!done->isEmpty())
        m_view->selectMembership(done->constFirst().id);
}

void MemberActions::editMember()
{
    const auto member = selected();
    if (!member)
        return;
    MemberDialog dialog(m_session, member->first, m_parent);
    if (dialog.exec() == QDialog::Accepted && dialog.membership() != member->first)
        update(tr("Edit member “%1”").arg(member->second), dialog.membership());
}

void MemberActions::changeStatus()
{
    const auto member = selected();
    if (!member)
        return;
    StatusChangeDialog dialog(member->first, member->second, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Id id = member->first.id;
    const MembershipStatus status = dialog.status();
    const QDate on = dialog.date();
    const QString note = dialog.note();
    auto done = m_session.perform(
        tr("Change status of “%1” to %2").arg(member->second, enumLabel(status)),
        {{RecordKind::Membership, id}}, [&](Workspace &workspace) -> Result<QList<RecordKey>> {
            if (Status result = workspace.memberships().setStatus(id, status, on, note); !result)
                return result.error();
            return QList<RecordKey>{};
        });
    if (!done)
        report(done.error());
}

void MemberActions::editContributions()
{
    const auto member = selected();
    if (!member)
        return;
    ContributionsDialog dialog(member->first, member->second, m_parent);
    if (dialog.exec() == QDialog::Accepted && dialog.membership() != member->first)
        update(tr("Edit contributions of “%1”").arg(member->second), dialog.membership());
}

void MemberActions::editBarriers()
{
    const auto member = selected();
    if (!member)
        return;
    BarriersDialog dialog(member->first, member->second, m_parent);
    if (dialog.exec() == QDialog::Accepted && dialog.membership() != member->first)
        update(tr("Edit barriers of “%1”").arg(member->second), dialog.membership());
}

void MemberActions::editInterests()
{
    const auto member = selected();
    if (!member)
        return;
    InterestsDialog dialog(member->first, member->second, m_parent);
    if (dialog.exec() == QDialog::Accepted && dialog.membership() != member->first)
        update(tr("Edit interests of “%1”").arg(member->second), dialog.membership());
}

void MemberActions::removeMember()
{
    const auto member = selected();
    if (!member)
        return;
    QString coalitionName;
    if (auto coalition = m_session.workspace().coalitions().get(member->first.coalitionId))
        coalitionName = coalition->name;
    if (!MessageBox::confirm(m_parent, tr("Remove Member"),
                             tr("Remove %1 from %2?").arg(member->second, coalitionName),
                             tr("Remove"),
                             tr("Its status history, contributions, interests and barriers in "
                                "this coalition go with it. To keep them, change its status to "
                                "Withdrawn instead. Edit > Undo brings a removed member back.")))
        return;
    const Id id = member->first.id;
    auto done = m_session.perform(
        tr("Remove member “%1”").arg(member->second), {{RecordKind::Membership, id}},
        [id](Workspace &workspace) -> Result<QList<RecordKey>> {
            if (Status status = workspace.memberships().remove(id); !status)
                return status.error();
            return QList<RecordKey>{};
        });
    if (!done)
        report(done.error());
}

} // namespace Coalition::Ui
