// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/decisiondialog.h"

#include "widgets/enumchoices.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

DecisionDialog::DecisionDialog(const Decision &decision, std::optional<int> consensusAttempts,
                               QWidget *parent)
    : RecordDialog(parent)
    , m_decision(decision)
    , m_title(new QLineEdit(this))
    , m_area(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_attempts(new QSpinBox(this))
    , m_notes(new QPlainTextEdit(this))
{
    setWindowTitle(decision.id > 0 ? tr("Edit Decision") : tr("Add Decision"));
    m_title->setText(decision.title);
    m_title->setPlaceholderText(tr("What is proposed, in a few words"));
    fillEnumCombo<DecisionArea>(m_area);
    setComboEnum(m_area, decision.area);
    m_area->setToolTip(tr("What kind of matter it settles; a body may settle alone only the "
                          "areas its procedure lists"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("The proposal as it was put to the meeting"));
    m_text->setPlainText(decision.text);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 5 + 14);
    m_attempts->setRange(0, 99);
    m_attempts->setValue(decision.failedConsensusAttempts);
    m_notes->setTabChangesFocus(true);
    m_notes->setPlainText(decision.notes);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 2 + 14);

    addField(u"title"_s, tr("&Title:"), m_title);
    addField(u"area"_s, tr("&Area:"), m_area);
    addField(u"text"_s, tr("&Proposal:"), m_text);
    addField(u"attempts"_s, tr("&Failed attempts:"), m_attempts);
    if (consensusAttempts) {
        auto *note = new QLabel(
            (*consensusAttempts == 1
                 ? tr("The body seeks consensus first and votes after 1 failed attempt.")
                 : tr("The body seeks consensus first and votes after %n failed attempts.", nullptr,
                      *consensusAttempts))
                + u' '
                + tr("Count the attempts that failed before this round: until they reach that "
                     "number, the positions are counted as consensus."),
            this);
        note->setWordWrap(true);
        addRow(QString(), note);
    } else {
        // Only a body that decides by consensus, then a vote, counts attempts.
        m_attempts->setEnabled(decision.failedConsensusAttempts > 0);
        m_attempts->setToolTip(tr("Used only when the body decides by consensus, then a vote"));
    }
    addField(u"notes"_s, tr("N&otes:"), m_notes);
    watch(m_title);
    watch(m_area);
    watch(m_text);
    watch(m_attempts);
    watch(m_notes);
    setMinimumWidth(480);
    finishForm();
}

Decision DecisionDialog::decision() const
{
    Decision d = m_decision;
    d.title = m_title->text().trimmed();
    d.area = comboEnum<DecisionArea>(m_area);
    d.text = m_text->toPlainText().trimmed();
    d.failedConsensusAttempts = m_attempts->value();
    d.notes = m_notes->toPlainText().trimmed();
    return d;
}

Problems DecisionDialog::problems() const
{
    return Validation::check(decision());
}

} // namespace Coalition::Ui
