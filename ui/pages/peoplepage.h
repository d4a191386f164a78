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
class PeoplePage final : public Page
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
    QLineEdit *searchField() const override;

    // Reads the people now if the page has not been shown yet.
    void ensureLoaded();

    PersonTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *organizationFilter() const;
    QLabel *countLabel() const { return m_count; }
    PersonDetails *details() const { return m_details; }
    EmptyListNotice *emptyNotice() const { return m_notice; }
    QAction *addPersonAction() const { return m_addAction; }
    QAction *editPersonAction() const { return m_editAction; }
    QAction *deletePersonAction() const { return m_deleteAction; }

    Id currentPerson() const;
    void selectPerson(Id id);

public Q_SLOTS:
    void addPerson();
    void editPerson();
    void deletePerson();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void setUpTable();
    void applyFilter();
    void clearFilter();
    void setUpOrganizationFilter();
    void recordsChanged(const QList<RecordKey> &keys);
    void currentChanged();
    void tableChanged();
    void showError(const QString &context, const QString &message);

    PersonTableModel *m_model;
    QTableView *m_table;
    QLineEdit *m_search;
    OrganizationComboBox *m_organizationFilter;
    LeadingChoicesProxyModel *m_filterChoices;
    OrganizationSubsetModel *m_organizationsWithPeople = nullptr;
    QLabel *m_count;
    QStackedWidget *m_tableStack;
    EmptyListNotice *m_notice;
    PersonDetails *m_details;
    QSplitter *m_splitter;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    Id m_idBeforeReset = 0;
};

} // namespace Coalition::Ui
