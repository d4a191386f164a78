// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/recorddialog.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace Coalition::Ui {

// Records the reopening of an adopted decision: the date, the meeting it was
// reopened at (if any), why, the new information brought, and the vote to
// reopen. It shows the procedure's reopening conditions and, as the form is
// filled, whether they look met; the procedural checks judge them afterwards.
class ReopenDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReopenDialog)

public:
    // `decidedOn` is the date of the meeting that adopted the decision;
    // `meetings` the coalition's meetings to choose from (name, id);
    // `conditions` the procedure's, when the body has a procedure.
    ReopenDialog(const Decision &decision, const QDate &decidedOn,
                 const QList<std::pair<QString, Id>> &meetings,
                 const std::optional<ReopeningConditions> &conditions, QWidget *parent = nullptr);

    Reopening reopening() const;

protected:
    Problems problems() const override;

private:
    void updateConditions();

    Decision m_decision;
    QDate m_decidedOn;
    std::optional<ReopeningConditions> m_conditions;
    QDateEdit *m_on;
    QComboBox *m_meeting;
    QLineEdit *m_reason;
    QPlainTextEdit *m_information;
    QSpinBox *m_votesFor;
    QSpinBox *m_votesCast;
    QLabel *m_check;
};

} // namespace Coalition::Ui
