// SPDX-License-Identifier: GPL-3.0-or-later
// coalition and member commands.

#include "clicontext.h"
#include "domain/jsoncodec.h"
#include "domain/money.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Coalition::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Coalition::Cli", text);
}

void addCoalitionOptions(QCommandLineParser &parser)
{
    parser.addOption({u"name"_s, tr("Name (unique in the workspace)."), tr("NAME")});
    parser.addOption(
        {u"type"_s, tr("Type: %1.").arg(enumKeys<CoalitionType>().join(u", "_s)), tr("TYPE")});
    parser.addOption({u"purpose"_s, tr("Why the coalition exists."), tr("TEXT")});
    parser.addOption({u"vision"_s, tr("The future it works towards."), tr("TEXT")});
    parser.addOption({u"mission"_s, tr("The mission statement."), tr("TEXT")});
    parser.addOption({u"start"_s, tr("Start date."), tr("YYYY-MM-DD")});
    parser.addOption({u"end"_s, tr("End date (required for a campaign)."), tr("YYYY-MM-DD")});
    parser.addOption({u"lead"_s, tr("Lead organization (number or name)."), tr("ORG")});
    parser.addOption({u"no-lead"_s, tr("Edit: no lead organization.")});
    parser.addOption({u"meeting-frequency"_s, tr("How often it meets."), tr("TEXT")});
    parser.addOption({u"meeting-length"_s, tr("Usual meeting length in minutes."), tr("MINUTES")});
    parser.addOption({u"meeting-location"_s, tr("Where it usually meets."), tr("TEXT")});
    parser.addOption({u"dues-arrangement"_s, tr("How dues are set."), tr("TEXT")});
    parser.addOption({u"grants"_s, tr("Grants that fund it."), tr("TEXT")});
    parser.addOption({u"in-kind"_s, tr("In-kind support it receives."), tr("TEXT")});
    parser.addOption({u"notes"_s, tr("Free notes."), tr("TEXT")});
}

// Applies the options that were given and returns the exit code. A value that
// is wrong in itself (an unknown type, a malformed date) is a usage error, as
// an unknown sector is for org add; a lead organization the workspace does not
// have is a failure.
int applyCoalitionOptions(Context &context, Workspace &workspace, const QCommandLineParser &parser,
                          CoalitionInfo &c)
{
    if (parser.isSet(u"name"_s))
        c.name = parser.value(u"name"_s);
    if (parser.isSet(u"type"_s)) {
        auto type = parseEnum<CoalitionType>(parser.value(u"type"_s));
        if (!type)
            return context.usage(type.error().message);
        c.type = *type;
    }
    const std::pair<QString, QString *> texts[] = {
        {u"purpose"_s, &c.purpose},
        {u"vision"_s, &c.vision},
        {u"mission"_s, &c.mission},
        {u"meeting-frequency"_s, &c.meetings.frequency},
        {u"meeting-location"_s, &c.meetings.location},
        {u"dues-arrangement"_s, &c.finances.dues},
        {u"grants"_s, &c.finances.grants},
        {u"in-kind"_s, &c.finances.inKind},
        {u"notes"_s, &c.notes},
    };
    for (const auto &[name, field] : texts) {
        if (parser.isSet(name))
            *field = parser.value(name);
    }
    for (const auto &[name, field] :
         {std::pair{u"start"_s, &c.startDate}, std::pair{u"end"_s, &c.endDate}}) {
        auto date = parseDateOption(parser, name);
        if (!date)
            return context.usage(date.error().message);
        if (parser.isSet(name))
            *field = *date;
    }
    if (parser.isSet(u"meeting-length"_s)) {
        bool ok = false;
        c.meetings.usualLengthMinutes = parser.value(u"meeting-length"_s).toInt(&ok);
        if (!ok)
            return context.usage(tr("--meeting-length: give a number of minutes."));
    }
    if (parser.isSet(u"no-lead"_s))
        c.leadOrganizationId.reset();
    if (parser.isSet(u"lead"_s)) {
        auto lead = resolveOrganization(workspace, parser.value(u"lead"_s));
        if (!lead)
            return context.fail(lead.error());
        c.leadOrganizationId = *lead;
    }
    return Success;
}

int coalitionAdd(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOptions(parser);
    if (!context.parse(parser, u"--name NAME --type TYPE [OPTIONS]"_s, tr("Adds a coalition.")))
        return context.exitCode();
    if (!parser.isSet(u"name"_s) || !parser.isSet(u"type"_s))
        return context.usage(tr("coalition add needs --name and --type."));
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    CoalitionInfo coalition;
    if (int code = applyCoalitionOptions(context, *workspace, parser, coalition); code != Success)
        return code;
    auto id = workspace->coalitions().add(coalition);
    if (!id)
        return context.fail(id.error());
    context.out() << tr("Added coalition %1: %2").arg(*id).arg(coalition.name.trimmed()) << u'\n';
    return Success;
}

int coalitionEdit(Context &context)
{
    QCommandLineParser parser;
    addCoalitionOptions(parser);
    parser.addPositionalArgument(u"coalition"_s, tr("The coalition's number or name."));
    if (!context.parse(parser, u"COALITION [OPTIONS]"_s,
                       tr("Changes the given fields of a coalition; the others stay.")))
        return context.exitCode();
    if (parser.positionalArguments().size() != 1)
        return context.usage(tr("coalition edit needs one coalition (number or name)."));
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto id = resolveCoalition(*workspace, parser.positionalArguments().first());
    if (!id)
        return context.fail(id.error());
    auto coalition = workspace->coalitions().get(*id);
    if (!coalition)
        return context.fail(coalition.error());
    CoalitionInfo changed = *coalition;
    if (int code = applyCoalitionOptions(context, *workspace, parser, changed); code != Success)
        return code;
    if (Status status = workspace->coalitions().update(changed); !status)
        return context.fail(status.error());
    context.out() << tr("Updated coalition %1: %2").arg(*id).arg(changed.name.trimmed()) << u'\n';
    return Success;
}

int coalitionList(Context &context)
{
    QCommandLineParser parser;
    context.addFormatOption(parser);
    if (!context.parse(parser, u"[--format json]"_s, tr("Lists the coalitions.")))
        return context.exitCode();
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto coalitions = workspace->coalitions().list();
    if (!coalitions)
        return context.fail(coalitions.error());
    QJsonArray array;
    QList<QStringList> rows;
    for (const CoalitionInfo &c : *coalitions) {
        auto members = workspace->memberships().listForCoalition(c.id);
        if (!members)
            return context.fail(members.error());
        array.append(JsonCodec::toJson(c));
        rows.append({QString::number(c.id), c.name, enumLabel(c.type),
                     c.startDate.toString(Qt::ISODate), QString::number(members->size())});
    }
    if (context.wantsJson(parser))
        return context.printJson(QJsonDocument(array));
    context.out() << formatTable({tr("ID"), tr("Name"), tr("Type"), tr("Since"), tr("Members")},
                                 rows);
    return Success;
}

int coalitionShow(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"coalition"_s, tr("The coalition's number or name."));
    context.addFormatOption(parser);
    if (!context.parse(parser, u"COALITION [--format json]"_s, tr("Shows a coalition.")))
        return context.exitCode();
    if (parser.positionalArguments().size() != 1)
        return context.usage(tr("coalition show needs one coalition (number or name)."));
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto id = resolveCoalition(*workspace, parser.positionalArguments().first());
    if (!id)
        return context.fail(id.error());
    auto coalition = workspace->coalitions().get(*id);
    if (!coalition)
        return context.fail(coalition.error());
    if (context.wantsJson(parser))
        return context.printJson(QJsonDocument(JsonCodec::toJson(*coalition)));
    const CoalitionInfo &c = *coalition;
    QString lead;
    if (c.leadOrganizationId) {
        if (auto o = workspace->organizations().get(*c.leadOrganizationId))
            lead = o->name;
    }
    QTextStream &out = context.out();
    out << c.name << u"  ("_s << enumLabel(c.type) << u", #"_s << c.id << u")\n"_s;
    const std::pair<QString, QString> fields[] = {
        {tr("Purpose"), c.purpose},
        {tr("Vision"), c.vision},
        {tr("Mission"), c.mission},
        {tr("Start"), c.startDate.toString(Qt::ISODate)},
        {tr("End"), c.endDate.toString(Qt::ISODate)},
        {tr("Lead"), lead},
        {tr("Meets"), c.meetings.frequency},
        {tr("Meeting length"),
         c.meetings.usualLengthMinutes > 0 ? tr("%1 minutes").arg(c.meetings.usualLengthMinutes)
                                           : QString()},
        {tr("Meets at"), c.meetings.location},
        {tr("Dues"), c.finances.dues},
        {tr("Grants"), c.finances.grants},
        {tr("In kind"), c.finances.inKind},
        {tr("Notes"), c.notes},
    };
    for (const auto &[label, value] : fields) {
        if (!value.isEmpty())
            out << u"  "_s << QString(label + u':').leftJustified(16) << value << u'\n';
    }
    return Success;
}

void addMembershipOptions(QCommandLineParser &parser)
{
    parser.addOption({u"coalition"_s, tr("The coalition (number or name)."), tr("COALITION")});
    parser.addOption({u"org"_s, tr("The member organization (number or name)."), tr("ORG")});
    parser.addOption({u"status"_s,
                      tr("Status: %1.").arg(enumKeys<MembershipStatus>().join(u", "_s)),
                      tr("STATUS")});
    parser.addOption(
        {u"kind"_s, tr("Kind: %1.").arg(enumKeys<MembershipKind>().join(u", "_s)), tr("KIND")});
    parser.addOption({u"joined"_s, tr("Date it joined."), tr("YYYY-MM-DD")});
    parser.addOption({u"left"_s, tr("Date it left."), tr("YYYY-MM-DD")});
    parser.addOption({u"representative"_s,
                      tr("Its representative (a person of the "
                         "organization: number or name)."),
                      tr("PERSON")});
    parser.addOption(
        {u"alternate"_s, tr("Its alternate (a person of the organization)."), tr("PERSON")});
    parser.addOption({u"dues"_s, tr("Yearly dues, such as 120.00."), tr("AMOUNT")});
    parser.addOption({u"paid-through"_s, tr("Dues are paid up to this date."), tr("YYYY-MM-DD")});
    parser.addOption({u"contribution"_s,
                      tr("A contribution as KIND:VALUE:PERIOD:DESCRIPTION, for example "
                         "staff-time:800.00:monthly:Organizer one day a week; repeat for "
                         "several (on edit, replaces them). Kinds: %1. Periods: %2.")
                          .arg(enumKeys<ContributionKind>().join(u", "_s),
                               enumKeys<ContributionPeriod>().join(u", "_s)),
                      tr("SPEC")});
    parser.addOption({u"shared-interest"_s,
                      tr("An interest it shares with the coalition; "
                         "repeatable."),
                      tr("TEXT")});
    parser.addOption({u"conflicting-interest"_s,
                      tr("An interest in conflict with the "
                         "coalition's; repeatable."),
                      tr("TEXT")});
    parser.addOption(
        {u"barrier"_s, tr("Something that limits its contribution; repeatable."), tr("TEXT")});
    parser.addOption({u"notes"_s, tr("Free notes."), tr("TEXT")});
}

Result<Contribution> parseContribution(const QString &spec)
{
    const QStringList parts = spec.split(u':');
    if (parts.size() < 3)
        return Error{
            tr("--contribution “%1”: write KIND:VALUE:PERIOD[:DESCRIPTION].").arg(spec), {}, {}};
    auto kind = parseEnum<ContributionKind>(parts.at(0));
    if (!kind)
        return kind.error();
    const auto value = parseMoney(parts.at(1));
    if (!value)
        return Error{
            tr("--contribution “%1”: “%2” is not an amount.").arg(spec, parts.at(1)), {}, {}};
    auto period = parseEnum<ContributionPeriod>(parts.at(2));
    if (!period)
        return period.error();
    return Contribution{*kind, parts.mid(3).join(u':'), *value, *period};
}

// Applies the options that were given and returns the exit code: a usage
// error for a value that is wrong in itself (vocabulary, date, amount,
// contribution), a failure for a person that cannot be found or represent.
int applyMembershipOptions(Context &context, Workspace &workspace, const QCommandLineParser &parser,
                           Membership &m)
{
    if (parser.isSet(u"status"_s)) {
        auto status = parseEnum<MembershipStatus>(parser.value(u"status"_s));
        if (!status)
            return context.usage(status.error().message);
        m.status = *status;
    }
    if (parser.isSet(u"kind"_s)) {
        auto kind = parseEnum<MembershipKind>(parser.value(u"kind"_s));
        if (!kind)
            return context.usage(kind.error().message);
        m.kind = *kind;
    }
    for (const auto &[name, field] :
         {std::pair{u"joined"_s, &m.joinedOn}, std::pair{u"left"_s, &m.leftOn},
          std::pair{u"paid-through"_s, &m.duesPaidThrough}}) {
        auto date = parseDateOption(parser, name);
        if (!date)
            return context.usage(date.error().message);
        if (parser.isSet(name))
            *field = *date;
    }
    for (const auto &[name, field] : {std::pair{u"representative"_s, &m.representativeId},
                                      std::pair{u"alternate"_s, &m.alternateId}}) {
        if (!parser.isSet(name))
            continue;
        if (parser.value(name).isEmpty()) {
            field->reset();
            continue;
        }
        auto person = resolvePerson(workspace, parser.value(name), m.organizationId);
        if (!person)
            return context.fail(person.error());
        *field = *person;
    }
    if (parser.isSet(u"dues"_s)) {
        const auto dues = parseMoney(parser.value(u"dues"_s));
        if (!dues)
            return context.usage(tr("--dues: “%1” is not an amount.").arg(parser.value(u"dues"_s)));
        m.duesCents = *dues;
    }
    if (parser.isSet(u"contribution"_s)) {
        m.contributions.clear();
        for (const QString &spec : parser.values(u"contribution"_s)) {
            auto contribution = parseContribution(spec);
            if (!contribution)
                return context.usage(contribution.error().message);
            m.contributions.append(*contribution);
        }
    }
    if (parser.isSet(u"shared-interest"_s) || parser.isSet(u"conflicting-interest"_s)) {
        m.interests.clear();
        for (const QString &text : parser.values(u"shared-interest"_s))
            m.interests.append({InterestKind::Shared, text});
        for (const QString &text : parser.values(u"conflicting-interest"_s))
            m.interests.append({InterestKind::Conflicting, text});
    }
    if (parser.isSet(u"barrier"_s))
        m.barriers = parser.values(u"barrier"_s);
    if (parser.isSet(u"notes"_s))
        m.notes = parser.value(u"notes"_s);
    return Success;
}

// The membership named by --coalition and --org.
Result<Membership> findMembership(Workspace &workspace, const QCommandLineParser &parser)
{
    if (!parser.isSet(u"coalition"_s) || !parser.isSet(u"org"_s))
        return Error{tr("Name the membership with --coalition and --org."), {}, {}};
    auto coalition = resolveCoalition(workspace, parser.value(u"coalition"_s));
    if (!coalition)
        return coalition.error();
    auto organization = resolveOrganization(workspace, parser.value(u"org"_s));
    if (!organization)
        return organization.error();
    auto found = workspace.memberships().find(*coalition, *organization);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{
            tr("%1 is not a member of that coalition.").arg(parser.value(u"org"_s)), {}, {}};
    return **found;
}

int memberAdd(Context &context)
{
    QCommandLineParser parser;
    addMembershipOptions(parser);
    if (!context.parse(parser, u"--coalition COALITION --org ORG [OPTIONS]"_s,
                       tr("Makes an organization a member of a coalition.")))
        return context.exitCode();
    if (!parser.isSet(u"coalition"_s) || !parser.isSet(u"org"_s))
        return context.usage(tr("member add needs --coalition and --org."));
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    Membership membership;
    auto coalition = resolveCoalition(*workspace, parser.value(u"coalition"_s));
    if (!coalition)
        return context.fail(coalition.error());
    auto organization = resolveOrganization(*workspace, parser.value(u"org"_s));
    if (!organization)
        return context.fail(organization.error());
    membership.coalitionId = *coalition;
    membership.organizationId = *organization;
    if (int code = applyMembershipOptions(context, *workspace, parser, membership); code != Success)
        return code;
    auto id = workspace->memberships().add(membership);
    if (!id)
        return context.fail(id.error());
    context.out() << tr("Added membership %1.").arg(*id) << u'\n';
    return Success;
}

int memberEdit(Context &context)
{
    QCommandLineParser parser;
    addMembershipOptions(parser);
    if (!context.parse(parser, u"--coalition COALITION --org ORG [OPTIONS]"_s,
                       tr("Changes the given fields of a membership. To change the status "
                          "with a date, use member set-status.")))
        return context.exitCode();
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto membership = findMembership(*workspace, parser);
    if (!membership)
        return context.fail(membership.error());
    Membership changed = *membership;
    if (int code = applyMembershipOptions(context, *workspace, parser, changed); code != Success)
        return code;
    if (Status status = workspace->memberships().update(changed); !status)
        return context.fail(status.error());
    context.out() << tr("Updated membership %1.").arg(changed.id) << u'\n';
    return Success;
}

int memberSetStatus(Context &context)
{
    QCommandLineParser parser;
    parser.addOption({u"coalition"_s, tr("The coalition (number or name)."), tr("COALITION")});
    parser.addOption({u"org"_s, tr("The member organization (number or name)."), tr("ORG")});
    parser.addOption({u"status"_s,
                      tr("New status: %1.").arg(enumKeys<MembershipStatus>().join(u", "_s)),
                      tr("STATUS")});
    parser.addOption({u"date"_s, tr("Date of the change (default: today)."), tr("YYYY-MM-DD")});
    parser.addOption({u"note"_s, tr("Why it changed."), tr("TEXT")});
    if (!context.parse(parser, u"--coalition COALITION --org ORG --status STATUS [--date D]"_s,
                       tr("Records a dated change of a membership's status.")))
        return context.exitCode();
    if (!parser.isSet(u"status"_s))
        return context.usage(tr("member set-status needs --status."));
    auto status = parseEnum<MembershipStatus>(parser.value(u"status"_s));
    if (!status)
        return context.usage(status.error().message);
    auto date = parseDateOption(parser, u"date"_s);
    if (!date)
        return context.usage(date.error().message);
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto membership = findMembership(*workspace, parser);
    if (!membership)
        return context.fail(membership.error());
    const QDate on = date->isValid() ? *date : QDate::currentDate();
    if (Status result
        = workspace->memberships().setStatus(membership->id, *status, on, parser.value(u"note"_s));
        !result)
        return context.fail(result.error());
    context.out() << tr("Membership %1 is now %2 (since %3).")
                         .arg(QString::number(membership->id), enumLabel(*status).toLower(),
                              on.toString(Qt::ISODate))
                  << u'\n';
    return Success;
}

int memberList(Context &context)
{
    QCommandLineParser parser;
    parser.addOption({u"coalition"_s, tr("The coalition (number or name)."), tr("COALITION")});
    parser.addOption({u"status"_s, tr("Only members with this status."), tr("STATUS")});
    context.addFormatOption(parser);
    if (!context.parse(parser, u"--coalition COALITION [--status STATUS] [--format json]"_s,
                       tr("Lists the members of a coalition.")))
        return context.exitCode();
    if (!parser.isSet(u"coalition"_s))
        return context.usage(tr("member list needs --coalition."));
    std::optional<MembershipStatus> onlyStatus;
    if (parser.isSet(u"status"_s)) {
        auto status = parseEnum<MembershipStatus>(parser.value(u"status"_s));
        if (!status)
            return context.usage(status.error().message);
        onlyStatus = *status;
    }
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto coalition = resolveCoalition(*workspace, parser.value(u"coalition"_s));
    if (!coalition)
        return context.fail(coalition.error());
    auto members = workspace->memberships().listForCoalition(*coalition);
    auto organizations = workspace->organizations().list({}, OrganizationRepository::Order::ById);
    auto people = workspace->people().list();
    if (!members || !organizations || !people)
        return context.fail(!members             ? members.error()
                                : !organizations ? organizations.error()
                                                 : people.error());
    QHash<Id, QString> organizationNames, personNames;
    for (const Organization &o : *organizations)
        organizationNames.insert(o.id, o.name);
    for (const Person &p : *people)
        personNames.insert(p.id, p.name);
    QJsonArray array;
    QList<QStringList> rows;
    for (const Membership &m : *members) {
        if (onlyStatus && m.status != *onlyStatus)
            continue;
        QJsonObject object = JsonCodec::toJson(m);
        object.insert(u"organization"_s, organizationNames.value(m.organizationId));
        array.append(object);
        qint64 contributed = 0;
        for (const Contribution &c : m.contributions)
            contributed += c.valueCents;
        rows.append({QString::number(m.id), organizationNames.value(m.organizationId),
                     enumKey(m.status), enumKey(m.kind),
                     m.representativeId ? personNames.value(*m.representativeId) : QString(),
                     m.joinedOn.toString(Qt::ISODate), m.duesPaidThrough.toString(Qt::ISODate),
                     contributed > 0 ? formatMoney(contributed) : QString()});
    }
    if (context.wantsJson(parser))
        return context.printJson(QJsonDocument(array));
    context.out() << formatTable({tr("ID"), tr("Organization"), tr("Status"), tr("Kind"),
                                  tr("Representative"), tr("Joined"), tr("Dues paid to"),
                                  tr("Contributions")},
                                 rows);
    return Success;
}

int memberShow(Context &context)
{
    QCommandLineParser parser;
    parser.addOption({u"coalition"_s, tr("The coalition (number or name)."), tr("COALITION")});
    parser.addOption({u"org"_s, tr("The member organization (number or name)."), tr("ORG")});
    context.addFormatOption(parser);
    if (!context.parse(parser, u"--coalition COALITION --org ORG [--format json]"_s,
                       tr("Shows one membership with its status history.")))
        return context.exitCode();
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto membership = findMembership(*workspace, parser);
    if (!membership)
        return context.fail(membership.error());
    if (context.wantsJson(parser))
        return context.printJson(QJsonDocument(JsonCodec::toJson(*membership)));
    const Membership &m = *membership;
    const auto personName = [&](const std::optional<Id> &id) {
        if (!id)
            return QString();
        auto person = workspace->people().get(*id);
        return person ? person->name : QString();
    };
    QTextStream &out = context.out();
    out << tr("Membership %1: %2, %3")
               .arg(QString::number(m.id), enumLabel(m.status), enumLabel(m.kind))
        << u'\n';
    const std::pair<QString, QString> fields[] = {
        {tr("Joined"), m.joinedOn.toString(Qt::ISODate)},
        {tr("Left"), m.leftOn.toString(Qt::ISODate)},
        {tr("Representative"), personName(m.representativeId)},
        {tr("Alternate"), personName(m.alternateId)},
        {tr("Dues"), m.duesCents > 0 ? formatMoney(m.duesCents) : QString()},
        {tr("Paid through"), m.duesPaidThrough.toString(Qt::ISODate)},
        {tr("Notes"), m.notes},
    };
    for (const auto &[label, value] : fields) {
        if (!value.isEmpty())
            out << u"  "_s << QString(label + u':').leftJustified(16) << value << u'\n';
    }
    for (const Contribution &c : m.contributions)
        out << u"  "_s << tr("Contributes") << u": "_s << enumLabel(c.kind) << u", "_s
            << formatMoney(c.valueCents) << u' ' << enumLabel(c.period).toLower()
            << (c.description.isEmpty() ? QString() : u" — "_s + c.description) << u'\n';
    for (const Interest &i : m.interests)
        out << u"  "_s << enumLabel(i.kind) << u": "_s << i.text << u'\n';
    for (const QString &b : m.barriers)
        out << u"  "_s << tr("Barrier") << u": "_s << b << u'\n';
    out << tr("Status history:") << u'\n';
    for (const StatusChange &c : m.history)
        out << u"  "_s << c.on.toString(Qt::ISODate) << u' ' << enumLabel(c.status)
            << (c.note.isEmpty() ? QString() : u" — "_s + c.note) << u'\n';
    return Success;
}

} // namespace

QList<Command> coalitionCommands()
{
    return {
        {u"coalition"_s, u"add"_s, tr("Add a coalition"), coalitionAdd},
        {u"coalition"_s, u"list"_s, tr("List coalitions"), coalitionList},
        {u"coalition"_s, u"show"_s, tr("Show a coalition"), coalitionShow},
        {u"coalition"_s, u"edit"_s, tr("Change a coalition"), coalitionEdit},
        {u"member"_s, u"add"_s, tr("Make an organization a member of a coalition"), memberAdd},
        {u"member"_s, u"list"_s, tr("List a coalition's members"), memberList},
        {u"member"_s, u"show"_s, tr("Show a membership and its history"), memberShow},
        {u"member"_s, u"set-status"_s, tr("Record a dated status change"), memberSetStatus},
        {u"member"_s, u"edit"_s, tr("Change a membership"), memberEdit},
    };
}

} // namespace Coalition::Cli
