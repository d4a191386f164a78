// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "result.h"
#include "storage/recordstates.h"

#include <QObject>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QUndoStack;
QT_END_NAMESPACE

namespace Coalition {
class Workspace;
}

namespace Coalition::Ui {

class OrganizationChoiceModel;

// One open workspace as the desktop sees it: the workspace, its undo stack,
// the coalition the coalition pages are scoped to, and the signal every page
// listens to for changed records. Every edit goes through perform(), so that
// it lands on the undo stack and every page hears of it.
class WorkspaceSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceSession)

public:
    // The edit itself: changes the workspace through the core repositories
    // (which validate) and returns the keys of the records it created, whose
    // state before the edit was "absent".
    using Edit = std::function<Result<QList<RecordKey>>(Workspace &)>;

    explicit WorkspaceSession(std::unique_ptr<Workspace> workspace, QObject *parent = nullptr);
    ~WorkspaceSession() override;

    Workspace &workspace() { return *m_workspace; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Runs `edit` at once as an undoable command named `text`. `touched` are
    // the existing records it changes or removes; the records that depend on
    // them (memberships of a removed organization ...) are captured too.
    // When the edit fails nothing is written and nothing is pushed, and the
    // core's error comes back. On success returns the created keys.
    Result<QList<RecordKey>> perform(const QString &text, const QList<RecordKey> &touched,
                                     const Edit &edit);

    // The coalition the coalition pages show; 0 when the workspace has none.
    Id currentCoalition() const { return m_currentCoalition; }
    void setCurrentCoalition(Id id);

    // Tells every listener that these records changed (used after edits,
    // undo and redo; pages reload what they show of them).
    void notifyChanged(const QList<RecordKey> &keys);

    // Every organization's name, for the combo boxes that choose one. Read
    // when first asked for (not when the workspace opens), then kept current
    // by notifyChanged() one organization at a time. When the names cannot be
    // read the list is empty and says why (loadError()); the next call tries
    // again.
    OrganizationChoiceModel &organizationChoices();
    // Whether the list has been read (without reading it).
    bool hasOrganizationChoices() const;

Q_SIGNALS:
    void recordsChanged(const QList<Coalition::RecordKey> &keys);
    void currentCoalitionChanged(Coalition::Id id);
    // An undo or redo could not be written; the message says why.
    void errorOccurred(const QString &message);

private:
    std::unique_ptr<Workspace> m_workspace;
    QUndoStack *m_undoStack = nullptr;
    OrganizationChoiceModel *m_organizationChoices = nullptr;
    Id m_currentCoalition = 0;
};

} // namespace Coalition::Ui
