// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/auditdescriber.h"

#include "storage/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

constexpr qsizetype ShownLength = 60;

QString shortened(const QString &text)
{
    return text.size() > ShownLength ? text.left(ShownLength - 1) + u'…' : text;
}

} // namespace

AuditDescriber::AuditDescriber(Workspace &workspace, const QList<AuditEntry> &entries)
{
    QSet<Id> organizations;
    QSet<Id> people;
    QSet<Id> coalitions;
    for (const AuditEntry &entry : entries) {
        if (entry.entity == u"organization"_s) {
            organizations.insert(entry.entityId);
        } else if (entry.entity == u"person"_s) {
            people.insert(entry.entityId);
        } else if (entry.entity == u"coalition"_s) {
            coalitions.insert(entry.entityId);
        } else if (entry.entity == u"membership"_s && !m_memberships.contains(entry.entityId)) {
            if (auto membership = workspace.memberships().get(entry.entityId)) {
                m_memberships.insert(entry.entityId,
                                     {membership->coalitionId, membership->organizationId});
                coalitions.insert(membership->coalitionId);
                organizations.insert(membership->organizationId);
            }
        }
    }
    // A record that is gone has no name here; record() falls back on the log's copy.
    for (const Id id : std::as_const(organizations)) {
        if (auto organization = workspace.organizations().get(id))
            m_organizations.insert(id, organization->name);
    }
    for (const Id id : std::as_const(people)) {
        if (auto person = workspace.people().get(id))
            m_people.insert(id, person->name);
    }
    for (const Id id : std::as_const(coalitions)) {
        if (auto coalition = workspace.coalitions().get(id))
            m_coalitions.insert(id, coalition->name);
    }
}

QString AuditDescriber::nameFromJson(const std::optional<QString> &json) const
{
    if (!json)
        return {};
    return QJsonDocument::fromJson(json->toUtf8()).object().value(u"name"_s).toString();
}

QString AuditDescriber::record(const AuditEntry &entry) const
{
    // A record that is gone is named from the copy the log kept of it.
    const QString kept = nameFromJson(
        entry.field.isEmpty() ? entry.oldValue.has_value() ? entry.oldValue : entry.newValue
                              : std::nullopt);
    const auto named = [&](const QHash<Id, QString> &names) {
        QString name = names.value(entry.entityId);
        return name.isEmpty() ? kept : name;
    };
    if (entry.entity == u"organization"_s) {
        const QString name = named(m_organizations);
        return name.isEmpty() ? tr("Organization %1").arg(entry.entityId)
                              : tr("Organization “%1”").arg(name);
    }
    if (entry.entity == u"person"_s) {
        const QString name = named(m_people);
        return name.isEmpty() ? tr("Person %1").arg(entry.entityId) : tr("Person “%1”").arg(name);
    }
    if (entry.entity == u"coalition"_s) {
        const QString name = named(m_coalitions);
        return name.isEmpty() ? tr("Coalition %1").arg(entry.entityId)
                              : tr("Coalition “%1”").arg(name);
    }
    if (entry.entity == u"membership"_s) {
        const auto ids = m_memberships.value(entry.entityId);
        const QString organization = m_organizations.value(ids.second);
        const QString coalition = m_coalitions.value(ids.first);
        if (!organization.isEmpty() && !coalition.isEmpty())
            return tr("Membership of %1 in %2").arg(organization, coalition);
        return tr("Membership %1").arg(entry.entityId);
    }
    return tr("%1 %2").arg(entry.entity).arg(entry.entityId);
}

QString AuditDescriber::change(const AuditEntry &entry) const
{
    if (entry.field.isEmpty())
        return entry.oldValue ? tr("removed") : tr("created");
    const auto value = [](const std::optional<QString> &text) -> QString {
        if (!text || text->isEmpty())
            return tr("(empty)");
        // Lists and nested records are stored as JSON; their text says little.
        if (text->startsWith(u'[') || text->startsWith(u'{')) {
            const QJsonDocument document = QJsonDocument::fromJson(text->toUtf8());
            return tr("(%n entries)", nullptr,
                      int(document.isArray() ? document.array().size() : document.object().size()));
        }
        return u"“"_s + shortened(*text) + u"”"_s;
    };
    QString field = entry.field;
    field.replace(u'_', u' ');
    return tr("%1: %2 → %3").arg(field, value(entry.oldValue), value(entry.newValue));
}

} // namespace Coalition::Ui
