// SPDX-License-Identifier: GPL-3.0-or-later
// plan commands: the action plans of a coalition's groups, with their
// evaluation criteria, budget lines and staffing needs, and the state their
// tasks, budget and staffing add up to (PlanMetrics).

#include "actioncli.h"
#include "domain/jsoncodec.h"
#include "domain/money.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Coalition::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Coalition::Cli", text);
}

void addPlanOptions(QCommandLineParser &parser)
{
    parser.addOption({u"goal"_s, tr("The goal the plan serves (number or title)."), tr("GOAL")});
    parser.addOption(
        {u"group"_s, tr("The action group that owns it (number or name)."), tr("GROUP")});
    parser.addOption({u"lead"_s,
                      tr("The lead member organization (number or name; empty for none)."),
                      tr("ORG")});
    parser.addOption({u"title"_s, tr("A short title."), tr("TITLE")});
    parser.addOption({u"start"_s, tr("Start date (empty for none)."), tr("YYYY-MM-DD")});
    parser.addOption({u"due"_s, tr("Due date (empty for none)."), tr("YYYY-MM-DD")});
    parser.addOption({u"criterion"_s,
                      tr("An evaluation criterion; repeat for several. On edit, replaces the "
                         "list."),
                      tr("TEXT")});
    parser.addOption({u"budget"_s,
                      tr("A budget line, “ITEM:AMOUNT:FUNDER:secured|sought”, the funder a "
                         "member organization or any other source (may be empty); repeat for "
                         "several. On edit, replaces the budget."),
                      tr("LINE")});
    parser.addOption({u"staffing"_s,
                      tr("A staffing need, “ROLE:HOURS-PER-MONTH:ORG|outside|none”; repeat for "
                         "several. On edit, replaces the list."),
                      tr("NEED")});
    parser.addOption({u"adopted-by"_s,
                      tr("The decision that adopted it (number or title; empty for none)."),
                      tr("DECISION")});
    addConfidentialOptions(parser);
    parser.addOption({u"notes"_s, tr("Free notes."), tr("TEXT")});
}

// "Flyers:1200.50:Harbor Credit Union:secured". The item may hold colons: the
// last three fields are read from the right.
int parseBudgetLine(Context &context, Workspace &workspace, Id coalitionId, const QString &text,
                    BudgetLine &line)
{
    QStringList parts = text.split(u':');
    const QString wrong = tr("--budget: “%1” is not ITEM:AMOUNT:FUNDER:secured|sought.").arg(text);
    if (parts.size() < 4)
        return context.usage(wrong);
    const QString state = parts.takeLast().trimmed().toLower();
    const QString funder = parts.takeLast().trimmed();
    const QString amount = parts.takeLast().trimmed();
    line.item = parts.join(u':').trimmed();
    if (line.item.isEmpty() || (state != u"secured"_s && state != u"sought"_s))
        return context.usage(wrong);
    const std::optional<qint64> cents = parseMoney(amount);
    if (!cents || *cents < 0)
        return context.usage(
            tr("--budget: “%1” is not an amount of zero or more, such as 1200 or 1200.50.")
                .arg(amount));
    line.amountCents = *cents;
    line.secured = state == u"secured"_s;
    line.fundedById.reset();
    line.source.clear();
    if (!funder.isEmpty()) {
        // A member organization funds it, or it is a source outside the coalition.
        if (auto membership = resolveMembership(workspace, coalitionId, funder))
            line.fundedById = *membership;
        else
            line.source = funder;
    }
    return Success;
}

// "Outreach worker:20:Riverside Tenants' Union", "Designer:6:outside", "Driver:4:none".
int parseStaffingNeed(Context &context, Workspace &workspace, Id coalitionId, const QString &text,
                      StaffingNeed &need)
{
    QStringList parts = text.split(u':');
    const QString wrong
        = tr("--staffing: “%1” is not ROLE:HOURS-PER-MONTH:ORG|outside|none.").arg(text);
    if (parts.size() < 3)
        return context.usage(wrong);
    const QString cover = parts.takeLast().trimmed();
    const QString hours = parts.takeLast().trimmed();
    need.role = parts.join(u':').trimmed();
    if (need.role.isEmpty())
        return context.usage(wrong);
    auto count = parseCountOption(u"staffing"_s, hours);
    if (!count)
        return context.usage(count.error().message);
    need.hoursPerMonth = *count;
    need.coveredById.reset();
    need.soughtOutside = false;
    if (cover.compare(u"outside"_s, Qt::CaseInsensitive) == 0) {
        need.soughtOutside = true;
    } else if (!cover.isEmpty() && cover.compare(u"none"_s, Qt::CaseInsensitive) != 0) {
        auto membership = resolveMembership(workspace, coalitionId, cover);
        if (!membership)
            return context.fail(membership.error());
        need.coveredById = *membership;
    }
    return Success;
}

int applyPlanOptions(Context &context, Workspace &workspace, const QCommandLineParser &parser,
                     Id coalitionId, ActionPlan &plan)
{
    for (const auto &[name, field] :
         {std::pair{u"start"_s, &plan.startOn}, std::pair{u"due"_s, &plan.dueOn}}) {
        auto date = parseDateOption(parser, name);
        if (!date)
            return context.usage(date.error().message);
        if (parser.isSet(name))
            *field = *date;
    }
    if (int code = applyConfidential(context, parser, plan.confidential); code != Success)
        return code;
    if (parser.isSet(u"title"_s))
        plan.title = parser.value(u"title"_s);
    if (parser.isSet(u"notes"_s))
        plan.notes = parser.value(u"notes"_s);
    if (parser.isSet(u"criterion"_s))
        plan.criteria = parser.values(u"criterion"_s);
    if (parser.isSet(u"budget"_s)) {
        plan.budget.clear();
        for (const QString &text : parser.values(u"budget"_s)) {
            BudgetLine line;
            if (int code = parseBudgetLine(context, workspace, coalitionId, text, line);
                code != Success)
                return code;
            plan.budget.append(line);
        }
    }
    if (parser.isSet(u"staffing"_s)) {
        plan.staffing.clear();
        for (const QString &text : parser.values(u"staffing"_s)) {
            StaffingNeed need;
            if (int code = parseStaffingNeed(context, workspace, coalitionId, text, need);
                code != Success)
                return code;
            plan.staffing.append(need);
        }
    }
    if (parser.isSet(u"goal"_s)) {
        auto goal = resolveGoal(workspace, coalitionId, parser.value(u"goal"_s));
        if (!goal)
            return referenceFailure(context, goal.error());
        plan.goalId = *goal;
    }
    if (parser.isSet(u"group"_s)) {
        auto group = resolveGroup(workspace, coalitionId, parser.value(u"group"_s));
        if (!group)
            return referenceFailure(context, group.error());
        plan.groupId = *group;
    }
    if (int code = applyOptionalReference(context, parser, u"lead"_s, plan.leadMembershipId,
                                          [&](const QString &reference) {
                                              return resolveMembership(workspace, coalitionId,
                                                                       reference);
                                          });
        code != Success)
        return code;
    return applyOptionalReference(context, parser, u"adopted-by"_s, plan.adoptedByDecisionId,
                                  [&](const QString &reference) {
                                      return resolveDecision(workspace, coalitionId, reference);
                                  });
}

std::optional<ActionPlan> targetPlan(Context &context, const QCommandLineParser &parser,
                                     const QString &usageMessage)
{
    return targetRecord<ActionPlan>(context, parser, usageMessage, resolvePlan,
                                    [](Workspace &w, Id id) { return w.actionPlans().get(id); });
}

int planAdd(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    addPlanOptions(parser);
    if (!context.parse(parser, u"--goal GOAL --group GROUP --title TITLE [OPTIONS]"_s,
                       tr("Adds an action plan for a goal, owned by an action group. A goal or "
                          "group named by name needs --coalition, unless the goal is given by "
                          "number.")))
        return context.exitCode();
    if (!parser.isSet(u"goal"_s) || !parser.isSet(u"group"_s) || !parser.isSet(u"title"_s))
        return context.usage(tr("plan add needs --goal, --group and --title."));
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto coalition = optionalCoalition(*workspace, parser);
    if (!coalition)
        return context.fail(coalition.error());
    auto goalId = resolveGoal(*workspace, *coalition, parser.value(u"goal"_s));
    if (!goalId)
        return referenceFailure(context, goalId.error());
    auto goal = workspace->goals().get(*goalId);
    if (!goal)
        return context.fail(goal.error());
    ActionPlan plan;
    if (int code = applyPlanOptions(context, *workspace, parser, goal->coalitionId, plan);
        code != Success)
        return code;
    auto id = workspace->actionPlans().add(plan);
    if (!id)
        return context.fail(id.error());
    plan.id = *id;
    const PlanStatus status = PlanMetrics::of(plan, {}, QDate::currentDate());
    context.out() << tr("Added action plan %1: %2.").arg(QString::number(*id), plan.title.trimmed())
                  << u'\n';
    for (const QString &reason : status.reasons)
        context.out() << u"  "_s << reason << u'\n';
    return Success;
}

int planEdit(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    addPlanOptions(parser);
    parser.addPositionalArgument(u"plan"_s, tr("The plan's number or title."));
    if (!context.parse(parser, u"PLAN [OPTIONS]"_s,
                       tr("Changes the given fields of an action plan; the others stay. "
                          "--criterion, --budget and --staffing replace their whole list.")))
        return context.exitCode();
    std::optional<ActionPlan> plan
        = targetPlan(context, parser, tr("plan edit needs one plan (number or title)."));
    if (!plan)
        return context.exitCode();
    Workspace *workspace = context.workspace();
    auto coalition = coalitionOfPlan(*workspace, plan->id);
    if (!coalition)
        return context.fail(coalition.error());
    if (int code = applyPlanOptions(context, *workspace, parser, *coalition, *plan);
        code != Success)
        return code;
    if (Status status = workspace->actionPlans().update(*plan); !status)
        return context.fail(status.error());
    context.out()
        << tr("Updated action plan %1: %2.").arg(QString::number(plan->id), plan->title.trimmed())
        << u'\n';
    return Success;
}

int planList(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    parser.addOption({u"group"_s, tr("Only the plans of this group."), tr("GROUP")});
    addIncludeConfidentialOption(parser);
    addAsOfOption(parser);
    context.addFormatOption(parser);
    if (!context.parse(parser,
                       u"--coalition COALITION [--group GROUP] [--include-confidential] "
                       "[--as-of YYYY-MM-DD] [--format json]"_s,
                       tr("Lists a coalition's action plans with their late tasks, unfunded "
                          "budget and uncovered staffing.")))
        return context.exitCode();
    if (!parser.isSet(u"coalition"_s))
        return context.usage(tr("plan list needs --coalition."));
    auto today = asOfDate(parser);
    if (!today)
        return context.usage(today.error().message);
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto coalition = resolveCoalition(*workspace, parser.value(u"coalition"_s));
    if (!coalition)
        return context.fail(coalition.error());
    std::optional<Id> onlyGroup;
    if (int code = applyOptionalReference(context, parser, u"group"_s, onlyGroup,
                                          [&](const QString &reference) {
                                              return resolveGroup(*workspace, *coalition,
                                                                  reference);
                                          });
        code != Success)
        return code;
    auto names = loadActionNames(*workspace, *coalition);
    auto plans = workspace->actionPlans().listForCoalition(*coalition);
    auto groups = workspace->actionGroups().listForCoalition(*coalition);
    auto tasks = workspace->tasks().listForCoalition(*coalition);
    if (!names || !plans || !groups || !tasks)
        return context.fail(!names        ? names.error()
                                : !plans  ? plans.error()
                                : !groups ? groups.error()
                                          : tasks.error());
    QSet<Id> confidentialGroups;
    for (const ActionGroup &g : *groups) {
        if (g.confidential)
            confidentialGroups.insert(g.id);
    }
    const bool include = parser.isSet(u"include-confidential"_s);
    int hidden = 0;
    int hiddenTasks = 0;
    const QList<Task> visibleTasks = visibleRecords(*tasks, include, hiddenTasks);
    // A plan of a confidential group is left out with it.
    const QList<ActionPlan> shown
        = visibleRecords(*plans, include, hidden, [&](const ActionPlan &p) {
              return p.confidential || confidentialGroups.contains(p.groupId);
          });
    QJsonArray array;
    QList<QStringList> rows;
    for (const ActionPlan &plan : shown) {
        if (onlyGroup && plan.groupId != *onlyGroup)
            continue;
        const PlanStatus status = PlanMetrics::of(plan, visibleTasks, *today);
        QJsonObject object = JsonCodec::toJson(plan);
        object.insert(u"goal"_s, names->goal(plan.goalId));
        object.insert(u"group"_s, names->group(plan.groupId));
        object.insert(u"lead"_s, names->optionalMember(plan.leadMembershipId));
        object.insert(u"state"_s, planStatusJson(status));
        array.append(object);
        rows.append(
            {QString::number(plan.id), plan.title, names->group(plan.groupId),
             names->optionalMember(plan.leadMembershipId), dateText(plan.dueOn),
             QString::number(status.done) + u'/' + QString::number(status.tasks),
             status.late > 0 ? QString::number(status.late) : QString(),
             status.unfundedCents > 0 ? formatMoney(status.unfundedCents) : QString(),
             status.hoursUncovered > 0 ? QString::number(status.hoursUncovered) : QString(),
             status.finished ? tr("finished") : (status.pastDue ? tr("past due") : QString())});
    }
    if (context.wantsJson(parser))
        return context.printJson(QJsonDocument(listJson(u"plans"_s, array, hidden)));
    context.out() << formatTable({tr("ID"), tr("Title"), tr("Group"), tr("Lead"), tr("Due"),
                                  tr("Done"), tr("Late"), tr("Unfunded"), tr("Uncovered h"),
                                  tr("State")},
                                 rows);
    printHidden(context, hidden);
    return Success;
}

} // namespace

QList<Command> planCommands()
{
    return {
        {u"plan"_s, u"add"_s, tr("Add an action plan"), planAdd},
        {u"plan"_s, u"list"_s, tr("List action plans with late, unfunded and uncovered flags"),
         planList},
        {u"plan"_s, u"show"_s, tr("Show a plan: tasks, budget, staffing, criteria, state"),
         planShow},
        {u"plan"_s, u"edit"_s, tr("Change an action plan"), planEdit},
    };
}

} // namespace Coalition::Cli
