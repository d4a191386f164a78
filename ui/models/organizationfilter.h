// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/matchers.h"
#include "domain/types.h"

#include <optional>

namespace Coalition::Ui {

// OrganizationMatcher's question asked of a precomputed, case-folded search
// text instead of the record, so that filtering 100,000 rows per keystroke
// stays cheap. Answers exactly as OrganizationMatcher does: the search text
// holds the searched fields folded the way a case-insensitive comparison
// folds them, joined by a separator no match can cross; the rare needle that
// contains the separator is left to the core matcher (needsRecords()).
class OrganizationFilter final
{
public:
    OrganizationFilter() = default;
    OrganizationFilter(const QString &text, std::optional<Sector> sector);

    // The text a row keeps for matching: name, mission and tags, folded.
    static QString searchText(const Organization &organization);

    bool isEmpty() const { return m_text.isEmpty() && !m_sector; }
    QString text() const { return m_text; }
    std::optional<Sector> sector() const { return m_sector; }

    // Whether every organization this filter accepts is also accepted by
    // `previous` (the user typed one more character): then only the rows
    // `previous` let through need testing.
    bool narrows(const OrganizationFilter &previous) const;

    // True when the search text cannot answer; use coreMatcher() on records.
    bool needsRecords() const { return m_needsRecords; }
    OrganizationMatcher coreMatcher() const;

    bool matches(Sector sector, const QString &searchText) const;

    bool operator==(const OrganizationFilter &other) const
    {
        return m_text == other.m_text && m_sector == other.m_sector;
    }

private:
    QString m_text; // trimmed, case-folded: what OrganizationMatcher searches for
    QString m_rawText;
    std::optional<Sector> m_sector;
    quint32 m_sectorsMatchingText = 0; // bit per sector whose key or label holds the text
    bool m_needsRecords = false;
};

} // namespace Coalition::Ui
