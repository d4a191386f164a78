// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/actiongroupdialog.h"

#include "models/actiondata.h"
#include "storage/workspace.h"
#include "widgets/actionchoices.h"
#include "widgets/enumchoices.h"
#include "widgets/optionaldateedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

ActionGroupDialog::ActionGroupDialog(Workspace &workspace, const ActionData &source,
                                     const ActionGroup &group, QWidget *parent)
    : RecordDialog(parent)
    , m_workspace(workspace)
    , m_original(group)
    , m_name(new QLineEdit(this))
    , m_purpose(new QPlainTextEdit(this))
    , m_convener(new QComboBox(this))
    , m_members(new QListWidget(this))
    , m_people(new QListWidget(this))
    , m_goals(new QListWidget(this))
    , m_cadence(new QComboBox(this))
    , m_started(new OptionalDateEdit(tr("&Reports owed from"), this))
    , m_confidential(
          new QCheckBox(tr("&Confidential — left out of reports unless asked for"), this))
    , m_notes(new QPlainTextEdit(this))
{
    setWindowTitle(group.id > 0 ? tr("Edit Action Group") : tr("Add Action Group"));
    m_name->setText(group.name);
    m_name->setPlaceholderText(tr("Such as “Housing Action Group”"));
    m_purpose->setPlainText(group.purpose);
    m_purpose->setTabChangesFocus(true);
    m_purpose->setMaximumHeight(fontMetrics().lineSpacing() * 3);
    fillIdCombo(m_convener, tr("— (nobody yet)"), source.personChoices(), group.convenerId);
    m_convener->setToolTip(tr("A person of one of the member organizations"));
    const int listHeight = fontMetrics().lineSpacing() * 6;
    fillCheckList(m_members, source.memberChoices(), group.memberships);
    m_members->setMaximumHeight(listHeight);
    fillCheckList(m_people, source.personChoices(), group.people);
    m_people->setMaximumHeight(listHeight);
    fillCheckList(m_goals, source.goalChoices(), group.goals);
    m_goals->setMaximumHeight(listHeight);
    fillEnumCombo<ReportingCadence>(m_cadence);
    setComboEnum(m_cadence, group.cadence);
    m_started->setDate(group.startedOn);
    m_confidential->setChecked(group.confidential);
    m_notes->setPlainText(group.notes);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().lineSpacing() * 3);

    addField(u"name"_s, tr("&Name:"), m_name);
    addField(u"purpose"_s, tr("&Purpose:"), m_purpose);
    addField(u"convener"_s, tr("Con&vener:"), m_convener);
    addField(u"members"_s, tr("&Member organizations:"), m_members);
    addField(u"people"_s, tr("Peop&le:"), m_people);
    addField(u"goals"_s, tr("&Goals served:"), m_goals);
    addField(u"cadence"_s, tr("Reports &due:"), m_cadence);
    addField(u"started"_s, tr("&Started:"), m_started);
    addRow(m_confidential);
    addField(u"notes"_s, tr("N&otes:"), m_notes);
    for (QWidget *input :
         std::initializer_list<QWidget *>{m_name, m_purpose, m_convener, m_cadence, m_notes})
        watch(input);
    for (QListWidget *list : {m_members, m_people, m_goals})
        connect(list, &QListWidget::itemChanged, this, &RecordDialog::revalidate);
    connect(m_started, &OptionalDateEdit::dateChanged, this, &RecordDialog::revalidate);
    setMinimumWidth(520);
    finishForm();
}

ActionGroup ActionGroupDialog::group() const
{
    ActionGroup g = m_original;
    g.name = m_name->text().trimmed();
    g.purpose = m_purpose->toPlainText().trimmed();
    g.convenerId = comboId(m_convener);
    g.memberships = checkedIds(m_members);
    g.people = checkedIds(m_people);
    g.goals = checkedIds(m_goals);
    g.cadence = comboEnum<ReportingCadence>(m_cadence);
    g.startedOn = m_started->date();
    g.confidential = m_confidential->isChecked();
    g.notes = m_notes->toPlainText().trimmed();
    return g;
}

Problems ActionGroupDialog::problems() const
{
    const ActionGroup g = group();
    Problems found = Validation::check(g);
    if (found.isEmpty()) {
        if (Status status = m_workspace.actionGroups().checkReferences(g); !status)
            found.append({status.error().field, status.error().message});
    }
    return found;
}

} // namespace Coalition::Ui
