// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/taskdialog.h"

#include "models/actiondata.h"
#include "storage/workspace.h"
#include "widgets/actionchoices.h"
#include "widgets/enumchoices.h"
#include "widgets/optionaldateedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

TaskDialog::TaskDialog(Workspace &workspace, const ActionData &source, const Task &task,
                       QWidget *parent)
    : RecordDialog(parent)
    , m_workspace(workspace)
    , m_original(task)
    , m_title(new QLineEdit(this))
    , m_responsible(new QComboBox(this))
    , m_start(new OptionalDateEdit(tr("S&tarts"), this))
    , m_due(new OptionalDateEdit(tr("&Due"), this))
    , m_status(new QComboBox(this))
    , m_done(new OptionalDateEdit(tr("Do&ne on"), this))
    , m_confidential(
          new QCheckBox(tr("&Confidential — left out of reports unless asked for"), this))
    , m_notes(new QPlainTextEdit(this))
{
    setWindowTitle(task.id > 0 ? tr("Edit Task") : tr("Add Task"));
    m_title->setText(task.title);
    m_title->setPlaceholderText(tr("Such as “Book the hall for the workshop”"));
    fillIdCombo(m_responsible, tr("— (nobody yet)"), source.memberChoices(), task.responsibleId);
    m_start->setDate(task.startOn);
    m_due->setDate(task.dueOn);
    fillEnumCombo<TaskStatus>(m_status);
    setComboEnum(m_status, task.status);
    m_done->setDate(task.doneOn);
    m_confidential->setChecked(task.confidential);
    m_notes->setPlainText(task.notes);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().lineSpacing() * 3);

    addField(u"title"_s, tr("&Title:"), m_title);
    addField(u"responsible"_s, tr("&Responsible:"), m_responsible);
    addField(u"start"_s, tr("&Start:"), m_start);
    addField(u"due"_s, tr("Du&e:"), m_due);
    addField(u"status"_s, tr("St&atus:"), m_status);
    addField(u"done"_s, tr("Done:"), m_done);
    addRow(m_confidential);
    addField(u"notes"_s, tr("N&otes:"), m_notes);
    for (QWidget *input :
         std::initializer_list<QWidget *>{m_title, m_responsible, m_status, m_notes})
        watch(input);
    for (OptionalDateEdit *date : {m_start, m_due, m_done})
        connect(date, &OptionalDateEdit::dateChanged, this, &RecordDialog::revalidate);
    setMinimumWidth(460);
    finishForm();
}

Task TaskDialog::task() const
{
    Task t = m_original;
    t.title = m_title->text().trimmed();
    t.responsibleId = comboId(m_responsible);
    t.startOn = m_start->date();
    t.dueOn = m_due->date();
    t.status = comboEnum<TaskStatus>(m_status);
    t.doneOn = m_done->date();
    t.confidential = m_confidential->isChecked();
    t.notes = m_notes->toPlainText().trimmed();
    return t;
}

Problems TaskDialog::problems() const
{
    const Task t = task();
    Problems found = Validation::check(t);
    if (found.isEmpty()) {
        if (Status status = m_workspace.tasks().checkReferences(t); !status)
            found.append({status.error().field, status.error().message});
    }
    return found;
}

} // namespace Coalition::Ui
