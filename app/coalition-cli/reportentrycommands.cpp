// SPDX-License-Identifier: GPL-3.0-or-later
// report-entry commands: the progress reports action groups send for each
// month or quarter, and the ones they owe and have not sent.

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

int reportAdd(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    parser.addOption({u"group"_s, tr("The action group reporting (number or name)."), tr("GROUP")});
    parser.addOption(
        {u"period"_s, tr("The month or quarter it covers: 2026-10 or 2026-Q4."), tr("PERIOD")});
    parser.addOption({u"author"_s, tr("Who wrote it (number or name)."), tr("PERSON")});
    parser.addOption({u"text"_s, tr("The report."), tr("TEXT")});
    parser.addOption({u"received"_s, tr("The day it came in (default: today)."), tr("YYYY-MM-DD")});
    addConfidentialOptions(parser);
    if (!context.parse(parser, u"--group GROUP --period PERIOD [OPTIONS]"_s,
                       tr("Records a progress report of an action group for a month or a "
                          "quarter. A group named by name needs --coalition.")))
        return context.exitCode();
    if (!parser.isSet(u"group"_s) || !parser.isSet(u"period"_s))
        return context.usage(tr("report-entry add needs --group and --period."));
    const std::optional<ReportPeriod> period = ReportPeriod::parse(parser.value(u"period"_s));
    if (!period)
        return context.usage(tr("--period: “%1” is not a month such as 2026-10 or a quarter "
                                "such as 2026-Q4.")
                                 .arg(parser.value(u"period"_s)));
    auto received = parseDateOption(parser, u"received"_s);
    if (!received)
        return context.usage(received.error().message);
    ProgressReport report;
    report.period = *period;
    report.text = parser.value(u"text"_s);
    report.receivedOn = received->isValid() ? *received : QDate::currentDate();
    if (int code = applyConfidential(context, parser, report.confidential); code != Success)
        return code;
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto coalition = optionalCoalition(*workspace, parser);
    if (!coalition)
        return context.fail(coalition.error());
    auto group = resolveGroup(*workspace, *coalition, parser.value(u"group"_s));
    if (!group)
        return referenceFailure(context, group.error());
    report.groupId = *group;
    if (int code = applyOptionalReference(
            context, parser, u"author"_s, report.authorId,
            [&](const QString &reference) { return resolvePerson(*workspace, reference); });
        code != Success)
        return code;
    auto id = workspace->progressReports().add(report);
    if (!id)
        return context.fail(id.error());
    auto added = workspace->actionGroups().get(*group);
    context.out() << tr("Added progress report %1: %2 for %3, received %4.")
                         .arg(QString::number(*id), added ? added->name : QString(),
                              period->toString(), dateText(report.receivedOn))
                  << u'\n';
    return Success;
}

int reportList(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    parser.addOption({u"group"_s, tr("Only this group's reports."), tr("GROUP")});
    parser.addOption({u"missing"_s,
                      tr("Also list, per group, the periods it owed a report for and has "
                         "none.")});
    addIncludeConfidentialOption(parser);
    addAsOfOption(parser);
    context.addFormatOption(parser);
    if (!context.parse(parser,
                       u"--coalition COALITION [--group GROUP] [--missing] "
                       "[--include-confidential] [--as-of YYYY-MM-DD] [--format json]"_s,
                       tr("Lists the progress reports received from a coalition's action "
                          "groups, and with --missing the ones owed and not received.")))
        return context.exitCode();
    if (!parser.isSet(u"coalition"_s))
        return context.usage(tr("report-entry list needs --coalition."));
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
    auto groups = workspace->actionGroups().listForCoalition(*coalition);
    auto reports = workspace->progressReports().listForCoalition(*coalition);
    if (!names || !groups || !reports)
        return context.fail(!names ? names.error() : !groups ? groups.error() : reports.error());
    const bool include = parser.isSet(u"include-confidential"_s);
    QSet<Id> confidentialGroups;
    for (const ActionGroup &g : *groups) {
        if (g.confidential)
            confidentialGroups.insert(g.id);
    }
    int hidden = 0;
    QJsonArray array;
    QList<QStringList> rows;
    for (const ProgressReport &report : *reports) {
        if (onlyGroup && report.groupId != *onlyGroup)
            continue;
        // A report of a confidential group is left out with it.
        if (!include && (report.confidential || confidentialGroups.contains(report.groupId))) {
            ++hidden;
            continue;
        }
        QJsonObject object = JsonCodec::toJson(report);
        object.insert(u"group"_s, names->group(report.groupId));
        object.insert(u"author"_s, names->person(report.authorId));
        array.append(object);
        rows.append({QString::number(report.id), names->group(report.groupId),
                     report.period.toString(), names->person(report.authorId),
                     dateText(report.receivedOn), report.text,
                     report.confidential ? tr("yes") : QString()});
    }

    QJsonArray missingArray;
    QStringList missingLines;
    if (parser.isSet(u"missing"_s)) {
        for (const ActionGroup &group : *groups) {
            if (onlyGroup && group.id != *onlyGroup)
                continue;
            if (!include && group.confidential) {
                ++hidden;
                continue;
            }
            // Every report counts as received, shown or not.
            const QList<ReportPeriod> missing
                = PlanMetrics::missingReports(group, *reports, *today);
            QStringList periods;
            for (const ReportPeriod &period : missing)
                periods.append(period.toString());
            missingArray.append(QJsonObject{{u"group_id"_s, group.id},
                                            {u"group"_s, group.name},
                                            {u"cadence"_s, enumKey(group.cadence)},
                                            {u"periods"_s, QJsonArray::fromStringList(periods)}});
            if (group.cadence == ReportingCadence::None)
                missingLines.append(tr("%1: owes no regular report.").arg(group.name));
            else if (periods.isEmpty())
                missingLines.append(tr("%1 (%2): nothing missing.")
                                        .arg(group.name, enumLabel(group.cadence).toLower()));
            else
                missingLines.append(tr("%1 (%2): %3 missing: %4.")
                                        .arg(group.name, enumLabel(group.cadence).toLower())
                                        .arg(periods.size())
                                        .arg(periods.join(u", "_s)));
        }
    }

    if (context.wantsJson(parser)) {
        QJsonObject object = listJson(u"reports"_s, array, hidden);
        if (parser.isSet(u"missing"_s)) {
            object.insert(u"missing"_s, missingArray);
            object.insert(u"as_of"_s, dateText(*today));
        }
        return context.printJson(QJsonDocument(object));
    }
    if (rows.isEmpty())
        context.out() << tr("No progress report received.") << u'\n';
    else
        context.out() << formatTable({tr("ID"), tr("Group"), tr("Period"), tr("Author"),
                                      tr("Received"), tr("Text"), tr("Confidential")},
                                     rows);
    if (parser.isSet(u"missing"_s)) {
        context.out() << tr("Reports owed and not received (as of %1):").arg(dateText(*today))
                      << u'\n';
        for (const QString &line : missingLines)
            context.out() << u"  "_s << line << u'\n';
    }
    printHidden(context, hidden);
    return Success;
}

} // namespace

QList<Command> reportEntryCommands()
{
    return {
        {u"report-entry"_s, u"add"_s, tr("Record a group's progress report"), reportAdd},
        {u"report-entry"_s, u"list"_s, tr("List progress reports, and the missing ones"),
         reportList},
    };
}

} // namespace Coalition::Cli
