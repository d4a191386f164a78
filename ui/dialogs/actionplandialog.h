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
struct ActionData;

// Adds an action plan to a group or edits one: title, the goal it works
// towards, the group that carries it out, the lead member, start and due
// dates, evaluation criteria. Budget, staffing and tasks are edited in place
// on the page.
class ActionPlanDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionPlanDialog)

public:
    // A plan with no id is a new one of its groupId.
    ActionPlanDialog(Workspace &workspace, const ActionData &source, const ActionPlan &plan,
                     QWidget *parent = nullptr);

    ActionPlan plan() const;
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *goalCombo() const { return m_goal; }
    QComboBox *leadCombo() const { return m_lead; }

protected:
    Problems problems() const override;

private:
    Workspace &m_workspace;
    ActionPlan m_original;
    QLineEdit *m_title;
    QComboBox *m_goal;
    QComboBox *m_group;
    QComboBox *m_lead;
    OptionalDateEdit *m_start;
    OptionalDateEdit *m_due;
    LineListEditor *m_criteria;
    QCheckBox *m_confidential;
    QPlainTextEdit *m_notes;
};

} // namespace Coalition::Ui
