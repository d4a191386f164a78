// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/organizationdetails.h"

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
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

QTreeWidget *makeList(QWidget *parent, const QString &objectName, const QString &accessibleName,
                      const QStringList &headers)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setAccessibleName(accessibleName);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->header()->setStretchLastSection(true);
    tree->header()->setDefaultSectionSize(150);
    return tree;
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat) : QString();
}

QString websiteUrl(const QString &website)
{
    return website.contains(u"://"_s) ? website : u"https://"_s + website;
}

} // namespace

OrganizationDetails::OrganizationDetails(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_stack(new QStackedWidget(this))
    , m_nothing(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_fields(new DetailFieldList(this))
    , m_people(makeList(this, u"people"_s, tr("People of the organization"),
                        {tr("Name"), tr("Role"), tr("Contact")}))
    , m_memberships(makeList(this, u"memberships"_s, tr("Memberships of the organization"),
                             {tr("Coalition"), tr("Status"), tr("Kind"), tr("Representative")}))
    , m_history(new RecordHistoryView(this))
{
    setObjectName(u"organizationDetails"_s);
    m_history->setObjectName(u"history"_s);
    m_nothing->setObjectName(u"noOrganization"_s);
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

    m_fields->addField(u"mission"_s, tr("Mission"));
    m_fields->addField(u"decision-making"_s, tr("Decides by"));
    m_fields->addField(u"tags"_s, tr("Tags"));
    m_fields->addField(u"address"_s, tr("Address"));
    m_fields->addField(u"website"_s, tr("Website"));
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
    m_tabs->addTab(m_people, tr("&People"));
    m_tabs->addTab(m_memberships, tr("Me&mberships"));
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
    showNothing(tr("Select an organization to see its people, memberships and history."));
}

QString OrganizationDetails::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {u"name"_s, QT_TR_NOOP("Name")},       {u"sector"_s, QT_TR_NOOP("Sector")},
        {u"mission"_s, QT_TR_NOOP("Mission")}, {u"decision_making"_s, QT_TR_NOOP("Decides by")},
        {u"address"_s, QT_TR_NOOP("Address")}, {u"website"_s, QT_TR_NOOP("Website")},
        {u"email"_s, QT_TR_NOOP("E-mail")},    {u"phone"_s, QT_TR_NOOP("Phone")},
        {u"notes"_s, QT_TR_NOOP("Notes")},     {u"tags"_s, QT_TR_NOOP("Tags")},
    };
    const char *label = labels.value(field);
    return label ? tr(label) : field;
}

void OrganizationDetails::showNothing(const QString &why)
{
    m_id = 0;
    m_nothing->setText(why);
    m_stack->setCurrentWidget(m_nothing);
}

Status OrganizationDetails::showOrganization(Id id)
{
    m_id = id;
    return refresh();
}

Status OrganizationDetails::refresh()
{
    if (m_id <= 0) {
        showNothing(tr("Select an organization to see its people, memberships and history."));
        return {};
    }
    auto organization = m_workspace.organizations().get(m_id);
    if (!organization) {
        showNothing(tr("This organization is no longer in the workspace."));
        return {};
    }
    return fill(*organization);
}

Status OrganizationDetails::fill(const Organization &organization)
{
    m_stack->setCurrentIndex(1);
    m_title->setText(organization.name);
    m_subtitle->setText(enumLabel(organization.sector));
    m_fields->setText(u"mission"_s, organization.mission);
    m_fields->setText(u"decision-making"_s, organization.decisionMaking);
    m_fields->setText(u"tags"_s, organization.tags.join(u", "_s));
    m_fields->setText(u"address"_s, organization.address);
    m_fields->setLink(u"website"_s, organization.website, websiteUrl(organization.website));
    m_fields->setLink(u"email"_s, organization.email, u"mailto:"_s + organization.email);
    m_fields->setText(u"phone"_s, organization.phone);
    m_fields->setText(u"notes"_s, organization.notes);
    m_fields->setText(u"created"_s, timeText(organization.createdAt));
    m_fields->setText(u"updated"_s, timeText(organization.updatedAt));

    auto people = m_workspace.people().list(organization.id);
    auto memberships = m_workspace.memberships().listForOrganization(organization.id);
    auto history = m_workspace.audit().entriesFor(u"organization"_s, organization.id);
    for (const Error *error : {&people.error(), &memberships.error(), &history.error()}) {
        if (!error->message.isEmpty())
            return *error;
    }

    m_people->clear();
    for (const Person &person : std::as_const(*people)) {
        auto *item = new QTreeWidgetItem(m_people);
        item->setText(0, person.name);
        item->setText(1, person.role);
        item->setText(2, person.email.isEmpty() ? person.phone : person.email);
        item->setData(0, Qt::UserRole, person.id);
    }
    m_tabs->setTabText(1, tr("&People (%1)").arg(people->size()));

    m_memberships->clear();
    for (const Membership &membership : std::as_const(*memberships)) {
        auto *item = new QTreeWidgetItem(m_memberships);
        auto coalition = m_workspace.coalitions().get(membership.coalitionId);
        item->setText(0, coalition ? coalition->name : tr("(unknown coalition)"));
        item->setText(1, enumLabel(membership.status));
        item->setText(2, enumLabel(membership.kind));
        if (membership.representativeId) {
            auto representative = m_workspace.people().get(*membership.representativeId);
            item->setText(3, representative ? representative->name : QString());
        }
        item->setData(0, Qt::UserRole, membership.id);
    }
    m_tabs->setTabText(2, tr("Me&mberships (%1)").arg(memberships->size()));

    m_history->setEntries(*history, &OrganizationDetails::fieldLabel,
                          [](const QString &field, const QString &value) {
                              if (field == u"sector"_s) {
                                  if (const auto sector = enumFromText<Sector>(value))
                                      return enumLabel(*sector);
                              }
                              return value;
                          });
    m_tabs->setTabText(3, tr("Histor&y (%1)").arg(history->size()));
    return {};
}

} // namespace Coalition::Ui
