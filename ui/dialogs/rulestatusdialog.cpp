// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/rulestatusdialog.h"

#include "models/memberdisplay.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

RuleStatusDialog::RuleStatusDialog(const GroundRule &rule, RuleStatus status, QWidget *parent)
    : RecordDialog(parent)
    , m_rule(rule)
    , m_status(status)
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_note(new QLineEdit(this))
{
    setWindowTitle(status == RuleStatus::Retired ? tr("Retire Ground Rule")
                                                 : tr("Change Ground Rule Status"));
    QString text = status == RuleStatus::Retired
        ? tr("“%1” stops being in force. It stays in the list, greyed, with its history.")
              .arg(rule.title)
        : tr("“%1” becomes %2.").arg(rule.title, enumLabel(status).toLower());
    if (!rule.history.isEmpty())
        text += u' '
            + tr("Its last change is dated %1.").arg(MemberDisplay::date(rule.history.last().on));
    auto *intro = new QLabel(text, this);
    intro->setObjectName(u"statusIntro"_s);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    addRow(intro);

    m_date->setCalendarPopup(true);
    m_date->setToolTip(tr("The day the change took effect"));
    m_note->setPlaceholderText(status == RuleStatus::Retired
                                   ? tr("Why the rule is retired (optional)")
                                   : tr("Why, or what was decided (optional)"));
    addField(u"date"_s, tr("&Date:"), m_date);
    addField(u"note"_s, tr("&Note:"), m_note);
    watch(m_date);
    watch(m_note);
    setMinimumWidth(420);
    finishForm();
}

QDate RuleStatusDialog::date() const
{
    return m_date->date();
}

QString RuleStatusDialog::note() const
{
    return m_note->text().trimmed();
}

Problems RuleStatusDialog::problems() const
{
    // The rule as it would be after the change, checked by the core; its
    // history check is about the date chosen here.
    GroundRule after = m_rule;
    after.status = m_status;
    after.history.append({date(), m_status, m_rule.text, note()});
    Problems found = Validation::check(after);
    for (FieldProblem &problem : found) {
        if (problem.field == u"history"_s) {
            problem.field = u"date"_s;
            if (!m_rule.history.isEmpty())
                problem.message = tr("The change cannot come before the last one, dated %1.")
                                      .arg(MemberDisplay::date(m_rule.history.last().on));
        }
    }
    if (note().size() > Validation::MaxNameLength)
        found.append(
            {u"note"_s,
             tr("Keep the note to %1 characters or fewer.").arg(Validation::MaxNameLength)});
    return found;
}

} // namespace Coalition::Ui
