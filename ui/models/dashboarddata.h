// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/recordkey.h"
#include "result.h"
#include "rules/membershiptrend.h"
#include "rules/proceduralchecks.h"
#include "rules/stageassessment.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <utility>

namespace Coalition {
class Workspace;
}

namespace Coalition::Ui {

// A meeting of one of the coalition's bodies coming up soon.
struct DashboardMeeting
{
    Id id = 0;
    QDateTime startsAt;
    QString body;
    QString location;
};

// Something due soon, or overdue: an open task, an unfinished plan, or a
// goal still proposed or active.
struct DashboardDeadline
{
    RecordKey record;
    QDate dueOn;
    QString kind; // translated: "Task", "Action plan", "Goal"
    QString title;
    QString context; // translated: the plan and group, or what the goal is for
    bool confidential = false;
};

// Everything the Dashboard shows of one coalition on one day, worked out from
// one stage snapshot: the stage assessment and history, the procedural
// warnings (the same checks as the warnings dock, over the same records),
// what is coming up, what is late, and the membership figures.
struct DashboardData
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::Ui::DashboardData)

public:
    static constexpr int MeetingDays = 60; // meetings in the next 60 days
    static constexpr int DeadlineDays = 30; // deadlines in the next 30 days
    static constexpr int TrendMonths = 24;

    Id coalitionId = 0;
    QString coalitionName;
    QDate today;
    StageAssessment assessment;
    QList<StageChange> history; // oldest first
    QHash<Id, QString> decisionTitles; // of the coalition's decisions
    QList<ProceduralWarning> warnings;
    QList<DashboardMeeting> meetings; // soonest first
    QList<DashboardDeadline> deadlines; // soonest first
    QList<DashboardDeadline> lateTasks; // the longest overdue first
    QList<std::pair<Sector, int>> activeBySector; // sectors with active members, most first
    QList<std::pair<MembershipStatus, int>> byStatus; // every status, in order
    QList<MembershipTrendPoint> trend; // active members at each month end
    int activeMembers = 0;

    // Reads the coalition's records and works the figures out.
    static Result<DashboardData> load(Workspace &workspace, Id coalitionId, const QDate &today);
    // The figures from records already read; `sectors` maps the members'
    // organizations to their sectors (an organization missing counts as Other).
    static DashboardData from(const StageSnapshot &snapshot, const QHash<Id, Sector> &sectors);
};

} // namespace Coalition::Ui
