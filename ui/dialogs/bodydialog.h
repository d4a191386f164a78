// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/recorddialog.h"
#include "domain/governance.h"
#include "models/coalitionmembers.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace Coalition {
class Workspace;
}

namespace Coalition::Ui {

// Adds a body to a coalition or edits one: kind, name, purpose, the members
// that sit on it (a check list of the coalition's members; not for the full
// membership, on which every active voting member sits) and notes. Seats kept
// from before keep their role and vote; a new seat votes when its member is a
// voting member of the coalition.
class BodyDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyDialog)

public:
    // A body with no id is a new one for its coalitionId.
    BodyDialog(Workspace &workspace, const Body &body, QWidget *parent = nullptr);

    Body body() const;
    QListWidget *seatList() const { return m_seats; }

protected:
    Problems problems() const override;

private:
    void updateSeatsRow();

    Workspace &m_workspace;
    Body m_original;
    CoalitionMembers m_members;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QPlainTextEdit *m_purpose;
    QListWidget *m_seats;
    QLabel *m_fullMembershipNote;
    QPlainTextEdit *m_notes;
};

} // namespace Coalition::Ui
