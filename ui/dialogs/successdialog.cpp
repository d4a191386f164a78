// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/successdialog.h"

#include "models/outcomenames.h"
#include "storage/workspace.h"
#include "widgets/memberchecklist.h"
#include "widgets/optionaldateedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

SuccessDialog::SuccessDialog(Workspace &workspace, const Success &success, QWidget *parent)
    : RecordDialog(parent)
    , m_workspace(workspace)
    , m_original(success)
    , m_title(new QLineEdit(this))
    , m_achieved(new OptionalDateEdit(tr("Known"), this))
    , m_text(new QPlainTextEdit(this))
    , m_credited(new MemberCheckList(this))
    , m_group(new QComboBox(this))
    , m_goal(new QComboBox(this))
    , m_confidential(new QCheckBox(tr("Leave it out of reports unless asked to include it"), this))
    , m_notes(new QPlainTextEdit(this))
{
    setWindowTitle(success.id > 0 ? tr("Edit Success") : tr("Add Success"));
    OutcomeNames names;
    if (auto loaded = OutcomeNames::load(workspace, success.coalitionId))
        names = *std::move(loaded);
    else
        setGeneralError(loaded.error().message);

    m_title->setText(success.title);
    m_title->setPlaceholderText(tr("Such as “City council funds the winter shelter”"));
    m_achieved->setDefaultDate(QDate::currentDate());
    m_achieved->setDate(success.achievedOn);
    m_text->setPlainText(success.text);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What happened and why it matters"));
    m_text->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    m_credited->setMembers(names.members, success.credited);
    fillNameCombo(m_group, names.groups, success.groupId, tr("No action group"));
    fillNameCombo(m_goal, names.goals, success.goalId, tr("No goal"));
    m_confidential->setChecked(success.confidential);
    m_notes->setPlainText(success.notes);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().lineSpacing() * 3);

    addField(u"title"_s, tr("&Achieved:"), m_title);
    addField(u"achieved"_s, tr("&Date:"), m_achieved);
    addField(u"text"_s, tr("&Story:"), m_text);
    addField(u"credited"_s, tr("&Credited:"), m_credited);
    addField(u"group"_s, tr("Action &group:"), m_group);
    addField(u"goal"_s, tr("G&oal:"), m_goal);
    addField(u"confidential"_s, tr("Con&fidential:"), m_confidential);
    addField(u"notes"_s, tr("N&otes:"), m_notes);

    for (QWidget *input : std::initializer_list<QWidget *>{m_title, m_text, m_group, m_goal,
                                                           m_confidential, m_notes})
        watch(input);
    connect(m_achieved, &OptionalDateEdit::dateChanged, this, &RecordDialog::revalidate);
    connect(m_credited, &MemberCheckList::checkedChanged, this, &RecordDialog::revalidate);
    setMinimumWidth(500);
    finishForm();
}

Success SuccessDialog::success() const
{
    Success s = m_original;
    s.title = m_title->text().trimmed();
    s.achievedOn = m_achieved->date();
    s.text = m_text->toPlainText().trimmed();
    s.credited = m_credited->checkedIds();
    s.groupId = comboNameId(m_group);
    s.goalId = comboNameId(m_goal);
    s.confidential = m_confidential->isChecked();
    s.notes = m_notes->toPlainText().trimmed();
    return s;
}

Problems SuccessDialog::problems() const
{
    const Success s = success();
    Problems found = Validation::check(s);
    if (found.isEmpty()) {
        if (Status status = m_workspace.successes().checkReferences(s); !status)
            found.append({status.error().field, status.error().message});
    }
    return found;
}

} // namespace Coalition::Ui
