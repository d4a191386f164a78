// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/recorddialog.h"
#include "domain/governance.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace Coalition {
class Workspace;
}

namespace Coalition::Ui {

class OptionalDateEdit;

// Adds a ground rule, edits one, or writes the rule that supersedes one:
// area, title, text, status (when adding; afterwards Agree and Retire change
// it with a date), the decision that adopted it, review date, the rule it
// supersedes and notes. An edit asks what changed, for the rule's history.
class GroundRuleDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroundRuleDialog)

public:
    enum class Mode {
        Add, // `rule` is the new rule's starting values (coalition, area)
        Edit, // `rule` is the stored rule
        Supersede, // `rule` is the rule to replace; the dialog writes a new one
    };

    // `others` are the coalition's rules, for the supersedes choice.
    GroundRuleDialog(Workspace &workspace, Mode mode, const GroundRule &rule,
                     const QList<GroundRule> &others, QWidget *parent = nullptr);

    GroundRule rule() const;
    // What changed, for the rule's history (Edit only).
    QString note() const;

protected:
    Problems problems() const override;

private:
    void fillDecisions(Id coalitionId);

    Workspace &m_workspace;
    Mode m_mode;
    GroundRule m_original;
    QComboBox *m_area;
    QLineEdit *m_title;
    QPlainTextEdit *m_text;
    QComboBox *m_status;
    QComboBox *m_adoptedBy;
    OptionalDateEdit *m_review;
    QComboBox *m_supersedes;
    QLineEdit *m_note = nullptr;
    QPlainTextEdit *m_notes;
};

} // namespace Coalition::Ui
