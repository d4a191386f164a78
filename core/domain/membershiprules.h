// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <optional>

namespace Coalition {

// Small judgements about a membership that the desktop and the command line
// share: whether its dues are overdue, how long ago a date was.
namespace MembershipRules {

// Whether an organization that belongs to the coalition (active or inactive)
// and pays dues has paid only through a date before `today`. Prospective and
// invited organizations owe nothing yet and a withdrawn one has left; without
// a paid-through date there is no payment to be late on.
bool isDuesOverdue(const Membership &membership, const QDate &today);

// Whole calendar months from `from` to `to`: 2026-01-31 to 2026-02-28 is 0,
// to 2026-03-01 is 1. Zero when either date is missing or `to` is not later.
int wholeMonthsBetween(const QDate &from, const QDate &to);

} // namespace MembershipRules

// Chooses the members of a coalition to show: by status, and by text found
// case-insensitively in the organization's or the representative's name.
class MembershipMatcher final
{
public:
    MembershipMatcher() = default;
    MembershipMatcher(const QString &text, std::optional<MembershipStatus> status);

    bool isEmpty() const { return m_text.isEmpty() && !m_status; }
    bool matches(const Membership &membership, const QString &organizationName,
                 const QString &representativeName = {}) const;

private:
    QString m_text; // case-folded
    std::optional<MembershipStatus> m_status;
};

} // namespace Coalition
