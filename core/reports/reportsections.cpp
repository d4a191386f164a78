// SPDX-License-Identifier: GPL-3.0-or-later
// The report's sections after the action groups: decisions, membership
// changes, successes, evaluations, open conflicts and upcoming deadlines.

#include "reportbuilder.h"
#include "reportcomposer.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coalition {

QString ReportComposer::groupName(std::optional<Id> groupId) const
{
    if (!groupId)
        return {};
    for (const ActionGroup &group : m_data.groups) {
        if (group.id == *groupId)
            return group.confidential && !m_includeConfidential ? QString() : group.name;
    }
    return {};
}

int ReportComposer::addDecisions(ReportDocument &document)
{
    document.addHeading(tr("Decisions taken"));
    QList<const ReportDecision *> taken;
    for (const ReportDecision &entry : m_data.decisions) {
        // A decision with no position recorded has not been taken yet.
        if (m_period.contains(entry.meetingOn)
            && entry.decision.outcome != DecisionOutcome::Pending)
            taken.append(&entry);
    }
    std::sort(taken.begin(), taken.end(), [](const ReportDecision *a, const ReportDecision *b) {
        return lessByDue(a->meetingOn, a->decision.title, b->meetingOn, b->decision.title);
    });
    if (taken.isEmpty()) {
        document.addParagraph(tr("No decision was taken in this period."));
        return 0;
    }
    QList<QStringList> rows;
    for (const ReportDecision *entry : std::as_const(taken)) {
        rows << QStringList{date(entry->meetingOn), entry->bodyName, entry->decision.title,
                            enumLabel(entry->decision.outcome), enumLabel(entry->decision.status)};
    }
    document.addTable({tr("Meeting"), tr("Body"), tr("Decision"), tr("Outcome"), tr("Status")},
                      rows);
    return static_cast<int>(rows.size());
}

ReportComposer::MembershipChanges ReportComposer::addMembershipChanges(ReportDocument &document)
{
    MembershipChanges changes;
    document.addHeading(tr("Membership changes"));
    struct Row
    {
        QDate on;
        QString organization;
        QString change;
        QString note;
    };
    QList<Row> found;
    for (const Membership &membership : m_data.memberships) {
        const QString name = memberName(membership.id);
        std::optional<MembershipStatus> before;
        for (const StatusChange &entry : membership.history) {
            const std::optional<MembershipStatus> previous = before;
            before = entry.status;
            if (!m_period.contains(entry.on) || previous == entry.status)
                continue;
            QString change;
            const bool wasIn
                = previous == MembershipStatus::Active || previous == MembershipStatus::Inactive;
            if (entry.status == MembershipStatus::Active && !wasIn) {
                change = tr("Joined");
                ++changes.joined;
            } else if (entry.status == MembershipStatus::Withdrawn) {
                change = tr("Left");
                ++changes.left;
            } else if (previous) {
                change = tr("%1 → %2").arg(enumLabel(*previous), enumLabel(entry.status));
            } else {
                change = tr("Recorded as %1").arg(enumLabel(entry.status).toLower());
            }
            found.append(Row{entry.on, name, change, entry.note});
        }
    }
    std::sort(found.begin(), found.end(), [](const Row &a, const Row &b) {
        return lessByDue(a.on, a.organization, b.on, b.organization);
    });
    changes.total = static_cast<int>(found.size());
    if (found.isEmpty()) {
        document.addParagraph(tr("No member changed status in this period."));
        return changes;
    }
    document.addParagraph(tr("Joined: %1. Left: %2. Other changes of status: %3.")
                              .arg(changes.joined)
                              .arg(changes.left)
                              .arg(changes.total - changes.joined - changes.left));
    QList<QStringList> rows;
    for (const Row &row : std::as_const(found))
        rows << QStringList{date(row.on), row.organization, row.change, row.note};
    document.addTable({tr("Date"), tr("Organization"), tr("Change"), tr("Note")}, rows);
    return changes;
}

int ReportComposer::addSuccesses(ReportDocument &document)
{
    document.addHeading(tr("Successes"));
    QList<const Success *> shown;
    for (const Success &success : m_data.successes) {
        if (m_period.contains(success.achievedOn)
            && shows(RecordKind::Success, success.id, success.confidential))
            shown.append(&success);
    }
    std::sort(shown.begin(), shown.end(), [](const Success *a, const Success *b) {
        return lessByDue(a->achievedOn, a->title, b->achievedOn, b->title);
    });
    if (shown.isEmpty()) {
        document.addParagraph(tr("No success was recorded in this period."));
        return 0;
    }
    QList<QStringList> rows;
    for (const Success *success : std::as_const(shown)) {
        rows << QStringList{date(success->achievedOn), success->title,
                            memberNames(success->credited), groupName(success->groupId)};
    }
    document.addTable({tr("Date"), tr("Success"), tr("Credited to"), tr("Action group")}, rows);
    return static_cast<int>(rows.size());
}

int ReportComposer::addEvaluations(ReportDocument &document)
{
    document.addHeading(tr("Evaluations"));
    QList<const Evaluation *> shown;
    for (const Evaluation &evaluation : m_data.evaluations) {
        if (m_period.contains(evaluation.on)
            && shows(RecordKind::Evaluation, evaluation.id, evaluation.confidential))
            shown.append(&evaluation);
    }
    std::sort(shown.begin(), shown.end(), [](const Evaluation *a, const Evaluation *b) {
        return lessByDue(a->on, a->activity, b->on, b->activity);
    });
    if (shown.isEmpty()) {
        document.addParagraph(tr("No evaluation was recorded in this period."));
        return 0;
    }
    QList<QStringList> rows;
    for (const Evaluation *evaluation : std::as_const(shown)) {
        rows << QStringList{date(evaluation->on), evaluation->activity,
                            enumLabel(evaluation->method),
                            evaluation->score ? tr("%1/100").arg(*evaluation->score) : QString(),
                            evaluation->findings};
    }
    using A = ColumnAlignment;
    document.addTable({tr("Date"), tr("Activity"), tr("Method"), tr("Score"), tr("Findings")}, rows,
                      {A::Left, A::Left, A::Left, A::Right, A::Left});
    return static_cast<int>(rows.size());
}

int ReportComposer::addConflicts(ReportDocument &document)
{
    document.addHeading(tr("Open conflicts"));
    QList<const Conflict *> shown;
    for (const Conflict &conflict : m_data.conflicts) {
        const bool raisedBy = !conflict.raisedOn.isValid() || conflict.raisedOn <= m_period.last();
        if (conflict.status == ConflictStatus::Open && raisedBy
            && shows(RecordKind::Conflict, conflict.id, conflict.confidential))
            shown.append(&conflict);
    }
    std::sort(shown.begin(), shown.end(), [](const Conflict *a, const Conflict *b) {
        return lessByDue(a->raisedOn, a->subject, b->raisedOn, b->subject);
    });
    if (shown.isEmpty()) {
        document.addParagraph(tr("No conflict is open."));
        return 0;
    }
    QList<QStringList> rows;
    for (const Conflict *conflict : std::as_const(shown)) {
        const QString days = conflict->raisedOn.isValid()
            ? QString::number(std::max<qint64>(0, conflict->raisedOn.daysTo(m_asOf)))
            : QString();
        rows << QStringList{date(conflict->raisedOn), conflict->subject,
                            memberNames(conflict->parties), enumLabel(conflict->step), days};
    }
    using A = ColumnAlignment;
    document.addTable(
        {tr("Raised"), tr("Subject"), tr("Parties"), tr("Escalation step"), tr("Days open")}, rows,
        {A::Left, A::Left, A::Left, A::Left, A::Right});
    return static_cast<int>(rows.size());
}

void ReportComposer::addUpcoming(ReportDocument &document, const ReportPeriod &next)
{
    document.addHeading(tr("Upcoming deadlines"));
    struct Row
    {
        QDate due;
        QString item;
        QString kind;
        QString group;
        QString responsible;
    };
    QList<Row> found;
    for (const ActionGroup *group : visibleGroups()) {
        for (const ActionPlan *plan : visiblePlans(group->id)) {
            const QList<Task> tasks = visibleTasks(plan->id);
            const PlanStatus status = PlanMetrics::of(*plan, tasks, m_asOf);
            if (!status.finished && next.contains(plan->dueOn))
                found.append(Row{plan->dueOn, plan->title, tr("Plan"), group->name,
                                 memberName(plan->leadMembershipId)});
            for (const Task &task : tasks) {
                const bool open
                    = task.status != TaskStatus::Done && task.status != TaskStatus::Dropped;
                if (open && next.contains(task.dueOn))
                    found.append(Row{task.dueOn, task.title, tr("Task"), group->name,
                                     memberName(task.responsibleId)});
            }
        }
    }
    std::sort(found.begin(), found.end(),
              [](const Row &a, const Row &b) { return lessByDue(a.due, a.item, b.due, b.item); });
    if (found.isEmpty()) {
        document.addParagraph(
            tr("Nothing open falls due in %1.").arg(ReportBuilder::periodLabel(next)));
        return;
    }
    document.addParagraph(
        tr("Open plans and tasks due in %1:").arg(ReportBuilder::periodLabel(next)));
    QList<QStringList> rows;
    for (const Row &row : std::as_const(found))
        rows << QStringList{date(row.due), row.item, row.kind, row.group, row.responsible};
    document.addTable({tr("Due"), tr("Item"), tr("Kind"), tr("Action group"), tr("Responsible")},
                      rows);
}

} // namespace Coalition
