// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/recorddialog.h"

namespace Coalition::Ui {

class LineListEditor;

// Edits the interests a member shares with the coalition and those that
// conflict with it, in two lists of short lines.
class InterestsDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterestsDialog)

public:
    InterestsDialog(const Membership &membership, const QString &organizationName,
                    QWidget *parent = nullptr);

    Membership membership() const;
    LineListEditor *sharedEditor() const { return m_shared; }
    LineListEditor *conflictingEditor() const { return m_conflicting; }

protected:
    Problems problems() const override;

private:
    Membership m_membership;
    LineListEditor *m_shared;
    LineListEditor *m_conflicting;
};

} // namespace Coalition::Ui
