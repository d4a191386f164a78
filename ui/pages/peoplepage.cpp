// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/peoplepage.h"

#include "dialogs/persondialog.h"
#include "models/leadingchoicesproxymodel.h"
#include "models/organizationchoicemodel.h"
#include "models/organizationsubsetmodel.h"
#include "models/persontablemodel.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"
#include "widgets/organizationcombobox.h"
#include "widgets/persondetails.h"
#include "widgets/registrycommon.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

PeoplePage::PeoplePage(WorkspaceSession &session, QWidget *parent)
    : RegistryPage(session, parent)
    , m_model(new PersonTableModel(session, this))
    , m_organizationFilter(new OrganizationComboBox(this))
    , m_filterChoices(new LeadingChoicesProxyModel(this))
{
    setObjectName(u"peoplePage"_s);
    m_organizationFilter->setObjectName(u"organizationFilter"_s);
    m_organizationFilter->setAccessibleName(tr("Organization shown"));
    m_organizationFilter->setToolTip(tr("Show the people of one organization only; type part "
                                        "of its name to find it"));
    m_organizationFilter->setMinimumContentsLength(16);
    m_organizationFilter->setRevertsUnknownText(true);
    m_filterChoices->addChoice(tr("All organizations"), PersonTableModel::AnyOrganization);
    m_filterChoices->addChoice(tr("No organization"), PersonTableModel::NoOrganization,
                               tr("The people who speak for no organization"));
    connect(m_organizationFilter, &QComboBox::currentIndexChanged, this, &PeoplePage::applyFilter);
    auto *filterLabel = new QLabel(tr("Organi&zation:"), this);
    filterLabel->setBuddy(m_organizationFilter);

    Setup setup;
    setup.listName = u"people"_s;
    setup.recordName = u"Person"_s;
    setup.tableName = tr("People");
    setup.addToolTip = tr("Add a person to the registry (Ctrl+Shift+N)");
    setup.editToolTip = tr("Change the selected person (Enter or Ctrl+E)");
    setup.removeToolTip = tr("Remove the selected person (Delete); Undo brings them back");
    setup.searchPlaceholder = tr("Search names, roles, e-mail and organizations");
    setup.searchName = tr("Search people");
    setup.searchToolTip = tr("Shows the people whose name, role, e-mail address or "
                             "organization contain what you type (Ctrl+F)");
    setup.detailsUnreadable = tr("The person's details could not be read.");
    setUpRegistry(m_model, setup, filterLabel, m_organizationFilter);
    currentChanged();
}

PeoplePage::~PeoplePage() = default;

RecordDetails *PeoplePage::createDetails()
{
    m_details = new PersonDetails(session().workspace(), this);
    return m_details;
}

void PeoplePage::sizeColumns(QHeaderView *columns, int em)
{
    columns->resizeSection(PersonTableModel::NameColumn, em * 12);
    columns->resizeSection(PersonTableModel::OrganizationColumn, em * 14);
    columns->resizeSection(PersonTableModel::RoleColumn, em * 11);
    columns->resizeSection(PersonTableModel::EmailColumn, em * 13);
    columns->resizeSection(PersonTableModel::PhoneColumn, em * 8);
}

Id PeoplePage::idAt(int row) const
{
    return m_model->idAt(row);
}

int PeoplePage::rowOf(Id id) const
{
    return m_model->rowOf(id);
}

bool PeoplePage::isTableLoaded() const
{
    return m_model->isLoaded();
}

Status PeoplePage::applyChanges(const QList<RecordKey> &keys)
{
    return m_model->applyChanges(keys);
}

QString PeoplePage::pageId() const
{
    return u"people"_s;
}

QString PeoplePage::title() const
{
    return tr("People");
}

QIcon PeoplePage::icon() const
{
    return QIcon(u":/coalition/icons/people.svg"_s);
}

void PeoplePage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    ensureLoaded();
}

void PeoplePage::ensureLoaded()
{
    if (m_model->isLoaded())
        return;
    if (Status status = m_model->load(); !status)
        showError(tr("The people could not be read."), status.error().message);
    setUpOrganizationFilter();
    tableChanged();
    if (m_model->rowCount() > 0)
        table()->selectRow(0);
}

QComboBox *PeoplePage::organizationFilter() const
{
    return m_organizationFilter;
}

void PeoplePage::setUpOrganizationFilter()
{
    if (m_organizationsWithPeople)
        return;
    // The organizations that have people, from the session's shared list:
    // nothing to read, and renames and removals arrive by themselves.
    OrganizationChoiceModel &organizations = session().organizationChoices();
    m_organizationsWithPeople
        = new OrganizationSubsetModel([this](Id id) { return m_model->hasPeople(id); }, this);
    m_organizationsWithPeople->setSourceModel(&organizations);
    m_filterChoices->setSourceModel(m_organizationsWithPeople);
    m_organizationFilter->setChoices({&organizations, m_filterChoices});
    if (!m_organizationFilter->setChosenId(m_model->organizationFilter()))
        m_organizationFilter->setCurrentIndex(0);
    connect(m_model, &PersonTableModel::organizationsWithPeopleChanged, m_organizationsWithPeople,
            &OrganizationSubsetModel::refilter);
}

void PeoplePage::applyFilter()
{
    // The current row, not a name being typed: that counts once chosen.
    const int row = m_organizationFilter->currentIndex();
    m_model->setFilter(
        searchField()->text(),
        row >= 0 ? m_organizationFilter->itemData(row, OrganizationChoiceModel::IdRole).toLongLong()
                 : PersonTableModel::AnyOrganization);
}

void PeoplePage::resetFilter()
{
    m_organizationFilter->setCurrentIndex(0);
}

void PeoplePage::tableChanged()
{
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    const bool filtered = !m_model->filterText().trimmed().isEmpty()
        || m_model->organizationFilter() != PersonTableModel::AnyOrganization;
    // English has no plural rule without a translation: the singular is its own text.
    QString text;
    if (filtered)
        text = (total == 1 ? tr("%1 of %Ln person", nullptr, total)
                           : tr("%1 of %Ln people", nullptr, total))
                   .arg(QLocale().toString(shown));
    else
        text = total == 1 ? tr("%Ln person", nullptr, total) : tr("%Ln people", nullptr, total);
    setCountText(text);
    if (shown > 0 || !m_model->isLoaded()) {
        showTable();
        return;
    }
    if (total == 0)
        showEmptyNotice(true, tr("No people yet"),
                        tr("Keep here the people you deal with: who speaks for each "
                           "organization, who represents it in a coalition."));
    else
        showEmptyNotice(false, tr("No one matches your search"),
                        tr("Search for part of a name, a role, an e-mail address or an "
                           "organization, or show every organization."));
}

void PeoplePage::addRecord()
{
    ensureLoaded();
    Person person;
    // Adding while one organization is shown: the new person is likely one of its.
    if (const Id shown = m_model->organizationFilter(); shown > 0)
        person.organizationId = shown;
    auto *dialog = new PersonDialog(session(), person, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmit([this](const Person &added) -> Status {
        auto created = session().perform(tr("Add person “%1”").arg(added.name), {},
                                         [added](Workspace &workspace) -> Result<QList<RecordKey>> {
                                             auto id = workspace.people().add(added);
                                             if (!id)
                                                 return id.error();
                                             return QList<RecordKey>{{RecordKind::Person, *id}};
                                         });
        return showCreated(created);
    });
    dialog->open();
}

void PeoplePage::editRecord()
{
    const Id id = currentRecord();
    if (id == 0)
        return;
    auto person = session().workspace().people().get(id);
    if (!person) {
        showError(tr("The person could not be read."), person.error().message);
        return;
    }
    auto *dialog = new PersonDialog(session(), *person, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Person before = *person;
    dialog->setSubmit([this, before](const Person &changed) -> Status {
        if (changed == before)
            return {};
        return performChange(
            tr("Edit person “%1”").arg(changed.name), {{RecordKind::Person, changed.id}},
            [changed](Workspace &workspace) { return workspace.people().update(changed); });
    });
    dialog->open();
}

void PeoplePage::removeRecord()
{
    const Id id = currentRecord();
    if (id == 0)
        return;
    Workspace &workspace = session().workspace();
    auto person = workspace.people().get(id);
    if (!person) {
        showError(tr("The person could not be read."), person.error().message);
        return;
    }
    auto represented = PersonDetails::represented(workspace, *person);
    if (!represented) {
        showError(tr("The person's memberships could not be read."), represented.error().message);
        return;
    }
    QStringList roles;
    for (const auto &[membership, role] : std::as_const(*represented)) {
        auto coalition = workspace.coalitions().get(membership.coalitionId);
        roles.append(tr("the %1 in %2").arg(role, coalition ? coalition->name : QString()));
    }
    QStringList consequences;
    if (!roles.isEmpty())
        consequences.append(tr("%1 is %2; those memberships lose that role.")
                                .arg(person->name, Registry::joinedList(roles)));
    if (!confirmRemoval(tr("Remove Person"), person->name, consequences))
        return;
    const Status done
        = performChange(tr("Remove person “%1”").arg(person->name), {{RecordKind::Person, id}},
                        [id](Workspace &w) { return w.people().remove(id); });
    if (!done)
        showError(tr("The person was not removed."), done.error().message);
}

} // namespace Coalition::Ui
