// SPDX-License-Identifier: GPL-3.0-or-later
// plan show: one action plan in full, with its tasks, budget (secured against
// needed), staffing (covered against needed), evaluation criteria and the
// state they add up to, each judgement explained with its numbers.

#include "actioncli.h"
#include "domain/jsoncodec.h"
#include "domain/money.h"

using namespace Qt::StringLiterals;

namespace Coalition::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Coalition::Cli", text);
}

void printIndentedTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows)
{
    const QString table = formatTable(header, rows);
    for (const QString &line : table.split(u'\n', Qt::SkipEmptyParts))
        out << u"  "_s << line << u'\n';
}

QString funderOf(const BudgetLine &line, const ActionNames &names)
{
    if (line.fundedById)
        return names.member(*line.fundedById);
    return line.source;
}

QString coverOf(const StaffingNeed &need, const ActionNames &names)
{
    if (need.coveredById)
        return names.member(*need.coveredById);
    return need.soughtOutside ? tr("sought outside") : tr("not covered");
}

} // namespace

int planShow(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    addIncludeConfidentialOption(parser);
    addAsOfOption(parser);
    parser.addPositionalArgument(u"plan"_s, tr("The plan's number or title."));
    context.addFormatOption(parser);
    if (!context.parse(parser,
                       u"PLAN [--coalition COALITION] [--include-confidential] "
                       "[--as-of YYYY-MM-DD] [--format json]"_s,
                       tr("Shows an action plan with its tasks, budget, staffing and evaluation "
                          "criteria, and its state: late tasks, unfunded budget, uncovered "
                          "staffing, finished or not, with the reasons.")))
        return context.exitCode();
    auto today = asOfDate(parser);
    if (!today)
        return context.usage(today.error().message);
    if (parser.positionalArguments().size() != 1)
        return context.usage(tr("plan show needs one plan (number or title)."));
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto coalition = optionalCoalition(*workspace, parser);
    if (!coalition)
        return context.fail(coalition.error());
    auto id = resolvePlan(*workspace, *coalition, parser.positionalArguments().first());
    if (!id)
        return referenceFailure(context, id.error());
    auto plan = workspace->actionPlans().get(*id);
    if (!plan)
        return context.fail(plan.error());
    auto coalitionId = coalitionOfPlan(*workspace, plan->id);
    if (!coalitionId)
        return context.fail(coalitionId.error());
    auto names = loadActionNames(*workspace, *coalitionId);
    auto tasks = workspace->tasks().listForPlan(plan->id);
    if (!names || !tasks)
        return context.fail(!names ? names.error() : tasks.error());
    const bool include = parser.isSet(u"include-confidential"_s);
    int hidden = 0;
    const QList<Task> shownTasks = visibleRecords(*tasks, include, hidden);
    const PlanStatus status = PlanMetrics::of(*plan, shownTasks, *today);

    QString adoptedBy;
    QJsonValue adoptedByJson(QJsonValue::Null);
    if (plan->adoptedByDecisionId) {
        if (auto decision = workspace->decisions().get(*plan->adoptedByDecisionId)) {
            adoptedBy = tr("decision %1, “%2”").arg(QString::number(decision->id), decision->title);
            adoptedByJson = QJsonObject{{u"id"_s, decision->id}, {u"title"_s, decision->title}};
        }
    }

    if (context.wantsJson(parser)) {
        QJsonObject object = JsonCodec::toJson(*plan);
        object.insert(u"goal"_s, names->goal(plan->goalId));
        object.insert(u"group"_s, names->group(plan->groupId));
        object.insert(u"lead"_s, names->optionalMember(plan->leadMembershipId));
        object.insert(u"adopted_by"_s, adoptedByJson);
        QJsonArray budget = object.value(u"budget"_s).toArray();
        for (qsizetype i = 0; i < budget.size() && i < plan->budget.size(); ++i) {
            QJsonObject line = budget.at(i).toObject();
            line.insert(u"funded_by"_s, funderOf(plan->budget.at(i), *names));
            budget.replace(i, line);
        }
        object.insert(u"budget"_s, budget);
        QJsonArray staffing = object.value(u"staffing"_s).toArray();
        for (qsizetype i = 0; i < staffing.size() && i < plan->staffing.size(); ++i) {
            QJsonObject need = staffing.at(i).toObject();
            const StaffingNeed &s = plan->staffing.at(i);
            need.insert(u"covered_by"_s,
                        s.coveredById ? QJsonValue(names->member(*s.coveredById))
                                      : QJsonValue(QJsonValue::Null));
            staffing.replace(i, need);
        }
        object.insert(u"staffing"_s, staffing);
        QJsonArray taskArray;
        for (const Task &task : shownTasks) {
            QJsonObject t = JsonCodec::toJson(task);
            t.insert(u"responsible"_s, names->optionalMember(task.responsibleId));
            t.insert(u"late"_s, PlanMetrics::isLate(task, *today));
            taskArray.append(t);
        }
        object.insert(u"tasks"_s, taskArray);
        object.insert(u"state"_s, planStatusJson(status));
        object.insert(u"as_of"_s, dateText(*today));
        object.insert(u"confidential_not_shown"_s, hidden);
        return context.printJson(QJsonDocument(object));
    }

    QTextStream &out = context.out();
    out << tr("Action plan %1: %2").arg(QString::number(plan->id), plan->title) << u'\n';
    const QString period = plan->startOn.isValid() || plan->dueOn.isValid()
        ? tr("%1 to %2").arg(dateText(plan->startOn), dateText(plan->dueOn)).trimmed()
        : QString();
    printFields(context,
                {
                    {tr("Goal"), names->goal(plan->goalId)},
                    {tr("Group"), names->group(plan->groupId)},
                    {tr("Lead"), names->optionalMember(plan->leadMembershipId)},
                    {tr("Timeline"), period},
                    {tr("Adopted by"), adoptedBy},
                    {tr("Confidential"), plan->confidential ? tr("yes") : QString()},
                    {tr("Notes"), plan->notes},
                });

    out << tr("State (as of %1):").arg(dateText(*today)) << u'\n';
    const QString flags = planFlags(status);
    out << u"  "_s << (flags.isEmpty() ? tr("on track") : flags) << u'\n';
    for (const QString &reason : status.reasons)
        out << u"  - "_s << reason << u'\n';

    if (shownTasks.isEmpty()) {
        out << tr("Tasks: none.") << u'\n';
    } else {
        out << tr("Tasks:") << u'\n';
        QList<QStringList> rows;
        for (const Task &task : shownTasks)
            rows.append({QString::number(task.id), task.title,
                         names->optionalMember(task.responsibleId), dateText(task.startOn),
                         dateText(task.dueOn), enumKey(task.status), dateText(task.doneOn),
                         PlanMetrics::isLate(task, *today) ? tr("LATE") : QString()});
        printIndentedTable(out,
                           {tr("ID"), tr("Title"), tr("Responsible"), tr("Start"), tr("Due"),
                            tr("Status"), tr("Done on"), tr("Late")},
                           rows);
    }

    if (plan->budget.isEmpty()) {
        out << tr("Budget: none recorded.") << u'\n';
    } else {
        out << tr("Budget: %1 needed, %2 secured, %3 unfunded.")
                   .arg(formatMoney(status.budgetCents), formatMoney(status.securedCents),
                        formatMoney(status.unfundedCents))
            << u'\n';
        QList<QStringList> rows;
        for (const BudgetLine &line : plan->budget)
            rows.append({line.item, formatMoney(line.amountCents), funderOf(line, *names),
                         line.secured ? tr("secured") : tr("sought")});
        printIndentedTable(out, {tr("Item"), tr("Amount"), tr("Funded by"), tr("State")}, rows);
    }

    if (plan->staffing.isEmpty()) {
        out << tr("Staffing: none recorded.") << u'\n';
    } else {
        out << tr("Staffing: %1 hours a month needed, %2 covered by members, %3 not covered.")
                   .arg(status.hoursNeeded)
                   .arg(status.hoursCovered)
                   .arg(status.hoursUncovered)
            << u'\n';
        QList<QStringList> rows;
        for (const StaffingNeed &need : plan->staffing)
            rows.append({need.role, QString::number(need.hoursPerMonth), coverOf(need, *names)});
        printIndentedTable(out, {tr("Role"), tr("Hours/month"), tr("Covered by")}, rows);
    }

    if (plan->criteria.isEmpty()) {
        out << tr("Evaluation criteria: none recorded.") << u'\n';
    } else {
        out << tr("Evaluation criteria:") << u'\n';
        for (const QString &criterion : plan->criteria)
            out << u"  - "_s << criterion << u'\n';
    }
    printHidden(context, hidden);
    return Success;
}

} // namespace Coalition::Cli
