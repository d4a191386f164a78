// SPDX-License-Identifier: GPL-3.0-or-later
// success and evaluation commands: what a coalition achieved, with the member
// organizations credited, and the evaluations of its activities.
// outcomeCommands() also gathers report-entry and conflict.

#include "actioncli.h"
#include "domain/jsoncodec.h"

using namespace Qt::StringLiterals;

namespace Coalition::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Coalition::Cli", text);
}

// The coalition given with --coalition, required by add and list.
std::optional<Id> requiredCoalition(Context &context, const QCommandLineParser &parser,
                                    const QString &usageMessage)
{
    if (!parser.isSet(u"coalition"_s)) {
        context.usage(usageMessage);
        return std::nullopt;
    }
    Workspace *workspace = context.workspace();
    if (!workspace)
        return std::nullopt;
    auto coalition = resolveCoalition(*workspace, parser.value(u"coalition"_s));
    if (!coalition) {
        context.fail(coalition.error());
        return std::nullopt;
    }
    return *coalition;
}

void addListOptions(QCommandLineParser &parser, Context &context)
{
    addCoalitionOption(parser);
    addIncludeConfidentialOption(parser);
    context.addFormatOption(parser);
}

// --- success ---------------------------------------------------------------

void addSuccessOptions(QCommandLineParser &parser)
{
    addCoalitionOption(parser);
    parser.addOption({u"title"_s, tr("What was achieved."), tr("TITLE")});
    parser.addOption({u"text"_s, tr("The story in full."), tr("TEXT")});
    parser.addOption({u"on"_s, tr("The day it was achieved (empty for none)."), tr("YYYY-MM-DD")});
    parser.addOption({u"credit"_s,
                      tr("A member organization credited; repeat for several (credit is "
                         "shared). On edit, replaces the list."),
                      tr("ORG")});
    parser.addOption({u"group"_s,
                      tr("The action group behind it (number or name; empty for none)."),
                      tr("GROUP")});
    parser.addOption(
        {u"goal"_s, tr("The goal it advances (number or title; empty for none)."), tr("GOAL")});
    addConfidentialOptions(parser);
    parser.addOption({u"notes"_s, tr("Free notes."), tr("TEXT")});
}

int applySuccessOptions(Context &context, Workspace &workspace, const QCommandLineParser &parser,
                        SuccessRecord &success)
{
    auto on = parseDateOption(parser, u"on"_s);
    if (!on)
        return context.usage(on.error().message);
    if (parser.isSet(u"on"_s))
        success.achievedOn = *on;
    if (int code = applyConfidential(context, parser, success.confidential); code != Success)
        return code;
    for (const auto &[name, field] :
         {std::pair{u"title"_s, &success.title}, std::pair{u"text"_s, &success.text},
          std::pair{u"notes"_s, &success.notes}}) {
        if (parser.isSet(name))
            *field = parser.value(name);
    }
    if (parser.isSet(u"credit"_s)) {
        auto credited
            = resolveMemberships(workspace, success.coalitionId, parser.values(u"credit"_s));
        if (!credited)
            return context.fail(credited.error());
        success.credited = *credited;
    }
    const Id coalitionId = success.coalitionId;
    if (int code = applyOptionalReference(context, parser, u"group"_s, success.groupId,
                                          [&](const QString &reference) {
                                              return resolveGroup(workspace, coalitionId,
                                                                  reference);
                                          });
        code != Success)
        return code;
    return applyOptionalReference(
        context, parser, u"goal"_s, success.goalId,
        [&](const QString &reference) { return resolveGoal(workspace, coalitionId, reference); });
}

int successAdd(Context &context)
{
    QCommandLineParser parser;
    addSuccessOptions(parser);
    if (!context.parse(parser, u"--coalition COALITION --title TITLE [OPTIONS]"_s,
                       tr("Records a success of a coalition with the members it credits.")))
        return context.exitCode();
    if (!parser.isSet(u"title"_s))
        return context.usage(tr("success add needs --coalition and --title."));
    const auto coalition
        = requiredCoalition(context, parser, tr("success add needs --coalition and --title."));
    if (!coalition)
        return context.exitCode();
    SuccessRecord success;
    success.coalitionId = *coalition;
    if (int code = applySuccessOptions(context, *context.workspace(), parser, success);
        code != Success)
        return code;
    auto id = context.workspace()->successes().add(success);
    if (!id)
        return context.fail(id.error());
    context.out() << tr("Added success %1: %2 (%3 credited).")
                         .arg(QString::number(*id), success.title.trimmed())
                         .arg(success.credited.size())
                  << u'\n';
    return Success;
}

int successEdit(Context &context)
{
    QCommandLineParser parser;
    addSuccessOptions(parser);
    parser.addPositionalArgument(u"success"_s, tr("The success's number or title."));
    if (!context.parse(parser, u"SUCCESS [OPTIONS]"_s,
                       tr("Changes the given fields of a success; the others stay.")))
        return context.exitCode();
    auto success = targetRecord<SuccessRecord>(
        context, parser, tr("success edit needs one success (number or title)."), resolveSuccess,
        [](Workspace &w, Id id) { return w.successes().get(id); });
    if (!success)
        return context.exitCode();
    if (int code = applySuccessOptions(context, *context.workspace(), parser, *success);
        code != Success)
        return code;
    if (Status status = context.workspace()->successes().update(*success); !status)
        return context.fail(status.error());
    context.out()
        << tr("Updated success %1: %2.").arg(QString::number(success->id), success->title.trimmed())
        << u'\n';
    return Success;
}

int successList(Context &context)
{
    QCommandLineParser parser;
    addListOptions(parser, context);
    if (!context.parse(parser, u"--coalition COALITION [--include-confidential] [--format json]"_s,
                       tr("Lists a coalition's successes with the members credited.")))
        return context.exitCode();
    const auto coalition
        = requiredCoalition(context, parser, tr("success list needs --coalition."));
    if (!coalition)
        return context.exitCode();
    Workspace *workspace = context.workspace();
    auto names = loadActionNames(*workspace, *coalition);
    auto successes = workspace->successes().listForCoalition(*coalition);
    if (!names || !successes)
        return context.fail(!names ? names.error() : successes.error());
    int hidden = 0;
    QJsonArray array;
    QList<QStringList> rows;
    for (const SuccessRecord &s :
         visibleRecords(*successes, parser.isSet(u"include-confidential"_s), hidden)) {
        QJsonObject object = JsonCodec::toJson(s);
        object.insert(u"credited"_s, QJsonArray::fromStringList(names->members(s.credited)));
        object.insert(u"group"_s, names->group(s.groupId));
        object.insert(u"goal"_s, names->goal(s.goalId));
        array.append(object);
        rows.append({QString::number(s.id), dateText(s.achievedOn), s.title,
                     names->members(s.credited).join(u", "_s), names->group(s.groupId),
                     s.confidential ? tr("yes") : QString()});
    }
    if (context.wantsJson(parser))
        return context.printJson(QJsonDocument(listJson(u"successes"_s, array, hidden)));
    context.out() << formatTable(
        {tr("ID"), tr("On"), tr("Title"), tr("Credited"), tr("Group"), tr("Confidential")}, rows);
    printHidden(context, hidden);
    return Success;
}

// --- evaluation ------------------------------------------------------------

void addEvaluationOptions(QCommandLineParser &parser)
{
    addCoalitionOption(parser);
    parser.addOption({u"activity"_s, tr("The activity evaluated."), tr("TEXT")});
    parser.addOption(
        {u"on"_s, tr("The day of the evaluation (empty for none)."), tr("YYYY-MM-DD")});
    parser.addOption({u"method"_s,
                      tr("Method: %1.").arg(enumKeys<EvaluationMethod>().join(u", "_s)),
                      tr("METHOD")});
    parser.addOption({u"findings"_s, tr("What it found."), tr("TEXT")});
    parser.addOption({u"score"_s, tr("A score from 0 to 100 (empty for none)."), tr("N")});
    parser.addOption({u"group"_s,
                      tr("The action group evaluated (number or name; empty for none)."),
                      tr("GROUP")});
    parser.addOption({u"plan"_s, tr("The action plan evaluated (number or title; empty for none)."),
                      tr("PLAN")});
    addConfidentialOptions(parser);
    parser.addOption({u"notes"_s, tr("Free notes."), tr("TEXT")});
}

int applyEvaluationOptions(Context &context, Workspace &workspace, const QCommandLineParser &parser,
                           Evaluation &evaluation)
{
    auto on = parseDateOption(parser, u"on"_s);
    if (!on)
        return context.usage(on.error().message);
    if (parser.isSet(u"on"_s))
        evaluation.on = *on;
    if (parser.isSet(u"method"_s)) {
        auto method = parseEnum<EvaluationMethod>(parser.value(u"method"_s));
        if (!method)
            return context.usage(method.error().message);
        evaluation.method = *method;
    }
    if (parser.isSet(u"score"_s)) {
        evaluation.score.reset();
        if (!parser.value(u"score"_s).trimmed().isEmpty()) {
            auto score = parseCountOption(u"score"_s, parser.value(u"score"_s));
            if (!score || *score > 100)
                return context.usage(tr("--score: “%1” is not a whole number from 0 to 100.")
                                         .arg(parser.value(u"score"_s)));
            evaluation.score = *score;
        }
    }
    if (int code = applyConfidential(context, parser, evaluation.confidential); code != Success)
        return code;
    for (const auto &[name, field] : {std::pair{u"activity"_s, &evaluation.activity},
                                      std::pair{u"findings"_s, &evaluation.findings},
                                      std::pair{u"notes"_s, &evaluation.notes}}) {
        if (parser.isSet(name))
            *field = parser.value(name);
    }
    const Id coalitionId = evaluation.coalitionId;
    if (int code = applyOptionalReference(context, parser, u"group"_s, evaluation.groupId,
                                          [&](const QString &reference) {
                                              return resolveGroup(workspace, coalitionId,
                                                                  reference);
                                          });
        code != Success)
        return code;
    return applyOptionalReference(
        context, parser, u"plan"_s, evaluation.planId,
        [&](const QString &reference) { return resolvePlan(workspace, coalitionId, reference); });
}

QString scoreText(const std::optional<int> &score)
{
    return score ? QString::number(*score) : QString();
}

int evaluationAdd(Context &context)
{
    QCommandLineParser parser;
    addEvaluationOptions(parser);
    if (!context.parse(parser, u"--coalition COALITION --activity TEXT [OPTIONS]"_s,
                       tr("Records an evaluation of an activity of a coalition.")))
        return context.exitCode();
    if (!parser.isSet(u"activity"_s))
        return context.usage(tr("evaluation add needs --coalition and --activity."));
    const auto coalition = requiredCoalition(
        context, parser, tr("evaluation add needs --coalition and --activity."));
    if (!coalition)
        return context.exitCode();
    Evaluation evaluation;
    evaluation.coalitionId = *coalition;
    if (int code = applyEvaluationOptions(context, *context.workspace(), parser, evaluation);
        code != Success)
        return code;
    auto id = context.workspace()->evaluations().add(evaluation);
    if (!id)
        return context.fail(id.error());
    context.out() << tr("Added evaluation %1: %2 (%3).")
                         .arg(QString::number(*id), evaluation.activity.trimmed(),
                              enumLabel(evaluation.method).toLower())
                  << u'\n';
    return Success;
}

int evaluationEdit(Context &context)
{
    QCommandLineParser parser;
    addEvaluationOptions(parser);
    parser.addPositionalArgument(u"evaluation"_s, tr("The evaluation's number or activity."));
    if (!context.parse(parser, u"EVALUATION [OPTIONS]"_s,
                       tr("Changes the given fields of an evaluation; the others stay.")))
        return context.exitCode();
    auto evaluation = targetRecord<Evaluation>(
        context, parser, tr("evaluation edit needs one evaluation (number or activity)."),
        resolveEvaluation, [](Workspace &w, Id id) { return w.evaluations().get(id); });
    if (!evaluation)
        return context.exitCode();
    if (int code = applyEvaluationOptions(context, *context.workspace(), parser, *evaluation);
        code != Success)
        return code;
    if (Status status = context.workspace()->evaluations().update(*evaluation); !status)
        return context.fail(status.error());
    context.out() << tr("Updated evaluation %1: %2.")
                         .arg(QString::number(evaluation->id), evaluation->activity.trimmed())
                  << u'\n';
    return Success;
}

int evaluationList(Context &context)
{
    QCommandLineParser parser;
    addListOptions(parser, context);
    if (!context.parse(parser, u"--coalition COALITION [--include-confidential] [--format json]"_s,
                       tr("Lists the evaluations of a coalition's activities.")))
        return context.exitCode();
    const auto coalition
        = requiredCoalition(context, parser, tr("evaluation list needs --coalition."));
    if (!coalition)
        return context.exitCode();
    Workspace *workspace = context.workspace();
    auto names = loadActionNames(*workspace, *coalition);
    auto evaluations = workspace->evaluations().listForCoalition(*coalition);
    if (!names || !evaluations)
        return context.fail(!names ? names.error() : evaluations.error());
    int hidden = 0;
    QJsonArray array;
    QList<QStringList> rows;
    for (const Evaluation &e :
         visibleRecords(*evaluations, parser.isSet(u"include-confidential"_s), hidden)) {
        QJsonObject object = JsonCodec::toJson(e);
        object.insert(u"group"_s, names->group(e.groupId));
        object.insert(u"plan"_s, names->plan(e.planId));
        array.append(object);
        rows.append(
            {QString::number(e.id), dateText(e.on), e.activity, enumKey(e.method),
             scoreText(e.score),
             names->plan(e.planId).isEmpty() ? names->group(e.groupId) : names->plan(e.planId),
             e.findings, e.confidential ? tr("yes") : QString()});
    }
    if (context.wantsJson(parser))
        return context.printJson(QJsonDocument(listJson(u"evaluations"_s, array, hidden)));
    context.out() << formatTable({tr("ID"), tr("On"), tr("Activity"), tr("Method"), tr("Score"),
                                  tr("Group or plan"), tr("Findings"), tr("Confidential")},
                                 rows);
    printHidden(context, hidden);
    return Success;
}

} // namespace

QList<Command> successCommands()
{
    return {
        {u"success"_s, u"add"_s, tr("Record a success and the members credited"), successAdd},
        {u"success"_s, u"list"_s, tr("List a coalition's successes"), successList},
        {u"success"_s, u"edit"_s, tr("Change a success"), successEdit},
    };
}

QList<Command> evaluationCommands()
{
    return {
        {u"evaluation"_s, u"add"_s, tr("Record an evaluation of an activity"), evaluationAdd},
        {u"evaluation"_s, u"list"_s, tr("List a coalition's evaluations"), evaluationList},
        {u"evaluation"_s, u"edit"_s, tr("Change an evaluation"), evaluationEdit},
    };
}

QList<Command> outcomeCommands()
{
    return reportEntryCommands() + successCommands() + evaluationCommands() + conflictCommands();
}

} // namespace Coalition::Cli
