// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/registrypage.h"

#include "app/messagebox.h"
#include "session/workspacesession.h"
#include "widgets/emptylistnotice.h"
#include "widgets/messagebar.h"
#include "widgets/recorddetails.h"
#include "widgets/registrycommon.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

RegistryPage::RegistryPage(WorkspaceSession &session, QWidget *parent)
    : Page(session, parent)
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
{ }

RegistryPage::~RegistryPage() = default;

void RegistryPage::setUpRegistry(QAbstractItemModel *model, const Setup &setup, QLabel *filterLabel,
                                 QWidget *filter)
{
    m_model = model;
    m_detailsUnreadable = setup.detailsUnreadable;
    createActions(setup);
    setUpTable(model, setup);
    setUpSearch(setup);

    m_count = new QLabel(this);
    m_count->setObjectName(u"countLabel"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_tableStack = new QStackedWidget(this);
    m_notice = new EmptyListNotice(this);
    connect(m_notice, &EmptyListNotice::buttonClicked, this, [this] {
        if (m_noticeOffersAdd)
            addRecord();
        else
            clearFilter();
    });
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_notice);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_details = createDetails();
    m_splitter->setObjectName(setup.listName + u"Splitter"_s);
    m_splitter->addWidget(m_tableStack);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({660, 380});

    auto *bar = new QHBoxLayout;
    bar->addWidget(Registry::actionButton(m_addAction, this));
    bar->addWidget(Registry::actionButton(m_editAction, this));
    bar->addWidget(Registry::actionButton(m_removeAction, this));
    bar->addStretch(1);
    bar->addWidget(m_search, 2);
    bar->addWidget(filterLabel);
    bar->addWidget(filter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(messageBar());
    layout->addLayout(bar);
    layout->addWidget(m_count);
    layout->addWidget(m_splitter, 1);

    connect(&session(), &WorkspaceSession::recordsChanged, this, &RegistryPage::recordsChanged);
}

void RegistryPage::createActions(const Setup &setup)
{
    m_addAction = Registry::makeAction(
        this, u"list-add"_s, tr("&Add…"), u"add"_s + setup.recordName,
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_Insert)},
        Qt::WidgetWithChildrenShortcut, setup.addToolTip);
    connect(m_addAction, &QAction::triggered, this, &RegistryPage::addRecord);
    addAction(m_addAction);

    m_editAction = Registry::makeAction(
        this, u"document-edit"_s, tr("Ed&it…"), u"edit"_s + setup.recordName,
        {QKeySequence(Qt::CTRL | Qt::Key_E)}, Qt::WidgetWithChildrenShortcut, setup.editToolTip);
    connect(m_editAction, &QAction::triggered, this, &RegistryPage::editRecord);
    addAction(m_editAction);

    // Only in the table: Delete in the search field deletes text.
    m_removeAction = Registry::makeAction(
        this, u"edit-delete"_s, tr("&Remove…"), u"delete"_s + setup.recordName,
        {QKeySequence(QKeySequence::Delete)}, Qt::WidgetShortcut, setup.removeToolTip);
    connect(m_removeAction, &QAction::triggered, this, &RegistryPage::removeRecord);
    m_table->addAction(m_removeAction);
}

void RegistryPage::setUpTable(QAbstractItemModel *model, const Setup &setup)
{
    m_table->setModel(model);
    Registry::setUpTable(m_table, setup.listName + u"Table"_s, setup.tableName);
    sizeColumns(m_table->horizontalHeader(), m_table->fontMetrics().horizontalAdvance(u'M'));

    connect(m_table, &QTableView::activated, this, &RegistryPage::editRecord);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RegistryPage::currentChanged);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_idBeforeReset = currentRecord(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        // Keeps the selection through a new search, without scrolling to it.
        if (const int row = m_idBeforeReset ? rowOf(m_idBeforeReset) : -1; row >= 0)
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                       QItemSelectionModel::ClearAndSelect
                                                           | QItemSelectionModel::Rows);
        currentChanged();
        tableChanged();
    });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &RegistryPage::tableChanged);
}

void RegistryPage::setUpSearch(const Setup &setup)
{
    m_search->setObjectName(u"search"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(setup.searchPlaceholder);
    m_search->setAccessibleName(setup.searchName);
    m_search->setToolTip(setup.searchToolTip);
    m_search->setMinimumWidth(160);
    connect(m_search, &QLineEdit::textChanged, this, &RegistryPage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_table->setFocus(Qt::OtherFocusReason);
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->selectRow(0);
    });
}

QLineEdit *RegistryPage::searchField() const
{
    return m_search;
}

Id RegistryPage::currentRecord() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? idAt(current.row()) : 0;
}

void RegistryPage::selectRecord(Id id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void RegistryPage::setCountText(const QString &text)
{
    m_count->setText(text);
}

void RegistryPage::showTable()
{
    m_tableStack->setCurrentWidget(m_table);
}

void RegistryPage::showEmptyNotice(bool registryEmpty, const QString &title, const QString &hint)
{
    m_noticeOffersAdd = registryEmpty;
    m_notice->setMessage(title, hint, registryEmpty ? tr("Add o&ne…") : tr("&Clear the search"));
    m_tableStack->setCurrentWidget(m_notice);
}

void RegistryPage::clearFilter()
{
    const QSignalBlocker blocker(m_search);
    m_search->clear();
    resetFilter(); // filters again
    applyFilter();
}

void RegistryPage::currentChanged()
{
    const Id id = currentRecord();
    m_editAction->setEnabled(id != 0);
    m_removeAction->setEnabled(id != 0);
    if (id == m_details->recordId())
        return;
    if (Status status = m_details->showRecord(id); !status)
        showError(m_detailsUnreadable, status.error().message);
}

void RegistryPage::recordsChanged(const QList<RecordKey> &keys)
{
    if (!isTableLoaded())
        return; // read fresh when first shown
    if (Status status = applyChanges(keys); !status)
        showError(tr("The table could not be brought up to date."), status.error().message);
    tableChanged();
    if (m_details->recordId() != currentRecord()) {
        currentChanged();
    } else if (Status status = m_details->refresh(); !status) {
        showError(m_detailsUnreadable, status.error().message);
    }
}

void RegistryPage::showError(const QString &context, const QString &message)
{
    messageBar()->showMessage(tr("%1 %2").arg(context, message), MessageBar::Kind::Error);
}

Status RegistryPage::showCreated(const Result<QList<RecordKey>> &created)
{
    if (!created)
        return created.error();
    if (!created->isEmpty()) {
        // A new record the search hides would seem lost: show it.
        if (rowOf(created->constFirst().id) < 0)
            clearFilter();
        selectRecord(created->constFirst().id);
    }
    return {};
}

Status RegistryPage::performChange(const QString &text, const QList<RecordKey> &keys,
                                   const std::function<Status(Workspace &)> &change)
{
    auto done = session().perform(text, keys, [change](Workspace &w) -> Result<QList<RecordKey>> {
        if (Status status = change(w); !status)
            return status.error();
        return QList<RecordKey>{};
    });
    return done ? Status() : Status(done.error());
}

bool RegistryPage::confirmRemoval(const QString &title, const QString &name,
                                  QStringList consequences)
{
    consequences.append(tr("Edit ▸ Undo brings everything back."));
    return MessageBox::confirm(this, title, tr("Remove “%1” from the registry?").arg(name),
                               tr("&Remove"), consequences.join(u' '));
}

} // namespace Coalition::Ui
