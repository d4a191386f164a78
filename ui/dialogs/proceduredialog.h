// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/recorddialog.h"
#include "domain/governance.h"

#include <optional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace Coalition {
class Workspace;
}

namespace Coalition::Ui {

class EscalationEditor;
class FractionEdit;

// Edits how one body decides: method, threshold, consensus attempts and the
// fallback vote, delegate, what a vote is counted against, quorum, the areas
// the body may settle alone, the escalation ladder, notice, reopening
// conditions and notes. Under each option a line explains in plain words
// what the current choice means, with the body's number of voting members
// where it helps; options that do not apply to the method are hidden.
class ProcedureDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcedureDialog)

public:
    struct Context
    {
        Body body;
        int votingMembers = -1; // today; below 0 when not known
        QList<Body> otherBodies; // the coalition's other bodies, possible delegates
        QString leadName; // the coalition's lead organization, empty when none
    };

    // `existing` is the body's current procedure, if it has one.
    ProcedureDialog(Workspace &workspace, const Context &context,
                    const std::optional<DecisionProcedure> &existing, QWidget *parent = nullptr);

    DecisionProcedure procedure() const;
    // The explanation shown under a field ("method", "quorum" ...), for tests.
    QString explanation(const QString &field) const;
    // Whether the row of a field is shown for the current method.
    bool isFieldShown(const QString &field) const;

protected:
    Problems problems() const override;

private:
    // Adds a field with the line that explains its value, beside the input or
    // under it.
    QLabel *addExplained(const QString &field, const QString &label, QWidget *input,
                         Qt::Orientation placement);
    QWidget *makeQuorumEditor();
    QWidget *makeReopeningEditor();
    void fill(const DecisionProcedure &procedure);
    void updateOptions();

    Workspace &m_workspace;
    Context m_context;
    DecisionProcedure m_original;
    QComboBox *m_method;
    QSpinBox *m_attempts;
    QComboBox *m_fallback;
    FractionEdit *m_threshold;
    QComboBox *m_delegate;
    QComboBox *m_basis;
    QComboBox *m_quorumKind;
    QSpinBox *m_quorumCount;
    FractionEdit *m_quorumFraction;
    QWidget *m_areas;
    QList<QCheckBox *> m_areaChecks;
    EscalationEditor *m_escalation;
    QSpinBox *m_notice;
    QSpinBox *m_reopenDays;
    QCheckBox *m_reopenNeedsShare;
    FractionEdit *m_reopenShare;
    QCheckBox *m_reopenNewInformation;
    QPlainTextEdit *m_notes;
    QHash<QString, QLabel *> m_explanations;
    QHash<QString, QWidget *> m_inputs;
};

} // namespace Coalition::Ui
