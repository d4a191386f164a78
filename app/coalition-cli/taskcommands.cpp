// SPDX-License-Identifier: GPL-3.0-or-later
// task commands: the tasks of the action plans, the member organization
// responsible for each, and which of them are late.

#include "actioncli.h"
#include "domain/jsoncodec.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Coalition::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Coalition::Cli", text);
}

void addTaskOptions(QCommandLineParser &parser)
{
    parser.addOption({u"plan"_s, tr("The action plan (number or title)."), tr("PLAN")});
    parser.addOption({u"title"_s, tr("What is to be done."), tr("TITLE")});
    parser.addOption({u"responsible"_s,
                      tr("The member organization responsible (number or name; empty for "
                         "none)."),
                      tr("ORG")});
    parser.addOption({u"start"_s, tr("Start date (empty for none)."), tr("YYYY-MM-DD")});
    parser.addOption({u"due"_s, tr("Due date (empty for none)."), tr("YYYY-MM-DD")});
    parser.addOption(
        {u"status"_s, tr("Status: %1.").arg(enumKeys<TaskStatus>().join(u", "_s)), tr("STATUS")});
    parser.addOption({u"done-on"_s, tr("The day it was done (with --status done; default: today)."),
                      tr("YYYY-MM-DD")});
    addConfidentialOptions(parser);
    parser.addOption({u"notes"_s, tr("Free notes."), tr("TEXT")});
}

int applyTaskOptions(Context &context, Workspace &workspace, const QCommandLineParser &parser,
                     Id coalitionId, Task &task)
{
    for (const auto &[name, field] :
         {std::pair{u"start"_s, &task.startOn}, std::pair{u"due"_s, &task.dueOn},
          std::pair{u"done-on"_s, &task.doneOn}}) {
        auto date = parseDateOption(parser, name);
        if (!date)
            return context.usage(date.error().message);
        if (parser.isSet(name))
            *field = *date;
    }
    if (parser.isSet(u"status"_s)) {
        auto status = parseEnum<TaskStatus>(parser.value(u"status"_s));
        if (!status)
            return context.usage(status.error().message);
        task.status = *status;
    }
    // A done task carries the day it was done; any other status has none.
    if (task.status == TaskStatus::Done && !task.doneOn.isValid())
        task.doneOn = QDate::currentDate();
    else if (task.status != TaskStatus::Done && !parser.isSet(u"done-on"_s))
        task.doneOn = QDate();
    if (int code = applyConfidential(context, parser, task.confidential); code != Success)
        return code;
    if (parser.isSet(u"title"_s))
        task.title = parser.value(u"title"_s);
    if (parser.isSet(u"notes"_s))
        task.notes = parser.value(u"notes"_s);
    if (parser.isSet(u"plan"_s)) {
        auto plan = resolvePlan(workspace, coalitionId, parser.value(u"plan"_s));
        if (!plan)
            return referenceFailure(context, plan.error());
        task.planId = *plan;
    }
    return applyOptionalReference(context, parser, u"responsible"_s, task.responsibleId,
                                  [&](const QString &reference) {
                                      return resolveMembership(workspace, coalitionId, reference);
                                  });
}

int taskAdd(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    addTaskOptions(parser);
    if (!context.parse(parser, u"--plan PLAN --title TITLE [OPTIONS]"_s,
                       tr("Adds a task to an action plan, not started unless --status says "
                          "otherwise. A plan named by title needs --coalition.")))
        return context.exitCode();
    if (!parser.isSet(u"plan"_s) || !parser.isSet(u"title"_s))
        return context.usage(tr("task add needs --plan and --title."));
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto coalition = optionalCoalition(*workspace, parser);
    if (!coalition)
        return context.fail(coalition.error());
    auto planId = resolvePlan(*workspace, *coalition, parser.value(u"plan"_s));
    if (!planId)
        return referenceFailure(context, planId.error());
    auto coalitionId = coalitionOfPlan(*workspace, *planId);
    if (!coalitionId)
        return context.fail(coalitionId.error());
    Task task;
    if (int code = applyTaskOptions(context, *workspace, parser, *coalitionId, task);
        code != Success)
        return code;
    auto id = workspace->tasks().add(task);
    if (!id)
        return context.fail(id.error());
    context.out() << tr("Added task %1: %2 (%3%4).")
                         .arg(QString::number(*id), task.title.trimmed(),
                              enumLabel(task.status).toLower(),
                              task.dueOn.isValid() ? tr(", due %1").arg(dateText(task.dueOn))
                                                   : QString())
                  << u'\n';
    return Success;
}

std::optional<Task> targetTask(Context &context, const QCommandLineParser &parser,
                               const QString &usageMessage)
{
    return targetRecord<Task>(context, parser, usageMessage, resolveTask,
                              [](Workspace &w, Id id) { return w.tasks().get(id); });
}

int taskEdit(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    addTaskOptions(parser);
    parser.addPositionalArgument(u"task"_s, tr("The task's number or title."));
    if (!context.parse(parser, u"TASK [OPTIONS]"_s,
                       tr("Changes the given fields of a task; the others stay. A task named by "
                          "title needs --coalition.")))
        return context.exitCode();
    std::optional<Task> task
        = targetTask(context, parser, tr("task edit needs one task (number or title)."));
    if (!task)
        return context.exitCode();
    Workspace *workspace = context.workspace();
    auto coalitionId = coalitionOfPlan(*workspace, task->planId);
    if (!coalitionId)
        return context.fail(coalitionId.error());
    if (int code = applyTaskOptions(context, *workspace, parser, *coalitionId, *task);
        code != Success)
        return code;
    if (Status status = workspace->tasks().update(*task); !status)
        return context.fail(status.error());
    context.out() << tr("Updated task %1: %2 (%3).")
                         .arg(QString::number(task->id), task->title.trimmed(),
                              enumLabel(task->status).toLower())
                  << u'\n';
    return Success;
}

int taskDone(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    parser.addOption({u"on"_s, tr("The day it was done (default: today)."), tr("YYYY-MM-DD")});
    parser.addPositionalArgument(u"task"_s, tr("The task's number or title."));
    if (!context.parse(parser, u"TASK [--on YYYY-MM-DD]"_s,
                       tr("Marks a task done on a day (default: today).")))
        return context.exitCode();
    auto on = parseDateOption(parser, u"on"_s);
    if (!on)
        return context.usage(on.error().message);
    std::optional<Task> task
        = targetTask(context, parser, tr("task done needs one task (number or title)."));
    if (!task)
        return context.exitCode();
    const QDate date = on->isValid() ? *on : QDate::currentDate();
    if (Status status = context.workspace()->tasks().setStatus(task->id, TaskStatus::Done, date);
        !status)
        return context.fail(status.error());
    context.out() << tr("Task %1, “%2”, done on %3.")
                         .arg(QString::number(task->id), task->title, dateText(date))
                  << u'\n';
    return Success;
}

int taskList(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    parser.addOption({u"plan"_s, tr("Only the tasks of this plan."), tr("PLAN")});
    parser.addOption({u"group"_s, tr("Only the tasks of this group's plans."), tr("GROUP")});
    parser.addOption({u"late"_s, tr("Only the late tasks: open and past their due date.")});
    addIncludeConfidentialOption(parser);
    addAsOfOption(parser);
    context.addFormatOption(parser);
    if (!context.parse(parser,
                       u"--coalition COALITION | --plan PLAN | --group GROUP [--late] "
                       "[--include-confidential] [--as-of YYYY-MM-DD] [--format json]"_s,
                       tr("Lists tasks by due date, marking the late ones. A plan or group named "
                          "by name needs --coalition.")))
        return context.exitCode();
    if (!parser.isSet(u"coalition"_s) && !parser.isSet(u"plan"_s) && !parser.isSet(u"group"_s))
        return context.usage(tr("task list needs --coalition, --plan or --group."));
    if (parser.isSet(u"plan"_s) && parser.isSet(u"group"_s))
        return context.usage(tr("Give --plan or --group, not both."));
    auto today = asOfDate(parser);
    if (!today)
        return context.usage(today.error().message);
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto given = optionalCoalition(*workspace, parser);
    if (!given)
        return context.fail(given.error());
    std::optional<Id> onlyPlan;
    std::optional<Id> onlyGroup;
    Result<Id> coalition = *given ? Result<Id>(**given) : Result<Id>(Error{});
    if (parser.isSet(u"plan"_s)) {
        auto plan = resolvePlan(*workspace, *given, parser.value(u"plan"_s));
        if (!plan)
            return referenceFailure(context, plan.error());
        onlyPlan = *plan;
        coalition = coalitionOfPlan(*workspace, *plan);
    } else if (parser.isSet(u"group"_s)) {
        auto group = resolveGroup(*workspace, *given, parser.value(u"group"_s));
        if (!group)
            return referenceFailure(context, group.error());
        onlyGroup = *group;
        coalition = coalitionOfGroup(*workspace, *group);
    }
    if (!coalition)
        return context.fail(coalition.error());
    auto names = loadActionNames(*workspace, *coalition);
    auto tasks = workspace->tasks().listForCoalition(*coalition);
    auto plans = workspace->actionPlans().listForCoalition(*coalition);
    auto groups = workspace->actionGroups().listForCoalition(*coalition);
    if (!names || !tasks || !plans || !groups)
        return context.fail(!names       ? names.error()
                                : !tasks ? tasks.error()
                                : !plans ? plans.error()
                                         : groups.error());
    // A task of a confidential plan, or of a confidential group's plan, is
    // left out with it.
    QSet<Id> confidentialGroups;
    for (const ActionGroup &g : *groups) {
        if (g.confidential)
            confidentialGroups.insert(g.id);
    }
    QSet<Id> confidentialPlans;
    for (const ActionPlan &p : *plans) {
        if (p.confidential || confidentialGroups.contains(p.groupId))
            confidentialPlans.insert(p.id);
    }
    const bool include = parser.isSet(u"include-confidential"_s);
    const bool lateOnly = parser.isSet(u"late"_s);
    int hidden = 0;
    QJsonArray array;
    QList<QStringList> rows;
    for (const Task &task : *tasks) {
        if (onlyPlan && task.planId != *onlyPlan)
            continue;
        if (onlyGroup && names->planGroups.value(task.planId) != *onlyGroup)
            continue;
        const bool late = PlanMetrics::isLate(task, *today);
        if (lateOnly && !late)
            continue;
        if (!include && (task.confidential || confidentialPlans.contains(task.planId))) {
            ++hidden;
            continue;
        }
        QJsonObject object = JsonCodec::toJson(task);
        object.insert(u"plan"_s, names->plan(task.planId));
        object.insert(u"responsible"_s, names->optionalMember(task.responsibleId));
        object.insert(u"late"_s, late);
        array.append(object);
        rows.append({QString::number(task.id), task.title, names->plan(task.planId),
                     names->optionalMember(task.responsibleId), dateText(task.startOn),
                     dateText(task.dueOn), enumKey(task.status), late ? tr("LATE") : QString()});
    }
    if (context.wantsJson(parser))
        return context.printJson(QJsonDocument(listJson(u"tasks"_s, array, hidden)));
    context.out() << formatTable({tr("ID"), tr("Title"), tr("Plan"), tr("Responsible"), tr("Start"),
                                  tr("Due"), tr("Status"), tr("Late")},
                                 rows);
    if (lateOnly)
        context.out() << tr("%1 late as of %2.").arg(rows.size()).arg(dateText(*today)) << u'\n';
    printHidden(context, hidden);
    return Success;
}

} // namespace

QList<Command> taskCommands()
{
    return {
        {u"task"_s, u"add"_s, tr("Add a task to an action plan"), taskAdd},
        {u"task"_s, u"list"_s, tr("List tasks, marking the late ones"), taskList},
        {u"task"_s, u"edit"_s, tr("Change a task"), taskEdit},
        {u"task"_s, u"done"_s, tr("Mark a task done"), taskDone},
    };
}

} // namespace Coalition::Cli
