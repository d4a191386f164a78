// SPDX-License-Identifier: GPL-3.0-or-later
// goal commands: a coalition's goals, specific to its mission or universal,
// with their measures. actionCommands() also gathers the group, plan and task
// commands (groupcommands.cpp, plancommands.cpp, taskcommands.cpp).

#include "actioncli.h"
#include "domain/jsoncodec.h"

using namespace Qt::StringLiterals;

namespace Coalition::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Coalition::Cli", text);
}

void addGoalOptions(QCommandLineParser &parser)
{
    parser.addOption({u"kind"_s,
                      tr("Kind: specific (to the mission's issues) or universal (true of any "
                         "mission, such as broadening membership)."),
                      tr("KIND")});
    parser.addOption({u"title"_s, tr("A short title."), tr("TITLE")});
    parser.addOption({u"text"_s, tr("The goal in full."), tr("TEXT")});
    parser.addOption({u"measure"_s,
                      tr("How progress is measured; repeat for several. On edit, replaces the "
                         "list."),
                      tr("TEXT")});
    parser.addOption({u"target"_s, tr("Target date (empty for none)."), tr("YYYY-MM-DD")});
    parser.addOption(
        {u"status"_s, tr("Status: %1.").arg(enumKeys<GoalStatus>().join(u", "_s)), tr("STATUS")});
    parser.addOption({u"adopted-by"_s,
                      tr("The decision that adopted it (number or title; empty for none)."),
                      tr("DECISION")});
    addConfidentialOptions(parser);
    parser.addOption({u"notes"_s, tr("Free notes."), tr("TEXT")});
}

int applyGoalOptions(Context &context, Workspace &workspace, const QCommandLineParser &parser,
                     Goal &goal)
{
    if (parser.isSet(u"kind"_s)) {
        auto kind = parseEnum<GoalKind>(parser.value(u"kind"_s));
        if (!kind)
            return context.usage(kind.error().message);
        goal.kind = *kind;
    }
    if (parser.isSet(u"status"_s)) {
        auto status = parseEnum<GoalStatus>(parser.value(u"status"_s));
        if (!status)
            return context.usage(status.error().message);
        goal.status = *status;
    }
    auto target = parseDateOption(parser, u"target"_s);
    if (!target)
        return context.usage(target.error().message);
    if (parser.isSet(u"target"_s))
        goal.targetOn = *target;
    if (int code = applyConfidential(context, parser, goal.confidential); code != Success)
        return code;
    for (const auto &[name, field] :
         {std::pair{u"title"_s, &goal.title}, std::pair{u"text"_s, &goal.text},
          std::pair{u"notes"_s, &goal.notes}}) {
        if (parser.isSet(name))
            *field = parser.value(name);
    }
    if (parser.isSet(u"measure"_s))
        goal.measures = parser.values(u"measure"_s);
    return applyOptionalReference(
        context, parser, u"adopted-by"_s, goal.adoptedByDecisionId, [&](const QString &reference) {
            return resolveDecision(workspace, goal.coalitionId, reference);
        });
}

std::optional<Goal> targetGoal(Context &context, const QCommandLineParser &parser,
                               const QString &usageMessage)
{
    return targetRecord<Goal>(context, parser, usageMessage, resolveGoal,
                              [](Workspace &w, Id id) { return w.goals().get(id); });
}

int goalAdd(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    addGoalOptions(parser);
    if (!context.parse(parser, u"--coalition COALITION --title TITLE [OPTIONS]"_s,
                       tr("Adds a goal to a coalition: specific unless --kind universal, "
                          "proposed unless --status says otherwise.")))
        return context.exitCode();
    if (!parser.isSet(u"coalition"_s) || !parser.isSet(u"title"_s))
        return context.usage(tr("goal add needs --coalition and --title."));
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto coalition = resolveCoalition(*workspace, parser.value(u"coalition"_s));
    if (!coalition)
        return context.fail(coalition.error());
    Goal goal;
    goal.coalitionId = *coalition;
    if (int code = applyGoalOptions(context, *workspace, parser, goal); code != Success)
        return code;
    auto id = workspace->goals().add(goal);
    if (!id)
        return context.fail(id.error());
    context.out() << tr("Added goal %1: %2 (%3, %4).")
                         .arg(QString::number(*id), goal.title.trimmed(),
                              enumLabel(goal.kind).toLower(), enumLabel(goal.status).toLower())
                  << u'\n';
    return Success;
}

int goalEdit(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    addGoalOptions(parser);
    parser.addPositionalArgument(u"goal"_s, tr("The goal's number or title."));
    if (!context.parse(parser, u"GOAL [OPTIONS]"_s,
                       tr("Changes the given fields of a goal; the others stay. A goal named by "
                          "title needs --coalition.")))
        return context.exitCode();
    std::optional<Goal> goal
        = targetGoal(context, parser, tr("goal edit needs one goal (number or title)."));
    if (!goal)
        return context.exitCode();
    Workspace *workspace = context.workspace();
    if (int code = applyGoalOptions(context, *workspace, parser, *goal); code != Success)
        return code;
    if (Status status = workspace->goals().update(*goal); !status)
        return context.fail(status.error());
    context.out() << tr("Updated goal %1: %2 (%3).")
                         .arg(QString::number(goal->id), goal->title.trimmed(),
                              enumLabel(goal->status).toLower())
                  << u'\n';
    return Success;
}

int goalList(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    parser.addOption({u"status"_s, tr("Only goals with this status."), tr("STATUS")});
    addIncludeConfidentialOption(parser);
    context.addFormatOption(parser);
    if (!context.parse(parser,
                       u"--coalition COALITION [--status STATUS] [--include-confidential] "
                       "[--format json]"_s,
                       tr("Lists a coalition's goals with the number of plans serving each.")))
        return context.exitCode();
    if (!parser.isSet(u"coalition"_s))
        return context.usage(tr("goal list needs --coalition."));
    std::optional<GoalStatus> onlyStatus;
    if (parser.isSet(u"status"_s)) {
        auto status = parseEnum<GoalStatus>(parser.value(u"status"_s));
        if (!status)
            return context.usage(status.error().message);
        onlyStatus = *status;
    }
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto coalition = resolveCoalition(*workspace, parser.value(u"coalition"_s));
    if (!coalition)
        return context.fail(coalition.error());
    auto goals = workspace->goals().listForCoalition(*coalition);
    auto plans = workspace->actionPlans().listForCoalition(*coalition);
    if (!goals || !plans)
        return context.fail(!goals ? goals.error() : plans.error());
    int hidden = 0;
    const bool include = parser.isSet(u"include-confidential"_s);
    QJsonArray array;
    QList<QStringList> rows;
    QList<Goal> wanted;
    for (const Goal &goal : *goals) {
        if (!onlyStatus || goal.status == *onlyStatus)
            wanted.append(goal);
    }
    for (const Goal &goal : visibleRecords(wanted, include, hidden)) {
        const auto planCount
            = std::count_if(plans->cbegin(), plans->cend(), [&](const ActionPlan &p) {
                  return p.goalId == goal.id && (include || !p.confidential);
              });
        QJsonObject object = JsonCodec::toJson(goal);
        object.insert(u"plans"_s, static_cast<int>(planCount));
        array.append(object);
        rows.append({QString::number(goal.id), goal.title, enumKey(goal.kind), enumKey(goal.status),
                     dateText(goal.targetOn), QString::number(planCount),
                     goal.confidential ? tr("yes") : QString()});
    }
    if (context.wantsJson(parser))
        return context.printJson(QJsonDocument(listJson(u"goals"_s, array, hidden)));
    context.out() << formatTable({tr("ID"), tr("Title"), tr("Kind"), tr("Status"), tr("Target"),
                                  tr("Plans"), tr("Confidential")},
                                 rows);
    printHidden(context, hidden);
    return Success;
}

int goalShow(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    addIncludeConfidentialOption(parser);
    addAsOfOption(parser);
    parser.addPositionalArgument(u"goal"_s, tr("The goal's number or title."));
    context.addFormatOption(parser);
    if (!context.parse(parser, u"GOAL [--coalition COALITION] [--format json]"_s,
                       tr("Shows a goal with its measures, the groups that serve it and its "
                          "plans with their state.")))
        return context.exitCode();
    auto today = asOfDate(parser);
    if (!today)
        return context.usage(today.error().message);
    std::optional<Goal> found
        = targetGoal(context, parser, tr("goal show needs one goal (number or title)."));
    if (!found)
        return context.exitCode();
    const Goal &goal = *found;
    Workspace *workspace = context.workspace();
    auto names = loadActionNames(*workspace, goal.coalitionId);
    auto plans = workspace->actionPlans().listForGoal(goal.id);
    auto groups = workspace->actionGroups().listForCoalition(goal.coalitionId);
    auto tasks = workspace->tasks().listForCoalition(goal.coalitionId);
    if (!names || !plans || !groups || !tasks)
        return context.fail(
            !names ? names.error()
                   : (!plans ? plans.error() : (!groups ? groups.error() : tasks.error())));
    const bool include = parser.isSet(u"include-confidential"_s);
    int hidden = 0; // the goal's groups and plans left out
    QStringList groupNames;
    QJsonArray groupArray;
    for (const ActionGroup &g : *groups) {
        if (!g.goals.contains(goal.id))
            continue;
        if (g.confidential && !include) {
            ++hidden;
            continue;
        }
        groupNames.append(g.name);
        groupArray.append(QJsonObject{{u"id"_s, g.id}, {u"name"_s, g.name}});
    }
    int hiddenTasks = 0; // not listed here: they only weigh in the plans' state
    const QList<Task> visibleTasks = visibleRecords(*tasks, include, hiddenTasks);
    QJsonArray planArray;
    QList<QStringList> rows;
    for (const ActionPlan &plan : visibleRecords(*plans, include, hidden)) {
        const PlanStatus status = PlanMetrics::of(plan, visibleTasks, *today);
        QJsonObject object = JsonCodec::toJson(plan);
        object.insert(u"state"_s, planStatusJson(status));
        planArray.append(object);
        rows.append({QString::number(plan.id), plan.title, names->group(plan.groupId),
                     dateText(plan.dueOn), planFlags(status)});
    }
    QJsonValue adoptedByJson(QJsonValue::Null);
    QString adoptedBy;
    if (goal.adoptedByDecisionId) {
        if (auto decision = workspace->decisions().get(*goal.adoptedByDecisionId)) {
            adoptedBy = tr("decision %1, “%2”").arg(QString::number(decision->id), decision->title);
            adoptedByJson = QJsonObject{{u"id"_s, decision->id},
                                        {u"title"_s, decision->title},
                                        {u"status"_s, enumKey(decision->status)}};
        }
    }
    if (context.wantsJson(parser)) {
        QJsonObject object = JsonCodec::toJson(goal);
        object.insert(u"adopted_by"_s, adoptedByJson);
        object.insert(u"groups"_s, groupArray);
        object.insert(u"plans"_s, planArray);
        object.insert(u"confidential_not_shown"_s, hidden);
        return context.printJson(QJsonDocument(object));
    }
    context.out() << tr("Goal %1: %2").arg(QString::number(goal.id), goal.title) << u'\n';
    printFields(context,
                {
                    {tr("Kind"), enumLabel(goal.kind)},
                    {tr("Status"), enumLabel(goal.status)},
                    {tr("Text"), goal.text},
                    {tr("Target"), dateText(goal.targetOn)},
                    {tr("Adopted by"), adoptedBy},
                    {tr("Served by"), groupNames.join(u", "_s)},
                    {tr("Confidential"), goal.confidential ? tr("yes") : QString()},
                    {tr("Notes"), goal.notes},
                });
    if (!goal.measures.isEmpty()) {
        context.out() << tr("Measures:") << u'\n';
        for (const QString &measure : goal.measures)
            context.out() << u"  - "_s << measure << u'\n';
    }
    if (rows.isEmpty()) {
        context.out() << tr("No action plan serves this goal yet.") << u'\n';
    } else {
        context.out() << tr("Plans (as of %1):").arg(dateText(*today)) << u'\n';
        const QString table
            = formatTable({tr("ID"), tr("Title"), tr("Group"), tr("Due"), tr("State")}, rows);
        for (const QString &line : table.split(u'\n', Qt::SkipEmptyParts))
            context.out() << u"  "_s << line << u'\n';
    }
    printHidden(context, hidden);
    return Success;
}

} // namespace

QList<Command> actionCommands()
{
    return QList<Command>{
               {u"goal"_s, u"add"_s, tr("Add a goal to a coalition"), goalAdd},
               {u"goal"_s, u"list"_s, tr("List a coalition's goals"), goalList},
               {u"goal"_s, u"show"_s, tr("Show a goal with its plans"), goalShow},
               {u"goal"_s, u"edit"_s, tr("Change a goal"), goalEdit},
           }
    + groupCommands() + planCommands() + taskCommands();
}

} // namespace Coalition::Cli
