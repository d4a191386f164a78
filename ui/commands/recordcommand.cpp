// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/recordcommand.h"

#include "session/workspacesession.h"
#include "storage/workspace.h"

namespace Coalition::Ui {

namespace {

QList<RecordKey> keysOf(const RecordStates &states)
{
    QList<RecordKey> keys;
    keys.reserve(states.size());
    for (const RecordState &state : states)
        keys.append(state.key);
    return keys;
}

} // namespace

RecordCommand::RecordCommand(WorkspaceSession &session, const QString &text, RecordStates before,
                             RecordStates after)
    : QUndoCommand(text)
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

void RecordCommand::undo()
{
    write(m_before);
}

void RecordCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    write(m_after);
}

void RecordCommand::write(const RecordStates &states)
{
    if (Status status = m_session.workspace().states().apply(states); !status) {
        // The database is unchanged (apply rolls back). The command cannot be
        // trusted any more, so the stack drops it rather than keep a step
        // that does not match the file.
        setObsolete(true);
        Q_EMIT m_session.errorOccurred(
            QCoreApplication::translate("Coalition::Ui::RecordCommand",
                                        "“%1” could not be undone or redone: %2")
                .arg(text(), status.error().message));
        return;
    }
    m_session.notifyChanged(keysOf(states));
}

} // namespace Coalition::Ui
