// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "pages/page.h"
#include "storage/recordstates.h"

QT_BEGIN_NAMESPACE
class QAction;
class QComboBox;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;
QT_END_NAMESPACE

namespace Coalition::Ui {

class EmptyListNotice;
class OrganizationDetails;
class OrganizationLoader;
class OrganizationTableModel;

// The registry of organizations: a table to search as you type and filter
// by sector, with the selected organization's people, memberships and
// history beside it, and the actions to add, edit and remove organizations.
// Large registries load in chunks: the first rows show at once, the rest
// arrive while the user can already work.
class OrganizationsPage final : public Page
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
    QLineEdit *searchField() const override;

    // Whether every organization of the registry is in the table.
    bool isFullyLoaded() const;
    // Loads what is left at once (instead of chunk by chunk in the background).
    void loadAllNow();

    OrganizationTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *sectorFilter() const { return m_sectorFilter; }
    QLabel *countLabel() const { return m_count; }
    OrganizationDetails *details() const { return m_details; }
    EmptyListNotice *emptyNotice() const { return m_notice; }
    QAction *addOrganizationAction() const { return m_addAction; }
    QAction *editOrganizationAction() const { return m_editAction; }
    QAction *deleteOrganizationAction() const { return m_deleteAction; }

    // The organization of the current row, 0 when there is none.
    Id currentOrganization() const;
    void selectOrganization(Id id);

public Q_SLOTS:
    void addOrganization();
    void editOrganization();
    void deleteOrganization();

Q_SIGNALS:
    // Every organization of the registry is in the table now.
    void loadingFinished();

private:
    void createActions();
    void setUpTable();
    void applyFilter();
    void clearFilter();
    void recordsChanged(const QList<RecordKey> &keys);
    void currentChanged();
    void tableChanged();
    void showError(const QString &context, const QString &message);

    OrganizationTableModel *m_model;
    OrganizationLoader *m_loader;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_sectorFilter;
    QLabel *m_count;
    QStackedWidget *m_tableStack;
    EmptyListNotice *m_notice;
    OrganizationDetails *m_details;
    QSplitter *m_splitter;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    Id m_idBeforeReset = 0;
};

} // namespace Coalition::Ui
