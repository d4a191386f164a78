// SPDX-License-Identifier: GPL-3.0-or-later
// decision commands: proposals put to a body at a meeting, each member's
// position, the outcome the tally gives with its reasons, and reopening.

#include "domain/jsoncodec.h"
#include "governancecli.h"
#include "storage/governancesnapshot.h"

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
    parser.addOption({u"coalition"_s,
                      tr("The coalition (number or name), to name the decision by title."),
                      tr("COALITION")});
}

// The decision named by the positional argument, and its coalition's names.
std::optional<std::pair<Decision, CoalitionNames>>
targetDecision(Context &context, const QCommandLineParser &parser, const QString &usageMessage)
{
    if (parser.positionalArguments().size() != 1) {
        context.usage(usageMessage);
        return std::nullopt;
    }
    Workspace *workspace = context.workspace();
    if (!workspace)
        return std::nullopt;
    auto coalition = optionalCoalition(*workspace, parser);
    if (!coalition) {
        context.fail(coalition.error());
        return std::nullopt;
    }
    auto id = resolveDecision(*workspace, *coalition, parser.positionalArguments().first());
    auto decision = id ? workspace->decisions().get(*id) : Result<Decision>(id.error());
    if (!decision) {
        referenceFailure(context, decision.error());
        return std::nullopt;
    }
    auto owner = coalitionOfMeeting(*workspace, decision->meetingId);
    auto names
        = owner ? loadCoalitionNames(*workspace, *owner) : Result<CoalitionNames>(owner.error());
    if (!names) {
        context.fail(names.error());
        return std::nullopt;
    }
    return std::pair{*decision, *names};
}

// "Eastgate Food Bank=yes": the membership and the position.
Result<MemberPosition> parsePosition(Workspace &workspace, Id coalitionId, const QString &spec)
{
    const qsizetype equals = spec.lastIndexOf(u'=');
    if (equals <= 0)
        return Error{tr("--position “%1”: write ORG=POSITION, such as “Eastgate Food "
                        "Bank=yes”.")
                         .arg(spec),
                     {},
                     {}};
    auto membership = resolveMembership(workspace, coalitionId, spec.left(equals).trimmed());
    if (!membership)
        return membership.error();
    auto position = parseEnum<VotePosition>(spec.mid(equals + 1));
    if (!position)
        return position.error();
    return MemberPosition{*membership, *position};
}

int decisionAdd(Context &context)
{
    QCommandLineParser parser;
    parser.addOption({u"meeting"_s, tr("The meeting where it is taken (number)."), tr("MEETING")});
    parser.addOption({u"title"_s, tr("A short title."), tr("TITLE")});
    parser.addOption({u"text"_s, tr("The proposal in full."), tr("TEXT")});
    parser.addOption(
        {u"area"_s,
         tr("What it is about: %1 (default: other).").arg(enumKeys<DecisionArea>().join(u", "_s)),
         tr("AREA")});
    parser.addOption({u"procedure-of"_s,
                      tr("Decide under the procedure of this body (number or name) instead of "
                         "the meeting's body's."),
                      tr("BODY")});
    parser.addOption({u"failed-attempts"_s,
                      tr("Attempts at consensus that failed before this round."), tr("N")});
    parser.addOption({u"notes"_s, tr("Free notes."), tr("TEXT")});
    if (!context.parse(parser, u"--meeting MEETING --title TITLE [OPTIONS]"_s,
                       tr("Puts a proposal to the body at one of its meetings. Record the "
                          "positions with decision vote.")))
        return context.exitCode();
    if (!parser.isSet(u"meeting"_s) || !parser.isSet(u"title"_s))
        return context.usage(tr("decision add needs --meeting and --title."));
    Decision decision;
    decision.title = parser.value(u"title"_s);
    decision.text = parser.value(u"text"_s);
    decision.notes = parser.value(u"notes"_s);
    if (parser.isSet(u"area"_s)) {
        auto area = parseEnum<DecisionArea>(parser.value(u"area"_s));
        if (!area)
            return context.usage(area.error().message);
        decision.area = *area;
    }
    if (parser.isSet(u"failed-attempts"_s)) {
        auto attempts = parseCountOption(u"failed-attempts"_s, parser.value(u"failed-attempts"_s));
        if (!attempts)
            return context.usage(attempts.error().message);
        decision.failedConsensusAttempts = *attempts;
    }
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto meeting = resolveMeeting(*workspace, parser.value(u"meeting"_s));
    if (!meeting)
        return referenceFailure(context, meeting.error());
    decision.meetingId = *meeting;
    auto coalition = coalitionOfMeeting(*workspace, *meeting);
    if (!coalition)
        return context.fail(coalition.error());
    if (parser.isSet(u"procedure-of"_s)) {
        auto body = resolveBody(*workspace, *coalition, parser.value(u"procedure-of"_s));
        if (!body)
            return context.fail(body.error());
        auto procedure = workspace->procedures().forBody(*body);
        if (!procedure)
            return context.fail(procedure.error());
        if (!procedure->has_value())
            return context.fail(tr("%1 has no decision procedure to decide under.")
                                    .arg(parser.value(u"procedure-of"_s)));
        decision.procedureId = (*procedure)->id;
    }
    auto id = workspace->decisions().add(decision);
    if (!id)
        return context.fail(id.error());
    auto stored = workspace->decisions().get(*id);
    if (!stored)
        return context.fail(stored.error());
    context.out() << tr("Added decision %1: %2 (meeting %3).")
                         .arg(QString::number(*id), stored->title, QString::number(*meeting))
                  << u'\n' << outcomeText(*stored, QString());
    return Success;
}

int decisionVote(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    parser.addOption({u"position"_s,
                      tr("A member organization's position as ORG=POSITION; repeat for each. "
                         "Positions: %1 (absent removes it).")
                          .arg(enumKeys<VotePosition>().join(u", "_s)),
                      tr("ORG=POSITION")});
    parser.addOption({u"failed-attempts"_s,
                      tr("Attempts at consensus that failed before this round."), tr("N")});
    context.addFormatOption(parser);
    parser.addPositionalArgument(u"decision"_s, tr("The decision's number or title."));
    if (!context.parse(parser, u"DECISION --position ORG=POSITION ... [--format json]"_s,
                       tr("Records member organizations' positions on a decision, one vote per "
                          "organization, and prints the new outcome with its reasons.")))
        return context.exitCode();
    if (!parser.isSet(u"position"_s) && !parser.isSet(u"failed-attempts"_s))
        return context.usage(tr("decision vote needs at least one --position ORG=POSITION."));
    std::optional<int> attempts;
    if (parser.isSet(u"failed-attempts"_s)) {
        auto count = parseCountOption(u"failed-attempts"_s, parser.value(u"failed-attempts"_s));
        if (!count)
            return context.usage(count.error().message);
        attempts = *count;
    }
    for (const QString &spec : parser.values(u"position"_s)) {
        // The position word is checked before any name is looked up.
        const qsizetype equals = spec.lastIndexOf(u'=');
        if (equals <= 0)
            return context.usage(tr("--position “%1”: write ORG=POSITION, such as “Eastgate "
                                    "Food Bank=yes”.")
                                     .arg(spec));
        if (auto position = parseEnum<VotePosition>(spec.mid(equals + 1)); !position)
            return context.usage(position.error().message);
    }
    auto target = targetDecision(context, parser, tr("decision vote needs one decision."));
    if (!target)
        return context.exitCode();
    auto &[decision, names] = *target;
    Workspace *workspace = context.workspace();
    auto coalition = coalitionOfMeeting(*workspace, decision.meetingId);
    if (!coalition)
        return context.fail(coalition.error());
    for (const QString &spec : parser.values(u"position"_s)) {
        auto position = parsePosition(*workspace, *coalition, spec);
        if (!position)
            return context.fail(position.error());
        decision.positions.removeIf(
            [&](const MemberPosition &p) { return p.membershipId == position->membershipId; });
        if (position->position != VotePosition::Absent)
            decision.positions.append(*position);
    }
    if (attempts)
        decision.failedConsensusAttempts = *attempts;
    if (Status status = workspace->decisions().update(decision); !status)
        return context.fail(status.error());
    auto stored = workspace->decisions().get(decision.id);
    if (!stored)
        return context.fail(stored.error());
    if (context.wantsJson(parser))
        return context.printJson(QJsonDocument(decisionJson(*stored, names)));
    context.out() << tr("Decision %1: %2").arg(QString::number(stored->id), stored->title) << u'\n'
                  << outcomeText(*stored, QString());
    return Success;
}

int decisionShow(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    context.addFormatOption(parser);
    parser.addPositionalArgument(u"decision"_s, tr("The decision's number or title."));
    if (!context.parse(parser, u"DECISION [--format json]"_s,
                       tr("Shows a decision: each member's position, the outcome with its "
                          "reasons, the status, the reopen history and the ground rules it "
                          "adopted.")))
        return context.exitCode();
    const auto target = targetDecision(context, parser, tr("decision show needs one decision."));
    if (!target)
        return context.exitCode();
    const auto &[decision, names] = *target;
    Workspace *workspace = context.workspace();
    auto meeting = workspace->meetings().get(decision.meetingId);
    auto coalition = coalitionOfMeeting(*workspace, decision.meetingId);
    auto rules = coalition ? workspace->groundRules().listForCoalition(*coalition)
                           : Result<QList<GroundRule>>(coalition.error());
    if (!meeting || !rules)
        return context.fail(!meeting ? meeting.error() : rules.error());
    QList<GroundRule> adopted;
    for (const GroundRule &rule : *rules) {
        if (rule.adoptedByDecisionId == decision.id)
            adopted.append(rule);
    }
    if (context.wantsJson(parser)) {
        QJsonObject object = decisionJson(decision, names);
        object.insert(u"meeting"_s, meetingLabel(*meeting, names));
        object.insert(u"body"_s, names.body(meeting->bodyId));
        QJsonArray rulesJson;
        for (const GroundRule &rule : std::as_const(adopted))
            rulesJson.append(QJsonObject{{u"id"_s, rule.id},
                                         {u"title"_s, rule.title},
                                         {u"area"_s, enumKey(rule.area)},
                                         {u"status"_s, enumKey(rule.status)}});
        object.insert(u"adopted_rules"_s, rulesJson);
        return context.printJson(QJsonDocument(object));
    }
    QTextStream &out = context.out();
    out << tr("Decision %1: %2").arg(QString::number(decision.id), decision.title) << u'\n';
    out << u"  "_s
        << tr("Taken at meeting %1, %2; about %3.")
               .arg(QString::number(meeting->id), meetingLabel(*meeting, names),
                    enumLabel(decision.area).toLower())
        << u'\n';
    if (!decision.text.isEmpty())
        out << u"  "_s << decision.text << u'\n';
    if (decision.failedConsensusAttempts > 0)
        out << u"  "_s
            << tr("Failed attempts at consensus before this round: %1.")
                   .arg(decision.failedConsensusAttempts)
            << u'\n';
    out << tr("Positions:") << u'\n';
    if (decision.positions.isEmpty())
        out << u"  "_s << tr("none recorded yet") << u'\n';
    for (const MemberPosition &p : decision.positions)
        out << u"  "_s << names.member(p.membershipId) << u": "_s << enumKey(p.position) << u'\n';
    out << outcomeText(decision, QString());
    if (!decision.reopenings.isEmpty()) {
        out << tr("Reopened:") << u'\n';
        for (const Reopening &r : decision.reopenings) {
            out << u"  "_s
                << tr("%1: %2 of %3 votes cast to reopen; %4")
                       .arg(r.on.toString(Qt::ISODate), QString::number(r.votesFor),
                            QString::number(r.votesCast), r.reason)
                << u'\n';
            if (!r.newInformation.isEmpty())
                out << u"    "_s << tr("New information: %1").arg(r.newInformation) << u'\n';
        }
    }
    if (!adopted.isEmpty()) {
        out << tr("Adopted ground rules:") << u'\n';
        for (const GroundRule &rule : std::as_const(adopted))
            out << u"  "_s << rule.id << u"  "_s << rule.title << u" ("_s
                << enumLabel(rule.status).toLower() << u")\n"_s;
    }
    if (!decision.notes.isEmpty())
        out << tr("Notes: %1").arg(decision.notes) << u'\n';
    return Success;
}

int decisionReopen(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    parser.addOption({u"on"_s, tr("Date it was reopened (default: today)."), tr("YYYY-MM-DD")});
    parser.addOption({u"meeting"_s, tr("The meeting that reopened it (number)."), tr("MEETING")});
    parser.addOption({u"reason"_s, tr("Why it is looked at again."), tr("TEXT")});
    parser.addOption(
        {u"new-information"_s, tr("The new information brought, if any."), tr("TEXT")});
    parser.addOption({u"votes-for"_s, tr("Votes for reopening."), tr("N")});
    parser.addOption({u"votes-cast"_s, tr("Votes cast on reopening."), tr("N")});
    parser.addPositionalArgument(u"decision"_s, tr("The decision's number or title."));
    if (!context.parse(parser, u"DECISION --reason TEXT --votes-for N --votes-cast N [OPTIONS]"_s,
                       tr("Reopens an adopted decision, with the vote to reopen it. The "
                          "reopening is recorded even when it does not meet the procedure's "
                          "conditions; those are then reported as a warning.")))
        return context.exitCode();
    if (!parser.isSet(u"reason"_s) || !parser.isSet(u"votes-for"_s)
        || !parser.isSet(u"votes-cast"_s))
        return context.usage(tr("decision reopen needs --reason, --votes-for and --votes-cast."));
    auto on = parseDateOption(parser, u"on"_s);
    if (!on)
        return context.usage(on.error().message);
    auto votesFor = parseCountOption(u"votes-for"_s, parser.value(u"votes-for"_s));
    auto votesCast = parseCountOption(u"votes-cast"_s, parser.value(u"votes-cast"_s));
    if (!votesFor || !votesCast)
        return context.usage(!votesFor ? votesFor.error().message : votesCast.error().message);
    if (*votesFor > *votesCast)
        return context.usage(tr("--votes-for (%1) cannot be more than --votes-cast (%2).")
                                 .arg(*votesFor)
                                 .arg(*votesCast));
    const auto target = targetDecision(context, parser, tr("decision reopen needs one decision."));
    if (!target)
        return context.exitCode();
    const Decision &decision = target->first;
    Workspace *workspace = context.workspace();
    Reopening reopening;
    reopening.on = on->isValid() ? *on : QDate::currentDate();
    reopening.reason = parser.value(u"reason"_s);
    reopening.newInformation = parser.value(u"new-information"_s);
    reopening.votesFor = *votesFor;
    reopening.votesCast = *votesCast;
    if (parser.isSet(u"meeting"_s)) {
        auto meeting = resolveMeeting(*workspace, parser.value(u"meeting"_s));
        if (!meeting)
            return referenceFailure(context, meeting.error());
        reopening.meetingId = *meeting;
    }
    if (Status status = workspace->decisions().reopen(decision.id, reopening); !status)
        return context.fail(status.error());
    context.out() << tr("Reopened decision %1, “%2”, on %3: %4 of %5 votes cast.")
                         .arg(QString::number(decision.id), decision.title,
                              reopening.on.toString(Qt::ISODate), QString::number(*votesFor),
                              QString::number(*votesCast))
                  << u'\n';
    // Say at once whether the reopening met the procedure's conditions.
    auto coalition = coalitionOfMeeting(*workspace, decision.meetingId);
    auto snapshot = coalition ? loadGovernanceSnapshot(*workspace, *coalition, QDate::currentDate())
                              : Result<GovernanceSnapshot>(coalition.error());
    if (!snapshot)
        return context.fail(snapshot.error());
    bool warned = false;
    for (const ProceduralWarning &w : ProceduralChecks::run(*snapshot)) {
        if (w.kind != CheckKind::ReopeningConditions
            || !w.records.contains(RecordKey{RecordKind::Decision, decision.id}))
            continue;
        warned = true;
        context.out() << tr("Warning: %1").arg(w.summary) << u'\n';
        for (const QString &reason : w.reasons)
            context.out() << u"  "_s << reason << u'\n';
    }
    if (warned)
        return Success;
    const auto meeting = std::find_if(snapshot->meetings.cbegin(), snapshot->meetings.cend(),
                                      [&](const Meeting &m) { return m.id == decision.meetingId; });
    const bool hasProcedure
        = std::any_of(snapshot->procedures.cbegin(), snapshot->procedures.cend(),
                      [&](const DecisionProcedure &p) {
                          return decision.procedureId
                              ? p.id == *decision.procedureId
                              : meeting != snapshot->meetings.cend() && p.bodyId == meeting->bodyId;
                      });
    context.out() << (hasProcedure ? tr("The reopening meets the conditions of the procedure.")
                                   : tr("No decision procedure applies, so no conditions for "
                                        "reopening were checked."))
                  << u'\n';
    return Success;
}

} // namespace

QList<Command> decisionCommands()
{
    return {
        {u"decision"_s, u"add"_s, tr("Put a proposal to a body at a meeting"), decisionAdd},
        {u"decision"_s, u"vote"_s, tr("Record positions; print the outcome and why"), decisionVote},
        {u"decision"_s, u"show"_s, tr("Show a decision, its outcome and reasons"), decisionShow},
        {u"decision"_s, u"reopen"_s, tr("Reopen an adopted decision"), decisionReopen},
    };
}

} // namespace Coalition::Cli
