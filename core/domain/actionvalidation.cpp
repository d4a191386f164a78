// SPDX-License-Identifier: GPL-3.0-or-later
// Record-alone rules of goals, action groups, plans and tasks (Validation::check).
#include "validation.h"

#include "money.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Coalition::Validation {

namespace {

// A month has at most 31 days of 24 hours.
constexpr int MaxHoursPerMonth = 744;

QString tr(const char *text)
{
    return QCoreApplication::translate("Coalition::Validation", text);
}

void checkRequiredText(Problems &problems, const QString &field, const QString &text,
                       const char *emptyMessage)
{
    if (text.trimmed().isEmpty())
        problems.append({field, tr(emptyMessage)});
    else if (text.size() > MaxNameLength)
        problems.append(
            {field, tr("This is too long: keep it to %1 characters or fewer.").arg(MaxNameLength)});
}

void checkText(Problems &problems, const QString &field, const QString &text)
{
    if (text.size() > MaxTextLength)
        problems.append(
            {field,
             tr("This text is too long: keep it to %1 characters or fewer.").arg(MaxTextLength)});
}

void checkLines(Problems &problems, const QString &field, const QStringList &lines,
                const char *emptyMessage)
{
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty()) {
            problems.append({field, tr(emptyMessage)});
            return;
        }
        if (line.size() > MaxTextLength) {
            checkText(problems, field, line);
            return;
        }
    }
}

// Checks a list of record numbers: each chosen, none twice.
void checkIds(Problems &problems, const QString &field, const QList<Id> &ids,
              const char *missingMessage, const char *twiceMessage)
{
    QSet<Id> seen;
    for (const Id id : ids) {
        if (id <= 0) {
            problems.append({field, tr(missingMessage)});
            return;
        }
        if (seen.contains(id)) {
            problems.append({field, tr(twiceMessage)});
            return;
        }
        seen.insert(id);
    }
}

void checkPeriod(Problems &problems, const QDate &start, const QDate &due)
{
    if (start.isValid() && due.isValid() && due < start)
        problems.append({u"due"_s,
                         tr("The due date %1 comes before the start %2.")
                             .arg(due.toString(Qt::ISODate), start.toString(Qt::ISODate))});
}

QString itemField(const QString &list, qsizetype index, const QString &field)
{
    return list + u'[' + QString::number(index) + u"]."_s + field;
}

} // namespace

Problems check(const Goal &goal)
{
    Problems problems;
    if (goal.coalitionId <= 0)
        problems.append({u"coalition"_s, tr("Choose the coalition the goal belongs to.")});
    checkRequiredText(problems, u"title"_s, goal.title, "A goal needs a title.");
    checkText(problems, u"text"_s, goal.text);
    checkLines(problems, u"measures"_s, goal.measures,
               "Each measure of progress needs some words; remove the empty ones.");
    checkText(problems, u"notes"_s, goal.notes);
    return problems;
}

Problems check(const ActionGroup &group)
{
    Problems problems;
    if (group.coalitionId <= 0)
        problems.append({u"coalition"_s, tr("Choose the coalition the action group belongs to.")});
    checkRequiredText(problems, u"name"_s, group.name, "An action group needs a name.");
    checkText(problems, u"purpose"_s, group.purpose);
    if (group.convenerId && *group.convenerId <= 0)
        problems.append({u"convener"_s, tr("Choose the person who convenes the group.")});
    checkIds(problems, u"members"_s, group.memberships,
             "Choose the member organization for each place in the group.",
             "A member organization is listed twice in the group.");
    checkIds(problems, u"people"_s, group.people, "Choose the person for each place in the group.",
             "A person is listed twice in the group.");
    checkIds(problems, u"goals"_s, group.goals, "Choose each goal the group serves.",
             "A goal is listed twice for the group.");
    if (group.bodyId && *group.bodyId <= 0)
        problems.append({u"body"_s, tr("Choose the body that is this group, or none.")});
    checkText(problems, u"notes"_s, group.notes);
    return problems;
}

Problems check(const ActionPlan &plan)
{
    Problems problems;
    if (plan.goalId <= 0)
        problems.append({u"goal"_s, tr("Choose the goal the plan works towards.")});
    if (plan.groupId <= 0)
        problems.append({u"group"_s, tr("Choose the action group that carries out the plan.")});
    if (plan.leadMembershipId && *plan.leadMembershipId <= 0)
        problems.append({u"lead"_s, tr("Choose the member organization that leads the plan.")});
    checkRequiredText(problems, u"title"_s, plan.title, "A plan needs a title.");
    checkPeriod(problems, plan.startOn, plan.dueOn);
    checkLines(problems, u"criteria"_s, plan.criteria,
               "Each evaluation criterion needs some words; remove the empty ones.");
    for (qsizetype i = 0; i < plan.budget.size(); ++i) {
        const BudgetLine &line = plan.budget.at(i);
        checkRequiredText(problems, itemField(u"budget"_s, i, u"item"_s), line.item,
                          "Say what each budget line pays for.");
        if (line.amountCents < 0)
            problems.append({itemField(u"budget"_s, i, u"amount"_s),
                             tr("A budget line cannot be a negative amount (%1).")
                                 .arg(formatMoney(line.amountCents))});
        if (line.fundedById && *line.fundedById <= 0)
            problems.append({itemField(u"budget"_s, i, u"funder"_s),
                             tr("Choose the member organization that funds this line, or none.")});
        // Money counts as secured only when someone is named as giving it.
        if (line.secured && !line.fundedById && line.source.trimmed().isEmpty())
            problems.append({itemField(u"budget"_s, i, u"funder"_s),
                             tr("“%1” is marked secured: name the member or the outside source "
                                "that funds it.")
                                 .arg(line.item.trimmed())});
    }
    for (qsizetype i = 0; i < plan.staffing.size(); ++i) {
        const StaffingNeed &need = plan.staffing.at(i);
        checkRequiredText(problems, itemField(u"staffing"_s, i, u"role"_s), need.role,
                          "Say which role each staffing need is for.");
        if (need.hoursPerMonth < 0 || need.hoursPerMonth > MaxHoursPerMonth)
            problems.append({itemField(u"staffing"_s, i, u"hours"_s),
                             tr("Hours per month must be between 0 and %1 (a whole month); "
                                "%2 is not.")
                                 .arg(MaxHoursPerMonth)
                                 .arg(need.hoursPerMonth)});
        if (need.coveredById && *need.coveredById <= 0)
            problems.append({itemField(u"staffing"_s, i, u"cover"_s),
                             tr("Choose the member organization that covers this role, or none.")});
        else if (need.coveredById && need.soughtOutside)
            problems.append({itemField(u"staffing"_s, i, u"cover"_s),
                             tr("The role “%1” is covered by a member, so it is not sought outside "
                                "as well: choose one.")
                                 .arg(need.role.trimmed())});
    }
    checkText(problems, u"notes"_s, plan.notes);
    return problems;
}

Problems check(const Task &task)
{
    Problems problems;
    if (task.planId <= 0)
        problems.append({u"plan"_s, tr("Choose the plan the task belongs to.")});
    checkRequiredText(problems, u"title"_s, task.title, "A task needs a title.");
    if (task.responsibleId && *task.responsibleId <= 0)
        problems.append(
            {u"responsible"_s, tr("Choose the member organization responsible, or none.")});
    checkPeriod(problems, task.startOn, task.dueOn);
    if (task.doneOn.isValid() && task.status != TaskStatus::Done)
        problems.append({u"done"_s,
                         tr("Only a task that is done has a done date (%1): set its status to "
                            "done or clear the date.")
                             .arg(task.doneOn.toString(Qt::ISODate))});
    checkText(problems, u"notes"_s, task.notes);
    return problems;
}

} // namespace Coalition::Validation
