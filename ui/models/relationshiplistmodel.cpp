// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/relationshiplistmodel.h"

#include "domain/validation.h"
#include "models/listsync.h"
#include "models/relationshipstyle.h"
#include "rules/networkfigures.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

RelationshipListModel::RelationshipListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

RelationshipListModel::~RelationshipListModel() = default;

void RelationshipListModel::setRelationships(const QList<Relationship> &relationships,
                                             const QHash<Id, QString> &organizationNames,
                                             const QSet<Id> &active)
{
    const bool namesChanged = m_names != organizationNames || m_active != active;
    m_names = organizationNames;
    m_active = active;

    QList<Row> fresh;
    fresh.reserve(relationships.size());
    for (const Relationship &relationship : relationships) {
        Row row{relationship, relationship.firstId, relationship.secondId};
        const QString first = Validation::nameKey(m_names.value(row.shownFirst));
        const QString second = Validation::nameKey(m_names.value(row.shownSecond));
        if (second < first)
            std::swap(row.shownFirst, row.shownSecond);
        fresh.append(row);
    }
    const auto nameOf = [this](Id id) {
        return Validation::nameKey(m_names.value(id));
    };
    std::stable_sort(fresh.begin(), fresh.end(), [&nameOf](const Row &a, const Row &b) {
        const auto keyA
            = std::tuple(nameOf(a.shownFirst), nameOf(a.shownSecond), a.relationship.id);
        const auto keyB
            = std::tuple(nameOf(b.shownFirst), nameOf(b.shownSecond), b.relationship.id);
        return keyA < keyB;
    });

    const ListSyncSteps steps{
        [this](int first, int last) { beginRemoveRows({}, first, last); },
        [this] { endRemoveRows(); },
        [this](int first, int last) { beginInsertRows({}, first, last); },
        [this] { endInsertRows(); },
        [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); },
    };
    if (!syncList(
            m_rows, fresh, [](const Row &row) { return row.relationship.id; }, steps)) {
        beginResetModel();
        m_rows = fresh;
        endResetModel();
        return;
    }
    // A renamed organization or a changed membership shows in rows whose
    // relationship did not change.
    if (namesChanged && !m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

Id RelationshipListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).relationship.id : 0;
}

int RelationshipListModel::rowOf(Id relationshipId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).relationship.id == relationshipId)
            return static_cast<int>(i);
    }
    return -1;
}

const Relationship *RelationshipListModel::relationshipAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).relationship : nullptr;
}

QList<int> RelationshipListModel::rowsOfOrganization(Id organizationId) const
{
    QList<int> rows;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Relationship &relationship = m_rows.at(i).relationship;
        if (relationship.firstId == organizationId || relationship.secondId == organizationId)
            rows.append(static_cast<int>(i));
    }
    return rows;
}

QString RelationshipListModel::organizationName(Id organizationId) const
{
    return m_names.value(organizationId);
}

QString RelationshipListModel::shownName(Id organizationId) const
{
    const QString name = m_names.value(organizationId, tr("Organization %1").arg(organizationId));
    return m_active.contains(organizationId) ? name : tr("%1 (not an active member)").arg(name);
}

QString RelationshipListModel::sidesText(const Relationship &relationship) const
{
    if (NetworkEngine::sidesDisagree(relationship))
        return tr("%1 Differ").arg(RelationshipStyle::disagreementMark());
    switch (relationship.views.size()) {
    case 0:
        return tr("Not asked");
    case 1:
        return tr("One side asked");
    default:
        return tr("Agree");
    }
}

int RelationshipListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RelationshipListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RelationshipListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const Relationship &relationship = row.relationship;
    const bool disagree = NetworkEngine::sidesDisagree(relationship);
    switch (role) {
    case IdRole:
        return relationship.id;
    case DisagreementRole:
        return disagree;
    case Qt::DisplayRole:
        switch (index.column()) {
        case FirstColumn:
            return shownName(row.shownFirst);
        case SecondColumn:
            return shownName(row.shownSecond);
        case LevelColumn:
            return enumLabel(relationship.level);
        case TrustColumn:
            return enumLabel(relationship.trust);
        case SinceColumn:
            return relationship.since.isValid()
                ? QLocale().toString(relationship.since, QLocale::ShortFormat)
                : tr("Not known");
        case SidesColumn:
            return sidesText(relationship);
        case NotesColumn:
            return QString(relationship.notes).replace(u'\n', u' ');
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FirstColumn:
            return shownName(row.shownFirst);
        case SecondColumn:
            return shownName(row.shownSecond);
        case LevelColumn:
            return RelationshipStyle::levelMeaning(relationship.level);
        case SidesColumn: {
            const QStringList differences = NetworkEngine::disagreement(relationship, m_names);
            if (!differences.isEmpty())
                return differences.join(u'\n');
            return relationship.views.isEmpty()  ? tr("Neither side's own view is recorded.")
                : relationship.views.size() == 1 ? tr("Only one side's own view is recorded.")
                                                 : tr("Both sides rate the relationship the same.");
        }
        case NotesColumn:
            return relationship.notes.isEmpty() ? QVariant() : QVariant(relationship.notes);
        default:
            return {};
        }
    case Qt::BackgroundRole:
        if (index.column() == LevelColumn)
            return QBrush(RelationshipStyle::levelColor(relationship.level));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == LevelColumn)
            return QBrush(RelationshipStyle::levelTextColor(relationship.level));
        return {};
    case Qt::FontRole:
        if (index.column() == SidesColumn && disagree) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant RelationshipListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FirstColumn:
        return tr("Organization");
    case SecondColumn:
        return tr("With");
    case LevelColumn:
        return tr("Level");
    case TrustColumn:
        return tr("Trust");
    case SinceColumn:
        return tr("Since");
    case SidesColumn:
        return tr("Own views");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

} // namespace Coalition::Ui
