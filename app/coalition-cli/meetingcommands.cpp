// SPDX-License-Identifier: GPL-3.0-or-later
// meeting commands (the meetings of a coalition's bodies, their agenda and
// attendance) and checks (the procedural warnings). The decision commands are
// in decisioncommands.cpp.

#include "domain/jsoncodec.h"
#include "governancecli.h"
#include "storage/governancesnapshot.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Coalition::Cli {

namespace {

// Called as Qt's tr() is, with nullptr before a count, so that lupdate takes
// a %n message for one with plural forms.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Coalition::Cli", text, disambiguation, n);
}

void addCoalitionOption(QCommandLineParser &parser)
{
    parser.addOption({u"coalition"_s, tr("The coalition (number or name)."), tr("COALITION")});
}

int attendingOrganizations(const Meeting &meeting)
{
    QSet<Id> members;
    for (const Attendance &a : meeting.attendance)
        members.insert(a.membershipId);
    return static_cast<int>(members.size());
}

int meetingAdd(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    parser.addOption({u"body"_s, tr("The body that meets (number or name)."), tr("BODY")});
    parser.addOption(
        {u"at"_s, tr("When it starts, local time: “YYYY-MM-DD HH:MM”."), tr("DATE TIME")});
    parser.addOption({u"scheduled-on"_s, tr("The day the meeting was called (notice given)."),
                      tr("YYYY-MM-DD")});
    parser.addOption({u"location"_s, tr("Where it meets."), tr("TEXT")});
    parser.addOption(
        {u"agenda"_s, tr("An agenda item; repeat for several, in order."), tr("TEXT")});
    parser.addOption({u"minutes"_s, tr("The minutes."), tr("TEXT")});
    parser.addOption({u"notes"_s, tr("Free notes."), tr("TEXT")});
    if (!context.parse(parser, u"--body BODY --at \"YYYY-MM-DD HH:MM\" [OPTIONS]"_s,
                       tr("Adds a meeting of a body. A body named by name needs --coalition.")))
        return context.exitCode();
    if (!parser.isSet(u"body"_s) || !parser.isSet(u"at"_s))
        return context.usage(tr("meeting add needs --body and --at."));
    auto startsAt = parseDateTimeOption(u"at"_s, parser.value(u"at"_s));
    if (!startsAt)
        return context.usage(startsAt.error().message);
    auto scheduledOn = parseDateOption(parser, u"scheduled-on"_s);
    if (!scheduledOn)
        return context.usage(scheduledOn.error().message);
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto coalition = optionalCoalition(*workspace, parser);
    if (!coalition)
        return context.fail(coalition.error());
    auto body = resolveBody(*workspace, *coalition, parser.value(u"body"_s));
    if (!body)
        return referenceFailure(context, body.error());
    Meeting meeting;
    meeting.bodyId = *body;
    meeting.startsAt = *startsAt;
    meeting.scheduledOn = *scheduledOn;
    meeting.location = parser.value(u"location"_s);
    meeting.agenda = parser.values(u"agenda"_s);
    meeting.minutes = parser.value(u"minutes"_s);
    meeting.notes = parser.value(u"notes"_s);
    auto id = workspace->meetings().add(meeting);
    if (!id)
        return context.fail(id.error());
    auto stored = workspace->bodies().get(*body);
    context.out() << tr("Added meeting %1: %2, %3.")
                         .arg(QString::number(*id), stored ? stored->name : QString(),
                              formatDateTime(meeting.startsAt))
                  << u'\n';
    return Success;
}

int meetingList(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    parser.addOption({u"body"_s, tr("Only the meetings of this body."), tr("BODY")});
    context.addFormatOption(parser);
    if (!context.parse(parser, u"--coalition COALITION | --body BODY [--format json]"_s,
                       tr("Lists the meetings of a coalition's bodies, oldest first.")))
        return context.exitCode();
    if (!parser.isSet(u"coalition"_s) && !parser.isSet(u"body"_s))
        return context.usage(tr("meeting list needs --coalition or --body."));
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto coalition = optionalCoalition(*workspace, parser);
    if (!coalition)
        return context.fail(coalition.error());
    std::optional<Id> bodyId;
    if (parser.isSet(u"body"_s)) {
        auto body = resolveBody(*workspace, *coalition, parser.value(u"body"_s));
        if (!body)
            return referenceFailure(context, body.error());
        bodyId = *body;
    }
    Id coalitionId = coalition->value_or(0);
    if (bodyId) {
        auto owner = coalitionOfBody(*workspace, *bodyId);
        if (!owner)
            return context.fail(owner.error());
        coalitionId = *owner;
    }
    auto meetings = bodyId ? workspace->meetings().listForBody(*bodyId)
                           : workspace->meetings().listForCoalition(coalitionId);
    auto decisions = workspace->decisions().listForCoalition(coalitionId);
    auto names = loadCoalitionNames(*workspace, coalitionId);
    if (!meetings || !decisions || !names)
        return context.fail(!meetings        ? meetings.error()
                                : !decisions ? decisions.error()
                                             : names.error());
    QHash<Id, int> decisionCounts;
    for (const Decision &d : *decisions)
        ++decisionCounts[d.meetingId];
    QJsonArray array;
    QList<QStringList> rows;
    for (const Meeting &m : *meetings) {
        QJsonObject object = JsonCodec::toJson(m);
        object.insert(u"body"_s, names->body(m.bodyId));
        object.insert(u"decisions"_s, decisionCounts.value(m.id));
        array.append(object);
        rows.append({QString::number(m.id), formatDateTime(m.startsAt), names->body(m.bodyId),
                     m.location, QString::number(attendingOrganizations(m)),
                     QString::number(decisionCounts.value(m.id))});
    }
    if (context.wantsJson(parser))
        return context.printJson(QJsonDocument(array));
    context.out() << formatTable(
        {tr("ID"), tr("When"), tr("Body"), tr("Location"), tr("Attending"), tr("Decisions")}, rows);
    return Success;
}

// The meeting named by the positional argument, and the names of its coalition.
std::optional<std::pair<Meeting, CoalitionNames>>
targetMeeting(Context &context, const QCommandLineParser &parser, const QString &usageMessage)
{
    if (parser.positionalArguments().size() != 1) {
        context.usage(usageMessage);
        return std::nullopt;
    }
    Workspace *workspace = context.workspace();
    if (!workspace)
        return std::nullopt;
    auto id = resolveMeeting(*workspace, parser.positionalArguments().first());
    auto meeting = id ? workspace->meetings().get(*id) : Result<Meeting>(id.error());
    if (!meeting) {
        referenceFailure(context, meeting.error());
        return std::nullopt;
    }
    auto coalition = coalitionOfBody(*workspace, meeting->bodyId);
    if (!coalition) {
        context.fail(coalition.error());
        return std::nullopt;
    }
    auto names = loadCoalitionNames(*workspace, *coalition);
    if (!names) {
        context.fail(names.error());
        return std::nullopt;
    }
    return std::pair{*meeting, *names};
}

int meetingShow(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"meeting"_s, tr("The meeting's number."));
    context.addFormatOption(parser);
    if (!context.parse(parser, u"MEETING [--format json]"_s,
                       tr("Shows a meeting: attendance, agenda, minutes and its decisions with "
                          "their outcomes and reasons.")))
        return context.exitCode();
    const auto target
        = targetMeeting(context, parser, tr("meeting show needs one meeting number."));
    if (!target)
        return context.exitCode();
    const auto &[meeting, names] = *target;
    auto decisions = context.workspace()->decisions().listForMeeting(meeting.id);
    if (!decisions)
        return context.fail(decisions.error());
    if (context.wantsJson(parser)) {
        QJsonObject object = JsonCodec::toJson(meeting);
        object.insert(u"body"_s, names.body(meeting.bodyId));
        QJsonArray attendance;
        for (const Attendance &a : meeting.attendance)
            attendance.append(QJsonObject{
                {u"membership_id"_s, a.membershipId},
                {u"organization"_s, names.member(a.membershipId)},
                {u"person_id"_s, a.personId ? QJsonValue(*a.personId) : QJsonValue()},
                {u"person"_s, a.personId ? QJsonValue(names.person(a.personId)) : QJsonValue()}});
        object.insert(u"attendance"_s, attendance);
        QJsonArray array;
        for (const Decision &d : *decisions)
            array.append(decisionJson(d, names));
        object.insert(u"decisions"_s, array);
        return context.printJson(QJsonDocument(object));
    }
    QTextStream &out = context.out();
    out << tr("Meeting %1: %2").arg(QString::number(meeting.id), meetingLabel(meeting, names))
        << u'\n';
    if (!meeting.location.isEmpty())
        out << u"  "_s << tr("Location: %1").arg(meeting.location) << u'\n';
    if (meeting.scheduledOn.isValid())
        out << u"  "_s
            << tr("Called on %1: %n days' notice.", nullptr,
                  static_cast<int>(meeting.scheduledOn.daysTo(meeting.startsAt.date())))
                   .arg(meeting.scheduledOn.toString(Qt::ISODate))
            << u'\n';
    else
        out << u"  "_s << tr("The day it was called is not recorded.") << u'\n';
    out << tr("Agenda:") << u'\n';
    for (qsizetype i = 0; i < meeting.agenda.size(); ++i)
        out << u"  "_s << i + 1 << u". "_s << meeting.agenda.at(i) << u'\n';
    out << tr("Member organizations present: %1.").arg(attendingOrganizations(meeting)) << u'\n';
    QList<Id> order;
    QHash<Id, QStringList> people;
    for (const Attendance &a : meeting.attendance) {
        if (!order.contains(a.membershipId))
            order.append(a.membershipId);
        if (a.personId)
            people[a.membershipId].append(names.person(a.personId));
    }
    for (const Id member : std::as_const(order)) {
        const QStringList through = people.value(member);
        out << u"  "_s << names.member(member)
            << (through.isEmpty() ? QString() : u" — "_s + through.join(u", "_s)) << u'\n';
    }
    out << tr("Decisions:") << u'\n';
    for (const Decision &d : *decisions) {
        out << u"  "_s << d.id << u"  "_s << d.title << u'\n';
        out << outcomeText(d, u"    "_s);
    }
    if (!meeting.minutes.isEmpty())
        out << tr("Minutes:") << u'\n' << u"  "_s << meeting.minutes << u'\n';
    if (!meeting.notes.isEmpty())
        out << tr("Notes:") << u'\n' << u"  "_s << meeting.notes << u'\n';
    return Success;
}

int meetingAttend(Context &context)
{
    QCommandLineParser parser;
    parser.addOption({u"org"_s, tr("The member organization (number or name)."), tr("ORG")});
    parser.addOption(
        {u"person"_s, tr("The person who attended for it (number or name)."), tr("PERSON")});
    parser.addOption({u"remove"_s, tr("Remove the attendance (of that person only, when given).")});
    parser.addPositionalArgument(u"meeting"_s, tr("The meeting's number."));
    if (!context.parse(parser, u"MEETING --org ORG [--person PERSON] [--remove]"_s,
                       tr("Records that a member organization attended a meeting, through one "
                          "of its people, or removes that record. The meeting's decisions are "
                          "counted again.")))
        return context.exitCode();
    if (!parser.isSet(u"org"_s))
        return context.usage(tr("meeting attend needs --org."));
    const auto target
        = targetMeeting(context, parser, tr("meeting attend needs one meeting number."));
    if (!target)
        return context.exitCode();
    const auto &[meeting, names] = *target;
    Workspace *workspace = context.workspace();
    auto coalition = coalitionOfBody(*workspace, meeting.bodyId);
    if (!coalition)
        return context.fail(coalition.error());
    auto membership = resolveMembership(*workspace, *coalition, parser.value(u"org"_s));
    if (!membership)
        return context.fail(membership.error());
    std::optional<Id> person;
    if (parser.isSet(u"person"_s)) {
        auto found = resolvePerson(*workspace, parser.value(u"person"_s),
                                   names.memberOrganizations.value(*membership));
        if (!found)
            return context.fail(found.error());
        person = *found;
    }
    QList<Attendance> attendance = meeting.attendance;
    const QString who = person
        ? tr("%1 (through %2)").arg(names.member(*membership), names.person(person))
        : names.member(*membership);
    if (parser.isSet(u"remove"_s)) {
        const qsizetype removed = attendance.removeIf([&](const Attendance &a) {
            return a.membershipId == *membership && (!person || a.personId == person);
        });
        if (removed == 0)
            return context.fail(
                tr("%1 is not recorded at meeting %2.").arg(who, QString::number(meeting.id)));
    } else {
        const bool present
            = std::any_of(attendance.cbegin(), attendance.cend(), [&](const Attendance &a) {
                  return a.membershipId == *membership && (!person || a.personId == person);
              });
        if (!present) {
            // A person named for an organization recorded without one fills it in.
            const auto anonymous
                = std::find_if(attendance.begin(), attendance.end(), [&](const Attendance &a) {
                      return a.membershipId == *membership && !a.personId;
                  });
            if (anonymous != attendance.end())
                anonymous->personId = person;
            else
                attendance.append({*membership, person});
        }
    }
    auto before = workspace->decisions().listForMeeting(meeting.id);
    if (!before)
        return context.fail(before.error());
    if (Status status = workspace->meetings().setAttendance(meeting.id, attendance); !status)
        return context.fail(status.error());
    Meeting after = meeting;
    after.attendance = attendance;
    context.out() << (parser.isSet(u"remove"_s) ? tr("Removed %1 from meeting %2.")
                                                : tr("Recorded %1 at meeting %2."))
                         .arg(who, QString::number(meeting.id))
                  << u' '
                  << tr("Member organizations present: %1.").arg(attendingOrganizations(after))
                  << u'\n';
    // Who is present changes the count: say which outcomes changed, and why.
    auto decisions = workspace->decisions().listForMeeting(meeting.id);
    if (!decisions)
        return context.fail(decisions.error());
    for (const Decision &d : *decisions) {
        const auto old = std::find_if(before->cbegin(), before->cend(),
                                      [&d](const Decision &b) { return b.id == d.id; });
        if (old != before->cend() && old->outcome == d.outcome)
            continue;
        context.out()
            << tr("Decision %1, “%2”, has a new outcome:").arg(QString::number(d.id), d.title)
            << u'\n' << outcomeText(d, u"  "_s);
    }
    return Success;
}

// --- checks -----------------------------------------------------------------

// A readable name for a record a warning involves.
QString recordName(const RecordKey &key, const GovernanceSnapshot &s)
{
    const auto find = [&key](const auto &list) {
        return std::find_if(list.cbegin(), list.cend(),
                            [&key](const auto &item) { return item.id == key.id; });
    };
    switch (key.kind) {
    case RecordKind::Organization:
        return s.organizationNames.value(key.id);
    case RecordKind::Person:
        return s.personNames.value(key.id);
    case RecordKind::Coalition:
        return s.coalition.name;
    case RecordKind::Membership:
        if (const auto it = find(s.memberships); it != s.memberships.cend())
            return s.organizationNames.value(it->organizationId);
        break;
    case RecordKind::Body:
        if (const auto it = find(s.bodies); it != s.bodies.cend())
            return it->name;
        break;
    case RecordKind::Procedure:
        if (const auto it = find(s.procedures); it != s.procedures.cend()) {
            const auto body = std::find_if(s.bodies.cbegin(), s.bodies.cend(),
                                           [&](const Body &b) { return b.id == it->bodyId; });
            if (body != s.bodies.cend())
                return tr("procedure of %1").arg(body->name);
        }
        break;
    case RecordKind::GroundRule:
        if (const auto it = find(s.rules); it != s.rules.cend())
            return it->title;
        break;
    case RecordKind::Meeting:
        if (const auto it = find(s.meetings); it != s.meetings.cend()) {
            const auto body = std::find_if(s.bodies.cbegin(), s.bodies.cend(),
                                           [&](const Body &b) { return b.id == it->bodyId; });
            return (body != s.bodies.cend() ? body->name + u", "_s : QString())
                + formatDateTime(it->startsAt);
        }
        break;
    case RecordKind::Decision:
        if (const auto it = find(s.decisions); it != s.decisions.cend())
            return it->title;
        break;
    default: // the governance checks name no other kind of record
        break;
    }
    return {};
}

int checks(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOption(parser);
    context.addFormatOption(parser);
    if (!context.parse(parser, u"--coalition COALITION [--format json]"_s,
                       tr("Lists the procedural warnings of a coalition, each with its reasons "
                          "and the records involved. Exits 0 whether or not there are "
                          "warnings.")))
        return context.exitCode();
    if (!parser.isSet(u"coalition"_s))
        return context.usage(tr("checks needs --coalition."));
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto coalition = resolveCoalition(*workspace, parser.value(u"coalition"_s));
    if (!coalition)
        return context.fail(coalition.error());
    auto snapshot = loadGovernanceSnapshot(*workspace, *coalition, QDate::currentDate());
    if (!snapshot)
        return context.fail(snapshot.error());
    const QList<ProceduralWarning> warnings = ProceduralChecks::run(*snapshot);
    if (context.wantsJson(parser)) {
        QJsonArray array;
        for (const ProceduralWarning &w : warnings) {
            QJsonArray records;
            for (const RecordKey &key : w.records)
                records.append(QJsonObject{{u"kind"_s, recordKindKey(key.kind)},
                                           {u"id"_s, key.id},
                                           {u"name"_s, recordName(key, *snapshot)}});
            array.append(QJsonObject{{u"kind"_s, checkKindKey(w.kind)},
                                     {u"summary"_s, w.summary},
                                     {u"reasons"_s, QJsonArray::fromStringList(w.reasons)},
                                     {u"records"_s, records}});
        }
        return context.printJson(QJsonDocument(QJsonObject{
            {u"coalition_id"_s, *coalition},
            {u"coalition"_s, snapshot->coalition.name},
            {u"count"_s, static_cast<int>(warnings.size())},
            {u"warnings"_s, array},
        }));
    }
    QTextStream &out = context.out();
    if (warnings.isEmpty()) {
        out << tr("No procedural warnings for %1.").arg(snapshot->coalition.name) << u'\n';
        return Success;
    }
    out << tr("Procedural warnings for %1: %2.").arg(snapshot->coalition.name).arg(warnings.size())
        << u'\n';
    for (const ProceduralWarning &w : warnings) {
        out << u"\n["_s << checkKindKey(w.kind) << u"] "_s << w.summary << u'\n';
        for (const QString &reason : w.reasons)
            out << u"  - "_s << reason << u'\n';
        QStringList records;
        for (const RecordKey &key : w.records)
            records.append(tr("%1 %2 “%3”")
                               .arg(recordKindKey(key.kind), QString::number(key.id),
                                    recordName(key, *snapshot)));
        if (!records.isEmpty())
            out << u"  "_s << tr("Records: %1").arg(records.join(u"; "_s)) << u'\n';
    }
    return Success;
}

} // namespace

QList<Command> meetingCommands()
{
    return QList<Command>{
               {u"meeting"_s, u"add"_s, tr("Add a meeting of a body"), meetingAdd},
               {u"meeting"_s, u"list"_s, tr("List meetings, oldest first"), meetingList},
               {u"meeting"_s, u"show"_s, tr("Show a meeting with its decisions"), meetingShow},
               {u"meeting"_s, u"attend"_s, tr("Record who attended a meeting"), meetingAttend},
           }
    + decisionCommands()
        + QList<Command>{
            {u"checks"_s, QString(), tr("List the procedural warnings of a coalition"), checks},
        };
}

} // namespace Coalition::Cli
