// SPDX-License-Identifier: GPL-3.0-or-later
// checklist answer|list: the questions of the stage assessment the data
// cannot decide, answered by the coordinator (yes, no or unanswered, with a
// note).

#include "stagecli.h"

using namespace Qt::StringLiterals;

namespace Coalition::Cli {

namespace {

// Called as Qt's tr() is, with nullptr before a count, so that lupdate takes
// a %n message for one with plural forms.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Coalition::Cli", text, disambiguation, n);
}

QStringList itemIds()
{
    QStringList ids;
    for (const ChecklistItem &item : StageEngine::checklistItems())
        ids.append(item.id);
    return ids;
}

int checklistAnswer(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    parser.addOption({u"item"_s, tr("The question's id (see “checklist list”)."), tr("ID")});
    parser.addOption(
        {u"answer"_s, tr("The answer: yes, no or unanswered (to withdraw one)."), tr("ANSWER")});
    parser.addOption({u"note"_s,
                      tr("A note with the answer: what it rests on. Without it, an earlier "
                         "answer's note stays."),
                      tr("TEXT")});
    parser.addOption({u"on"_s, tr("The day of the answer (default: today)."), tr("YYYY-MM-DD")});
    if (!context.parse(parser,
                       u"--coalition COALITION --item ID --answer yes|no|unanswered [--note TEXT] "
                       "[--on YYYY-MM-DD]"_s,
                       tr("Records the coordinator's answer to one checklist question of the "
                          "stage assessment, replacing an earlier answer to it. A yes meets the "
                          "criterion, a no does not, and unanswered leaves it open.")))
        return context.exitCode();
    if (!parser.isSet(u"coalition"_s) || !parser.isSet(u"item"_s) || !parser.isSet(u"answer"_s))
        return context.usage(tr("checklist answer needs --coalition, --item and --answer."));
    const QString itemId = parser.value(u"item"_s).trimmed();
    const std::optional<ChecklistItem> item = StageEngine::checklistItem(itemId);
    if (!item)
        return context.usage(tr("Unknown checklist item “%1”; use one of: %2.")
                                 .arg(itemId, itemIds().join(u", "_s)));
    auto value = parseEnum<ChecklistValue>(parser.value(u"answer"_s));
    if (!value)
        return context.usage(value.error().message);
    auto on = parseDateOption(parser, u"on"_s);
    if (!on)
        return context.usage(on.error().message);
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto coalition = resolveCoalition(*workspace, parser.value(u"coalition"_s));
    if (!coalition)
        return context.fail(coalition.error());
    QString note = parser.value(u"note"_s);
    if (!parser.isSet(u"note"_s)) {
        if (const std::optional<Id> earlier = workspace->checklist().find(*coalition, item->id)) {
            auto answer = workspace->checklist().get(*earlier);
            if (!answer)
                return context.fail(answer.error());
            note = answer->note;
        }
    }
    auto id = workspace->checklist().answer(*coalition, item->id, *value, note,
                                            on->isValid() ? *on : QDate::currentDate());
    if (!id)
        return context.fail(id.error());
    auto info = workspace->coalitions().get(*coalition);
    context.out() << tr("Answered “%1” (%2) for %3: %4.")
                         .arg(item->label, item->id, info ? info->name : QString(),
                              enumLabel(*value).toLower())
                  << u'\n';
    return Success;
}

int checklistList(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    context.addFormatOption(parser);
    if (!context.parse(parser, u"--coalition COALITION [--format json]"_s,
                       tr("Lists every checklist question of the stage assessment, stage by "
                          "stage, with the coalition's answer, its note and its day; questions "
                          "not answered yet are shown as unanswered.")))
        return context.exitCode();
    if (!parser.isSet(u"coalition"_s))
        return context.usage(tr("checklist list needs --coalition."));
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto coalition = resolveCoalition(*workspace, parser.value(u"coalition"_s));
    if (!coalition)
        return context.fail(coalition.error());
    auto info = workspace->coalitions().get(*coalition);
    auto answers = workspace->checklist().listForCoalition(*coalition);
    if (!info || !answers)
        return context.fail(!info ? info.error() : answers.error());
    QHash<QString, ChecklistAnswer> byItem;
    for (const ChecklistAnswer &answer : *answers)
        byItem.insert(answer.item, answer);

    const QList<ChecklistItem> items = StageEngine::checklistItems();
    int answered = 0;
    for (const ChecklistItem &item : items) {
        if (byItem.value(item.id).value != ChecklistValue::Unanswered)
            ++answered;
    }

    if (context.wantsJson(parser)) {
        QJsonArray array;
        for (const ChecklistItem &item : items) {
            const ChecklistAnswer answer = byItem.value(item.id);
            array.append(QJsonObject{
                {u"id"_s, item.id},
                {u"stage"_s, enumKey(item.stage)},
                {u"label"_s, item.label},
                {u"help"_s, item.help},
                {u"answer"_s, enumKey(answer.value)},
                {u"note"_s, answer.note},
                {u"answered_on"_s,
                 answer.answeredOn.isValid() ? QJsonValue(dateText(answer.answeredOn))
                                             : QJsonValue()},
            });
        }
        return context.printJson(QJsonDocument(QJsonObject{
            {u"coalition_id"_s, *coalition},
            {u"coalition"_s, info->name},
            {u"answered"_s, answered},
            {u"total"_s, static_cast<int>(items.size())},
            {u"items"_s, array},
        }));
    }

    QTextStream &out = context.out();
    out << tr("Checklist of %1: %2 of %3 questions answered.")
               .arg(info->name)
               .arg(answered)
               .arg(items.size())
        << u'\n';
    std::optional<DevelopmentStage> stage;
    for (const ChecklistItem &item : items) {
        if (item.stage != stage) {
            stage = item.stage;
            out << u'\n' << enumLabel(item.stage) << u'\n';
        }
        const ChecklistAnswer answer = byItem.value(item.id);
        out << u"  "_s << answerMark(answer.value) << u' ' << item.label << u" ("_s << item.id
            << u")\n"_s;
        QString state = answer.value == ChecklistValue::Unanswered
            ? tr("unanswered")
            : enumLabel(answer.value).toLower();
        if (answer.answeredOn.isValid())
            state += tr(", on %1").arg(dateText(answer.answeredOn));
        if (!answer.note.isEmpty())
            state += u": "_s + answer.note;
        printIndented(context, state, u"      "_s);
    }
    return Success;
}

} // namespace

QList<Command> checklistCommands()
{
    return {
        {u"checklist"_s, u"answer"_s, tr("Answer a checklist question of the stage assessment"),
         checklistAnswer},
        {u"checklist"_s, u"list"_s, tr("List the checklist questions with their answers"),
         checklistList},
    };
}

} // namespace Coalition::Cli
