// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/conflictdialog.h"

#include "models/coalitionmembers.h"
#include "storage/workspace.h"
#include "widgets/enumchoices.h"
#include "widgets/memberchecklist.h"
#include "widgets/optionaldateedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

ConflictDialog::ConflictDialog(Workspace &workspace, const Conflict &conflict, QWidget *parent)
    : RecordDialog(parent)
    , m_workspace(workspace)
    , m_original(conflict)
    , m_subject(new QLineEdit(this))
    , m_parties(new MemberCheckList(this))
    , m_raised(new OptionalDateEdit(tr("Known"), this))
    , m_status(new QComboBox(this))
    , m_step(new QComboBox(this))
    , m_resolution(new QPlainTextEdit(this))
    , m_resolved(new OptionalDateEdit(tr("Known"), this))
    , m_confidential(new QCheckBox(tr("Leave it out of reports unless asked to include it"), this))
    , m_notes(new QPlainTextEdit(this))
{
    setWindowTitle(conflict.id > 0 ? tr("Edit Conflict") : tr("Add Conflict"));
    auto members = CoalitionMembers::load(workspace, conflict.coalitionId);
    if (!members)
        setGeneralError(members.error().message);

    m_subject->setText(conflict.subject);
    m_subject->setPlaceholderText(tr("Such as “Who speaks to the press about the rent strike”"));
    m_parties->setMembers(members ? *members : CoalitionMembers{}, conflict.parties);
    m_raised->setDefaultDate(QDate::currentDate());
    m_raised->setDate(conflict.raisedOn);
    fillEnumCombo<ConflictStatus>(m_status);
    setComboEnum(m_status, conflict.status);
    fillEnumCombo<EscalationStep>(m_step);
    setComboEnum(m_step, conflict.step);
    m_step->setToolTip(tr("The ladder a persistent disagreement climbs: discussion between the "
                          "parties, then a mediator, an arbitrator, and last a panel."));
    m_resolution->setPlainText(conflict.resolution);
    m_resolution->setTabChangesFocus(true);
    m_resolution->setPlaceholderText(tr("How it was settled"));
    m_resolution->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    m_resolved->setDefaultDate(QDate::currentDate());
    m_resolved->setDate(conflict.resolvedOn);
    m_confidential->setChecked(conflict.confidential);
    m_notes->setPlainText(conflict.notes);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().lineSpacing() * 3);

    addField(u"subject"_s, tr("&Subject:"), m_subject);
    addField(u"parties"_s, tr("&Parties:"), m_parties);
    addField(u"raised"_s, tr("&Raised on:"), m_raised);
    addField(u"status"_s, tr("S&tatus:"), m_status);
    addField(u"step"_s, tr("St&ep:"), m_step);
    addField(u"resolution"_s, tr("Res&olution:"), m_resolution);
    addField(u"resolved"_s, tr("Resolved o&n:"), m_resolved);
    addField(u"confidential"_s, tr("Con&fidential:"), m_confidential);
    addField(u"notes"_s, tr("N&otes:"), m_notes);

    for (QWidget *input : std::initializer_list<QWidget *>{m_subject, m_status, m_step,
                                                           m_resolution, m_confidential, m_notes})
        watch(input);
    connect(m_raised, &OptionalDateEdit::dateChanged, this, &RecordDialog::revalidate);
    connect(m_resolved, &OptionalDateEdit::dateChanged, this, &RecordDialog::revalidate);
    connect(m_parties, &MemberCheckList::checkedChanged, this, &RecordDialog::revalidate);
    setMinimumWidth(500);
    finishForm();
}

Conflict ConflictDialog::conflict() const
{
    Conflict c = m_original;
    c.subject = m_subject->text().trimmed();
    c.parties = m_parties->checkedIds();
    c.raisedOn = m_raised->date();
    c.status = comboEnum<ConflictStatus>(m_status);
    c.step = comboEnum<EscalationStep>(m_step);
    c.resolution = m_resolution->toPlainText().trimmed();
    c.resolvedOn = m_resolved->date();
    c.confidential = m_confidential->isChecked();
    c.notes = m_notes->toPlainText().trimmed();
    return c;
}

Problems ConflictDialog::problems() const
{
    const Conflict c = conflict();
    Problems found = Validation::check(c);
    if (found.isEmpty()) {
        if (Status status = m_workspace.conflicts().checkReferences(c); !status)
            found.append({status.error().field, status.error().message});
    }
    return found;
}

} // namespace Coalition::Ui
