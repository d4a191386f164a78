// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportdata.h"
#include "result.h"
#include "rules/networkfigures.h"
#include "rules/stageassessment.h"

#include <QDate>
#include <QList>

namespace Coalition {
class Workspace;
}

namespace Coalition::Bench {

// How big the generated coalition is.
struct CoalitionSize
{
    int organizations = 400; // every one a member
    int groups = 60;
    int plans = 300;
    int tasks = 3000;
    int meetings = 400;
    int decisions = 1500;
    int relationships = 30000; // distinct pairs of members
};

// One coalition with years of records, generated the same way on every run.
// Every table's ids run from 1 in the order of its list: the ids a new
// workspace gives the records when writeCoalition() adds them in that order.
struct LargeCoalition
{
    QList<Organization> organizations;
    QList<Person> people; // one representative per organization
    StageSnapshot snapshot; // the coalition and everything the assessment reads
    QList<NetworkMember> members; // the active members' organizations
    QList<Relationship> relationships;
};

LargeCoalition generateCoalition(const CoalitionSize &size, const QDate &today);

// Adds every record to an empty workspace through the repositories, in one
// transaction, and checks that each one got the id the generator gave it.
Status writeCoalition(Workspace &workspace, const LargeCoalition &coalition);

// What the periodic report reads, taken from the generated records.
ReportData toReportData(const LargeCoalition &coalition);

} // namespace Coalition::Bench
