// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/organizationfilter.h"
#include "result.h"
#include "storage/recordstates.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <vector>

namespace Coalition {
class Workspace;
}

namespace Coalition::Ui {

// The registry of organizations as a table, built to stay quick with a
// hundred thousand rows: rows arrive in chunks (appendOrganizations), each
// keeps a precomputed search text and name sort key, and filtering and
// sorting only rearrange a vector of row numbers. Changed records are read
// again one by one (applyChanges), never the whole table.
class OrganizationTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationTableModel)

public:
    enum Column {
        NameColumn,
        SectorColumn,
        CoalitionsColumn,
        ContactColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // Id of the organization
        SectorRole, // the Sector, as int
        UpdatedRole, // QDateTime, UTC
    };

    explicit OrganizationTableModel(Workspace &workspace, QObject *parent = nullptr);
    ~OrganizationTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The coalitions of each organization (OrganizationRepository::
    // coalitionNamesByOrganization), used for the rows appended after.
    void setCoalitionNames(QHash<Id, QStringList> names);
    // Adds organizations read from the registry; ones already shown are skipped.
    void appendOrganizations(const QList<Organization> &organizations);
    // Reads again the organizations among `keys` (and the coalition names
    // when memberships or coalitions changed) and updates those rows only.
    Status applyChanges(const QList<RecordKey> &keys);

    // Shows only the organizations OrganizationMatcher(text, sector) accepts.
    void setFilter(const QString &text, std::optional<Sector> sector);
    const OrganizationFilter &filter() const { return m_filter; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Organizations held, shown or not.
    int totalCount() const { return m_liveCount; }
    Id idAt(int row) const;
    // The row showing the organization, or -1.
    int rowOf(Id id) const;

private:
    struct Row
    {
        explicit Row(const QCollatorSortKey &key)
            : nameKey(key)
            , columnKey(key)
        { }

        Id id = 0;
        QString name;
        Sector sector = Sector::Other;
        QString contact;
        QString coalitions; // names joined for display
        QDateTime updatedAt;
        qint64 updatedMs = 0; // for sorting
        QString searchText; // OrganizationFilter::searchText
        QCollatorSortKey nameKey;
        QCollatorSortKey columnKey; // key of the sorted column, when it is text
        bool alive = true;
    };

    Row makeRow(const Organization &organization) const;
    void setColumnKey(Row &row) const;
    QString coalitionText(Id id) const;
    bool less(int a, int b) const;
    bool accepts(int row, const Organization *record) const;
    void insertSorted(std::vector<int> &rows, int row) const;
    int visiblePosition(int row) const;
    void mergeIntoVisible(const std::vector<int> &sortedNew);
    // Puts a changed row where the sort order and the filter now want it.
    void place(int row, bool passes);
    void removeRow(int row);
    void addRow(const Organization &organization);
    void refreshCoalitions();

    Workspace &m_workspace;
    QCollator m_collator;
    QLocale m_locale;
    std::vector<Row> m_rows; // in arrival order; removed rows stay, not alive
    QHash<Id, int> m_rowOfId; // live rows only
    std::vector<int> m_order; // every live row, in sort order
    std::vector<int> m_visible; // the rows that pass the filter, in sort order
    std::vector<char> m_passes; // per row: passes the current filter
    QHash<Id, QStringList> m_coalitionNames;
    OrganizationFilter m_filter;
    QSet<Id> m_coreMatches; // when the filter needs records (see OrganizationFilter)
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_liveCount = 0;
};

} // namespace Coalition::Ui
