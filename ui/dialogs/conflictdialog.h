// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/recorddialog.h"
#include "domain/action.h"

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace Coalition {
class Workspace;
}

namespace Coalition::Ui {

class MemberCheckList;
class OptionalDateEdit;

// Adds a conflict between members of a coalition or edits one: what it is
// about, the member organizations that are parties to it, when it was
// raised, its status and step on the ladder, and how it was resolved.
class ConflictDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    // A conflict with no id is a new one for its coalitionId.
    ConflictDialog(Workspace &workspace, const Conflict &conflict, QWidget *parent = nullptr);

    Conflict conflict() const;
    QLineEdit *subjectEdit() const { return m_subject; }
    MemberCheckList *partiesList() const { return m_parties; }

protected:
    Problems problems() const override;

private:
    void updateResolutionRows();

    Workspace &m_workspace;
    Conflict m_original;
    QLineEdit *m_subject;
    MemberCheckList *m_parties;
    OptionalDateEdit *m_raised;
    QComboBox *m_status;
    QComboBox *m_step;
    QPlainTextEdit *m_resolution;
    OptionalDateEdit *m_resolved;
    QCheckBox *m_confidential;
    QPlainTextEdit *m_notes;
};

} // namespace Coalition::Ui
