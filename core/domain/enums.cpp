// SPDX-License-Identifier: GPL-3.0-or-later
#include "enums.h"

#include <array>

namespace Coalition {

namespace {

constexpr std::array sectorEntries{
    EnumEntry<Sector>{Sector::CommunityGroup, "community-group",
                      QT_TRANSLATE_NOOP("Coalition::Enums", "Community group")},
    EnumEntry<Sector>{Sector::Nonprofit, "nonprofit",
                      QT_TRANSLATE_NOOP("Coalition::Enums", "Nonprofit")},
    EnumEntry<Sector>{Sector::PublicAgency, "public-agency",
                      QT_TRANSLATE_NOOP("Coalition::Enums", "Public agency")},
    EnumEntry<Sector>{Sector::Education, "education",
                      QT_TRANSLATE_NOOP("Coalition::Enums", "Education")},
    EnumEntry<Sector>{Sector::Health, "health", QT_TRANSLATE_NOOP("Coalition::Enums", "Health")},
    EnumEntry<Sector>{Sector::Faith, "faith", QT_TRANSLATE_NOOP("Coalition::Enums", "Faith")},
    EnumEntry<Sector>{Sector::Business, "business",
                      QT_TRANSLATE_NOOP("Coalition::Enums", "Business")},
    EnumEntry<Sector>{Sector::Funder, "funder", QT_TRANSLATE_NOOP("Coalition::Enums", "Funder")},
    EnumEntry<Sector>{Sector::Individual, "individual",
                      QT_TRANSLATE_NOOP("Coalition::Enums", "Individual or citizen")},
    EnumEntry<Sector>{Sector::Other, "other", QT_TRANSLATE_NOOP("Coalition::Enums", "Other")},
};

constexpr std::array coalitionTypeEntries{
    EnumEntry<CoalitionType>{CoalitionType::InformationNetwork, "information-network",
                             QT_TRANSLATE_NOOP("Coalition::Enums", "Information network")},
    EnumEntry<CoalitionType>{CoalitionType::Association, "association",
                             QT_TRANSLATE_NOOP("Coalition::Enums", "Association")},
    EnumEntry<CoalitionType>{CoalitionType::CoordinatingCouncil, "coordinating-council",
                             QT_TRANSLATE_NOOP("Coalition::Enums", "Coordinating council")},
    EnumEntry<CoalitionType>{CoalitionType::Campaign, "campaign",
                             QT_TRANSLATE_NOOP("Coalition::Enums", "Campaign")},
    EnumEntry<CoalitionType>{CoalitionType::OngoingCoalition, "ongoing-coalition",
                             QT_TRANSLATE_NOOP("Coalition::Enums", "Ongoing coalition")},
};

constexpr std::array membershipStatusEntries{
    EnumEntry<MembershipStatus>{MembershipStatus::Prospective, "prospective",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "Prospective")},
    EnumEntry<MembershipStatus>{MembershipStatus::Invited, "invited",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "Invited")},
    EnumEntry<MembershipStatus>{MembershipStatus::Active, "active",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "Active")},
    EnumEntry<MembershipStatus>{MembershipStatus::Inactive, "inactive",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "Inactive")},
    EnumEntry<MembershipStatus>{MembershipStatus::Withdrawn, "withdrawn",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "Withdrawn")},
};

constexpr std::array membershipKindEntries{
    EnumEntry<MembershipKind>{MembershipKind::VotingMember, "voting",
                              QT_TRANSLATE_NOOP("Coalition::Enums", "Voting member")},
    EnumEntry<MembershipKind>{MembershipKind::NonVotingAlly, "ally",
                              QT_TRANSLATE_NOOP("Coalition::Enums", "Non-voting ally")},
    EnumEntry<MembershipKind>{MembershipKind::Observer, "observer",
                              QT_TRANSLATE_NOOP("Coalition::Enums", "Observer")},
};

constexpr std::array contributionKindEntries{
    EnumEntry<ContributionKind>{ContributionKind::StaffTime, "staff-time",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "Staff time")},
    EnumEntry<ContributionKind>{ContributionKind::Volunteers, "volunteers",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "Volunteers")},
    EnumEntry<ContributionKind>{ContributionKind::Expertise, "expertise",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "Expertise")},
    EnumEntry<ContributionKind>{ContributionKind::Space, "space",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "Meeting or office space")},
    EnumEntry<ContributionKind>{ContributionKind::Money, "money",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "Money")},
    EnumEntry<ContributionKind>{ContributionKind::InKind, "in-kind",
                                QT_TRANSLATE_NOOP("Coalition::Enums", "In-kind goods or services")},
};

constexpr std::array contributionPeriodEntries{
    EnumEntry<ContributionPeriod>{ContributionPeriod::OneOff, "one-off",
                                  QT_TRANSLATE_NOOP("Coalition::Enums", "One-off")},
    EnumEntry<ContributionPeriod>{ContributionPeriod::Monthly, "monthly",
                                  QT_TRANSLATE_NOOP("Coalition::Enums", "Per month")},
    EnumEntry<ContributionPeriod>{ContributionPeriod::Quarterly, "quarterly",
                                  QT_TRANSLATE_NOOP("Coalition::Enums", "Per quarter")},
    EnumEntry<ContributionPeriod>{ContributionPeriod::Yearly, "yearly",
                                  QT_TRANSLATE_NOOP("Coalition::Enums", "Per year")},
};

constexpr std::array interestKindEntries{
    EnumEntry<InterestKind>{InterestKind::Shared, "shared",
                            QT_TRANSLATE_NOOP("Coalition::Enums", "Shared with the coalition")},
    EnumEntry<InterestKind>{
        InterestKind::Conflicting, "conflicting",
        QT_TRANSLATE_NOOP("Coalition::Enums", "In conflict with the coalition")},
};

} // namespace

QString normaliseEnumText(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text.trimmed()) {
        if (c == u'-' || c == u'_' || c.isSpace())
            result.append(u'-');
        else
            result.append(c.toCaseFolded());
    }
    return result;
}

#define COALITION_ENUM_TABLE(Type, table, vocabulary)                                              \
    template<>                                                                                     \
    std::span<const EnumEntry<Type>> enumEntries<Type>()                                           \
    {                                                                                              \
        return table;                                                                              \
    }                                                                                              \
    template<>                                                                                     \
    QString enumVocabularyName<Type>()                                                             \
    {                                                                                              \
        return QCoreApplication::translate(EnumTranslationContext, vocabulary);                    \
    }

COALITION_ENUM_TABLE(Sector, sectorEntries, QT_TRANSLATE_NOOP("Coalition::Enums", "sector"))
COALITION_ENUM_TABLE(CoalitionType, coalitionTypeEntries,
                     QT_TRANSLATE_NOOP("Coalition::Enums", "coalition type"))
COALITION_ENUM_TABLE(MembershipStatus, membershipStatusEntries,
                     QT_TRANSLATE_NOOP("Coalition::Enums", "membership status"))
COALITION_ENUM_TABLE(MembershipKind, membershipKindEntries,
                     QT_TRANSLATE_NOOP("Coalition::Enums", "membership kind"))
COALITION_ENUM_TABLE(ContributionKind, contributionKindEntries,
                     QT_TRANSLATE_NOOP("Coalition::Enums", "contribution kind"))
COALITION_ENUM_TABLE(ContributionPeriod, contributionPeriodEntries,
                     QT_TRANSLATE_NOOP("Coalition::Enums", "contribution period"))
COALITION_ENUM_TABLE(InterestKind, interestKindEntries,
                     QT_TRANSLATE_NOOP("Coalition::Enums", "interest kind"))

#undef COALITION_ENUM_TABLE

} // namespace Coalition
