// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/organizationtablemodel.h"

#include "domain/validation.h"
#include "storage/workspace.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

// Beyond this many separate places to insert a chunk's rows, one reset is
// cheaper for the view than that many insertions.
constexpr size_t MaxInsertRuns = 16;

int compareIds(Id a, Id b)
{
    return a < b ? -1 : (a > b ? 1 : 0);
}

} // namespace

OrganizationTableModel::OrganizationTableModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{ }

OrganizationTableModel::~OrganizationTableModel() = default;

int OrganizationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int OrganizationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganizationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<size_t>(m_visible[static_cast<size_t>(index.row())])];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case SectorColumn:
            return enumLabel(row.sector);
        case CoalitionsColumn:
            return row.coalitions;
        case ContactColumn:
            return row.contact;
        case UpdatedColumn:
            return m_locale.toString(row.updatedAt.toLocalTime(), QLocale::ShortFormat);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case CoalitionsColumn:
            return row.coalitions.isEmpty() ? tr("Not a member of any coalition") : row.coalitions;
        case ContactColumn:
            return row.contact;
        case UpdatedColumn:
            return tr("Last changed %1")
                .arg(m_locale.toString(row.updatedAt.toLocalTime(), QLocale::LongFormat));
        }
        break;
    case IdRole:
        return row.id;
    case SectorRole:
        return static_cast<int>(row.sector);
    case UpdatedRole:
        return row.updatedAt;
    }
    return {};
}

QVariant OrganizationTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Name");
        case SectorColumn:
            return tr("Sector");
        case CoalitionsColumn:
            return tr("Coalitions");
        case ContactColumn:
            return tr("Contact");
        case UpdatedColumn:
            return tr("Updated");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case NameColumn:
            return tr("The organization's name");
        case SectorColumn:
            return tr("The kind of body it is");
        case CoalitionsColumn:
            return tr("The coalitions it has a membership in, whatever its status");
        case ContactColumn:
            return tr("Its e-mail address, or else its phone number, or else its website");
        case UpdatedColumn:
            return tr("When its record last changed");
        }
    }
    return {};
}

QString OrganizationTableModel::coalitionText(Id id) const
{
    const auto it = m_coalitionNames.constFind(id);
    return it == m_coalitionNames.cend() ? QString() : it->join(u", "_s);
}

OrganizationTableModel::Row OrganizationTableModel::makeRow(const Organization &organization) const
{
    Row row(m_collator.sortKey(Validation::nameKey(organization.name)));
    row.id = organization.id;
    row.name = organization.name;
    row.sector = organization.sector;
    row.contact = !organization.email.isEmpty()
        ? organization.email
        : (!organization.phone.isEmpty() ? organization.phone : organization.website);
    row.coalitions = coalitionText(organization.id);
    row.updatedAt = organization.updatedAt;
    row.updatedMs = organization.updatedAt.isValid() ? organization.updatedAt.toMSecsSinceEpoch()
                                                     : std::numeric_limits<qint64>::min();
    row.searchText = OrganizationFilter::searchText(organization);
    setColumnKey(row);
    return row;
}

void OrganizationTableModel::setColumnKey(Row &row) const
{
    switch (m_sortColumn) {
    case SectorColumn:
        row.columnKey = m_collator.sortKey(enumLabel(row.sector).toCaseFolded());
        break;
    case CoalitionsColumn:
        row.columnKey = m_collator.sortKey(row.coalitions.toCaseFolded());
        break;
    case ContactColumn:
        row.columnKey = m_collator.sortKey(row.contact.toCaseFolded());
        break;
    default:
        break;
    }
}

bool OrganizationTableModel::less(int a, int b) const
{
    const Row &x = m_rows[static_cast<size_t>(a)];
    const Row &y = m_rows[static_cast<size_t>(b)];
    int order = 0;
    switch (m_sortColumn) {
    case SectorColumn:
    case CoalitionsColumn:
    case ContactColumn:
        order = x.columnKey.compare(y.columnKey);
        break;
    case UpdatedColumn:
        order = compareIds(x.updatedMs, y.updatedMs);
        break;
    default:
        break;
    }
    if (order == 0)
        order = x.nameKey.compare(y.nameKey);
    if (order == 0)
        order = compareIds(x.id, y.id);
    return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
}

bool OrganizationTableModel::accepts(int row, const Organization *record) const
{
    const Row &r = m_rows[static_cast<size_t>(row)];
    if (m_filter.needsRecords())
        return record ? m_filter.coreMatcher().matches(*record) : m_coreMatches.contains(r.id);
    return m_filter.matches(r.sector, r.searchText);
}

void OrganizationTableModel::insertSorted(std::vector<int> &rows, int row) const
{
    const auto at = std::lower_bound(rows.begin(), rows.end(), row,
                                     [this](int a, int b) { return less(a, b); });
    rows.insert(at, row);
}

int OrganizationTableModel::visiblePosition(int row) const
{
    const auto it = std::find(m_visible.cbegin(), m_visible.cend(), row);
    return it == m_visible.cend() ? -1 : static_cast<int>(it - m_visible.cbegin());
}

Id OrganizationTableModel::idAt(int row) const
{
    if (row < 0 || static_cast<size_t>(row) >= m_visible.size())
        return 0;
    return m_rows[static_cast<size_t>(m_visible[static_cast<size_t>(row)])].id;
}

int OrganizationTableModel::rowOf(Id id) const
{
    const int row = m_rowOfId.value(id, -1);
    return row < 0 || !m_passes[static_cast<size_t>(row)] ? -1 : visiblePosition(row);
}

void OrganizationTableModel::setCoalitionNames(QHash<Id, QStringList> names)
{
    m_coalitionNames = std::move(names);
}

void OrganizationTableModel::appendOrganizations(const QList<Organization> &organizations)
{
    std::vector<int> added;
    added.reserve(static_cast<size_t>(organizations.size()));
    for (const Organization &organization : organizations) {
        // An edit may have brought it in before its chunk did.
        if (m_rowOfId.contains(organization.id))
            continue;
        const int row = static_cast<int>(m_rows.size());
        m_rows.push_back(makeRow(organization));
        m_passes.push_back(0);
        m_passes.back() = accepts(row, &organization);
        m_rowOfId.insert(organization.id, row);
        added.push_back(row);
    }
    if (added.empty())
        return;
    m_liveCount += static_cast<int>(added.size());
    const auto byOrder = [this](int a, int b) {
        return less(a, b);
    };
    std::sort(added.begin(), added.end(), byOrder);
    if (m_order.empty() || less(m_order.back(), added.front())) {
        m_order.insert(m_order.end(), added.begin(), added.end());
    } else {
        std::vector<int> merged;
        merged.reserve(m_order.size() + added.size());
        std::merge(m_order.begin(), m_order.end(), added.begin(), added.end(),
                   std::back_inserter(merged), byOrder);
        m_order.swap(merged);
    }
    std::vector<int> shown;
    std::copy_if(added.begin(), added.end(), std::back_inserter(shown),
                 [this](int row) { return m_passes[static_cast<size_t>(row)] != 0; });
    mergeIntoVisible(shown);
}

void OrganizationTableModel::mergeIntoVisible(const std::vector<int> &sortedNew)
{
    if (sortedNew.empty())
        return;
    if (m_visible.empty() || less(m_visible.back(), sortedNew.front())) {
        const int first = static_cast<int>(m_visible.size());
        beginInsertRows({}, first, first + static_cast<int>(sortedNew.size()) - 1);
        m_visible.insert(m_visible.end(), sortedNew.begin(), sortedNew.end());
        endInsertRows();
        return;
    }
    // Merge by hand to learn where the new rows land, as runs of positions.
    std::vector<int> merged;
    merged.reserve(m_visible.size() + sortedNew.size());
    std::vector<std::pair<size_t, size_t>> runs; // first position, length
    size_t i = 0;
    size_t j = 0;
    while (i < m_visible.size() || j < sortedNew.size()) {
        const bool takeNew
            = j < sortedNew.size() && (i == m_visible.size() || less(sortedNew[j], m_visible[i]));
        if (takeNew) {
            if (!runs.empty() && runs.back().first + runs.back().second == merged.size())
                ++runs.back().second;
            else
                runs.emplace_back(merged.size(), 1);
            merged.push_back(sortedNew[j++]);
        } else {
            merged.push_back(m_visible[i++]);
        }
    }
    if (runs.size() > MaxInsertRuns) {
        beginResetModel();
        m_visible.swap(merged);
        endResetModel();
        return;
    }
    // Runs in ascending order: everything before a run's position is in place.
    for (const auto &[first, length] : runs) {
        const auto from = merged.begin() + static_cast<std::ptrdiff_t>(first);
        beginInsertRows({}, static_cast<int>(first), static_cast<int>(first + length) - 1);
        m_visible.insert(m_visible.begin() + static_cast<std::ptrdiff_t>(first), from,
                         from + static_cast<std::ptrdiff_t>(length));
        endInsertRows();
    }
}

void OrganizationTableModel::setFilter(const QString &text, std::optional<Sector> sector)
{
    OrganizationFilter next(text, sector);
    if (next == m_filter)
        return;
    const bool narrowing = next.narrows(m_filter);
    m_filter = next;
    m_coreMatches.clear();
    if (m_filter.needsRecords()) {
        if (auto matching = m_workspace.organizations().list(m_filter.coreMatcher())) {
            for (const Organization &organization : *matching)
                m_coreMatches.insert(organization.id);
        }
    }
    // Narrowing: what was hidden stays hidden, only the shown rows are tested.
    const std::vector<int> &candidates = narrowing ? m_visible : m_order;
    std::vector<int> visible;
    visible.reserve(candidates.size());
    for (const int row : candidates) {
        const bool passes = accepts(row, nullptr);
        m_passes[static_cast<size_t>(row)] = passes;
        if (passes)
            visible.push_back(row);
    }
    if (visible == m_visible)
        return;
    beginResetModel();
    m_visible.swap(visible);
    endResetModel();
}

void OrganizationTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> rowsBefore;
    rowsBefore.reserve(static_cast<size_t>(before.size()));
    for (const QModelIndex &index : before)
        rowsBefore.push_back(m_visible[static_cast<size_t>(index.row())]);

    const bool reverseOnly = column == m_sortColumn;
    m_sortColumn = column;
    m_sortOrder = order;
    if (reverseOnly) {
        // The order is total (ids break ties): the opposite is the reverse.
        std::reverse(m_order.begin(), m_order.end());
    } else {
        for (const int row : m_order)
            setColumnKey(m_rows[static_cast<size_t>(row)]);
        std::sort(m_order.begin(), m_order.end(), [this](int a, int b) { return less(a, b); });
    }
    m_visible.clear();
    std::vector<int> position(m_rows.size(), -1);
    for (const int row : m_order) {
        if (m_passes[static_cast<size_t>(row)]) {
            position[static_cast<size_t>(row)] = static_cast<int>(m_visible.size());
            m_visible.push_back(row);
        }
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(position[static_cast<size_t>(rowsBefore[static_cast<size_t>(i)])],
                           before[i].column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

Status OrganizationTableModel::applyChanges(const QList<RecordKey> &keys)
{
    QList<RecordKey> organizations;
    bool coalitionsChanged = false;
    for (const RecordKey &key : keys) {
        if (key.kind == RecordKind::Organization)
            organizations.append(key);
        else if (key.kind == RecordKind::Membership || key.kind == RecordKind::Coalition)
            coalitionsChanged = true;
    }
    if (coalitionsChanged) {
        auto names = m_workspace.organizations().coalitionNamesByOrganization();
        if (!names)
            return names.error();
        m_coalitionNames = *std::move(names);
    }
    if (!organizations.isEmpty()) {
        auto states = m_workspace.states().capture(organizations);
        if (!states)
            return states.error();
        for (const RecordState &state : std::as_const(*states)) {
            const int row = m_rowOfId.value(state.key.id, -1);
            if (!state.value) {
                if (row >= 0)
                    removeRow(row);
                continue;
            }
            const auto &organization = std::get<Organization>(*state.value);
            if (row < 0) {
                addRow(organization);
            } else {
                Row &stored = m_rows[static_cast<size_t>(row)];
                stored = makeRow(organization);
                place(row, accepts(row, &organization));
            }
        }
    }
    if (coalitionsChanged)
        refreshCoalitions();
    return {};
}

void OrganizationTableModel::refreshCoalitions()
{
    for (size_t row = 0; row < m_rows.size(); ++row) {
        Row &r = m_rows[row];
        if (!r.alive)
            continue;
        QString text = coalitionText(r.id);
        if (text == r.coalitions)
            continue;
        r.coalitions = std::move(text);
        if (m_sortColumn == CoalitionsColumn) {
            setColumnKey(r);
            place(static_cast<int>(row), m_passes[row] != 0);
        } else if (const int position = m_passes[row] ? visiblePosition(static_cast<int>(row)) : -1;
                   position >= 0) {
            Q_EMIT dataChanged(index(position, CoalitionsColumn),
                               index(position, CoalitionsColumn));
        }
    }
}

void OrganizationTableModel::place(int row, bool passes)
{
    const auto byOrder = [this](int a, int b) {
        return less(a, b);
    };
    m_order.erase(std::find(m_order.begin(), m_order.end(), row));
    insertSorted(m_order, row);

    const int oldPosition = m_passes[static_cast<size_t>(row)] ? visiblePosition(row) : -1;
    m_passes[static_cast<size_t>(row)] = passes;
    if (oldPosition < 0) {
        if (!passes)
            return;
        const auto at = std::lower_bound(m_visible.begin(), m_visible.end(), row, byOrder);
        const int position = static_cast<int>(at - m_visible.begin());
        beginInsertRows({}, position, position);
        m_visible.insert(at, row);
        endInsertRows();
        return;
    }
    if (!passes) {
        beginRemoveRows({}, oldPosition, oldPosition);
        m_visible.erase(m_visible.begin() + oldPosition);
        endRemoveRows();
        return;
    }
    // Where it goes among the others, without itself.
    std::vector<int> others = m_visible;
    others.erase(others.begin() + oldPosition);
    const int newPosition = static_cast<int>(
        std::lower_bound(others.begin(), others.end(), row, byOrder) - others.begin());
    if (newPosition != oldPosition) {
        // A move, not a removal and an insertion: the selection follows it.
        const int destination = newPosition > oldPosition ? newPosition + 1 : newPosition;
        beginMoveRows({}, oldPosition, oldPosition, {}, destination);
        others.insert(others.begin() + newPosition, row);
        m_visible.swap(others);
        endMoveRows();
    }
    Q_EMIT dataChanged(index(newPosition, 0), index(newPosition, ColumnCount - 1));
}

void OrganizationTableModel::removeRow(int row)
{
    Row &r = m_rows[static_cast<size_t>(row)];
    m_rowOfId.remove(r.id);
    --m_liveCount;
    m_order.erase(std::find(m_order.begin(), m_order.end(), row));
    if (m_passes[static_cast<size_t>(row)]) {
        const int position = visiblePosition(row);
        beginRemoveRows({}, position, position);
        m_visible.erase(m_visible.begin() + position);
        endRemoveRows();
    }
    m_passes[static_cast<size_t>(row)] = 0;
    r = Row(r.nameKey);
    r.alive = false;
}

void OrganizationTableModel::addRow(const Organization &organization)
{
    const int row = static_cast<int>(m_rows.size());
    m_rows.push_back(makeRow(organization));
    m_passes.push_back(0);
    m_rowOfId.insert(organization.id, row);
    ++m_liveCount;
    m_order.push_back(row); // place() takes it out again and sorts it in
    place(row, accepts(row, &organization));
}

} // namespace Coalition::Ui
