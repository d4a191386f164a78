// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/stage.h"

#include <QGroupBox>

#include <optional>

QT_BEGIN_NAMESPACE
class QButtonGroup;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
QT_END_NAMESPACE

namespace Coalition::Ui {

// The coordinator's answer to one checklist question of the stage
// assessment: Yes, No or Unanswered, a note, and the day it was given.
// Apply asks for the answer to be written (applyRequested); Revert brings
// back the answer stored. Both are enabled only when the form differs from it.
class StageAnswerForm final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageAnswerForm)

public:
    explicit StageAnswerForm(QWidget *parent = nullptr);

    // Shows the question `item` (its help line below it; no question line
    // when `question` is empty) with the answer stored for it, if any. `today` is offered as the
    // date of a new answer.
    void setQuestion(const QString &item, const QString &question, const QString &help,
                     const std::optional<ChecklistAnswer> &stored, const QDate &today);
    QString item() const { return m_item; }
    // The answer stored changed (an edit, undo): the form keeps what the
    // user typed and compares it with this one.
    void setStored(const std::optional<ChecklistAnswer> &stored);

    ChecklistValue value() const;
    void setValue(ChecklistValue value);
    QString note() const;
    QDate date() const;
    // Whether the form differs from the answer stored.
    bool isModified() const;

    QRadioButton *yesButton() const { return m_yes; }
    QRadioButton *noButton() const { return m_no; }
    QRadioButton *unansweredButton() const { return m_unanswered; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QDateEdit *dateEdit() const { return m_date; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *resetButton() const { return m_reset; }

public Q_SLOTS:
    // Puts the keyboard focus on the chosen answer.
    void focusAnswer();
    void apply();
    void reset();

Q_SIGNALS:
    void applyRequested(const QString &item, Coalition::ChecklistValue value, const QString &note,
                        const QDate &on);
    void modifiedChanged(bool modified);

private:
    void updateButtons();

    QString m_item;
    std::optional<ChecklistAnswer> m_stored;
    QDate m_today;
    bool m_modified = false;
    QLabel *m_question;
    QLabel *m_help;
    QButtonGroup *m_choices;
    QRadioButton *m_yes;
    QRadioButton *m_no;
    QRadioButton *m_unanswered;
    QPlainTextEdit *m_note;
    QDateEdit *m_date;
    QPushButton *m_apply;
    QPushButton *m_reset;
};

} // namespace Coalition::Ui
