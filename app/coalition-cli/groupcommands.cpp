// SPDX-License-Identifier: GPL-3.0-or-later
// group commands: a coalition's action groups, their convener, members,
// people and goals; group show adds the state of their plans and the progress
// reports they owe.

#include "actioncli.h"
#include "domain/jsoncodec.h"

using namespace Qt::StringLiterals;

namespace Coalition::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Coalition::Cli", text);
}

void addGroupOptions(QCommandLineParser &parser)
{
    parser.addOption({u"name"_s, tr("Name (unique in the coalition)."), tr("NAME")});
    parser.addOption({u"purpose"_s, tr("What the group is for."), tr("TEXT")});
    parser.addOption({u"convener"_s,
                      tr("The convener, a person of a member organization (number or name; "
                         "empty for none)."),
                      tr("PERSON")});
    parser.addOption({u"member"_s,
                      tr("A member organization taking part; repeat for several. On edit, "
                         "replaces the list."),
                      tr("ORG")});
    parser.addOption({u"person"_s,
                      tr("A person taking part; repeat for several. On edit, replaces the list."),
                      tr("PERSON")});
    parser.addOption({u"goal"_s,
                      tr("A goal the group serves (number or title); repeat for several. On "
                         "edit, replaces the list."),
                      tr("GOAL")});
    parser.addOption({u"body"_s,
                      tr("The governance body that is this group (number or name; empty for "
                         "none)."),
                      tr("BODY")});
    parser.addOption({u"cadence"_s,
                      tr("How often it reports: none, monthly or quarterly (default: monthly)."),
                      tr("CADENCE")});
    parser.addOption({u"started"_s,
                      tr("The day it started; reports are owed from the period holding it."),
                      tr("YYYY-MM-DD")});
    addConfidentialOptions(parser);
    parser.addOption({u"notes"_s, tr("Free notes."), tr("TEXT")});
}

int applyGroupOptions(Context &context, Workspace &workspace, const QCommandLineParser &parser,
                      ActionGroup &group)
{
    if (parser.isSet(u"cadence"_s)) {
        auto cadence = parseEnum<ReportingCadence>(parser.value(u"cadence"_s));
        if (!cadence)
            return context.usage(cadence.error().message);
        group.cadence = *cadence;
    }
    auto started = parseDateOption(parser, u"started"_s);
    if (!started)
        return context.usage(started.error().message);
    if (parser.isSet(u"started"_s))
        group.startedOn = *started;
    if (int code = applyConfidential(context, parser, group.confidential); code != Success)
        return code;
    for (const auto &[name, field] :
         {std::pair{u"name"_s, &group.name}, std::pair{u"purpose"_s, &group.purpose},
          std::pair{u"notes"_s, &group.notes}}) {
        if (parser.isSet(name))
            *field = parser.value(name);
    }
    if (parser.isSet(u"member"_s)) {
        auto members = resolveMemberships(workspace, group.coalitionId, parser.values(u"member"_s));
        if (!members)
            return context.fail(members.error());
        group.memberships = *members;
    }
    if (parser.isSet(u"person"_s)) {
        auto people = resolvePeople(workspace, parser.values(u"person"_s));
        if (!people)
            return context.fail(people.error());
        group.people = *people;
    }
    if (parser.isSet(u"goal"_s)) {
        QList<Id> goals;
        for (const QString &reference : parser.values(u"goal"_s)) {
            auto goal = resolveGoal(workspace, group.coalitionId, reference);
            if (!goal)
                return referenceFailure(context, goal.error());
            if (!goals.contains(*goal))
                goals.append(*goal);
        }
        group.goals = goals;
    }
    if (int code = applyOptionalReference(
            context, parser, u"convener"_s, group.convenerId,
            [&](const QString &reference) { return resolvePerson(workspace, reference); });
        code != Success)
        return code;
    return applyOptionalReference(context, parser, u"body"_s, group.bodyId,
                                  [&](const QString &reference) {
                                      return resolveBody(workspace, group.coalitionId, reference);
                                  });
}

std::optional<ActionGroup> targetGroup(Context &context, const QCommandLineParser &parser,
                                       const QString &usageMessage)
{
    return targetRecord<ActionGroup>(context, parser, usageMessage, resolveGroup,
                                     [](Workspace &w, Id id) { return w.actionGroups().get(id); });
}

int groupAdd(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    addGroupOptions(parser);
    if (!context.parse(parser, u"--coalition COALITION --name NAME [OPTIONS]"_s,
                       tr("Adds an action group to a coalition. It reports monthly unless "
                          "--cadence says otherwise.")))
        return context.exitCode();
    if (!parser.isSet(u"coalition"_s) || !parser.isSet(u"name"_s))
        return context.usage(tr("group add needs --coalition and --name."));
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto coalition = resolveCoalition(*workspace, parser.value(u"coalition"_s));
    if (!coalition)
        return context.fail(coalition.error());
    ActionGroup group;
    group.coalitionId = *coalition;
    if (int code = applyGroupOptions(context, *workspace, parser, group); code != Success)
        return code;
    auto id = workspace->actionGroups().add(group);
    if (!id)
        return context.fail(id.error());
    context.out() << tr("Added action group %1: %2 (reports: %3).")
                         .arg(QString::number(*id), group.name.trimmed(),
                              enumLabel(group.cadence).toLower())
                  << u'\n';
    return Success;
}

int groupEdit(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    addGroupOptions(parser);
    parser.addPositionalArgument(u"group"_s, tr("The group's number or name."));
    if (!context.parse(parser, u"GROUP [OPTIONS]"_s,
                       tr("Changes the given fields of an action group; the others stay. A group "
                          "named by name needs --coalition.")))
        return context.exitCode();
    std::optional<ActionGroup> group
        = targetGroup(context, parser, tr("group edit needs one group (number or name)."));
    if (!group)
        return context.exitCode();
    Workspace *workspace = context.workspace();
    if (int code = applyGroupOptions(context, *workspace, parser, *group); code != Success)
        return code;
    if (Status status = workspace->actionGroups().update(*group); !status)
        return context.fail(status.error());
    context.out()
        << tr("Updated action group %1: %2.").arg(QString::number(group->id), group->name.trimmed())
        << u'\n';
    return Success;
}

int groupList(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    addIncludeConfidentialOption(parser);
    addAsOfOption(parser);
    context.addFormatOption(parser);
    if (!context.parse(parser,
                       u"--coalition COALITION [--include-confidential] [--as-of YYYY-MM-DD] "
                       "[--format json]"_s,
                       tr("Lists a coalition's action groups with their convener, members, "
                          "plans and the reports they owe and have not sent.")))
        return context.exitCode();
    if (!parser.isSet(u"coalition"_s))
        return context.usage(tr("group list needs --coalition."));
    auto today = asOfDate(parser);
    if (!today)
        return context.usage(today.error().message);
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto coalition = resolveCoalition(*workspace, parser.value(u"coalition"_s));
    if (!coalition)
        return context.fail(coalition.error());
    auto names = loadActionNames(*workspace, *coalition);
    auto groups = workspace->actionGroups().listForCoalition(*coalition);
    auto plans = workspace->actionPlans().listForCoalition(*coalition);
    auto reports = workspace->progressReports().listForCoalition(*coalition);
    if (!names || !groups || !plans || !reports)
        return context.fail(!names        ? names.error()
                                : !groups ? groups.error()
                                : !plans  ? plans.error()
                                          : reports.error());
    const bool include = parser.isSet(u"include-confidential"_s);
    int hidden = 0;
    QJsonArray array;
    QList<QStringList> rows;
    for (const ActionGroup &group : visibleRecords(*groups, include, hidden)) {
        const QList<ReportPeriod> missing = PlanMetrics::missingReports(group, *reports, *today);
        QStringList missingText;
        for (const ReportPeriod &period : missing)
            missingText.append(period.toString());
        const auto planCount
            = std::count_if(plans->cbegin(), plans->cend(), [&](const ActionPlan &p) {
                  return p.groupId == group.id && (include || !p.confidential);
              });
        QJsonObject object = JsonCodec::toJson(group);
        object.insert(u"convener"_s, names->person(group.convenerId));
        object.insert(u"plans"_s, static_cast<int>(planCount));
        object.insert(u"missing_reports"_s, QJsonArray::fromStringList(missingText));
        array.append(object);
        rows.append({QString::number(group.id), group.name, names->person(group.convenerId),
                     QString::number(group.memberships.size()), QString::number(planCount),
                     enumKey(group.cadence), missingText.join(u", "_s),
                     group.confidential ? tr("yes") : QString()});
    }
    if (context.wantsJson(parser))
        return context.printJson(QJsonDocument(listJson(u"groups"_s, array, hidden)));
    context.out() << formatTable({tr("ID"), tr("Name"), tr("Convener"), tr("Members"), tr("Plans"),
                                  tr("Reports"), tr("Missing reports"), tr("Confidential")},
                                 rows);
    printHidden(context, hidden);
    return Success;
}

int groupShow(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    addIncludeConfidentialOption(parser);
    addAsOfOption(parser);
    parser.addPositionalArgument(u"group"_s, tr("The group's number or name."));
    context.addFormatOption(parser);
    if (!context.parse(parser,
                       u"GROUP [--coalition COALITION] [--include-confidential] "
                       "[--as-of YYYY-MM-DD] [--format json]"_s,
                       tr("Shows an action group with its members and goals, the state of its "
                          "plans (late tasks, unfunded budget, uncovered staffing) and the "
                          "progress reports it owes and has not sent.")))
        return context.exitCode();
    auto today = asOfDate(parser);
    if (!today)
        return context.usage(today.error().message);
    std::optional<ActionGroup> found
        = targetGroup(context, parser, tr("group show needs one group (number or name)."));
    if (!found)
        return context.exitCode();
    const ActionGroup &group = *found;
    Workspace *workspace = context.workspace();
    auto names = loadActionNames(*workspace, group.coalitionId);
    auto plans = workspace->actionPlans().listForGroup(group.id);
    auto tasks = workspace->tasks().listForCoalition(group.coalitionId);
    auto reports = workspace->progressReports().listForGroup(group.id);
    if (!names || !plans || !tasks || !reports)
        return context.fail(!names       ? names.error()
                                : !plans ? plans.error()
                                : !tasks ? tasks.error()
                                         : reports.error());
    const bool include = parser.isSet(u"include-confidential"_s);
    int hidden = 0;
    int hiddenTasks = 0; // they weigh in the plans' state only
    const QList<Task> visibleTasks = visibleRecords(*tasks, include, hiddenTasks);
    QJsonArray planArray;
    QList<QStringList> planRows;
    QStringList reasons;
    for (const ActionPlan &plan : visibleRecords(*plans, include, hidden)) {
        const PlanStatus status = PlanMetrics::of(plan, visibleTasks, *today);
        QJsonObject object = JsonCodec::toJson(plan);
        object.insert(u"goal"_s, names->goal(plan.goalId));
        object.insert(u"state"_s, planStatusJson(status));
        planArray.append(object);
        planRows.append({QString::number(plan.id), plan.title, names->goal(plan.goalId),
                         QString::number(status.done) + u'/' + QString::number(status.tasks),
                         dateText(plan.dueOn), planFlags(status)});
        for (const QString &reason : status.reasons)
            reasons.append(tr("Plan %1: %2").arg(QString::number(plan.id), reason));
    }
    const QList<ReportPeriod> missing = PlanMetrics::missingReports(group, *reports, *today);
    QStringList missingText;
    for (const ReportPeriod &period : missing)
        missingText.append(period.toString());
    QStringList received;
    for (const ProgressReport &report : *reports)
        received.append(report.period.toString());
    QStringList goals;
    for (const Id goalId : group.goals)
        goals.append(names->goal(goalId));
    QStringList people;
    for (const Id personId : group.people)
        people.append(names->person(personId));

    if (context.wantsJson(parser)) {
        QJsonObject object = JsonCodec::toJson(group);
        object.insert(u"convener"_s, names->person(group.convenerId));
        object.insert(u"members"_s, QJsonArray::fromStringList(names->members(group.memberships)));
        object.insert(u"goals"_s, QJsonArray::fromStringList(goals));
        object.insert(u"plans"_s, planArray);
        object.insert(u"reports_received"_s, QJsonArray::fromStringList(received));
        object.insert(u"missing_reports"_s, QJsonArray::fromStringList(missingText));
        object.insert(u"as_of"_s, dateText(*today));
        object.insert(u"confidential_not_shown"_s, hidden);
        return context.printJson(QJsonDocument(object));
    }
    QTextStream &out = context.out();
    out << tr("Action group %1: %2").arg(QString::number(group.id), group.name) << u'\n';
    printFields(context,
                {
                    {tr("Purpose"), group.purpose},
                    {tr("Convener"), names->person(group.convenerId)},
                    {tr("Members"), names->members(group.memberships).join(u", "_s)},
                    {tr("People"), people.join(u", "_s)},
                    {tr("Goals"), goals.join(u"; "_s)},
                    {tr("Body"), group.bodyId ? names->body(*group.bodyId) : QString()},
                    {tr("Reports"), enumLabel(group.cadence)},
                    {tr("Started"), dateText(group.startedOn)},
                    {tr("Confidential"), group.confidential ? tr("yes") : QString()},
                    {tr("Notes"), group.notes},
                });
    if (planRows.isEmpty()) {
        out << tr("Plans: none yet.") << u'\n';
    } else {
        out << tr("Plans (as of %1):").arg(dateText(*today)) << u'\n';
        const QString table = formatTable(
            {tr("ID"), tr("Title"), tr("Goal"), tr("Done"), tr("Due"), tr("State")}, planRows);
        for (const QString &line : table.split(u'\n', Qt::SkipEmptyParts))
            out << u"  "_s << line << u'\n';
        for (const QString &reason : reasons)
            out << u"  "_s << reason << u'\n';
    }
    if (group.cadence == ReportingCadence::None)
        out << tr("Progress reports: none are owed.") << u'\n';
    else
        out << tr("Progress reports received: %1.")
                   .arg(received.isEmpty() ? tr("none") : received.join(u", "_s))
            << u'\n';
    if (!missing.isEmpty())
        out << tr("Missing reports: %1 (%2 owed up to %3 and not received).")
                   .arg(missingText.join(u", "_s))
                   .arg(missing.size())
                   .arg(dateText(*today))
            << u'\n';
    else if (group.cadence != ReportingCadence::None)
        out << tr("No report is missing.") << u'\n';
    printHidden(context, hidden);
    return Success;
}

} // namespace

QList<Command> groupCommands()
{
    return {
        {u"group"_s, u"add"_s, tr("Add an action group"), groupAdd},
        {u"group"_s, u"list"_s, tr("List a coalition's action groups"), groupList},
        {u"group"_s, u"show"_s, tr("Show a group, its plans' state and missing reports"),
         groupShow},
        {u"group"_s, u"edit"_s, tr("Change an action group"), groupEdit},
    };
}

} // namespace Coalition::Cli
