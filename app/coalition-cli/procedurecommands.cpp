// SPDX-License-Identifier: GPL-3.0-or-later
// procedure commands: how each body of a coalition decides.

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

void addProcedureOptions(QCommandLineParser &parser)
{
    parser.addOption({u"method"_s, tr("Method: %1.").arg(enumKeys<DecisionMethod>().join(u", "_s)),
                      tr("METHOD")});
    parser.addOption({u"threshold"_s,
                      tr("Share of the basis a supermajority needs, such as 2/3 (also the "
                         "fallback vote's, when it is a supermajority)."),
                      tr("N/D")});
    parser.addOption({u"attempts"_s,
                      tr("consensus-then-vote: failed attempts at consensus before the vote."),
                      tr("N")});
    parser.addOption({u"fallback"_s,
                      tr("consensus-then-vote: the vote that follows, majority or "
                         "supermajority."),
                      tr("METHOD")});
    parser.addOption({u"delegate-to"_s,
                      tr("delegated: the body that decides instead (number or name)."),
                      tr("BODY")});
    parser.addOption({u"delegate-to-lead"_s,
                      tr("delegated: the coalition's lead organization decides instead.")});
    parser.addOption(
        {u"basis"_s,
         tr("What a vote is counted against: %1.").arg(enumKeys<VoteBasis>().join(u", "_s)),
         tr("BASIS")});
    parser.addOption({u"quorum"_s,
                      tr("Members who must be present: a number, majority (more than half), a "
                         "fraction such as 1/2, or none."),
                      tr("QUORUM")});
    parser.addOption({u"area"_s,
                      tr("An area the body may settle alone; repeat for several (replaces the "
                         "list). Areas: %1.")
                          .arg(enumKeys<DecisionArea>().join(u", "_s)),
                      tr("AREA")});
    parser.addOption({u"no-areas"_s, tr("The body may settle no area alone.")});
    parser.addOption({u"escalation"_s,
                      tr("A step for a disagreement that persists, in order; repeat for several "
                         "(replaces the ladder). Steps: %1.")
                          .arg(enumKeys<EscalationStep>().join(u", "_s)),
                      tr("STEP")});
    parser.addOption({u"no-escalation"_s, tr("No escalation ladder.")});
    parser.addOption(
        {u"notice-days"_s, tr("Days of notice a meeting needs before it may decide."), tr("N")});
    parser.addOption({u"reopen-after-days"_s,
                      tr("Days after its meeting before an adopted decision may be reopened."),
                      tr("N")});
    parser.addOption({u"reopen-threshold"_s,
                      tr("Share of the votes cast needed to reopen, such as 2/3 (none: a "
                         "majority)."),
                      tr("N/D")});
    parser.addOption({u"reopen-needs-new-information"_s, tr("Reopening needs new information.")});
    parser.addOption(
        {u"reopen-without-new-information"_s, tr("Reopening needs no new information.")});
    parser.addOption({u"notes"_s, tr("Free notes."), tr("TEXT")});
}

Result<Quorum> parseQuorum(const QString &text)
{
    Quorum quorum;
    const QString value = text.trimmed().toLower();
    if (value == u"none"_s)
        return quorum;
    if (value == u"majority"_s) {
        quorum.kind = QuorumKind::Majority;
        return quorum;
    }
    bool isNumber = false;
    const int count = value.toInt(&isNumber);
    if (isNumber && count >= 1) {
        quorum.kind = QuorumKind::Count;
        quorum.count = count;
        return quorum;
    }
    if (!isNumber) {
        if (const auto fraction = Fraction::parse(value);
            fraction && fraction->isProperThreshold()) {
            quorum.kind = QuorumKind::Fraction;
            quorum.fraction = *fraction;
            return quorum;
        }
    }
    return Error{tr("--quorum: “%1” is not a quorum; give a number of members (at least 1), "
                    "majority, a fraction such as 1/2, or none.")
                     .arg(text),
                 {},
                 {}};
}

template<typename E>
Result<QList<E>> parseEnumList(const QStringList &texts)
{
    QList<E> values;
    for (const QString &text : texts) {
        auto value = parseEnum<E>(text);
        if (!value)
            return value.error();
        values.append(*value);
    }
    return values;
}

// Applies the options given to `p`; a value wrong in itself is a usage error,
// a delegate body that cannot be found a failure.
int applyProcedureOptions(Context &context, Workspace &workspace, const QCommandLineParser &parser,
                          const Body &body, DecisionProcedure &p)
{
    const auto usage = [&](const Error &error) {
        return context.usage(error.message);
    };
    if (parser.isSet(u"method"_s)) {
        auto method = parseEnum<DecisionMethod>(parser.value(u"method"_s));
        if (!method)
            return usage(method.error());
        p.method = *method;
    }
    if (parser.isSet(u"fallback"_s)) {
        auto fallback = parseEnum<DecisionMethod>(parser.value(u"fallback"_s));
        if (!fallback)
            return usage(fallback.error());
        p.fallbackMethod = *fallback;
    }
    if (parser.isSet(u"basis"_s)) {
        auto basis = parseEnum<VoteBasis>(parser.value(u"basis"_s));
        if (!basis)
            return usage(basis.error());
        p.basis = *basis;
    }
    if (parser.isSet(u"threshold"_s)) {
        auto threshold = parseFractionOption(u"threshold"_s, parser.value(u"threshold"_s));
        if (!threshold)
            return usage(threshold.error());
        p.threshold = *threshold;
    }
    if (parser.isSet(u"quorum"_s)) {
        auto quorum = parseQuorum(parser.value(u"quorum"_s));
        if (!quorum)
            return usage(quorum.error());
        p.quorum = *quorum;
    }
    const std::pair<QString, int *> counts[] = {
        {u"attempts"_s, &p.consensusAttempts},
        {u"notice-days"_s, &p.noticeDays},
        {u"reopen-after-days"_s, &p.reopening.minimumDays},
    };
    for (const auto &[name, field] : counts) {
        if (!parser.isSet(name))
            continue;
        auto count = parseCountOption(name, parser.value(name));
        if (!count)
            return usage(count.error());
        *field = *count;
    }
    if (parser.isSet(u"area"_s) && parser.isSet(u"no-areas"_s))
        return context.usage(tr("Give --area or --no-areas, not both."));
    if (parser.isSet(u"area"_s)) {
        auto areas = parseEnumList<DecisionArea>(parser.values(u"area"_s));
        if (!areas)
            return usage(areas.error());
        p.areas = *areas;
    }
    if (parser.isSet(u"no-areas"_s))
        p.areas.clear();
    if (parser.isSet(u"escalation"_s) && parser.isSet(u"no-escalation"_s))
        return context.usage(tr("Give --escalation or --no-escalation, not both."));
    if (parser.isSet(u"escalation"_s)) {
        auto steps = parseEnumList<EscalationStep>(parser.values(u"escalation"_s));
        if (!steps)
            return usage(steps.error());
        p.escalation = *steps;
    }
    if (parser.isSet(u"no-escalation"_s))
        p.escalation.clear();
    if (parser.isSet(u"reopen-threshold"_s)) {
        const QString value = parser.value(u"reopen-threshold"_s);
        if (value.isEmpty() || value.compare(u"none"_s, Qt::CaseInsensitive) == 0) {
            p.reopening.threshold.reset();
        } else {
            auto threshold = parseFractionOption(u"reopen-threshold"_s, value);
            if (!threshold)
                return usage(threshold.error());
            p.reopening.threshold = *threshold;
        }
    }
    if (parser.isSet(u"reopen-needs-new-information"_s)
        && parser.isSet(u"reopen-without-new-information"_s))
        return context.usage(tr("Give --reopen-needs-new-information or "
                                "--reopen-without-new-information, not both."));
    if (parser.isSet(u"reopen-needs-new-information"_s))
        p.reopening.newInformationRequired = true;
    if (parser.isSet(u"reopen-without-new-information"_s))
        p.reopening.newInformationRequired = false;
    if (parser.isSet(u"notes"_s))
        p.notes = parser.value(u"notes"_s);

    if (parser.isSet(u"delegate-to"_s) && parser.isSet(u"delegate-to-lead"_s))
        return context.usage(tr("Give --delegate-to or --delegate-to-lead, not both."));
    if (parser.isSet(u"delegate-to"_s)) {
        auto delegate = resolveBody(workspace, body.coalitionId, parser.value(u"delegate-to"_s));
        if (!delegate)
            return context.fail(delegate.error());
        p.delegateBodyId = *delegate;
        p.delegateToLead = false;
    } else if (parser.isSet(u"delegate-to-lead"_s)) {
        p.delegateBodyId.reset();
        p.delegateToLead = true;
    } else if (p.method != DecisionMethod::Delegated) {
        // Leaving delegation: the old delegate no longer applies.
        p.delegateBodyId.reset();
        p.delegateToLead = false;
    }
    return Success;
}

// The body named by the positional argument (a name needs --coalition).
std::optional<Body> targetBody(Context &context, const QCommandLineParser &parser,
                               const QString &usageMessage)
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
    auto id = resolveBody(*workspace, *coalition, parser.positionalArguments().first());
    if (!id) {
        referenceFailure(context, id.error());
        return std::nullopt;
    }
    auto body = workspace->bodies().get(*id);
    if (!body) {
        context.fail(body.error());
        return std::nullopt;
    }
    return *body;
}

// Prints (or writes as JSON) a body's procedure with every option in words.
int printProcedure(Context &context, const QCommandLineParser &parser, const Body &body,
                   const DecisionProcedure &procedure, const QString &heading)
{
    Workspace *workspace = context.workspace();
    auto names = loadCoalitionNames(*workspace, body.coalitionId);
    if (!names)
        return context.fail(names.error());
    auto voting = workspace->evaluator().votingMembers(body.id, QDate::currentDate());
    if (!voting)
        return context.fail(voting.error());
    const QStringList lines
        = explainProcedure(body, procedure, static_cast<int>(voting->size()), *names);
    if (context.wantsJson(parser)) {
        QJsonObject object = JsonCodec::toJson(procedure);
        object.insert(u"body"_s, body.name);
        object.insert(u"voting_members"_s, voting->size());
        object.insert(u"explanation"_s, QJsonArray::fromStringList(lines));
        return context.printJson(QJsonDocument(object));
    }
    context.out() << heading << u'\n';
    for (const QString &line : lines)
        context.out() << u"  "_s << line << u'\n';
    return Success;
}

int procedureSet(Context &context)
{
    QCommandLineParser parser;
    parser.addOption({u"coalition"_s,
                      tr("The coalition (number or name), to name the body by name."),
                      tr("COALITION")});
    addProcedureOptions(parser);
    context.addFormatOption(parser);
    parser.addPositionalArgument(u"body"_s, tr("The body's number or name."));
    if (!context.parse(parser, u"BODY --method METHOD [OPTIONS]"_s,
                       tr("Sets how a body decides. When the body has a procedure already, the "
                          "options not given keep their values. Prints the procedure in "
                          "words.")))
        return context.exitCode();
    const std::optional<Body> body
        = targetBody(context, parser, tr("procedure set needs one body (number or name)."));
    if (!body)
        return context.exitCode();
    Workspace *workspace = context.workspace();
    auto existing = workspace->procedures().forBody(body->id);
    if (!existing)
        return context.fail(existing.error());
    if (!existing->has_value() && !parser.isSet(u"method"_s))
        return context.usage(
            tr("%1 has no decision procedure yet: give its --method.").arg(body->name));
    DecisionProcedure procedure = existing->value_or(DecisionProcedure{});
    procedure.bodyId = body->id;
    if (int code = applyProcedureOptions(context, *workspace, parser, *body, procedure);
        code != Success)
        return code;
    auto id = workspace->procedures().set(procedure);
    if (!id)
        return context.fail(id.error());
    auto stored = workspace->procedures().get(*id);
    if (!stored)
        return context.fail(stored.error());
    return printProcedure(context, parser, *body, *stored,
                          tr("Set the decision procedure of %1 (procedure %2):")
                              .arg(body->name, QString::number(*id)));
}

int procedureShow(Context &context)
{
    QCommandLineParser parser;
    parser.addOption({u"coalition"_s,
                      tr("The coalition (number or name), to name the body by name."),
                      tr("COALITION")});
    context.addFormatOption(parser);
    parser.addPositionalArgument(u"body"_s, tr("The body's number or name."));
    if (!context.parse(parser, u"BODY [--coalition COALITION] [--format json]"_s,
                       tr("Shows how a body decides, every option explained in plain words "
                          "with its numbers.")))
        return context.exitCode();
    const std::optional<Body> body
        = targetBody(context, parser, tr("procedure show needs one body (number or name)."));
    if (!body)
        return context.exitCode();
    auto procedure = context.workspace()->procedures().forBody(body->id);
    if (!procedure)
        return context.fail(procedure.error());
    if (!procedure->has_value())
        return context.fail(
            tr("%1 has no decision procedure yet; set one with procedure set.").arg(body->name));
    return printProcedure(context, parser, *body, **procedure,
                          tr("Decision procedure of %1 (procedure %2):")
                              .arg(body->name, QString::number((*procedure)->id)));
}

} // namespace

QList<Command> procedureCommands()
{
    return {
        {u"procedure"_s, u"set"_s, tr("Set how a body decides"), procedureSet},
        {u"procedure"_s, u"show"_s, tr("Show how a body decides, in plain words"), procedureShow},
    };
}

} // namespace Coalition::Cli
