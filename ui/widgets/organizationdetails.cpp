// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/organizationdetails.h"

#include "storage/workspace.h"
#include "widgets/detailfieldlist.h"
#include "widgets/flattree.h"

#include <QHeaderView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

QTreeWidget *makeList(QWidget *parent, const QString &objectName, const QString &accessibleName,
                      const QStringList &headers)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setAccessibleName(accessibleName);
    setUpFlatTree(tree, headers);
    tree->setAlternatingRowColors(true);
    tree->header()->setDefaultSectionSize(150);
    return tree;
}

QString websiteUrl(const QString &website)
{
    return website.contains(u"://"_s) ? website : u"https://"_s + website;
}

} // namespace

OrganizationDetails::OrganizationDetails(Workspace &workspace, QWidget *parent)
    : RecordDetails(workspace, u"noOrganization"_s,
                    tr("Select an organization to see its people, memberships and history."),
                    parent)
    , m_people(makeList(this, u"people"_s, tr("People of the organization"),
                        {tr("Name"), tr("Role"), tr("Contact")}))
    , m_memberships(makeList(this, u"memberships"_s, tr("Memberships of the organization"),
                             {tr("Coalition"), tr("Status"), tr("Kind"), tr("Representative")}))
{
    setObjectName(u"organizationDetails"_s);
    DetailFieldList *list = fields();
    list->addField(u"mission"_s, tr("Mission"));
    list->addField(u"decision-making"_s, tr("Decides by"));
    list->addField(u"tags"_s, tr("Tags"));
    list->addField(u"address"_s, tr("Address"));
    list->addField(u"website"_s, tr("Website"));
    list->addField(u"email"_s, tr("E-mail"));
    list->addField(u"phone"_s, tr("Phone"));
    list->addField(u"notes"_s, tr("Notes"));
    setUpTabs({{m_people, tr("&People")}, {m_memberships, tr("Me&mberships")}});
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

Status OrganizationDetails::fill(Id id)
{
    Workspace &workspace = this->workspace();
    auto stored = workspace.organizations().get(id);
    if (!stored) {
        showNothing(tr("This organization is no longer in the workspace."));
        return {};
    }
    const Organization &organization = *stored;
    showHeading(organization.name, enumLabel(organization.sector));
    DetailFieldList *list = fields();
    list->setText(u"mission"_s, organization.mission);
    list->setText(u"decision-making"_s, organization.decisionMaking);
    list->setText(u"tags"_s, organization.tags.join(u", "_s));
    list->setText(u"address"_s, organization.address);
    list->setLink(u"website"_s, organization.website, websiteUrl(organization.website));
    list->setLink(u"email"_s, organization.email, u"mailto:"_s + organization.email);
    list->setText(u"phone"_s, organization.phone);
    list->setText(u"notes"_s, organization.notes);
    setTimestamps(organization.createdAt, organization.updatedAt);

    auto people = workspace.people().list(organization.id);
    auto memberships = workspace.memberships().listForOrganization(organization.id);
    auto history = workspace.audit().entriesFor(u"organization"_s, organization.id);
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
    setTabCount(1, tr("&People (%1)").arg(people->size()));

    m_memberships->clear();
    for (const Membership &membership : std::as_const(*memberships)) {
        auto *item = new QTreeWidgetItem(m_memberships);
        auto coalition = workspace.coalitions().get(membership.coalitionId);
        item->setText(0, coalition ? coalition->name : tr("(unknown coalition)"));
        item->setText(1, enumLabel(membership.status));
        item->setText(2, enumLabel(membership.kind));
        if (membership.representativeId) {
            auto representative = workspace.people().get(*membership.representativeId);
            item->setText(3, representative ? representative->name : QString());
        }
        item->setData(0, Qt::UserRole, membership.id);
    }
    setTabCount(2, tr("Me&mberships (%1)").arg(memberships->size()));

    setHistory(*history, &OrganizationDetails::fieldLabel,
               [](const QString &field, const QString &value) {
                   if (field == u"sector"_s) {
                       if (const auto sector = enumFromText<Sector>(value))
                           return enumLabel(*sector);
                   }
                   return value;
               });
    return {};
}

} // namespace Coalition::Ui
