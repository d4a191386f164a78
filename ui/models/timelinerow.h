// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/action.h"

#include <QDate>
#include <QString>

namespace Coalition::Ui {

// One line of the task timeline (TimelineView): an action group's header, or
// one task of one of its plans with what its tooltip and bar need.
struct TimelineRow
{
    enum class Kind { Group, Task };

    Kind kind = Kind::Task;
    Id groupId = 0;
    Id planId = 0; // tasks only
    Id taskId = 0; // tasks only
    QString title; // the group's name, or the task's title
    QString groupName; // tasks: the group they belong to
    QString planTitle; // tasks: the plan they belong to
    QString responsible; // tasks: the responsible member's name; empty when none
    QDate startOn;
    QDate dueOn;
    QDate doneOn;
    TaskStatus status = TaskStatus::NotStarted;
    bool late = false; // open and past its due date (PlanMetrics::isLate)

    bool isGroup() const { return kind == Kind::Group; }

    static TimelineRow group(const ActionGroup &group);
    // `late` is worked out by PlanMetrics::isLate for `today`.
    static TimelineRow task(const Task &task, const ActionPlan &plan, const QString &groupName,
                            const QString &responsible, const QDate &today);

    bool operator==(const TimelineRow &) const = default;
};

} // namespace Coalition::Ui
