// SPDX-License-Identifier: GPL-3.0-or-later
#include "planmetrics.h"

#include "domain/money.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

bool isClosed(const Task &task)
{
    return task.status == TaskStatus::Done || task.status == TaskStatus::Dropped;
}

// The day the group owes reports from: its start, else the day it was recorded.
QDate reportingStart(const ActionGroup &group)
{
    if (group.startedOn.isValid())
        return group.startedOn;
    if (group.createdAt.isValid())
        return group.createdAt.toLocalTime().date();
    return {};
}

} // namespace

bool PlanMetrics::isLate(const Task &task, const QDate &today)
{
    return !isClosed(task) && task.dueOn.isValid() && today.isValid() && task.dueOn < today;
}

PlanStatus PlanMetrics::of(const ActionPlan &plan, const QList<Task> &tasks, const QDate &today,
                           const std::optional<ReportPeriod> &period)
{
    PlanStatus status;
    int dropped = 0;
    for (const Task &task : tasks) {
        if (task.planId != plan.id)
            continue;
        if (task.status == TaskStatus::Dropped) {
            ++dropped;
            continue;
        }
        ++status.tasks;
        if (task.status == TaskStatus::Done) {
            ++status.done;
            continue;
        }
        ++status.open;
        if (isLate(task, today)) {
            ++status.late;
            status.lateTasks.append(task.id);
        }
        if (period && task.dueOn.isValid() && period->contains(task.dueOn))
            ++status.dueInPeriod;
    }

    for (const BudgetLine &line : plan.budget) {
        status.budgetCents += line.amountCents;
        if (line.secured)
            status.securedCents += line.amountCents;
    }
    status.unfundedCents = status.budgetCents - status.securedCents;

    for (const StaffingNeed &need : plan.staffing) {
        status.hoursNeeded += need.hoursPerMonth;
        if (need.coveredById)
            status.hoursCovered += need.hoursPerMonth;
    }
    status.hoursUncovered = status.hoursNeeded - status.hoursCovered;

    // Has tasks (dropped ones count), and none of them is open.
    status.finished = status.tasks + dropped > 0 && status.open == 0;
    status.pastDue
        = !status.finished && plan.dueOn.isValid() && today.isValid() && plan.dueOn < today;

    QStringList &reasons = status.reasons;
    if (status.finished) {
        reasons.append(tr("Finished: %1 tasks done and %2 dropped; none is open.")
                           .arg(status.done)
                           .arg(dropped));
    } else if (status.tasks > 0) {
        reasons.append(tr("%1 of %2 tasks done, %3 open.")
                           .arg(status.done)
                           .arg(status.tasks)
                           .arg(status.open));
    } else {
        reasons.append(tr("The plan has no tasks yet."));
    }
    if (status.late > 0)
        reasons.append(tr("%1 of %2 open tasks are late: their due date was before %3.")
                           .arg(status.late)
                           .arg(status.open)
                           .arg(today.toString(Qt::ISODate)));
    if (period && status.dueInPeriod > 0)
        reasons.append(
            tr("%1 open tasks are due in %2.").arg(status.dueInPeriod).arg(period->toString()));
    if (status.pastDue)
        reasons.append(tr("The plan was due on %1 and %2 of its tasks are still open.")
                           .arg(plan.dueOn.toString(Qt::ISODate))
                           .arg(status.open));
    if (status.unfundedCents > 0)
        reasons.append(tr("%1 of the budget of %2 is not secured yet (%3 secured).")
                           .arg(formatMoney(status.unfundedCents), formatMoney(status.budgetCents),
                                formatMoney(status.securedCents)));
    if (status.hoursUncovered > 0)
        reasons.append(tr("%1 of the %2 hours a month of staffing are not covered by a member.")
                           .arg(status.hoursUncovered)
                           .arg(status.hoursNeeded));
    return status;
}

QList<ReportPeriod> PlanMetrics::missingReports(const ActionGroup &group,
                                                const QList<ProgressReport> &reports,
                                                const QDate &today)
{
    QList<ReportPeriod> missing;
    const QDate start = reportingStart(group);
    if (group.cadence == ReportingCadence::None || !start.isValid() || !today.isValid())
        return missing;

    const bool quarterly = group.cadence == ReportingCadence::Quarterly;
    const auto reported = [&](const ReportPeriod &period) {
        return std::any_of(reports.cbegin(), reports.cend(), [&](const ProgressReport &report) {
            return report.groupId == group.id && report.period == period;
        });
    };
    for (ReportPeriod period
         = quarterly ? ReportPeriod::quarterOf(start) : ReportPeriod::monthOf(start);
         period.last() < today; period = period.next()) {
        if (!reported(period))
            missing.append(period);
    }
    return missing;
}

} // namespace Coalition
