// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/persondetails.h"

#include "storage/workspace.h"
#include "widgets/detailfieldlist.h"
#include "widgets/flattree.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

PersonDetails::PersonDetails(Workspace &workspace, QWidget *parent)
    : RecordDetails(workspace, u"noPerson"_s,
                    tr("Select a person to see the memberships they represent and their history."),
                    parent)
    , m_represents(new QTreeWidget(this))
{
    setObjectName(u"personDetails"_s);
    subtitle()->setWordWrap(true);

    m_represents->setObjectName(u"represents"_s);
    m_represents->setAccessibleName(tr("Memberships the person represents"));
    setUpFlatTree(m_represents, {tr("Coalition"), tr("As"), tr("Status")});
    m_represents->header()->setDefaultSectionSize(170);

    DetailFieldList *list = fields();
    list->addField(u"organization"_s, tr("Organization"));
    list->addField(u"role"_s, tr("Role"));
    list->addField(u"email"_s, tr("E-mail"));
    list->addField(u"phone"_s, tr("Phone"));
    list->addField(u"notes"_s, tr("Notes"));
    setUpTabs({{m_represents, tr("Re&presents")}});
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

Status PersonDetails::fill(Id id)
{
    Workspace &workspace = this->workspace();
    auto stored = workspace.people().get(id);
    if (!stored) {
        showNothing(tr("This person is no longer in the workspace."));
        return {};
    }
    const Person &person = *stored;
    QString organization;
    if (person.organizationId) {
        auto found = workspace.organizations().get(*person.organizationId);
        organization = found ? found->name : QString();
    }
    showHeading(person.name,
                person.role.isEmpty() || organization.isEmpty()
                    ? person.role + organization
                    : tr("%1, %2").arg(person.role, organization));
    DetailFieldList *list = fields();
    list->setText(u"organization"_s, organization);
    list->setText(u"role"_s, person.role);
    list->setLink(u"email"_s, person.email, u"mailto:"_s + person.email);
    list->setText(u"phone"_s, person.phone);
    list->setText(u"notes"_s, person.notes);
    setTimestamps(person.createdAt, person.updatedAt);

    auto represented = PersonDetails::represented(workspace, person);
    if (!represented)
        return represented.error();
    auto history = workspace.audit().entriesFor(u"person"_s, person.id);
    if (!history)
        return history.error();

    m_represents->clear();
    for (const auto &[membership, role] : std::as_const(*represented)) {
        auto *item = new QTreeWidgetItem(m_represents);
        auto coalition = workspace.coalitions().get(membership.coalitionId);
        item->setText(0, coalition ? coalition->name : tr("(unknown coalition)"));
        item->setText(1, role);
        item->setText(2, enumLabel(membership.status));
    }
    setTabCount(1, tr("Re&presents (%1)").arg(represented->size()));

    setHistory(*history, &PersonDetails::fieldLabel,
               [&workspace](const QString &field, const QString &value) {
                   if (field == u"organization_id"_s && !value.isEmpty()) {
                       auto found = workspace.organizations().get(value.toLongLong());
                       if (found)
                           return found->name;
                   }
                   return value;
               });
    return {};
}

} // namespace Coalition::Ui
