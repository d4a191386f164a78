// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/organizationspage.h"

#include "app/messagebox.h"
#include "dialogs/organizationdialog.h"
#include "models/organizationloader.h"
#include "models/organizationtablemodel.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"
#include "widgets/emptylistnotice.h"
#include "widgets/messagebar.h"
#include "widgets/organizationdetails.h"
#include "widgets/registrycommon.h"

#include <QAction>
#include <QComboBox>
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

OrganizationsPage::OrganizationsPage(WorkspaceSession &session, QWidget *parent)
    : Page(session, parent)
    , m_model(new OrganizationTableModel(session.workspace(), this))
    , m_loader(new OrganizationLoader(session.workspace(), *m_model, this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_sectorFilter(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_tableStack(new QStackedWidget(this))
    , m_notice(new EmptyListNotice(this))
    , m_details(new OrganizationDetails(session.workspace(), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(u"organizationsPage"_s);
    createActions();
    setUpTable();

    m_search->setObjectName(u"search"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search names, sectors, tags and missions"));
    m_search->setAccessibleName(tr("Search organizations"));
    m_search->setToolTip(tr("Shows the organizations whose name, sector, tags or mission "
                            "contain what you type (Ctrl+F)"));
    m_search->setMinimumWidth(160);
    connect(m_search, &QLineEdit::textChanged, this, &OrganizationsPage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_table->setFocus(Qt::OtherFocusReason);
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->selectRow(0);
    });

    m_sectorFilter->setObjectName(u"sectorFilter"_s);
    m_sectorFilter->setAccessibleName(tr("Sector shown"));
    m_sectorFilter->setToolTip(tr("Show the organizations of one sector only"));
    m_sectorFilter->addItem(tr("All sectors"), -1);
    for (const auto &entry : enumEntries<Sector>())
        m_sectorFilter->addItem(enumLabel(entry.value), static_cast<int>(entry.value));
    connect(m_sectorFilter, &QComboBox::currentIndexChanged, this, &OrganizationsPage::applyFilter);
    auto *sectorLabel = new QLabel(tr("Sec&tor:"), this);
    sectorLabel->setBuddy(m_sectorFilter);

    m_count->setObjectName(u"countLabel"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    connect(m_notice, &EmptyListNotice::buttonClicked, this, [this] {
        if (m_model->totalCount() == 0)
            addOrganization();
        else
            clearFilter();
    });
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_notice);

    m_splitter->setObjectName(u"organizationsSplitter"_s);
    m_splitter->addWidget(m_tableStack);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({660, 380});

    auto *bar = new QHBoxLayout;
    bar->addWidget(Registry::actionButton(m_addAction, this));
    bar->addWidget(Registry::actionButton(m_editAction, this));
    bar->addWidget(Registry::actionButton(m_deleteAction, this));
    bar->addStretch(1);
    bar->addWidget(m_search, 2);
    bar->addWidget(sectorLabel);
    bar->addWidget(m_sectorFilter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(messageBar());
    layout->addLayout(bar);
    layout->addWidget(m_count);
    layout->addWidget(m_splitter, 1);

    connect(m_loader, &OrganizationLoader::finished, this, [this] {
        tableChanged();
        Q_EMIT loadingFinished();
    });
    connect(m_loader, &OrganizationLoader::failed, this, [this](const QString &message) {
        showError(tr("Not every organization could be read."), message);
    });
    connect(&session, &WorkspaceSession::recordsChanged, this, &OrganizationsPage::recordsChanged);

    if (Status status = m_loader->loadFirst(); !status)
        showError(tr("The organizations could not be read."), status.error().message);
    m_loader->continueInBackground();
    tableChanged();
    // The details beside the table show something from the start.
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

OrganizationsPage::~OrganizationsPage() = default;

void OrganizationsPage::createActions()
{
    m_addAction = Registry::makeAction(
        this, u"list-add"_s, tr("&Add…"), u"addOrganization"_s,
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_Insert)},
        Qt::WidgetWithChildrenShortcut, tr("Add an organization to the registry (Ctrl+Shift+N)"));
    connect(m_addAction, &QAction::triggered, this, &OrganizationsPage::addOrganization);
    addAction(m_addAction);

    m_editAction
        = Registry::makeAction(this, u"document-edit"_s, tr("Ed&it…"), u"editOrganization"_s,
                               {QKeySequence(Qt::CTRL | Qt::Key_E)}, Qt::WidgetWithChildrenShortcut,
                               tr("Change the selected organization (Enter or Ctrl+E)"));
    connect(m_editAction, &QAction::triggered, this, &OrganizationsPage::editOrganization);
    addAction(m_editAction);

    // Only in the table: Delete in the search field deletes text.
    m_deleteAction = Registry::makeAction(
        this, u"edit-delete"_s, tr("&Remove…"), u"deleteOrganization"_s,
        {QKeySequence(QKeySequence::Delete)}, Qt::WidgetShortcut,
        tr("Remove the selected organization and its memberships (Delete); Undo brings them "
           "back"));
    connect(m_deleteAction, &QAction::triggered, this, &OrganizationsPage::deleteOrganization);
    m_table->addAction(m_deleteAction);
}

void OrganizationsPage::setUpTable()
{
    m_table->setModel(m_model);
    Registry::setUpTable(m_table, u"organizationsTable"_s, tr("Organizations"));
    QHeaderView *columns = m_table->horizontalHeader();
    const int em = m_table->fontMetrics().horizontalAdvance(u'M');
    columns->resizeSection(OrganizationTableModel::NameColumn, em * 17);
    columns->resizeSection(OrganizationTableModel::SectorColumn, em * 9);
    columns->resizeSection(OrganizationTableModel::CoalitionsColumn, em * 14);
    columns->resizeSection(OrganizationTableModel::ContactColumn, em * 13);

    connect(m_table, &QTableView::activated, this, &OrganizationsPage::editOrganization);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrganizationsPage::currentChanged);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_idBeforeReset = currentOrganization(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Keeps the selection through a new search, without scrolling to it.
        if (const int row = m_idBeforeReset ? m_model->rowOf(m_idBeforeReset) : -1; row >= 0)
            m_table->selectionModel()->setCurrentIndex(
                m_model->index(row, OrganizationTableModel::NameColumn),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        currentChanged();
        tableChanged();
    });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &OrganizationsPage::tableChanged);
}

QString OrganizationsPage::pageId() const
{
    return u"organizations"_s;
}

QString OrganizationsPage::title() const
{
    return tr("Organizations");
}

QIcon OrganizationsPage::icon() const
{
    return QIcon(u":/coalition/icons/organizations.svg"_s);
}

QLineEdit *OrganizationsPage::searchField() const
{
    return m_search;
}

bool OrganizationsPage::isFullyLoaded() const
{
    return m_loader->isFinished();
}

void OrganizationsPage::loadAllNow()
{
    if (Status status = m_loader->loadAll(); !status)
        showError(tr("Not every organization could be read."), status.error().message);
}

Id OrganizationsPage::currentOrganization() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void OrganizationsPage::selectOrganization(Id id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, OrganizationTableModel::NameColumn);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void OrganizationsPage::applyFilter()
{
    const int sector = m_sectorFilter->currentData().toInt();
    m_model->setFilter(m_search->text(),
                       sector < 0 ? std::nullopt : std::optional(static_cast<Sector>(sector)));
    tableChanged(); // the count and the empty notice say what was searched
}

void OrganizationsPage::clearFilter()
{
    const QSignalBlocker blocker(m_search);
    m_search->clear();
    m_sectorFilter->setCurrentIndex(0); // filters again
    applyFilter();
}

void OrganizationsPage::currentChanged()
{
    const Id id = currentOrganization();
    m_editAction->setEnabled(id != 0);
    m_deleteAction->setEnabled(id != 0);
    if (id == m_details->organizationId())
        return;
    if (Status status = m_details->showOrganization(id); !status)
        showError(tr("The organization's details could not be read."), status.error().message);
}

void OrganizationsPage::tableChanged()
{
    const QLocale locale;
    const int shown = m_model->rowCount();
    const int total = m_loader->isFinished()
        ? m_model->totalCount()
        : std::max(m_model->totalCount(), m_loader->expectedCount());
    // English has no plural rule without a translation: the singular is its own text.
    QString text;
    if (m_model->filter().isEmpty())
        text = total == 1 ? tr("%Ln organization", nullptr, total)
                          : tr("%Ln organizations", nullptr, total);
    else
        text = (total == 1 ? tr("%1 of %Ln organization", nullptr, total)
                           : tr("%1 of %Ln organizations", nullptr, total))
                   .arg(locale.toString(shown));
    if (!m_loader->isFinished())
        text = tr("%1 — loading…").arg(text);
    m_count->setText(text);

    if (shown > 0) {
        m_tableStack->setCurrentWidget(m_table);
        return;
    }
    if (total == 0) {
        m_notice->setMessage(tr("No organizations yet"),
                             tr("Organizations are the bodies that can join a coalition: "
                                "community groups, agencies, schools, faith groups, funders …"),
                             tr("Add o&ne…"));
    } else {
        const QString searched = m_search->text().trimmed();
        m_notice->setMessage(
            searched.isEmpty() ? tr("No organization in this sector")
                               : tr("No organization matches “%1”").arg(searched),
            tr("Search for part of a name, a tag or a word of the mission, or show every "
               "sector."),
            tr("&Clear the search"));
    }
    m_tableStack->setCurrentWidget(m_notice);
}

void OrganizationsPage::recordsChanged(const QList<RecordKey> &keys)
{
    if (Status status = m_model->applyChanges(keys); !status)
        showError(tr("The table could not be brought up to date."), status.error().message);
    tableChanged();
    if (m_details->organizationId() != currentOrganization()) {
        currentChanged();
    } else if (Status status = m_details->refresh(); !status) {
        showError(tr("The organization's details could not be read."), status.error().message);
    }
}

void OrganizationsPage::showError(const QString &context, const QString &message)
{
    messageBar()->showMessage(tr("%1 %2").arg(context, message), MessageBar::Kind::Error);
}

void OrganizationsPage::addOrganization()
{
    auto *dialog = new OrganizationDialog(session().workspace(), Organization{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmit([this](const Organization &organization) -> Status {
        auto created
            = session().perform(tr("Add organization “%1”").arg(organization.name), {},
                                [organization](Workspace &workspace) -> Result<QList<RecordKey>> {
                                    auto id = workspace.organizations().add(organization);
                                    if (!id)
                                        return id.error();
                                    return QList<RecordKey>{{RecordKind::Organization, *id}};
                                });
        if (!created)
            return created.error();
        if (!created->isEmpty()) {
            // A new organization the search hides would seem lost: show it.
            if (m_model->rowOf(created->constFirst().id) < 0)
                clearFilter();
            selectOrganization(created->constFirst().id);
        }
        return {};
    });
    dialog->open();
}

void OrganizationsPage::editOrganization()
{
    const Id id = currentOrganization();
    if (id == 0)
        return;
    auto organization = session().workspace().organizations().get(id);
    if (!organization) {
        showError(tr("The organization could not be read."), organization.error().message);
        return;
    }
    auto *dialog = new OrganizationDialog(session().workspace(), *organization, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Organization before = *organization;
    dialog->setSubmit([this, before](const Organization &changed) -> Status {
        if (changed == before)
            return {};
        auto done = session().perform(
            tr("Edit organization “%1”").arg(changed.name),
            {{RecordKind::Organization, changed.id}},
            [changed](Workspace &workspace) -> Result<QList<RecordKey>> {
                if (Status status = workspace.organizations().update(changed); !status)
                    return status.error();
                return QList<RecordKey>{};
            });
        return done ? Status() : Status(done.error());
    });
    dialog->open();
}

void OrganizationsPage::deleteOrganization()
{
    const Id id = currentOrganization();
    if (id == 0)
        return;
    Workspace &workspace = session().workspace();
    auto organization = workspace.organizations().get(id);
    auto coalitions = workspace.organizations().coalitionsOf(id);
    auto people = workspace.people().list(id);
    for (const Error *error : {&organization.error(), &coalitions.error(), &people.error()}) {
        if (!error->message.isEmpty()) {
            showError(tr("The organization could not be read."), error->message);
            return;
        }
    }
    const QString &name = organization->name;
    QStringList consequences;
    if (!coalitions->isEmpty())
        consequences.append(tr("%1 is a member of %2; those memberships will be removed too.")
                                .arg(name, Registry::joinedList(*coalitions)));
    if (!people->isEmpty())
        consequences.append(tr("Its people (%Ln) stay in the registry, without an organization.",
                               nullptr, static_cast<int>(people->size())));
    consequences.append(tr("Edit ▸ Undo brings everything back."));
    if (!MessageBox::confirm(this, tr("Remove Organization"),
                             tr("Remove “%1” from the registry?").arg(name), tr("&Remove"),
                             consequences.join(u' ')))
        return;
    auto done = session().perform(
        tr("Remove organization “%1”").arg(name), {{RecordKind::Organization, id}},
        [id](Workspace &w) -> Result<QList<RecordKey>> {
            if (Status status = w.organizations().remove(
                    id, OrganizationRepository::RemovePolicy::CascadeMemberships);
                !status)
                return status.error();
            return QList<RecordKey>{};
        });
    if (!done)
        showError(tr("The organization was not removed."), done.error().message);
}

} // namespace Coalition::Ui
