// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/stageanswerform.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

StageAnswerForm::StageAnswerForm(QWidget *parent)
    : QGroupBox(tr("Your answer"), parent)
    , m_question(new QLabel(this))
    , m_help(new QLabel(this))
    , m_choices(new QButtonGroup(this))
    , m_yes(new QRadioButton(tr("&Yes"), this))
    , m_no(new QRadioButton(tr("&No"), this))
    , m_unanswered(new QRadioButton(tr("Not &answered yet"), this))
    , m_note(new QPlainTextEdit(this))
    , m_date(new QDateEdit(this))
    , m_apply(new QPushButton(tr("A&pply Answer"), this))
    , m_reset(new QPushButton(tr("Re&vert"), this))
{
    setObjectName(u"answerForm"_s);
    m_question->setObjectName(u"answerQuestion"_s);
    m_question->setWordWrap(true);
    QFont font = m_question->font();
    font.setBold(true);
    m_question->setFont(font);
    m_help->setObjectName(u"answerHelp"_s);
    m_help->setWordWrap(true);
    m_help->setForegroundRole(QPalette::PlaceholderText);

    m_yes->setObjectName(u"answerYes"_s);
    m_no->setObjectName(u"answerNo"_s);
    m_unanswered->setObjectName(u"answerUnanswered"_s);
    m_yes->setToolTip(tr("Yes: the criterion is met"));
    m_no->setToolTip(tr("No: the criterion is not met"));
    m_unanswered->setToolTip(tr("Leave the question open; a note may still say what is known"));
    m_choices->addButton(m_yes, static_cast<int>(ChecklistValue::Yes));
    m_choices->addButton(m_no, static_cast<int>(ChecklistValue::No));
    m_choices->addButton(m_unanswered, static_cast<int>(ChecklistValue::Unanswered));
    auto *choiceRow = new QHBoxLayout;
    choiceRow->addWidget(m_yes);
    choiceRow->addWidget(m_no);
    choiceRow->addWidget(m_unanswered);
    choiceRow->addStretch(1);

    m_note->setObjectName(u"answerNote"_s);
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What the answer rests on: who said so, what was found"));
    m_note->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_date->setObjectName(u"answerDate"_s);
    m_date->setAccessibleName(tr("Answered on"));
    m_date->setCalendarPopup(true);
    m_date->setToolTip(tr("The day the answer was given"));
    m_apply->setObjectName(u"applyAnswer"_s);
    m_apply->setToolTip(tr("Record this answer (undoable)"));
    m_apply->setDefault(false);
    m_reset->setObjectName(u"resetAnswer"_s);
    m_reset->setToolTip(tr("Bring back the answer recorded"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *answerLabel = new QLabel(tr("Answer:"), this);
    form->addRow(answerLabel, choiceRow);
    auto *noteLabel = new QLabel(tr("N&ote:"), this);
    noteLabel->setBuddy(m_note);
    form->addRow(noteLabel, m_note);
    auto *dateLabel = new QLabel(tr("&Date answered:"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, m_date);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_help);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_choices, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateButtons();
    });
    connect(m_note, &QPlainTextEdit::textChanged, this, &StageAnswerForm::updateButtons);
    connect(m_date, &QDateEdit::dateChanged, this, &StageAnswerForm::updateButtons);
    connect(m_apply, &QPushButton::clicked, this, &StageAnswerForm::apply);
    connect(m_reset, &QPushButton::clicked, this, &StageAnswerForm::reset);
    updateButtons();
}

void StageAnswerForm::setQuestion(const QString &item, const QString &question, const QString &help,
                                  const std::optional<ChecklistAnswer> &stored, const QDate &today)
{
    m_item = item;
    m_stored = stored;
    m_today = today;
    m_question->setText(question);
    m_question->setVisible(!question.isEmpty());
    m_help->setText(help);
    m_help->setVisible(!help.isEmpty());
    reset();
}

void StageAnswerForm::setStored(const std::optional<ChecklistAnswer> &stored)
{
    m_stored = stored;
    updateButtons();
}

void StageAnswerForm::reset()
{
    const QSignalBlocker blockNote(m_note);
    const QSignalBlocker blockDate(m_date);
    setValue(m_stored ? m_stored->value : ChecklistValue::Unanswered);
    m_note->setPlainText(m_stored ? m_stored->note : QString());
    const QDate on = m_stored && m_stored->answeredOn.isValid() ? m_stored->answeredOn : m_today;
    m_date->setDate(on.isValid() ? on : QDate::currentDate());
    updateButtons();
}

ChecklistValue StageAnswerForm::value() const
{
    const int id = m_choices->checkedId();
    return id < 0 ? ChecklistValue::Unanswered : static_cast<ChecklistValue>(id);
}

void StageAnswerForm::setValue(ChecklistValue value)
{
    if (QAbstractButton *button = m_choices->button(static_cast<int>(value)))
        button->setChecked(true);
}

QString StageAnswerForm::note() const
{
    return m_note->toPlainText().trimmed();
}

QDate StageAnswerForm::date() const
{
    return m_date->date();
}

bool StageAnswerForm::isModified() const
{
    const ChecklistValue storedValue = m_stored ? m_stored->value : ChecklistValue::Unanswered;
    const QString storedNote = m_stored ? m_stored->note : QString();
    if (value() != storedValue || note() != storedNote.trimmed())
        return true;
    // The date alone matters only for an answer already recorded.
    return m_stored && m_stored->answeredOn.isValid() && date() != m_stored->answeredOn;
}

void StageAnswerForm::updateButtons()
{
    const bool modified = !m_item.isEmpty() && isModified();
    m_apply->setEnabled(modified);
    m_reset->setEnabled(modified);
    if (modified != m_modified) {
        m_modified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

void StageAnswerForm::focusAnswer()
{
    QAbstractButton *checked = m_choices->checkedButton();
    (checked ? checked : m_yes)->setFocus(Qt::OtherFocusReason);
}

void StageAnswerForm::apply()
{
    if (m_item.isEmpty() || !isModified())
        return;
    Q_EMIT applyRequested(m_item, value(), note(), date());
}

} // namespace Coalition::Ui
