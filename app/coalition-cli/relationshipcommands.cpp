// SPDX-License-Identifier: GPL-3.0-or-later
// relationship set|list|history|remove: how two organizations work together,
// on the continuum networking < coordinating < cooperating < collaborating,
// with a trust level, each side's own view and a dated history.

#include "domain/jsoncodec.h"
#include "rules/networkfigures.h"
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

// "Eastgate Food Bank and Northside Library"
QString pairName(const Relationship &relationship, const QHash<Id, QString> &names)
{
    return tr("%1 and %2")
        .arg(organizationName(names, relationship.firstId),
             organizationName(names, relationship.secondId));
}

// JsonCodec's form with both organizations named and the sides' disagreement.
QJsonObject relationshipJson(const Relationship &relationship, const QHash<Id, QString> &names)
{
    QJsonObject object = JsonCodec::toJson(relationship);
    object.insert(u"first_name"_s, organizationName(names, relationship.firstId));
    object.insert(u"second_name"_s, organizationName(names, relationship.secondId));
    object.insert(u"sides_disagree"_s, NetworkEngine::sidesDisagree(relationship));
    object.insert(u"disagreement"_s,
                  QJsonArray::fromStringList(NetworkEngine::disagreement(relationship, names)));
    return object;
}

void printDisagreement(Context &context, const Relationship &relationship,
                       const QHash<Id, QString> &names)
{
    const QStringList sentences = NetworkEngine::disagreement(relationship, names);
    if (sentences.isEmpty())
        return;
    context.out() << tr("The two sides rate it differently:") << u'\n';
    for (const QString &sentence : sentences)
        context.out() << u"  - "_s << sentence << u'\n';
}

struct ViewOptions
{
    std::optional<RelationshipLevel> level;
    std::optional<TrustLevel> trust;
};

// Reads --level/--trust (or --view-level/--view-trust) when given.
int parseLevels(Context &context, const QCommandLineParser &parser, const QString &levelOption,
                const QString &trustOption, ViewOptions &options)
{
    if (parser.isSet(levelOption)) {
        auto level = parseEnum<RelationshipLevel>(parser.value(levelOption));
        if (!level)
            return context.usage(level.error().message);
        options.level = *level;
    }
    if (parser.isSet(trustOption)) {
        auto trust = parseEnum<TrustLevel>(parser.value(trustOption));
        if (!trust)
            return context.usage(trust.error().message);
        options.trust = *trust;
    }
    return Success;
}

// One side's own view from --view ORG --view-level --view-trust --view-note;
// a view of that side already recorded keeps what is not given.
int applyView(Context &context, Workspace &workspace, const QCommandLineParser &parser,
              const ViewOptions &given, const QDate &on, Relationship &relationship)
{
    auto side = resolveOrganization(workspace, parser.value(u"view"_s));
    if (!side)
        return context.fail(side.error());
    if (*side != relationship.firstId && *side != relationship.secondId)
        return context.usage(
            tr("--view: “%1” is neither of the two organizations.").arg(parser.value(u"view"_s)));
    auto existing
        = std::find_if(relationship.views.begin(), relationship.views.end(),
                       [&](const RelationshipView &v) { return v.organizationId == *side; });
    if (existing == relationship.views.end() && (!given.level || !given.trust))
        return context.usage(tr("A new view needs --view-level and --view-trust."));
    RelationshipView view = existing != relationship.views.end()
        ? *existing
        : RelationshipView{*side, {}, {}, {}, {}};
    if (given.level)
        view.level = *given.level;
    if (given.trust)
        view.trust = *given.trust;
    if (parser.isSet(u"view-note"_s))
        view.note = parser.value(u"view-note"_s);
    view.on = on;
    if (existing != relationship.views.end())
        *existing = view;
    else
        relationship.views.append(view);
    return Success;
}

int clearView(Context &context, Workspace &workspace, const QCommandLineParser &parser,
              Relationship &relationship)
{
    auto side = resolveOrganization(workspace, parser.value(u"clear-view"_s));
    if (!side)
        return context.fail(side.error());
    if (*side != relationship.firstId && *side != relationship.secondId)
        return context.usage(tr("--clear-view: “%1” is neither of the two organizations.")
                                 .arg(parser.value(u"clear-view"_s)));
    relationship.views.removeIf(
        [&](const RelationshipView &v) { return v.organizationId == *side; });
    return Success;
}

int relationshipSet(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"org-a"_s, tr("One organization (number or name)."));
    parser.addPositionalArgument(u"org-b"_s, tr("The other organization (number or name)."));
    parser.addOption(
        {u"level"_s,
         tr("How closely they work together: %1.").arg(enumKeys<RelationshipLevel>().join(u", "_s)),
         tr("LEVEL")});
    parser.addOption(
        {u"trust"_s, tr("Trust: %1.").arg(enumKeys<TrustLevel>().join(u", "_s)), tr("TRUST")});
    parser.addOption(
        {u"since"_s, tr("Since when they work together (empty for unknown)."), tr("YYYY-MM-DD")});
    parser.addOption({u"notes"_s, tr("Notes on the relationship."), tr("TEXT")});
    parser.addOption({u"note"_s,
                      tr("A note for the history entry a change of a recorded relationship "
                         "adds."),
                      tr("TEXT")});
    parser.addOption({u"on"_s,
                      tr("The day of the change, for the history and a view (default: today)."),
                      tr("YYYY-MM-DD")});
    parser.addOption(
        {u"view"_s, tr("Record this organization's own view of the relationship."), tr("ORG")});
    parser.addOption({u"view-level"_s, tr("The level that side sees."), tr("LEVEL")});
    parser.addOption({u"view-trust"_s, tr("The trust that side sees."), tr("TRUST")});
    parser.addOption({u"view-note"_s, tr("That side's note."), tr("TEXT")});
    parser.addOption({u"clear-view"_s, tr("Remove this organization's own view."), tr("ORG")});
    if (!context.parse(parser,
                       u"ORG_A ORG_B --level LEVEL --trust TRUST [--since YYYY-MM-DD] [--notes "
                       "TEXT] [--note TEXT] [--on YYYY-MM-DD] [--view ORG --view-level LEVEL "
                       "--view-trust TRUST [--view-note TEXT]] [--clear-view ORG]"_s,
                       tr("Records how two organizations work together, or changes it: a new "
                          "pair needs --level and --trust; for a pair already recorded, only the "
                          "options given change, and every change of a rating is kept in the "
                          "history. Each side's own view may be recorded apart; where the sides "
                          "rate the relationship differently, it is said.")))
        return context.exitCode();
    ViewOptions shared;
    ViewOptions view;
    if (int code = parseLevels(context, parser, u"level"_s, u"trust"_s, shared); code != Success)
        return code;
    if (int code = parseLevels(context, parser, u"view-level"_s, u"view-trust"_s, view);
        code != Success)
        return code;
    if (!parser.isSet(u"view"_s)
        && (parser.isSet(u"view-level"_s) || parser.isSet(u"view-trust"_s)
            || parser.isSet(u"view-note"_s)))
        return context.usage(tr("--view-level, --view-trust and --view-note need --view ORG."));
    auto since = parseDateOption(parser, u"since"_s);
    if (!since)
        return context.usage(since.error().message);
    auto on = parseDateOption(parser, u"on"_s);
    if (!on)
        return context.usage(on.error().message);
    const QDate day = on->isValid() ? *on : QDate::currentDate();
    const auto pair = organizationPair(
        context, parser, tr("relationship set needs two organizations (number or name)."));
    if (!pair)
        return context.exitCode();
    Workspace *workspace = context.workspace();
    auto found = workspace->relationships().find(pair->first, pair->second);
    if (!found)
        return context.fail(found.error());
    const bool adding = !found->has_value();
    if (adding && (!shared.level || !shared.trust))
        return context.usage(tr("A new relationship needs --level and --trust."));
    // A new relationship's history starts on --since (else today) with no
    // note of its own: refuse what would be dropped without a word.
    if (adding && parser.isSet(u"note"_s))
        return context.usage(tr("--note goes with a change of a recorded relationship; for a new "
                                "one, write --notes."));
    if (adding && parser.isSet(u"on"_s) && !parser.isSet(u"view"_s))
        return context.usage(tr("A new relationship's history starts on --since (or today); "
                                "--on dates a view or a later change."));
    Relationship relationship = adding ? Relationship{} : **found;
    if (adding) {
        relationship.firstId = pair->first;
        relationship.secondId = pair->second;
    }
    if (shared.level)
        relationship.level = *shared.level;
    if (shared.trust)
        relationship.trust = *shared.trust;
    if (parser.isSet(u"since"_s))
        relationship.since = *since;
    if (parser.isSet(u"notes"_s))
        relationship.notes = parser.value(u"notes"_s);
    if (parser.isSet(u"clear-view"_s)) {
        if (int code = clearView(context, *workspace, parser, relationship); code != Success)
            return code;
    }
    if (parser.isSet(u"view"_s)) {
        if (int code = applyView(context, *workspace, parser, view, day, relationship);
            code != Success)
            return code;
    }

    auto names = organizationNames(*workspace);
    if (!names)
        return context.fail(names.error());
    Id id = relationship.id;
    if (adding) {
        auto added = workspace->relationships().add(relationship);
        if (!added)
            return context.fail(added.error());
        id = *added;
    } else if (Status status
               = workspace->relationships().update(relationship, parser.value(u"note"_s), day);
               !status) {
        return context.fail(status.error());
    }
    auto stored = workspace->relationships().get(id);
    if (!stored)
        return context.fail(stored.error());
    QString line
        = (adding ? tr("Added relationship %1: %2, %3") : tr("Updated relationship %1: %2, %3"))
              .arg(QString::number(id), pairName(*stored, *names),
                   levelAndTrust(stored->level, stored->trust));
    if (stored->since.isValid())
        line += tr(", since %1").arg(dateText(stored->since));
    context.out() << line << u".\n"_s;
    printDisagreement(context, *stored, *names);
    return Success;
}

int relationshipList(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    parser.addOption(
        {u"organization"_s, tr("Only the relationships of this organization."), tr("ORG")});
    context.addFormatOption(parser);
    if (!context.parse(parser, u"[--coalition COALITION | --organization ORG] [--format json]"_s,
                       tr("Lists relationships between organizations: all of them, those among "
                          "the members of a coalition, or those of one organization. Where the "
                          "two sides rate a relationship differently, it says how.")))
        return context.exitCode();
    if (parser.isSet(u"coalition"_s) && parser.isSet(u"organization"_s))
        return context.usage(tr("Give --coalition or --organization, not both."));
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    Result<QList<Relationship>> relationships = QList<Relationship>();
    if (parser.isSet(u"coalition"_s)) {
        auto coalition = resolveCoalition(*workspace, parser.value(u"coalition"_s));
        if (!coalition)
            return context.fail(coalition.error());
        relationships = workspace->relationships().listForCoalition(*coalition);
    } else if (parser.isSet(u"organization"_s)) {
        auto organization = resolveOrganization(*workspace, parser.value(u"organization"_s));
        if (!organization)
            return context.fail(organization.error());
        relationships = workspace->relationships().listForOrganization(*organization);
    } else {
        relationships = workspace->relationships().list();
    }
    auto names = organizationNames(*workspace);
    if (!relationships || !names)
        return context.fail(!relationships ? relationships.error() : names.error());

    int disagreements = 0;
    for (const Relationship &relationship : *relationships) {
        if (NetworkEngine::sidesDisagree(relationship))
            ++disagreements;
    }
    if (context.wantsJson(parser)) {
        QJsonArray array;
        for (const Relationship &relationship : *relationships)
            array.append(relationshipJson(relationship, *names));
        return context.printJson(QJsonDocument(QJsonObject{
            {u"relationships"_s, array},
            {u"disagreements"_s, disagreements},
        }));
    }
    if (relationships->isEmpty()) {
        context.out() << tr("No relationship is recorded.") << u'\n';
        return Success;
    }
    QList<QStringList> rows;
    for (const Relationship &r : *relationships) {
        QString sides;
        if (NetworkEngine::sidesDisagree(r))
            sides = tr("disagree");
        else if (r.views.size() == 2)
            sides = tr("agree");
        else if (r.views.size() == 1)
            sides = tr("one view");
        rows.append({QString::number(r.id), organizationName(*names, r.firstId),
                     organizationName(*names, r.secondId), enumKey(r.level), enumKey(r.trust),
                     dateText(r.since), sides});
    }
    context.out() << formatTable({tr("ID"), tr("Organization"), tr("Organization"), tr("Level"),
                                  tr("Trust"), tr("Since"), tr("Sides")},
                                 rows);
    for (const Relationship &relationship : *relationships) {
        if (!NetworkEngine::sidesDisagree(relationship))
            continue;
        context.out() << u'\n'
                      << tr("Relationship %1, %2: the two sides rate it differently.")
                             .arg(QString::number(relationship.id), pairName(relationship, *names))
                      << u'\n';
        for (const QString &sentence : NetworkEngine::disagreement(relationship, *names))
            context.out() << u"  - "_s << sentence << u'\n';
    }
    return Success;
}

std::optional<Relationship> pairRelationship(Context &context, const QCommandLineParser &parser,
                                             const QString &usageMessage, QHash<Id, QString> &names)
{
    const auto pair = organizationPair(context, parser, usageMessage);
    if (!pair)
        return std::nullopt;
    Workspace *workspace = context.workspace();
    auto loaded = organizationNames(*workspace);
    if (!loaded) {
        context.fail(loaded.error());
        return std::nullopt;
    }
    names = *loaded;
    auto found = workspace->relationships().find(pair->first, pair->second);
    if (!found) {
        context.fail(found.error());
        return std::nullopt;
    }
    if (!found->has_value()) {
        context.fail(
            tr("No relationship between %1 and %2 is recorded.")
                .arg(organizationName(names, pair->first), organizationName(names, pair->second)));
        return std::nullopt;
    }
    return **found;
}

int relationshipHistory(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"org-a"_s, tr("One organization (number or name)."));
    parser.addPositionalArgument(u"org-b"_s, tr("The other organization (number or name)."));
    context.addFormatOption(parser);
    if (!context.parse(parser, u"ORG_A ORG_B [--format json]"_s,
                       tr("Shows the dated history of a relationship, oldest first: each change "
                          "of the shared rating and of each side's own view, with its note.")))
        return context.exitCode();
    QHash<Id, QString> names;
    const std::optional<Relationship> relationship = pairRelationship(
        context, parser, tr("relationship history needs two organizations (number or name)."),
        names);
    if (!relationship)
        return context.exitCode();
    if (context.wantsJson(parser)) {
        QJsonObject object = relationshipJson(*relationship, names);
        QJsonArray history;
        for (const RelationshipChange &change : relationship->history)
            history.append(QJsonObject{
                {u"on"_s, change.on.isValid() ? QJsonValue(dateText(change.on)) : QJsonValue()},
                {u"side_id"_s, change.side ? QJsonValue(*change.side) : QJsonValue()},
                {u"side_name"_s,
                 change.side ? QJsonValue(organizationName(names, *change.side)) : QJsonValue()},
                {u"level"_s, enumKey(change.level)},
                {u"trust"_s, enumKey(change.trust)},
                {u"note"_s, change.note},
            });
        object.insert(u"history"_s, history);
        return context.printJson(QJsonDocument(object));
    }
    QTextStream &out = context.out();
    out << tr("Relationship %1, %2: now %3")
               .arg(QString::number(relationship->id), pairName(*relationship, names),
                    levelAndTrust(relationship->level, relationship->trust));
    if (relationship->since.isValid())
        out << tr(", since %1").arg(dateText(relationship->since));
    out << u".\n"_s;
    if (relationship->history.isEmpty())
        out << tr("No change is recorded.") << u'\n';
    for (const RelationshipChange &change : relationship->history) {
        const QString whose = change.side
            ? tr("%1's view").arg(organizationName(names, *change.side))
            : tr("Shared rating");
        QString line = tr("%1: %2").arg(whose, levelAndTrust(change.level, change.trust));
        if (!change.note.isEmpty())
            line += u" — "_s + change.note;
        out << dateText(change.on).leftJustified(12) << line << u'\n';
    }
    printDisagreement(context, *relationship, names);
    return Success;
}

int relationshipRemove(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"org-a"_s, tr("One organization (number or name)."));
    parser.addPositionalArgument(u"org-b"_s, tr("The other organization (number or name)."));
    if (!context.parse(parser, u"ORG_A ORG_B"_s,
                       tr("Removes the relationship between two organizations, with its views "
                          "and history.")))
        return context.exitCode();
    QHash<Id, QString> names;
    const std::optional<Relationship> relationship = pairRelationship(
        context, parser, tr("relationship remove needs two organizations (number or name)."),
        names);
    if (!relationship)
        return context.exitCode();
    if (Status status = context.workspace()->relationships().remove(relationship->id); !status)
        return context.fail(status.error());
    context.out() << tr("Removed relationship %1 between %2.")
                         .arg(QString::number(relationship->id), pairName(*relationship, names))
                  << u'\n';
    return Success;
}

} // namespace

QList<Command> relationshipCommands()
{
    return {
        {u"relationship"_s, u"set"_s, tr("Record how two organizations work together"),
         relationshipSet},
        {u"relationship"_s, u"list"_s, tr("List relationships, with disagreements"),
         relationshipList},
        {u"relationship"_s, u"history"_s, tr("Show a relationship's dated history"),
         relationshipHistory},
        {u"relationship"_s, u"remove"_s, tr("Remove a relationship"), relationshipRemove},
    };
}

} // namespace Coalition::Cli
