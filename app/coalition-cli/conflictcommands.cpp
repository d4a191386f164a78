// SPDX-License-Identifier: GPL-3.0-or-later
// conflict commands: disagreements between members of a coalition, their
// parties, how far up the ladder (discussion, mediator, arbitrator, panel)
// each went, and how it ended.

#include "actioncli.h"
#include "domain/jsoncodec.h"

using namespace Qt::StringLiterals;

namespace Coalition::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Coalition::Cli", text);
}

void addConflictOptions(QCommandLineParser &parser)
{
    addCoalitionOption(parser);
    parser.addOption({u"subject"_s, tr("What the disagreement is about."), tr("TEXT")});
    parser.addOption({u"party"_s,
                      tr("A member organization party to it; repeat for several. On edit, "
                         "replaces the list."),
                      tr("ORG")});
    parser.addOption(
        {u"raised"_s, tr("The day it was raised (empty for none)."), tr("YYYY-MM-DD")});
    parser.addOption({u"step"_s,
                      tr("Escalation step: %1.").arg(enumKeys<EscalationStep>().join(u", "_s)),
                      tr("STEP")});
    parser.addOption({u"status"_s, tr("Status: %1.").arg(enumKeys<ConflictStatus>().join(u", "_s)),
                      tr("STATUS")});
    parser.addOption({u"resolution"_s, tr("How it was settled."), tr("TEXT")});
    parser.addOption({u"on"_s, tr("The day it was settled (empty for none)."), tr("YYYY-MM-DD")});
    addConfidentialOptions(parser);
    parser.addOption({u"notes"_s, tr("Free notes."), tr("TEXT")});
}

int applyConflictOptions(Context &context, Workspace &workspace, const QCommandLineParser &parser,
                         Conflict &conflict)
{
    auto raised = parseDateOption(parser, u"raised"_s);
    if (!raised)
        return context.usage(raised.error().message);
    if (parser.isSet(u"raised"_s))
        conflict.raisedOn = *raised;
    if (parser.isSet(u"step"_s)) {
        auto step = parseEnum<EscalationStep>(parser.value(u"step"_s));
        if (!step)
            return context.usage(step.error().message);
        conflict.step = *step;
    }
    if (parser.isSet(u"status"_s)) {
        auto status = parseEnum<ConflictStatus>(parser.value(u"status"_s));
        if (!status)
            return context.usage(status.error().message);
        conflict.status = *status;
    }
    auto on = parseDateOption(parser, u"on"_s);
    if (!on)
        return context.usage(on.error().message);
    if (parser.isSet(u"on"_s))
        conflict.resolvedOn = *on;
    else if (conflict.status == ConflictStatus::Open)
        conflict.resolvedOn = QDate(); // reopened: it has not ended
    if (int code = applyConfidential(context, parser, conflict.confidential); code != Success)
        return code;
    for (const auto &[name, field] : {std::pair{u"subject"_s, &conflict.subject},
                                      std::pair{u"resolution"_s, &conflict.resolution},
                                      std::pair{u"notes"_s, &conflict.notes}}) {
        if (parser.isSet(name))
            *field = parser.value(name);
    }
    if (parser.isSet(u"party"_s)) {
        auto parties
            = resolveMemberships(workspace, conflict.coalitionId, parser.values(u"party"_s));
        if (!parties)
            return context.fail(parties.error());
        conflict.parties = *parties;
    }
    return Success;
}

std::optional<Conflict> targetConflict(Context &context, const QCommandLineParser &parser,
                                       const QString &usageMessage)
{
    return targetRecord<Conflict>(context, parser, usageMessage, resolveConflict,
                                  [](Workspace &w, Id id) { return w.conflicts().get(id); });
}

int conflictAdd(Context &context)
{
    QCommandLineParser parser;
    addConflictOptions(parser);
    if (!context.parse(parser, u"--coalition COALITION --subject TEXT [OPTIONS]"_s,
                       tr("Records a conflict between members of a coalition, open and at the "
                          "discussion step unless --step says otherwise.")))
        return context.exitCode();
    if (!parser.isSet(u"coalition"_s) || !parser.isSet(u"subject"_s))
        return context.usage(tr("conflict add needs --coalition and --subject."));
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto coalition = resolveCoalition(*workspace, parser.value(u"coalition"_s));
    if (!coalition)
        return context.fail(coalition.error());
    Conflict conflict;
    conflict.coalitionId = *coalition;
    if (int code = applyConflictOptions(context, *workspace, parser, conflict); code != Success)
        return code;
    auto id = workspace->conflicts().add(conflict);
    if (!id)
        return context.fail(id.error());
    context.out() << tr("Added conflict %1: %2 (%3, step: %4).")
                         .arg(QString::number(*id), conflict.subject.trimmed(),
                              enumLabel(conflict.status).toLower(),
                              enumLabel(conflict.step).toLower())
                  << u'\n';
    return Success;
}

int conflictEdit(Context &context)
{
    QCommandLineParser parser;
    addConflictOptions(parser);
    parser.addPositionalArgument(u"conflict"_s, tr("The conflict's number or subject."));
    if (!context.parse(parser, u"CONFLICT [OPTIONS]"_s,
                       tr("Changes the given fields of a conflict; the others stay.")))
        return context.exitCode();
    std::optional<Conflict> conflict
        = targetConflict(context, parser,
                         tr("conflict edit needs one conflict (number or "
                            "subject)."));
    if (!conflict)
        return context.exitCode();
    Workspace *workspace = context.workspace();
    if (int code = applyConflictOptions(context, *workspace, parser, *conflict); code != Success)
        return code;
    if (Status status = workspace->conflicts().update(*conflict); !status)
        return context.fail(status.error());
    context.out() << tr("Updated conflict %1: %2 (%3, step: %4).")
                         .arg(QString::number(conflict->id), conflict->subject.trimmed(),
                              enumLabel(conflict->status).toLower(),
                              enumLabel(conflict->step).toLower())
                  << u'\n';
    return Success;
}

int conflictEscalate(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    parser.addOption(
        {u"on"_s, tr("The day it was escalated, noted on the conflict."), tr("YYYY-MM-DD")});
    parser.addPositionalArgument(u"conflict"_s, tr("The conflict's number or subject."));
    if (!context.parse(parser, u"CONFLICT [--on YYYY-MM-DD]"_s,
                       tr("Moves an open conflict one step up the ladder: discussion, mediator, "
                          "arbitrator, panel. A conflict before the panel goes no further.")))
        return context.exitCode();
    auto on = parseDateOption(parser, u"on"_s);
    if (!on)
        return context.usage(on.error().message);
    std::optional<Conflict> conflict
        = targetConflict(context, parser,
                         tr("conflict escalate needs one conflict (number or "
                            "subject)."));
    if (!conflict)
        return context.exitCode();
    auto step = context.workspace()->conflicts().escalate(
        conflict->id, on->isValid() ? std::optional<QDate>(*on) : std::nullopt);
    if (!step)
        return context.fail(step.error());
    context.out() << tr("Conflict %1, “%2”, moved from %3 to %4.")
                         .arg(QString::number(conflict->id), conflict->subject,
                              enumLabel(conflict->step).toLower(), enumLabel(*step).toLower())
                  << u'\n';
    return Success;
}

int conflictResolve(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    parser.addOption({u"resolution"_s, tr("How it was settled."), tr("TEXT")});
    parser.addOption({u"on"_s, tr("The day it was settled (default: today)."), tr("YYYY-MM-DD")});
    parser.addOption({u"withdrawn"_s, tr("The parties withdrew it rather than settled it.")});
    parser.addPositionalArgument(u"conflict"_s, tr("The conflict's number or subject."));
    if (!context.parse(parser, u"CONFLICT --resolution TEXT [--on YYYY-MM-DD] [--withdrawn]"_s,
                       tr("Closes a conflict: resolved, or withdrawn with --withdrawn.")))
        return context.exitCode();
    if (!parser.isSet(u"resolution"_s) || parser.value(u"resolution"_s).trimmed().isEmpty())
        return context.usage(tr("conflict resolve needs --resolution."));
    auto on = parseDateOption(parser, u"on"_s);
    if (!on)
        return context.usage(on.error().message);
    std::optional<Conflict> conflict
        = targetConflict(context, parser,
                         tr("conflict resolve needs one conflict (number or "
                            "subject)."));
    if (!conflict)
        return context.exitCode();
    if (conflict->status != ConflictStatus::Open)
        return context.fail(
            tr("Conflict %1 is already %2.")
                .arg(QString::number(conflict->id), enumLabel(conflict->status).toLower()));
    conflict->status
        = parser.isSet(u"withdrawn"_s) ? ConflictStatus::Withdrawn : ConflictStatus::Resolved;
    conflict->resolution = parser.value(u"resolution"_s);
    conflict->resolvedOn = on->isValid() ? *on : QDate::currentDate();
    if (Status status = context.workspace()->conflicts().update(*conflict); !status)
        return context.fail(status.error());
    context.out() << tr("Conflict %1, “%2”, %3 on %4 at the %5 step.")
                         .arg(QString::number(conflict->id), conflict->subject,
                              enumLabel(conflict->status).toLower(), dateText(conflict->resolvedOn),
                              enumLabel(conflict->step).toLower())
                  << u'\n';
    return Success;
}

int conflictList(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    parser.addOption({u"open"_s, tr("Only the open conflicts.")});
    addIncludeConfidentialOption(parser);
    context.addFormatOption(parser);
    if (!context.parse(parser,
                       u"--coalition COALITION [--open] [--include-confidential] "
                       "[--format json]"_s,
                       tr("Lists a coalition's conflicts with their parties, status and step.")))
        return context.exitCode();
    if (!parser.isSet(u"coalition"_s))
        return context.usage(tr("conflict list needs --coalition."));
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto coalition = resolveCoalition(*workspace, parser.value(u"coalition"_s));
    if (!coalition)
        return context.fail(coalition.error());
    auto names = loadActionNames(*workspace, *coalition);
    auto conflicts = workspace->conflicts().listForCoalition(*coalition);
    if (!names || !conflicts)
        return context.fail(!names ? names.error() : conflicts.error());
    int hidden = 0;
    QJsonArray array;
    QList<QStringList> rows;
    for (const Conflict &c :
         visibleRecords(*conflicts, parser.isSet(u"include-confidential"_s), hidden)) {
        if (parser.isSet(u"open"_s) && c.status != ConflictStatus::Open)
            continue;
        QJsonObject object = JsonCodec::toJson(c);
        object.insert(u"party_names"_s, QJsonArray::fromStringList(names->members(c.parties)));
        array.append(object);
        rows.append({QString::number(c.id), dateText(c.raisedOn), c.subject,
                     names->members(c.parties).join(u", "_s), enumKey(c.status), enumKey(c.step),
                     dateText(c.resolvedOn), c.confidential ? tr("yes") : QString()});
    }
    if (context.wantsJson(parser))
        return context.printJson(QJsonDocument(listJson(u"conflicts"_s, array, hidden)));
    context.out() << formatTable({tr("ID"), tr("Raised"), tr("Subject"), tr("Parties"),
                                  tr("Status"), tr("Step"), tr("Settled"), tr("Confidential")},
                                 rows);
    printHidden(context, hidden);
    return Success;
}

} // namespace

QList<Command> conflictCommands()
{
    return {
        {u"conflict"_s, u"add"_s, tr("Record a conflict between members"), conflictAdd},
        {u"conflict"_s, u"list"_s, tr("List conflicts with their status and step"), conflictList},
        {u"conflict"_s, u"edit"_s, tr("Change a conflict"), conflictEdit},
        {u"conflict"_s, u"escalate"_s, tr("Move a conflict one step up the ladder"),
         conflictEscalate},
        {u"conflict"_s, u"resolve"_s, tr("Close a conflict: resolved or withdrawn"),
         conflictResolve},
    };
}

} // namespace Coalition::Cli
