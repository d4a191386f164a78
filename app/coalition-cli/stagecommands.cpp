// SPDX-License-Identifier: GPL-3.0-or-later
// stage: the stage assessment of a coalition with its evidence, and the
// coordinator's recorded stage (stage record, stage history). stageCommands()
// also gathers the checklist, relationship and network commands.

#include "domain/jsoncodec.h"
#include "stagecli.h"
#include "storage/stagesnapshot.h"

using namespace Qt::StringLiterals;

namespace Coalition::Cli {

namespace {

// Called as Qt's tr() is, with nullptr before a count, so that lupdate takes
// a %n message for one with plural forms.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Coalition::Cli", text, disambiguation, n);
}

// The contract: recorded, suggested, stages, missing_for_next; then
// the reasons, warnings and type fit that explain them.
QJsonObject assessmentJson(const StageAssessment &assessment)
{
    QJsonArray stages;
    for (const StageResult &stage : assessment.stages) {
        QJsonArray criteria;
        for (const CriterionResult &criterion : stage.criteria)
            criteria.append(QJsonObject{
                {u"id"_s, criterion.id},
                {u"label"_s, criterion.label},
                {u"status"_s, criterionStatusKey(criterion.status)},
                {u"evidence"_s, criterion.evidence},
            });
        stages.append(QJsonObject{
            {u"stage"_s, enumKey(stage.stage)},
            {u"met"_s, stage.met},
            {u"total"_s, stage.total},
            {u"criteria"_s, criteria},
        });
    }
    QJsonArray missing;
    for (const CriterionResult &criterion : assessment.missingForNext)
        missing.append(criterion.label);
    QJsonArray typeFit;
    for (const TypeFitItem &item : assessment.typeFit)
        typeFit.append(QJsonObject{
            {u"aspect"_s, item.aspect},
            {u"label"_s, item.label},
            {u"expected"_s, item.expected},
            {u"found"_s, item.found},
            {u"fits"_s, item.fits},
        });
    return QJsonObject{
        {u"recorded"_s,
         assessment.recorded ? QJsonValue(enumKey(*assessment.recorded)) : QJsonValue()},
        {u"suggested"_s, enumKey(assessment.suggested)},
        {u"stages"_s, stages},
        {u"missing_for_next"_s, missing},
        {u"reasons"_s, QJsonArray::fromStringList(assessment.reasons)},
        {u"warnings"_s, QJsonArray::fromStringList(assessment.warnings)},
        {u"type_fit"_s, typeFit},
    };
}

void printList(QTextStream &out, const QString &heading, const QStringList &lines)
{
    if (lines.isEmpty())
        return;
    out << u'\n' << heading << u'\n';
    for (const QString &line : lines)
        out << u"  - "_s << line << u'\n';
}

void printAssessment(Context &context, const StageSnapshot &snapshot,
                     const StageAssessment &assessment)
{
    QTextStream &out = context.out();
    out << tr("Stage assessment of %1 on %2").arg(snapshot.coalition.name, dateText(snapshot.today))
        << u'\n';
    if (assessment.recordedChange) {
        const StageChange &change = *assessment.recordedChange;
        out << tr("Recorded stage:  %1, since %2").arg(enumLabel(change.stage), dateText(change.on))
            << u'\n';
        printIndented(context, tr("Rationale: %1").arg(change.rationale), u"                 "_s);
    } else {
        out << tr("Recorded stage:  none yet (record one with “stage record”)") << u'\n';
    }
    out << tr("Suggested stage: %1").arg(enumLabel(assessment.suggested)) << u'\n';

    for (const StageResult &stage : assessment.stages) {
        QString line = enumLabel(stage.stage).leftJustified(22)
            + u"%1/%2"_s.arg(stage.met).arg(stage.total).leftJustified(7)
            + (stage.substantiallyMet ? tr("substantially met") : tr("not substantially met"));
        if (stage.stage == assessment.suggested)
            line += tr("  ← suggested");
        out << u'\n' << line << u'\n';
        for (const CriterionResult &criterion : stage.criteria) {
            out << u"  "_s << statusMark(criterion.status) << u' ' << criterion.label;
            if (criterion.checklist)
                out << u" ("_s << tr("checklist: %1").arg(criterion.id) << u')';
            out << u'\n';
            if (!criterion.evidence.isEmpty())
                printIndented(context, criterion.evidence, u"      "_s);
        }
    }

    const bool last = assessment.suggested == DevelopmentStage::Institutionalization;
    out << u'\n'
        << (last ? tr("Left to complete %1:").arg(enumLabel(assessment.suggested))
                 : tr("Missing for the next stage:"))
        << u'\n';
    if (assessment.missingForNext.isEmpty())
        out << u"  "_s
            << tr("Nothing: every criterion of %1 is met.").arg(enumLabel(assessment.suggested))
            << u'\n';
    for (const CriterionResult &criterion : assessment.missingForNext)
        out << u"  "_s << statusMark(criterion.status) << u' ' << criterion.label << u'\n';

    printList(out, tr("Why this stage:"), assessment.reasons);
    printList(out, tr("Warnings:"), assessment.warnings);

    if (!assessment.typeFit.isEmpty()) {
        out << u'\n' << tr("Fit with its type (%1):").arg(enumLabel(snapshot.coalition.type))
            << u'\n';
        for (const TypeFitItem &item : assessment.typeFit) {
            out << u"  "_s << (item.fits ? tr("[fits]    ") : tr("[differs] ")) << item.label
                << u'\n';
            out << u"      "_s << tr("Usually: %1").arg(item.expected) << u'\n';
            out << u"      "_s << tr("Found:   %1").arg(item.found) << u'\n';
        }
    }
}

int stageAssess(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    parser.addOption({u"today"_s,
                      tr("The day the assessment is made on: “in the last 12 months” and "
                         "“past” count back from it (default: today)."),
                      tr("YYYY-MM-DD")});
    context.addFormatOption(parser);
    if (!context.parse(parser, u"--coalition COALITION [--today YYYY-MM-DD] [--format json]"_s,
                       tr("Assesses where a coalition stands among the five stages of "
                          "development: each stage's criteria with met, not met or unanswered "
                          "and the evidence behind them, the stage the evidence supports, what "
                          "is missing for the next one, and how the coalition fits its type. "
                          "The coordinator's recorded stage is kept with “stage record” and "
                          "listed with “stage history”.")))
        return context.exitCode();
    if (!parser.positionalArguments().isEmpty())
        return context.usage(tr("stage has no subcommand “%1”; use stage record or stage "
                                "history (see coalition-cli stage --help).")
                                 .arg(parser.positionalArguments().first()));
    if (!parser.isSet(u"coalition"_s))
        return context.usage(tr("stage needs --coalition."));
    auto today = parseDateOption(parser, u"today"_s);
    if (!today)
        return context.usage(today.error().message);
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto coalition = resolveCoalition(*workspace, parser.value(u"coalition"_s));
    if (!coalition)
        return context.fail(coalition.error());
    auto snapshot = loadStageSnapshot(*workspace, *coalition,
                                      today->isValid() ? *today : QDate::currentDate());
    if (!snapshot)
        return context.fail(snapshot.error());
    const StageAssessment assessment = StageEngine::assess(*snapshot);
    if (context.wantsJson(parser))
        return context.printJson(QJsonDocument(assessmentJson(assessment)));
    printAssessment(context, *snapshot, assessment);
    return Success;
}

int stageRecord(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    parser.addOption({u"stage"_s,
                      tr("The stage: %1.").arg(enumKeys<DevelopmentStage>().join(u", "_s)),
                      tr("STAGE")});
    parser.addOption({u"rationale"_s, tr("Why the coalition is in this stage."), tr("TEXT")});
    parser.addOption({u"on"_s, tr("The day the coalition entered the stage (default: today)."),
                      tr("YYYY-MM-DD")});
    parser.addOption(
        {u"decision"_s, tr("The decision that settled it (number or title)."), tr("DECISION")});
    if (!context.parse(parser,
                       u"--coalition COALITION --stage STAGE --rationale TEXT [--on YYYY-MM-DD] "
                       "[--decision DECISION]"_s,
                       tr("Records the coordinator's decision that a coalition is in a stage from "
                          "a day, with the reasons and, optionally, the decision that settled "
                          "it. The latest entry is the recorded stage; one ahead of the evidence "
                          "is recorded all the same, with a warning.")))
        return context.exitCode();
    if (!parser.isSet(u"coalition"_s) || !parser.isSet(u"stage"_s) || !parser.isSet(u"rationale"_s))
        return context.usage(tr("stage record needs --coalition, --stage and --rationale."));
    auto stage = parseEnum<DevelopmentStage>(parser.value(u"stage"_s));
    if (!stage)
        return context.usage(stage.error().message);
    auto on = parseDateOption(parser, u"on"_s);
    if (!on)
        return context.usage(on.error().message);
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto coalition = resolveCoalition(*workspace, parser.value(u"coalition"_s));
    if (!coalition)
        return context.fail(coalition.error());
    StageChange change;
    change.coalitionId = *coalition;
    change.stage = *stage;
    change.on = on->isValid() ? *on : QDate::currentDate();
    change.rationale = parser.value(u"rationale"_s);
    if (int code = applyOptionalReference(context, parser, u"decision"_s, change.decisionId,
                                          [&](const QString &reference) {
                                              return resolveDecision(*workspace, *coalition,
                                                                     reference);
                                          });
        code != Success)
        return code;
    auto id = workspace->stageChanges().add(change);
    if (!id)
        return context.fail(id.error());
    auto info = workspace->coalitions().get(*coalition);
    context.out() << tr("Recorded stage change %1: %2 is in %3 from %4.")
                         .arg(QString::number(*id), info ? info->name : QString(),
                              enumLabel(change.stage), dateText(change.on))
                  << u'\n';
    // A stage ahead of the evidence is the coordinator's call: recorded, and
    // said plainly.
    if (auto snapshot = loadStageSnapshot(*workspace, *coalition, QDate::currentDate())) {
        const StageAssessment assessment = StageEngine::assess(*snapshot);
        if (assessment.recordedChange && assessment.recordedChange->id == *id) {
            for (const QString &warning : assessment.warnings)
                context.out() << tr("Note: %1").arg(warning) << u'\n';
        } else if (assessment.recordedChange) {
            context.out() << tr("Note: a later entry (%1, from %2) stays the recorded stage.")
                                 .arg(enumLabel(assessment.recordedChange->stage),
                                      dateText(assessment.recordedChange->on))
                          << u'\n';
        }
    }
    return Success;
}

int stageHistory(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    context.addFormatOption(parser);
    if (!context.parse(parser, u"--coalition COALITION [--format json]"_s,
                       tr("Lists a coalition's recorded stages, oldest first, each with its day, "
                          "its rationale and the decision that settled it. The last one is the "
                          "recorded stage.")))
        return context.exitCode();
    if (!parser.isSet(u"coalition"_s))
        return context.usage(tr("stage history needs --coalition."));
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto coalition = resolveCoalition(*workspace, parser.value(u"coalition"_s));
    if (!coalition)
        return context.fail(coalition.error());
    auto info = workspace->coalitions().get(*coalition);
    auto history = workspace->stageChanges().listForCoalition(*coalition);
    auto decisions = workspace->decisions().listForCoalition(*coalition);
    if (!info || !history || !decisions)
        return context.fail(!info ? info.error()
                                  : (!history ? history.error() : decisions.error()));
    QHash<Id, QString> decisionTitles;
    for (const Decision &decision : *decisions)
        decisionTitles.insert(decision.id, decision.title);

    if (context.wantsJson(parser)) {
        QJsonArray array;
        for (const StageChange &change : *history) {
            QJsonObject object = JsonCodec::toJson(change);
            object.insert(u"decision"_s,
                          change.decisionId ? QJsonValue(
                              QJsonObject{{u"id"_s, *change.decisionId},
                                          {u"title"_s, decisionTitles.value(*change.decisionId)}})
                                            : QJsonValue());
            array.append(object);
        }
        return context.printJson(QJsonDocument(QJsonObject{
            {u"coalition_id"_s, *coalition},
            {u"coalition"_s, info->name},
            {u"recorded"_s,
             history->isEmpty() ? QJsonValue() : QJsonValue(enumKey(history->last().stage))},
            {u"history"_s, array},
        }));
    }
    QTextStream &out = context.out();
    if (history->isEmpty()) {
        out << tr("No stage is recorded for %1 yet.").arg(info->name) << u'\n';
        return Success;
    }
    out << tr("Stage history of %1, oldest first:").arg(info->name) << u'\n';
    for (const StageChange &change : *history) {
        out << u'\n' << dateText(change.on) << u"  "_s << enumLabel(change.stage) << u"  ("_s
            << tr("entry %1").arg(change.id) << u')';
        if (change.id == history->last().id)
            out << u"  "_s << tr("← recorded stage");
        out << u'\n';
        printIndented(context, tr("Rationale: %1").arg(change.rationale), u"    "_s);
        if (change.decisionId)
            out << u"    "_s
                << tr("Decision: %1, “%2”")
                       .arg(QString::number(*change.decisionId),
                            decisionTitles.value(*change.decisionId))
                << u'\n';
    }
    return Success;
}

} // namespace

QList<Command> stageCommands()
{
    return QList<Command>{
               {u"stage"_s, QString(), tr("Assess a coalition's stage, with the evidence"),
                stageAssess},
               {u"stage"_s, u"record"_s, tr("Record the stage a coalition is in"), stageRecord},
               {u"stage"_s, u"history"_s, tr("List a coalition's recorded stages"), stageHistory},
           }
    + checklistCommands() + relationshipCommands() + networkCommands();
}

} // namespace Coalition::Cli
