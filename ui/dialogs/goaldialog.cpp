// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/goaldialog.h"

#include "storage/workspace.h"
#include "widgets/enumchoices.h"
#include "widgets/linelisteditor.h"
#include "widgets/optionaldateedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

GoalDialog::GoalDialog(Workspace &workspace, const Goal &goal, QWidget *parent)
    : RecordDialog(parent)
    , m_workspace(workspace)
    , m_original(goal)
    , m_kind(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_measures(new LineListEditor(tr("Add &Measure"), tr("Remove M&easure"), this))
    , m_target(new OptionalDateEdit(tr("&Has a target date"), this))
    , m_status(new QComboBox(this))
    , m_confidential(
          new QCheckBox(tr("&Confidential — left out of reports unless asked for"), this))
    , m_notes(new QPlainTextEdit(this))
{
    setWindowTitle(goal.id > 0 ? tr("Edit Goal") : tr("Add Goal"));
    fillEnumCombo<GoalKind>(m_kind);
    setComboEnum(m_kind, goal.kind);
    m_kind->setToolTip(tr("Specific goals are tied to the issues of the coalition's mission; "
                          "universal ones are true of any coalition, such as broadening its "
                          "membership."));
    m_title->setText(goal.title);
    m_title->setPlaceholderText(tr("Such as “Every tenant knows their rights”"));
    m_text->setPlainText(goal.text);
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    m_measures->setLines(goal.measures);
    m_measures->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_target->setDate(goal.targetOn);
    fillEnumCombo<GoalStatus>(m_status);
    setComboEnum(m_status, goal.status);
    m_confidential->setChecked(goal.confidential);
    m_notes->setPlainText(goal.notes);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().lineSpacing() * 3);

    addField(u"kind"_s, tr("&Kind:"), m_kind);
    addField(u"title"_s, tr("&Title:"), m_title);
    addField(u"text"_s, tr("&Description:"), m_text);
    addField(u"measures"_s, tr("&Measures:"), m_measures);
    addField(u"target"_s, tr("Tar&get:"), m_target);
    addField(u"status"_s, tr("&Status:"), m_status);
    addRow(m_confidential);
    addField(u"notes"_s, tr("N&otes:"), m_notes);
    for (QWidget *input :
         std::initializer_list<QWidget *>{m_kind, m_title, m_text, m_status, m_notes})
        watch(input);
    connect(m_measures, &LineListEditor::changed, this, &RecordDialog::revalidate);
    connect(m_target, &OptionalDateEdit::dateChanged, this, &RecordDialog::revalidate);
    setMinimumWidth(480);
    finishForm();
}

Goal GoalDialog::goal() const
{
    Goal g = m_original;
    g.kind = comboEnum<GoalKind>(m_kind);
    g.title = m_title->text().trimmed();
    g.text = m_text->toPlainText().trimmed();
    g.measures.clear();
    for (const QString &line : m_measures->lines())
        g.measures.append(line.trimmed());
    g.targetOn = m_target->date();
    g.status = comboEnum<GoalStatus>(m_status);
    g.confidential = m_confidential->isChecked();
    g.notes = m_notes->toPlainText().trimmed();
    return g;
}

Problems GoalDialog::problems() const
{
    const Goal g = goal();
    Problems found = Validation::check(g);
    if (found.isEmpty()) {
        if (Status status = m_workspace.goals().checkReferences(g); !status)
            found.append({status.error().field, status.error().message});
    }
    return found;
}

} // namespace Coalition::Ui
