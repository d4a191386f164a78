// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacejson.h"

#include "storage/transaction.h"
#include "storage/workspace.h"
#include "workspacejsonparts.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Coalition {

using namespace WorkspaceJsonParts;

namespace {

const QString OrganizationsKey = u"organizations"_s;
const QString PeopleKey = u"people"_s;
const QString CoalitionsKey = u"coalitions"_s;
const QString MembershipsKey = u"memberships"_s;
const QString AuditKey = u"audit"_s;
const QString LeftOutKey = u"left_out"_s;

QJsonValue timestampJson(const QDateTime &timestamp)
{
    return timestamp.isValid()
        ? QJsonValue(timestamp.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s))
        : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalTextJson(const std::optional<QString> &text)
{
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

QJsonObject auditToJson(const AuditEntry &e)
{
    return QJsonObject{
        {u"id"_s, e.id},
        {u"at"_s, timestampJson(e.at)},
        {u"os_user"_s, e.osUser},
        {u"entity"_s, e.entity},
        {u"entity_id"_s, e.entityId},
        {u"field"_s, e.field.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.field)},
        {u"old_value"_s, optionalTextJson(e.oldValue)},
        {u"new_value"_s, optionalTextJson(e.newValue)},
    };
}

template<typename T>
QJsonArray toJsonArray(const QList<T> &records)
{
    QJsonArray array;
    for (const T &record : records)
        array.append(JsonCodec::toJson(record));
    return array;
}

std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const qint64 number = value.toInteger();
    if (static_cast<double>(number) != value.toDouble())
        return std::nullopt;
    return number;
}

// 1-based line and column (in characters) of a parse error. Qt mostly
// reports the offset just past the character it choked on, so the column is
// that of the character before the offset.
std::pair<qsizetype, qsizetype> lineAndColumn(const QByteArray &data, qsizetype offset)
{
    const QByteArray before = data.left(std::clamp<qsizetype>(offset, 0, data.size()));
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.sliced(lineStart)).toUcs4().size();
    return {before.count('\n') + 1, std::max<qsizetype>(column, 1)};
}

// Validation names some fields as the forms do; a file's reader wants its keys.
QString jsonKeyOf(const QString &validationField)
{
    static const QHash<QString, QString> keys{
        {u"end"_s, u"end_date"_s},
        {u"meeting-length"_s, u"meetings.usual_length_minutes"_s},
        {u"coalition"_s, u"coalition_id"_s},
        {u"organization"_s, u"organization_id"_s},
        {u"left"_s, u"left_on"_s},
        {u"representative"_s, u"representative_id"_s},
        {u"alternate"_s, u"alternate_id"_s},
        {u"status"_s, u"history"_s},
    };
    return keys.value(validationField, validationField);
}

// Names the record in a message, so that the reader need not count records.
QString label(const char *what, const QString &name)
{
    return name.trimmed().isEmpty() ? QString() : WorkspaceJson::tr(what).arg(name.trimmed());
}
QString recordLabel(const Organization &o)
{
    return label(QT_TRANSLATE_NOOP("Coalition::WorkspaceJson", "organization “%1”"), o.name);
}
QString recordLabel(const Person &p)
{
    return label(QT_TRANSLATE_NOOP("Coalition::WorkspaceJson", "person “%1”"), p.name);
}
QString recordLabel(const CoalitionInfo &c)
{
    return label(QT_TRANSLATE_NOOP("Coalition::WorkspaceJson", "coalition “%1”"), c.name);
}

QString membershipLabel(const Content &c, const Membership &m)
{
    const QString organization = c.organizationName(m.organizationId);
    const QString coalition = c.coalitionName(m.coalitionId);
    if (organization.isEmpty() || coalition.isEmpty())
        return {};
    return WorkspaceJson::tr("membership of “%1” in “%2”").arg(organization, coalition);
}

AuditEntry decodeAuditEntry(const QJsonObject &object, const QString &path,
                            ProblemCollector &collector)
{
    const auto number = [&](const QString &key, qint64 minimum) -> qint64 {
        const auto value = wholeNumber(object.value(key));
        if (!value || *value < minimum) {
            collector.add(path + u'.' + key,
                          minimum > 0 ? WorkspaceJson::tr("Expected a positive whole number.")
                                      : WorkspaceJson::tr("Expected a whole number."));
            return 0;
        }
        return *value;
    };
    const auto text = [&](const QString &key, bool required) -> std::optional<QString> {
        const QJsonValue value = object.value(key);
        if (value.isString() && (!required || !value.toString().isEmpty()))
            return value.toString();
        if (!value.isUndefined() && !value.isNull())
            collector.add(path + u'.' + key, WorkspaceJson::tr("Expected text."));
        else if (required)
            collector.add(path + u'.' + key, WorkspaceJson::tr("This field is required."));
        return std::nullopt;
    };
    AuditEntry entry;
    entry.id = number(u"id"_s, 1);
    if (const auto at = text(u"at"_s, true)) {
        entry.at = QDateTime::fromString(*at, Qt::ISODateWithMs).toUTC();
        if (!entry.at.isValid())
            collector.add(path + u".at"_s,
                          WorkspaceJson::tr("Expected a UTC time written "
                                            "YYYY-MM-DDTHH:MM:SS.mmmZ."));
    }
    entry.osUser = text(u"os_user"_s, false).value_or(QString());
    entry.entity = text(u"entity"_s, true).value_or(QString());
    entry.entityId = number(u"entity_id"_s, 0);
    entry.field = text(u"field"_s, false).value_or(QString());
    entry.oldValue = text(u"old_value"_s, false);
    entry.newValue = text(u"new_value"_s, false);
    return entry;
}

template<typename T>
void checkUniqueNames(const QList<Decoded<T>> &items, const char *message,
                      ProblemCollector &collector)
{
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString key = Validation::nameKey(items.at(i).record.name);
        if (key.isEmpty())
            continue;
        if (const auto it = seen.constFind(key); it != seen.cend()) {
            const Decoded<T> &first = items.at(*it);
            collector.add(items.at(i).path + u".name"_s,
                          WorkspaceJson::tr(message).arg(items.at(i).record.name.trimmed(),
                                                         first.record.name.trimmed(), first.path));
        } else {
            seen.insert(key, i);
        }
    }
}

QString noOrganization(Id id)
{
    return WorkspaceJson::tr("There is no organization with id %1 in this file.").arg(id);
}

void checkPersonOf(const Content &c, const Membership &m, const QString &path, bool alternate,
                   ProblemCollector &collector)
{
    const std::optional<Id> personId = alternate ? m.alternateId : m.representativeId;
    if (!personId)
        return;
    const QString field = path + (alternate ? u".alternate_id"_s : u".representative_id"_s);
    const auto person = c.personIndex.constFind(*personId);
    if (person == c.personIndex.cend()) {
        collector.add(
            field, WorkspaceJson::tr("There is no person with id %1 in this file.").arg(*personId),
            membershipLabel(c, m));
        return;
    }
    const Person &p = c.people.at(*person).record;
    const QString organization = c.organizationName(m.organizationId);
    if (organization.isEmpty() || p.organizationId == m.organizationId)
        return; // an unknown organization is reported on its own
    collector.add(field,
                  alternate ? WorkspaceJson::tr("%1 cannot be the alternate for %2: they are not "
                                                "one of its people.")
                                  .arg(p.name.trimmed(), organization)
                            : WorkspaceJson::tr("%1 cannot represent %2: they are not one of its "
                                                "people.")
                                  .arg(p.name.trimmed(), organization),
                  membershipLabel(c, m));
}

void checkReferences(const Content &c, ProblemCollector &collector)
{
    for (const auto &[person, path] : c.people) {
        if (person.organizationId && !c.organizationIndex.contains(*person.organizationId))
            collector.add(path + u".organization_id"_s, noOrganization(*person.organizationId),
                          recordLabel(person));
    }
    for (const auto &[coalition, path] : c.coalitions) {
        if (coalition.leadOrganizationId
            && !c.organizationIndex.contains(*coalition.leadOrganizationId))
            collector.add(path + u".lead_organization_id"_s,
                          noOrganization(*coalition.leadOrganizationId), recordLabel(coalition));
    }
    QHash<std::pair<Id, Id>, QString> seen; // (coalition, organization) -> path
    for (const auto &[m, path] : c.memberships) {
        const bool knownCoalition = c.coalitionIndex.contains(m.coalitionId);
        const bool knownOrganization = c.organizationIndex.contains(m.organizationId);
        if (m.coalitionId > 0 && !knownCoalition)
            collector.add(path + u".coalition_id"_s,
                          WorkspaceJson::tr("There is no coalition with id %1 in this file.")
                              .arg(m.coalitionId));
        if (m.organizationId > 0 && !knownOrganization)
            collector.add(path + u".organization_id"_s, noOrganization(m.organizationId));
        if (knownCoalition && knownOrganization) {
            const auto key = std::pair{m.coalitionId, m.organizationId};
            if (const auto it = seen.constFind(key); it != seen.cend())
                collector.add(path + u".organization_id"_s,
                              WorkspaceJson::tr("%1 already has a membership in this coalition "
                                                "(%2); an organization has one membership per "
                                                "coalition.")
                                  .arg(c.organizationName(m.organizationId), *it),
                              membershipLabel(c, m));
            else
                seen.insert(key, path);
        }
        checkPersonOf(c, m, path, false, collector);
        checkPersonOf(c, m, path, true, collector);
    }
}

Status writeAll(Workspace &workspace, const Content &c)
{
    Transaction transaction(workspace.database());
    if (!transaction.isActive())
        return transaction.status();
    // The write lock is ours now: make sure no one filled the file since the first check.
    auto empty = workspace.isEmpty();
    if (!empty)
        return empty.error();
    if (!*empty)
        return Error{
            WorkspaceJson::tr("The workspace is no longer empty; nothing was imported."), {}, {}};
    const auto insertAll = [](auto &repository, const auto &items) -> Status {
        for (const auto &item : items) {
            if (auto id = repository.insertChecked(item.record, WriteMode::Restore); !id)
                return id.error();
        }
        return {};
    };
    // Parents first, so that every reference finds its row.
    Status status = insertAll(workspace.organizations(), c.organizations);
    if (status)
        status = insertAll(workspace.people(), c.people);
    if (status)
        status = insertAll(workspace.coalitions(), c.coalitions);
    if (status)
        status = insertAll(workspace.memberships(), c.memberships);
    if (status)
        status = writeGovernance(workspace, c);
    if (status)
        status = writeAction(workspace, c);
    if (status)
        status = writeStage(workspace, c);
    for (qsizetype i = 0; status && i < c.audit.size(); ++i)
        status = workspace.audit().restore(c.audit.at(i).record);
    // Ids of records deleted before the export live on in the audit log.
    if (status)
        status = workspace.audit().reserveAuditedIds();
    return status ? transaction.commit() : status;
}

} // namespace

QJsonArray WorkspaceJsonParts::arrayAt(const QJsonObject &root, const QString &key,
                                       ProblemCollector &problems)
{
    const QJsonValue value = root.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray()) {
        problems.add(key, WorkspaceJson::tr("Expected a list of records."));
        return {};
    }
    return value.toArray();
}

WorkspaceJson::WorkspaceJson(Workspace &workspace)
    : m_workspace(workspace)
{ }

Result<QByteArray> WorkspaceJson::exportAll(const ExportOptions &options)
{
    m_leftOut = {};
    // One read transaction, so that every list comes from the same state of
    // the file even if another process writes to it meanwhile.
    Transaction snapshot(m_workspace.database(), Transaction::Kind::Read);
    if (!snapshot.isActive())
        return snapshot.status().error();
    auto organizations = m_workspace.organizations().list({}, OrganizationRepository::Order::ById);
    if (!organizations)
        return organizations.error();
    auto people = m_workspace.people().list();
    if (!people)
        return people.error();
    auto coalitions = m_workspace.coalitions().list();
    if (!coalitions)
        return coalitions.error();
    auto memberships = m_workspace.memberships().list();
    if (!memberships)
        return memberships.error();
    auto audit = m_workspace.audit().all();
    if (!audit)
        return audit.error();

    QJsonObject root{
        {u"format"_s, QString::fromLatin1(FormatName)},
        {u"format_version"_s, FormatVersion},
        {u"schema_version"_s, m_workspace.database().schemaVersion()},
        {OrganizationsKey, toJsonArray(*organizations)},
        {PeopleKey, toJsonArray(*people)},
        {CoalitionsKey, toJsonArray(*coalitions)},
        {MembershipsKey, toJsonArray(*memberships)},
    };
    if (Status status = exportGovernance(m_workspace, root); !status)
        return status.error();
    LeftOut leftOut;
    if (Status status = exportAction(m_workspace, root, options.includeConfidential, leftOut);
        !status)
        return status.error();
    if (Status status = exportStage(m_workspace, root); !status)
        return status.error();
    const QList<AuditEntry> entries = options.includeConfidential
        ? std::move(audit).value()
        : auditWithoutConfidential(*audit, leftOut);
    QJsonArray auditArray;
    for (const AuditEntry &entry : entries)
        auditArray.append(auditToJson(entry));
    root.insert(AuditKey, auditArray);
    m_leftOut = {leftOut.confidential, leftOut.dependent, leftOut.auditEntries};
    // Only when something is missing, so that a full export says nothing of it.
    QJsonObject counts;
    if (leftOut.confidential > 0)
        counts.insert(u"confidential"_s, leftOut.confidential);
    if (leftOut.dependent > 0)
        counts.insert(u"dependent"_s, leftOut.dependent);
    if (leftOut.auditEntries > 0)
        counts.insert(u"audit_entries"_s, leftOut.auditEntries);
    if (!counts.isEmpty())
        root.insert(LeftOutKey, counts);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status WorkspaceJson::importAll(const QByteArray &data, const QString &fileName)
{
    m_problems.clear();
    const auto refuse = [this](const QString &message, const QString &detail = {}) -> Status {
        m_problems = QStringList{message};
        return Error{message, detail, {}};
    };

    auto empty = m_workspace.isEmpty();
    if (!empty)
        return refuse(empty.error().message, empty.error().detail);
    if (!*empty)
        return refuse(tr("%1 cannot be imported into this workspace because it already holds "
                         "data. Import it into a new workspace file instead.")
                          .arg(fileName));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(data, parseError.offset);
        return refuse(tr("%1: line %2, column %3: this is not valid JSON: %4.")
                          .arg(fileName, QString::number(line), QString::number(column),
                               parseError.errorString()));
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(u"format"_s).toString() != QLatin1String(FormatName))
        return refuse(tr("%1 is not a Coalition Desk workspace export (its \"format\" should be "
                         "\"%2\").")
                          .arg(fileName, QString::fromLatin1(FormatName)));
    const auto version = wholeNumber(root.value(u"format_version"_s));
    if (!version || *version < 1)
        return refuse(tr("%1: format_version: Expected a positive whole number.").arg(fileName));
    if (*version > FormatVersion)
        return refuse(
            tr("%1 was written by a newer version of Coalition Desk (format version "
               "%2; this version reads up to %3). Update Coalition Desk to import it.")
                .arg(fileName, QString::number(*version), QString::number(FormatVersion)));

    ProblemCollector collector(fileName);
    static const QSet<QString> registryKeys{
        u"format"_s, u"format_version"_s, u"schema_version"_s, OrganizationsKey,
        PeopleKey,   CoalitionsKey,       MembershipsKey,      AuditKey};
    const QStringList governance = governanceKeys();
    QStringList action = actionKeys();
    action.append(LeftOutKey);
    const QStringList stage = stageKeys();
    for (const QString &key : root.keys()) {
        if (registryKeys.contains(key))
            continue;
        // Refused rather than skipped: dropping data silently would break the
        // promise that an import restores the whole file.
        const int since = governance.contains(key) ? GovernanceFormatVersion
            : action.contains(key)                 ? ActionFormatVersion
            : stage.contains(key)                  ? StageFormatVersion
                                                   : 0;
        if (since == 0)
            collector.add(key,
                          tr("Unknown entry: this version of Coalition Desk does not know "
                             "what it holds."));
        else if (*version < since)
            collector.add(key,
                          tr("Format version %1 has no “%2”; a file that holds them declares "
                             "format_version %3 or later.")
                              .arg(QString::number(*version), key, QString::number(since)));
    }
    // "left_out" only informs: the file holds what it holds.
    if (const QJsonValue leftOut = root.value(LeftOutKey);
        !leftOut.isUndefined() && !leftOut.isObject())
        collector.add(LeftOutKey, tr("Expected counts written in braces { }."));
    if (const QJsonValue schema = root.value(u"schema_version"_s);
        !schema.isUndefined() && !schema.isNull() && !wholeNumber(schema))
        collector.add(u"schema_version"_s, tr("Expected a whole number."));

    const qint64 now = QDateTime::currentMSecsSinceEpoch(); // the file keeps milliseconds
    const QDateTime importTime = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    const auto labelOf = [](const auto &record) {
        return recordLabel(record);
    };
    const auto keyOf = [](const auto &, const QString &field) {
        return jsonKeyOf(field);
    };
    Content c;
    c.organizations = decodeRecords<Organization>(root, OrganizationsKey, importTime, collector,
                                                  keyOf, labelOf);
    c.organizationIndex = indexById(c.organizations, collector, labelOf);
    c.people = decodeRecords<Person>(root, PeopleKey, importTime, collector, keyOf, labelOf);
    c.personIndex = indexById(c.people, collector, labelOf);
    c.coalitions
        = decodeRecords<CoalitionInfo>(root, CoalitionsKey, importTime, collector, keyOf, labelOf);
    c.coalitionIndex = indexById(c.coalitions, collector, labelOf);
    const auto membershipLabelOf = [&c](const Membership &m) {
        return membershipLabel(c, m);
    };
    c.memberships = decodeRecords<Membership>(root, MembershipsKey, importTime, collector, keyOf,
                                              membershipLabelOf);
    c.membershipIndex = indexById(c.memberships, collector, membershipLabelOf);
    decodeGovernance(root, importTime, c, collector);
    decodeAction(root, importTime, c, collector);
    decodeStage(root, importTime, c, collector);
    const QJsonArray audit = arrayAt(root, AuditKey, collector);
    for (qsizetype i = 0; i < audit.size(); ++i) {
        const QString path = AuditKey + u'[' + QString::number(i) + u']';
        if (!audit.at(i).isObject())
            collector.add(path, tr("Expected a record written in braces { }."));
        else
            c.audit.append({decodeAuditEntry(audit.at(i).toObject(), path, collector), path});
    }
    (void)indexById(c.audit, collector, [](const AuditEntry &) { return QString(); });

    checkUniqueNames(c.organizations,
                     QT_TR_NOOP("“%1” has the same name as “%2” (%3); organization names must "
                                "differ in more than letter case."),
                     collector);
    checkUniqueNames(c.coalitions,
                     QT_TR_NOOP("“%1” has the same name as “%2” (%3); coalition names must "
                                "differ in more than letter case."),
                     collector);
    checkReferences(c, collector);
    checkGovernanceReferences(c, collector);
    checkActionReferences(c, collector);
    checkStageReferences(c, collector);

    if (collector.total() > 0) {
        m_problems = collector.messages();
        const qsizetype more = collector.total() - 1;
        const QString &first = m_problems.first();
        const QString summary = more == 0 ? tr("%1 (nothing was imported)").arg(first)
            : more == 1 ? tr("%1 (and 1 more problem; nothing was imported)").arg(first)
                        : tr("%1 (and %2 more problems; nothing was imported)")
                              .arg(first, QString::number(more));
        return Error{summary, {}, {}};
    }

    if (Status status = writeAll(m_workspace, c); !status)
        return refuse(status.error().message, status.error().detail);
    return {};
}

} // namespace Coalition
