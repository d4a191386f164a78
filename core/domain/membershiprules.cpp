// SPDX-License-Identifier: GPL-3.0-or-later
#include "membershiprules.h"

namespace Coalition {

namespace MembershipRules {

bool isDuesOverdue(const Membership &membership, const QDate &today)
{
    const bool belongs = membership.status == MembershipStatus::Active
        || membership.status == MembershipStatus::Inactive;
    return belongs && membership.duesCents > 0 && membership.duesPaidThrough.isValid()
        && membership.duesPaidThrough < today;
}

int wholeMonthsBetween(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
    // addMonths clamps to the end of a shorter month, which is what "a month
    // later" means for a date like the 31st.
    if (from.addMonths(months) > to)
        --months;
    return months;
}

} // namespace MembershipRules

MembershipMatcher::MembershipMatcher(const QString &text, std::optional<MembershipStatus> status)
    : m_text(text.simplified().toCaseFolded())
    , m_status(status)
{ }

bool MembershipMatcher::matches(const Membership &membership, const QString &organizationName,
                                const QString &representativeName) const
{
    if (m_status && membership.status != *m_status)
        return false;
    if (m_text.isEmpty())
        return true;
    return organizationName.toCaseFolded().contains(m_text)
        || representativeName.toCaseFolded().contains(m_text);
}

} // namespace Coalition
