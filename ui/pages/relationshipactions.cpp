// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/relationshipactions.h"

#include "app/messagebox.h"
#include "dialogs/relationshipdialog.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"
#include "widgets/messagebar.h"

#include <QAction>
#include <QWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

// The same relationship whatever order its views come in.
Relationship normalized(Relationship relationship)
{
    std::sort(relationship.views.begin(), relationship.views.end(),
              [](const RelationshipView &a, const RelationshipView &b) {
                  return a.organizationId < b.organizationId;
              });
    return relationship;
}

} // namespace

RelationshipActions::RelationshipActions(WorkspaceSession &session, MessageBar *messageBar,
                                         QWidget *parent)
    : QObject(parent)
    , m_session(session)
    , m_messageBar(messageBar)
    , m_parent(parent)
    , m_add(makeAction(tr("&Add Relationship…"), u"addRelationship"_s,
                       tr("Record how two organizations work together")))
    , m_edit(makeAction(tr("&Edit Relationship…"), u"editRelationship"_s,
                        tr("Change the selected relationship's rating, the sides' own views or "
                           "notes, and see its history")))
    , m_remove(makeAction(tr("&Remove Relationship"), u"removeRelationship"_s,
                          tr("Remove the selected relationship with its history")))
{
    connect(m_add, &QAction::triggered, this, &RelationshipActions::add);
    connect(m_edit, &QAction::triggered, this, &RelationshipActions::edit);
    connect(m_remove, &QAction::triggered, this, &RelationshipActions::remove);
    updateEnabled();
}

QAction *RelationshipActions::makeAction(const QString &text, const QString &name,
                                         const QString &toolTip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setToolTip(toolTip);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    return action;
}

void RelationshipActions::setCoalition(Id coalitionId, const QSet<Id> &members)
{
    m_coalitionId = coalitionId;
    m_members = members;
    updateEnabled();
}

void RelationshipActions::setRelationship(Id relationshipId)
{
    m_relationshipId = relationshipId;
    updateEnabled();
}

void RelationshipActions::updateEnabled()
{
    m_add->setEnabled(m_coalitionId > 0);
    m_edit->setEnabled(m_relationshipId > 0);
    m_remove->setEnabled(m_relationshipId > 0);
}

QString RelationshipActions::pairText(const Relationship &relationship) const
{
    const auto name = [this](Id id) {
        auto organization = m_session.workspace().organizations().get(id);
        return organization ? organization->name : tr("organization %1").arg(id);
    };
    return tr("“%1” and “%2”").arg(name(relationship.firstId), name(relationship.secondId));
}

bool RelationshipActions::run(const QString &text, const QList<RecordKey> &touched,
                              const std::function<Result<QList<RecordKey>>(Workspace &)> &edit)
{
    auto done = m_session.perform(text, touched, edit);
    if (!done) {
        m_messageBar->showMessage(done.error().message);
        return false;
    }
    for (const RecordKey &key : *done) {
        if (key.kind == RecordKind::Relationship)
            Q_EMIT relationshipCreated(key.id);
    }
    return true;
}

void RelationshipActions::add()
{
    addWith(Relationship{});
}

void RelationshipActions::addWith(const Relationship &fresh)
{
    if (m_coalitionId <= 0)
        return;
    Relationship start = fresh;
    if (!start.since.isValid())
        start.since = QDate::currentDate();
    RelationshipDialog dialog(m_session, start, m_members, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Relationship relationship = dialog.relationship();
    run(tr("Add relationship between %1").arg(pairText(relationship)), {},
        [&relationship](Workspace &w) -> Result<QList<RecordKey>> {
            auto id = w.relationships().add(relationship);
            if (!id)
                return id.error();
            return QList<RecordKey>{{RecordKind::Relationship, *id}};
        });
}

void RelationshipActions::edit()
{
    editRelationship(m_relationshipId);
}

void RelationshipActions::editRelationship(Id relationshipId)
{
    if (relationshipId <= 0)
        return;
    auto before = m_session.workspace().relationships().get(relationshipId);
    if (!before) {
        m_messageBar->showMessage(before.error().message);
        return;
    }
    RelationshipDialog dialog(m_session, *before, m_members, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Relationship relationship = dialog.relationship();
    const QString note = dialog.historyNote();
    const QDate on = dialog.changedOn();
    if (normalized(relationship) == normalized(*before))
        return;
    run(tr("Edit relationship between %1").arg(pairText(relationship)),
        {{RecordKind::Relationship, relationship.id}},
        [&relationship, &note, &on](Workspace &w) -> Result<QList<RecordKey>> {
            if (Status status = w.relationships().update(relationship, note, on); !status)
                return status.error();
            return QList<RecordKey>{};
        });
}

void RelationshipActions::editPair(Id organizationA, Id organizationB)
{
    if (organizationA <= 0 || organizationB <= 0 || organizationA == organizationB)
        return;
    auto found = m_session.workspace().relationships().find(organizationA, organizationB);
    if (!found) {
        m_messageBar->showMessage(found.error().message);
        return;
    }
    if (found->has_value()) {
        editRelationship((*found)->id);
        return;
    }
    Relationship fresh;
    fresh.firstId = organizationA;
    fresh.secondId = organizationB;
    addWith(fresh);
}

void RelationshipActions::remove()
{
    if (m_relationshipId <= 0)
        return;
    auto before = m_session.workspace().relationships().get(m_relationshipId);
    if (!before) {
        m_messageBar->showMessage(before.error().message);
        return;
    }
    const QString pair = pairText(*before);
    if (!MessageBox::confirm(m_parent, tr("Remove Relationship"),
                             tr("Remove the relationship between %1, with its history and the "
                                "two sides' views? Undo brings it back.")
                                 .arg(pair),
                             tr("Remove Relationship")))
        return;
    const Id id = before->id;
    run(tr("Remove relationship between %1").arg(pair), {{RecordKind::Relationship, id}},
        [id](Workspace &w) -> Result<QList<RecordKey>> {
            if (Status status = w.relationships().remove(id); !status)
                return status.error();
            return QList<RecordKey>{};
        });
}

} // namespace Coalition::Ui
