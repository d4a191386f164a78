// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/evaluationdialog.h"

#include "models/outcomenames.h"
#include "storage/workspace.h"
#include "widgets/enumchoices.h"
#include "widgets/optionaldateedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

EvaluationDialog::EvaluationDialog(Workspace &workspace, const Evaluation &evaluation,
                                   QWidget *parent)
    : RecordDialog(parent)
    , m_workspace(workspace)
    , m_original(evaluation)
    , m_activity(new QLineEdit(this))
    , m_on(new OptionalDateEdit(tr("Known"), this))
    , m_method(new QComboBox(this))
    , m_score(new QSpinBox(this))
    , m_findings(new QPlainTextEdit(this))
    , m_group(new QComboBox(this))
    , m_plan(new QComboBox(this))
    , m_confidential(new QCheckBox(tr("Leave it out of reports unless asked to include it"), this))
    , m_notes(new QPlainTextEdit(this))
{
    setWindowTitle(evaluation.id > 0 ? tr("Edit Evaluation") : tr("Add Evaluation"));
    OutcomeNames names;
    if (auto loaded = OutcomeNames::load(workspace, evaluation.coalitionId))
        names = *std::move(loaded);
    else
        setGeneralError(loaded.error().message);

    m_activity->setText(evaluation.activity);
    m_activity->setPlaceholderText(tr("Such as “Tenant rights workshops, spring series”"));
    m_on->setDefaultDate(QDate::currentDate());
    m_on->setDate(evaluation.on);
    fillEnumCombo<EvaluationMethod>(m_method);
    setComboEnum(m_method, evaluation.method);
    // The spin box's lowest value stands for "no score".
    m_score->setRange(-1, 100);
    m_score->setSpecialValueText(tr("No score"));
    m_score->setSuffix(tr(" / 100"));
    m_score->setValue(evaluation.score.value_or(-1));
    m_findings->setPlainText(evaluation.findings);
    m_findings->setTabChangesFocus(true);
    m_findings->setPlaceholderText(tr("What the evaluation found"));
    m_findings->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    fillNameCombo(m_group, names.groups, evaluation.groupId, tr("No action group"));
    fillNameCombo(m_plan, names.plans, evaluation.planId, tr("No action plan"));
    m_confidential->setChecked(evaluation.confidential);
    m_notes->setPlainText(evaluation.notes);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().lineSpacing() * 3);

    addField(u"activity"_s, tr("&Activity:"), m_activity);
    addField(u"on"_s, tr("&Date:"), m_on);
    addField(u"method"_s, tr("&Method:"), m_method);
    addField(u"score"_s, tr("&Score:"), m_score);
    addField(u"findings"_s, tr("&Findings:"), m_findings);
    addField(u"group"_s, tr("Action &group:"), m_group);
    addField(u"plan"_s, tr("Action &plan:"), m_plan);
    addField(u"confidential"_s, tr("Con&fidential:"), m_confidential);
    addField(u"notes"_s, tr("N&otes:"), m_notes);

    for (QWidget *input : std::initializer_list<QWidget *>{
             m_activity, m_method, m_score, m_findings, m_group, m_plan, m_confidential, m_notes})
        watch(input);
    connect(m_on, &OptionalDateEdit::dateChanged, this, &RecordDialog::revalidate);
    setMinimumWidth(500);
    finishForm();
}

Evaluation EvaluationDialog::evaluation() const
{
    Evaluation e = m_original;
    e.activity = m_activity->text().trimmed();
    e.on = m_on->date();
    e.method = comboEnum<EvaluationMethod>(m_method);
    e.score = m_score->value() >= 0 ? std::optional<int>(m_score->value()) : std::nullopt;
    e.findings = m_findings->toPlainText().trimmed();
    e.groupId = comboNameId(m_group);
    e.planId = comboNameId(m_plan);
    e.confidential = m_confidential->isChecked();
    e.notes = m_notes->toPlainText().trimmed();
    return e;
}

Problems EvaluationDialog::problems() const
{
    const Evaluation e = evaluation();
    Problems found = Validation::check(e);
    if (found.isEmpty()) {
        if (Status status = m_workspace.evaluations().checkReferences(e); !status)
            found.append({status.error().field, status.error().message});
    }
    return found;
}

} // namespace Coalition::Ui
