// SPDX-License-Identifier: GPL-3.0-or-later
// rule commands: a coalition's ground rules with their history. The body and
// procedure commands, which governanceCommands() also lists, are in
// bodycommands.cpp and procedurecommands.cpp.

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

void addRuleOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {u"area"_s, tr("Area: %1.").arg(enumKeys<RuleArea>().join(u", "_s)), tr("AREA")});
    parser.addOption({u"title"_s, tr("A short title."), tr("TITLE")});
    parser.addOption({u"text"_s, tr("The rule as agreed or proposed."), tr("TEXT")});
    parser.addOption({u"status"_s, tr("Status: proposed or agreed."), tr("STATUS")});
    parser.addOption({u"adopted-by"_s,
                      tr("The decision that adopted it (number or title; empty for none)."),
                      tr("DECISION")});
    parser.addOption({u"review"_s, tr("Date to review it (empty for none)."), tr("YYYY-MM-DD")});
    parser.addOption({u"supersedes"_s,
                      tr("The rule it replaces (number or title; empty for none). Once this "
                         "rule is agreed, that one is retired."),
                      tr("RULE")});
    parser.addOption({u"notes"_s, tr("Free notes."), tr("TEXT")});
}

// Applies the options that were given; a value wrong in itself is a usage
// error, a record that cannot be found a failure.
int applyRuleOptions(Context &context, Workspace &workspace, const QCommandLineParser &parser,
                     GroundRule &rule)
{
    if (parser.isSet(u"area"_s)) {
        auto area = parseEnum<RuleArea>(parser.value(u"area"_s));
        if (!area)
            return context.usage(area.error().message);
        rule.area = *area;
    }
    if (parser.isSet(u"status"_s)) {
        auto status = parseEnum<RuleStatus>(parser.value(u"status"_s));
        if (!status)
            return context.usage(status.error().message);
        rule.status = *status;
    }
    auto review = parseDateOption(parser, u"review"_s);
    if (!review)
        return context.usage(review.error().message);
    if (parser.isSet(u"review"_s))
        rule.reviewOn = *review;
    for (const auto &[name, field] :
         {std::pair{u"title"_s, &rule.title}, std::pair{u"text"_s, &rule.text},
          std::pair{u"notes"_s, &rule.notes}}) {
        if (parser.isSet(name))
            *field = parser.value(name);
    }
    if (parser.isSet(u"adopted-by"_s)) {
        rule.adoptedByDecisionId.reset();
        if (!parser.value(u"adopted-by"_s).isEmpty()) {
            auto decision
                = resolveDecision(workspace, rule.coalitionId, parser.value(u"adopted-by"_s));
            if (!decision)
                return context.fail(decision.error());
            rule.adoptedByDecisionId = *decision;
        }
    }
    if (parser.isSet(u"supersedes"_s)) {
        rule.supersedesRuleId.reset();
        if (!parser.value(u"supersedes"_s).isEmpty()) {
            auto superseded
                = resolveRule(workspace, rule.coalitionId, parser.value(u"supersedes"_s));
            if (!superseded)
                return context.fail(superseded.error());
            rule.supersedesRuleId = *superseded;
        }
    }
    return Success;
}

// The rule named by the positional argument, with --coalition when given.
std::optional<GroundRule> targetRule(Context &context, const QCommandLineParser &parser,
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
    auto id = resolveRule(*workspace, *coalition, parser.positionalArguments().first());
    if (!id) {
        referenceFailure(context, id.error());
        return std::nullopt;
    }
    auto rule = workspace->groundRules().get(*id);
    if (!rule) {
        context.fail(rule.error());
        return std::nullopt;
    }
    return *rule;
}

int ruleAdd(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    addRuleOptions(parser);
    if (!context.parse(parser, u"--coalition COALITION --area AREA --title TITLE [OPTIONS]"_s,
                       tr("Adds a ground rule to a coalition, proposed unless --status agreed.")))
        return context.exitCode();
    if (!parser.isSet(u"coalition"_s) || !parser.isSet(u"area"_s) || !parser.isSet(u"title"_s))
        return context.usage(tr("rule add needs --coalition, --area and --title."));
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto coalition = resolveCoalition(*workspace, parser.value(u"coalition"_s));
    if (!coalition)
        return context.fail(coalition.error());
    GroundRule rule;
    rule.coalitionId = *coalition;
    if (int code = applyRuleOptions(context, *workspace, parser, rule); code != Success)
        return code;
    if (rule.status == RuleStatus::Retired)
        return context.usage(
            tr("A new rule is proposed or agreed; retire a rule later with rule retire."));
    auto id = workspace->groundRules().add(rule);
    if (!id)
        return context.fail(id.error());
    context.out() << tr("Added ground rule %1: %2 (%3).")
                         .arg(QString::number(*id), rule.title.trimmed(),
                              enumLabel(rule.status).toLower())
                  << u'\n';
    if (rule.supersedesRuleId && rule.status == RuleStatus::Agreed) {
        if (auto old = workspace->groundRules().get(*rule.supersedesRuleId))
            context.out() << tr("It supersedes ground rule %1, “%2”, which is now %3.")
                                 .arg(QString::number(old->id), old->title,
                                      enumLabel(old->status).toLower())
                          << u'\n';
    }
    return Success;
}

int ruleEdit(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    addRuleOptions(parser);
    parser.addOption({u"note"_s, tr("Why it changed, kept in the rule's history."), tr("TEXT")});
    parser.addPositionalArgument(u"rule"_s, tr("The rule's number or title."));
    if (!context.parse(parser, u"RULE [OPTIONS] [--note TEXT]"_s,
                       tr("Changes the given fields of a ground rule; the others stay. A new "
                          "text or status is added to the rule's history, dated today.")))
        return context.exitCode();
    std::optional<GroundRule> rule
        = targetRule(context, parser, tr("rule edit needs one rule (number or title)."));
    if (!rule)
        return context.exitCode();
    Workspace *workspace = context.workspace();
    if (int code = applyRuleOptions(context, *workspace, parser, *rule); code != Success)
        return code;
    if (Status status = workspace->groundRules().update(*rule, parser.value(u"note"_s)); !status)
        return context.fail(status.error());
    context.out() << tr("Updated ground rule %1: %2 (%3).")
                         .arg(QString::number(rule->id), rule->title.trimmed(),
                              enumLabel(rule->status).toLower())
                  << u'\n';
    return Success;
}

int ruleRetire(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    parser.addOption({u"on"_s, tr("Date it stops applying (default: today)."), tr("YYYY-MM-DD")});
    parser.addOption({u"note"_s, tr("Why it is retired."), tr("TEXT")});
    parser.addPositionalArgument(u"rule"_s, tr("The rule's number or title."));
    if (!context.parse(parser, u"RULE [--on YYYY-MM-DD] [--note TEXT]"_s,
                       tr("Retires a ground rule on a date; its history keeps it.")))
        return context.exitCode();
    auto on = parseDateOption(parser, u"on"_s);
    if (!on)
        return context.usage(on.error().message);
    std::optional<GroundRule> rule
        = targetRule(context, parser, tr("rule retire needs one rule (number or title)."));
    if (!rule)
        return context.exitCode();
    const QDate date = on->isValid() ? *on : QDate::currentDate();
    if (Status status = context.workspace()->groundRules().setStatus(rule->id, RuleStatus::Retired,
                                                                     date, parser.value(u"note"_s));
        !status)
        return context.fail(status.error());
    context.out() << tr("Retired ground rule %1, “%2”, on %3.")
                         .arg(QString::number(rule->id), rule->title, date.toString(Qt::ISODate))
                  << u'\n';
    return Success;
}

QJsonObject ruleJson(const GroundRule &rule, const QHash<Id, QString> &decisionTitles)
{
    QJsonObject object = JsonCodec::toJson(rule);
    object.insert(u"key_area"_s, isKeyRuleArea(rule.area));
    object.insert(u"adopted_by"_s,
                  rule.adoptedByDecisionId
                      ? QJsonValue(decisionTitles.value(*rule.adoptedByDecisionId))
                      : QJsonValue(QJsonValue::Null));
    return object;
}

int ruleList(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    parser.addOption({u"status"_s, tr("Only rules with this status."), tr("STATUS")});
    context.addFormatOption(parser);
    if (!context.parse(parser, u"--coalition COALITION [--status STATUS] [--format json]"_s,
                       tr("Lists a coalition's ground rules by area, with the key areas that "
                          "have no agreed rule yet.")))
        return context.exitCode();
    if (!parser.isSet(u"coalition"_s))
        return context.usage(tr("rule list needs --coalition."));
    std::optional<RuleStatus> onlyStatus;
    if (parser.isSet(u"status"_s)) {
        auto status = parseEnum<RuleStatus>(parser.value(u"status"_s));
        if (!status)
            return context.usage(status.error().message);
        onlyStatus = *status;
    }
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto coalition = resolveCoalition(*workspace, parser.value(u"coalition"_s));
    if (!coalition)
        return context.fail(coalition.error());
    auto rules = workspace->groundRules().listForCoalition(*coalition);
    auto decisions = workspace->decisions().listForCoalition(*coalition);
    if (!rules || !decisions)
        return context.fail(!rules ? rules.error() : decisions.error());
    QHash<Id, QString> decisionTitles;
    for (const Decision &d : *decisions)
        decisionTitles.insert(d.id, d.title);

    QJsonArray areas;
    QJsonArray missing;
    QString text;
    for (const auto &entry : enumEntries<RuleArea>()) {
        const RuleArea area = entry.value;
        bool agreed = false;
        QJsonArray areaRules;
        QList<QStringList> rows;
        for (const GroundRule &rule : *rules) {
            if (rule.area != area)
                continue;
            agreed = agreed || rule.status == RuleStatus::Agreed;
            if (onlyStatus && rule.status != *onlyStatus)
                continue;
            areaRules.append(ruleJson(rule, decisionTitles));
            rows.append({QString::number(rule.id), rule.title, enumKey(rule.status),
                         rule.reviewOn.toString(Qt::ISODate),
                         rule.adoptedByDecisionId ? decisionTitles.value(*rule.adoptedByDecisionId)
                                                  : QString()});
        }
        const bool key = isKeyRuleArea(area);
        if (key && !agreed)
            missing.append(enumKey(area));
        if (!key && rows.isEmpty())
            continue;
        areas.append(QJsonObject{{u"area"_s, enumKey(area)},
                                 {u"label"_s, enumLabel(area)},
                                 {u"key_area"_s, key},
                                 {u"missing"_s, key && !agreed},
                                 {u"rules"_s, areaRules}});
        text += enumLabel(area) + u"  ("_s + enumKey(area) + (key ? tr(", key area") : QString())
            + u")\n"_s;
        if (key && !agreed)
            text += u"  "_s + tr("missing: no agreed rule") + u'\n';
        if (!rows.isEmpty()) {
            const QString table = formatTable(
                {tr("ID"), tr("Title"), tr("Status"), tr("Review"), tr("Adopted by")}, rows);
            for (const QString &line : table.split(u'\n', Qt::SkipEmptyParts))
                text += u"  "_s + line + u'\n';
        }
    }
    if (context.wantsJson(parser))
        return context.printJson(QJsonDocument(QJsonObject{
            {u"coalition_id"_s, *coalition},
            {u"areas"_s, areas},
            {u"missing_key_areas"_s, missing},
        }));
    context.out() << text;
    if (missing.isEmpty()) {
        context.out() << tr("Every key area has an agreed rule.") << u'\n';
    } else {
        QStringList keys;
        for (const QJsonValue &value : std::as_const(missing))
            keys.append(value.toString());
        context.out() << tr("Key areas without an agreed rule: %1.").arg(keys.join(u", "_s))
                      << u'\n';
    }
    return Success;
}

int ruleShow(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    parser.addPositionalArgument(u"rule"_s, tr("The rule's number or title."));
    context.addFormatOption(parser);
    if (!context.parse(parser, u"RULE [--coalition COALITION] [--format json]"_s,
                       tr("Shows a ground rule with every field and its whole history.")))
        return context.exitCode();
    std::optional<GroundRule> found
        = targetRule(context, parser, tr("rule show needs one rule (number or title)."));
    if (!found)
        return context.exitCode();
    const GroundRule &rule = *found;
    Workspace *workspace = context.workspace();
    auto rules = workspace->groundRules().listForCoalition(rule.coalitionId);
    if (!rules)
        return context.fail(rules.error());
    QString supersedes;
    QJsonArray supersededBy;
    QStringList supersededByText;
    for (const GroundRule &other : *rules) {
        if (rule.supersedesRuleId && other.id == *rule.supersedesRuleId)
            supersedes = tr("rule %1, “%2” (%3)")
                             .arg(QString::number(other.id), other.title,
                                  enumLabel(other.status).toLower());
        if (other.supersedesRuleId && *other.supersedesRuleId == rule.id) {
            supersededBy.append(QJsonObject{{u"id"_s, other.id},
                                            {u"title"_s, other.title},
                                            {u"status"_s, enumKey(other.status)}});
            supersededByText.append(tr("rule %1, “%2” (%3)")
                                        .arg(QString::number(other.id), other.title,
                                             enumLabel(other.status).toLower()));
        }
    }
    QString adoptedBy;
    QJsonValue adoptedByJson(QJsonValue::Null);
    if (rule.adoptedByDecisionId) {
        if (auto decision = workspace->decisions().get(*rule.adoptedByDecisionId)) {
            adoptedBy = tr("decision %1, “%2” (%3)")
                            .arg(QString::number(decision->id), decision->title,
                                 enumLabel(decision->status).toLower());
            adoptedByJson = QJsonObject{{u"id"_s, decision->id},
                                        {u"title"_s, decision->title},
                                        {u"status"_s, enumKey(decision->status)},
                                        {u"outcome"_s, enumKey(decision->outcome)}};
        }
    }
    if (context.wantsJson(parser)) {
        QJsonObject object = JsonCodec::toJson(rule);
        object.insert(u"key_area"_s, isKeyRuleArea(rule.area));
        object.insert(u"adopted_by"_s, adoptedByJson);
        object.insert(u"superseded_by"_s, supersededBy);
        return context.printJson(QJsonDocument(object));
    }
    QTextStream &out = context.out();
    out << tr("Ground rule %1: %2").arg(QString::number(rule.id), rule.title) << u'\n';
    const std::pair<QString, QString> fields[] = {
        {tr("Area"),
         enumLabel(rule.area) + (isKeyRuleArea(rule.area) ? tr(" (key area)") : QString())},
        {tr("Status"), enumLabel(rule.status)},
        {tr("Text"), rule.text},
        {tr("Adopted by"), adoptedBy},
        {tr("Review on"), rule.reviewOn.toString(Qt::ISODate)},
        {tr("Supersedes"), supersedes},
        {tr("Superseded by"), supersededByText.join(u"; "_s)},
        {tr("Notes"), rule.notes},
    };
    for (const auto &[label, value] : fields) {
        if (!value.isEmpty())
            out << u"  "_s << QString(label + u':').leftJustified(16) << value << u'\n';
    }
    out << tr("History:") << u'\n';
    QString previousText;
    for (const RuleRevision &revision : rule.history) {
        out << u"  "_s << revision.on.toString(Qt::ISODate) << u"  "_s
            << enumLabel(revision.status).toLower()
            << (revision.note.isEmpty() ? QString() : u" — "_s + revision.note) << u'\n';
        if (revision.text != previousText && !revision.text.isEmpty())
            out << u"      "_s << tr("Text: %1").arg(revision.text) << u'\n';
        previousText = revision.text;
    }
    return Success;
}

} // namespace

QList<Command> governanceCommands()
{
    return QList<Command>{
               {u"rule"_s, u"add"_s, tr("Add a ground rule"), ruleAdd},
               {u"rule"_s, u"list"_s, tr("List ground rules by area, with missing key areas"),
                ruleList},
               {u"rule"_s, u"show"_s, tr("Show a ground rule and its history"), ruleShow},
               {u"rule"_s, u"edit"_s, tr("Change a ground rule"), ruleEdit},
               {u"rule"_s, u"retire"_s, tr("Retire a ground rule"), ruleRetire},
           }
    + bodyCommands() + procedureCommands();
}

} // namespace Coalition::Cli
