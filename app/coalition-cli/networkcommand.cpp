// SPDX-License-Identifier: GPL-3.0-or-later
// network: the figures of a coalition's network of member organizations
// (density, pairs at each level, ties, isolated members), for people to read
// or written out as JSON, Graphviz DOT or GraphML for other tools.

#include "io/networkexport.h"
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

QString percent(double share)
{
    return QString::number(qRound(share * 100)) + u'%';
}

void printFigures(Context &context, const QString &coalitionName, const NetworkData &data,
                  const NetworkFigures &figures)
{
    QTextStream &out = context.out();
    out << tr("Network of %1").arg(coalitionName) << u'\n';
    out << tr("Active members: %1; pairs: %2; pairs with a relationship: %3; density %4.")
               .arg(figures.members)
               .arg(figures.pairs)
               .arg(figures.tiedPairs)
               .arg(percent(figures.density))
        << u'\n';

    out << u'\n' << tr("Pairs at each level:") << u'\n';
    for (const RelationshipLevel level :
         {RelationshipLevel::Networking, RelationshipLevel::Coordinating,
          RelationshipLevel::Cooperating, RelationshipLevel::Collaborating}) {
        const auto index = static_cast<std::size_t>(level);
        out << u"  "_s << enumLabel(level).leftJustified(16)
            << tr("%1 (%2 of all pairs)")
                   .arg(figures.pairsAtLevel.at(index))
                   .arg(percent(figures.shareAtLevel.at(index)))
            << u'\n';
    }

    if (!figures.organizations.isEmpty()) {
        QList<QStringList> rows;
        for (const OrganizationTies &o : figures.organizations) {
            QStringList row{o.name, QString::number(o.ties), QString(), QString(), QString()};
            if (o.strongestWith && o.strongestLevel && o.strongestTrust) {
                row[2] = organizationName(data.organizationNames, *o.strongestWith);
                row[3] = enumKey(*o.strongestLevel);
                row[4] = enumKey(*o.strongestTrust);
            }
            rows.append(row);
        }
        out << u'\n';
        const QString table = formatTable(
            {tr("Organization"), tr("Ties"), tr("Strongest tie with"), tr("Level"), tr("Trust")},
            rows);
        for (const QString &line : table.split(u'\n', Qt::SkipEmptyParts))
            out << u"  "_s << line << u'\n';
    }

    QStringList isolated;
    for (const Id id : figures.isolated)
        isolated.append(organizationName(data.organizationNames, id));
    out << u'\n'
        << (isolated.isEmpty() ? tr("No member is isolated.")
                               : tr("Isolated (no relationship with another member): %1.")
                                     .arg(isolated.join(u", "_s)))
        << u'\n';

    if (figures.disagreements > 0) {
        out << u'\n'
            << (figures.disagreements == 1 ? tr("The two sides rate 1 relationship differently:")
                                           : tr("The two sides rate %1 relationships differently:")
                                                 .arg(figures.disagreements))
            << u'\n';
        for (const NetworkTie &tie : figures.ties) {
            if (!tie.sidesDisagree)
                continue;
            const auto relationship
                = std::find_if(data.relationships.cbegin(), data.relationships.cend(),
                               [&](const Relationship &r) { return r.id == tie.relationshipId; });
            if (relationship == data.relationships.cend())
                continue;
            for (const QString &sentence :
                 NetworkEngine::disagreement(*relationship, data.organizationNames))
                out << u"  - "_s << sentence << u'\n';
        }
    }

    if (!figures.reasons.isEmpty()) {
        out << u'\n' << tr("How these were counted:") << u'\n';
        for (const QString &reason : figures.reasons)
            out << u"  - "_s << reason << u'\n';
    }
}

int network(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    // Not Context::addFormatOption(): this command writes four formats.
    parser.addOption({u"format"_s, tr("Output format: text, json, dot (Graphviz) or graphml."),
                      tr("FORMAT"), u"text"_s});
    if (!context.parse(parser, u"--coalition COALITION [--format text|json|dot|graphml]"_s,
                       tr("Shows how a coalition's active members work with each other: the "
                          "share of member pairs with a relationship (density), the share at "
                          "each level, each member's ties and strongest tie, the isolated "
                          "members and the relationships whose two sides disagree, with how "
                          "each figure was counted. --format dot or graphml writes the network "
                          "for graph tools.")))
        return context.exitCode();
    const QString format = parser.value(u"format"_s).toLower();
    const QStringList formats = {u"text"_s, u"json"_s, u"dot"_s, u"graphml"_s};
    if (!formats.contains(format))
        return context.usage(tr("--format: “%1” is not a format; use text, json, dot or graphml.")
                                 .arg(parser.value(u"format"_s)));
    if (!parser.positionalArguments().isEmpty())
        return context.usage(
            tr("network takes no argument “%1”.").arg(parser.positionalArguments().first()));
    if (!parser.isSet(u"coalition"_s))
        return context.usage(tr("network needs --coalition."));
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto coalition = resolveCoalition(*workspace, parser.value(u"coalition"_s));
    if (!coalition)
        return context.fail(coalition.error());
    auto info = workspace->coalitions().get(*coalition);
    if (!info)
        return context.fail(info.error());
    auto data = loadNetworkData(*workspace, *coalition);
    if (!data)
        return context.fail(data.error());
    const NetworkFigures figures = NetworkEngine::compute(data->members, data->relationships);

    QByteArray written;
    if (format == u"json"_s)
        written = NetworkExport::toJson(info->name, figures);
    else if (format == u"dot"_s)
        written = NetworkExport::toDot(info->name, figures);
    else if (format == u"graphml"_s)
        written = NetworkExport::toGraphml(info->name, figures);
    if (format != u"text"_s) {
        context.out() << QString::fromUtf8(written);
        if (!written.endsWith('\n'))
            context.out() << u'\n';
        context.out().flush();
        return Success;
    }
    printFigures(context, info->name, *data, figures);
    return Success;
}

} // namespace

QList<Command> networkCommands()
{
    return {
        {u"network"_s, QString(), tr("Show or export a coalition's network of members"), network},
    };
}

} // namespace Coalition::Cli
