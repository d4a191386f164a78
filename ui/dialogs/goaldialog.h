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

class LineListEditor;
class OptionalDateEdit;

// Adds a goal to a coalition or edits one: kind (specific to the mission or
// universal), title, text, how progress is measured, target date, status,
// whether it is confidential, notes.
class GoalDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoalDialog)

public:
    // A goal with no id is a new one for its coalitionId.
    GoalDialog(Workspace &workspace, const Goal &goal, QWidget *parent = nullptr);

    Goal goal() const;
    QLineEdit *titleEdit() const { return m_title; }

protected:
    Problems problems() const override;

private:
    Workspace &m_workspace;
    Goal m_original;
    QComboBox *m_kind;
    QLineEdit *m_title;
    QPlainTextEdit *m_text;
    LineListEditor *m_measures;
    OptionalDateEdit *m_target;
    QComboBox *m_status;
    QCheckBox *m_confidential;
    QPlainTextEdit *m_notes;
};

} // namespace Coalition::Ui
