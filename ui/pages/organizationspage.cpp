// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/organizationspage.h"

#include "dialogs/organizationdialog.h"
#include "models/organizationloader.h"
#include "models/organizationtablemodel.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"
#include "widgets/organizationdetails.h"
#include "widgets/registrycommon.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

OrganizationsPage::OrganizationsPage(WorkspaceSession &session, QWidget *parent)
    : RegistryPage(session, parent)
    , m_model(new OrganizationTableModel(session.workspace(), this))
    , m_loader(new OrganizationLoader(session.workspace(), *m_model, this))
    , m_sectorFilter(new QComboBox(this))
{
    setObjectName(u"organizationsPage"_s);
    m_sectorFilter->setObjectName(u"sectorFilter"_s);
    m_sectorFilter->setAccessibleName(tr("Sector shown"));
    m_sectorFilter->setToolTip(tr("Show the organizations of one sector only"));
    m_sectorFilter->addItem(tr("All sectors"), -1);
    for (const auto &entry : enumEntries<Sector>())
        m_sectorFilter->addItem(enumLabel(entry.value), static_cast<int>(entry.value));
    connect(m_sectorFilter, &QComboBox::currentIndexChanged, this, &OrganizationsPage::applyFilter);
    auto *sectorLabel = new QLabel(tr("Sec&tor:"), this);
    sectorLabel->setBuddy(m_sectorFilter);

    Setup setup;
    setup.listName = u"organizations"_s;
    setup.recordName = u"Organization"_s;
    setup.tableName = tr("Organizations");
    setup.addToolTip = tr("Add an organization to the registry (Ctrl+Shift+N)");
    setup.editToolTip = tr("Change the selected organization (Enter or Ctrl+E)");
    setup.removeToolTip = tr("Remove the selected organization and its memberships (Delete); "
                             "Undo brings them back");
    setup.searchPlaceholder = tr("Search names, sectors, tags and missions");
    setup.searchName = tr("Search organizations");
    setup.searchToolTip = tr("Shows the organizations whose name, sector, tags or mission "
                             "contain what you type (Ctrl+F)");
    setup.detailsUnreadable = tr("The organization's details could not be read.");
    setUpRegistry(m_model, setup, sectorLabel, m_sectorFilter);

    connect(m_loader, &OrganizationLoader::finished, this, [this] {
        tableChanged();
        Q_EMIT loadingFinished();
    });
    connect(m_loader, &OrganizationLoader::failed, this, [this](const QString &message) {
        showError(tr("Not every organization could be read."), message);
    });

    if (Status status = m_loader->loadFirst(); !status)
        showError(tr("The organizations could not be read."), status.error().message);
    m_loader->continueInBackground();
    tableChanged();
    // The details beside the table show something from the start.
    if (m_model->rowCount() > 0)
        table()->selectRow(0);
}

OrganizationsPage::~OrganizationsPage() = default;

RecordDetails *OrganizationsPage::createDetails()
{
    m_details = new OrganizationDetails(session().workspace(), this);
    return m_details;
}

void OrganizationsPage::sizeColumns(QHeaderView *columns, int em)
{
    columns->resizeSection(OrganizationTableModel::NameColumn, em * 17);
    columns->resizeSection(OrganizationTableModel::SectorColumn, em * 9);
    columns->resizeSection(OrganizationTableModel::CoalitionsColumn, em * 14);
    columns->resizeSection(OrganizationTableModel::ContactColumn, em * 13);
}

Id OrganizationsPage::idAt(int row) const
{
    return m_model->idAt(row);
}

int OrganizationsPage::rowOf(Id id) const
{
    return m_model->rowOf(id);
}

Status OrganizationsPage::applyChanges(const QList<RecordKey> &keys)
{
    return m_model->applyChanges(keys);
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

bool OrganizationsPage::isFullyLoaded() const
{
    return m_loader->isFinished();
}

void OrganizationsPage::loadAllNow()
{
    if (Status status = m_loader->loadAll(); !status)
        showError(tr("Not every organization could be read."), status.error().message);
}

void OrganizationsPage::applyFilter()
{
    const int sector = m_sectorFilter->currentData().toInt();
    m_model->setFilter(searchField()->text(),
                       sector < 0 ? std::nullopt : std::optional(static_cast<Sector>(sector)));
    tableChanged(); // the count and the empty notice say what was searched
}

void OrganizationsPage::resetFilter()
{
    m_sectorFilter->setCurrentIndex(0);
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
    setCountText(text);

    if (shown > 0) {
        showTable();
        return;
    }
    if (total == 0) {
        showEmptyNotice(true, tr("No organizations yet"),
                        tr("Organizations are the bodies that can join a coalition: "
                           "community groups, agencies, schools, faith groups, funders …"));
        return;
    }
    const QString searched = searchField()->text().trimmed();
    showEmptyNotice(false,
                    searched.isEmpty() ? tr("No organization in this sector")
                                       : tr("No organization matches “%1”").arg(searched),
                    tr("Search for part of a name, a tag or a word of the mission, or show every "
                       "sector."));
}

void OrganizationsPage::addRecord()
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
        return showCreated(created);
    });
    dialog->open();
}

void OrganizationsPage::editRecord()
{
    const Id id = currentRecord();
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
        return performChange(
            tr("Edit organization “%1”").arg(changed.name),
            {{RecordKind::Organization, changed.id}},
            [changed](Workspace &workspace) { return workspace.organizations().update(changed); });
    });
    dialog->open();
}

void OrganizationsPage::removeRecord()
{
    const Id id = currentRecord();
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
    if (!confirmRemoval(tr("Remove Organization"), name, consequences))
        return;
    const Status done
        = performChange(tr("Remove organization “%1”").arg(name), {{RecordKind::Organization, id}},
                        [id](Workspace &w) {
                            return w.organizations().remove(
                                id, OrganizationRepository::RemovePolicy::CascadeMemberships);
                        });
    if (!done)
        showError(tr("The organization was not removed."), done.error().message);
}

} // namespace Coalition::Ui
