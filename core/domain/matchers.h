// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <optional>

namespace Coalition {

// Search predicates shared by the command line and the desktop's filter
// proxies. Text matches case-insensitively anywhere in the searched fields.
class OrganizationMatcher final
{
public:
    OrganizationMatcher() = default;
    OrganizationMatcher(const QString &text, std::optional<Sector> sector);

    bool isEmpty() const { return m_text.isEmpty() && !m_sector; }
    // Searches name, sector (key and label), tags and mission.
    bool matches(const Organization &organization) const;

private:
    QString m_text; // case-folded
    std::optional<Sector> m_sector;
};

class PersonMatcher final
{
public:
    PersonMatcher() = default;
    explicit PersonMatcher(const QString &text);

    // Searches name, role, e-mail and the organization's name.
    bool matches(const Person &person, const QString &organizationName) const;

private:
    QString m_text;
};

} // namespace Coalition
