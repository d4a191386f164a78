// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinerow.h"

#include "rules/planmetrics.h"

namespace Coalition::Ui {

TimelineRow TimelineRow::group(const ActionGroup &group)
{
    TimelineRow row;
    row.kind = Kind::Group;
    row.groupId = group.id;
    row.title = group.name;
    row.groupName = group.name;
    return row;
}

TimelineRow TimelineRow::task(const Task &task, const ActionPlan &plan, const QString &groupName,
                              const QString &responsible, const QDate &today)
{
    TimelineRow row;
    row.kind = Kind::Task;
    row.groupId = plan.groupId;
    row.planId = task.planId;
    row.taskId = task.id;
    row.title = task.title;
    row.groupName = groupName;
    row.planTitle = plan.title;
    row.responsible = responsible;
    row.startOn = task.startOn;
    row.dueOn = task.dueOn;
    row.doneOn = task.doneOn;
    row.status = task.status;
    row.late = PlanMetrics::isLate(task, today);
    return row;
}

} // namespace Coalition::Ui
