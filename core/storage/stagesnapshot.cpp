// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagesnapshot.h"

#include "domain/validation.h"
#include "sqlquery.h"
#include "transaction.h"
#include "workspace.h"

#include <algorithm>

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

Status readNames(Database &database, const QString &statement, Id coalitionId,
                 QHash<Id, QString> &into)
{
    SqlQuery query(database.connection(), statement);
    if (Status status = query.execWith(coalitionId); !status)
        return status;
    while (query.next())
        into.insert(query.integer(0), query.text(1));
    query.finish();
    return {};
}

// The organizations of the members and the lead.
const QString OrganizationNames
    = u"SELECT id, name FROM organization WHERE id IN "
      "(SELECT organization_id FROM membership WHERE coalition_id = ?1) "
      "OR id = (SELECT lead_organization_id FROM coalition WHERE id = ?1)"_s;

// Everyone the coalition's records name: the people of its member
// organizations, representatives and alternates, meeting attendees, group
// conveners and members, and report authors.
const QString PersonNames
    = u"SELECT id, name FROM person WHERE organization_id IN "
      "(SELECT organization_id FROM membership WHERE coalition_id = ?1) "
      "OR id IN (SELECT representative_id FROM membership WHERE coalition_id = ?1) "
      "OR id IN (SELECT alternate_id FROM membership WHERE coalition_id = ?1) "
      "OR id IN (SELECT a.person_id FROM meeting_attendance a "
      "JOIN meeting m ON m.id = a.meeting_id JOIN body b ON b.id = m.body_id "
      "WHERE b.coalition_id = ?1) "
      "OR id IN (SELECT convener_id FROM action_group WHERE coalition_id = ?1) "
      "OR id IN (SELECT p.person_id FROM action_group_person p "
      "JOIN action_group g ON g.id = p.group_id WHERE g.coalition_id = ?1) "
      "OR id IN (SELECT r.author_id FROM progress_report r "
      "JOIN action_group g ON g.id = r.group_id WHERE g.coalition_id = ?1)"_s;

} // namespace

Result<StageSnapshot> loadStageSnapshot(Workspace &workspace, Id coalitionId, const QDate &today)
{
    Database &database = workspace.database();
    Transaction snapshot(database, Transaction::Kind::Read);
    if (!snapshot.isActive())
        return snapshot.status().error();

    StageSnapshot s;
    s.today = today;
    const auto load = [&](auto result, auto &into) {
        return take(std::move(result), into);
    };
    // Each part is read only when the ones before it were: the first failure
    // is the one reported.
    Status status = load(workspace.coalitions().get(coalitionId), s.coalition);
    if (status)
        status = load(workspace.memberships().listForCoalition(coalitionId), s.memberships);
    if (status)
        status = load(workspace.bodies().listForCoalition(coalitionId), s.bodies);
    if (status)
        status = load(workspace.procedures().listForCoalition(coalitionId), s.procedures);
    if (status)
        status = load(workspace.groundRules().listForCoalition(coalitionId), s.rules);
    if (status)
        status = load(workspace.meetings().listForCoalition(coalitionId), s.meetings);
    if (status)
        status = load(workspace.decisions().listForCoalition(coalitionId), s.decisions);
    if (status)
        status = load(workspace.goals().listForCoalition(coalitionId), s.goals);
    if (status)
        status = load(workspace.actionGroups().listForCoalition(coalitionId), s.groups);
    if (status)
        status = load(workspace.actionPlans().listForCoalition(coalitionId), s.plans);
    if (status)
        status = load(workspace.tasks().listForCoalition(coalitionId), s.tasks);
    if (status)
        status = load(workspace.progressReports().listForCoalition(coalitionId), s.reports);
    if (status)
        status = load(workspace.successes().listForCoalition(coalitionId), s.successes);
    if (status)
        status = load(workspace.evaluations().listForCoalition(coalitionId), s.evaluations);
    if (status)
        status = load(workspace.conflicts().listForCoalition(coalitionId), s.conflicts);
    if (status)
        status = load(workspace.checklist().listForCoalition(coalitionId), s.checklist);
    if (status)
        status = load(workspace.stageChanges().listForCoalition(coalitionId), s.history);
    if (status)
        status = readNames(database, OrganizationNames, coalitionId, s.organizationNames);
    if (status)
        status = readNames(database, PersonNames, coalitionId, s.personNames);
    if (!status)
        return status.error();

    if (Status committed = snapshot.commit(); !committed)
        return committed.error();
    return s;
}

Result<NetworkData> loadNetworkData(Workspace &workspace, Id coalitionId)
{
    Database &database = workspace.database();
    Transaction snapshot(database, Transaction::Kind::Read);
    if (!snapshot.isActive())
        return snapshot.status().error();

    NetworkData data;
    // Asked first so that an unknown coalition is an error, not an empty
    // network.
    if (auto coalition = workspace.coalitions().get(coalitionId); !coalition)
        return coalition.error();

    SqlQuery members(database.connection(),
                     u"SELECT o.id, o.name, m.status FROM membership m "
                     "JOIN organization o ON o.id = m.organization_id "
                     "WHERE m.coalition_id = ?"_s);
    if (Status status = members.execWith(coalitionId); !status)
        return status.error();
    while (members.next()) {
        const Id organizationId = members.integer(0);
        const QString name = members.text(1);
        data.organizationNames.insert(organizationId, name);
        if (enumFromText<MembershipStatus>(members.text(2)) == MembershipStatus::Active)
            data.members.append({organizationId, name});
    }
    members.finish();
    // The order a reader expects: by name as names are compared everywhere
    // (case-folded, spaces collapsed), then by id for names that fold alike.
    QHash<Id, QString> keys;
    for (const NetworkMember &member : std::as_const(data.members))
        keys.insert(member.organizationId, Validation::nameKey(member.name));
    std::sort(data.members.begin(), data.members.end(),
              [&keys](const NetworkMember &a, const NetworkMember &b) {
                  const QString &keyA = keys[a.organizationId];
                  const QString &keyB = keys[b.organizationId];
                  if (keyA != keyB)
                      return keyA < keyB;
                  return a.organizationId < b.organizationId;
              });

    if (Status status
        = take(workspace.relationships().listForCoalition(coalitionId), data.relationships);
        !status)
        return status.error();

    if (Status status = snapshot.commit(); !status)
        return status.error();
    return data;
}

} // namespace Coalition
