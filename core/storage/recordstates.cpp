// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordstates.h"

#include "auditlog.h"
#include "database.h"
#include "domain/jsoncodec.h"
#include "domain/validation.h"
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
static_assert(
    holds<
        RecordKind::Organization,
        Organization> && holds<RecordKind::Person, Person> && holds<RecordKind::Coalition, CoalitionInfo> && holds<RecordKind::Membership, Membership>);

// References point from memberships to people, coalitions and organizations,
// and from people and coalitions to organizations: a record is deleted after
// those that point to it and written after those it points to.
constexpr std::array DeleteOrder{RecordKind::Membership, RecordKind::Person, RecordKind::Coalition,
                                 RecordKind::Organization};
constexpr std::array WriteOrder{RecordKind::Organization, RecordKind::Person, RecordKind::Coalition,
                                RecordKind::Membership};

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
{ }

RecordStateStore::~RecordStateStore() = default;

Result<QList<RecordKey>> RecordStateStore::withDependents(const QList<RecordKey> &keys)
{
    QList<RecordKey> dependents;
    for (const RecordKey &key : keys) {
        Status status;
        switch (key.kind) {
        case RecordKind::Organization:
            status = appendIds(m_database,
                               u"SELECT id FROM membership WHERE organization_id = ? ORDER BY id"_s,
                               key.id, RecordKind::Membership, dependents);
            if (status)
                status = appendIds(m_database,
                                   u"SELECT id FROM person WHERE organization_id = ? ORDER BY id"_s,
                                   key.id, RecordKind::Person, dependents);
            if (status)
                status = appendIds(
                    m_database,
                    u"SELECT id FROM coalition WHERE lead_organization_id = ? ORDER BY id"_s,
                    key.id, RecordKind::Coalition, dependents);
            break;
        case RecordKind::Person:
            status = appendIds(m_database,
                               u"SELECT id FROM membership WHERE representative_id = ?1 "
                               "OR alternate_id = ?1 ORDER BY id"_s,
                               key.id, RecordKind::Membership, dependents);
            break;
        case RecordKind::Coalition:
            status = appendIds(m_database,
                               u"SELECT id FROM membership WHERE coalition_id = ? ORDER BY id"_s,
                               key.id, RecordKind::Membership, dependents);
            break;
        case RecordKind::Membership:
            break;
        default: // TODO(governance storage): dependents of the governance records
            break;
        }
        if (!status)
            return status.error();
    }
    QList<RecordKey> result;
    std::set<RecordKey> seen;
    const auto add = [&](const QList<RecordKey> &part) {
        for (const RecordKey &key : part) {
            if (seen.insert(key).second)
                result.append(key);
        }
    };
    add(keys);
    add(dependents);
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
    default: // TODO(governance storage)
        return Error{tr("This kind of record cannot be restored yet."), describe(key), {}};
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
            else
                return m_memberships.overwrite(record);
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
        for (const auto &[key, value] : target) {
            const Value &was = prior.at(key);
            if (key.kind != kind || !value || value == was)
                continue;
            if (Status status = write(*value); !status)
                return status;
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
