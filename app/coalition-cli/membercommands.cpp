// SPDX-License-Identifier: GPL-3.0-or-later
// member commands: an organization's participation in a coalition.

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

// --coalition and --org: the pair that names a membership.
void addMembershipTargetOptions(QCommandLineParser &parser)
{
    parser.addOption({u"coalition"_s, tr("The coalition (number or name)."), tr("COALITION")});
    parser.addOption({u"org"_s, tr("The member organization (number or name)."), tr("ORG")});
}

void addMembershipOptions(QCommandLineParser &parser)
{
    addMembershipTargetOptions(parser);
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

// The membership named by --coalition and --org in the open workspace. Empty
// after reporting the problem; exitCode() then says how it failed.
std::optional<Membership> targetMembership(Context &context, const QCommandLineParser &parser)
{
    Workspace *workspace = context.workspace();
    if (!workspace)
        return std::nullopt;
    auto membership = findMembership(*workspace, parser);
    if (!membership) {
        context.fail(membership.error());
        return std::nullopt;
    }
    return *std::move(membership);
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
    const std::optional<Membership> membership = targetMembership(context, parser);
    if (!membership)
        return context.exitCode();
    Workspace *workspace = context.workspace();
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
    addMembershipTargetOptions(parser);
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
    const std::optional<Membership> membership = targetMembership(context, parser);
    if (!membership)
        return context.exitCode();
    Workspace *workspace = context.workspace();
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

int memberRemove(Context &context)
{
    QCommandLineParser parser;
    addMembershipTargetOptions(parser);
    if (!context.parse(parser, u"--coalition COALITION --org ORG"_s,
                       tr("Removes a membership with its history, contributions, interests and "
                          "barriers. The organization stays in the registry; to keep the "
                          "record of its leaving, use member set-status --status withdrawn "
                          "instead.")))
        return context.exitCode();
    const std::optional<Membership> membership = targetMembership(context, parser);
    if (!membership)
        return context.exitCode();
    Workspace *workspace = context.workspace();
    if (Status status = workspace->memberships().remove(membership->id); !status)
        return context.fail(status.error());
    context.out() << tr("Removed membership %1.").arg(membership->id) << u'\n';
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
    addMembershipTargetOptions(parser);
    context.addFormatOption(parser);
    if (!context.parse(parser, u"--coalition COALITION --org ORG [--format json]"_s,
                       tr("Shows one membership with its status history.")))
        return context.exitCode();
    const std::optional<Membership> membership = targetMembership(context, parser);
    if (!membership)
        return context.exitCode();
    Workspace *workspace = context.workspace();
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

QList<Command> memberCommands()
{
    return {
        {u"member"_s, u"add"_s, tr("Make an organization a member of a coalition"), memberAdd},
        {u"member"_s, u"list"_s, tr("List a coalition's members"), memberList},
        {u"member"_s, u"show"_s, tr("Show a membership and its history"), memberShow},
        {u"member"_s, u"set-status"_s, tr("Record a dated status change"), memberSetStatus},
        {u"member"_s, u"edit"_s, tr("Change a membership"), memberEdit},
        {u"member"_s, u"remove"_s, tr("Remove a membership"), memberRemove},
    };
}

} // namespace Coalition::Cli
