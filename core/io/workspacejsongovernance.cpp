// SPDX-License-Identifier: GPL-3.0-or-later
// The governance half of the workspace JSON: bodies, decision procedures,
// ground rules, meetings and decisions, read, checked against the rest of the
// file, written and exported.
#include "domain/recordkey.h"
#include "storage/workspace.h"
#include "workspacejsonparts.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coalition::WorkspaceJsonParts {

namespace {

const QString BodiesKey = u"bodies"_s;
const QString ProceduresKey = u"procedures"_s;
const QString GroundRulesKey = u"ground_rules"_s;
const QString MeetingsKey = u"meetings"_s;
const QString DecisionsKey = u"decisions"_s;

// Validation's field ids (see validation.h) as the keys of the file.
QString commonKeyOf(const QString &field)
{
    static const QHash<QString, QString> keys{
        {u"coalition"_s, u"coalition_id"_s},
        {u"body"_s, u"body_id"_s},
        {u"meeting"_s, u"meeting_id"_s},
        {u"procedure"_s, u"procedure_id"_s},
        {u"starts"_s, u"starts_at"_s},
        {u"scheduled"_s, u"scheduled_on"_s},
        {u"notice"_s, u"notice_days"_s},
        {u"fallback"_s, u"fallback_method"_s},
        {u"supersedes"_s, u"supersedes_rule_id"_s},
        {u"review"_s, u"review_on"_s},
        {u"adopted-by"_s, u"adopted_by_decision_id"_s},
        {u"votes"_s, u"reopenings"_s},
    };
    return keys.value(field, field);
}

QString keyOf(const Body &, const QString &field)
{
    return commonKeyOf(field);
}

QString keyOf(const DecisionProcedure &p, const QString &field)
{
    if (field == u"attempts")
        return u"consensus_attempts"_s;
    if (field == u"delegate")
        return p.delegateToLead && !p.delegateBodyId ? u"delegate_to_lead"_s
                                                     : u"delegate_body_id"_s;
    if (field == u"quorum" && p.quorum.kind == QuorumKind::Count)
        return u"quorum.count"_s;
    if (field == u"quorum" && p.quorum.kind == QuorumKind::Fraction)
        return u"quorum.fraction"_s;
    return commonKeyOf(field);
}

QString keyOf(const GroundRule &, const QString &field)
{
    return commonKeyOf(field);
}

QString keyOf(const Meeting &, const QString &field)
{
    return commonKeyOf(field);
}

QString keyOf(const Decision &, const QString &field)
{
    if (field == u"attempts")
        return u"failed_consensus_attempts"_s;
    return commonKeyOf(field);
}

QString quoted(const char *what, const QString &name)
{
    return name.trimmed().isEmpty() ? QString() : WorkspaceJson::tr(what).arg(name.trimmed());
}

QString bodyLabel(const Body &b)
{
    return quoted(QT_TRANSLATE_NOOP("Coalition::WorkspaceJson", "body “%1”"), b.name);
}

QString ruleLabel(const GroundRule &g)
{
    return quoted(QT_TRANSLATE_NOOP("Coalition::WorkspaceJson", "ground rule “%1”"), g.title);
}

QString decisionLabel(const Decision &d)
{
    return quoted(QT_TRANSLATE_NOOP("Coalition::WorkspaceJson", "decision “%1”"), d.title);
}

QString bodyName(const Content &c, Id bodyId)
{
    const Body *body = c.body(bodyId);
    return body ? body->name.trimmed() : QString();
}

QString procedureLabel(const Content &c, const DecisionProcedure &p)
{
    return quoted(QT_TRANSLATE_NOOP("Coalition::WorkspaceJson", "procedure of “%1”"),
                  bodyName(c, p.bodyId));
}

QString meetingLabel(const Content &c, const Meeting &m)
{
    const QString body = bodyName(c, m.bodyId);
    if (body.isEmpty() || !m.startsAt.isValid())
        return {};
    return WorkspaceJson::tr("meeting of “%1” on %2")
        .arg(body, m.startsAt.date().toString(Qt::ISODate));
}

// The organization behind a membership, for messages.
QString memberName(const Content &c, Id membershipId)
{
    const Membership *m = c.membership(membershipId);
    const QString name = m ? c.organizationName(m->organizationId) : QString();
    return name.isEmpty() ? WorkspaceJson::tr("Membership %1").arg(membershipId) : name;
}

// The coalition a record belongs to, when the file says (0 when it does not).
Id coalitionOfBody(const Content &c, Id bodyId)
{
    const Body *body = c.body(bodyId);
    return body ? body->coalitionId : 0;
}
Id coalitionOfMeeting(const Content &c, Id meetingId)
{
    const Meeting *meeting = c.meeting(meetingId);
    return meeting ? coalitionOfBody(c, meeting->bodyId) : 0;
}
Id coalitionOfDecision(const Content &c, Id decisionId)
{
    const Decision *decision = c.decision(decisionId);
    return decision ? coalitionOfMeeting(c, decision->meetingId) : 0;
}

} // namespace

QString noRecord(RecordKind kind, Id id)
{
    switch (kind) {
    case RecordKind::Organization:
        return WorkspaceJson::tr("There is no organization with id %1 in this file.").arg(id);
    case RecordKind::Person:
        return WorkspaceJson::tr("There is no person with id %1 in this file.").arg(id);
    case RecordKind::Coalition:
        return WorkspaceJson::tr("There is no coalition with id %1 in this file.").arg(id);
    case RecordKind::Membership:
        return WorkspaceJson::tr("There is no membership with id %1 in this file.").arg(id);
    case RecordKind::Body:
        return WorkspaceJson::tr("There is no body with id %1 in this file.").arg(id);
    case RecordKind::Procedure:
        return WorkspaceJson::tr("There is no procedure with id %1 in this file.").arg(id);
    case RecordKind::GroundRule:
        return WorkspaceJson::tr("There is no ground rule with id %1 in this file.").arg(id);
    case RecordKind::Meeting:
        return WorkspaceJson::tr("There is no meeting with id %1 in this file.").arg(id);
    case RecordKind::Decision:
        return WorkspaceJson::tr("There is no decision with id %1 in this file.").arg(id);
    case RecordKind::Goal:
        return WorkspaceJson::tr("There is no goal with id %1 in this file.").arg(id);
    case RecordKind::ActionGroup:
        return WorkspaceJson::tr("There is no action group with id %1 in this file.").arg(id);
    case RecordKind::ActionPlan:
        return WorkspaceJson::tr("There is no action plan with id %1 in this file.").arg(id);
    case RecordKind::Task:
        return WorkspaceJson::tr("There is no task with id %1 in this file.").arg(id);
    case RecordKind::ProgressReport:
        return WorkspaceJson::tr("There is no progress report with id %1 in this file.").arg(id);
    case RecordKind::Success:
        return WorkspaceJson::tr("There is no success with id %1 in this file.").arg(id);
    case RecordKind::Evaluation:
        return WorkspaceJson::tr("There is no evaluation with id %1 in this file.").arg(id);
    case RecordKind::Conflict:
        return WorkspaceJson::tr("There is no conflict with id %1 in this file.").arg(id);
    case RecordKind::StageChange:
        return WorkspaceJson::tr("There is no stage change with id %1 in this file.").arg(id);
    case RecordKind::ChecklistAnswer:
        return WorkspaceJson::tr("There is no checklist answer with id %1 in this file.").arg(id);
    case RecordKind::Relationship:
        return WorkspaceJson::tr("There is no relationship with id %1 in this file.").arg(id);
    }
    return {};
}

void checkMember(const Content &c, Id membershipId, Id coalitionId, const QString &path,
                 const char *role, const QString &label, ProblemCollector &collector)
{
    if (membershipId <= 0)
        return; // the decoder has said why
    const Membership *m = c.membership(membershipId);
    if (!m) {
        collector.add(path, noRecord(RecordKind::Membership, membershipId), label);
        return;
    }
    if (coalitionId <= 0 || m->coalitionId == coalitionId || !c.coalition(m->coalitionId)
        || !c.coalition(coalitionId))
        return;
    collector.add(path,
                  WorkspaceJson::tr("%1 is a member of “%2”, not of “%3”, so %4.")
                      .arg(memberName(c, membershipId), c.coalitionName(m->coalitionId),
                           c.coalitionName(coalitionId), WorkspaceJson::tr(role)),
                  label);
}

namespace {

void checkBodies(const Content &c, ProblemCollector &collector)
{
    QHash<std::pair<Id, QString>, qsizetype> names; // (coalition, name key) -> position
    QHash<Id, qsizetype> fullMemberships; // coalition -> position
    for (qsizetype i = 0; i < c.bodies.size(); ++i) {
        const auto &[body, path] = c.bodies.at(i);
        const QString label = bodyLabel(body);
        if (body.coalitionId > 0 && !c.coalition(body.coalitionId)) {
            collector.add(path + u".coalition_id"_s,
                          noRecord(RecordKind::Coalition, body.coalitionId), label);
            continue;
        }
        const QString key = Validation::nameKey(body.name);
        if (!key.isEmpty()) {
            const auto it = names.constFind({body.coalitionId, key});
            if (it != names.cend())
                collector.add(path + u".name"_s,
                              WorkspaceJson::tr(
                                  "“%1” has the same name as “%2” (%3); the bodies of a coalition "
                                  "must differ in more than letter case.")
                                  .arg(body.name.trimmed(), c.bodies.at(*it).record.name.trimmed(),
                                       c.bodies.at(*it).path),
                              label);
            else
                names.insert({body.coalitionId, key}, i);
        }
        if (body.kind == BodyKind::FullMembership) {
            const auto it = fullMemberships.constFind(body.coalitionId);
            if (it != fullMemberships.cend())
                collector.add(path + u".kind"_s,
                              WorkspaceJson::tr(
                                  "“%1” already is the full membership of “%2” (%3); a coalition "
                                  "has one full membership.")
                                  .arg(c.bodies.at(*it).record.name.trimmed(),
                                       c.coalitionName(body.coalitionId), c.bodies.at(*it).path),
                              label);
            else
                fullMemberships.insert(body.coalitionId, i);
        }
        for (qsizetype s = 0; s < body.seats.size(); ++s)
            checkMember(
                c, body.seats.at(s).membershipId, body.coalitionId,
                path + u".seats["_s + QString::number(s) + u"].membership_id"_s,
                QT_TRANSLATE_NOOP("Coalition::WorkspaceJson", "it cannot hold a seat on this body"),
                label, collector);
    }
}

void checkProcedures(const Content &c, ProblemCollector &collector)
{
    QHash<Id, qsizetype> byBody; // body -> position of its procedure
    for (qsizetype i = 0; i < c.procedures.size(); ++i) {
        const auto &[procedure, path] = c.procedures.at(i);
        const QString label = procedureLabel(c, procedure);
        if (procedure.bodyId <= 0)
            continue;
        const Body *body = c.body(procedure.bodyId);
        if (!body) {
            collector.add(path + u".body_id"_s, noRecord(RecordKind::Body, procedure.bodyId));
            continue;
        }
        if (const auto it = byBody.constFind(procedure.bodyId); it != byBody.cend())
            collector.add(path + u".body_id"_s,
                          WorkspaceJson::tr(
                              "%1 already has a decision procedure (%2); a body decides by one.")
                              .arg(body->name.trimmed(), c.procedures.at(*it).path),
                          label);
        else
            byBody.insert(procedure.bodyId, i);
        if (!procedure.delegateBodyId || *procedure.delegateBodyId == procedure.bodyId)
            continue; // delegating to itself is validation's to report
        const Body *delegate = c.body(*procedure.delegateBodyId);
        if (!delegate)
            collector.add(path + u".delegate_body_id"_s,
                          noRecord(RecordKind::Body, *procedure.delegateBodyId), label);
        else if (delegate->coalitionId != body->coalitionId)
            collector.add(path + u".delegate_body_id"_s,
                          WorkspaceJson::tr(
                              "%1 belongs to another coalition: %2 can delegate only to a body of "
                              "its own coalition.")
                              .arg(delegate->name.trimmed(), body->name.trimmed()),
                          label);
    }
}

void checkMeetings(const Content &c, ProblemCollector &collector)
{
    for (const auto &[meeting, path] : c.meetings) {
        const QString label = meetingLabel(c, meeting);
        if (meeting.bodyId <= 0)
            continue;
        if (!c.body(meeting.bodyId)) {
            collector.add(path + u".body_id"_s, noRecord(RecordKind::Body, meeting.bodyId));
            continue;
        }
        const Id coalitionId = coalitionOfBody(c, meeting.bodyId);
        for (qsizetype a = 0; a < meeting.attendance.size(); ++a) {
            const Attendance &attendance = meeting.attendance.at(a);
            const QString item = path + u".attendance["_s + QString::number(a) + u']';
            checkMember(
                c, attendance.membershipId, coalitionId, item + u".membership_id"_s,
                QT_TRANSLATE_NOOP("Coalition::WorkspaceJson", "it cannot attend this meeting"),
                label, collector);
            if (!attendance.personId)
                continue;
            const Person *person = c.person(*attendance.personId);
            const Membership *member = c.membership(attendance.membershipId);
            if (!person)
                collector.add(item + u".person_id"_s,
                              noRecord(RecordKind::Person, *attendance.personId), label);
            else if (member && person->organizationId != member->organizationId
                     && c.organization(member->organizationId))
                collector.add(
                    item + u".person_id"_s,
                    WorkspaceJson::tr("%1 cannot attend for %2: they are not one of its people.")
                        .arg(person->name.trimmed(), c.organizationName(member->organizationId)),
                    label);
        }
    }
}

void checkDecisions(const Content &c, ProblemCollector &collector)
{
    for (const auto &[decision, path] : c.decisions) {
        const QString label = decisionLabel(decision);
        if (decision.meetingId > 0 && !c.meeting(decision.meetingId)) {
            collector.add(path + u".meeting_id"_s,
                          noRecord(RecordKind::Meeting, decision.meetingId), label);
            continue;
        }
        const Id coalitionId = coalitionOfMeeting(c, decision.meetingId);
        const QString coalitionName = c.coalitionName(coalitionId);
        if (decision.procedureId) {
            const DecisionProcedure *procedure = c.procedure(*decision.procedureId);
            const Id procedureCoalition = procedure ? coalitionOfBody(c, procedure->bodyId) : 0;
            if (!procedure)
                collector.add(path + u".procedure_id"_s,
                              noRecord(RecordKind::Procedure, *decision.procedureId), label);
            else if (coalitionId > 0 && procedureCoalition > 0 && procedureCoalition != coalitionId)
                collector.add(path + u".procedure_id"_s,
                              WorkspaceJson::tr(
                                  "The procedure of %1 belongs to another coalition; a decision of "
                                  "“%2” is taken under one of its own.")
                                  .arg(bodyName(c, procedure->bodyId), coalitionName),
                              label);
        }
        for (qsizetype p = 0; p < decision.positions.size(); ++p)
            checkMember(c, decision.positions.at(p).membershipId, coalitionId,
                        path + u".positions["_s + QString::number(p) + u"].membership_id"_s,
                        QT_TRANSLATE_NOOP("Coalition::WorkspaceJson",
                                          "it has no position on this decision"),
                        label, collector);
        for (qsizetype r = 0; r < decision.reopenings.size(); ++r) {
            const std::optional<Id> meetingId = decision.reopenings.at(r).meetingId;
            if (!meetingId)
                continue;
            const QString field = path + u".reopenings["_s + QString::number(r) + u"].meeting_id"_s;
            if (!c.meeting(*meetingId))
                collector.add(field, noRecord(RecordKind::Meeting, *meetingId), label);
            else if (const Id other = coalitionOfMeeting(c, *meetingId);
                     coalitionId > 0 && other > 0 && other != coalitionId)
                collector.add(field,
                              WorkspaceJson::tr(
                                  "A decision of “%1” is reopened at a meeting of its own bodies, "
                                  "not at one of “%2”.")
                                  .arg(coalitionName, c.coalitionName(other)),
                              label);
        }
    }
}

void checkGroundRules(const Content &c, ProblemCollector &collector)
{
    for (const auto &[rule, path] : c.groundRules) {
        const QString label = ruleLabel(rule);
        if (rule.coalitionId > 0 && !c.coalition(rule.coalitionId)) {
            collector.add(path + u".coalition_id"_s,
                          noRecord(RecordKind::Coalition, rule.coalitionId), label);
            continue;
        }
        if (rule.adoptedByDecisionId) {
            const Decision *decision = c.decision(*rule.adoptedByDecisionId);
            const Id other = coalitionOfDecision(c, *rule.adoptedByDecisionId);
            if (!decision)
                collector.add(path + u".adopted_by_decision_id"_s,
                              noRecord(RecordKind::Decision, *rule.adoptedByDecisionId), label);
            else if (other > 0 && other != rule.coalitionId)
                collector.add(path + u".adopted_by_decision_id"_s,
                              WorkspaceJson::tr(
                                  "The decision “%1” was taken in “%2”; a rule of “%3” is adopted "
                                  "by one of its own decisions.")
                                  .arg(decision->title.trimmed(), c.coalitionName(other),
                                       c.coalitionName(rule.coalitionId)),
                              label);
        }
        if (!rule.supersedesRuleId || *rule.supersedesRuleId == rule.id)
            continue; // superseding itself is validation's to report
        const auto superseded = c.groundRuleIndex.constFind(*rule.supersedesRuleId);
        if (superseded == c.groundRuleIndex.cend()) {
            collector.add(path + u".supersedes_rule_id"_s,
                          noRecord(RecordKind::GroundRule, *rule.supersedesRuleId), label);
            continue;
        }
        const GroundRule &other = c.groundRules.at(*superseded).record;
        if (other.coalitionId != rule.coalitionId) {
            collector.add(path + u".supersedes_rule_id"_s,
                          WorkspaceJson::tr(
                              "“%1” is a rule of “%2”; a rule supersedes only another rule of its "
                              "own coalition.")
                              .arg(other.title.trimmed(), c.coalitionName(other.coalitionId)),
                          label);
            continue;
        }
        // Follow the chain of superseded rules: it must end, not come back.
        QSet<Id> seen{rule.id};
        for (const GroundRule *next = &other; next;) {
            if (seen.contains(next->id)) {
                if (next->id == rule.id)
                    collector.add(
                        path + u".supersedes_rule_id"_s,
                        WorkspaceJson::tr("Following the rules it supersedes leads back to this "
                                          "rule; a chain of superseded rules must end."),
                        label);
                break;
            }
            seen.insert(next->id);
            const auto it = next->supersedesRuleId
                ? c.groundRuleIndex.constFind(*next->supersedesRuleId)
                : c.groundRuleIndex.cend();
            next = it == c.groundRuleIndex.cend() ? nullptr : &c.groundRules.at(*it).record;
        }
    }
}

template<typename T>
QList<T> byId(QList<T> records)
{
    std::sort(records.begin(), records.end(), [](const T &a, const T &b) { return a.id < b.id; });
    return records;
}

template<typename T>
QJsonArray toJsonArray(const QList<T> &records)
{
    QJsonArray array;
    for (const T &record : records)
        array.append(JsonCodec::toJson(record));
    return array;
}

} // namespace

QStringList governanceKeys()
{
    return {BodiesKey, ProceduresKey, GroundRulesKey, MeetingsKey, DecisionsKey};
}

void decodeGovernance(const QJsonObject &root, const QDateTime &importTime, Content &c,
                      ProblemCollector &collector)
{
    const auto key = [](const auto &record, const QString &field) {
        return keyOf(record, field);
    };
    c.bodies = decodeRecords<Body>(root, BodiesKey, importTime, collector, key, bodyLabel);
    c.bodyIndex = indexById(c.bodies, collector, bodyLabel);
    const auto procedureLabelOf = [&c](const DecisionProcedure &p) {
        return procedureLabel(c, p);
    };
    c.procedures = decodeRecords<DecisionProcedure>(root, ProceduresKey, importTime, collector, key,
                                                    procedureLabelOf);
    c.procedureIndex = indexById(c.procedures, collector, procedureLabelOf);
    const auto meetingLabelOf = [&c](const Meeting &m) {
        return meetingLabel(c, m);
    };
    c.meetings
        = decodeRecords<Meeting>(root, MeetingsKey, importTime, collector, key, meetingLabelOf);
    c.meetingIndex = indexById(c.meetings, collector, meetingLabelOf);
    c.decisions
        = decodeRecords<Decision>(root, DecisionsKey, importTime, collector, key, decisionLabel);
    c.decisionIndex = indexById(c.decisions, collector, decisionLabel);
    c.groundRules
        = decodeRecords<GroundRule>(root, GroundRulesKey, importTime, collector, key, ruleLabel);
    c.groundRuleIndex = indexById(c.groundRules, collector, ruleLabel);
}

void checkGovernanceReferences(const Content &c, ProblemCollector &collector)
{
    checkBodies(c, collector);
    checkProcedures(c, collector);
    checkMeetings(c, collector);
    checkDecisions(c, collector);
    checkGroundRules(c, collector);
}

Status writeGovernance(Workspace &workspace, const Content &c)
{
    const auto insertAll = [](auto &repository, const auto &items) -> Status {
        for (const auto &item : items) {
            if (auto id = repository.insertChecked(item.record, WriteMode::Restore); !id)
                return id.error();
        }
        return {};
    };
    // Parents first: a procedure names its body (and its delegate), a meeting
    // its body, a decision its meeting and procedure, a rule the decision that
    // adopted it.
    Status status = insertAll(workspace.bodies(), c.bodies);
    if (status)
        status = insertAll(workspace.procedures(), c.procedures);
    if (status)
        status = insertAll(workspace.meetings(), c.meetings);
    if (status)
        status = insertAll(workspace.decisions(), c.decisions);
    if (!status)
        return status;
    // A rule names the rule it supersedes, which may come later in the file:
    // write each superseded rule before the rules that supersede it (the
    // checks refused circles).
    QList<qsizetype> order;
    QSet<qsizetype> placed;
    for (qsizetype i = 0; i < c.groundRules.size(); ++i) {
        QList<qsizetype> chain;
        for (qsizetype at = i; at >= 0 && !placed.contains(at);) {
            placed.insert(at);
            chain.append(at);
            const std::optional<Id> next = c.groundRules.at(at).record.supersedesRuleId;
            at = next ? c.groundRuleIndex.value(*next, -1) : -1;
        }
        std::reverse(chain.begin(), chain.end());
        order.append(chain);
    }
    for (const qsizetype i : std::as_const(order)) {
        if (auto id
            = workspace.groundRules().insertChecked(c.groundRules.at(i).record, WriteMode::Restore);
            !id)
            return id.error();
    }
    return {};
}

Status exportGovernance(Workspace &workspace, QJsonObject &root)
{
    auto bodies = workspace.bodies().list();
    if (!bodies)
        return bodies.error();
    auto procedures = workspace.procedures().list();
    if (!procedures)
        return procedures.error();
    auto rules = workspace.groundRules().list();
    if (!rules)
        return rules.error();
    auto meetings = workspace.meetings().list();
    if (!meetings)
        return meetings.error();
    auto decisions = workspace.decisions().list();
    if (!decisions)
        return decisions.error();
    root.insert(BodiesKey, toJsonArray(byId(std::move(bodies).value())));
    root.insert(ProceduresKey, toJsonArray(byId(std::move(procedures).value())));
    root.insert(GroundRulesKey, toJsonArray(byId(std::move(rules).value())));
    root.insert(MeetingsKey, toJsonArray(byId(std::move(meetings).value())));
    root.insert(DecisionsKey, toJsonArray(byId(std::move(decisions).value())));
    return {};
}

} // namespace Coalition::WorkspaceJsonParts
