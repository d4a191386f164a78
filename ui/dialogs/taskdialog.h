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

class OptionalDateEdit;
struct ActionData;

// Adds a task to an action plan: title, the member responsible, start and
// due dates, status and the day it was done, notes. Tasks are then edited in
// place in the plan's task table.
class TaskDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskDialog)

public:
    // A task with no id is a new one of its planId.
    TaskDialog(Workspace &workspace, const ActionData &source, const Task &task,
               QWidget *parent = nullptr);

    Task task() const;
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *responsibleCombo() const { return m_responsible; }
    OptionalDateEdit *dueEdit() const { return m_due; }

protected:
    Problems problems() const override;

private:
    Workspace &m_workspace;
    Task m_original;
    QLineEdit *m_title;
    QComboBox *m_responsible;
    OptionalDateEdit *m_start;
    OptionalDateEdit *m_due;
    QComboBox *m_status;
    OptionalDateEdit *m_done;
    QCheckBox *m_confidential;
    QPlainTextEdit *m_notes;
};

} // namespace Coalition::Ui
