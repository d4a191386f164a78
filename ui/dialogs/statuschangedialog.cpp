// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/statuschangedialog.h"

#include "models/memberdisplay.h"
#include "widgets/enumchoices.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

// The status a member usually moves to next, offered first.
MembershipStatus nextStatus(MembershipStatus status)
{
    switch (status) {
    case MembershipStatus::Prospective:
        return MembershipStatus::Invited;
    case MembershipStatus::Invited:
    case MembershipStatus::Inactive:
        return MembershipStatus::Active;
    case MembershipStatus::Active:
        return MembershipStatus::Inactive;
    case MembershipStatus::Withdrawn:
        break;
    }
    return MembershipStatus::Active;
}

} // namespace

StatusChangeDialog::StatusChangeDialog(const Membership &membership,
                                       const QString &organizationName, QWidget *parent)
    : RecordDialog(parent)
    , m_membership(membership)
    , m_status(new QComboBox(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_note(new QLineEdit(this))
{
    setWindowTitle(tr("Change Status"));
    QString current
        = tr("%1 is <b>%2</b>.")
              .arg(organizationName.toHtmlEscaped(), enumLabel(membership.status).toHtmlEscaped());
    if (!membership.history.isEmpty())
        current = tr("%1 is <b>%2</b> since %3.")
                      .arg(organizationName.toHtmlEscaped(),
                           enumLabel(membership.status).toHtmlEscaped(),
                           MemberDisplay::date(membership.history.constLast().on));
    auto *intro = new QLabel(current, this);
    intro->setObjectName(u"currentStatus"_s);
    intro->setWordWrap(true);
    addRow(intro);

    fillEnumCombo<MembershipStatus>(m_status);
    setComboEnum(m_status, nextStatus(membership.status));
    m_date->setCalendarPopup(true);
    m_date->setToolTip(tr("The day the status changed; not before the last recorded change"));
    m_note->setPlaceholderText(tr("Why, or what was decided (optional)"));

    addField(u"new-status"_s, tr("&New status:"), m_status);
    addField(u"date"_s, tr("&Date:"), m_date);
    addField(u"note"_s, tr("N&ote:"), m_note);
    watch(m_status);
    watch(m_date);
    watch(m_note);
    setMinimumWidth(420);
    finishForm();
}

MembershipStatus StatusChangeDialog::status() const
{
    return comboEnum<MembershipStatus>(m_status);
}

QDate StatusChangeDialog::date() const
{
    return m_date->date();
}

QString StatusChangeDialog::note() const
{
    return m_note->text().trimmed();
}

Problems StatusChangeDialog::problems() const
{
    // The member as it would be after the change, checked by the core. Its
    // history check ("status") is about the date chosen here.
    Membership after = m_membership;
    after.status = status();
    after.history.append({status(), date(), note()});
    if (after.status == MembershipStatus::Withdrawn && !after.leftOn.isValid())
        after.leftOn = date();
    if (after.status == MembershipStatus::Active && !after.joinedOn.isValid())
        after.joinedOn = date();
    Problems found = Validation::check(after);
    for (FieldProblem &problem : found) {
        if (problem.field == u"status"_s || problem.field == u"left"_s)
            problem.field = u"date"_s;
    }
    return found;
}

} // namespace Coalition::Ui
