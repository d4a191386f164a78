// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/action.h"
#include "domain/period.h"

#include <QAbstractTableModel>
#include <QDate>

namespace Coalition::Ui {

struct ActionData;

// The action groups of one coalition: name, convener, how many members and
// plans, and a flag when a progress report the group owes is missing. Fed
// from ActionData; rows that stayed are updated in place.
class ActionGroupListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionGroupListModel)

public:
    enum Column {
        NameColumn,
        ConvenerColumn,
        MembersColumn,
        PlansColumn,
        ReportsColumn,
        ColumnCount
    };

    enum Role {
        GroupIdRole = Qt::UserRole + 1, // Id of the row's group
        MissingReportsRole, // QStringList: the periods missing ("2026-10")
        ConfidentialRole, // bool
    };

    explicit ActionGroupListModel(QObject *parent = nullptr);

    // Shows the groups of `data`; confidential ones only when asked.
    void fill(const ActionData &source, const QDate &today, bool showConfidential);

    int rowOf(Id groupId) const;
    Id groupId(int row) const { return m_rows.at(row).group.id; }
    const ActionGroup &group(int row) const { return m_rows.at(row).group; }
    QList<ReportPeriod> missingReports(int row) const { return m_rows.at(row).missing; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Report for 2026-10 missing", or empty when none is.
    static QString missingText(const QList<ReportPeriod> &missing);

private:
    struct Row
    {
        ActionGroup group;
        QString convener;
        int plans = 0;
        QList<ReportPeriod> missing;

        bool operator==(const Row &) const = default;
    };

    QList<Row> m_rows;
};

} // namespace Coalition::Ui
