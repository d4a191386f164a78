// SPDX-License-Identifier: GPL-3.0-or-later
// tally: counts one decision described as JSON (docs/tally.md) with the
// decision tally engine. It reads no workspace.

#include "clicontext.h"
#include "rules/tally.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>

#include <limits>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Coalition::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Coalition::Cli", text);
}

Error inputError(const QString &field, const QString &message)
{
    return Error{message, {}, field};
}

// Keys outside the documented ones are refused: a misspelt "stand-aside"
// would otherwise count as nothing without a word.
Status onlyKnownKeys(const QJsonObject &object, const QStringList &known, const QString &where)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return inputError(
                where.isEmpty() ? it.key() : where + u'.' + it.key(),
                tr("Unknown key “%1”; expected one of: %2.").arg(it.key(), known.join(u", "_s)));
    }
    return Status::success();
}

// A whole number within int. Negative numbers pass: the engine's validation
// names them.
Result<int> readCount(const QJsonValue &value, const QString &field)
{
    if (!value.isDouble())
        return inputError(field, tr("A whole number is expected."));
    constexpr qint64 Invalid = std::numeric_limits<qint64>::min();
    const qint64 number = value.toInteger(Invalid);
    if (number == Invalid)
        return inputError(
            field,
            tr("A whole number is expected, not %1.").arg(QString::number(value.toDouble())));
    if (number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max())
        return inputError(field, tr("%1 is too large.").arg(number));
    return static_cast<int>(number);
}

Result<Fraction> readFraction(const QJsonValue &value, const QString &field)
{
    const std::optional<Fraction> fraction
        = value.isString() ? Fraction::parse(value.toString()) : std::nullopt;
    if (!fraction || !fraction->isProperThreshold())
        return inputError(field,
                          tr("A fraction above 0 and at most 1 is expected, written "
                             "as text such as \"2/3\"."));
    return *fraction;
}

Result<Quorum> readQuorum(const QJsonValue &value)
{
    const QString field = u"procedure.quorum"_s;
    Quorum quorum;
    if (value.isUndefined() || value.isNull())
        return quorum;
    if (value.isDouble()) {
        auto count = readCount(value, field);
        if (!count)
            return count.error();
        quorum.kind = QuorumKind::Count;
        quorum.count = *count;
        return quorum;
    }
    if (value.isString() && value.toString() == u"majority"_s) {
        quorum.kind = QuorumKind::Majority;
        return quorum;
    }
    if (value.isString() && Fraction::parse(value.toString())) {
        auto fraction = readFraction(value, field);
        if (!fraction)
            return fraction.error();
        quorum.kind = QuorumKind::Fraction;
        quorum.fraction = *fraction;
        return quorum;
    }
    return inputError(field,
                      tr("A quorum is a number of members (6), \"majority\" or a "
                         "fraction of the members (\"1/2\")."));
}

Result<TallyRule> readRule(const QJsonValue &value)
{
    if (!value.isObject())
        return inputError(u"procedure"_s, tr("An object with at least a method is expected."));
    const QJsonObject procedure = value.toObject();
    if (Status known = onlyKnownKeys(
            procedure, {u"method"_s, u"threshold"_s, u"basis"_s, u"quorum"_s}, u"procedure"_s);
        !known)
        return known.error();

    TallyRule rule;
    const QJsonValue method = procedure.value(u"method"_s);
    const std::pair<QString, TallyMethod> methods[] = {
        {u"majority"_s, TallyMethod::Majority},
        {u"supermajority"_s, TallyMethod::Supermajority},
        {u"unanimity"_s, TallyMethod::Unanimity},
        {u"consensus"_s, TallyMethod::Consensus},
    };
    bool methodKnown = false;
    for (const auto &[key, tallyMethod] : methods) {
        if (method.isString() && method.toString() == key) {
            rule.method = tallyMethod;
            methodKnown = true;
        }
    }
    if (!methodKnown)
        return inputError(u"procedure.method"_s,
                          tr("%1 is not a method; use majority, supermajority, unanimity or "
                             "consensus.")
                              .arg(method.isString() ? u"“"_s + method.toString() + u"”"_s
                                                     : tr("a missing or non-text value")));

    const QJsonValue threshold = procedure.value(u"threshold"_s);
    if (rule.method == TallyMethod::Supermajority) {
        if (threshold.isUndefined())
            return inputError(u"procedure.threshold"_s,
                              tr("A supermajority needs a threshold, such as \"2/3\"."));
        auto fraction = readFraction(threshold, u"procedure.threshold"_s);
        if (!fraction)
            return fraction.error();
        rule.threshold = *fraction;
    } else if (!threshold.isUndefined()) {
        return inputError(u"procedure.threshold"_s,
                          tr("A threshold belongs to a supermajority only; this method is “%1”.")
                              .arg(method.toString()));
    }

    const QJsonValue basis = procedure.value(u"basis"_s);
    if (!basis.isUndefined()) {
        const std::optional<VoteBasis> parsed
            = basis.isString() && enumKeys<VoteBasis>().contains(basis.toString())
            ? enumFromText<VoteBasis>(basis.toString())
            : std::nullopt;
        if (!parsed)
            return inputError(u"procedure.basis"_s,
                              tr("%1 is not a basis; use cast, present or members.")
                                  .arg(basis.isString() ? u"“"_s + basis.toString() + u"”"_s
                                                        : tr("a non-text value")));
        rule.basis = *parsed;
    }

    auto quorum = readQuorum(procedure.value(u"quorum"_s));
    if (!quorum)
        return quorum.error();
    rule.quorum = *quorum;
    return rule;
}

Result<VoteCounts> readVotes(const QJsonValue &value)
{
    VoteCounts votes;
    if (value.isUndefined())
        return votes;
    if (!value.isObject())
        return inputError(u"votes"_s, tr("An object of counts is expected."));
    const QJsonObject object = value.toObject();
    const std::pair<QString, int VoteCounts::*> keys[] = {
        {u"yes"_s, &VoteCounts::yes},         {u"no"_s, &VoteCounts::no},
        {u"abstain"_s, &VoteCounts::abstain}, {u"stand_aside"_s, &VoteCounts::standAside},
        {u"block"_s, &VoteCounts::block},
    };
    QStringList known;
    for (const auto &[key, member] : keys)
        known << key;
    if (Status status = onlyKnownKeys(object, known, u"votes"_s); !status)
        return status.error();
    for (const auto &[key, member] : keys) {
        if (!object.contains(key))
            continue; // a missing count is 0
        auto count = readCount(object.value(key), u"votes."_s + key);
        if (!count)
            return count.error();
        votes.*member = *count;
    }
    return votes;
}

Result<TallyInput> readInput(const QByteArray &data)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return inputError({},
                          tr("The input is not valid JSON: %1 (at byte %2).")
                              .arg(parseError.errorString())
                              .arg(parseError.offset));
    if (!document.isObject())
        return inputError({}, tr("The input must be one JSON object."));
    const QJsonObject object = document.object();
    if (Status status
        = onlyKnownKeys(object, {u"procedure"_s, u"members"_s, u"present"_s, u"votes"_s}, {});
        !status)
        return status.error();

    TallyInput input;
    auto rule = readRule(object.value(u"procedure"_s));
    if (!rule)
        return rule.error();
    input.rule = *rule;
    for (const auto &[key, target] :
         {std::pair{u"members"_s, &input.members}, std::pair{u"present"_s, &input.present}}) {
        if (!object.contains(key))
            return inputError(key, tr("The count is missing."));
        auto count = readCount(object.value(key), key);
        if (!count)
            return count.error();
        *target = *count;
    }
    auto votes = readVotes(object.value(u"votes"_s));
    if (!votes)
        return votes.error();
    input.votes = *votes;
    if (Status valid = Tally::validate(input); !valid)
        return valid.error();
    return input;
}

// The outcome words of the JSON output, fixed for scripts (with an
// underscore, unlike the enumeration key "no-quorum").
QString outcomeWord(DecisionOutcome outcome)
{
    switch (outcome) {
    case DecisionOutcome::Adopted:
        return u"adopted"_s;
    case DecisionOutcome::Rejected:
        return u"rejected"_s;
    case DecisionOutcome::NoQuorum:
        return u"no_quorum"_s;
    case DecisionOutcome::Blocked:
        return u"blocked"_s;
    case DecisionOutcome::Pending:
        break;
    }
    return u"pending"_s;
}

int tally(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"file"_s,
                                 tr("The decision as JSON; - or nothing for standard input."));
    context.addFormatOption(parser);
    // Accepted and ignored, so that a --db given anywhere on the line (as
    // the overview allows) or kept in an alias does no harm.
    parser.addOption({u"db"_s, tr("Ignored: tally reads no workspace."), tr("FILE")});
    if (!context.parse(parser, u"[FILE|-] [--format text|json]"_s,
                       tr("Counts one decision described as JSON: the procedure, the voting "
                          "members, those present and their positions. Prints the outcome "
                          "(adopted, rejected, no_quorum or blocked) with the reasons. Output is "
                          "JSON unless standard input is a terminal. Exits 0 whatever the "
                          "outcome and 2 when the input is malformed or inconsistent. See "
                          "docs/tally.md."),
                       false))
        return context.exitCode();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return context.usage(tr("Give one input file at most (or - for standard input)."));

    const QString file = positional.value(0, u"-"_s);
    QFile in;
    if (file == u"-"_s) {
        if (!in.open(stdin, QIODevice::ReadOnly))
            return context.fail(tr("Standard input cannot be read."));
    } else {
        in.setFileName(file);
        if (!in.open(QIODevice::ReadOnly))
            return context.fail(tr("%1 cannot be read: %2").arg(file, in.errorString()));
    }
    const QByteArray data = in.readAll();

    auto input = readInput(data);
    if (!input) {
        const Error &error = input.error();
        return context.usage(error.field.isEmpty() ? error.message
                                                   : error.field + u": "_s + error.message);
    }
    const TallyResult result = Tally::count(*input);

    const bool json
        = parser.isSet(u"format"_s) ? context.wantsJson(parser) : !::isatty(STDIN_FILENO);
    if (json)
        return context.printJson(
            QJsonDocument(QJsonObject{{u"outcome"_s, outcomeWord(result.outcome)},
                                      {u"quorum_met"_s, result.quorumMet},
                                      {u"reasons"_s, QJsonArray::fromStringList(result.reasons)}}));
    context.out() << tr("Outcome: %1").arg(enumLabel(result.outcome)) << u'\n';
    for (const QString &reason : result.reasons)
        context.out() << u"  "_s << reason << u'\n';
    return Success;
}

} // namespace

QList<Command> tallyCommands()
{
    return {{u"tally"_s, {}, tr("Count a decision given as JSON (no workspace)"), tally}};
}

} // namespace Coalition::Cli
