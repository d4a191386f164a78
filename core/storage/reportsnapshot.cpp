// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportsnapshot.h"

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

} // namespace

Result<ReportData> loadReportData(Workspace &workspace, Id coalitionId)
{
    Database &database = workspace.database();
    Transaction snapshot(database, Transaction::Kind::Read);
    if (!snapshot.isActive())
        return snapshot.status().error();

    ReportData data;
    if (Status status = take(workspace.coalitions().get(coalitionId), data.coalition); !status)
        return status.error();
    if (Status status
        = take(workspace.memberships().listForCoalition(coalitionId), data.memberships);
        !status)
        return status.error();
    if (Status status = take(workspace.goals().listForCoalition(coalitionId), data.goals); !status)
        return status.error();
    if (Status status = take(workspace.actionGroups().listForCoalition(coalitionId), data.groups);
        !status)
        return status.error();
    if (Status status = take(workspace.actionPlans().listForCoalition(coalitionId), data.plans);
        !status)
        return status.error();
    if (Status status = take(workspace.tasks().listForCoalition(coalitionId), data.tasks); !status)
        return status.error();
    if (Status status
        = take(workspace.progressReports().listForCoalition(coalitionId), data.reports);
        !status)
        return status.error();
    if (Status status = take(workspace.successes().listForCoalition(coalitionId), data.successes);
        !status)
        return status.error();
    if (Status status
        = take(workspace.evaluations().listForCoalition(coalitionId), data.evaluations);
        !status)
        return status.error();
    if (Status status = take(workspace.conflicts().listForCoalition(coalitionId), data.conflicts);
        !status)
        return status.error();

    // Decisions with the date of their meeting and the name of its body.
    QList<Body> bodies;
    QList<Meeting> meetings;
    QList<Decision> decisions;
    if (Status status = take(workspace.bodies().listForCoalition(coalitionId), bodies); !status)
        return status.error();
    if (Status status = take(workspace.meetings().listForCoalition(coalitionId), meetings); !status)
        return status.error();
    if (Status status = take(workspace.decisions().listForCoalition(coalitionId), decisions);
        !status)
        return status.error();
    QHash<Id, QString> bodyNames;
    for (const Body &body : std::as_const(bodies))
        bodyNames.insert(body.id, body.name);
    QHash<Id, const Meeting *> meetingsById;
    for (const Meeting &meeting : std::as_const(meetings))
        meetingsById.insert(meeting.id, &meeting);
    for (const Decision &decision : std::as_const(decisions)) {
        ReportDecision entry;
        entry.decision = decision;
        if (const Meeting *meeting = meetingsById.value(decision.meetingId)) {
            entry.meetingOn = meeting->startsAt.date();
            entry.bodyName = bodyNames.value(meeting->bodyId);
        }
        data.decisions.append(entry);
    }

    if (Status status
        = readNames(database,
                    u"SELECT id, name FROM organization WHERE id IN "
                    "(SELECT organization_id FROM membership WHERE coalition_id = ?1)"_s,
                    coalitionId, data.organizationNames);
        !status)
        return status.error();
    if (Status status
        = readNames(database,
                    u"SELECT id, name FROM person WHERE id IN "
                    "(SELECT convener_id FROM action_group WHERE coalition_id = ?1) "
                    "OR id IN (SELECT r.author_id FROM progress_report r "
                    "JOIN action_group g ON g.id = r.group_id WHERE g.coalition_id = ?1)"_s,
                    coalitionId, data.personNames);
        !status)
        return status.error();

    if (Status status = snapshot.commit(); !status)
        return status.error();
    return data;
}

} // namespace Coalition
