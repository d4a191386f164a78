// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/leadingchoicesproxymodel.h"

namespace Coalition::Ui {

LeadingChoicesProxyModel::LeadingChoicesProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{ }

LeadingChoicesProxyModel::~LeadingChoicesProxyModel() = default;

void LeadingChoicesProxyModel::addChoice(const QString &text, Id id, const QString &toolTip)
{
    const int row = choiceCount();
    beginInsertRows({}, row, row);
    m_choices.append({text, id, toolTip});
    endInsertRows();
}

void LeadingChoicesProxyModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(source);
    if (source)
        connectSource();
    endResetModel();
}

void LeadingChoicesProxyModel::connectSource()
{
    QAbstractItemModel *source = sourceModel();
    // The source is a flat list: only changes to its top level are rows here.
    m_connections = {
        connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
                [this](const QModelIndex &parent, int first, int last) {
                    if (!parent.isValid())
                        beginInsertRows({}, first + choiceCount(), last + choiceCount());
                }),
        connect(source, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &parent) {
                    if (!parent.isValid())
                        endInsertRows();
                }),
        connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this](const QModelIndex &parent, int first, int last) {
                    if (!parent.isValid())
                        beginRemoveRows({}, first + choiceCount(), last + choiceCount());
                }),
        connect(source, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &parent) {
                    if (!parent.isValid())
                        endRemoveRows();
                }),
        connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this,
                [this](const QModelIndex &from, int first, int last, const QModelIndex &to,
                       int destination) {
                    if (!from.isValid() && !to.isValid())
                        beginMoveRows({}, first + choiceCount(), last + choiceCount(), {},
                                      destination + choiceCount());
                }),
        connect(source, &QAbstractItemModel::rowsMoved, this,
                [this](const QModelIndex &from, int, int, const QModelIndex &to) {
                    if (!from.isValid() && !to.isValid())
                        endMoveRows();
                }),
        connect(source, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles) {
                    if (!topLeft.parent().isValid())
                        Q_EMIT dataChanged(mapFromSource(topLeft), mapFromSource(bottomRight),
                                           roles);
                }),
        connect(source, &QAbstractItemModel::headerDataChanged, this,
                &LeadingChoicesProxyModel::headerDataChanged),
        connect(source, &QAbstractItemModel::modelAboutToBeReset, this,
                [this] { beginResetModel(); }),
        connect(source, &QAbstractItemModel::modelReset, this, [this] { endResetModel(); }),
        connect(
            source, &QAbstractItemModel::layoutAboutToBeChanged, this,
            [this](const QList<QPersistentModelIndex> &,
                   QAbstractItemModel::LayoutChangeHint hint) { sourceLayoutAboutToChange(hint); }),
        connect(source, &QAbstractItemModel::layoutChanged, this,
                [this](const QList<QPersistentModelIndex> &,
                       QAbstractItemModel::LayoutChangeHint hint) { sourceLayoutChanged(hint); }),
    };
}

void LeadingChoicesProxyModel::sourceLayoutAboutToChange(QAbstractItemModel::LayoutChangeHint hint)
{
    Q_EMIT layoutAboutToBeChanged({}, hint);
    // The fixed choices stay where they are; the others follow their source rows.
    const QModelIndexList persistent = persistentIndexList();
    for (const QModelIndex &index : persistent) {
        if (index.row() < choiceCount())
            continue;
        m_layoutIndexes.append(index);
        m_layoutSources.append(QPersistentModelIndex(mapToSource(index)));
    }
}

void LeadingChoicesProxyModel::sourceLayoutChanged(QAbstractItemModel::LayoutChangeHint hint)
{
    QModelIndexList moved;
    moved.reserve(m_layoutSources.size());
    for (const QPersistentModelIndex &source : std::as_const(m_layoutSources))
        moved.append(mapFromSource(source));
    changePersistentIndexList(m_layoutIndexes, moved);
    m_layoutIndexes.clear();
    m_layoutSources.clear();
    Q_EMIT layoutChanged({}, hint);
}

QModelIndex LeadingChoicesProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex LeadingChoicesProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex LeadingChoicesProxyModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int LeadingChoicesProxyModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return choiceCount() + (sourceModel() ? sourceModel()->rowCount() : 0);
}

int LeadingChoicesProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

bool LeadingChoicesProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QVariant LeadingChoicesProxyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() >= choiceCount())
        return sourceModel()->data(mapToSource(index), role);
    const Choice &choice = m_choices.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return choice.text;
    case Qt::ToolTipRole:
        return choice.toolTip.isEmpty() ? QVariant() : choice.toolTip;
    case Qt::UserRole:
        return choice.id;
    }
    return {};
}

QMap<int, QVariant> LeadingChoicesProxyModel::itemData(const QModelIndex &index) const
{
    return QAbstractItemModel::itemData(index);
}

Qt::ItemFlags LeadingChoicesProxyModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.row() >= choiceCount())
        return sourceModel()->flags(mapToSource(index)) | Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QModelIndex LeadingChoicesProxyModel::buddy(const QModelIndex &index) const
{
    return index;
}

QVariant LeadingChoicesProxyModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation == Qt::Horizontal && sourceModel())
        return sourceModel()->headerData(section, orientation, role);
    return QAbstractItemModel::headerData(section, orientation, role);
}

QModelIndex LeadingChoicesProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.row() < choiceCount())
        return {};
    return sourceModel()->index(proxyIndex.row() - choiceCount(), proxyIndex.column());
}

QModelIndex LeadingChoicesProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.parent().isValid())
        return {};
    return createIndex(sourceIndex.row() + choiceCount(), sourceIndex.column());
}

} // namespace Coalition::Ui
