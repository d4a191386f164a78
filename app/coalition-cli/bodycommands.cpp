// SPDX-License-Identifier: GPL-3.0-or-later
// body commands: a coalition's bodies (full membership, committees, action
// groups) and the seats its member organizations hold on them.

#include "domain/jsoncodec.h"
#include "governancecli.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Coalition::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Coalition::Cli", text);
}

void addCoalitionOption(QCommandLineParser &parser)
{
    parser.addOption({u"coalition"_s, tr("The coalition (number or name)."), tr("COALITION")});
}

int bodyAdd(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    parser.addOption(
        {u"kind"_s, tr("Kind: %1.").arg(enumKeys<BodyKind>().join(u", "_s)), tr("KIND")});
    parser.addOption({u"name"_s, tr("Name (unique in the coalition)."), tr("NAME")});
    parser.addOption({u"purpose"_s, tr("What the body is for."), tr("TEXT")});
    parser.addOption({u"notes"_s, tr("Free notes."), tr("TEXT")});
    if (!context.parse(parser, u"--coalition COALITION --kind KIND --name NAME [OPTIONS]"_s,
                       tr("Adds a body to a coalition: its full membership, a committee or an "
                          "action group.")))
        return context.exitCode();
    if (!parser.isSet(u"coalition"_s) || !parser.isSet(u"kind"_s) || !parser.isSet(u"name"_s))
        return context.usage(tr("body add needs --coalition, --kind and --name."));
    auto kind = parseEnum<BodyKind>(parser.value(u"kind"_s));
    if (!kind)
        return context.usage(kind.error().message);
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto coalition = resolveCoalition(*workspace, parser.value(u"coalition"_s));
    if (!coalition)
        return context.fail(coalition.error());
    Body body;
    body.coalitionId = *coalition;
    body.kind = *kind;
    body.name = parser.value(u"name"_s);
    body.purpose = parser.value(u"purpose"_s);
    body.notes = parser.value(u"notes"_s);
    auto id = workspace->bodies().add(body);
    if (!id)
        return context.fail(id.error());
    context.out() << tr("Added body %1: %2 (%3).")
                         .arg(QString::number(*id), body.name.trimmed(),
                              enumLabel(body.kind).toLower())
                  << u'\n';
    return Success;
}

int bodyList(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    context.addFormatOption(parser);
    if (!context.parse(parser, u"--coalition COALITION [--format json]"_s,
                       tr("Lists a coalition's bodies with their seats, their voting members "
                          "today and whether a decision procedure is set.")))
        return context.exitCode();
    if (!parser.isSet(u"coalition"_s))
        return context.usage(tr("body list needs --coalition."));
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto coalition = resolveCoalition(*workspace, parser.value(u"coalition"_s));
    if (!coalition)
        return context.fail(coalition.error());
    auto bodies = workspace->bodies().listForCoalition(*coalition);
    auto procedures = workspace->procedures().listForCoalition(*coalition);
    if (!bodies || !procedures)
        return context.fail(!bodies ? bodies.error() : procedures.error());
    QHash<Id, DecisionProcedure> byBody;
    for (const DecisionProcedure &p : *procedures)
        byBody.insert(p.bodyId, p);
    QJsonArray array;
    QList<QStringList> rows;
    for (const Body &body : *bodies) {
        auto voting = workspace->evaluator().votingMembers(body.id, QDate::currentDate());
        if (!voting)
            return context.fail(voting.error());
        const bool hasProcedure = byBody.contains(body.id);
        QJsonObject object = JsonCodec::toJson(body);
        object.insert(u"voting_members"_s, voting->size());
        object.insert(u"procedure"_s,
                      hasProcedure ? QJsonValue(JsonCodec::toJson(byBody[body.id]))
                                   : QJsonValue(QJsonValue::Null));
        array.append(object);
        rows.append({QString::number(body.id), body.name, enumKey(body.kind),
                     body.kind == BodyKind::FullMembership ? tr("all members")
                                                           : QString::number(body.seats.size()),
                     QString::number(voting->size()),
                     hasProcedure ? enumKey(byBody[body.id].method) : tr("not set")});
    }
    if (context.wantsJson(parser))
        return context.printJson(QJsonDocument(array));
    context.out() << formatTable(
        {tr("ID"), tr("Name"), tr("Kind"), tr("Seats"), tr("Voting today"), tr("Procedure")}, rows);
    return Success;
}

int bodySeat(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    parser.addOption({u"org"_s, tr("The member organization (number or name)."), tr("ORG")});
    parser.addOption({u"role"_s, tr("Its role on the body (chair, secretary ...)."), tr("ROLE")});
    parser.addOption({u"non-voting"_s, tr("The seat has no vote.")});
    parser.addOption({u"voting"_s, tr("The seat has a vote (the default for a new seat).")});
    parser.addOption({u"remove"_s, tr("Remove the organization's seat.")});
    parser.addPositionalArgument(u"body"_s, tr("The body's number or name."));
    if (!context.parse(parser, u"BODY --org ORG [--role ROLE] [--non-voting] | --remove"_s,
                       tr("Gives a member organization a seat on a body, changes its seat, or "
                          "removes it. A body named by name needs --coalition.")))
        return context.exitCode();
    if (parser.positionalArguments().size() != 1 || !parser.isSet(u"org"_s))
        return context.usage(tr("body seat needs one body (number or name) and --org."));
    if (parser.isSet(u"voting"_s) && parser.isSet(u"non-voting"_s))
        return context.usage(tr("Give --voting or --non-voting, not both."));
    if (parser.isSet(u"remove"_s)
        && (parser.isSet(u"voting"_s) || parser.isSet(u"non-voting"_s) || parser.isSet(u"role"_s)))
        return context.usage(tr("--remove takes no --role, --voting or --non-voting."));
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto coalition = optionalCoalition(*workspace, parser);
    if (!coalition)
        return context.fail(coalition.error());
    auto bodyId = resolveBody(*workspace, *coalition, parser.positionalArguments().first());
    if (!bodyId)
        return referenceFailure(context, bodyId.error());
    auto body = workspace->bodies().get(*bodyId);
    if (!body)
        return context.fail(body.error());
    auto membership = resolveMembership(*workspace, body->coalitionId, parser.value(u"org"_s));
    if (!membership)
        return context.fail(membership.error());
    QList<BodySeat> seats = body->seats;
    const auto seat = std::find_if(seats.begin(), seats.end(), [&](const BodySeat &s) {
        return s.membershipId == *membership;
    });
    const QString org = parser.value(u"org"_s);
    if (parser.isSet(u"remove"_s)) {
        if (seat == seats.end())
            return context.fail(tr("%1 has no seat on %2.").arg(org, body->name));
        seats.erase(seat);
    } else if (seat == seats.end()) {
        seats.append({*membership, parser.value(u"role"_s), !parser.isSet(u"non-voting"_s)});
    } else {
        if (parser.isSet(u"role"_s))
            seat->role = parser.value(u"role"_s);
        if (parser.isSet(u"voting"_s) || parser.isSet(u"non-voting"_s))
            seat->voting = parser.isSet(u"voting"_s);
    }
    if (Status status = workspace->bodies().setSeats(body->id, seats); !status)
        return context.fail(status.error());
    if (parser.isSet(u"remove"_s)) {
        context.out() << tr("Removed the seat of %1 from %2. Seats taken: %3.")
                             .arg(org, body->name)
                             .arg(seats.size())
                      << u'\n';
        return Success;
    }
    const auto held = std::find_if(seats.cbegin(), seats.cend(), [&](const BodySeat &s) {
        return s.membershipId == *membership;
    });
    const QString role = held->role.isEmpty() ? QString() : held->role + u", "_s;
    context.out() << tr("%1 sits on %2 (%3%4). Seats taken: %5.")
                         .arg(org, body->name, role, held->voting ? tr("voting") : tr("non-voting"))
                         .arg(seats.size())
                  << u'\n';
    return Success;
}

} // namespace

QList<Command> bodyCommands()
{
    return {
        {u"body"_s, u"add"_s, tr("Add a body (committee, action group ...)"), bodyAdd},
        {u"body"_s, u"list"_s, tr("List a coalition's bodies"), bodyList},
        {u"body"_s, u"seat"_s, tr("Seat a member on a body, or unseat it"), bodySeat},
    };
}

} // namespace Coalition::Cli
