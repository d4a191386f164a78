// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/recorddialog.h"
#include "domain/action.h"

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace Coalition {
class Workspace;
}

namespace Coalition::Ui {

class OptionalDateEdit;

// Adds an evaluation of one of the coalition's activities or edits one: the
// activity, when, the method (survey, pre/post test ...), the score out of
// 100 if there is one, the findings, the group or plan it looked at.
class EvaluationDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvaluationDialog)

public:
    // An evaluation with no id is a new one for its coalitionId.
    EvaluationDialog(Workspace &workspace, const Evaluation &evaluation, QWidget *parent = nullptr);

    Evaluation evaluation() const;
    QLineEdit *activityEdit() const { return m_activity; }
    // -1 stands for "no score".
    QSpinBox *scoreBox() const { return m_score; }

protected:
    Problems problems() const override;

private:
    Workspace &m_workspace;
    Evaluation m_original;
    QLineEdit *m_activity;
    OptionalDateEdit *m_on;
    QComboBox *m_method;
    QSpinBox *m_score;
    QPlainTextEdit *m_findings;
    QComboBox *m_group;
    QComboBox *m_plan;
    QCheckBox *m_confidential;
    QPlainTextEdit *m_notes;
};

} // namespace Coalition::Ui
