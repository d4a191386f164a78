// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/reopendialog.h"

#include "models/memberdisplay.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

ReopenDialog::ReopenDialog(const Decision &decision, const QDate &decidedOn,
                           const QList<std::pair<QString, Id>> &meetings,
                           const std::optional<ReopeningConditions> &conditions, QWidget *parent)
    : RecordDialog(parent)
    , m_decision(decision)
    , m_decidedOn(decidedOn)
    , m_conditions(conditions)
    , m_on(new QDateEdit(QDate::currentDate(), this))
    , m_meeting(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_information(new QPlainTextEdit(this))
    , m_votesFor(new QSpinBox(this))
    , m_votesCast(new QSpinBox(this))
    , m_check(new QLabel(this))
{
    setWindowTitle(tr("Reopen Decision"));
    QString intro = tr("<b>%1</b> was adopted on %2.")
                        .arg(decision.title.toHtmlEscaped(), MemberDisplay::date(decidedOn));
    if (!conditions) {
        intro += u' ' + tr("Its body has no decision procedure, so no reopening conditions apply.");
    } else {
        QStringList asks;
        if (conditions->minimumDays > 0)
            asks.append(conditions->minimumDays == 1 ? tr("at least 1 day after it was adopted")
                                                     : tr("at least %n days after it was adopted",
                                                          nullptr, conditions->minimumDays));
        asks.append(
            conditions->threshold
                ? tr("%1 of the votes cast to reopen").arg(conditions->threshold->toString())
                : tr("more than half of the votes cast to reopen"));
        if (conditions->newInformationRequired)
            asks.append(tr("new information that was not known then"));
        intro += u' ' + tr("To reopen it the procedure asks for: %1.").arg(asks.join(u"; "_s));
    }
    auto *introLabel = new QLabel(intro, this);
    introLabel->setObjectName(u"reopenConditions"_s);
    introLabel->setWordWrap(true);
    addRow(introLabel);

    m_on->setCalendarPopup(true);
    m_meeting->addItem(tr("(not at a meeting)"), Id(0));
    for (const auto &[name, id] : meetings)
        m_meeting->addItem(name, id);
    m_reason->setPlaceholderText(tr("Why the decision is looked at again"));
    m_information->setTabChangesFocus(true);
    m_information->setPlaceholderText(tr("What is known now that was not then (leave empty when "
                                         "nothing new was brought)"));
    m_information->setFixedHeight(m_information->fontMetrics().lineSpacing() * 3 + 14);
    m_votesFor->setRange(0, 9999);
    m_votesCast->setRange(0, 9999);
    m_check->setObjectName(u"conditionsCheck"_s);
    m_check->setWordWrap(true);
    m_check->setTextFormat(Qt::RichText);

    addField(u"on"_s, tr("&Date:"), m_on);
    addField(u"meeting"_s, tr("At &meeting:"), m_meeting);
    addField(u"reason"_s, tr("&Reason:"), m_reason);
    addField(u"information"_s, tr("&New information:"), m_information);
    addField(u"votesFor"_s, tr("Votes &for reopening:"), m_votesFor);
    addField(u"votes"_s, tr("Votes &cast:"), m_votesCast);
    addRow(m_check);
    for (QWidget *input : {static_cast<QWidget *>(m_on), static_cast<QWidget *>(m_meeting),
                           static_cast<QWidget *>(m_reason), static_cast<QWidget *>(m_information),
                           static_cast<QWidget *>(m_votesFor), static_cast<QWidget *>(m_votesCast)})
        watch(input);
    connect(m_on, &QDateEdit::dateChanged, this, &ReopenDialog::updateConditions);
    connect(m_information, &QPlainTextEdit::textChanged, this, &ReopenDialog::updateConditions);
    connect(m_votesFor, &QSpinBox::valueChanged, this, &ReopenDialog::updateConditions);
    connect(m_votesCast, &QSpinBox::valueChanged, this, &ReopenDialog::updateConditions);
    setMinimumWidth(500);
    updateConditions();
    finishForm();
}

Reopening ReopenDialog::reopening() const
{
    Reopening r;
    r.on = m_on->date();
    const Id meeting = m_meeting->currentData().toLongLong();
    r.meetingId = meeting > 0 ? std::optional<Id>(meeting) : std::nullopt;
    r.reason = m_reason->text().trimmed();
    r.newInformation = m_information->toPlainText().trimmed();
    r.votesFor = m_votesFor->value();
    r.votesCast = m_votesCast->value();
    return r;
}

void ReopenDialog::updateConditions()
{
    if (!m_conditions) {
        m_check->clear();
        return;
    }
    const Reopening r = reopening();
    QStringList lines;
    const auto line = [&lines](bool met, const QString &text) {
        lines.append((met ? u"✔ "_s : u"✘ "_s) + text.toHtmlEscaped());
    };
    if (m_conditions->minimumDays > 0) {
        const qint64 days = m_decidedOn.isValid() ? m_decidedOn.daysTo(r.on) : 0;
        line(days >= m_conditions->minimumDays,
             tr("%1 days after it was adopted; at least %2 needed")
                 .arg(days)
                 .arg(m_conditions->minimumDays));
    }
    if (m_conditions->threshold) {
        const Fraction share = *m_conditions->threshold;
        line(r.votesCast > 0 && share.isMetBy(r.votesFor, r.votesCast),
             tr("%1 of %2 votes cast for reopening; %3 needed")
                 .arg(r.votesFor)
                 .arg(r.votesCast)
                 .arg(share.toString()));
    } else {
        line(2 * qint64(r.votesFor) > r.votesCast,
             tr("%1 of %2 votes cast for reopening; more than half needed")
                 .arg(r.votesFor)
                 .arg(r.votesCast));
    }
    if (m_conditions->newInformationRequired)
        line(!r.newInformation.isEmpty(),
             r.newInformation.isEmpty() ? tr("no new information given; it is required")
                                        : tr("new information given"));
    m_check->setText(tr("As recorded here:") + u"<br>"_s + lines.join(u"<br>"_s) + u"<br><i>"_s
                     + tr("A reopening that misses a condition is kept, with a procedural "
                          "warning.")
                           .toHtmlEscaped()
                     + u"</i>"_s);
}

Problems ReopenDialog::problems() const
{
    const Reopening r = reopening();
    Problems found;
    if (r.reason.isEmpty())
        found.append({u"reason"_s, tr("Say why the decision is reopened.")});
    if (m_decidedOn.isValid() && r.on < m_decidedOn)
        found.append({u"on"_s,
                      tr("The decision was adopted on %1; it can only be reopened on or "
                         "after that day.")
                          .arg(MemberDisplay::date(m_decidedOn))});
    Decision after = m_decision;
    after.reopenings.append(r);
    for (FieldProblem problem : Validation::check(after)) {
        if (problem.field == u"reopenings"_s)
            problem.field = u"on"_s;
        if (problem.field == u"on"_s || problem.field == u"votes"_s)
            found.append(problem);
    }
    return found;
}

} // namespace Coalition::Ui
