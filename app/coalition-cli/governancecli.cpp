// SPDX-License-Identifier: GPL-3.0-or-later
#include "governancecli.h"

#include "domain/jsoncodec.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Coalition::Cli {

namespace {

// Called as Qt's tr() is, with nullptr before a count, so that lupdate takes
// a %n message for one with plural forms.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Coalition::Cli", text, disambiguation, n);
}

Error plainError(const QString &message)
{
    return Error{message, {}, {}};
}

// A reference the command line cannot give as written (a name without the
// --coalition it needs, a meeting that is not a number): referenceFailure()
// reports it as a usage error.
Error usageError(const QString &message)
{
    return Error{message, {}, u"usage"_s};
}

std::optional<Id> numberIn(const QString &reference)
{
    bool isNumber = false;
    const Id id = reference.trimmed().toLongLong(&isNumber);
    return isNumber ? std::optional<Id>(id) : std::nullopt;
}

bool sameText(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

// The one record among `candidates` whose title matches, or an error that asks
// for the number when several do.
template<typename T>
Result<Id> uniqueByTitle(const QList<T> &candidates, const QString &reference,
                         const QString &noneMessage)
{
    QList<Id> found;
    for (const T &candidate : candidates) {
        if (sameText(candidate.title, reference))
            found.append(candidate.id);
    }
    if (found.isEmpty())
        return plainError(noneMessage);
    if (found.size() > 1) {
        QStringList numbers;
        for (const Id id : found)
            numbers.append(QString::number(id));
        return plainError(tr("Several records are titled “%1” (numbers %2); give the number "
                             "instead.")
                              .arg(reference, numbers.join(u", "_s)));
    }
    return found.first();
}

// Smallest count of `members` that reaches the fraction (ceiling of
// members * n / d), in integers.
qint64 atLeast(const Fraction &fraction, qint64 members)
{
    const qint64 product = members * fraction.numerator;
    return (product + fraction.denominator - 1) / fraction.denominator;
}

QString methodSentence(const Body &body, const DecisionProcedure &p, const CoalitionNames &names)
{
    switch (p.method) {
    case DecisionMethod::Consensus:
        return tr("Method: consensus. A proposal passes when every voting member present agrees "
                  "or stands aside; one block stops it. Stand-asides are recorded but do not "
                  "stop it.");
    case DecisionMethod::ConsensusThenVote: {
        const QString vote = p.fallbackMethod == DecisionMethod::Supermajority
            ? tr("a supermajority of %1").arg(p.threshold.toString())
            : tr("a simple majority");
        return tr("Method: consensus first. After %n failed attempts at consensus the body "
                  "votes, and then %1 of the basis is needed.",
                  nullptr, p.consensusAttempts)
            .arg(vote);
    }
    case DecisionMethod::Majority:
        return tr("Method: simple majority. A proposal passes when more than half of the basis "
                  "votes yes; a tie fails.");
    case DecisionMethod::Supermajority:
        return tr("Method: supermajority of %1. A proposal passes when at least %1 of the basis "
                  "votes yes (exactly %1 is enough).")
            .arg(p.threshold.toString());
    case DecisionMethod::Unanimity:
        return tr("Method: unanimity. A proposal passes only when no one votes no and everyone "
                  "counted in the basis votes yes.");
    case DecisionMethod::Delegated:
        if (p.delegateToLead)
            return names.leadName.isEmpty()
                ? tr("Method: delegated to the coalition's lead organization, which decides "
                     "alone (%1 has no lead organization at present).")
                      .arg(names.coalitionName)
                : tr("Method: delegated to the lead organization, %1, which decides alone.")
                      .arg(names.leadName);
        if (p.delegateBodyId)
            return tr("Method: delegated. %1 takes the decisions of %2, under its own "
                      "procedure.")
                .arg(names.body(*p.delegateBodyId), body.name);
        return tr("Method: delegated, but no delegate is named.");
    }
    return {};
}

QString basisSentence(const DecisionProcedure &p, int votingMembers)
{
    switch (p.basis) {
    case VoteBasis::Cast:
        return tr("Counted against: the votes cast (yes and no); abstentions and stand-asides "
                  "are not votes cast.");
    case VoteBasis::Present:
        return tr("Counted against: the voting members present, so an abstention weighs like a "
                  "no.");
    case VoteBasis::Members:
        return tr("Counted against: all %n voting members, present or not.", nullptr,
                  votingMembers);
    }
    return {};
}

QString quorumSentence(const Quorum &q, int votingMembers)
{
    switch (q.kind) {
    case QuorumKind::None:
        return tr("Quorum: none; the body may decide with any number of its members present.");
    case QuorumKind::Count:
        return tr("Quorum: at least %1 of the %n voting members must be present.", nullptr,
                  votingMembers)
            .arg(q.count);
    case QuorumKind::Majority:
        return tr("Quorum: more than half of the %n voting members must be present (%1 or "
                  "more).",
                  nullptr, votingMembers)
            .arg(votingMembers / 2 + 1);
    case QuorumKind::Fraction:
        return tr("Quorum: at least %1 of the %n voting members must be present (%2 or more).",
                  nullptr, votingMembers)
            .arg(q.fraction.toString())
            .arg(atLeast(q.fraction, votingMembers));
    }
    return {};
}

QString areasSentence(const Body &body, const DecisionProcedure &p)
{
    if (body.kind == BodyKind::FullMembership)
        return tr("May settle alone: any matter, as the full membership.");
    if (p.areas.isEmpty())
        return tr("May settle alone: no area is listed, so the procedural checks report each "
                  "decision it takes.");
    QStringList labels;
    for (const DecisionArea area : p.areas)
        labels.append(enumLabel(area));
    return tr("May settle alone: %1. A decision about anything else is reported by the "
              "procedural checks.")
        .arg(labels.join(u", "_s));
}

QString escalationSentence(const DecisionProcedure &p)
{
    if (p.escalation.isEmpty())
        return tr("Escalation: no ladder is set for a disagreement that persists.");
    QStringList steps;
    for (const EscalationStep step : p.escalation)
        steps.append(enumLabel(step).toLower());
    return tr("Escalation: a disagreement that persists goes to: %1.")
        .arg(steps.join(tr(", then ")));
}

QString reopeningSentence(const ReopeningConditions &r)
{
    QStringList parts;
    parts.append(r.minimumDays > 0 ? tr("at least %n days after the meeting that adopted it",
                                        nullptr, r.minimumDays)
                                   : tr("at any time"));
    parts.append(r.threshold ? tr("by at least %1 of the votes cast").arg(r.threshold->toString())
                             : tr("by a majority of the votes cast"));
    parts.append(r.newInformationRequired ? tr("and only with new information")
                                          : tr("with or without new information"));
    return tr("Reopening: an adopted decision may be reopened %1.").arg(parts.join(u", "_s));
}

} // namespace

Result<std::optional<Id>> optionalCoalition(Workspace &workspace, const QCommandLineParser &parser)
{
    if (!parser.isSet(u"coalition"_s))
        return std::optional<Id>();
    auto id = resolveCoalition(workspace, parser.value(u"coalition"_s));
    if (!id)
        return id.error();
    return std::optional<Id>(*id);
}

Result<Id> resolveBody(Workspace &workspace, std::optional<Id> coalitionId,
                       const QString &reference)
{
    if (const auto number = numberIn(reference)) {
        auto body = workspace.bodies().get(*number);
        if (!body)
            return body.error();
        if (coalitionId && body->coalitionId != *coalitionId)
            return plainError(
                tr("Body %1 (“%2”) belongs to another coalition.").arg(*number).arg(body->name));
        return *number;
    }
    if (!coalitionId)
        return usageError(tr("To find the body “%1” by name, name its coalition with --coalition.")
                              .arg(reference));
    auto found = workspace.bodies().findByName(*coalitionId, reference);
    if (!found)
        return found.error();
    if (!found->has_value())
        return plainError(tr("No body is named “%1” in that coalition.").arg(reference));
    return (*found)->id;
}

Result<Id> resolveMembership(Workspace &workspace, Id coalitionId, const QString &reference)
{
    auto organization = resolveOrganization(workspace, reference);
    if (!organization)
        return organization.error();
    auto found = workspace.memberships().find(coalitionId, *organization);
    if (!found)
        return found.error();
    if (!found->has_value())
        return plainError(tr("%1 is not a member of that coalition.").arg(reference));
    return (*found)->id;
}

Result<Id> resolveRule(Workspace &workspace, std::optional<Id> coalitionId,
                       const QString &reference)
{
    if (const auto number = numberIn(reference)) {
        auto rule = workspace.groundRules().get(*number);
        if (!rule)
            return rule.error();
        if (coalitionId && rule->coalitionId != *coalitionId)
            return plainError(tr("Ground rule %1 belongs to another coalition.").arg(*number));
        return *number;
    }
    if (!coalitionId)
        return usageError(tr("To find the ground rule “%1” by title, name its coalition with "
                             "--coalition.")
                              .arg(reference));
    auto rules = workspace.groundRules().listForCoalition(*coalitionId);
    if (!rules)
        return rules.error();
    return uniqueByTitle(*rules, reference,
                         tr("No ground rule is titled “%1” in that coalition.").arg(reference));
}

Result<Id> resolveMeeting(Workspace &workspace, const QString &reference)
{
    const auto number = numberIn(reference);
    if (!number)
        return usageError(
            tr("“%1” is not a meeting number; meeting list shows the numbers.").arg(reference));
    auto meeting = workspace.meetings().get(*number);
    if (!meeting)
        return meeting.error();
    return *number;
}

Result<Id> resolveDecision(Workspace &workspace, std::optional<Id> coalitionId,
                           const QString &reference)
{
    if (const auto number = numberIn(reference)) {
        auto decision = workspace.decisions().get(*number);
        if (!decision)
            return decision.error();
        if (coalitionId) {
            auto coalition = coalitionOfMeeting(workspace, decision->meetingId);
            if (!coalition)
                return coalition.error();
            if (*coalition != *coalitionId)
                return plainError(tr("Decision %1 belongs to another coalition.").arg(*number));
        }
        return *number;
    }
    if (!coalitionId)
        return usageError(
            tr("To find the decision “%1” by title, name its coalition with --coalition.")
                .arg(reference));
    auto decisions = workspace.decisions().listForCoalition(*coalitionId);
    if (!decisions)
        return decisions.error();
    return uniqueByTitle(*decisions, reference,
                         tr("No decision is titled “%1” in that coalition.").arg(reference));
}

int referenceFailure(Context &context, const Error &error)
{
    return error.field == u"usage"_s ? context.usage(error.message) : context.fail(error);
}

Result<Id> coalitionOfBody(Workspace &workspace, Id bodyId)
{
    auto body = workspace.bodies().get(bodyId);
    if (!body)
        return body.error();
    return body->coalitionId;
}

Result<Id> coalitionOfMeeting(Workspace &workspace, Id meetingId)
{
    auto meeting = workspace.meetings().get(meetingId);
    if (!meeting)
        return meeting.error();
    return coalitionOfBody(workspace, meeting->bodyId);
}

Result<Fraction> parseFractionOption(const QString &option, const QString &text)
{
    const std::optional<Fraction> fraction = Fraction::parse(text);
    if (!fraction || !fraction->isProperThreshold())
        return plainError(tr("--%1: “%2” is not a fraction above 0 and at most 1; write it as "
                             "N/D, such as 2/3.")
                              .arg(option, text));
    return *fraction;
}

Result<int> parseCountOption(const QString &option, const QString &text, int minimum)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < minimum)
        return plainError(
            tr("--%1: “%2” is not a whole number of at least %3.").arg(option, text).arg(minimum));
    return value;
}

Result<QDateTime> parseDateTimeOption(const QString &option, const QString &text)
{
    QString normalised = text.trimmed();
    normalised.replace(u'T', u' ');
    const QDateTime time = QDateTime::fromString(normalised, u"yyyy-MM-dd HH:mm"_s);
    if (!time.isValid())
        return plainError(
            tr("--%1: “%2” is not a date and time; write “YYYY-MM-DD HH:MM”.").arg(option, text));
    return time;
}

QString formatDateTime(const QDateTime &time)
{
    return time.toString(u"yyyy-MM-dd HH:mm"_s);
}

QString CoalitionNames::member(Id membershipId) const
{
    return memberNames.value(membershipId, tr("membership %1").arg(membershipId));
}

QString CoalitionNames::person(const std::optional<Id> &personId) const
{
    return personId ? personNames.value(*personId, tr("person %1").arg(*personId)) : QString();
}

QString CoalitionNames::body(Id bodyId) const
{
    return bodyNames.value(bodyId, tr("body %1").arg(bodyId));
}

Result<CoalitionNames> loadCoalitionNames(Workspace &workspace, Id coalitionId)
{
    CoalitionNames names;
    auto coalition = workspace.coalitions().get(coalitionId);
    if (!coalition)
        return coalition.error();
    names.coalitionName = coalition->name;
    auto organizations = workspace.organizations().names();
    if (!organizations)
        return organizations.error();
    QHash<Id, QString> organizationNames;
    for (const OrganizationName &o : *organizations)
        organizationNames.insert(o.id, o.name);
    if (coalition->leadOrganizationId)
        names.leadName = organizationNames.value(*coalition->leadOrganizationId);
    auto memberships = workspace.memberships().listForCoalition(coalitionId);
    if (!memberships)
        return memberships.error();
    for (const Membership &m : *memberships) {
        names.memberNames.insert(m.id, organizationNames.value(m.organizationId));
        names.memberOrganizations.insert(m.id, m.organizationId);
    }
    auto people = workspace.people().list();
    if (!people)
        return people.error();
    for (const Person &p : *people)
        names.personNames.insert(p.id, p.name);
    auto bodies = workspace.bodies().listForCoalition(coalitionId);
    if (!bodies)
        return bodies.error();
    for (const Body &b : *bodies)
        names.bodyNames.insert(b.id, b.name);
    return names;
}

QString meetingLabel(const Meeting &meeting, const CoalitionNames &names)
{
    return names.body(meeting.bodyId) + u", "_s + formatDateTime(meeting.startsAt);
}

QStringList explainProcedure(const Body &body, const DecisionProcedure &p, int votingMembers,
                             const CoalitionNames &names)
{
    QStringList lines{methodSentence(body, p, names)};
    // A delegate counts by its own rules; consensus has no basis to count against.
    if (p.method != DecisionMethod::Delegated) {
        if (p.method != DecisionMethod::Consensus)
            lines.append(basisSentence(p, votingMembers));
        lines.append(quorumSentence(p.quorum, votingMembers));
        lines.append(tr("Voting: one vote per voting member organization, however many of its "
                        "people attend; %n voting members today.",
                        nullptr, votingMembers));
    }
    lines.append(areasSentence(body, p));
    lines.append(escalationSentence(p));
    lines.append(p.noticeDays > 0
                     ? tr("Notice: a meeting must be called at least %n days before it may "
                          "decide.",
                          nullptr, p.noticeDays)
                     : tr("Notice: none is required; a meeting may decide however late it was "
                          "called."));
    lines.append(reopeningSentence(p.reopening));
    if (!p.notes.isEmpty())
        lines.append(tr("Notes: %1").arg(p.notes));
    return lines;
}

QString outcomeLine(const Decision &decision)
{
    return tr("Outcome: %1 (status: %2)")
        .arg(enumLabel(decision.outcome).toLower(), enumLabel(decision.status).toLower());
}

QString outcomeText(const Decision &decision, const QString &indent)
{
    QString text = indent + outcomeLine(decision) + u'\n';
    for (const QString &reason : decision.reasons)
        text += indent + u"  "_s + reason + u'\n';
    return text;
}

QJsonObject decisionJson(const Decision &decision, const CoalitionNames &names)
{
    QJsonObject object = JsonCodec::toJson(decision);
    QJsonArray positions;
    for (const MemberPosition &p : decision.positions)
        positions.append(QJsonObject{{u"membership_id"_s, p.membershipId},
                                     {u"organization"_s, names.member(p.membershipId)},
                                     {u"position"_s, enumKey(p.position)}});
    object.insert(u"positions"_s, positions);
    return object;
}

} // namespace Coalition::Cli
