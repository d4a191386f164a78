// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/recorddialog.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace Coalition::Ui {

// Adds or edits a decision put to a meeting: its title, the area it settles,
// the proposal's text, the failed consensus attempts before this round (when
// the body decides by consensus, then a vote) and notes. Positions are
// recorded on the page; the outcome is computed, never typed.
class DecisionDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionDialog)

public:
    // `consensusAttempts` is the procedure's number of attempts before a vote
    // when the body decides by consensus then a vote; nothing otherwise.
    DecisionDialog(const Decision &decision, std::optional<int> consensusAttempts,
                   QWidget *parent = nullptr);

    // The decision as the form describes it (positions, status and reopenings as they were).
    Decision decision() const;

protected:
    Problems problems() const override;

private:
    Decision m_decision;
    QLineEdit *m_title;
    QComboBox *m_area;
    QPlainTextEdit *m_text;
    QSpinBox *m_attempts;
    QPlainTextEdit *m_notes;
};

} // namespace Coalition::Ui
