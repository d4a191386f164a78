// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/actiondata.h"

#include "storage/workspace.h"

#include <QCollator>
#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace Coalition::Ui {

Result<ActionData> ActionData::load(Workspace &workspace, Id coalitionId)
{
    ActionData data;
    data.coalitionId = coalitionId;
    if (coalitionId <= 0)
        return data;
    auto goals = workspace.goals().listForCoalition(coalitionId);
    if (!goals)
        return goals.error();
    data.goals = *std::move(goals);
    auto groups = workspace.actionGroups().listForCoalition(coalitionId);
    if (!groups)
        return groups.error();
    data.groups = *std::move(groups);
    auto plans = workspace.actionPlans().listForCoalition(coalitionId);
    if (!plans)
        return plans.error();
    data.plans = *std::move(plans);
    auto tasks = workspace.tasks().listForCoalition(coalitionId);
    if (!tasks)
        return tasks.error();
    data.tasks = *std::move(tasks);
    auto reports = workspace.progressReports().listForCoalition(coalitionId);
    if (!reports)
        return reports.error();
    data.reports = *std::move(reports);
    auto members = CoalitionMembers::load(workspace, coalitionId);
    if (!members)
        return members.error();
    data.members = *std::move(members);

    for (const Membership &membership : std::as_const(data.members.memberships)) {
        auto people = workspace.people().list(membership.organizationId);
        if (!people)
            return people.error();
        data.people.append(*people);
        data.organizationNames.insert(membership.organizationId, data.members.name(membership.id));
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(data.people.begin(), data.people.end(),
              [&collator](const Person &a, const Person &b) {
                  const int order = collator.compare(a.name, b.name);
                  return order != 0 ? order < 0 : a.id < b.id;
              });
    for (const Person &person : std::as_const(data.people))
        data.personNames.insert(person.id, person.name);
    // People named by a record but no longer of a member organization.
    QList<Id> named;
    for (const ActionGroup &group : std::as_const(data.groups)) {
        if (group.convenerId)
            named.append(*group.convenerId);
        named.append(group.people);
    }
    for (const ProgressReport &report : std::as_const(data.reports)) {
        if (report.authorId)
            named.append(*report.authorId);
    }
    for (const Id id : std::as_const(named)) {
        if (data.personNames.contains(id))
            continue;
        auto person = workspace.people().get(id);
        if (!person)
            return person.error();
        data.personNames.insert(id, person->name);
    }
    return data;
}

namespace {

template<typename T>
const T *findById(const QList<T> &list, Id id)
{
    for (const T &item : list) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

} // namespace

const Goal *ActionData::goal(Id id) const
{
    return findById(goals, id);
}

const ActionGroup *ActionData::group(Id id) const
{
    return findById(groups, id);
}

const ActionPlan *ActionData::plan(Id id) const
{
    return findById(plans, id);
}

const Task *ActionData::task(Id id) const
{
    return findById(tasks, id);
}

QList<ActionPlan> ActionData::plansOfGroup(Id groupId) const
{
    QList<ActionPlan> result;
    for (const ActionPlan &plan : plans) {
        if (plan.groupId == groupId)
            result.append(plan);
    }
    return result;
}

QList<ActionPlan> ActionData::plansOfGoal(Id goalId) const
{
    QList<ActionPlan> result;
    for (const ActionPlan &plan : plans) {
        if (plan.goalId == goalId)
            result.append(plan);
    }
    return result;
}

QList<Task> ActionData::tasksOfPlan(Id planId) const
{
    QList<Task> result;
    for (const Task &task : tasks) {
        if (task.planId == planId)
            result.append(task);
    }
    return result;
}

QList<ProgressReport> ActionData::reportsOfGroup(Id groupId) const
{
    QList<ProgressReport> result;
    for (const ProgressReport &report : reports) {
        if (report.groupId == groupId)
            result.append(report);
    }
    return result;
}

QList<ActionGroup> ActionData::groupsServing(Id goalId) const
{
    QList<ActionGroup> result;
    for (const ActionGroup &group : groups) {
        if (group.goals.contains(goalId))
            result.append(group);
    }
    return result;
}

QString ActionData::memberName(const std::optional<Id> &membershipId) const
{
    return membershipId ? members.name(*membershipId) : QString();
}

bool ActionData::isConfidentialTask(const Task &task) const
{
    if (task.confidential)
        return true;
    const ActionPlan *owner = plan(task.planId);
    if (!owner)
        return false;
    if (owner->confidential)
        return true;
    const ActionGroup *g = group(owner->groupId);
    return g && g->confidential;
}

QList<std::pair<Id, QString>> ActionData::memberChoices() const
{
    QList<std::pair<Id, QString>> choices;
    for (const Membership &membership : members.memberships)
        choices.append({membership.id, members.name(membership.id)});
    return choices;
}

QList<std::pair<Id, QString>> ActionData::personChoices() const
{
    QList<std::pair<Id, QString>> choices;
    for (const Person &person : people) {
        const QString organization
            = person.organizationId ? organizationNames.value(*person.organizationId) : QString();
        choices.append({person.id,
                        organization.isEmpty()
                            ? person.name
                            : QCoreApplication::translate("Coalition::Ui::ActionData", "%1 (%2)")
                                  .arg(person.name, organization)});
    }
    return choices;
}

QList<std::pair<Id, QString>> ActionData::goalChoices() const
{
    QList<std::pair<Id, QString>> choices;
    for (const Goal &goal : goals)
        choices.append({goal.id, goal.title});
    return choices;
}

QString moneyText(qint64 cents)
{
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale.toString(static_cast<double>(cents) / 100.0, 'f', 2);
}

} // namespace Coalition::Ui
