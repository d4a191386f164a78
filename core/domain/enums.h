// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace Coalition {

// The closed vocabularies of the domain. Each value has a stable key (used in
// files, the database and on the command line) and a translatable label.

enum class Sector {
    CommunityGroup,
    Nonprofit,
    PublicAgency,
    Education,
    Health,
    Faith,
    Business,
    Funder,
    Individual,
    Other,
};

enum class CoalitionType {
    InformationNetwork,
    Association,
    CoordinatingCouncil,
    Campaign,
    OngoingCoalition,
};

enum class MembershipStatus {
    Prospective,
    Invited,
    Active,
    Inactive,
    Withdrawn,
};

enum class MembershipKind {
    VotingMember,
    NonVotingAlly,
    Observer,
};

enum class ContributionKind {
    StaffTime,
    Volunteers,
    Expertise,
    Space,
    Money,
    InKind,
};

enum class ContributionPeriod {
    OneOff,
    Monthly,
    Quarterly,
    Yearly,
};

enum class InterestKind {
    Shared,
    Conflicting,
};

template<typename E>
struct EnumEntry
{
    E value;
    const char *key; // stable, lower-case, hyphenated
    const char *label; // source text of the translatable label
};

// Table access, one specialisation per enumeration (defined in enums.cpp).
template<typename E>
std::span<const EnumEntry<E>> enumEntries();

// Context under which enumeration labels are translated.
inline constexpr const char *EnumTranslationContext = "Coalition::Enums";

template<typename E>
QString enumKey(E value)
{
    for (const auto &entry : enumEntries<E>()) {
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

template<typename E>
QString enumLabel(E value)
{
    for (const auto &entry : enumEntries<E>()) {
        if (entry.value == value)
            return QCoreApplication::translate(EnumTranslationContext, entry.label);
    }
    return {};
}

template<typename E>
QStringList enumKeys()
{
    QStringList keys;
    for (const auto &entry : enumEntries<E>())
        keys.append(QString::fromLatin1(entry.key));
    return keys;
}

QString normaliseEnumText(const QString &text);

// Accepts the key or the English label in any letter case, with spaces,
// hyphens and underscores treated alike ("Public agency", "public_agency").
template<typename E>
std::optional<E> enumFromText(const QString &text)
{
    // Stored values are keys: match those exactly before normalising, which
    // would dominate reading a large table.
    for (const auto &entry : enumEntries<E>()) {
        if (text == QLatin1String(entry.key))
            return entry.value;
    }
    const QString wanted = normaliseEnumText(text);
    if (wanted.isEmpty())
        return std::nullopt;
    for (const auto &entry : enumEntries<E>()) {
        if (normaliseEnumText(QString::fromLatin1(entry.key)) == wanted
            || normaliseEnumText(QString::fromLatin1(entry.label)) == wanted)
            return entry.value;
    }
    return std::nullopt;
}

// The name of the vocabulary, for messages ("sector", "membership status").
template<typename E>
QString enumVocabularyName();

} // namespace Coalition
