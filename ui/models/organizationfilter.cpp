// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/organizationfilter.h"

namespace Coalition::Ui {

namespace {

constexpr QChar Separator(0x1f); // UNIT SEPARATOR: typed by no one

quint32 sectorBit(Sector sector)
{
    return quint32(1) << static_cast<int>(sector);
}

} // namespace

OrganizationFilter::OrganizationFilter(const QString &text, std::optional<Sector> sector)
    : m_text(text.trimmed().toCaseFolded())
    , m_rawText(text)
    , m_sector(sector)
    , m_needsRecords(m_text.contains(Separator))
{
    if (m_text.isEmpty())
        return;
    // Whether a sector's key or label holds the text does not depend on the
    // row: ask the core matcher once per sector, with nothing else to match.
    const OrganizationMatcher matcher(text, std::nullopt);
    for (const auto &entry : enumEntries<Sector>()) {
        Organization probe;
        probe.sector = entry.value;
        if (matcher.matches(probe))
            m_sectorsMatchingText |= sectorBit(entry.value);
    }
}

QString OrganizationFilter::searchText(const Organization &organization)
{
    // toCaseFolded() folds code point by code point (simple folding), which
    // is what Qt::CaseInsensitive comparisons do: a case-sensitive search of
    // the folded needle in this text finds exactly what they find.
    QString text = organization.name;
    text += Separator;
    text += organization.mission;
    for (const QString &tag : organization.tags) {
        text += Separator;
        text += tag;
    }
    // Most registries are mostly ASCII, whose folding is lowering A-Z; the
    // general folding (idempotent, so the lowered prefix is no harm) only
    // when another character turns up. Loading 100,000 rows feels the difference.
    for (QChar &c : text) {
        const char16_t unit = c.unicode();
        if (unit >= 0x80)
            return text.toCaseFolded();
        if (unit >= u'A' && unit <= u'Z')
            c = QChar(unit + (u'a' - u'A'));
    }
    return text;
}

bool OrganizationFilter::narrows(const OrganizationFilter &previous) const
{
    if (previous.m_sector && previous.m_sector != m_sector)
        return false;
    return m_text.contains(previous.m_text);
}

OrganizationMatcher OrganizationFilter::coreMatcher() const
{
    return OrganizationMatcher(m_rawText, m_sector);
}

bool OrganizationFilter::matches(Sector sector, const QString &searchText) const
{
    if (m_sector && sector != *m_sector)
        return false;
    if (m_text.isEmpty() || (m_sectorsMatchingText & sectorBit(sector)))
        return true;
    return searchText.contains(m_text);
}

} // namespace Coalition::Ui
