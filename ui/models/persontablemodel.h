// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/matchers.h"
#include "result.h"
#include "storage/recordstates.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QHash>
#include <QLocale>

#include <optional>

namespace Coalition::Ui {

class OrganizationChoiceModel;
class WorkspaceSession;

// The people of the registry as a table, with the name of each one's
// organization (from the session's shared list of organization names),
// filtered with PersonMatcher and by organization. Changed records are read
// again one by one (applyChanges), never the whole table.
class PersonTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonTableModel)

public:
    enum Column {
        NameColumn,
        OrganizationColumn,
        RoleColumn,
        EmailColumn,
        PhoneColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // Id of the person
        OrganizationIdRole, // Id of the organization, 0 for none
    };
    // The organization filter: everyone, or people without an organization
    // (NoOrganization), or the people of one organization (its id).
    static constexpr Id AnyOrganization = -1;
    static constexpr Id NoOrganization = 0;

    explicit PersonTableModel(WorkspaceSession &session, QObject *parent = nullptr);
    ~PersonTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Reads every person; their organizations' names come from the
    // session's list of organizations (read then if no one has yet).
    Status load();
    bool isLoaded() const { return m_loaded; }
    // Reads again the people among `keys`, takes the names of organizations
    // among them from the session's list, and updates those rows only.
    Status applyChanges(const QList<RecordKey> &keys);

    void setFilter(const QString &text, Id organization = AnyOrganization);
    QString filterText() const { return m_filterText; }
    Id organizationFilter() const { return m_organizationFilter; }

    int totalCount() const { return static_cast<int>(m_people.size()); }
    Id idAt(int row) const;
    int rowOf(Id id) const; // -1 when not shown
    // Whether anyone belongs to the organization (for the filter's choices).
    bool hasPeople(Id organization) const { return m_peopleOf.contains(organization); }

Q_SIGNALS:
    // An organization got its first person or lost its last one.
    void organizationsWithPeopleChanged();

private:
    struct Row
    {
        Person person;
        QString organization; // its name
    };

    QString organizationName(const std::optional<Id> &id) const;
    void countPerson(const std::optional<Id> &organization, int change);
    QString sortText(const Row &row) const;
    bool less(Id a, Id b) const;
    bool accepts(const Row &row) const;
    void place(Id id, bool wasShown);
    QList<Id> visibleRows() const;

    WorkspaceSession &m_session;
    const OrganizationChoiceModel *m_organizations = nullptr; // the session's, once loaded
    QCollator m_collator;
    QLocale m_locale;
    QHash<Id, Row> m_people;
    QHash<Id, int> m_peopleOf; // organizations with people, and how many
    bool m_organizationsWithPeopleChanged = false;
    QList<Id> m_visible;
    QString m_filterText;
    PersonMatcher m_matcher;
    Id m_organizationFilter = AnyOrganization;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_loaded = false;
};

} // namespace Coalition::Ui
