// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a generated coalition into a workspace through the repositories, the
// way the application stores each record (checks, audit, history), so the
// file read back is the file a coordinator would have.
#include "largecoalition.h"

#include "storage/transaction.h"
#include "storage/workspace.h"

using namespace Qt::StringLiterals;

namespace Coalition::Bench {

namespace {

// Adds every record with `add` and checks that each gets the id it was
// generated with: the records after it refer to it by that id.
template<typename Record, typename Add>
Status addAll(const QList<Record> &records, const QString &what, Add add)
{
    for (const Record &record : records) {
        const Result<Id> id = add(record);
        if (!id)
            return Error{what + u" "_s + QString::number(record.id) + u": "_s
                             + id.error().toString(),
                         {},
                         {}};
        if (*id != record.id)
            return Error{what + u" "_s + QString::number(record.id) + u" was stored as "_s
                             + QString::number(*id) + u"; the workspace was not empty."_s,
                         {},
                         {}};
    }
    return {};
}

} // namespace

Status writeCoalition(Workspace &w, const LargeCoalition &coalition)
{
    const StageSnapshot &s = coalition.snapshot;
    Transaction transaction(w.database());
    if (!transaction.isActive())
        return transaction.status();

    // In the order the records refer to each other.
    Status status = addAll(coalition.organizations, u"organization"_s,
                           [&w](const Organization &o) { return w.organizations().add(o); });
    if (status)
        status = addAll(coalition.people, u"person"_s,
                        [&w](const Person &p) { return w.people().add(p); });
    if (status)
        status = addAll(QList<CoalitionInfo>{s.coalition}, u"coalition"_s,
                        [&w](const CoalitionInfo &c) { return w.coalitions().add(c); });
    if (status)
        status = addAll(s.memberships, u"membership"_s,
                        [&w](const Membership &m) { return w.memberships().add(m); });
    if (status)
        status = addAll(s.bodies, u"body"_s, [&w](const Body &b) { return w.bodies().add(b); });
    if (status)
        status = addAll(s.procedures, u"procedure"_s,
                        [&w](const DecisionProcedure &p) { return w.procedures().set(p); });
    if (status)
        status = addAll(s.meetings, u"meeting"_s,
                        [&w](const Meeting &m) { return w.meetings().add(m); });
    if (status)
        status = addAll(s.decisions, u"decision"_s,
                        [&w](const Decision &d) { return w.decisions().add(d); });
    if (status)
        status = addAll(s.rules, u"ground rule"_s,
                        [&w](const GroundRule &r) { return w.groundRules().add(r); });
    if (status)
        status = addAll(s.goals, u"goal"_s, [&w](const Goal &g) { return w.goals().add(g); });
    if (status)
        status = addAll(s.groups, u"action group"_s,
                        [&w](const ActionGroup &g) { return w.actionGroups().add(g); });
    if (status)
        status = addAll(s.plans, u"action plan"_s,
                        [&w](const ActionPlan &p) { return w.actionPlans().add(p); });
    if (status)
        status = addAll(s.tasks, u"task"_s, [&w](const Task &t) { return w.tasks().add(t); });
    if (status)
        status = addAll(s.reports, u"progress report"_s,
                        [&w](const ProgressReport &r) { return w.progressReports().add(r); });
    if (status)
        status = addAll(s.successes, u"success"_s,
                        [&w](const Success &x) { return w.successes().add(x); });
    if (status)
        status = addAll(s.evaluations, u"evaluation"_s,
                        [&w](const Evaluation &e) { return w.evaluations().add(e); });
    if (status)
        status = addAll(s.conflicts, u"conflict"_s,
                        [&w](const Conflict &c) { return w.conflicts().add(c); });
    if (status)
        status = addAll(s.checklist, u"checklist answer"_s,
                        [&w](const ChecklistAnswer &a) { return w.checklist().add(a); });
    if (status)
        status = addAll(s.history, u"stage change"_s,
                        [&w](const StageChange &c) { return w.stageChanges().add(c); });
    if (status)
        status = addAll(coalition.relationships, u"relationship"_s,
                        [&w](const Relationship &r) { return w.relationships().add(r); });
    if (!status)
        return status;
    return transaction.commit();
}

} // namespace Coalition::Bench
