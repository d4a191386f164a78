// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/workspacesession.h"

#include "commands/recordcommand.h"
#include "models/organizationchoicemodel.h"
#include "storage/transaction.h"
#include "storage/workspace.h"

#include <QUndoStack>

#include <algorithm>

namespace Coalition::Ui {

WorkspaceSession::WorkspaceSession(std::unique_ptr<Workspace> workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_undoStack(new QUndoStack(this))
{
    if (auto coalitions = m_workspace->coalitions().list(); coalitions && !coalitions->isEmpty())
        m_currentCoalition = coalitions->constFirst().id;
}

// The stack goes first: its commands refer to the workspace.
WorkspaceSession::~WorkspaceSession()
{
    delete m_undoStack;
}

Result<QList<RecordKey>>
WorkspaceSession::perform(const QString &text, const QList<RecordKey> &touched, const Edit &edit)
{
    RecordStateStore &store = m_workspace->states();
    // The capture, the edit and the second capture are one unit: nothing
    // another connection writes can slip between them.
    Transaction transaction(m_workspace->database());
    if (!transaction.isActive())
        return transaction.status().error();
    auto keys = store.withDependents(touched);
    if (!keys)
        return keys.error();
    auto before = store.capture(*keys);
    if (!before)
        return before.error();
    auto created = edit(*m_workspace);
    if (!created)
        return created.error();

    QList<RecordKey> allKeys = *keys;
    RecordStates beforeStates = *before;
    for (const RecordKey &key : *created) {
        if (!allKeys.contains(key)) {
            allKeys.append(key);
            beforeStates.append(RecordState{key, std::nullopt});
        }
    }
    auto after = store.capture(allKeys);
    if (!after)
        return after.error();
    if (Status status = transaction.commit(); !status)
        return status.error();

    m_undoStack->push(new RecordCommand(*this, text, std::move(beforeStates), *std::move(after)));
    notifyChanged(allKeys);
    return *created;
}

void WorkspaceSession::setCurrentCoalition(Id id)
{
    if (id == m_currentCoalition)
        return;
    m_currentCoalition = id;
    Q_EMIT currentCoalitionChanged(id);
}

void WorkspaceSession::notifyChanged(const QList<RecordKey> &keys)
{
    // A coalition that no longer exists cannot stay the current one.
    const bool coalitionTouched = std::any_of(keys.cbegin(), keys.cend(), [](const RecordKey &k) {
        return k.kind == RecordKind::Coalition;
    });
    if (coalitionTouched) {
        auto coalitions = m_workspace->coalitions().list();
        if (coalitions) {
            const bool stillThere = std::any_of(
                coalitions->cbegin(), coalitions->cend(),
                [this](const CoalitionInfo &c) { return c.id == m_currentCoalition; });
            if (!stillThere)
                setCurrentCoalition(coalitions->isEmpty() ? 0 : coalitions->constFirst().id);
        }
    }
    // Updated before anyone hears of the change, so that every page that
    // names organizations finds the new names, whenever it connected.
    if (m_organizationChoices && m_organizationChoices->isLoaded()) {
        if (Status status = m_organizationChoices->applyChanges(keys); !status)
            Q_EMIT errorOccurred(tr("The list of organizations could not be brought up to "
                                    "date: %1")
                                     .arg(status.error().message));
    }
    Q_EMIT recordsChanged(keys);
}

OrganizationChoiceModel &WorkspaceSession::organizationChoices()
{
    if (!m_organizationChoices)
        m_organizationChoices = new OrganizationChoiceModel(*m_workspace, this);
    if (!m_organizationChoices->isLoaded())
        (void)m_organizationChoices->load(); // a failure is kept in loadError()
    return *m_organizationChoices;
}

bool WorkspaceSession::hasOrganizationChoices() const
{
    return m_organizationChoices && m_organizationChoices->isLoaded();
}

} // namespace Coalition::Ui
