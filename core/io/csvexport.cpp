// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimport.h"

#include "csv.h"
#include "domain/money.h"
#include "storage/workspace.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

Result<QHash<Id, QString>> organizationNames(Workspace &workspace)
{
    auto all = workspace.organizations().list({}, OrganizationRepository::Order::ById);
    if (!all)
        return all.error();
    QHash<Id, QString> names;
    for (const Organization &o : std::as_const(*all))
        names.insert(o.id, o.name);
    return names;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

Status exportOrganizations(Workspace &workspace, QByteArray *out)
{
    auto all = workspace.organizations().list({}, OrganizationRepository::Order::ById);
    if (!all)
        return all.error();
    for (const Organization &o : std::as_const(*all))
        CsvWriter::writeRecord(out,
                               {o.name, enumKey(o.sector), o.mission, o.decisionMaking, o.address,
                                o.website, o.email, o.phone, o.notes, o.tags.join(u';')});
    return {};
}

Status exportPeople(Workspace &workspace, QByteArray *out)
{
    auto organizations = organizationNames(workspace);
    if (!organizations)
        return organizations.error();
    auto all = workspace.people().list();
    if (!all)
        return all.error();
    for (const Person &p : std::as_const(*all))
        CsvWriter::writeRecord(
            out,
            {p.name, p.organizationId ? organizations->value(*p.organizationId) : QString(), p.role,
             p.email, p.phone, p.notes});
    return {};
}

Status exportMemberships(Workspace &workspace, std::optional<Id> coalitionId, QByteArray *out)
{
    auto coalitions = workspace.coalitions().list();
    if (!coalitions)
        return coalitions.error();
    QHash<Id, QString> coalitionNames;
    for (const CoalitionInfo &c : std::as_const(*coalitions))
        coalitionNames.insert(c.id, c.name);
    if (coalitionId && !coalitionNames.contains(*coalitionId))
        return Error{QCoreApplication::translate("Coalition::CsvExporter",
                                                 "There is no coalition with number %1.")
                         .arg(*coalitionId),
                     {},
                     {}};
    auto organizations = organizationNames(workspace);
    if (!organizations)
        return organizations.error();
    auto people = workspace.people().list();
    if (!people)
        return people.error();
    QHash<Id, QString> personNames;
    for (const Person &p : std::as_const(*people))
        personNames.insert(p.id, p.name);
    auto all = coalitionId ? workspace.memberships().listForCoalition(*coalitionId)
                           : workspace.memberships().list();
    if (!all)
        return all.error();
    const auto person = [&](const std::optional<Id> &id) {
        return id ? personNames.value(*id) : QString();
    };
    for (const Membership &m : std::as_const(*all))
        CsvWriter::writeRecord(out,
                               {coalitionNames.value(m.coalitionId),
                                organizations->value(m.organizationId), enumKey(m.status),
                                enumKey(m.kind), dateText(m.joinedOn), dateText(m.leftOn),
                                person(m.representativeId), person(m.alternateId),
                                m.duesCents != 0 ? formatMoney(m.duesCents) : QString(),
                                dateText(m.duesPaidThrough), m.notes});
    return {};
}

} // namespace

CsvExporter::CsvExporter(Workspace &workspace)
    : m_workspace(workspace)
{ }

Result<QByteArray> CsvExporter::exportData(CsvKind kind, std::optional<Id> coalitionId)
{
    QByteArray out;
    CsvWriter::writeRecord(&out, CsvImporter::columns(kind));
    Status status;
    switch (kind) {
    case CsvKind::Organizations:
        status = exportOrganizations(m_workspace, &out);
        break;
    case CsvKind::People:
        status = exportPeople(m_workspace, &out);
        break;
    case CsvKind::Memberships:
        status = exportMemberships(m_workspace, coalitionId, &out);
        break;
    }
    if (!status)
        return status.error();
    return out;
}

} // namespace Coalition
