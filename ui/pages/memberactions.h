// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "result.h"

#include <QObject>

QT_BEGIN_NAMESPACE
class QAction;
class QWidget;
QT_END_NAMESPACE

namespace Coalition::Ui {

class MembersView;
class MessageBar;
class WorkspaceSession;

// What can be done to the members of the coalition shown: add, edit, change
// status, edit contributions, barriers and interests, remove. Each action
// opens its dialog and makes the change through WorkspaceSession::perform, so
// it can be undone; an error the core reports afterwards goes to the page's
// message bar.
class MemberActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberActions)

public:
    MemberActions(WorkspaceSession &session, MembersView *view, MessageBar *messageBar,
                  QWidget *parent);

    QAction *addMemberAction() const { return m_add; }
    QAction *editMemberAction() const { return m_edit; }
    QAction *changeStatusAction() const { return m_status; }
    QAction *editContributionsAction() const { return m_contributions; }
    QAction *editBarriersAction() const { return m_barriers; }
    QAction *editInterestsAction() const { return m_interests; }
    QAction *removeMemberAction() const { return m_remove; }
    // The actions in the order a toolbar or menu shows them (with separators).
    QList<QAction *> all() const;

public Q_SLOTS:
    void addMember();
    void editMember();
    void changeStatus();
    void editContributions();
    void editBarriers();
    void editInterests();
    void removeMember();
    void updateEnabled();

private:
    QAction *makeAction(const QString &text, const QString &name, const QString &toolTip);
    // The selected member and its organization's name, if one is selected.
    std::optional<std::pair<Membership, QString>> selected() const;
    // Stores the member's new fields as one undoable edit.
    bool update(const QString &text, const Membership &membership);
    void report(const Error &error);

    WorkspaceSession &m_session;
    MembersView *m_view;
    MessageBar *m_messageBar;
    QWidget *m_parent;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_status;
    QAction *m_contributions;
    QAction *m_barriers;
    QAction *m_interests;
    QAction *m_remove;
    QAction *m_separator;
};

} // namespace Coalition::Ui
