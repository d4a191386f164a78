// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchers.h"

namespace Coalition {

namespace {

bool containsFolded(const QString &haystack, const QString &foldedNeedle)
{
    return haystack.contains(foldedNeedle, Qt::CaseInsensitive);
}

} // namespace

OrganizationMatcher::OrganizationMatcher(const QString &text, std::optional<Sector> sector)
    : m_text(text.trimmed().toCaseFolded())
    , m_sector(sector)
{ }

bool OrganizationMatcher::matches(const Organization &organization) const
{
    if (m_sector && organization.sector != *m_sector)
        return false;
    if (m_text.isEmpty())
        return true;
    if (containsFolded(organization.name, m_text) || containsFolded(organization.mission, m_text)
        || containsFolded(enumKey(organization.sector), m_text)
        || containsFolded(enumLabel(organization.sector), m_text))
        return true;
    for (const QString &tag : organization.tags) {
        if (containsFolded(tag, m_text))
            return true;
    }
    return false;
}

PersonMatcher::PersonMatcher(const QString &text)
    : m_text(text.trimmed().toCaseFolded())
{ }

bool PersonMatcher::matches(const Person &person, const QString &organizationName) const
{
    return m_text.isEmpty() || containsFolded(person.name, m_text)
        || containsFolded(person.role, m_text) || containsFolded(person.email, m_text)
        || containsFolded(organizationName, m_text);
}

} // namespace Coalition
