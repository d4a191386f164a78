// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/peoplepage.h"

#include "app/messagebox.h"
#include "dialogs/persondialog.h"
#include "models/leadingchoicesproxymodel.h"
#include "models/organizationchoicemodel.h"
#include "models/organizationsubsetmodel.h"
#include "models/persontablemodel.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"
#include "widgets/emptylistnotice.h"
#include "widgets/messagebar.h"
#include "widgets/organizationcombobox.h"
#include "widgets/persondetails.h"
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

PeoplePage::PeoplePage(WorkspaceSession &session, QWidget *parent)
    : Page(session, parent)
    , m_model(new PersonTableModel(session, this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_organizationFilter(new OrganizationComboBox(this))
    , m_filterChoices(new LeadingChoicesProxyModel(this))
    , m_count(new QLabel(this))
    , m_tableStack(new QStackedWidget(this))
    , m_notice(new EmptyListNotice(this))
    , m_details(new PersonDetails(session.workspace(), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(u"peoplePage"_s);
    createActions();
    setUpTable();

    m_search->setObjectName(u"search"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search names, roles, e-mail and organizations"));
    m_search->setAccessibleName(tr("Search people"));
    m_search->setToolTip(tr("Shows the people whose name, role, e-mail address or "
                            "organization contain what you type (Ctrl+F)"));
    m_search->setMinimumWidth(160);
    connect(m_search, &QLineEdit::textChanged, this, &PeoplePage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_table->setFocus(Qt::OtherFocusReason);
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->selectRow(0);
    });

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

    m_count->setObjectName(u"countLabel"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    connect(m_notice, &EmptyListNotice::buttonClicked, this, [this] {
        if (m_model->totalCount() == 0)
            addPerson();
        else
            clearFilter();
    });
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_notice);

    m_splitter->setObjectName(u"peopleSplitter"_s);
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
    bar->addWidget(filterLabel);
    bar->addWidget(m_organizationFilter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(messageBar());
    layout->addLayout(bar);
    layout->addWidget(m_count);
    layout->addWidget(m_splitter, 1);

    connect(&session, &WorkspaceSession::recordsChanged, this, &PeoplePage::recordsChanged);
    currentChanged();
}

PeoplePage::~PeoplePage() = default;

void PeoplePage::createActions()
{
    m_addAction = Registry::makeAction(
        this, u"list-add"_s, tr("&Add…"), u"addPerson"_s,
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_Insert)},
        Qt::WidgetWithChildrenShortcut, tr("Add a person to the registry (Ctrl+Shift+N)"));
    connect(m_addAction, &QAction::triggered, this, &PeoplePage::addPerson);
    addAction(m_addAction);

    m_editAction
        = Registry::makeAction(this, u"document-edit"_s, tr("Ed&it…"), u"editPerson"_s,
                               {QKeySequence(Qt::CTRL | Qt::Key_E)}, Qt::WidgetWithChildrenShortcut,
                               tr("Change the selected person (Enter or Ctrl+E)"));
    connect(m_editAction, &QAction::triggered, this, &PeoplePage::editPerson);
    addAction(m_editAction);

    // Only in the table: Delete in the search field deletes text.
    m_deleteAction
        = Registry::makeAction(this, u"edit-delete"_s, tr("&Remove…"), u"deletePerson"_s,
                               {QKeySequence(QKeySequence::Delete)}, Qt::WidgetShortcut,
                               tr("Remove the selected person (Delete); Undo brings them back"));
    connect(m_deleteAction, &QAction::triggered, this, &PeoplePage::deletePerson);
    m_table->addAction(m_deleteAction);
}

void PeoplePage::setUpTable()
{
    m_table->setModel(m_model);
    Registry::setUpTable(m_table, u"peopleTable"_s, tr("People"));
    QHeaderView *columns = m_table->horizontalHeader();
    const int em = m_table->fontMetrics().horizontalAdvance(u'M');
    columns->resizeSection(PersonTableModel::NameColumn, em * 12);
    columns->resizeSection(PersonTableModel::OrganizationColumn, em * 14);
    columns->resizeSection(PersonTableModel::RoleColumn, em * 11);
    columns->resizeSection(PersonTableModel::EmailColumn, em * 13);
    columns->resizeSection(PersonTableModel::PhoneColumn, em * 8);

    connect(m_table, &QTableView::activated, this, &PeoplePage::editPerson);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PeoplePage::currentChanged);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_idBeforeReset = currentPerson(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (const int row = m_idBeforeReset ? m_model->rowOf(m_idBeforeReset) : -1; row >= 0)
            m_table->selectionModel()->setCurrentIndex(
                m_model->index(row, PersonTableModel::NameColumn),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        currentChanged();
        tableChanged();
    });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &PeoplePage::tableChanged);
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

QLineEdit *PeoplePage::searchField() const
{
    return m_search;
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
        m_table->selectRow(0);
}

Id PeoplePage::currentPerson() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void PeoplePage::selectPerson(Id id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, PersonTableModel::NameColumn);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
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
        m_search->text(),
        row >= 0 ? m_organizationFilter->itemData(row, OrganizationChoiceModel::IdRole).toLongLong()
                 : PersonTableModel::AnyOrganization);
}

void PeoplePage::clearFilter()
{
    const QSignalBlocker blocker(m_search);
    m_search->clear();
    m_organizationFilter->setCurrentIndex(0);
    applyFilter();
}

void PeoplePage::currentChanged()
{
    const Id id = currentPerson();
    m_editAction->setEnabled(id != 0);
    m_deleteAction->setEnabled(id != 0);
    if (id == m_details->personId())
        return;
    if (Status status = m_details->showPerson(id); !status)
        showError(tr("The person's details could not be read."), status.error().message);
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
    m_count->setText(text);
    if (shown > 0 || !m_model->isLoaded()) {
        m_tableStack->setCurrentWidget(m_table);
        return;
    }
    if (total == 0)
        m_notice->setMessage(tr("No people yet"),
                             tr("Keep here the people you deal with: who speaks for each "
                                "organization, who represents it in a coalition."),
                             tr("Add o&ne…"));
    else
        m_notice->setMessage(tr("No one matches your search"),
                             tr("Search for part of a name, a role, an e-mail address or an "
                                "organization, or show every organization."),
                             tr("&Clear the search"));
    m_tableStack->setCurrentWidget(m_notice);
}

void PeoplePage::recordsChanged(const QList<RecordKey> &keys)
{
    if (!m_model->isLoaded())
        return; // read fresh when first shown
    if (Status status = m_model->applyChanges(keys); !status)
        showError(tr("The table could not be brought up to date."), status.error().message);
    tableChanged();
    if (m_details->personId() != currentPerson()) {
        currentChanged();
    } else if (Status status = m_details->refresh(); !status) {
        showError(tr("The person's details could not be read."), status.error().message);
    }
}

void PeoplePage::showError(const QString &context, const QString &message)
{
    messageBar()->showMessage(tr("%1 %2").arg(context, message), MessageBar::Kind::Error);
}

void PeoplePage::addPerson()
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
        if (!created)
            return created.error();
        if (!created->isEmpty()) {
            if (m_model->rowOf(created->constFirst().id) < 0)
                clearFilter();
            selectPerson(created->constFirst().id);
        }
        return {};
    });
    dialog->open();
}

void PeoplePage::editPerson()
{
    const Id id = currentPerson();
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
        auto done = session().perform(
            tr("Edit person “%1”").arg(changed.name), {{RecordKind::Person, changed.id}},
            [changed](Workspace &workspace) -> Result<QList<RecordKey>> {
                if (Status status = workspace.people().update(changed); !status)
                    return status.error();
                return QList<RecordKey>{};
            });
        return done ? Status() : Status(done.error());
    });
    dialog->open();
}

void PeoplePage::deletePerson()
{
    const Id id = currentPerson();
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
    consequences.append(tr("Edit ▸ Undo brings everything back."));
    if (!MessageBox::confirm(this, tr("Remove Person"),
                             tr("Remove “%1” from the registry?").arg(person->name), tr("&Remove"),
                             consequences.join(u' ')))
        return;
    auto done
        = session().perform(tr("Remove person “%1”").arg(person->name), {{RecordKind::Person, id}},
                            [id](Workspace &w) -> Result<QList<RecordKey>> {
                                if (Status status = w.people().remove(id); !status)
                                    return status.error();
                                return QList<RecordKey>{};
                            });
    if (!done)
        showError(tr("The person was not removed."), done.error().message);
}

} // namespace Coalition::Ui
