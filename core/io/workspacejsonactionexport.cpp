// SPDX-License-Identifier: GPL-3.0-or-later
// The export of the action part of the workspace JSON, with or without the
// records marked confidential (and the audit entries that would show them).
#include "storage/workspace.h"
#include "workspacejsonparts.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coalition::WorkspaceJsonParts {

namespace {

template<typename T>
QList<T> byId(QList<T> records)
{
    std::sort(records.begin(), records.end(), [](const T &a, const T &b) { return a.id < b.id; });
    return records;
}

// Appends each kept record to a JSON list. Without confidential records, a
// record that is confidential, or that `needs` says cannot stand without a
// record already left out, is left out and remembered.
class Filter final
{
public:
    Filter(bool includeConfidential, LeftOut &leftOut)
        : m_include(includeConfidential)
        , m_leftOut(leftOut)
    { }

    template<typename T, typename Needs, typename Adjust>
    QJsonArray apply(RecordKind kind, const QList<T> &records, Needs needs, Adjust adjust)
    {
        QJsonArray array;
        const QString entity = recordKindKey(kind);
        for (T record : records) {
            if (!m_include && (record.confidential || !needs(record))) {
                ++(record.confidential ? m_leftOut.confidential : m_leftOut.dependent);
                m_leftOut.records.insert({entity, record.id});
                continue;
            }
            if (!m_include)
                adjust(record);
            array.append(JsonCodec::toJson(record));
        }
        return array;
    }

    bool kept(RecordKind kind, Id id) const
    {
        return !m_leftOut.records.contains({recordKindKey(kind), id});
    }
    // An optional reference to a record left out becomes none.
    void clear(RecordKind kind, std::optional<Id> &id) const
    {
        if (id && !kept(kind, *id))
            id.reset();
    }

private:
    bool m_include;
    LeftOut &m_leftOut;
};

bool anyRecord(const auto &)
{
    return true;
}
void unchanged(const auto &)
{ }

} // namespace

Status exportAction(Workspace &workspace, QJsonObject &root, bool includeConfidential,
                    LeftOut &leftOut)
{
    auto goals = workspace.goals().list();
    if (!goals)
        return goals.error();
    auto groups = workspace.actionGroups().list();
    if (!groups)
        return groups.error();
    auto plans = workspace.actionPlans().list();
    if (!plans)
        return plans.error();
    auto tasks = workspace.tasks().list();
    if (!tasks)
        return tasks.error();
    auto reports = workspace.progressReports().list();
    if (!reports)
        return reports.error();
    auto successes = workspace.successes().list();
    if (!successes)
        return successes.error();
    auto evaluations = workspace.evaluations().list();
    if (!evaluations)
        return evaluations.error();
    auto conflicts = workspace.conflicts().list();
    if (!conflicts)
        return conflicts.error();

    // Parents before the records that need them, so that a record whose
    // parent was left out is left out too, and optional references to a
    // record left out are cleared: the file stays whole without them.
    Filter f(includeConfidential, leftOut);
    root.insert(GoalsKey,
                f.apply(RecordKind::Goal, byId(std::move(goals).value()), anyRecord<Goal>,
                        unchanged<Goal>));
    root.insert(GroupsKey,
                f.apply(RecordKind::ActionGroup, byId(std::move(groups).value()),
                        anyRecord<ActionGroup>, [&f](ActionGroup &g) {
                            g.goals.removeIf([&f](Id id) { return !f.kept(RecordKind::Goal, id); });
                        }));
    root.insert(PlansKey,
                f.apply(
                    RecordKind::ActionPlan, byId(std::move(plans).value()),
                    [&f](const ActionPlan &p) {
                        return f.kept(RecordKind::Goal, p.goalId)
                            && f.kept(RecordKind::ActionGroup, p.groupId);
                    },
                    unchanged<ActionPlan>));
    root.insert(TasksKey,
                f.apply(
                    RecordKind::Task, byId(std::move(tasks).value()),
                    [&f](const Task &t) { return f.kept(RecordKind::ActionPlan, t.planId); },
                    unchanged<Task>));
    root.insert(
        ReportsKey,
        f.apply(
            RecordKind::ProgressReport, byId(std::move(reports).value()),
            [&f](const ProgressReport &r) { return f.kept(RecordKind::ActionGroup, r.groupId); },
            unchanged<ProgressReport>));
    root.insert(SuccessesKey,
                f.apply(RecordKind::Success, byId(std::move(successes).value()), anyRecord<Success>,
                        [&f](Success &s) {
                            f.clear(RecordKind::ActionGroup, s.groupId);
                            f.clear(RecordKind::Goal, s.goalId);
                        }));
    root.insert(EvaluationsKey,
                f.apply(RecordKind::Evaluation, byId(std::move(evaluations).value()),
                        anyRecord<Evaluation>, [&f](Evaluation &e) {
                            f.clear(RecordKind::ActionGroup, e.groupId);
                            f.clear(RecordKind::ActionPlan, e.planId);
                        }));
    root.insert(ConflictsKey,
                f.apply(RecordKind::Conflict, byId(std::move(conflicts).value()),
                        anyRecord<Conflict>, unchanged<Conflict>));
    return {};
}

QList<AuditEntry> auditWithoutConfidential(const QList<AuditEntry> &entries, LeftOut &leftOut)
{
    QSet<QString> actionEntities;
    for (const RecordKind kind : AllRecordKinds) {
        if (kind >= RecordKind::Goal && kind <= RecordKind::Conflict) // the ones with the flag
            actionEntities.insert(recordKindKey(kind));
    }
    // A record once marked confidential: its earlier values may show what
    // the flag hides, also when it is deleted or no longer confidential.
    const auto marked = [](const std::optional<QString> &value) {
        if (!value || !value->contains(u"confidential"_s))
            return false;
        const QJsonDocument document = QJsonDocument::fromJson(value->toUtf8());
        return document.isObject() && document.object().value(u"confidential"_s).toBool();
    };
    QSet<std::pair<QString, Id>> hidden = leftOut.records;
    for (const AuditEntry &entry : entries) {
        if (!actionEntities.contains(entry.entity))
            continue;
        const bool flagged = entry.field == u"confidential"_s
            ? (entry.newValue == u"true"_s || entry.oldValue == u"true"_s)
            : entry.field.isEmpty() && (marked(entry.newValue) || marked(entry.oldValue));
        if (flagged)
            hidden.insert({entry.entity, entry.entityId});
    }
    QList<AuditEntry> kept;
    for (const AuditEntry &entry : entries) {
        if (hidden.contains({entry.entity, entry.entityId}))
            ++leftOut.auditEntries;
        else
            kept.append(entry);
    }
    return kept;
}

} // namespace Coalition::WorkspaceJsonParts
