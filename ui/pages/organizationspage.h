// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/registrypage.h"

QT_BEGIN_NAMESPACE
class QComboBox;
QT_END_NAMESPACE

namespace Coalition::Ui {

class OrganizationDetails;
class OrganizationLoader;
class OrganizationTableModel;

// The registry of organizations: a table to search as you type and filter
// by sector, with the selected organization's people, memberships and
// history beside it, and the actions to add, edit and remove organizations.
// Large registries load in chunks: the first rows show at once, the rest
// arrive while the user can already work.
class OrganizationsPage final : public RegistryPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationsPage)

public:
    explicit OrganizationsPage(WorkspaceSession &session, QWidget *parent = nullptr);
    ~OrganizationsPage() override;

    QString pageId() const override;
    QString title() const override;
    QIcon icon() const override;
    bool isCoalitionScoped() const override { return false; }

    // Whether every organization of the registry is in the table.
    bool isFullyLoaded() const;
    // Loads what is left at once (instead of chunk by chunk in the background).
    void loadAllNow();

    OrganizationTableModel *model() const { return m_model; }
    QComboBox *sectorFilter() const { return m_sectorFilter; }
    OrganizationDetails *details() const { return m_details; }
    QAction *addOrganizationAction() const { return addRecordAction(); }
    QAction *editOrganizationAction() const { return editRecordAction(); }
    QAction *deleteOrganizationAction() const { return removeRecordAction(); }

    // The organization of the current row, 0 when there is none.
    Id currentOrganization() const { return currentRecord(); }
    void selectOrganization(Id id) { selectRecord(id); }

Q_SIGNALS:
    // Every organization of the registry is in the table now.
    void loadingFinished();

protected:
    RecordDetails *createDetails() override;
    void sizeColumns(QHeaderView *columns, int em) override;
    Id idAt(int row) const override;
    int rowOf(Id id) const override;
    Status applyChanges(const QList<RecordKey> &keys) override;
    void applyFilter() override;
    void resetFilter() override;
    void tableChanged() override;
    void addRecord() override;
    void editRecord() override;
    void removeRecord() override;

private:
    OrganizationTableModel *m_model;
    OrganizationLoader *m_loader;
    QComboBox *m_sectorFilter;
    OrganizationDetails *m_details = nullptr;
};

} // namespace Coalition::Ui
