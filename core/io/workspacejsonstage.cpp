// SPDX-License-Identifier: GPL-3.0-or-later
// The stage part of the workspace JSON: the recorded stage history of each
// coalition, the coordinator's checklist answers and the relationships
// between organizations, read, checked against the rest of the file, written
// and exported.
#include "domain/enums.h"
#include "storage/workspace.h"
#include "workspacejsonparts.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coalition::WorkspaceJsonParts {

namespace {

const QString StageChangesKey = u"stage_changes"_s;
const QString ChecklistAnswersKey = u"checklist_answers"_s;
const QString RelationshipsKey = u"relationships"_s;

// Validation's field ids (see validation.h) as the keys of the file; a field
// of a list item ("views[1].organization") keeps its place in the list.
QString stageKeyOf(const QString &field, const QHash<QString, QString> &own)
{
    static const QHash<QString, QString> keys{
        {u"coalition"_s, u"coalition_id"_s},
        {u"decision"_s, u"decision_id"_s},
        {u"first"_s, u"first_id"_s},
        {u"second"_s, u"second_id"_s},
        {u"organization"_s, u"organization_id"_s},
        {u"side"_s, u"side_id"_s},
    };
    const qsizetype dot = field.lastIndexOf(u'.');
    const QString last = dot < 0 ? field : field.sliced(dot + 1);
    const QString key = own.value(last, keys.value(last, last));
    return dot < 0 ? key : field.left(dot + 1) + key;
}

QString keyOf(const StageChange &, const QString &field)
{
    return stageKeyOf(field, {});
}

QString keyOf(const ChecklistAnswer &, const QString &field)
{
    // The answer's date is "answered_on" in the file.
    static const QHash<QString, QString> own{{u"on"_s, u"answered_on"_s}};
    return stageKeyOf(field, own);
}

QString keyOf(const Relationship &, const QString &field)
{
    return stageKeyOf(field, {});
}

QString stageChangeLabel(const Content &c, const StageChange &change)
{
    const QString coalition = c.coalitionName(change.coalitionId);
    if (coalition.isEmpty())
        return {};
    return WorkspaceJson::tr("stage change of “%1” to %2")
        .arg(coalition, enumLabel(change.stage).toLower());
}

QString answerLabel(const Content &c, const ChecklistAnswer &answer)
{
    const QString coalition = c.coalitionName(answer.coalitionId);
    if (coalition.isEmpty() || answer.item.trimmed().isEmpty())
        return {};
    return WorkspaceJson::tr("answer of “%1” to “%2”").arg(coalition, answer.item.trimmed());
}

QString relationshipLabel(const Content &c, const Relationship &relationship)
{
    const QString first = c.organizationName(relationship.firstId);
    const QString second = c.organizationName(relationship.secondId);
    if (first.isEmpty() || second.isEmpty())
        return {};
    return WorkspaceJson::tr("relationship of “%1” and “%2”").arg(first, second);
}

// The coalition a decision was taken in, through its meeting and body (0
// when the file does not say).
Id coalitionOfDecision(const Content &c, Id decisionId)
{
    const Decision *decision = c.decision(decisionId);
    const Meeting *meeting = decision ? c.meeting(decision->meetingId) : nullptr;
    const Body *body = meeting ? c.body(meeting->bodyId) : nullptr;
    return body ? body->coalitionId : 0;
}

// False (and said why) when the record's coalition is not in the file.
bool knownCoalition(const Content &c, Id coalitionId, const QString &path, const QString &label,
                    ProblemCollector &collector)
{
    if (coalitionId <= 0)
        return false; // the decoder has said why
    if (c.coalition(coalitionId))
        return true;
    collector.add(path + u".coalition_id"_s, noRecord(RecordKind::Coalition, coalitionId), label);
    return false;
}

void checkStageChanges(const Content &c, ProblemCollector &collector)
{
    for (const auto &[change, path] : c.stageChanges) {
        const QString label = stageChangeLabel(c, change);
        if (!knownCoalition(c, change.coalitionId, path, label, collector) || !change.decisionId)
            continue;
        const QString field = path + u".decision_id"_s;
        const Decision *decision = c.decision(*change.decisionId);
        const Id other = coalitionOfDecision(c, *change.decisionId);
        if (!decision)
            collector.add(field, noRecord(RecordKind::Decision, *change.decisionId), label);
        else if (other > 0 && other != change.coalitionId)
            collector.add(field,
                          WorkspaceJson::tr("The decision “%1” was taken in “%2”; the stage of "
                                            "“%3” is settled by one of its own decisions.")
                              .arg(decision->title.trimmed(), c.coalitionName(other),
                                   c.coalitionName(change.coalitionId)),
                          label);
    }
}

void checkChecklistAnswers(const Content &c, ProblemCollector &collector)
{
    QHash<std::pair<Id, QString>, qsizetype> seen; // (coalition, item) -> position
    for (qsizetype i = 0; i < c.checklistAnswers.size(); ++i) {
        const auto &[answer, path] = c.checklistAnswers.at(i);
        const QString label = answerLabel(c, answer);
        if (!knownCoalition(c, answer.coalitionId, path, label, collector) || answer.item.isEmpty())
            continue;
        const auto key = std::pair{answer.coalitionId, answer.item};
        if (const auto it = seen.constFind(key); it != seen.cend())
            collector.add(path + u".item"_s,
                          WorkspaceJson::tr("“%1” already has an answer to “%2” (%3); a "
                                            "coalition answers each checklist question once.")
                              .arg(c.coalitionName(answer.coalitionId), answer.item,
                                   c.checklistAnswers.at(*it).path),
                          label);
        else
            seen.insert(key, i);
    }
}

void checkRelationships(const Content &c, ProblemCollector &collector)
{
    QHash<std::pair<Id, Id>, qsizetype> pairs; // (lower id, higher id) -> position
    for (qsizetype i = 0; i < c.relationships.size(); ++i) {
        const auto &[relationship, path] = c.relationships.at(i);
        const QString label = relationshipLabel(c, relationship);
        bool known = true;
        for (const auto &[id, key] : {std::pair{relationship.firstId, u".first_id"_s},
                                      std::pair{relationship.secondId, u".second_id"_s}}) {
            if (id <= 0) {
                known = false; // the decoder has said why
            } else if (!c.organization(id)) {
                collector.add(path + key, noRecord(RecordKind::Organization, id), label);
                known = false;
            }
        }
        if (!known || relationship.firstId == relationship.secondId)
            continue; // the same organization twice is validation's to report
        // Undirected: the pair is the same whichever organization comes first.
        const auto pair = std::minmax(relationship.firstId, relationship.secondId);
        const auto key = std::pair{pair.first, pair.second};
        if (const auto it = pairs.constFind(key); it != pairs.cend())
            collector.add(path + u".second_id"_s,
                          WorkspaceJson::tr("%1 and %2 already have a relationship (%3); two "
                                            "organizations have one relationship, whichever of "
                                            "them comes first.")
                              .arg(c.organizationName(relationship.firstId),
                                   c.organizationName(relationship.secondId),
                                   c.relationships.at(*it).path),
                          label);
        else
            pairs.insert(key, i);
    }
}

template<typename T>
QJsonArray toJsonArray(QList<T> records)
{
    std::sort(records.begin(), records.end(), [](const T &a, const T &b) { return a.id < b.id; });
    QJsonArray array;
    for (const T &record : std::as_const(records))
        array.append(JsonCodec::toJson(record));
    return array;
}

} // namespace

QStringList stageKeys()
{
    return {StageChangesKey, ChecklistAnswersKey, RelationshipsKey};
}

void decodeStage(const QJsonObject &root, const QDateTime &importTime, Content &c,
                 ProblemCollector &collector)
{
    const auto key = [](const auto &record, const QString &field) {
        return keyOf(record, field);
    };
    const auto changeLabelOf = [&c](const StageChange &change) {
        return stageChangeLabel(c, change);
    };
    c.stageChanges = decodeRecords<StageChange>(root, StageChangesKey, importTime, collector, key,
                                                changeLabelOf);
    c.stageChangeIndex = indexById(c.stageChanges, collector, changeLabelOf);
    const auto answerLabelOf = [&c](const ChecklistAnswer &answer) {
        return answerLabel(c, answer);
    };
    c.checklistAnswers = decodeRecords<ChecklistAnswer>(root, ChecklistAnswersKey, importTime,
                                                        collector, key, answerLabelOf);
    c.checklistAnswerIndex = indexById(c.checklistAnswers, collector, answerLabelOf);
    const auto relationshipLabelOf = [&c](const Relationship &relationship) {
        return relationshipLabel(c, relationship);
    };
    c.relationships = decodeRecords<Relationship>(root, RelationshipsKey, importTime, collector,
                                                  key, relationshipLabelOf);
    c.relationshipIndex = indexById(c.relationships, collector, relationshipLabelOf);
}

void checkStageReferences(const Content &c, ProblemCollector &collector)
{
    checkStageChanges(c, collector);
    checkChecklistAnswers(c, collector);
    checkRelationships(c, collector);
}

Status writeStage(Workspace &workspace, const Content &c)
{
    const auto insertAll = [](auto &repository, const auto &items) -> Status {
        for (const auto &item : items) {
            if (auto id = repository.insertChecked(item.record, WriteMode::Restore); !id)
                return id.error();
        }
        return {};
    };
    // A stage change may name a decision, written with the governance part;
    // a relationship names organizations only.
    Status status = insertAll(workspace.stageChanges(), c.stageChanges);
    if (status)
        status = insertAll(workspace.checklist(), c.checklistAnswers);
    if (status)
        status = insertAll(workspace.relationships(), c.relationships);
    return status;
}

Status exportStage(Workspace &workspace, QJsonObject &root)
{
    auto changes = workspace.stageChanges().list();
    if (!changes)
        return changes.error();
    auto answers = workspace.checklist().list();
    if (!answers)
        return answers.error();
    auto relationships = workspace.relationships().list();
    if (!relationships)
        return relationships.error();
    root.insert(StageChangesKey, toJsonArray(std::move(changes).value()));
    root.insert(ChecklistAnswersKey, toJsonArray(std::move(answers).value()));
    root.insert(RelationshipsKey, toJsonArray(std::move(relationships).value()));
    return {};
}

} // namespace Coalition::WorkspaceJsonParts
