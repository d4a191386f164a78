// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/recordstates.h"

#include <QUndoCommand>

namespace Coalition::Ui {

class WorkspaceSession;

// An edit already made, kept as the whole state of every record it touched
// before and after. Undo writes the states before, redo the states after, so
// both leave the database exactly as it was at that point.
class RecordCommand final : public QUndoCommand
{
public:
    RecordCommand(WorkspaceSession &session, const QString &text, RecordStates before,
                  RecordStates after);

    void undo() override;
    void redo() override;

    const RecordStates &before() const { return m_before; }
    const RecordStates &after() const { return m_after; }

private:
    void write(const RecordStates &states);

    WorkspaceSession &m_session;
    RecordStates m_before;
    RecordStates m_after;
    bool m_firstRedo = true; // the edit was made before the command was pushed
};

} // namespace Coalition::Ui
