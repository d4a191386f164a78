// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/memberdisplay.h"

#include "domain/membershiprules.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Coalition::Ui::MemberDisplay {

namespace {

// Gives the free functions below a translation context lupdate can see.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::Ui::MemberDisplay)
};

} // namespace

QString money(qint64 cents)
{
    // Built from whole units and cents so that no amount goes through a double.
    const QLocale locale;
    const qint64 magnitude = cents < 0 ? -cents : cents;
    QString fraction = locale.toString(magnitude % 100);
    if (magnitude % 100 < 10)
        fraction.prepend(locale.zeroDigit());
    const QString text = locale.toString(magnitude / 100) + locale.decimalPoint() + fraction;
    return cents < 0 ? locale.negativeSign() + text : text;
}

QString date(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString contribution(const Contribution &contribution)
{
    const QString kind = enumLabel(contribution.kind);
    if (contribution.valueCents == 0)
        return kind;
    const QString value = money(contribution.valueCents);
    switch (contribution.period) {
    case ContributionPeriod::Monthly:
        return Text::tr("%1 %2 per month").arg(kind, value);
    case ContributionPeriod::Quarterly:
        return Text::tr("%1 %2 per quarter").arg(kind, value);
    case ContributionPeriod::Yearly:
        return Text::tr("%1 %2 per year").arg(kind, value);
    case ContributionPeriod::OneOff:
        break;
    }
    return Text::tr("%1 %2 once").arg(kind, value);
}

QString contributions(const QList<Contribution> &contributions)
{
    QStringList parts;
    parts.reserve(contributions.size());
    for (const Contribution &c : contributions)
        parts.append(contribution(c));
    return parts.join(u"; "_s);
}

QString duesToolTip(const Membership &membership, const QDate &today)
{
    if (membership.duesCents <= 0)
        return Text::tr("Pays no dues");
    const QString amount = money(membership.duesCents);
    if (!membership.duesPaidThrough.isValid())
        return Text::tr("Dues of %1; no payment recorded").arg(amount);
    const QString paid = date(membership.duesPaidThrough);
    if (!MembershipRules::isDuesOverdue(membership, today))
        return Text::tr("Dues of %1 paid through %2").arg(amount, paid);
    const int months = MembershipRules::wholeMonthsBetween(membership.duesPaidThrough, today);
    if (months == 0)
        return Text::tr("Dues paid through %1, less than a month ago").arg(paid);
    if (months == 1)
        return Text::tr("Dues paid through %1, a month ago").arg(paid);
    return Text::tr("Dues paid through %1, %n months ago", nullptr, months).arg(paid);
}

} // namespace Coalition::Ui::MemberDisplay
