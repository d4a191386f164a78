// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/action.h"
#include "models/coalitionmembers.h"
#include "result.h"

#include <QHash>

namespace Coalition {
class Workspace;
}

namespace Coalition::Ui {

// Everything the Action Groups page shows of one coalition, read in one go:
// goals, groups, plans, tasks and progress reports, with the names of member
// organizations and people. The page's models are fed from it.
struct ActionData
{
    Id coalitionId = 0;
    QList<Goal> goals;
    QList<ActionGroup> groups;
    QList<ActionPlan> plans;
    QList<Task> tasks; // ordered by due date (undated last), then id
    QList<ProgressReport> reports;
    CoalitionMembers members;
    QList<Person> people; // people of the member organizations, by name
    QHash<Id, QString> personNames; // every person named by the records above
    QHash<Id, QString> organizationNames; // organization id -> name, of the members

    static Result<ActionData> load(Workspace &workspace, Id coalitionId);

    const Goal *goal(Id id) const;
    const ActionGroup *group(Id id) const;
    const ActionPlan *plan(Id id) const;
    const Task *task(Id id) const;
    QList<ActionPlan> plansOfGroup(Id groupId) const;
    QList<ActionPlan> plansOfGoal(Id goalId) const;
    QList<Task> tasksOfPlan(Id planId) const;
    QList<ProgressReport> reportsOfGroup(Id groupId) const;
    QList<ActionGroup> groupsServing(Id goalId) const;
    QString personName(Id personId) const { return personNames.value(personId); }
    QString memberName(const std::optional<Id> &membershipId) const;
    // Whether a task is hidden when confidential records are: it, its plan or
    // its group is confidential.
    bool isConfidentialTask(const Task &task) const;

    // Choices for the dialogs and delegates, by name.
    QList<std::pair<Id, QString>> memberChoices() const;
    QList<std::pair<Id, QString>> personChoices() const;
    QList<std::pair<Id, QString>> goalChoices() const;
};

// Money in cents as "1,200.00", grouped by the user's locale (English
// grouping when the locale has none, as under the C locale).
QString moneyText(qint64 cents);

} // namespace Coalition::Ui
