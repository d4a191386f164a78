// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/organizationchoicemodel.h"

#include "domain/validation.h"
#include "storage/workspace.h"

#include <algorithm>
#include <limits>

namespace Coalition::Ui {

namespace {

// SQLite orders the stored keys by their UTF-8 bytes, which is code point
// order. QString compares UTF-16 code units, which puts characters above
// U+FFFF (surrogate pairs, emoji) before U+E000–U+FFFF; this puts them after,
// so rows placed here land where the database would list them.
int compareCodePoints(const QString &a, const QString &b)
{
    const qsizetype length = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < length; ++i) {
        int x = a.at(i).unicode();
        int y = b.at(i).unicode();
        if (x == y)
            continue;
        if (x >= 0xD800 && y >= 0xD800) {
            const auto codePointRank = [](int unit) {
                return unit >= 0xE000 ? unit - 0x800 : unit + 0x2000;
            };
            x = codePointRank(x);
            y = codePointRank(y);
        }
        return x < y ? -1 : 1;
    }
    return a.size() < b.size() ? -1 : (a.size() > b.size() ? 1 : 0);
}

} // namespace

OrganizationChoiceModel::OrganizationChoiceModel(Workspace &workspace, QObject *parent)
    : QAbstractListModel(parent)
    , m_workspace(workspace)
{ }

OrganizationChoiceModel::~OrganizationChoiceModel() = default;

Status OrganizationChoiceModel::load()
{
    auto names = m_workspace.organizations().names();
    if (!names) {
        m_loadError = names.error().message;
        return names.error();
    }
    beginResetModel();
    m_entries.clear();
    m_keyOfId.clear();
    m_entries.reserve(names->size());
    m_keyOfId.reserve(names->size());
    for (OrganizationName &name : names.value()) {
        m_keyOfId.insert(name.id, name.nameKey);
        m_entries.append({name.id, std::move(name.name), std::move(name.nameKey)});
    }
    m_loadError.clear();
    m_loaded = true;
    endResetModel();
    return {};
}

Status OrganizationChoiceModel::applyChanges(const QList<RecordKey> &keys)
{
    if (!m_loaded)
        return {};
    QList<RecordKey> organizations;
    for (const RecordKey &key : keys) {
        if (key.kind == RecordKind::Organization && !organizations.contains(key))
            organizations.append(key);
    }
    if (organizations.isEmpty())
        return {};
    auto states = m_workspace.states().capture(organizations);
    if (!states)
        return states.error();
    for (const RecordState &state : std::as_const(*states)) {
        if (state.value)
            apply(state.key.id, std::get<Organization>(*state.value).name);
        else
            apply(state.key.id, std::nullopt);
    }
    return {};
}

void OrganizationChoiceModel::apply(Id id, const std::optional<QString> &name)
{
    const int oldRow = rowOf(id);
    if (!name) {
        if (oldRow < 0)
            return;
        beginRemoveRows({}, oldRow, oldRow);
        m_keyOfId.remove(id);
        m_entries.removeAt(oldRow);
        endRemoveRows();
        return;
    }
    Entry entry{id, *name, Validation::nameKey(*name)};
    const qsizetype bound = lowerBound(entry.key, id);
    if (oldRow < 0) {
        const int row = static_cast<int>(bound);
        beginInsertRows({}, row, row);
        m_keyOfId.insert(id, entry.key);
        m_entries.insert(row, std::move(entry));
        endInsertRows();
        return;
    }
    const Entry &old = m_entries.at(oldRow);
    if (old.name == entry.name && old.key == entry.key)
        return; // a change of something else than the name
    // Where it goes among the others: the bound counts the row itself when
    // that comes before it.
    const int newRow = static_cast<int>(bound) - (oldRow < bound ? 1 : 0);
    if (newRow != oldRow) {
        beginMoveRows({}, oldRow, oldRow, {}, newRow > oldRow ? newRow + 1 : newRow);
        m_entries.move(oldRow, newRow);
        endMoveRows();
    }
    m_keyOfId.insert(id, entry.key);
    m_entries[newRow] = std::move(entry);
    const QModelIndex changed = index(newRow);
    Q_EMIT dataChanged(changed, changed, {Qt::DisplayRole, Qt::EditRole});
}

qsizetype OrganizationChoiceModel::lowerBound(const QString &key, Id id) const
{
    const auto it
        = std::lower_bound(m_entries.cbegin(), m_entries.cend(), std::pair(key, id),
                           [](const Entry &entry, const std::pair<QString, Id> &wanted) {
                               const int order = compareCodePoints(entry.key, wanted.first);
                               return order < 0 || (order == 0 && entry.id < wanted.second);
                           });
    return it - m_entries.cbegin();
}

int OrganizationChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant OrganizationChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return entry.name;
    case IdRole:
        return entry.id;
    }
    return {};
}

Id OrganizationChoiceModel::idAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).id : Id(0);
}

int OrganizationChoiceModel::rowOf(Id id) const
{
    const auto key = m_keyOfId.constFind(id);
    if (key == m_keyOfId.cend())
        return -1;
    const qsizetype row = lowerBound(*key, id);
    return row < m_entries.size() && m_entries.at(row).id == id ? static_cast<int>(row) : -1;
}

QString OrganizationChoiceModel::nameOf(Id id) const
{
    const int row = rowOf(id);
    return row >= 0 ? m_entries.at(row).name : QString();
}

std::optional<Id> OrganizationChoiceModel::idForName(const QString &name) const
{
    // Keys are unique and the rows ordered by them: a binary search, where a
    // hash of 100,000 names would cost more to build than it ever saves.
    const QString key = Validation::nameKey(name);
    const qsizetype row = lowerBound(key, std::numeric_limits<Id>::min());
    if (row < m_entries.size() && m_entries.at(row).key == key)
        return m_entries.at(row).id;
    return std::nullopt;
}

} // namespace Coalition::Ui
