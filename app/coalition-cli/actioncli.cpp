// SPDX-License-Identifier: GPL-3.0-or-later
#include "actioncli.h"

#include "domain/money.h"

using namespace Qt::StringLiterals;

namespace Coalition::Cli {

namespace {

// Called as Qt's tr() is, with nullptr before a count, so that lupdate takes
// a %n message for one with plural forms.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Coalition::Cli", text, disambiguation, n);
}

Error plainError(const QString &message)
{
    return Error{message, {}, {}};
}

// referenceFailure() reports an error with this field as a usage error (2).
Error usageError(const QString &message)
{
    return Error{message, {}, u"usage"_s};
}

std::optional<Id> numberIn(const QString &reference)
{
    bool isNumber = false;
    const Id id = reference.trimmed().toLongLong(&isNumber);
    return isNumber ? std::optional<Id>(id) : std::nullopt;
}

// The one record among `candidates` whose `text` matches the reference
// (ignoring case and surrounding spaces); asks for the number when several do.
template<typename T, typename Text>
Result<Id> uniqueMatch(const QList<T> &candidates, const QString &reference, Text text,
                       const QString &noneMessage)
{
    QList<Id> found;
    for (const T &candidate : candidates) {
        if (text(candidate).trimmed().compare(reference.trimmed(), Qt::CaseInsensitive) == 0)
            found.append(candidate.id);
    }
    if (found.isEmpty())
        return plainError(noneMessage);
    if (found.size() > 1) {
        QStringList numbers;
        for (const Id id : found)
            numbers.append(QString::number(id));
        return plainError(tr("Several records match “%1” (numbers %2); give the number instead.")
                              .arg(reference, numbers.join(u", "_s)));
    }
    return found.first();
}

// A number: checks the record exists (get) and, with a coalition, that it is
// the coalition's. A title: needs the coalition and finds it in `list`.
template<typename T, typename Get, typename Owner, typename List, typename Text>
Result<Id> resolveRecord(std::optional<Id> coalitionId, const QString &reference,
                         const QString &kind, Get get, Owner owner, List list, Text text)
{
    if (const auto number = numberIn(reference)) {
        Result<T> record = get(*number);
        if (!record)
            return record.error();
        if (coalitionId) {
            Result<Id> coalition = owner(*record);
            if (!coalition)
                return coalition.error();
            if (*coalition != *coalitionId)
                return plainError(
                    tr("The %1 numbered %2 belongs to another coalition.").arg(kind).arg(*number));
        }
        return *number;
    }
    if (!coalitionId)
        return usageError(tr("To find the %1 “%2” by its name, name its coalition with "
                             "--coalition.")
                              .arg(kind, reference));
    Result<QList<T>> candidates = list(*coalitionId);
    if (!candidates)
        return candidates.error();
    return uniqueMatch(*candidates, reference, text,
                       tr("No %1 is called “%2” in that coalition.").arg(kind, reference));
}

} // namespace

void addCoalitionOption(QCommandLineParser &parser)
{
    parser.addOption({u"coalition"_s, tr("The coalition (number or name)."), tr("COALITION")});
}

void addConfidentialOptions(QCommandLineParser &parser)
{
    parser.addOption({u"confidential"_s,
                      tr("Mark it confidential: lists, reports and exports leave it out unless "
                         "asked to include it.")});
    parser.addOption({u"not-confidential"_s, tr("Clear the confidential mark.")});
}

void addIncludeConfidentialOption(QCommandLineParser &parser)
{
    parser.addOption({u"include-confidential"_s,
                      tr("Include confidential records (they are left out and counted "
                         "otherwise).")});
}

void addAsOfOption(QCommandLineParser &parser)
{
    parser.addOption({u"as-of"_s,
                      tr("The day lateness and missing reports are judged on (default: today)."),
                      tr("YYYY-MM-DD")});
}

int applyConfidential(Context &context, const QCommandLineParser &parser, bool &confidential)
{
    if (parser.isSet(u"confidential"_s) && parser.isSet(u"not-confidential"_s))
        return context.usage(tr("Give --confidential or --not-confidential, not both."));
    if (parser.isSet(u"confidential"_s))
        confidential = true;
    else if (parser.isSet(u"not-confidential"_s))
        confidential = false;
    return Success;
}

Result<QDate> asOfDate(const QCommandLineParser &parser)
{
    auto date = parseDateOption(parser, u"as-of"_s);
    if (!date)
        return date.error();
    return date->isValid() ? *date : QDate::currentDate();
}

Result<Id> coalitionOfGroup(Workspace &workspace, Id groupId)
{
    auto group = workspace.actionGroups().get(groupId);
    if (!group)
        return group.error();
    return group->coalitionId;
}

Result<Id> coalitionOfPlan(Workspace &workspace, Id planId)
{
    auto plan = workspace.actionPlans().get(planId);
    if (!plan)
        return plan.error();
    return coalitionOfGroup(workspace, plan->groupId);
}

Result<Id> resolveGoal(Workspace &workspace, std::optional<Id> coalitionId,
                       const QString &reference)
{
    return resolveRecord<Goal>(
        coalitionId, reference, tr("goal"), [&](Id id) { return workspace.goals().get(id); },
        [](const Goal &g) { return Result<Id>(g.coalitionId); },
        [&](Id c) { return workspace.goals().listForCoalition(c); },
        [](const Goal &g) { return g.title; });
}

Result<Id> resolveGroup(Workspace &workspace, std::optional<Id> coalitionId,
                        const QString &reference)
{
    return resolveRecord<ActionGroup>(
        coalitionId, reference, tr("action group"),
        [&](Id id) { return workspace.actionGroups().get(id); },
        [](const ActionGroup &g) { return Result<Id>(g.coalitionId); },
        [&](Id c) { return workspace.actionGroups().listForCoalition(c); },
        [](const ActionGroup &g) { return g.name; });
}

Result<Id> resolvePlan(Workspace &workspace, std::optional<Id> coalitionId,
                       const QString &reference)
{
    return resolveRecord<ActionPlan>(
        coalitionId, reference, tr("action plan"),
        [&](Id id) { return workspace.actionPlans().get(id); },
        [&](const ActionPlan &p) { return coalitionOfGroup(workspace, p.groupId); },
        [&](Id c) { return workspace.actionPlans().listForCoalition(c); },
        [](const ActionPlan &p) { return p.title; });
}

Result<Id> resolveTask(Workspace &workspace, std::optional<Id> coalitionId,
                       const QString &reference)
{
    return resolveRecord<Task>(
        coalitionId, reference, tr("task"), [&](Id id) { return workspace.tasks().get(id); },
        [&](const Task &t) { return coalitionOfPlan(workspace, t.planId); },
        [&](Id c) { return workspace.tasks().listForCoalition(c); },
        [](const Task &t) { return t.title; });
}

Result<Id> resolveSuccess(Workspace &workspace, std::optional<Id> coalitionId,
                          const QString &reference)
{
    return resolveRecord<SuccessRecord>(
        coalitionId, reference, tr("success"), [&](Id id) { return workspace.successes().get(id); },
        [](const SuccessRecord &s) { return Result<Id>(s.coalitionId); },
        [&](Id c) { return workspace.successes().listForCoalition(c); },
        [](const SuccessRecord &s) { return s.title; });
}

Result<Id> resolveEvaluation(Workspace &workspace, std::optional<Id> coalitionId,
                             const QString &reference)
{
    return resolveRecord<Evaluation>(
        coalitionId, reference, tr("evaluation"),
        [&](Id id) { return workspace.evaluations().get(id); },
        [](const Evaluation &e) { return Result<Id>(e.coalitionId); },
        [&](Id c) { return workspace.evaluations().listForCoalition(c); },
        [](const Evaluation &e) { return e.activity; });
}

Result<Id> resolveConflict(Workspace &workspace, std::optional<Id> coalitionId,
                           const QString &reference)
{
    return resolveRecord<Conflict>(
        coalitionId, reference, tr("conflict"),
        [&](Id id) { return workspace.conflicts().get(id); },
        [](const Conflict &c) { return Result<Id>(c.coalitionId); },
        [&](Id c) { return workspace.conflicts().listForCoalition(c); },
        [](const Conflict &c) { return c.subject; });
}

Result<QList<Id>> resolveMemberships(Workspace &workspace, Id coalitionId,
                                     const QStringList &references)
{
    QList<Id> ids;
    for (const QString &reference : references) {
        auto id = resolveMembership(workspace, coalitionId, reference);
        if (!id)
            return id.error();
        if (!ids.contains(*id))
            ids.append(*id);
    }
    return ids;
}

Result<QList<Id>> resolvePeople(Workspace &workspace, const QStringList &references)
{
    QList<Id> ids;
    for (const QString &reference : references) {
        auto id = resolvePerson(workspace, reference);
        if (!id)
            return id.error();
        if (!ids.contains(*id))
            ids.append(*id);
    }
    return ids;
}

int applyOptionalReference(Context &context, const QCommandLineParser &parser, const QString &name,
                           std::optional<Id> &target,
                           const std::function<Result<Id>(const QString &)> &resolve)
{
    if (!parser.isSet(name))
        return Success;
    target.reset();
    if (parser.value(name).trimmed().isEmpty())
        return Success;
    auto id = resolve(parser.value(name));
    if (!id)
        return referenceFailure(context, id.error());
    target = *id;
    return Success;
}

QString ActionNames::goal(const std::optional<Id> &goalId) const
{
    return goalId ? goalTitles.value(*goalId, tr("goal %1").arg(*goalId)) : QString();
}

QString ActionNames::group(const std::optional<Id> &groupId) const
{
    return groupId ? groupNames.value(*groupId, tr("group %1").arg(*groupId)) : QString();
}

QString ActionNames::plan(const std::optional<Id> &planId) const
{
    return planId ? planTitles.value(*planId, tr("plan %1").arg(*planId)) : QString();
}

QString ActionNames::optionalMember(const std::optional<Id> &membershipId) const
{
    return membershipId ? member(*membershipId) : QString();
}

QStringList ActionNames::members(const QList<Id> &membershipIds) const
{
    QStringList names;
    for (const Id id : membershipIds)
        names.append(member(id));
    return names;
}

Result<ActionNames> loadActionNames(Workspace &workspace, Id coalitionId)
{
    auto base = loadCoalitionNames(workspace, coalitionId);
    if (!base)
        return base.error();
    ActionNames names;
    static_cast<CoalitionNames &>(names) = *base;
    auto goals = workspace.goals().listForCoalition(coalitionId);
    auto groups = workspace.actionGroups().listForCoalition(coalitionId);
    auto plans = workspace.actionPlans().listForCoalition(coalitionId);
    if (!goals)
        return goals.error();
    if (!groups)
        return groups.error();
    if (!plans)
        return plans.error();
    for (const Goal &g : *goals)
        names.goalTitles.insert(g.id, g.title);
    for (const ActionGroup &g : *groups)
        names.groupNames.insert(g.id, g.name);
    for (const ActionPlan &p : *plans) {
        names.planTitles.insert(p.id, p.title);
        names.planGroups.insert(p.id, p.groupId);
    }
    return names;
}

QString hiddenLine(int hidden)
{
    if (hidden <= 0)
        return {};
    return tr("%n confidential records not shown (add --include-confidential to see them).",
              nullptr, hidden);
}

void printHidden(Context &context, int hidden)
{
    if (hidden > 0)
        context.out() << hiddenLine(hidden) << u'\n';
}

QJsonObject listJson(const QString &key, const QJsonArray &records, int hidden)
{
    return QJsonObject{{key, records}, {u"confidential_not_shown"_s, hidden}};
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

void printFields(Context &context, const QList<std::pair<QString, QString>> &fields)
{
    for (const auto &[label, value] : fields) {
        if (!value.isEmpty())
            context.out() << u"  "_s << QString(label + u':').leftJustified(16) << value << u'\n';
    }
}

QString planFlags(const PlanStatus &status)
{
    QStringList flags;
    if (status.finished)
        flags.append(tr("finished"));
    if (status.late > 0)
        flags.append(tr("late %1").arg(status.late));
    if (status.pastDue)
        flags.append(tr("past due"));
    if (status.unfundedCents > 0)
        flags.append(tr("unfunded %1").arg(formatMoney(status.unfundedCents)));
    if (status.hoursUncovered > 0)
        flags.append(tr("uncovered %1 h/month").arg(status.hoursUncovered));
    return flags.join(u", "_s);
}

QJsonObject planStatusJson(const PlanStatus &status)
{
    QJsonArray late;
    for (const Id id : status.lateTasks)
        late.append(id);
    return QJsonObject{
        {u"tasks"_s, status.tasks},
        {u"done"_s, status.done},
        {u"open"_s, status.open},
        {u"late"_s, status.late},
        {u"late_task_ids"_s, late},
        {u"budget"_s, formatMoney(status.budgetCents)},
        {u"secured"_s, formatMoney(status.securedCents)},
        {u"unfunded"_s, formatMoney(status.unfundedCents)},
        {u"hours_needed"_s, status.hoursNeeded},
        {u"hours_covered"_s, status.hoursCovered},
        {u"hours_uncovered"_s, status.hoursUncovered},
        {u"finished"_s, status.finished},
        {u"past_due"_s, status.pastDue},
        {u"reasons"_s, QJsonArray::fromStringList(status.reasons)},
    };
}

} // namespace Coalition::Cli
