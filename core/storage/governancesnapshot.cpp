// SPDX-License-Identifier: GPL-3.0-or-later
#include "governancesnapshot.h"

#include "bodyrepository.h"
#include "coalitionrepository.h"
#include "database.h"
#include "decisionrepository.h"
#include "groundrulerepository.h"
#include "meetingrepository.h"
#include "membershiprepository.h"
#include "procedurerepository.h"
#include "sqlquery.h"
#include "transaction.h"
#include "workspace.h"

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

template<typename T>
Status take(Result<T> result, T &into)
{
    if (!result)
        return result.error();
    into = std::move(result).value();
    return {};
}

} // namespace

Result<GovernanceSnapshot> loadGovernanceSnapshot(Database &database, AuditLog &audit,
                                                  Id coalitionId, const QDate &today)
{
    Transaction snapshot(database, Transaction::Kind::Read);
    if (!snapshot.isActive())
        return snapshot.status().error();

    GovernanceSnapshot s;
    s.today = today;
    CoalitionRepository coalitions(database, audit);
    MembershipRepository memberships(database, audit);
    BodyRepository bodies(database, audit);
    ProcedureRepository procedures(database, audit);
    GroundRuleRepository rules(database, audit);
    MeetingRepository meetings(database, audit);
    DecisionRepository decisions(database, audit);
    if (Status status = take(coalitions.get(coalitionId), s.coalition); !status)
        return status.error();
    if (Status status = take(memberships.listForCoalition(coalitionId), s.memberships); !status)
        return status.error();
    if (Status status = take(bodies.listForCoalition(coalitionId), s.bodies); !status)
        return status.error();
    if (Status status = take(procedures.listForCoalition(coalitionId), s.procedures); !status)
        return status.error();
    if (Status status = take(rules.listForCoalition(coalitionId), s.rules); !status)
        return status.error();
    if (Status status = take(meetings.listForCoalition(coalitionId), s.meetings); !status)
        return status.error();
    if (Status status = take(decisions.listForCoalition(coalitionId), s.decisions); !status)
        return status.error();

    // The organizations of the members and the lead, and the people of those
    // organizations (representatives, attendees).
    SqlQuery organizations(database.connection(),
                           u"SELECT id, name FROM organization WHERE id IN "
                           "(SELECT organization_id FROM membership WHERE coalition_id = ?1) "
                           "OR id = (SELECT lead_organization_id FROM coalition WHERE id = ?1)"_s);
    if (Status status = organizations.execWith(coalitionId); !status)
        return status.error();
    while (organizations.next())
        s.organizationNames.insert(organizations.integer(0), organizations.text(1));
    organizations.finish();
    SqlQuery people(database.connection(),
                    u"SELECT id, name FROM person WHERE organization_id IN "
                    "(SELECT organization_id FROM membership WHERE coalition_id = ?1) "
                    "OR id IN (SELECT person_id FROM meeting_attendance a "
                    "JOIN meeting m ON m.id = a.meeting_id JOIN body b ON b.id = m.body_id "
                    "WHERE b.coalition_id = ?1) "
                    "OR id IN (SELECT representative_id FROM membership WHERE coalition_id = ?1) "
                    "OR id IN (SELECT alternate_id FROM membership WHERE coalition_id = ?1)"_s);
    if (Status status = people.execWith(coalitionId); !status)
        return status.error();
    while (people.next())
        s.personNames.insert(people.integer(0), people.text(1));
    people.finish();

    if (Status status = snapshot.commit(); !status)
        return status.error();
    return s;
}

Result<GovernanceSnapshot> loadGovernanceSnapshot(Workspace &workspace, Id coalitionId,
                                                  const QDate &today)
{
    return loadGovernanceSnapshot(workspace.database(), workspace.audit(), coalitionId, today);
}

} // namespace Coalition
