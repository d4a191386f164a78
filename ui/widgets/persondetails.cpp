// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/persondetails.h"

#include "storage/workspace.h"
#include "widgets/detailfieldlist.h"
#include "widgets/recordhistoryview.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat) : QString();
}

} // namespace

PersonDetails::PersonDetails(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_stack(new QStackedWidget(this))
    , m_nothing(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_fields(new DetailFieldList(this))
    , m_represents(new QTreeWidget(this))
    , m_history(new RecordHistoryView(this))
{
    setObjectName(u"personDetails"_s);
    m_history->setObjectName(u"history"_s);
    m_nothing->setObjectName(u"noPerson"_s);
    m_nothing->setAlignment(Qt::AlignCenter);
    m_nothing->setWordWrap(true);
    m_nothing->setForegroundRole(QPalette::PlaceholderText);
    m_title->setObjectName(u"detailsTitle"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setWordWrap(true);

    m_represents->setObjectName(u"represents"_s);
    m_represents->setAccessibleName(tr("Memberships the person represents"));
    m_represents->setHeaderLabels({tr("Coalition"), tr("As"), tr("Status")});
    m_represents->setRootIsDecorated(false);
    m_represents->setUniformRowHeights(true);
    m_represents->header()->setStretchLastSection(true);
    m_represents->header()->setDefaultSectionSize(170);

    m_fields->addField(u"organization"_s, tr("Organization"));
    m_fields->addField(u"role"_s, tr("Role"));
    m_fields->addField(u"email"_s, tr("E-mail"));
    m_fields->addField(u"phone"_s, tr("Phone"));
    m_fields->addField(u"notes"_s, tr("Notes"));
    m_fields->addField(u"created"_s, tr("Added"));
    m_fields->addField(u"updated"_s, tr("Last changed"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_tabs->setObjectName(u"detailTabs"_s);
    // Every tab in sight, their titles shortened if the panel is narrow.
    m_tabs->setUsesScrollButtons(false);
    m_tabs->setElideMode(Qt::ElideRight);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scroll, tr("&Details"));
    m_tabs->addTab(m_represents, tr("Re&presents"));
    m_tabs->addTab(m_history, tr("Histor&y"));

    auto *record = new QWidget(this);
    auto *recordLayout = new QVBoxLayout(record);
    recordLayout->setContentsMargins(0, 0, 0, 0);
    recordLayout->addWidget(m_title);
    recordLayout->addWidget(m_subtitle);
    recordLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(m_nothing);
    m_stack->addWidget(record);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    showNothing(tr("Select a person to see the memberships they represent and their history."));
}

QString PersonDetails::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {u"name"_s, QT_TR_NOOP("Name")},   {u"organization_id"_s, QT_TR_NOOP("Organization")},
        {u"role"_s, QT_TR_NOOP("Role")},   {u"email"_s, QT_TR_NOOP("E-mail")},
        {u"phone"_s, QT_TR_NOOP("Phone")}, {u"notes"_s, QT_TR_NOOP("Notes")},
    };
    const char *label = labels.value(field);
    return label ? tr(label) : field;
}

Result<QList<std::pair<Membership, QString>>> PersonDetails::represented(Workspace &workspace,
                                                                         const Person &person)
{
    QList<std::pair<Membership, QString>> found;
    // Representatives are people of the member organization.
    if (!person.organizationId)
        return found;
    auto memberships = workspace.memberships().listForOrganization(*person.organizationId);
    if (!memberships)
        return memberships.error();
    for (const Membership &membership : std::as_const(*memberships)) {
        if (membership.representativeId == person.id)
            found.append({membership, tr("representative")});
        else if (membership.alternateId == person.id)
            found.append({membership, tr("alternate")});
    }
    return found;
}

void PersonDetails::showNothing(const QString &why)
{
    m_id = 0;
    m_nothing->setText(why);
    m_stack->setCurrentWidget(m_nothing);
}

Status PersonDetails::showPerson(Id id)
{
    m_id = id;
    return refresh();
}

Status PersonDetails::refresh()
{
    if (m_id <= 0) {
        showNothing(tr("Select a person to see the memberships they represent and their history."));
        return {};
    }
    auto person = m_workspace.people().get(m_id);
    if (!person) {
        showNothing(tr("This person is no longer in the workspace."));
        return {};
    }
    return fill(*person);
}

Status PersonDetails::fill(const Person &person)
{
    m_stack->setCurrentIndex(1);
    QString organization;
    if (person.organizationId) {
        auto found = m_workspace.organizations().get(*person.organizationId);
        organization = found ? found->name : QString();
    }
    m_title->setText(person.name);
    m_subtitle->setText(person.role.isEmpty() || organization.isEmpty()
                            ? person.role + organization
                            : tr("%1, %2").arg(person.role, organization));
    m_fields->setText(u"organization"_s, organization);
    m_fields->setText(u"role"_s, person.role);
    m_fields->setLink(u"email"_s, person.email, u"mailto:"_s + person.email);
    m_fields->setText(u"phone"_s, person.phone);
    m_fields->setText(u"notes"_s, person.notes);
    m_fields->setText(u"created"_s, timeText(person.createdAt));
    m_fields->setText(u"updated"_s, timeText(person.updatedAt));

    auto represented = PersonDetails::represented(m_workspace, person);
    if (!represented)
        return represented.error();
    auto history = m_workspace.audit().entriesFor(u"person"_s, person.id);
    if (!history)
        return history.error();

    m_represents->clear();
    for (const auto &[membership, role] : std::as_const(*represented)) {
        auto *item = new QTreeWidgetItem(m_represents);
        auto coalition = m_workspace.coalitions().get(membership.coalitionId);
        item->setText(0, coalition ? coalition->name : tr("(unknown coalition)"));
        item->setText(1, role);
        item->setText(2, enumLabel(membership.status));
    }
    m_tabs->setTabText(1, tr("Re&presents (%1)").arg(represented->size()));

    Workspace &workspace = m_workspace;
    m_history->setEntries(*history, &PersonDetails::fieldLabel,
                          [&workspace](const QString &field, const QString &value) {
                              if (field == u"organization_id"_s && !value.isEmpty()) {
                                  auto found = workspace.organizations().get(value.toLongLong());
                                  if (found)
                                      return found->name;
                              }
                              return value;
                          });
    m_tabs->setTabText(2, tr("Histor&y (%1)").arg(history->size()));
    return {};
}

} // namespace Coalition::Ui
