// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QString>

namespace Coalition::Ui::MemberDisplay {

// How the coalition pages write amounts, dates and a member's contributions
// for the reader: in the user's locale, unlike the files' fixed forms.
QString money(qint64 cents);
QString date(const QDate &date);
// "Volunteers 300.00 per quarter", "Meeting or office space".
QString contribution(const Contribution &contribution);
// Every contribution, separated by "; ".
QString contributions(const QList<Contribution> &contributions);
// What the dues cell says on hover: the amount, how far it is paid, and how
// long ago that was when the dues are overdue.
QString duesToolTip(const Membership &membership, const QDate &today);

} // namespace Coalition::Ui::MemberDisplay
