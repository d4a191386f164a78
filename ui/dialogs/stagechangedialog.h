// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/recorddialog.h"
#include "domain/stage.h"

#include <optional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace Coalition {
class Workspace;
}

namespace Coalition::Ui {

// Records the coordinator's decision that the coalition is in a stage, or
// edits such an entry of the stage history: the stage, from when, why
// (required), and optionally the adopted decision of the coalition that
// settled it. The stage the evidence supports is named in the list.
class StageChangeDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageChangeDialog)

public:
    // A change with no id is a new one for its coalitionId. `suggested`, when
    // given, is marked as the stage the evidence supports.
    StageChangeDialog(Workspace &workspace, const StageChange &change,
                      std::optional<DevelopmentStage> suggested, QWidget *parent = nullptr);

    StageChange change() const;

    QComboBox *stageCombo() const { return m_stage; }
    QDateEdit *dateEdit() const { return m_on; }
    QPlainTextEdit *rationaleEdit() const { return m_rationale; }
    QComboBox *decisionCombo() const { return m_decision; }
    // Selects the entry of that stage; false when it is not offered.
    bool setStage(DevelopmentStage stage);
    // Selects that decision (0: none); false when it is not offered.
    bool setDecision(Id decisionId);

protected:
    Problems problems() const override;

private:
    void fillDecisions(std::optional<Id> current);
    void updateStageHint();

    Workspace &m_workspace;
    StageChange m_original;
    std::optional<DevelopmentStage> m_suggested;
    QComboBox *m_stage;
    QLabel *m_stageHint;
    QDateEdit *m_on;
    QPlainTextEdit *m_rationale;
    QComboBox *m_decision;
    QString m_loadError;
};

} // namespace Coalition::Ui
