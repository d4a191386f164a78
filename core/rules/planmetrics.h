// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/action.h"

#include <QCoreApplication>

namespace Coalition {

// What a plan's records add up to on a given day: pure, no database.
struct PlanStatus
{
    int tasks = 0; // not dropped
    int done = 0;
    int open = 0; // neither done nor dropped
    int late = 0; // open and past its due date
    int dueInPeriod = 0; // open tasks due within the period asked about (0 when none asked)
    QList<Id> lateTasks;
    qint64 budgetCents = 0;
    qint64 securedCents = 0;
    qint64 unfundedCents = 0; // budget not yet secured
    int hoursNeeded = 0; // per month
    int hoursCovered = 0; // by a member
    int hoursUncovered = 0; // sought outside or not covered at all
    bool finished = false; // has tasks, and every one is done or dropped
    bool pastDue = false; // the plan's own due date has passed and it is not finished
    QStringList reasons; // plain sentences with the numbers ("2 of 5 tasks late ...")

    bool operator==(const PlanStatus &) const = default;
};

class PlanMetrics final
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::PlanMetrics)

public:
    // A task is late when it is neither done nor dropped and its due date is
    // before `today`.
    static bool isLate(const Task &task, const QDate &today);
    // `tasks` are the plan's tasks (others are ignored). `period`, when
    // given, counts the open tasks due within it.
    static PlanStatus of(const ActionPlan &plan, const QList<Task> &tasks, const QDate &today,
                         const std::optional<ReportPeriod> &period = std::nullopt);
    // The periods a group owed a report for and has none: every period of its
    // cadence from the one holding startedOn (or the group's creation date)
    // up to the last one that ended before `today`. Oldest first.
    static QList<ReportPeriod> missingReports(const ActionGroup &group,
                                              const QList<ProgressReport> &reports,
                                              const QDate &today);
};

} // namespace Coalition
