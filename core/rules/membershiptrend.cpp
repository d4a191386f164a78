// SPDX-License-Identifier: GPL-3.0-or-later
#include "membershiptrend.h"

namespace Coalition::MembershipTrend {

bool isActiveOn(const Membership &membership, const QDate &day)
{
    if (!day.isValid())
        return false;
    // The dates bound the history: an imported record may carry a joined
    // date older than its first recorded change, or a left date that no
    // change marks.
    if (membership.joinedOn.isValid() && day < membership.joinedOn)
        return false;
    if (membership.leftOn.isValid() && day >= membership.leftOn)
        return false;
    // History is kept oldest first; the last change on or before the day wins.
    const StatusChange *latest = nullptr;
    for (const StatusChange &change : membership.history) {
        if (change.on.isValid() && change.on <= day)
            latest = &change;
    }
    if (latest)
        return latest->status == MembershipStatus::Active;
    return membership.joinedOn.isValid();
}

QList<QDate> measuringDays(const QDate &today, int months)
{
    QList<QDate> days;
    if (!today.isValid() || months < 1)
        return days;
    days.reserve(months);
    const QDate firstOfMonth(today.year(), today.month(), 1);
    for (int back = months - 1; back >= 1; --back)
        days.append(firstOfMonth.addMonths(-back + 1).addDays(-1));
    days.append(today);
    return days;
}

QList<MembershipTrendPoint> compute(const QList<Membership> &memberships, const QDate &today,
                                    int months)
{
    QList<MembershipTrendPoint> points;
    const QList<QDate> days = measuringDays(today, months);
    points.reserve(days.size());
    for (const QDate &day : days) {
        MembershipTrendPoint point{day, 0};
        for (const Membership &membership : memberships) {
            if (isActiveOn(membership, day))
                ++point.active;
        }
        points.append(point);
    }
    return points;
}

} // namespace Coalition::MembershipTrend
