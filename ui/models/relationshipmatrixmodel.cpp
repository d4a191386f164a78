// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/relationshipmatrixmodel.h"

#include "models/relationshipstyle.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

std::pair<Id, Id> ordered(Id a, Id b)
{
    return a < b ? std::pair{a, b} : std::pair{b, a};
}

// Headers do not elide their text (Qt 6.4): a long name is shortened here,
// whole in the tooltip.
QString shortName(const QString &name, qsizetype length)
{
    if (name.size() <= length)
        return name;
    return name.left(length - 1).trimmed() + u'…';
}

} // namespace

RelationshipMatrixModel::RelationshipMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

RelationshipMatrixModel::~RelationshipMatrixModel() = default;

void RelationshipMatrixModel::setNetwork(const QList<NetworkMember> &members,
                                         const QList<Relationship> &relationships,
                                         const QHash<Id, QString> &organizationNames)
{
    QList<Id> before;
    for (const NetworkMember &member : std::as_const(m_members))
        before.append(member.organizationId);
    QList<Id> after;
    for (const NetworkMember &member : members)
        after.append(member.organizationId);
    // The same members: cells change in place, so the view keeps its current cell.
    const bool sameMembers = before == after;
    if (!sameMembers)
        beginResetModel();

    m_members = members;
    m_names = organizationNames;
    m_sectionOf.clear();
    for (qsizetype i = 0; i < m_members.size(); ++i) {
        m_sectionOf.insert(m_members.at(i).organizationId, static_cast<int>(i));
        m_names.insert(m_members.at(i).organizationId, m_members.at(i).name);
    }
    m_relationships.clear();
    m_cellOf.clear();
    for (const Relationship &relationship : relationships) {
        if (!m_sectionOf.contains(relationship.firstId)
            || !m_sectionOf.contains(relationship.secondId)
            || relationship.firstId == relationship.secondId)
            continue;
        const auto pair = ordered(relationship.firstId, relationship.secondId);
        if (m_cellOf.contains(pair))
            continue;
        m_cellOf.insert(pair, m_relationships.size());
        m_relationships.append(relationship);
    }

    if (!sameMembers) {
        endResetModel();
    } else if (!m_members.isEmpty()) {
        const int last = static_cast<int>(m_members.size()) - 1;
        Q_EMIT dataChanged(index(0, 0), index(last, last));
    }
}

Id RelationshipMatrixModel::organizationAt(int section) const
{
    return section >= 0 && section < m_members.size() ? m_members.at(section).organizationId : 0;
}

int RelationshipMatrixModel::sectionOf(Id organizationId) const
{
    return m_sectionOf.value(organizationId, -1);
}

const Relationship *RelationshipMatrixModel::relationshipAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() == index.column())
        return nullptr;
    const auto found
        = m_cellOf.constFind(ordered(organizationAt(index.row()), organizationAt(index.column())));
    return found == m_cellOf.cend() ? nullptr : &m_relationships.at(*found);
}

QModelIndex RelationshipMatrixModel::indexOfPair(Id a, Id b) const
{
    int row = sectionOf(a);
    int column = sectionOf(b);
    if (row < 0 || column < 0 || row == column)
        return {};
    if (row > column)
        std::swap(row, column);
    return index(row, column);
}

int RelationshipMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_members.size());
}

int RelationshipMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_members.size());
}

QVariant RelationshipMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const bool diagonal = index.row() == index.column();
    const Relationship *relationship = relationshipAt(index);
    switch (role) {
    case RowOrganizationRole:
        return organizationAt(index.row());
    case ColumnOrganizationRole:
        return organizationAt(index.column());
    case RelationshipIdRole:
        return relationship ? relationship->id : Id(0);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return diagonal ? QVariant() : QVariant(toolTip(index));
    case Qt::BackgroundRole:
        if (diagonal)
            return QBrush(QColor(0xc8, 0xcc, 0xd2), Qt::BDiagPattern);
        return relationship ? QVariant(QBrush(RelationshipStyle::levelColor(relationship->level)))
                            : QVariant();
    default:
        break;
    }
    if (!relationship)
        return {};
    const bool disagree = NetworkEngine::sidesDisagree(*relationship);
    switch (role) {
    case Qt::DisplayRole: {
        QString text = RelationshipStyle::cellText(relationship->level, relationship->trust);
        if (disagree)
            text += u' ' + RelationshipStyle::disagreementMark();
        return text;
    }
    case Qt::ForegroundRole:
        return QBrush(RelationshipStyle::levelTextColor(relationship->level));
    case Qt::FontRole:
        if (disagree) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case LevelRole:
        return static_cast<int>(relationship->level);
    case TrustRole:
        return static_cast<int>(relationship->trust);
    case DisagreementRole:
        return disagree;
    default:
        return {};
    }
}

QString RelationshipMatrixModel::toolTip(const QModelIndex &index) const
{
    const QString first = m_names.value(organizationAt(index.row()));
    const QString second = m_names.value(organizationAt(index.column()));
    const Relationship *relationship = relationshipAt(index);
    if (!relationship)
        return tr("%1 and %2: no relationship recorded.\nDouble-click to record one.")
            .arg(first, second);
    QStringList lines;
    lines << tr("%1 and %2").arg(first, second);
    lines << tr("%1, %2 trust")
                 .arg(enumLabel(relationship->level),
                      RelationshipStyle::trustShortName(relationship->trust));
    if (relationship->since.isValid())
        lines << tr("Since %1").arg(QLocale().toString(relationship->since, QLocale::LongFormat));
    if (!relationship->notes.isEmpty())
        lines << tr("Notes: %1").arg(relationship->notes);
    const QStringList differences = NetworkEngine::disagreement(*relationship, m_names);
    if (!differences.isEmpty())
        lines << tr("%1 The two sides see it differently: %2")
                     .arg(RelationshipStyle::disagreementMark(), differences.join(u' '));
    lines << tr("Double-click to edit.");
    return lines.join(u'\n');
}

QVariant RelationshipMatrixModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (section < 0 || section >= m_members.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const NetworkMember &member = m_members.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return shortName(member.name, orientation == Qt::Horizontal ? 13 : 32);
    case Qt::ToolTipRole:
        return member.name;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(orientation == Qt::Horizontal
                                       ? Qt::Alignment(Qt::AlignCenter)
                                       : Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    default:
        return {};
    }
}

Qt::ItemFlags RelationshipMatrixModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.row() == index.column())
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace Coalition::Ui
