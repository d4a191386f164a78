// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/persontablemodel.h"

#include "models/organizationchoicemodel.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

PersonTableModel::PersonTableModel(WorkspaceSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

PersonTableModel::~PersonTableModel() = default;

int PersonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int PersonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = *m_people.constFind(m_visible.at(index.row()));
    const Person &person = row.person;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return person.name;
        case OrganizationColumn:
            if (role == Qt::ToolTipRole && row.organization.isEmpty())
                return tr("Not attached to an organization");
            return row.organization;
        case RoleColumn:
            return person.role;
        case EmailColumn:
            return person.email;
        case PhoneColumn:
            return person.phone;
        case UpdatedColumn:
            return m_locale.toString(person.updatedAt.toLocalTime(),
                                     role == Qt::ToolTipRole ? QLocale::LongFormat
                                                             : QLocale::ShortFormat);
        }
        break;
    case IdRole:
        return person.id;
    case OrganizationIdRole:
        return person.organizationId.value_or(0);
    }
    return {};
}

QVariant PersonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case OrganizationColumn:
        return tr("Organization");
    case RoleColumn:
        return tr("Role");
    case EmailColumn:
        return tr("E-mail");
    case PhoneColumn:
        return tr("Phone");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

QString PersonTableModel::organizationName(const std::optional<Id> &id) const
{
    return id && m_organizations ? m_organizations->nameOf(*id) : QString();
}

void PersonTableModel::countPerson(const std::optional<Id> &organization, int change)
{
    if (!organization)
        return;
    int &count = m_peopleOf[*organization];
    const bool had = count > 0;
    count += change;
    if (count <= 0)
        m_peopleOf.remove(*organization);
    if (had != (count > 0))
        m_organizationsWithPeopleChanged = true;
}

Status PersonTableModel::load()
{
    auto people = m_session.workspace().people().list();
    if (!people)
        return people.error();
    m_organizations = &m_session.organizationChoices();
    beginResetModel();
    m_people.clear();
    m_peopleOf.clear();
    for (const Person &person : std::as_const(*people)) {
        m_people.insert(person.id, Row{person, organizationName(person.organizationId)});
        countPerson(person.organizationId, 1);
    }
    m_loaded = true;
    m_visible = visibleRows();
    endResetModel();
    m_organizationsWithPeopleChanged = false;
    Q_EMIT organizationsWithPeopleChanged();
    return {};
}

QString PersonTableModel::sortText(const Row &row) const
{
    switch (m_sortColumn) {
    case OrganizationColumn:
        return row.organization;
    case RoleColumn:
        return row.person.role;
    case EmailColumn:
        return row.person.email;
    case PhoneColumn:
        return row.person.phone;
    default:
        return row.person.name;
    }
}

bool PersonTableModel::less(Id a, Id b) const
{
    const Row &x = *m_people.constFind(a);
    const Row &y = *m_people.constFind(b);
    int order = 0;
    if (m_sortColumn == UpdatedColumn)
        order = x.person.updatedAt < y.person.updatedAt ? -1
                                                        : (y.person.updatedAt < x.person.updatedAt);
    else
        order = m_collator.compare(sortText(x), sortText(y));
    if (order == 0)
        order = m_collator.compare(x.person.name, y.person.name);
    if (order == 0)
        order = a < b ? -1 : (a > b ? 1 : 0);
    return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
}

bool PersonTableModel::accepts(const Row &row) const
{
    if (m_organizationFilter != AnyOrganization
        && row.person.organizationId.value_or(NoOrganization) != m_organizationFilter)
        return false;
    return m_matcher.matches(row.person, row.organization);
}

QList<Id> PersonTableModel::visibleRows() const
{
    QList<Id> visible;
    for (auto it = m_people.cbegin(); it != m_people.cend(); ++it) {
        if (accepts(*it))
            visible.append(it.key());
    }
    std::sort(visible.begin(), visible.end(), [this](Id a, Id b) { return less(a, b); });
    return visible;
}

void PersonTableModel::setFilter(const QString &text, Id organization)
{
    if (text == m_filterText && organization == m_organizationFilter)
        return;
    m_filterText = text;
    m_matcher = PersonMatcher(text);
    m_organizationFilter = organization;
    QList<Id> visible = visibleRows();
    if (visible == m_visible)
        return;
    beginResetModel();
    m_visible = std::move(visible);
    endResetModel();
}

void PersonTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<Id> ids;
    for (const QModelIndex &index : before)
        ids.append(m_visible.at(index.row()));
    m_sortColumn = column;
    m_sortOrder = order;
    std::sort(m_visible.begin(), m_visible.end(), [this](Id a, Id b) { return less(a, b); });
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(static_cast<int>(m_visible.indexOf(ids.at(i))), before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

Id PersonTableModel::idAt(int row) const
{
    return row >= 0 && row < m_visible.size() ? m_visible.at(row) : 0;
}

int PersonTableModel::rowOf(Id id) const
{
    return static_cast<int>(m_visible.indexOf(id));
}

Status PersonTableModel::applyChanges(const QList<RecordKey> &keys)
{
    if (!m_loaded)
        return {};
    QList<RecordKey> people;
    QList<Id> organizations;
    for (const RecordKey &key : keys) {
        if (key.kind == RecordKind::Person)
            people.append(key);
        else if (key.kind == RecordKind::Organization)
            organizations.append(key.id);
    }
    // A renamed organization: the rows of its people show the new name (the
    // session's list has it already).
    for (const Id organization : std::as_const(organizations)) {
        for (auto it = m_people.begin(); it != m_people.end(); ++it) {
            if (it->person.organizationId != organization)
                continue;
            const QString name = organizationName(organization);
            if (name == it->organization)
                continue;
            it->organization = name;
            if (!people.contains(RecordKey{RecordKind::Person, it.key()}))
                people.append({RecordKind::Person, it.key()});
        }
    }
    if (people.isEmpty())
        return {};
    auto states = m_session.workspace().states().capture(people);
    if (!states)
        return states.error();
    for (const RecordState &state : std::as_const(*states)) {
        const Id id = state.key.id;
        const int shownAt = rowOf(id);
        if (const auto before = m_people.constFind(id); before != m_people.cend())
            countPerson(before->person.organizationId, -1);
        if (!state.value) {
            if (shownAt >= 0) {
                beginRemoveRows({}, shownAt, shownAt);
                m_visible.removeAt(shownAt);
                endRemoveRows();
            }
            m_people.remove(id);
            continue;
        }
        const auto &person = std::get<Person>(*state.value);
        countPerson(person.organizationId, 1);
        m_people.insert(id, Row{person, organizationName(person.organizationId)});
        place(id, shownAt >= 0);
    }
    if (std::exchange(m_organizationsWithPeopleChanged, false))
        Q_EMIT organizationsWithPeopleChanged();
    return {};
}

void PersonTableModel::place(Id id, bool wasShown)
{
    const auto byOrder = [this](Id a, Id b) {
        return less(a, b);
    };
    const bool shown = accepts(*m_people.constFind(id));
    const int oldPosition = wasShown ? rowOf(id) : -1;
    QList<Id> others = m_visible;
    if (oldPosition >= 0)
        others.removeAt(oldPosition);
    const int newPosition = static_cast<int>(
        std::lower_bound(others.begin(), others.end(), id, byOrder) - others.begin());
    if (!shown) {
        if (oldPosition >= 0) {
            beginRemoveRows({}, oldPosition, oldPosition);
            m_visible.removeAt(oldPosition);
            endRemoveRows();
        }
        return;
    }
    if (oldPosition < 0) {
        beginInsertRows({}, newPosition, newPosition);
        m_visible.insert(newPosition, id);
        endInsertRows();
        return;
    }
    if (newPosition != oldPosition) {
        const int destination = newPosition > oldPosition ? newPosition + 1 : newPosition;
        beginMoveRows({}, oldPosition, oldPosition, {}, destination);
        m_visible.move(oldPosition, newPosition);
        endMoveRows();
    }
    Q_EMIT dataChanged(index(newPosition, 0), index(newPosition, ColumnCount - 1));
}

} // namespace Coalition::Ui
