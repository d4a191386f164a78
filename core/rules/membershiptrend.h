// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QDate>
#include <QList>

namespace Coalition {

// How many organizations were active members of a coalition on one day.
struct MembershipTrendPoint
{
    QDate on;
    int active = 0;

    bool operator==(const MembershipTrendPoint &) const = default;
};

// Membership over time, worked out from the memberships' joined and left
// dates and their status history: pure, no database.
namespace MembershipTrend {

// Whether the membership was active at the end of `day`. Its status that day
// is the one of the latest history change dated on or before it; before the
// first change (or with no history at all) an organization with a joined
// date on or before the day counts as active from that date. Never active
// before its joined date, nor from its left date on.
bool isActiveOn(const Membership &membership, const QDate &day);

// The days the trend is measured on: the last day of each of the `months - 1`
// months before the one holding `today`, then `today` itself (the current
// month has not ended). Oldest first; empty when `today` is invalid or
// `months` is below 1.
QList<QDate> measuringDays(const QDate &today, int months = 24);

// The number of active members on each of measuringDays(today, months).
QList<MembershipTrendPoint> compute(const QList<Membership> &memberships, const QDate &today,
                                    int months = 24);

} // namespace MembershipTrend

} // namespace Coalition
