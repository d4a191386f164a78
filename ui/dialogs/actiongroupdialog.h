// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/recorddialog.h"
#include "domain/action.h"

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace Coalition {
class Workspace;
}

namespace Coalition::Ui {

class OptionalDateEdit;
struct ActionData;

// Adds an action group to a coalition or edits one: name, purpose, convener
// (a person of a member organization), the member organizations and people
// taking part, the goals it serves, how often it reports and from when.
class ActionGroupDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionGroupDialog)

public:
    // A group with no id is a new one for its coalitionId.
    ActionGroupDialog(Workspace &workspace, const ActionData &source, const ActionGroup &group,
                      QWidget *parent = nullptr);

    ActionGroup group() const;
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *convenerCombo() const { return m_convener; }
    QListWidget *memberList() const { return m_members; }
    QListWidget *goalList() const { return m_goals; }

protected:
    Problems problems() const override;

private:
    Workspace &m_workspace;
    ActionGroup m_original;
    QLineEdit *m_name;
    QPlainTextEdit *m_purpose;
    QComboBox *m_convener;
    QListWidget *m_members;
    QListWidget *m_people;
    QListWidget *m_goals;
    QComboBox *m_cadence;
    OptionalDateEdit *m_started;
    QCheckBox *m_confidential;
    QPlainTextEdit *m_notes;
};

} // namespace Coalition::Ui
