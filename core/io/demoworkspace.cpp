// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoworkspace.h"

#include "storage/transaction.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Coalition::DemoWorkspace {

namespace {

struct OrgSeed
{
    const char16_t *name;
    Sector sector;
    const char16_t *mission;
    const char16_t *decisionMaking;
    const char16_t *tags;
    const char16_t *contact;
    const char16_t *role;
};

// Invented organizations of an invented town; any likeness is chance.
const OrgSeed Organizations[] = {
    {u"Riverside Tenants' Union", Sector::CommunityGroup,
     u"Organizes renters along the river wards to secure safe, affordable homes.",
     u"Monthly general assembly, majority vote", u"housing;renters", u"Amara Okafor",
     u"Chairperson"},
    {u"Eastgate Food Bank", Sector::Nonprofit,
     u"Gets groceries to households that run short before the end of the month.",
     u"Board of seven, consensus", u"food;poverty", u"Tomasz Wiśniewski", u"Director"},
    {u"City Public Health Office", Sector::PublicAgency,
     u"Monitors and improves the health of the town's residents.",
     u"Head of office decides after staff consultation", u"health;data", u"Dr. Leila Haddad",
     u"Community health lead"},
    {u"Millbrook Community College", Sector::Education,
     u"Offers vocational and adult education to the region.", u"Academic senate and president",
     u"training;youth", u"Grace Mbeki", u"Dean of outreach"},
    {u"St. Brigid's Parish", Sector::Faith,
     u"Parish community running a hall, a pantry and a youth club.", u"Parish council",
     u"space;volunteers", u"Fr. Daniel Costa", u"Parish priest"},
    {u"Northside Family Clinic", Sector::Health,
     u"Primary care for families regardless of insurance status.", u"Clinical board",
     u"health;families", u"Nurse Ingrid Solberg", u"Outreach nurse"},
    {u"Harbor Credit Union", Sector::Business,
     u"Member-owned savings and loans for the harbour district.", u"Elected board",
     u"finance;housing", u"Luis Fernández", u"Community banking manager"},
    {u"Greenway Foundation", Sector::Funder,
     u"Funds neighbourhood projects on housing, food and green space.", u"Trustees meet quarterly",
     u"grants", u"Priya Raman", u"Programme officer"},
    {u"Youth Voices Collective", Sector::CommunityGroup,
     u"Young people campaigning for a say in local decisions.", u"Open meeting, consensus",
     u"youth;advocacy", u"Jordan Ellis", u"Coordinator"},
    {u"Seniors Together Association", Sector::Nonprofit,
     u"Companionship, transport and advocacy for older residents.", u"Committee of nine",
     u"seniors;transport", u"Margaret O'Neill", u"Secretary"},
    {u"Department of Housing and Planning", Sector::PublicAgency,
     u"Plans land use and manages public housing stock.", u"Departmental hierarchy",
     u"housing;planning", u"Samuel Adeyemi", u"Neighbourhood liaison"},
    {u"Al-Noor Community Centre", Sector::Faith,
     u"Mosque and community centre with language classes and a food cupboard.",
     u"Board of trustees", u"food;language", u"Yusuf Rahman", u"Outreach officer"},
    {u"Lakeside Legal Advice Centre", Sector::Nonprofit,
     u"Free legal advice on tenancy, debt and benefits.", u"Staff collective", u"legal;housing",
     u"Chen Wei", u"Senior adviser"},
    {u"Carla Mendes", Sector::Individual,
     u"Resident and retired schoolteacher active on housing questions.", u"", u"volunteer",
     u"Carla Mendes", u"Resident"},
    {u"Westfield Primary School", Sector::Education, u"Primary school serving the west estates.",
     u"Head teacher and governors", u"children;families", u"Hannah Becker",
     u"Family liaison officer"},
};

struct MemberSeed
{
    int organization; // index into Organizations
    MembershipStatus status;
    MembershipKind kind;
    int joinedMonthsAgo; // 0 = not joined
    qint64 duesCents;
    int paidThroughMonthsFromNow; // negative = overdue
};

const MemberSeed Members[] = {
    {0, MembershipStatus::Active, MembershipKind::VotingMember, 30, 12000, 6},
    {1, MembershipStatus::Active, MembershipKind::VotingMember, 30, 12000, 2},
    {2, MembershipStatus::Active, MembershipKind::NonVotingAlly, 28, 0, 0},
    {3, MembershipStatus::Active, MembershipKind::VotingMember, 26, 12000, -3},
    {4, MembershipStatus::Active, MembershipKind::VotingMember, 30, 6000, 4},
    {5, MembershipStatus::Active, MembershipKind::VotingMember, 24, 12000, 1},
    {6, MembershipStatus::Inactive, MembershipKind::VotingMember, 22, 12000, -8},
    {7, MembershipStatus::Active, MembershipKind::Observer, 20, 0, 0},
    {8, MembershipStatus::Active, MembershipKind::VotingMember, 18, 2500, 5},
    {9, MembershipStatus::Active, MembershipKind::VotingMember, 16, 6000, -1},
    {10, MembershipStatus::Invited, MembershipKind::NonVotingAlly, 0, 0, 0},
    {11, MembershipStatus::Active, MembershipKind::VotingMember, 12, 6000, 3},
    {12, MembershipStatus::Withdrawn, MembershipKind::VotingMember, 27, 12000, -10},
    {13, MembershipStatus::Active, MembershipKind::VotingMember, 9, 0, 0},
    {14, MembershipStatus::Prospective, MembershipKind::VotingMember, 0, 0, 0},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("Coalition::DemoWorkspace", text);
}

QString emailFor(const QString &name)
{
    QString local;
    for (const QChar c : name.toLower()) {
        if (c.isLetter() && c.unicode() < 128)
            local.append(c);
        else if (c == u' ' && !local.endsWith(u'.'))
            local.append(u'.');
    }
    return local + u"@example.org"_s;
}

} // namespace

Status populate(Workspace &workspace, const QDate &today)
{
    auto empty = workspace.isEmpty();
    if (!empty)
        return empty.error();
    if (!*empty)
        return Error{tr("The sample goes into an empty workspace only."), {}, {}};

    Transaction transaction(workspace.database());
    if (!transaction.isActive())
        return transaction.status();

    QList<Id> organizationIds;
    QList<Id> contactIds;
    for (const OrgSeed &seed : Organizations) {
        Organization o;
        o.name = QString::fromUtf16(seed.name);
        o.sector = seed.sector;
        o.mission = QString::fromUtf16(seed.mission);
        o.decisionMaking = QString::fromUtf16(seed.decisionMaking);
        o.tags = QString::fromUtf16(seed.tags).split(u';', Qt::SkipEmptyParts);
        o.email = emailFor(o.name);
        o.phone = u"+1 555 01"_s + QString::number(10 + organizationIds.size());
        o.address = QString::number(12 + 7 * organizationIds.size()) + u" Market Street"_s;
        auto id = workspace.organizations().add(o);
        if (!id)
            return id.error();
        organizationIds.append(*id);

        Person contact;
        contact.name = QString::fromUtf16(seed.contact);
        contact.organizationId = *id;
        contact.role = QString::fromUtf16(seed.role);
        contact.email = emailFor(contact.name);
        auto personId = workspace.people().add(contact);
        if (!personId)
            return personId.error();
        contactIds.append(*personId);
    }

    // A second person for a few members, to act as alternate.
    QHash<int, Id> alternates;
    const std::pair<int, const char16_t *> deputies[] = {
        {0, u"Kwame Asante"}, {1, u"Sofia Lindqvist"}, {4, u"Bernadette Kelly"},
        {8, u"Mia Novak"},    {9, u"Harold Jenkins"},
    };
    for (const auto &[index, name] : deputies) {
        Person p;
        p.name = QString::fromUtf16(name);
        p.organizationId = organizationIds.at(index);
        p.role = tr("Deputy");
        p.email = emailFor(p.name);
        auto id = workspace.people().add(p);
        if (!id)
            return id.error();
        alternates.insert(index, *id);
    }
    Person freelancer;
    freelancer.name = u"Nadia Petrova"_s;
    freelancer.role = tr("Independent facilitator");
    freelancer.email = emailFor(freelancer.name);
    freelancer.notes = tr("Facilitates the coalition's quarterly planning days.");
    if (auto id = workspace.people().add(freelancer); !id)
        return id.error();

    CoalitionInfo coalition;
    coalition.name = u"Riverside Neighbourhood Coalition"_s;
    coalition.type = CoalitionType::OngoingCoalition;
    coalition.purpose = tr("Bring the organizations of the river wards together to make "
                           "housing safe and affordable and to keep families fed.");
    coalition.vision = tr("Every household in the river wards has a secure home and enough "
                          "to eat.");
    coalition.mission = tr("We pool what our members know and own, speak with one voice to "
                           "the town, and run joint projects no member could run alone.");
    coalition.startDate = today.addMonths(-30);
    coalition.leadOrganizationId = organizationIds.at(0);
    coalition.meetings = {tr("Monthly, first Tuesday"), 90, tr("St. Brigid's Parish hall")};
    coalition.finances = {tr("Yearly dues by size: 120.00 for staffed members, 60.00 for "
                             "volunteer-run groups, none for residents"),
                          tr("Two-year grant from the Greenway Foundation for a part-time "
                             "coordinator"),
                          tr("Meeting space from St. Brigid's; printing from the college")};
    auto coalitionId = workspace.coalitions().add(coalition);
    if (!coalitionId)
        return coalitionId.error();

    // A short campaign in which a few of the same members take part.
    CoalitionInfo campaign;
    campaign.name = u"Fair Rents Campaign 2027"_s;
    campaign.type = CoalitionType::Campaign;
    campaign.purpose = tr("Win a town-wide cap on rent increases before the next budget.");
    campaign.startDate = today.addMonths(-2);
    campaign.endDate = today.addMonths(10);
    campaign.leadOrganizationId = organizationIds.at(12);
    auto campaignId = workspace.coalitions().add(campaign);
    if (!campaignId)
        return campaignId.error();

    QList<Id> membershipIds;
    for (const MemberSeed &seed : Members) {
        Membership m;
        m.coalitionId = *coalitionId;
        m.organizationId = organizationIds.at(seed.organization);
        m.kind = seed.kind;
        m.duesCents = seed.duesCents;
        if (seed.duesCents > 0)
            m.duesPaidThrough = today.addMonths(seed.paidThroughMonthsFromNow);
        const bool joined = seed.joinedMonthsAgo > 0;
        if (joined)
            m.joinedOn = today.addMonths(-seed.joinedMonthsAgo);
        if (seed.status != MembershipStatus::Prospective
            && seed.status != MembershipStatus::Invited)
            m.representativeId = contactIds.at(seed.organization);
        if (alternates.contains(seed.organization))
            m.alternateId = alternates.value(seed.organization);
        // Every member starts as invited (or prospective) and moves on from there.
        m.status = seed.status == MembershipStatus::Prospective ? MembershipStatus::Prospective
                                                                : MembershipStatus::Invited;
        m.history.append({m.status, joined ? m.joinedOn.addDays(-21) : today.addDays(-10), {}});
        if (joined) {
            m.status = MembershipStatus::Active;
            m.history.append({MembershipStatus::Active, m.joinedOn,
                              tr("Joined at a general "
                                 "meeting")});
        }
        switch (seed.organization % 5) {
        case 0:
            m.contributions.append({ContributionKind::StaffTime, tr("Organizer, a day a week"),
                                    80000, ContributionPeriod::Monthly});
            m.interests.append({InterestKind::Shared, tr("Safe and affordable housing")});
            break;
        case 1:
            m.contributions.append({ContributionKind::Volunteers,
                                    tr("Volunteers for outreach "
                                       "days"),
                                    30000, ContributionPeriod::Quarterly});
            m.interests.append({InterestKind::Shared, tr("Food security for families")});
            m.barriers.append(tr("Board approval needed for anything beyond volunteers"));
            break;
        case 2:
            m.contributions.append({ContributionKind::Expertise,
                                    tr("Data analysis and "
                                       "mapping"),
                                    150000, ContributionPeriod::Yearly});
            m.interests.append(
                {InterestKind::Conflicting, tr("Cannot take public positions on town policy")});
            m.barriers.append(tr("Staff may not lobby in working hours"));
            break;
        case 3:
            m.contributions.append({ContributionKind::Money,
                                    tr("Cash contribution to the "
                                       "outreach fund"),
                                    250000, ContributionPeriod::Yearly});
            break;
        default:
            m.contributions.append({ContributionKind::Space, tr("Hall for monthly meetings"), 40000,
                                    ContributionPeriod::Monthly});
            m.contributions.append({ContributionKind::InKind, tr("Printing of leaflets"), 15000,
                                    ContributionPeriod::OneOff});
            break;
        }
        auto membershipId = workspace.memberships().add(m);
        if (!membershipId)
            return membershipId.error();
        membershipIds.append(*membershipId);
        if (seed.status == MembershipStatus::Inactive
            || seed.status == MembershipStatus::Withdrawn) {
            const QDate on = today.addMonths(-4);
            const QString note = seed.status == MembershipStatus::Withdrawn
                ? tr("Withdrew after a change of board priorities")
                : tr("No representative at meetings since spring");
            if (Status status
                = workspace.memberships().setStatus(*membershipId, seed.status, on, note);
                !status)
                return status;
        }
    }

    for (const int index : {0, 8, 12}) {
        Membership m;
        m.coalitionId = *campaignId;
        m.organizationId = organizationIds.at(index);
        m.status = MembershipStatus::Active;
        m.kind = MembershipKind::VotingMember;
        m.joinedOn = today.addMonths(-2);
        m.representativeId = contactIds.at(index);
        m.interests.append({InterestKind::Shared, tr("A cap on rent increases")});
        if (auto id = workspace.memberships().add(m); !id)
            return id.error();
    }

    GovernanceLinks links;
    if (Status status = addGovernance(workspace, *coalitionId, membershipIds, today, &links);
        !status)
        return status;
    if (Status status = addAction(workspace, *coalitionId, membershipIds, today, links); !status)
        return status;
    if (Status status = addStage(workspace, *coalitionId, organizationIds, membershipIds, today);
        !status)
        return status;
    return transaction.commit();
}

} // namespace Coalition::DemoWorkspace
