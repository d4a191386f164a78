// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordstates.h"

#include "auditlog.h"
#include "database.h"
#include "domain/jsoncodec.h"
#include "domain/validation.h"
#include "recordreach.h"
#include "sqlquery.h"
#include "transaction.h"

#include <array>
#include <map>
#include <set>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

template<RecordKind Kind, typename T>
constexpr bool holds = std::is_same_v<std::variant_alternative_t<int(Kind), RecordValue>, T>;
static_assert(holds<RecordKind::Organization, Organization>);
static_assert(holds<RecordKind::Person, Person>);
static_assert(holds<RecordKind::Coalition, CoalitionInfo>);
static_assert(holds<RecordKind::Membership, Membership>);
static_assert(holds<RecordKind::Body, Body>);
static_assert(holds<RecordKind::Procedure, DecisionProcedure>);
static_assert(holds<RecordKind::GroundRule, GroundRule>);
static_assert(holds<RecordKind::Meeting, Meeting>);
static_assert(holds<RecordKind::Decision, Decision>);
static_assert(holds<RecordKind::Goal, Goal>);
static_assert(holds<RecordKind::ActionGroup, ActionGroup>);
static_assert(holds<RecordKind::ActionPlan, ActionPlan>);
static_assert(holds<RecordKind::Task, Task>);
static_assert(holds<RecordKind::ProgressReport, ProgressReport>);
static_assert(holds<RecordKind::Success, Success>);
static_assert(holds<RecordKind::Evaluation, Evaluation>);
static_assert(holds<RecordKind::Conflict, Conflict>);
static_assert(holds<RecordKind::StageChange, StageChange>);
static_assert(holds<RecordKind::ChecklistAnswer, ChecklistAnswer>);
static_assert(holds<RecordKind::Relationship, Relationship>);
static_assert(std::variant_size_v<RecordValue> == AllRecordKinds.size());

// A record is written after those it points to and deleted after those that
// point to it. Memberships point to people, coalitions and organizations;
// bodies (seats) to coalitions and memberships; procedures to bodies; meetings
// to bodies, memberships and people; decisions to meetings, procedures and
// memberships; ground rules to coalitions, decisions and other rules. Goals
// point to coalitions and decisions; action groups to people, bodies,
// memberships and goals; plans to goals, groups, memberships and decisions;
// tasks to plans and memberships; reports to groups and people; successes,
// evaluations and conflicts to groups, goals, plans and memberships.
constexpr std::array WriteOrder{RecordKind::Organization,
                                RecordKind::Person,
                                RecordKind::Coalition,
                                RecordKind::Membership,
                                RecordKind::Body,
                                RecordKind::Procedure,
                                RecordKind::Meeting,
                                RecordKind::Decision,
                                RecordKind::GroundRule,
                                RecordKind::Goal,
                                RecordKind::ActionGroup,
                                RecordKind::ActionPlan,
                                RecordKind::Task,
                                RecordKind::ProgressReport,
                                RecordKind::Success,
                                RecordKind::Evaluation,
                                RecordKind::Conflict,
                                RecordKind::StageChange,
                                RecordKind::ChecklistAnswer,
                                RecordKind::Relationship};
constexpr std::array DeleteOrder{RecordKind::Relationship,   RecordKind::ChecklistAnswer,
                                 RecordKind::StageChange,    RecordKind::Conflict,
                                 RecordKind::Evaluation,     RecordKind::Success,
                                 RecordKind::ProgressReport, RecordKind::Task,
                                 RecordKind::ActionPlan,     RecordKind::ActionGroup,
                                 RecordKind::Goal,           RecordKind::GroundRule,
                                 RecordKind::Decision,       RecordKind::Meeting,
                                 RecordKind::Procedure,      RecordKind::Body,
                                 RecordKind::Membership,     RecordKind::Person,
                                 RecordKind::Coalition,      RecordKind::Organization};
static_assert(WriteOrder.size() == AllRecordKinds.size());
static_assert(DeleteOrder.size() == AllRecordKinds.size());

using Value = std::optional<RecordValue>;

RecordKind kindOf(const RecordValue &value)
{
    return static_cast<RecordKind>(value.index());
}

Id idOf(const RecordValue &value)
{
    return std::visit([](const auto &record) { return record.id; }, value);
}

QJsonObject toJson(const RecordValue &value)
{
    return std::visit([](const auto &record) { return JsonCodec::toJson(record); }, value);
}

// The case-folded name the table keeps unique; empty for kinds without one.
QString nameKeyOf(const RecordValue &value)
{
    if (const auto *organization = std::get_if<Organization>(&value))
        return Validation::nameKey(organization->name);
    if (const auto *coalition = std::get_if<CoalitionInfo>(&value))
        return Validation::nameKey(coalition->name);
    if (const auto *body = std::get_if<Body>(&value))
        return Validation::nameKey(body->name);
    if (const auto *group = std::get_if<ActionGroup>(&value))
        return Validation::nameKey(group->name);
    return {};
}

QString describe(const RecordKey &key)
{
    return recordKindKey(key.kind) + u' ' + QString::number(key.id);
}

Status appendIds(Database &database, const QString &statement, Id id, RecordKind kind,
                 QList<RecordKey> &keys)
{
    SqlQuery query(database.connection(), statement);
    if (Status status = query.execWith(id); !status)
        return status;
    while (query.next())
        keys.append({kind, query.integer(0)});
    return {};
}

// Ground rules point to the rules they supersede: among those to write, a
// superseded rule goes before the rule that supersedes it.
QList<RecordKey> supersededFirst(const QList<RecordKey> &rules,
                                 const std::map<RecordKey, std::optional<RecordValue>> &target)
{
    QList<RecordKey> ordered;
    std::set<RecordKey> left(rules.cbegin(), rules.cend());
    while (!left.empty()) {
        const qsizetype before = ordered.size();
        for (const RecordKey &key : rules) {
            if (!left.contains(key))
                continue;
            const auto &rule = std::get<GroundRule>(*target.at(key));
            if (rule.supersedesRuleId
                && left.contains(RecordKey{RecordKind::GroundRule, *rule.supersedesRuleId}))
                continue;
            ordered.append(key);
            left.erase(key);
        }
        if (ordered.size() == before) { // a loop: the write itself will report it
            for (const RecordKey &key : rules) {
                if (left.contains(key))
                    ordered.append(key);
            }
            break;
        }
    }
    return ordered;
}

} // namespace

QString recordKindKey(RecordKind kind)
{
    // Also the table names, as in the audit log's entity column.
    switch (kind) {
    case RecordKind::Organization:
        return u"organization"_s;
    case RecordKind::Person:
        return u"person"_s;
    case RecordKind::Coalition:
        return u"coalition"_s;
    case RecordKind::Membership:
        return u"membership"_s;
    case RecordKind::Body:
        return u"body"_s;
    case RecordKind::Procedure:
        return u"decision_procedure"_s;
    case RecordKind::GroundRule:
        return u"ground_rule"_s;
    case RecordKind::Meeting:
        return u"meeting"_s;
    case RecordKind::Decision:
        return u"decision"_s;
    case RecordKind::Goal:
        return u"goal"_s;
    case RecordKind::ActionGroup:
        return u"action_group"_s;
    case RecordKind::ActionPlan:
        return u"action_plan"_s;
    case RecordKind::Task:
        return u"task"_s;
    case RecordKind::ProgressReport:
        return u"progress_report"_s;
    case RecordKind::Success:
        return u"success"_s;
    case RecordKind::Evaluation:
        return u"evaluation"_s;
    case RecordKind::Conflict:
        return u"conflict"_s;
    case RecordKind::StageChange:
        return u"stage_change"_s;
    case RecordKind::ChecklistAnswer:
        return u"checklist_answer"_s;
    case RecordKind::Relationship:
        return u"relationship"_s;
    }
    return {};
}

RecordStateStore::RecordStateStore(Database &database, AuditLog &audit)
    : m_database(database)
    , m_audit(audit)
    , m_organizations(database, audit)
    , m_people(database, audit)
    , m_coalitions(database, audit)
    , m_memberships(database, audit)
    , m_bodies(database, audit)
    , m_procedures(database, audit)
    , m_groundRules(database, audit)
    , m_meetings(database, audit)
    , m_decisions(database, audit)
    , m_goals(database, audit)
    , m_actionGroups(database, audit)
    , m_actionPlans(database, audit)
    , m_tasks(database, audit)
    , m_progressReports(database, audit)
    , m_successes(database, audit)
    , m_evaluations(database, audit)
    , m_conflicts(database, audit)
    , m_stageChanges(database, audit)
    , m_checklist(database, audit)
    , m_relationships(database, audit)
{ }

RecordStateStore::~RecordStateStore() = default;

Result<QList<RecordKey>> RecordStateStore::withDependents(const QList<RecordKey> &keys)
{
    // Breadth first over the reach of each record: a given key may be edited
    // or deleted, so both its reaches count; a record a deletion removes
    // passes both on, one it only changes passes on what a change reaches.
    struct Pending
    {
        RecordKey key;
        bool removed;
    };
    QList<RecordKey> result;
    std::set<RecordKey> seen;
    std::set<RecordKey> expandedRemoval;
    std::set<RecordKey> expandedChange;
    QList<Pending> queue;
    for (const RecordKey &key : keys) {
        if (seen.insert(key).second)
            result.append(key);
        queue.append({key, true});
    }
    for (qsizetype next = 0; next < queue.size(); ++next) {
        const Pending item = queue.at(next);
        QList<RecordReach> reaches;
        if (expandedChange.insert(item.key).second)
            reaches += changeReach(item.key.kind);
        if (item.removed && expandedRemoval.insert(item.key).second)
            reaches += removalReach(item.key.kind);
        for (const RecordReach &reach : std::as_const(reaches)) {
            QList<RecordKey> found;
            if (Status status
                = appendIds(m_database, reach.statement, item.key.id, reach.kind, found);
                !status)
                return status.error();
            for (const RecordKey &key : std::as_const(found)) {
                if (seen.insert(key).second)
                    result.append(key);
                queue.append({key, reach.removes});
            }
        }
    }
    return result;
}

Result<std::optional<RecordValue>> RecordStateStore::read(const RecordKey &key)
{
    const auto found = [](auto record) -> Result<Value> {
        if (record)
            return Value(std::move(record).value());
        return record.error();
    };
    Result<Value> value = Error{};
    switch (key.kind) {
    case RecordKind::Organization:
        value = found(m_organizations.get(key.id));
        break;
    case RecordKind::Person:
        value = found(m_people.get(key.id));
        break;
    case RecordKind::Coalition:
        value = found(m_coalitions.get(key.id));
        break;
    case RecordKind::Membership:
        value = found(m_memberships.get(key.id));
        break;
    case RecordKind::Body:
        value = found(m_bodies.get(key.id));
        break;
    case RecordKind::Procedure:
        value = found(m_procedures.get(key.id));
        break;
    case RecordKind::GroundRule:
        value = found(m_groundRules.get(key.id));
        break;
    case RecordKind::Meeting:
        value = found(m_meetings.get(key.id));
        break;
    case RecordKind::Decision:
        value = found(m_decisions.get(key.id));
        break;
    case RecordKind::Goal:
        value = found(m_goals.get(key.id));
        break;
    case RecordKind::ActionGroup:
        value = found(m_actionGroups.get(key.id));
        break;
    case RecordKind::ActionPlan:
        value = found(m_actionPlans.get(key.id));
        break;
    case RecordKind::Task:
        value = found(m_tasks.get(key.id));
        break;
    case RecordKind::ProgressReport:
        value = found(m_progressReports.get(key.id));
        break;
    case RecordKind::Success:
        value = found(m_successes.get(key.id));
        break;
    case RecordKind::Evaluation:
        value = found(m_evaluations.get(key.id));
        break;
    case RecordKind::Conflict:
        value = found(m_conflicts.get(key.id));
        break;
    case RecordKind::StageChange:
        value = found(m_stageChanges.get(key.id));
        break;
    case RecordKind::ChecklistAnswer:
        value = found(m_checklist.get(key.id));
        break;
    case RecordKind::Relationship:
        value = found(m_relationships.get(key.id));
        break;
    }
    if (value)
        return value;
    // get() reports a missing record and a failed read alike: tell them apart.
    SqlQuery exists(m_database.connection(),
                    u"SELECT count(*) FROM "_s + recordKindKey(key.kind) + u" WHERE id = ?"_s);
    auto count = exists.scalarWith(key.id);
    if (!count)
        return count.error();
    if (count->toLongLong() > 0)
        return value.error();
    return Value();
}

Result<RecordStates> RecordStateStore::capture(const QList<RecordKey> &keys)
{
    Transaction snapshot(m_database, Transaction::Kind::Read);
    if (!snapshot.isActive())
        return snapshot.status().error();
    RecordStates states;
    states.reserve(keys.size());
    for (const RecordKey &key : keys) {
        auto value = read(key);
        if (!value)
            return value.error();
        states.append({key, std::move(value).value()});
    }
    if (Status status = snapshot.commit(); !status)
        return status.error();
    return states;
}

Status RecordStateStore::write(const RecordValue &value)
{
    return std::visit(
        [this](const auto &record) -> Status {
            using T = std::decay_t<decltype(record)>;
            if constexpr (std::is_same_v<T, Organization>)
                return m_organizations.overwrite(record);
            else if constexpr (std::is_same_v<T, Person>)
                return m_people.overwrite(record);
            else if constexpr (std::is_same_v<T, CoalitionInfo>)
                return m_coalitions.overwrite(record);
            else if constexpr (std::is_same_v<T, Membership>)
                return m_memberships.overwrite(record);
            else if constexpr (std::is_same_v<T, Body>)
                return m_bodies.overwrite(record);
            else if constexpr (std::is_same_v<T, DecisionProcedure>)
                return m_procedures.overwrite(record);
            else if constexpr (std::is_same_v<T, GroundRule>)
                return m_groundRules.overwrite(record);
            else if constexpr (std::is_same_v<T, Meeting>)
                return m_meetings.overwrite(record);
            else if constexpr (std::is_same_v<T, Decision>)
                return m_decisions.overwrite(record);
            else if constexpr (std::is_same_v<T, Goal>)
                return m_goals.overwrite(record);
            else if constexpr (std::is_same_v<T, ActionGroup>)
                return m_actionGroups.overwrite(record);
            else if constexpr (std::is_same_v<T, ActionPlan>)
                return m_actionPlans.overwrite(record);
            else if constexpr (std::is_same_v<T, Task>)
                return m_tasks.overwrite(record);
            else if constexpr (std::is_same_v<T, ProgressReport>)
                return m_progressReports.overwrite(record);
            else if constexpr (std::is_same_v<T, Success>)
                return m_successes.overwrite(record);
            else if constexpr (std::is_same_v<T, Evaluation>)
                return m_evaluations.overwrite(record);
            else if constexpr (std::is_same_v<T, Conflict>)
                return m_conflicts.overwrite(record);
            else if constexpr (std::is_same_v<T, StageChange>)
                return m_stageChanges.overwrite(record);
            else if constexpr (std::is_same_v<T, ChecklistAnswer>)
                return m_checklist.overwrite(record);
            else {
                static_assert(std::is_same_v<T, Relationship>);
                return m_relationships.overwrite(record);
            }
        },
        value);
}

Status RecordStateStore::apply(const RecordStates &states)
{
    std::map<RecordKey, Value> target;
    QList<RecordKey> keys;
    for (const RecordState &state : states) {
        const RecordKey &key = state.key;
        if (key.id <= 0
            || (state.value && (kindOf(*state.value) != key.kind || idOf(*state.value) != key.id)))
            return Error{tr("A record cannot be restored: its state does not match its number."),
                         describe(key),
                         {}};
        const auto [it, inserted] = target.emplace(key, state.value);
        if (!inserted && it->second != state.value)
            return Error{tr("A record cannot be restored to two different states at once."),
                         describe(key),
                         {}};
        if (inserted)
            keys.append(key);
    }

    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    auto priorStates = capture(keys);
    if (!priorStates)
        return priorStates.error();
    std::map<RecordKey, Value> prior;
    for (const RecordState &state : std::as_const(*priorStates))
        prior.emplace(state.key, state.value);

    // A deletion also reaches records outside `states` through the foreign
    // keys (cascaded memberships, cleared organization or representative);
    // their change is audited too, from what they hold now.
    QList<RecordKey> deleted;
    for (const auto &[key, value] : target) {
        if (!value && prior.at(key))
            deleted.append(key);
    }
    auto reached = withDependents(deleted);
    if (!reached)
        return reached.error();
    QList<RecordKey> bystanderKeys;
    for (const RecordKey &key : std::as_const(*reached)) {
        if (!target.contains(key))
            bystanderKeys.append(key);
    }
    auto bystandersBefore = capture(bystanderKeys);
    if (!bystandersBefore)
        return bystandersBefore.error();

    for (const RecordKind kind : DeleteOrder) {
        for (const auto &[key, value] : target) {
            const Value &was = prior.at(key);
            if (key.kind != kind || value || !was)
                continue;
            // The table name comes from recordKindKey, never from input.
            SqlQuery remove(m_database.connection(),
                            u"DELETE FROM "_s + recordKindKey(kind) + u" WHERE id = ?"_s);
            if (Status status = remove.execWith(key.id); !status)
                return status;
            if (Status status = m_audit.recordDeleted(recordKindKey(kind), key.id, toJson(*was));
                !status)
                return status;
        }
    }

    // Names are unique per table at every statement, so two records that
    // trade names would collide half-way: the changing keys are moved aside
    // first, each to a value no name folds to.
    for (const auto &[key, value] : target) {
        const Value &was = prior.at(key);
        if (!value || !was || nameKeyOf(*value) == nameKeyOf(*was))
            continue;
        SqlQuery park(m_database.connection(),
                      u"UPDATE "_s + recordKindKey(key.kind) + u" SET name_key = ? WHERE id = ?"_s);
        if (Status status = park.execWith(u"\u0001moved "_s + QString::number(key.id), key.id);
            !status)
            return status;
    }

    for (const RecordKind kind : WriteOrder) {
        QList<RecordKey> pending;
        for (const auto &[key, value] : target) {
            if (key.kind == kind && value && value != prior.at(key))
                pending.append(key);
        }
        if (kind == RecordKind::GroundRule)
            pending = supersededFirst(pending, target);
        for (const RecordKey &key : std::as_const(pending)) {
            const Value &value = target.at(key);
            const Value &was = prior.at(key);
            // A deletion may already have brought the record to its target
            // (a seat or an attendance gone with a membership): it is left as
            // the cascade left it, so a redo leaves the rows the edit left.
            bool alreadyThere = false;
            if (was) {
                auto current = read(key);
                if (!current)
                    return current.error();
                alreadyThere = *current == value;
            }
            if (!alreadyThere) {
                if (Status status = write(*value); !status)
                    return status;
            }
            const QString entity = recordKindKey(kind);
            if (Status status = was
                    ? m_audit.recordChanges(entity, key.id, toJson(*was), toJson(*value))
                    : m_audit.recordCreated(entity, key.id, toJson(*value));
                !status)
                return status;
        }
    }

    // Unchanged records are not written, and a deletion may have reached one
    // of them: read everything back, so a set of states that cannot hold
    // together fails here instead of leaving something else in the file.
    auto written = capture(keys);
    if (!written)
        return written.error();
    for (const RecordState &state : std::as_const(*written)) {
        if (state.value != target.at(state.key))
            return Error{tr("The records cannot be put back as they were: they no longer fit "
                            "together with the rest of the workspace."),
                         describe(state.key),
                         {}};
    }

    auto bystandersAfter = capture(bystanderKeys);
    if (!bystandersAfter)
        return bystandersAfter.error();
    for (qsizetype i = 0; i < bystanderKeys.size(); ++i) {
        const RecordKey &key = bystanderKeys.at(i);
        const Value &was = bystandersBefore->at(i).value;
        const Value &now = bystandersAfter->at(i).value;
        if (was == now || !was)
            continue;
        const QString entity = recordKindKey(key.kind);
        if (Status status = now ? m_audit.recordChanges(entity, key.id, toJson(*was), toJson(*now))
                                : m_audit.recordDeleted(entity, key.id, toJson(*was));
            !status)
            return status;
    }
    return transaction.commit();
}

} // namespace Coalition
