// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/registrypage.h"

QT_BEGIN_NAMESPACE
class QComboBox;
QT_END_NAMESPACE

namespace Coalition::Ui {

class LeadingChoicesProxyModel;
class OrganizationComboBox;
class OrganizationSubsetModel;
class PersonDetails;
class PersonTableModel;

// The people of the registry: a table to search and filter by organization,
// the selected person's details and the memberships they represent beside
// it, and the actions to add, edit and remove people. The people (and the
// session's list of organization names) are read when the page is first
// shown, not when the workspace opens.
class PeoplePage final : public RegistryPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeoplePage)

public:
    explicit PeoplePage(WorkspaceSession &session, QWidget *parent = nullptr);
    ~PeoplePage() override;

    QString pageId() const override;
    QString title() const override;
    QIcon icon() const override;
    bool isCoalitionScoped() const override { return false; }

    // Reads the people now if the page has not been shown yet.
    void ensureLoaded();

    PersonTableModel *model() const { return m_model; }
    QComboBox *organizationFilter() const;
    PersonDetails *details() const { return m_details; }
    QAction *addPersonAction() const { return addRecordAction(); }
    QAction *editPersonAction() const { return editRecordAction(); }
    QAction *deletePersonAction() const { return removeRecordAction(); }

    Id currentPerson() const { return currentRecord(); }
    void selectPerson(Id id) { selectRecord(id); }

protected:
    void showEvent(QShowEvent *event) override;
    RecordDetails *createDetails() override;
    void sizeColumns(QHeaderView *columns, int em) override;
    Id idAt(int row) const override;
    int rowOf(Id id) const override;
    bool isTableLoaded() const override;
    Status applyChanges(const QList<RecordKey> &keys) override;
    void applyFilter() override;
    void resetFilter() override;
    void tableChanged() override;
    void addRecord() override;
    void editRecord() override;
    void removeRecord() override;

private:
    void setUpOrganizationFilter();

    PersonTableModel *m_model;
    OrganizationComboBox *m_organizationFilter;
    LeadingChoicesProxyModel *m_filterChoices;
    OrganizationSubsetModel *m_organizationsWithPeople = nullptr;
    PersonDetails *m_details = nullptr;
};

} // namespace Coalition::Ui
