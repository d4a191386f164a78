// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkfigures.h"

#include <QSet>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

constexpr std::array AllLevels{RelationshipLevel::Networking, RelationshipLevel::Coordinating,
                               RelationshipLevel::Cooperating, RelationshipLevel::Collaborating};

// Rounded half up, as the decision tally shows its shares.
QString percentText(qint64 part, qint64 whole)
{
    const qint64 rounded = whole <= 0 ? 0 : (part * 200 + whole) / (2 * whole);
    return QString::number(rounded) + u'%';
}

// Enumeration labels are title-case for lists and buttons; inside a sentence
// they read as ordinary words.
template<typename E>
QString labelInSentence(E value)
{
    return enumLabel(value).toLower();
}

const RelationshipView *viewOf(const Relationship &relationship, Id organizationId)
{
    for (const RelationshipView &view : relationship.views) {
        if (view.organizationId == organizationId)
            return &view;
    }
    return nullptr;
}

struct Counted
{
    QList<NetworkTie> ties;
    int outside = 0; // relationships with an organization that is not a member
    int duplicates = 0; // further relationships of a pair already counted
    int selfTies = 0; // an organization "related" to itself
};

Counted countTies(const QSet<Id> &memberIds, const QList<Relationship> &relationships)
{
    Counted counted;
    QSet<std::pair<Id, Id>> seen;
    for (const Relationship &relationship : relationships) {
        const Id first = std::min(relationship.firstId, relationship.secondId);
        const Id second = std::max(relationship.firstId, relationship.secondId);
        if (first == second) {
            ++counted.selfTies;
            continue;
        }
        if (!memberIds.contains(first) || !memberIds.contains(second)) {
            ++counted.outside;
            continue;
        }
        if (seen.contains({first, second})) {
            ++counted.duplicates;
            continue;
        }
        seen.insert({first, second});
        counted.ties.append({relationship.id, first, second, relationship.level, relationship.trust,
                             NetworkEngine::sidesDisagree(relationship)});
    }
    std::sort(counted.ties.begin(), counted.ties.end(), [](const auto &a, const auto &b) {
        return std::pair(a.firstId, a.secondId) < std::pair(b.firstId, b.secondId);
    });
    return counted;
}

// Whether the tie with `candidate` beats the current strongest one: higher
// level, then higher trust, then the other organization's name, then its id.
bool isStronger(const NetworkTie &candidate, const QString &candidateName, Id candidateOther,
                const OrganizationTies &current, const QString &currentName)
{
    if (!current.strongestWith)
        return true;
    if (candidate.level != *current.strongestLevel)
        return candidate.level > *current.strongestLevel;
    if (candidate.trust != *current.strongestTrust)
        return candidate.trust > *current.strongestTrust;
    const int byName = QString::compare(candidateName, currentName, Qt::CaseInsensitive);
    if (byName != 0)
        return byName < 0;
    return candidateOther < *current.strongestWith;
}

QString densityReason(int members, int pairs, int tiedPairs)
{
    const QString density = percentText(tiedPairs, pairs);
    switch (members) {
    case 0:
        return NetworkEngine::tr("There are no members, so there is no pair to count: density %1.")
            .arg(density);
    case 1:
        return NetworkEngine::tr("A single member makes no pair: density %1.").arg(density);
    case 2:
        return tiedPairs > 0
            ? NetworkEngine::tr("2 members make 1 pair, and it has a relationship: density %1.")
                  .arg(density)
            : NetworkEngine::tr("2 members make 1 pair, and it has no relationship: density %1.")
                  .arg(density);
    default:
        return NetworkEngine::tr("%1 members make %2 pairs; %3 of them have a relationship: "
                                 "density %4.")
            .arg(members)
            .arg(pairs)
            .arg(tiedPairs)
            .arg(density);
    }
}

QString levelReason(const NetworkFigures &figures)
{
    QStringList parts;
    for (const RelationshipLevel level : AllLevels) {
        const int count = figures.pairsAtLevel.at(static_cast<std::size_t>(level));
        parts.append(NetworkEngine::tr("%1 %2 (%3)")
                         .arg(labelInSentence(level))
                         .arg(count)
                         .arg(percentText(count, figures.pairs)));
    }
    return NetworkEngine::tr("Pairs at each level, as a share of all pairs: %1.")
        .arg(parts.join(u", "_s));
}

QString isolatedReason(const NetworkFigures &figures, const QHash<Id, QString> &names)
{
    if (figures.isolated.isEmpty())
        return NetworkEngine::tr("Every member has a relationship with at least one other member.");
    QStringList listed;
    for (const Id id : figures.isolated)
        listed.append(names.value(id));
    if (figures.isolated.size() == 1)
        return NetworkEngine::tr("1 member has no relationship with another member: %1.")
            .arg(listed.first());
    return NetworkEngine::tr("%1 members have no relationship with another member: %2.")
        .arg(figures.isolated.size())
        .arg(listed.join(u", "_s));
}

void addLeftOutReasons(const Counted &counted, QStringList *reasons)
{
    if (counted.outside == 1)
        reasons->append(NetworkEngine::tr(
            "1 relationship with an organization that is not a member was left out."));
    else if (counted.outside > 1)
        reasons->append(NetworkEngine::tr("%1 relationships with an organization that is not a "
                                          "member were left out.")
                            .arg(counted.outside));
    if (counted.duplicates == 1)
        reasons->append(NetworkEngine::tr(
            "1 more relationship for a pair already counted was left out; the first one counts."));
    else if (counted.duplicates > 1)
        reasons->append(NetworkEngine::tr("%1 more relationships for pairs already counted were "
                                          "left out; the first one of each pair counts.")
                            .arg(counted.duplicates));
    if (counted.selfTies == 1)
        reasons->append(
            NetworkEngine::tr("1 relationship joining an organization with itself was left out."));
    else if (counted.selfTies > 1)
        reasons->append(NetworkEngine::tr("%1 relationships joining an organization with itself "
                                          "were left out.")
                            .arg(counted.selfTies));
}

} // namespace

NetworkFigures NetworkEngine::compute(const QList<NetworkMember> &members,
                                      const QList<Relationship> &relationships)
{
    NetworkFigures figures;
    QSet<Id> memberIds;
    QHash<Id, QString> names;
    for (const NetworkMember &member : members) {
        if (memberIds.contains(member.organizationId))
            continue; // listed twice: one member all the same
        memberIds.insert(member.organizationId);
        names.insert(member.organizationId, member.name);
        figures.organizations.append(
            {member.organizationId, member.name, 0, std::nullopt, std::nullopt, std::nullopt});
    }

    const Counted counted = countTies(memberIds, relationships);
    figures.ties = counted.ties;
    figures.members = static_cast<int>(figures.organizations.size());
    figures.pairs = figures.members * (figures.members - 1) / 2;
    figures.tiedPairs = static_cast<int>(figures.ties.size());
    for (const NetworkTie &tie : std::as_const(figures.ties)) {
        ++figures.pairsAtLevel[static_cast<std::size_t>(tie.level)];
        if (tie.sidesDisagree)
            ++figures.disagreements;
    }
    if (figures.pairs > 0) {
        figures.density = double(figures.tiedPairs) / figures.pairs;
        for (std::size_t i = 0; i < figures.shareAtLevel.size(); ++i)
            figures.shareAtLevel[i] = double(figures.pairsAtLevel[i]) / figures.pairs;
    }

    QHash<Id, qsizetype> row;
    for (qsizetype i = 0; i < figures.organizations.size(); ++i)
        row.insert(figures.organizations.at(i).organizationId, i);
    for (const NetworkTie &tie : std::as_const(figures.ties)) {
        for (const auto &[self, other] :
             {std::pair(tie.firstId, tie.secondId), std::pair(tie.secondId, tie.firstId)}) {
            OrganizationTies &o = figures.organizations[row.value(self)];
            ++o.ties;
            const QString currentName = o.strongestWith ? names.value(*o.strongestWith) : QString();
            if (isStronger(tie, names.value(other), other, o, currentName)) {
                o.strongestWith = other;
                o.strongestLevel = tie.level;
                o.strongestTrust = tie.trust;
            }
        }
    }
    for (const OrganizationTies &o : std::as_const(figures.organizations)) {
        if (o.ties == 0)
            figures.isolated.append(o.organizationId);
    }

    figures.reasons.append(densityReason(figures.members, figures.pairs, figures.tiedPairs));
    if (figures.pairs > 0)
        figures.reasons.append(levelReason(figures));
    if (figures.tiedPairs > 0)
        figures.reasons.append(
            tr("A member's ties count its relationships with other members; its strongest tie is "
               "the one at the highest level, then with the highest trust, then with the "
               "organization first by name."));
    if (figures.members > 0)
        figures.reasons.append(isolatedReason(figures, names));
    addLeftOutReasons(counted, &figures.reasons);
    if (figures.disagreements == 1)
        figures.reasons.append(tr("The two sides rate 1 relationship differently."));
    else if (figures.disagreements > 1)
        figures.reasons.append(
            tr("The two sides rate %1 relationships differently.").arg(figures.disagreements));
    return figures;
}

bool NetworkEngine::sidesDisagree(const Relationship &relationship)
{
    const RelationshipView *first = viewOf(relationship, relationship.firstId);
    const RelationshipView *second = viewOf(relationship, relationship.secondId);
    return first && second && relationship.firstId != relationship.secondId
        && (first->level != second->level || first->trust != second->trust);
}

QStringList NetworkEngine::disagreement(const Relationship &relationship,
                                        const QHash<Id, QString> &organizationNames)
{
    if (!sidesDisagree(relationship))
        return {};
    const auto name = [&organizationNames](Id id) {
        return organizationNames.value(id, tr("Organization %1").arg(id));
    };
    const RelationshipView *first = viewOf(relationship, relationship.firstId);
    const RelationshipView *second = viewOf(relationship, relationship.secondId);
    return {tr("%1 sees it as %2 with %3 trust; %4 as %5 with %6 trust.")
                .arg(name(relationship.firstId), labelInSentence(first->level),
                     labelInSentence(first->trust), name(relationship.secondId),
                     labelInSentence(second->level), labelInSentence(second->trust))};
}

} // namespace Coalition
