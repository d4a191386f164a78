// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/progressreportdialog.h"

#include "models/actiondata.h"
#include "storage/workspace.h"
#include "widgets/actionchoices.h"
#include "widgets/optionaldateedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

ProgressReportDialog::ProgressReportDialog(Workspace &workspace, const ActionData &source,
                                           const ProgressReport &report, QWidget *parent)
    : RecordDialog(parent)
    , m_workspace(workspace)
    , m_original(report)
    , m_period(new QLineEdit(this))
    , m_author(new QComboBox(this))
    , m_received(new OptionalDateEdit(tr("&Received on"), this))
    , m_text(new QPlainTextEdit(this))
    , m_confidential(
          new QCheckBox(tr("&Confidential — left out of reports unless asked for"), this))
{
    setWindowTitle(report.id > 0 ? tr("Edit Progress Report") : tr("Add Progress Report"));
    m_period->setText(report.period.year > 0 ? report.period.toString() : QString());
    m_period->setPlaceholderText(tr("A month such as 2026-10, or a quarter such as 2026-Q4"));
    fillIdCombo(m_author, tr("— (not recorded)"), source.personChoices(), report.authorId);
    m_received->setDate(report.receivedOn);
    m_text->setPlainText(report.text);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What the group did, what is next, what it needs"));
    m_confidential->setChecked(report.confidential);

    addField(u"period"_s, tr("&Period:"), m_period);
    addField(u"author"_s, tr("&Author:"), m_author);
    addField(u"received"_s, tr("Recei&ved:"), m_received);
    addField(u"text"_s, tr("&Report:"), m_text);
    addRow(m_confidential);
    for (QWidget *input : std::initializer_list<QWidget *>{m_period, m_author, m_text})
        watch(input);
    connect(m_received, &OptionalDateEdit::dateChanged, this, &RecordDialog::revalidate);
    setMinimumWidth(480);
    finishForm();
}

ProgressReport ProgressReportDialog::report() const
{
    ProgressReport r = m_original;
    r.period = ReportPeriod::parse(m_period->text().trimmed()).value_or(ReportPeriod{});
    r.authorId = comboId(m_author);
    r.receivedOn = m_received->date();
    r.text = m_text->toPlainText().trimmed();
    r.confidential = m_confidential->isChecked();
    return r;
}

Problems ProgressReportDialog::problems() const
{
    const ProgressReport r = report();
    Problems found = Validation::check(r);
    if (found.isEmpty()) {
        if (Status status = m_workspace.progressReports().checkReferences(r); !status)
            found.append({status.error().field, status.error().message});
    }
    return found;
}

} // namespace Coalition::Ui
