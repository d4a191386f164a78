// SPDX-License-Identifier: GPL-3.0-or-later
// coalition commands.

#include "clicontext.h"
#include "domain/jsoncodec.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Coalition::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Coalition::Cli", text);
}

void addCoalitionOptions(QCommandLineParser &parser)
{
    parser.addOption({u"name"_s, tr("Name (unique in the workspace)."), tr("NAME")});
    parser.addOption(
        {u"type"_s, tr("Type: %1.").arg(enumKeys<CoalitionType>().join(u", "_s)), tr("TYPE")});
    parser.addOption({u"purpose"_s, tr("Why the coalition exists."), tr("TEXT")});
    parser.addOption({u"vision"_s, tr("The future it works towards."), tr("TEXT")});
    parser.addOption({u"mission"_s, tr("The mission statement."), tr("TEXT")});
    parser.addOption({u"start"_s, tr("Start date."), tr("YYYY-MM-DD")});
    parser.addOption({u"end"_s, tr("End date (required for a campaign)."), tr("YYYY-MM-DD")});
    parser.addOption({u"lead"_s, tr("Lead organization (number or name)."), tr("ORG")});
    parser.addOption({u"no-lead"_s, tr("Edit: no lead organization.")});
    parser.addOption({u"meeting-frequency"_s, tr("How often it meets."), tr("TEXT")});
    parser.addOption({u"meeting-length"_s, tr("Usual meeting length in minutes."), tr("MINUTES")});
    parser.addOption({u"meeting-location"_s, tr("Where it usually meets."), tr("TEXT")});
    parser.addOption({u"dues-arrangement"_s, tr("How dues are set."), tr("TEXT")});
    parser.addOption({u"grants"_s, tr("Grants that fund it."), tr("TEXT")});
    parser.addOption({u"in-kind"_s, tr("In-kind support it receives."), tr("TEXT")});
    parser.addOption({u"notes"_s, tr("Free notes."), tr("TEXT")});
}

// Applies the options that were given and returns the exit code. A value that
// is wrong in itself (an unknown type, a malformed date) is a usage error, as
// an unknown sector is for org add; a lead organization the workspace does not
// have is a failure.
int applyCoalitionOptions(Context &context, Workspace &workspace, const QCommandLineParser &parser,
                          CoalitionInfo &c)
{
    if (parser.isSet(u"name"_s))
        c.name = parser.value(u"name"_s);
    if (parser.isSet(u"type"_s)) {
        auto type = parseEnum<CoalitionType>(parser.value(u"type"_s));
        if (!type)
            return context.usage(type.error().message);
        c.type = *type;
    }
    const std::pair<QString, QString *> texts[] = {
        {u"purpose"_s, &c.purpose},
        {u"vision"_s, &c.vision},
        {u"mission"_s, &c.mission},
        {u"meeting-frequency"_s, &c.meetings.frequency},
        {u"meeting-location"_s, &c.meetings.location},
        {u"dues-arrangement"_s, &c.finances.dues},
        {u"grants"_s, &c.finances.grants},
        {u"in-kind"_s, &c.finances.inKind},
        {u"notes"_s, &c.notes},
    };
    for (const auto &[name, field] : texts) {
        if (parser.isSet(name))
            *field = parser.value(name);
    }
    for (const auto &[name, field] :
         {std::pair{u"start"_s, &c.startDate}, std::pair{u"end"_s, &c.endDate}}) {
        auto date = parseDateOption(parser, name);
        if (!date)
            return context.usage(date.error().message);
        if (parser.isSet(name))
            *field = *date;
    }
    if (parser.isSet(u"meeting-length"_s)) {
        bool ok = false;
        c.meetings.usualLengthMinutes = parser.value(u"meeting-length"_s).toInt(&ok);
        if (!ok)
            return context.usage(tr("--meeting-length: give a number of minutes."));
    }
    if (parser.isSet(u"no-lead"_s))
        c.leadOrganizationId.reset();
    if (parser.isSet(u"lead"_s)) {
        auto lead = resolveOrganization(workspace, parser.value(u"lead"_s));
        if (!lead)
            return context.fail(lead.error());
        c.leadOrganizationId = *lead;
    }
    return Success;
}

int coalitionAdd(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOptions(parser);
    if (!context.parse(parser, u"--name NAME --type TYPE [OPTIONS]"_s, tr("Adds a coalition.")))
        return context.exitCode();
    if (!parser.isSet(u"name"_s) || !parser.isSet(u"type"_s))
        return context.usage(tr("coalition add needs --name and --type."));
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    CoalitionInfo coalition;
    if (int code = applyCoalitionOptions(context, *workspace, parser, coalition); code != Success)
        return code;
    auto id = workspace->coalitions().add(coalition);
    if (!id)
        return context.fail(id.error());
    context.out() << tr("Added coalition %1: %2").arg(*id).arg(coalition.name.trimmed()) << u'\n';
    return Success;
}

int coalitionEdit(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOptions(parser);
    parser.addPositionalArgument(u"coalition"_s, tr("The coalition's number or name."));
    if (!context.parse(parser, u"COALITION [OPTIONS]"_s,
                       tr("Changes the given fields of a coalition; the others stay.")))
        return context.exitCode();
    const std::optional<Id> id = context.positionalReference(
        parser, tr("coalition edit needs one coalition (number or name)."), resolveCoalition);
    if (!id)
        return context.exitCode();
    Workspace *workspace = context.workspace();
    auto coalition = workspace->coalitions().get(*id);
    if (!coalition)
        return context.fail(coalition.error());
    CoalitionInfo changed = *coalition;
    if (int code = applyCoalitionOptions(context, *workspace, parser, changed); code != Success)
        return code;
    if (Status status = workspace->coalitions().update(changed); !status)
        return context.fail(status.error());
    context.out() << tr("Updated coalition %1: %2").arg(*id).arg(changed.name.trimmed()) << u'\n';
    return Success;
}

int coalitionList(Context &context)
{
    QCommandLineParser parser;
    context.addFormatOption(parser);
    if (!context.parse(parser, u"[--format json]"_s, tr("Lists the coalitions.")))
        return context.exitCode();
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto coalitions = workspace->coalitions().list();
    if (!coalitions)
        return context.fail(coalitions.error());
    auto memberCounts = workspace->memberships().countByCoalition();
    if (!memberCounts)
        return context.fail(memberCounts.error());
    QJsonArray array;
    QList<QStringList> rows;
    for (const CoalitionInfo &c : *coalitions) {
        array.append(JsonCodec::toJson(c));
        rows.append({QString::number(c.id), c.name, enumLabel(c.type),
                     c.startDate.toString(Qt::ISODate),
                     QString::number(memberCounts->value(c.id))});
    }
    if (context.wantsJson(parser))
        return context.printJson(QJsonDocument(array));
    context.out() << formatTable({tr("ID"), tr("Name"), tr("Type"), tr("Since"), tr("Members")},
                                 rows);
    return Success;
}

int coalitionShow(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"coalition"_s, tr("The coalition's number or name."));
    context.addFormatOption(parser);
    if (!context.parse(parser, u"COALITION [--format json]"_s, tr("Shows a coalition.")))
        return context.exitCode();
    const std::optional<Id> id = context.positionalReference(
        parser, tr("coalition show needs one coalition (number or name)."), resolveCoalition);
    if (!id)
        return context.exitCode();
    Workspace *workspace = context.workspace();
    auto coalition = workspace->coalitions().get(*id);
    if (!coalition)
        return context.fail(coalition.error());
    if (context.wantsJson(parser))
        return context.printJson(QJsonDocument(JsonCodec::toJson(*coalition)));
    const CoalitionInfo &c = *coalition;
    QString lead;
    if (c.leadOrganizationId) {
        if (auto o = workspace->organizations().get(*c.leadOrganizationId))
            lead = o->name;
    }
    QTextStream &out = context.out();
    out << c.name << u"  ("_s << enumLabel(c.type) << u", #"_s << c.id << u")\n"_s;
    const std::pair<QString, QString> fields[] = {
        {tr("Purpose"), c.purpose},
        {tr("Vision"), c.vision},
        {tr("Mission"), c.mission},
        {tr("Start"), c.startDate.toString(Qt::ISODate)},
        {tr("End"), c.endDate.toString(Qt::ISODate)},
        {tr("Lead"), lead},
        {tr("Meets"), c.meetings.frequency},
        {tr("Meeting length"),
         c.meetings.usualLengthMinutes > 0 ? tr("%1 minutes").arg(c.meetings.usualLengthMinutes)
                                           : QString()},
        {tr("Meets at"), c.meetings.location},
        {tr("Dues"), c.finances.dues},
        {tr("Grants"), c.finances.grants},
        {tr("In kind"), c.finances.inKind},
        {tr("Notes"), c.notes},
    };
    for (const auto &[label, value] : fields) {
        if (!value.isEmpty())
            out << u"  "_s << QString(label + u':').leftJustified(16) << value << u'\n';
    }
    return Success;
}

} // namespace

QList<Command> coalitionCommands()
{
    return {
        {u"coalition"_s, u"add"_s, tr("Add a coalition"), coalitionAdd},
        {u"coalition"_s, u"list"_s, tr("List coalitions"), coalitionList},
        {u"coalition"_s, u"show"_s, tr("Show a coalition"), coalitionShow},
        {u"coalition"_s, u"edit"_s, tr("Change a coalition"), coalitionEdit},
    };
}

} // namespace Coalition::Cli
