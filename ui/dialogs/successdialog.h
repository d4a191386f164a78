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

// Adds a success to a coalition or edits one: what was achieved, when, the
// member organizations credited (credit is shared), the action group and
// goal it came from, whether it is confidential, and notes.
class SuccessDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuccessDialog)

public:
    // A success with no id is a new one for its coalitionId.
    SuccessDialog(Workspace &workspace, const Success &success, QWidget *parent = nullptr);

    Success success() const;
    QLineEdit *titleEdit() const { return m_title; }
    MemberCheckList *creditedList() const { return m_credited; }
    QCheckBox *confidentialBox() const { return m_confidential; }

protected:
    Problems problems() const override;

private:
    Workspace &m_workspace;
    Success m_original;
    QLineEdit *m_title;
    OptionalDateEdit *m_achieved;
    QPlainTextEdit *m_text;
    MemberCheckList *m_credited;
    QComboBox *m_group;
    QComboBox *m_goal;
    QCheckBox *m_confidential;
    QPlainTextEdit *m_notes;
};

} // namespace Coalition::Ui
