// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcomposer.h"

#include "domain/money.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

bool overlaps(const ReportPeriod &a, const ReportPeriod &b)
{
    return a.first() <= b.last() && b.first() <= a.last();
}

} // namespace

ReportComposer::ReportComposer(const ReportData &data, const ReportPeriod &period,
                               const QDate &asOf, bool includeConfidential)
    : m_data(data)
    , m_period(period)
    , m_asOf(asOf)
    , m_includeConfidential(includeConfidential)
{
    for (const Membership &membership : data.memberships)
        m_memberships.insert(membership.id, &membership);
}

bool ReportComposer::shows(RecordKind kind, Id id, bool confidential)
{
    if (!confidential || m_includeConfidential)
        return true;
    m_leftOut.insert(RecordKey{kind, id});
    return false;
}

int ReportComposer::leftOutCount() const
{
    return static_cast<int>(m_leftOut.size());
}

QString ReportComposer::leftOutBreakdown() const
{
    const std::pair<RecordKind, const char *> kinds[] = {
        {RecordKind::Goal, QT_TR_NOOP("goals")},
        {RecordKind::ActionGroup, QT_TR_NOOP("action groups")},
        {RecordKind::ActionPlan, QT_TR_NOOP("plans")},
        {RecordKind::Task, QT_TR_NOOP("tasks")},
        {RecordKind::ProgressReport, QT_TR_NOOP("progress reports")},
        {RecordKind::Success, QT_TR_NOOP("successes")},
        {RecordKind::Evaluation, QT_TR_NOOP("evaluations")},
        {RecordKind::Conflict, QT_TR_NOOP("conflicts")},
    };
    QStringList parts;
    for (const auto &[kind, noun] : kinds) {
        const auto count = std::count_if(m_leftOut.begin(), m_leftOut.end(),
                                         [kind](const RecordKey &key) { return key.kind == kind; });
        if (count > 0)
            parts << tr("%1: %2").arg(tr(noun)).arg(count);
    }
    return parts.join(u", "_s);
}

QString ReportComposer::memberName(std::optional<Id> membershipId) const
{
    if (!membershipId)
        return {};
    const Membership *membership = m_memberships.value(*membershipId);
    if (!membership)
        return tr("member #%1").arg(*membershipId);
    return m_data.organizationNames.value(membership->organizationId,
                                          tr("organization #%1").arg(membership->organizationId));
}

QString ReportComposer::memberNames(const QList<Id> &membershipIds) const
{
    QStringList names;
    for (Id id : membershipIds)
        names << memberName(id);
    std::sort(names.begin(), names.end(), lessByName);
    return names.join(u", "_s);
}

QString ReportComposer::date(const QDate &value)
{
    return value.isValid() ? value.toString(Qt::ISODate) : QString(u"—"_s);
}

bool ReportComposer::lessByName(const QString &a, const QString &b)
{
    return QString::compare(a, b, Qt::CaseInsensitive) < 0;
}

bool ReportComposer::lessByDue(const QDate &a, const QString &titleA, const QDate &b,
                               const QString &titleB)
{
    if (a != b) {
        if (!a.isValid())
            return false;
        if (!b.isValid())
            return true;
        return a < b;
    }
    return lessByName(titleA, titleB);
}

QList<const ActionGroup *> ReportComposer::visibleGroups()
{
    QList<const ActionGroup *> groups;
    for (const ActionGroup &group : m_data.groups) {
        if (shows(RecordKind::ActionGroup, group.id, group.confidential))
            groups.append(&group);
    }
    std::sort(groups.begin(), groups.end(), [](const ActionGroup *a, const ActionGroup *b) {
        return lessByName(a->name, b->name);
    });
    return groups;
}

QList<const ActionPlan *> ReportComposer::visiblePlans(Id groupId)
{
    QList<const ActionPlan *> plans;
    for (const ActionPlan &plan : m_data.plans) {
        if (plan.groupId == groupId && shows(RecordKind::ActionPlan, plan.id, plan.confidential))
            plans.append(&plan);
    }
    std::sort(plans.begin(), plans.end(), [](const ActionPlan *a, const ActionPlan *b) {
        return lessByDue(a->dueOn, a->title, b->dueOn, b->title);
    });
    return plans;
}

QList<Task> ReportComposer::visibleTasks(Id planId)
{
    QList<Task> tasks;
    for (const Task &task : m_data.tasks) {
        if (task.planId == planId && shows(RecordKind::Task, task.id, task.confidential))
            tasks.append(task);
    }
    std::sort(tasks.begin(), tasks.end(), [](const Task &a, const Task &b) {
        return lessByDue(a.dueOn, a.title, b.dueOn, b.title);
    });
    return tasks;
}

ReportComposer::Totals ReportComposer::addGroups(ReportDocument &document)
{
    Totals totals;
    document.addHeading(tr("Action groups"));
    const QList<const ActionGroup *> groups = visibleGroups();
    if (groups.isEmpty())
        document.addParagraph(tr("The coalition has no action group to report on."));
    for (const ActionGroup *group : groups) {
        ++totals.groups;
        document.addHeading(group->name, 2);

        QStringList about;
        if (group->convenerId)
            about << tr("Convener: %1.")
                         .arg(m_data.personNames.value(*group->convenerId,
                                                       tr("person #%1").arg(*group->convenerId)));
        else
            about << tr("No convener is recorded.");
        QStringList goals;
        for (const Goal &goal : m_data.goals) {
            if (group->goals.contains(goal.id)
                && shows(RecordKind::Goal, goal.id, goal.confidential))
                goals << goal.title;
        }
        if (!goals.isEmpty())
            about << tr("Goals served: %1.").arg(goals.join(u"; "_s));
        about << tr("Reports owed: %1.").arg(enumLabel(group->cadence).toLower());
        document.addParagraph(about.join(u' '));

        const QList<const ActionPlan *> plans = visiblePlans(group->id);
        QList<QStringList> rows;
        PlanStatus groupStatus;
        QStringList lateItems;
        for (const ActionPlan *plan : plans) {
            ++totals.plans;
            const QList<Task> tasks = visibleTasks(plan->id);
            const PlanStatus status = PlanMetrics::of(*plan, tasks, m_asOf, m_period);
            rows << QStringList{
                plan->title,
                date(plan->dueOn),
                tr("%1 of %2").arg(status.done).arg(status.tasks),
                QString::number(status.dueInPeriod),
                QString::number(status.late),
                tr("%1 of %2")
                    .arg(formatMoney(status.securedCents), formatMoney(status.budgetCents)),
                tr("%1 of %2").arg(status.hoursCovered).arg(status.hoursNeeded)};
            groupStatus.tasks += status.tasks;
            groupStatus.done += status.done;
            groupStatus.open += status.open;
            groupStatus.dueInPeriod += status.dueInPeriod;
            groupStatus.late += status.late;
            groupStatus.budgetCents += status.budgetCents;
            groupStatus.securedCents += status.securedCents;
            groupStatus.unfundedCents += status.unfundedCents;
            groupStatus.hoursNeeded += status.hoursNeeded;
            groupStatus.hoursCovered += status.hoursCovered;
            groupStatus.hoursUncovered += status.hoursUncovered;
            for (const Task &task : tasks) {
                if (!PlanMetrics::isLate(task, m_asOf))
                    continue;
                QString item = tr("%1 (plan “%2”, due %3, %4 days late)")
                                   .arg(task.title, plan->title, date(task.dueOn))
                                   .arg(task.dueOn.daysTo(m_asOf));
                if (task.responsibleId)
                    item += tr("; responsible: %1").arg(memberName(task.responsibleId));
                lateItems << item;
            }
        }
        if (plans.isEmpty()) {
            document.addParagraph(tr("The group has no action plan yet."));
        } else {
            if (plans.size() > 1) {
                rows << QStringList{
                    tr("Total"),
                    QString(),
                    tr("%1 of %2").arg(groupStatus.done).arg(groupStatus.tasks),
                    QString::number(groupStatus.dueInPeriod),
                    QString::number(groupStatus.late),
                    tr("%1 of %2")
                        .arg(formatMoney(groupStatus.securedCents),
                             formatMoney(groupStatus.budgetCents)),
                    tr("%1 of %2").arg(groupStatus.hoursCovered).arg(groupStatus.hoursNeeded)};
            }
            using A = ColumnAlignment;
            document.addTable(
                {tr("Plan"), tr("Due"), tr("Tasks done"), tr("Due in period"), tr("Late"),
                 tr("Budget secured of needed"), tr("Staff hours a month covered of needed")},
                rows, {A::Left, A::Left, A::Right, A::Right, A::Right, A::Right, A::Right});
        }
        totals.status.tasks += groupStatus.tasks;
        totals.status.done += groupStatus.done;
        totals.status.open += groupStatus.open;
        totals.status.dueInPeriod += groupStatus.dueInPeriod;
        totals.status.late += groupStatus.late;
        totals.status.budgetCents += groupStatus.budgetCents;
        totals.status.securedCents += groupStatus.securedCents;
        totals.status.unfundedCents += groupStatus.unfundedCents;
        totals.status.hoursNeeded += groupStatus.hoursNeeded;
        totals.status.hoursCovered += groupStatus.hoursCovered;
        totals.status.hoursUncovered += groupStatus.hoursUncovered;

        QStringList points;
        if (groupStatus.unfundedCents > 0)
            points << tr("Budget gap: %1 of %2 is not yet secured.")
                          .arg(formatMoney(groupStatus.unfundedCents),
                               formatMoney(groupStatus.budgetCents));
        if (groupStatus.hoursUncovered > 0)
            points << tr("Staffing gap: %1 of %2 hours a month are not covered by a member.")
                          .arg(groupStatus.hoursUncovered)
                          .arg(groupStatus.hoursNeeded);
        for (const QString &item : std::as_const(lateItems))
            points << tr("Late: %1.").arg(item);
        points << reportPoints(*group, totals);
        document.addBullets(points);
    }
    return totals;
}

QStringList ReportComposer::reportPoints(const ActionGroup &group, Totals &totals)
{
    QStringList points;
    QList<ProgressReport> all;
    QStringList received;
    for (const ProgressReport &report : m_data.reports) {
        if (report.groupId != group.id)
            continue;
        all.append(report);
        if (!overlaps(report.period, m_period))
            continue;
        if (!shows(RecordKind::ProgressReport, report.id, report.confidential))
            continue;
        received
            << (report.receivedOn.isValid()
                    ? tr("%1 (received %2)").arg(report.period.toString(), date(report.receivedOn))
                    : report.period.toString());
    }
    std::sort(received.begin(), received.end());
    totals.reportsReceived += static_cast<int>(received.size());
    if (group.cadence == ReportingCadence::None) {
        points << tr("Progress reports: none are owed by this group.");
        return points;
    }
    points
        << (received.isEmpty()
                ? tr("Progress reports received for this period: none.")
                : tr("Progress reports received for this period: %1.").arg(received.join(u", "_s)));
    // Owed up to the end of this period (or today, if sooner); a confidential
    // report still counts as received.
    const QDate cutoff = std::min(m_asOf.addDays(1), m_period.last().addDays(1));
    const QList<ReportPeriod> missing = PlanMetrics::missingReports(group, all, cutoff);
    totals.reportsMissing += static_cast<int>(missing.size());
    QStringList names;
    for (const ReportPeriod &period : missing)
        names << period.toString();
    points << (names.isEmpty() ? tr("Progress reports missing: none.")
                               : tr("Progress reports missing: %1.").arg(names.join(u", "_s)));
    return points;
}

} // namespace Coalition
