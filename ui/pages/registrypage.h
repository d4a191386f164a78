// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "pages/page.h"
#include "result.h"
#include "storage/recordstates.h"

#include <functional>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QAction;
class QHeaderView;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;
QT_END_NAMESPACE

namespace Coalition {
class Workspace;
}

namespace Coalition::Ui {

class EmptyListNotice;
class RecordDetails;

// What the Organizations and People pages share: a table of records to
// search and filter, a count above it (or a notice when it is empty), the
// selected record's details beside it, and the actions to add, edit and
// remove records. A page gives its model, filter, details and dialogs.
class RegistryPage : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryPage)

public:
    ~RegistryPage() override;

    QLineEdit *searchField() const override;

    QTableView *table() const { return m_table; }
    QLabel *countLabel() const { return m_count; }
    EmptyListNotice *emptyNotice() const { return m_notice; }

    // The record of the current row, 0 when there is none.
    Id currentRecord() const;
    void selectRecord(Id id);

protected:
    // The words and names that differ between the pages (translated there).
    struct Setup
    {
        QString listName; // "organizations": organizationsTable, organizationsSplitter
        QString recordName; // "Organization": addOrganization, editOrganization ...
        QString tableName;
        QString addToolTip;
        QString editToolTip;
        QString removeToolTip;
        QString searchPlaceholder;
        QString searchName;
        QString searchToolTip;
        QString detailsUnreadable;
    };

    explicit RegistryPage(WorkspaceSession &session, QWidget *parent = nullptr);

    // Builds the page around the model; called once by the page's constructor,
    // after it has made its filter (which comes after the search field).
    void setUpRegistry(QAbstractItemModel *model, const Setup &setup, QLabel *filterLabel,
                       QWidget *filter);

    QAction *addRecordAction() const { return m_addAction; }
    QAction *editRecordAction() const { return m_editAction; }
    QAction *removeRecordAction() const { return m_removeAction; }

    // The details widget beside the table (made while the page is built).
    virtual RecordDetails *createDetails() = 0;
    // Column widths, in widths of "M".
    virtual void sizeColumns(QHeaderView *columns, int em) = 0;
    // The page's table model, in the terms this class needs.
    virtual Id idAt(int row) const = 0;
    virtual int rowOf(Id id) const = 0;
    virtual bool isTableLoaded() const { return true; }
    virtual Status applyChanges(const QList<RecordKey> &keys) = 0;
    // Filters the model with the search text and the page's own filter.
    virtual void applyFilter() = 0;
    // Puts the page's own filter back to everything.
    virtual void resetFilter() = 0;
    // Brings the count and the empty notice up to date.
    virtual void tableChanged() = 0;
    virtual void addRecord() = 0;
    virtual void editRecord() = 0;
    virtual void removeRecord() = 0;

    // For tableChanged().
    void setCountText(const QString &text);
    void showTable();
    // The notice offers to add one when the registry is empty, and to clear
    // the search otherwise.
    void showEmptyNotice(bool registryEmpty, const QString &title, const QString &hint);

    void clearFilter();
    void currentChanged();
    void showError(const QString &context, const QString &message);
    // After an add: selects the new record, clearing a search that hides it.
    Status showCreated(const Result<QList<RecordKey>> &created);
    // A change through the session's undo stack that names no new record.
    Status performChange(const QString &text, const QList<RecordKey> &keys,
                         const std::function<Status(Workspace &)> &change);
    // Asks before removing `name`; the consequences come first, Undo last.
    bool confirmRemoval(const QString &title, const QString &name, QStringList consequences);

private:
    void createActions(const Setup &setup);
    void setUpTable(QAbstractItemModel *model, const Setup &setup);
    void setUpSearch(const Setup &setup);
    void recordsChanged(const QList<RecordKey> &keys);

    QTableView *m_table;
    QLineEdit *m_search;
    QAbstractItemModel *m_model = nullptr;
    QLabel *m_count = nullptr;
    QStackedWidget *m_tableStack = nullptr;
    EmptyListNotice *m_notice = nullptr;
    RecordDetails *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_removeAction = nullptr;
    QString m_detailsUnreadable;
    bool m_noticeOffersAdd = false;
    Id m_idBeforeReset = 0;
};

} // namespace Coalition::Ui
