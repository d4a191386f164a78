// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QAbstractProxyModel>
#include <QList>
#include <QPersistentModelIndex>

namespace Coalition::Ui {

// A list of a few fixed choices followed by the rows of a flat list model:
// "None" before the organizations that can lead a coalition, "All
// organizations" and "No organization" before those a filter offers. Each
// fixed choice has a text, a tool tip and an id (at Qt::UserRole, where
// OrganizationChoiceModel keeps its ids). The source's inserts, moves and
// removals pass through as such, so a combo box over it keeps its choice.
class LeadingChoicesProxyModel final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadingChoicesProxyModel)

public:
    explicit LeadingChoicesProxyModel(QObject *parent = nullptr);
    ~LeadingChoicesProxyModel() override;

    // Adds a fixed choice after those added before; call before the source is set.
    void addChoice(const QString &text, Id id, const QString &toolTip = {});
    int choiceCount() const { return static_cast<int>(m_choices.size()); }

    void setSourceModel(QAbstractItemModel *source) override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QMap<int, QVariant> itemData(const QModelIndex &index) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QModelIndex buddy(const QModelIndex &index) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

private:
    struct Choice
    {
        QString text;
        Id id = 0;
        QString toolTip;
    };

    void connectSource();
    void sourceLayoutAboutToChange(QAbstractItemModel::LayoutChangeHint hint);
    void sourceLayoutChanged(QAbstractItemModel::LayoutChangeHint hint);

    QList<Choice> m_choices;
    QList<QMetaObject::Connection> m_connections;
    QModelIndexList m_layoutIndexes;
    QList<QPersistentModelIndex> m_layoutSources;
};

} // namespace Coalition::Ui
