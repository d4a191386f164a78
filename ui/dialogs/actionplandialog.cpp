// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/actionplandialog.h"

#include "models/actiondata.h"
#include "storage/workspace.h"
#include "widgets/actionchoices.h"
#include "widgets/linelisteditor.h"
#include "widgets/optionaldateedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

ActionPlanDialog::ActionPlanDialog(Workspace &workspace, const ActionData &source,
                                   const ActionPlan &plan, QWidget *parent)
    : RecordDialog(parent)
    , m_workspace(workspace)
    , m_original(plan)
    , m_title(new QLineEdit(this))
    , m_goal(new QComboBox(this))
    , m_group(new QComboBox(this))
    , m_lead(new QComboBox(this))
    , m_start(new OptionalDateEdit(tr("S&tarts"), this))
    , m_due(new OptionalDateEdit(tr("&Due"), this))
    , m_criteria(new LineListEditor(tr("Add &Criterion"), tr("Remove C&riterion"), this))
    , m_confidential(
          new QCheckBox(tr("&Confidential — left out of reports unless asked for"), this))
    , m_notes(new QPlainTextEdit(this))
{
    setWindowTitle(plan.id > 0 ? tr("Edit Action Plan") : tr("Add Action Plan"));
    m_title->setText(plan.title);
    m_title->setPlaceholderText(tr("Such as “Tenants' rights workshops”"));
    fillIdCombo(m_goal, tr("— choose a goal —"), source.goalChoices(),
                plan.goalId > 0 ? std::optional<Id>(plan.goalId) : std::nullopt);
    QList<std::pair<Id, QString>> groups;
    for (const ActionGroup &group : source.groups)
        groups.append({group.id, group.name});
    fillIdCombo(m_group, tr("— choose a group —"), groups,
                plan.groupId > 0 ? std::optional<Id>(plan.groupId) : std::nullopt);
    fillIdCombo(m_lead, tr("— (no lead yet)"), source.memberChoices(), plan.leadMembershipId);
    m_start->setDate(plan.startOn);
    m_due->setDate(plan.dueOn);
    m_criteria->setLines(plan.criteria);
    m_criteria->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_criteria->setToolTip(tr("How the coalition will know the plan worked"));
    m_confidential->setChecked(plan.confidential);
    m_notes->setPlainText(plan.notes);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().lineSpacing() * 3);

    addField(u"title"_s, tr("&Title:"), m_title);
    addField(u"goal"_s, tr("&Goal:"), m_goal);
    addField(u"group"_s, tr("Action gro&up:"), m_group);
    addField(u"lead"_s, tr("&Lead member:"), m_lead);
    addField(u"start"_s, tr("&Start:"), m_start);
    addField(u"due"_s, tr("Du&e:"), m_due);
    addField(u"criteria"_s, tr("E&valuation criteria:"), m_criteria);
    addRow(m_confidential);
    addField(u"notes"_s, tr("N&otes:"), m_notes);
    for (QWidget *input :
         std::initializer_list<QWidget *>{m_title, m_goal, m_group, m_lead, m_notes})
        watch(input);
    connect(m_criteria, &LineListEditor::changed, this, &RecordDialog::revalidate);
    connect(m_start, &OptionalDateEdit::dateChanged, this, &RecordDialog::revalidate);
    connect(m_due, &OptionalDateEdit::dateChanged, this, &RecordDialog::revalidate);
    setMinimumWidth(500);
    finishForm();
}

ActionPlan ActionPlanDialog::plan() const
{
    ActionPlan p = m_original;
    p.title = m_title->text().trimmed();
    p.goalId = comboId(m_goal).value_or(0);
    p.groupId = comboId(m_group).value_or(0);
    p.leadMembershipId = comboId(m_lead);
    p.startOn = m_start->date();
    p.dueOn = m_due->date();
    p.criteria.clear();
    for (const QString &line : m_criteria->lines())
        p.criteria.append(line.trimmed());
    p.confidential = m_confidential->isChecked();
    p.notes = m_notes->toPlainText().trimmed();
    return p;
}

Problems ActionPlanDialog::problems() const
{
    const ActionPlan p = plan();
    Problems found = Validation::check(p);
    if (found.isEmpty()) {
        if (Status status = m_workspace.actionPlans().checkReferences(p); !status)
            found.append({status.error().field, status.error().message});
    }
    return found;
}

} // namespace Coalition::Ui
