// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/recordkey.h"
#include "result.h"

#include <QObject>
#include <QSet>

#include <functional>

QT_BEGIN_NAMESPACE
class QAction;
class QWidget;
QT_END_NAMESPACE

namespace Coalition {
class Workspace;
struct Relationship;
} // namespace Coalition

namespace Coalition::Ui {

class MessageBar;
class WorkspaceSession;

// What can be done to the relationships the Relationships page shows: add
// one, edit or remove the selected one, or open the relationship of a pair
// (a matrix cell, a tie of the graph), recording one when the pair has
// none. Each change is one undoable edit through WorkspaceSession::perform;
// removing asks first. Errors the core reports go to the page's message bar.
class RelationshipActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelationshipActions)

public:
    RelationshipActions(WorkspaceSession &session, MessageBar *messageBar, QWidget *parent);

    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *removeAction() const { return m_remove; }

    // The coalition shown and its members (organization ids, any status):
    // the dialog lists them first.
    void setCoalition(Id coalitionId, const QSet<Id> &members);
    void setRelationship(Id relationshipId);
    Id relationship() const { return m_relationshipId; }

public Q_SLOTS:
    void add();
    void edit();
    void remove();
    // Opens the relationship with this id.
    void editRelationship(Id relationshipId);
    // Opens the pair's relationship, or the dialog that records one for it.
    void editPair(Id organizationA, Id organizationB);

Q_SIGNALS:
    void relationshipCreated(Coalition::Id relationshipId);

private:
    QAction *makeAction(const QString &text, const QString &name, const QString &toolTip);
    void updateEnabled();
    void addWith(const Relationship &fresh);
    QString pairText(const Relationship &relationship) const;
    bool run(const QString &text, const QList<RecordKey> &touched,
             const std::function<Result<QList<RecordKey>>(Workspace &)> &edit);

    WorkspaceSession &m_session;
    MessageBar *m_messageBar;
    QWidget *m_parent;
    Id m_coalitionId = 0;
    QSet<Id> m_members;
    Id m_relationshipId = 0;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_remove;
};

} // namespace Coalition::Ui
