// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the parts of WorkspaceJson share (workspacejson.cpp for the registry,
// workspacejsongovernance.cpp for bodies, procedures, ground rules, meetings
// and decisions, workspacejsonaction.cpp for goals, action groups, plans,
// tasks, progress reports, successes, evaluations and conflicts,
// workspacejsonstage.cpp for stage changes, checklist answers and
// relationships): the problem list, the decoded records and their indexes.
// Not a public API.

#include "domain/action.h"
#include "domain/governance.h"
#include "domain/jsoncodec.h"
#include "domain/recordkey.h"
#include "domain/stage.h"
#include "domain/types.h"
#include "domain/validation.h"
#include "result.h"
#include "storage/auditlog.h"
#include "workspacejson.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <utility>

namespace Coalition {

class Workspace;

namespace WorkspaceJsonParts {

inline constexpr qsizetype MaxProblems = 200;

// Every problem of the file, one line each; counts on past the cap.
class ProblemCollector
{
public:
    explicit ProblemCollector(const QString &fileName)
        : m_fileName(fileName)
    { }

    void add(const QString &path, const QString &message, const QString &label = {})
    {
        if (++m_total > MaxProblems)
            return;
        QString text = path.isEmpty()
            ? WorkspaceJson::tr("%1: %2").arg(m_fileName, message)
            : WorkspaceJson::tr("%1: %2: %3").arg(m_fileName, path, message);
        if (!label.isEmpty())
            text = WorkspaceJson::tr("%1 (%2)").arg(text, label);
        m_messages.append(text);
    }

    qsizetype total() const { return m_total; }
    const QStringList &messages() const { return m_messages; }

private:
    QString m_fileName;
    QStringList m_messages;
    qsizetype m_total = 0;
};

template<typename T>
struct Decoded
{
    T record;
    QString path; // "organizations[3]"
};

using Index = QHash<Id, qsizetype>; // id -> position in its list

// Every list of the document, decoded, with the indexes the reference checks use.
struct Content
{
    QList<Decoded<Organization>> organizations;
    QList<Decoded<Person>> people;
    QList<Decoded<CoalitionInfo>> coalitions;
    QList<Decoded<Membership>> memberships;
    QList<Decoded<Body>> bodies;
    QList<Decoded<DecisionProcedure>> procedures;
    QList<Decoded<GroundRule>> groundRules;
    QList<Decoded<Meeting>> meetings;
    QList<Decoded<Decision>> decisions;
    QList<Decoded<Goal>> goals;
    QList<Decoded<ActionGroup>> actionGroups;
    QList<Decoded<ActionPlan>> actionPlans;
    QList<Decoded<Task>> tasks;
    QList<Decoded<ProgressReport>> progressReports;
    QList<Decoded<Success>> successes;
    QList<Decoded<Evaluation>> evaluations;
    QList<Decoded<Conflict>> conflicts;
    QList<Decoded<StageChange>> stageChanges;
    QList<Decoded<ChecklistAnswer>> checklistAnswers;
    QList<Decoded<Relationship>> relationships;
    QList<Decoded<AuditEntry>> audit;
    Index organizationIndex, personIndex, coalitionIndex, membershipIndex;
    Index bodyIndex, procedureIndex, groundRuleIndex, meetingIndex, decisionIndex;
    Index goalIndex, actionGroupIndex, actionPlanIndex, taskIndex, progressReportIndex;
    Index successIndex, evaluationIndex, conflictIndex;
    Index stageChangeIndex, checklistAnswerIndex, relationshipIndex;

    template<typename T>
    static const T *find(const Index &index, const QList<Decoded<T>> &items, Id id)
    {
        const auto it = index.constFind(id);
        return it == index.cend() ? nullptr : &items.at(*it).record;
    }
    const Organization *organization(Id id) const
    {
        return find(organizationIndex, organizations, id);
    }
    const Person *person(Id id) const { return find(personIndex, people, id); }
    const CoalitionInfo *coalition(Id id) const { return find(coalitionIndex, coalitions, id); }
    const Membership *membership(Id id) const { return find(membershipIndex, memberships, id); }
    const Body *body(Id id) const { return find(bodyIndex, bodies, id); }
    const DecisionProcedure *procedure(Id id) const { return find(procedureIndex, procedures, id); }
    const Meeting *meeting(Id id) const { return find(meetingIndex, meetings, id); }
    const Decision *decision(Id id) const { return find(decisionIndex, decisions, id); }
    const Goal *goal(Id id) const { return find(goalIndex, goals, id); }
    const ActionGroup *actionGroup(Id id) const { return find(actionGroupIndex, actionGroups, id); }
    const ActionPlan *actionPlan(Id id) const { return find(actionPlanIndex, actionPlans, id); }

    QString organizationName(Id id) const
    {
        const Organization *o = organization(id);
        return o ? o->name.trimmed() : QString();
    }
    QString coalitionName(Id id) const
    {
        const CoalitionInfo *c = coalition(id);
        return c ? c->name.trimmed() : QString();
    }
};

QJsonArray arrayAt(const QJsonObject &root, const QString &key, ProblemCollector &problems);

// Hand-written files may leave out the record times: they become the import time.
template<typename T>
void fillTimes(T &record, const QDateTime &importTime)
{
    if (!record.createdAt.isValid())
        record.createdAt = importTime;
    if (!record.updatedAt.isValid())
        record.updatedAt = record.createdAt;
}

// Decodes the list under `key`: the codec reads each record, then the
// record-alone validation checks it. keyOf(record, field) turns a validation
// field id into the record's key ("coalition" -> "coalition_id");
// labelOf(record) names the record in messages.
template<typename T, typename KeyOf, typename LabelOf>
QList<Decoded<T>> decodeRecords(const QJsonObject &root, const QString &key,
                                const QDateTime &importTime, ProblemCollector &collector,
                                KeyOf keyOf, LabelOf labelOf)
{
    QList<Decoded<T>> result;
    const QJsonArray items = arrayAt(root, key, collector);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = key + u'[' + QString::number(i) + u']';
        if (!items.at(i).isObject()) {
            collector.add(path, WorkspaceJson::tr("Expected a record written in braces { }."));
            continue;
        }
        T record;
        Problems problems;
        JsonCodec::fromJson(items.at(i).toObject(), &record, &problems, path);
        // A field the codec could not read (or a part of it) is reported
        // once, not again by validation.
        const Problems unreadable = problems;
        const auto reported = [&unreadable](const QString &field) {
            for (const FieldProblem &problem : unreadable) {
                if (problem.field == field || problem.field.startsWith(field + u'.')
                    || problem.field.startsWith(field + u'['))
                    return true;
            }
            return false;
        };
        for (const FieldProblem &problem : Validation::check(record)) {
            const QString field = path + u'.' + keyOf(record, problem.field);
            if (!reported(field))
                problems.append({field, problem.message});
        }
        const QString name = labelOf(record);
        for (const FieldProblem &problem : std::as_const(problems))
            collector.add(problem.field, problem.message, name);
        fillTimes(record, importTime);
        result.append({std::move(record), path});
    }
    return result;
}

template<typename T, typename LabelOf>
Index indexById(const QList<Decoded<T>> &items, ProblemCollector &collector, LabelOf labelOf)
{
    Index index;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Id id = items.at(i).record.id;
        if (id <= 0)
            continue; // the decoder has said why
        if (const auto it = index.constFind(id); it != index.cend())
            collector.add(items.at(i).path + QStringLiteral(".id"),
                          WorkspaceJson::tr("The id %1 is already used by %2.")
                              .arg(QString::number(id), items.at(*it).path),
                          labelOf(items.at(i).record));
        else
            index.insert(id, i);
    }
    return index;
}

// The governance half (workspacejsongovernance.cpp).

// The top-level keys of the governance lists, in the order they are read.
QStringList governanceKeys();
// Decodes the governance lists of root into c and indexes them.
void decodeGovernance(const QJsonObject &root, const QDateTime &importTime, Content &c,
                      ProblemCollector &collector);
// Checks every reference of a governance record against the rest of the file.
void checkGovernanceReferences(const Content &c, ProblemCollector &collector);
// Writes the governance records as they are (WriteMode::Restore), parents
// first. In the caller's transaction.
Status writeGovernance(Workspace &workspace, const Content &c);
// Adds the governance lists, by id, to the export. In the caller's read transaction.
Status exportGovernance(Workspace &workspace, QJsonObject &root);

// Shared by the governance and action halves (workspacejsongovernance.cpp).

// "There is no body with id 7 in this file."
QString noRecord(RecordKind kind, Id id);
// A membership named inside a record of coalition `coalitionId`: it must be
// in the file and in that coalition. `role` (translated in the
// Coalition::WorkspaceJson context) finishes the sentence "... so %4.".
void checkMember(const Content &c, Id membershipId, Id coalitionId, const QString &path,
                 const char *role, const QString &label, ProblemCollector &collector);

// The action half (workspacejsonaction.cpp; the export in
// workspacejsonactionexport.cpp).

// The top-level keys of the action lists.
inline const QString GoalsKey = QStringLiteral("goals");
inline const QString GroupsKey = QStringLiteral("action_groups");
inline const QString PlansKey = QStringLiteral("action_plans");
inline const QString TasksKey = QStringLiteral("tasks");
inline const QString ReportsKey = QStringLiteral("progress_reports");
inline const QString SuccessesKey = QStringLiteral("successes");
inline const QString EvaluationsKey = QStringLiteral("evaluations");
inline const QString ConflictsKey = QStringLiteral("conflicts");
// The same keys, in the order they are read.
QStringList actionKeys();
// Decodes the action lists of root into c and indexes them.
void decodeAction(const QJsonObject &root, const QDateTime &importTime, Content &c,
                  ProblemCollector &collector);
// Checks every reference of an action record against the rest of the file.
void checkActionReferences(const Content &c, ProblemCollector &collector);
// Writes the action records as they are (WriteMode::Restore), parents first.
// In the caller's transaction, after the registry and the governance records.
Status writeAction(Workspace &workspace, const Content &c);

// What an export without confidential records left out.
struct LeftOut
{
    int confidential = 0; // records marked confidential
    int dependent = 0; // records that cannot stand without a left-out one
    int auditEntries = 0; // audit entries about left-out or once-confidential records
    QSet<std::pair<QString, Id>> records; // (audit entity, id) of every record left out
};
// Adds the action lists, by id, to the export. Without includeConfidential,
// leaves out the confidential records and those that need them, clears the
// optional references to them, and says what it left out. In the caller's
// read transaction.
Status exportAction(Workspace &workspace, QJsonObject &root, bool includeConfidential,
                    LeftOut &leftOut);
// Whether an audit entry may go into an export without confidential records:
// not when it is about a record left out, nor about an action record that was
// ever marked confidential (its values would show what the flag hides).
QList<AuditEntry> auditWithoutConfidential(const QList<AuditEntry> &entries, LeftOut &leftOut);

// The stage part (workspacejsonstage.cpp): stage changes, checklist answers
// and relationships.

// The top-level keys of the stage lists, in the order they are read.
QStringList stageKeys();
// Decodes the stage lists of root into c and indexes them.
void decodeStage(const QJsonObject &root, const QDateTime &importTime, Content &c,
                 ProblemCollector &collector);
// Checks every reference of a stage record against the rest of the file, and
// that no pair of organizations has two relationships and no checklist item
// of a coalition two answers.
void checkStageReferences(const Content &c, ProblemCollector &collector);
// Writes the stage records as they are (WriteMode::Restore). In the caller's
// transaction, after the registry and the governance records.
Status writeStage(Workspace &workspace, const Content &c);
// Adds the stage lists, by id, to the export. They hold nothing confidential
// (relationships belong to the registry), so an export without confidential
// records keeps them whole. In the caller's read transaction.
Status exportStage(Workspace &workspace, QJsonObject &root);

} // namespace WorkspaceJsonParts
} // namespace Coalition
