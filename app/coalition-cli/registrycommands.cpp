// SPDX-License-Identifier: GPL-3.0-or-later
// org and person commands.

#include "clicontext.h"
#include "domain/jsoncodec.h"
#include "domain/matchers.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Coalition::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Coalition::Cli", text);
}

// The text fields an organization shares between add and edit.
const QList<std::pair<QString, const char *>> OrganizationTextOptions = {
    {u"mission"_s, QT_TRANSLATE_NOOP("Coalition::Cli", "What the organization is for.")},
    {u"decision-making"_s,
     QT_TRANSLATE_NOOP("Coalition::Cli", "How it takes decisions internally.")},
    {u"address"_s, QT_TRANSLATE_NOOP("Coalition::Cli", "Postal address.")},
    {u"website"_s, QT_TRANSLATE_NOOP("Coalition::Cli", "Web address.")},
    {u"email"_s, QT_TRANSLATE_NOOP("Coalition::Cli", "E-mail address.")},
    {u"phone"_s, QT_TRANSLATE_NOOP("Coalition::Cli", "Telephone number.")},
    {u"notes"_s, QT_TRANSLATE_NOOP("Coalition::Cli", "Free notes.")},
};

void addOrganizationOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {u"name"_s, tr("Name (unique in the workspace, whatever the letter case)."), tr("NAME")});
    parser.addOption(
        {u"sector"_s, tr("Sector: %1.").arg(enumKeys<Sector>().join(u", "_s)), tr("SECTOR")});
    for (const auto &[name, help] : OrganizationTextOptions)
        parser.addOption({name, tr(help), tr("TEXT")});
    parser.addOption(
        {u"tag"_s, tr("A tag; repeat for several (on edit, replaces the tags)."), tr("TAG")});
    parser.addOption({u"clear-tags"_s, tr("Edit: remove every tag.")});
}

// Applies the options that were given; returns an error for a bad value.
Status applyOrganizationOptions(const QCommandLineParser &parser, Organization &o)
{
    if (parser.isSet(u"name"_s))
        o.name = parser.value(u"name"_s);
    if (parser.isSet(u"sector"_s)) {
        auto sector = parseEnum<Sector>(parser.value(u"sector"_s));
        if (!sector)
            return sector.error();
        o.sector = *sector;
    }
    QString *fields[]
        = {&o.mission, &o.decisionMaking, &o.address, &o.website, &o.email, &o.phone, &o.notes};
    for (qsizetype i = 0; i < OrganizationTextOptions.size(); ++i) {
        if (parser.isSet(OrganizationTextOptions.at(i).first))
            *fields[i] = parser.value(OrganizationTextOptions.at(i).first);
    }
    if (parser.isSet(u"clear-tags"_s))
        o.tags.clear();
    if (parser.isSet(u"tag"_s))
        o.tags = parser.values(u"tag"_s);
    return {};
}

int orgAdd(Context &context)
{
    QCommandLineParser parser;
    addOrganizationOptions(parser);
    if (!context.parse(parser, u"--name NAME --sector SECTOR [OPTIONS]"_s,
                       tr("Adds an organization to the workspace's registry.")))
        return context.exitCode();
    if (!parser.isSet(u"name"_s) || !parser.isSet(u"sector"_s))
        return context.usage(tr("org add needs --name and --sector."));
    Organization organization;
    if (Status status = applyOrganizationOptions(parser, organization); !status)
        return context.usage(status.error().message);
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto id = workspace->organizations().add(organization);
    if (!id)
        return context.fail(id.error());
    context.out() << tr("Added organization %1: %2").arg(*id).arg(organization.name.trimmed())
                  << u'\n';
    return Success;
}

int orgList(Context &context)
{
    QCommandLineParser parser;
    parser.addOption({u"search"_s,
                      tr("Only those whose name, sector, tags or mission contain "
                         "TEXT."),
                      tr("TEXT")});
    parser.addOption({u"sector"_s, tr("Only this sector."), tr("SECTOR")});
    context.addFormatOption(parser);
    if (!context.parse(parser, u"[--search TEXT] [--sector SECTOR] [--format json]"_s,
                       tr("Lists the organizations of the workspace, by name.")))
        return context.exitCode();
    std::optional<Sector> sector;
    if (parser.isSet(u"sector"_s)) {
        auto parsed = parseEnum<Sector>(parser.value(u"sector"_s));
        if (!parsed)
            return context.usage(parsed.error().message);
        sector = *parsed;
    }
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto organizations
        = workspace->organizations().list(OrganizationMatcher(parser.value(u"search"_s), sector));
    if (!organizations)
        return context.fail(organizations.error());
    if (context.wantsJson(parser)) {
        QJsonArray array;
        for (const Organization &o : *organizations)
            array.append(JsonCodec::toJson(o));
        return context.printJson(QJsonDocument(array));
    }
    QList<QStringList> rows;
    for (const Organization &o : *organizations)
        rows.append(
            {QString::number(o.id), o.name, enumLabel(o.sector), o.email, o.tags.join(u", "_s)});
    context.out() << formatTable({tr("ID"), tr("Name"), tr("Sector"), tr("E-mail"), tr("Tags")},
                                 rows);
    return Success;
}

int orgShow(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"org"_s, tr("The organization's number or name."));
    context.addFormatOption(parser);
    if (!context.parse(parser, u"ORG [--format json]"_s,
                       tr("Shows an organization, its people, memberships and change history.")))
        return context.exitCode();
    const std::optional<Id> id = context.positionalReference(
        parser, tr("org show needs one organization (number or name)."), resolveOrganization);
    if (!id)
        return context.exitCode();
    Workspace *workspace = context.workspace();
    auto organization = workspace->organizations().get(*id);
    auto people = workspace->people().list(*id);
    auto memberships = workspace->memberships().listForOrganization(*id);
    auto coalitions = workspace->coalitions().list();
    auto history = workspace->audit().entriesFor(u"organization"_s, *id);
    if (!organization || !people || !memberships || !coalitions || !history)
        return context.fail(!organization      ? organization.error()
                                : !people      ? people.error()
                                : !memberships ? memberships.error()
                                : !coalitions  ? coalitions.error()
                                               : history.error());
    QHash<Id, QString> coalitionNames;
    for (const CoalitionInfo &c : *coalitions)
        coalitionNames.insert(c.id, c.name);

    if (context.wantsJson(parser)) {
        QJsonObject object = JsonCodec::toJson(*organization);
        QJsonArray peopleArray;
        for (const Person &p : *people)
            peopleArray.append(JsonCodec::toJson(p));
        QJsonArray membershipArray;
        for (const Membership &m : *memberships) {
            QJsonObject mo = JsonCodec::toJson(m);
            mo.insert(u"coalition"_s, coalitionNames.value(m.coalitionId));
            membershipArray.append(mo);
        }
        object.insert(u"people"_s, peopleArray);
        object.insert(u"memberships"_s, membershipArray);
        return context.printJson(QJsonDocument(object));
    }
    const Organization &o = *organization;
    QTextStream &out = context.out();
    out << o.name << u"  ("_s << enumLabel(o.sector) << u", #"_s << o.id << u")\n"_s;
    const std::pair<QString, QString> fields[] = {
        {tr("Mission"), o.mission},
        {tr("Decides by"), o.decisionMaking},
        {tr("Address"), o.address},
        {tr("Website"), o.website},
        {tr("E-mail"), o.email},
        {tr("Phone"), o.phone},
        {tr("Tags"), o.tags.join(u", "_s)},
        {tr("Notes"), o.notes},
    };
    for (const auto &[label, value] : fields) {
        if (!value.isEmpty())
            out << u"  "_s << QString(label + u':').leftJustified(12) << value << u'\n';
    }
    out << tr("People:") << u'\n';
    for (const Person &p : *people)
        out << u"  #"_s << p.id << u' ' << p.name
            << (p.role.isEmpty() ? QString() : u", "_s + p.role) << u'\n';
    out << tr("Memberships:") << u'\n';
    for (const Membership &m : *memberships)
        out << u"  "_s << coalitionNames.value(m.coalitionId) << u": "_s << enumLabel(m.status)
            << u", "_s << enumLabel(m.kind) << u'\n';
    out << tr("History:") << u'\n';
    for (const AuditEntry &e : *history) {
        out << u"  "_s << e.at.toString(Qt::ISODate) << u' ' << e.osUser << u": "_s;
        if (e.field.isEmpty())
            out << (e.newValue ? tr("created") : tr("deleted"));
        else
            out << tr("%1 changed from “%2” to “%3”")
                       .arg(e.field, e.oldValue.value_or(QString()),
                            e.newValue.value_or(QString()));
        out << u'\n';
    }
    return Success;
}

int orgEdit(Context &context)
{
    QCommandLineParser parser;
    addOrganizationOptions(parser);
    parser.addPositionalArgument(u"org"_s, tr("The organization's number or name."));
    if (!context.parse(parser, u"ORG [OPTIONS]"_s,
                       tr("Changes the given fields of an organization; the others stay.")))
        return context.exitCode();
    const std::optional<Id> id = context.positionalReference(
        parser, tr("org edit needs one organization (number or name)."), resolveOrganization);
    if (!id)
        return context.exitCode();
    Workspace *workspace = context.workspace();
    auto organization = workspace->organizations().get(*id);
    if (!organization)
        return context.fail(organization.error());
    Organization changed = *organization;
    if (Status status = applyOrganizationOptions(parser, changed); !status)
        return context.usage(status.error().message);
    if (Status status = workspace->organizations().update(changed); !status)
        return context.fail(status.error());
    context.out() << tr("Updated organization %1: %2").arg(*id).arg(changed.name.trimmed())
                  << u'\n';
    return Success;
}

int orgRemove(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"org"_s, tr("The organization's number or name."));
    parser.addOption({u"cascade"_s, tr("Also remove its memberships in every coalition.")});
    if (!context.parse(parser, u"ORG [--cascade]"_s,
                       tr("Removes an organization. One that belongs to a coalition is kept "
                          "unless --cascade is given.")))
        return context.exitCode();
    const std::optional<Id> id = context.positionalReference(
        parser, tr("org remove needs one organization (number or name)."), resolveOrganization);
    if (!id)
        return context.exitCode();
    Workspace *workspace = context.workspace();
    if (Status status = workspace->organizations().remove(
            *id,
            parser.isSet(u"cascade"_s) ? OrganizationRepository::RemovePolicy::CascadeMemberships
                                       : OrganizationRepository::RemovePolicy::RefuseIfMember);
        !status)
        return context.fail(status.error());
    context.out() << tr("Removed organization %1.").arg(*id) << u'\n';
    return Success;
}

void addPersonOptions(QCommandLineParser &parser)
{
    parser.addOption({u"name"_s, tr("The person's name."), tr("NAME")});
    parser.addOption(
        {u"org"_s, tr("The organization they belong to (number or name)."), tr("ORG")});
    parser.addOption({u"no-org"_s, tr("Edit: they no longer belong to an organization.")});
    parser.addOption({u"role"_s, tr("Role or title."), tr("TEXT")});
    parser.addOption({u"email"_s, tr("E-mail address."), tr("TEXT")});
    parser.addOption({u"phone"_s, tr("Telephone number."), tr("TEXT")});
    parser.addOption({u"notes"_s, tr("Free notes."), tr("TEXT")});
}

Status applyPersonOptions(Workspace &workspace, const QCommandLineParser &parser, Person &p)
{
    if (parser.isSet(u"name"_s))
        p.name = parser.value(u"name"_s);
    if (parser.isSet(u"no-org"_s))
        p.organizationId.reset();
    if (parser.isSet(u"org"_s)) {
        auto id = resolveOrganization(workspace, parser.value(u"org"_s));
        if (!id)
            return id.error();
        p.organizationId = *id;
    }
    if (parser.isSet(u"role"_s))
        p.role = parser.value(u"role"_s);
    if (parser.isSet(u"email"_s))
        p.email = parser.value(u"email"_s);
    if (parser.isSet(u"phone"_s))
        p.phone = parser.value(u"phone"_s);
    if (parser.isSet(u"notes"_s))
        p.notes = parser.value(u"notes"_s);
    return {};
}

int personAdd(Context &context)
{
    QCommandLineParser parser;
    addPersonOptions(parser);
    if (!context.parse(parser, u"--name NAME [--org ORG] [OPTIONS]"_s,
                       tr("Adds a person (a contact) to the registry.")))
        return context.exitCode();
    if (!parser.isSet(u"name"_s))
        return context.usage(tr("person add needs --name."));
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    Person person;
    if (Status status = applyPersonOptions(*workspace, parser, person); !status)
        return context.fail(status.error());
    auto id = workspace->people().add(person);
    if (!id)
        return context.fail(id.error());
    context.out() << tr("Added person %1: %2").arg(*id).arg(person.name.trimmed()) << u'\n';
    return Success;
}

int personList(Context &context)
{
    QCommandLineParser parser;
    parser.addOption({u"org"_s, tr("Only the people of this organization."), tr("ORG")});
    parser.addOption({u"search"_s,
                      tr("Only those whose name, role, e-mail or organization "
                         "contain TEXT."),
                      tr("TEXT")});
    context.addFormatOption(parser);
    if (!context.parse(parser, u"[--org ORG] [--search TEXT] [--format json]"_s,
                       tr("Lists the people of the registry.")))
        return context.exitCode();
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    std::optional<Id> organizationId;
    if (parser.isSet(u"org"_s)) {
        auto id = resolveOrganization(*workspace, parser.value(u"org"_s));
        if (!id)
            return context.fail(id.error());
        organizationId = *id;
    }
    auto people = workspace->people().list(organizationId);
    auto organizations = workspace->organizations().list({}, OrganizationRepository::Order::ById);
    if (!people || !organizations)
        return context.fail(!people ? people.error() : organizations.error());
    QHash<Id, QString> names;
    for (const Organization &o : *organizations)
        names.insert(o.id, o.name);
    const PersonMatcher matcher(parser.value(u"search"_s));
    QJsonArray array;
    QList<QStringList> rows;
    for (const Person &p : *people) {
        const QString organization = p.organizationId ? names.value(*p.organizationId) : QString();
        if (!matcher.matches(p, organization))
            continue;
        array.append(JsonCodec::toJson(p));
        rows.append({QString::number(p.id), p.name, organization, p.role, p.email});
    }
    if (context.wantsJson(parser))
        return context.printJson(QJsonDocument(array));
    context.out() << formatTable(
        {tr("ID"), tr("Name"), tr("Organization"), tr("Role"), tr("E-mail")}, rows);
    return Success;
}

int personShow(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"person"_s, tr("The person's number or name."));
    context.addFormatOption(parser);
    if (!context.parse(parser, u"PERSON [--format json]"_s, tr("Shows one person.")))
        return context.exitCode();
    const std::optional<Id> id = context.positionalReference(
        parser, tr("person show needs one person (number or name)."),
        [](Workspace &w, const QString &r) { return resolvePerson(w, r); });
    if (!id)
        return context.exitCode();
    Workspace *workspace = context.workspace();
    auto person = workspace->people().get(*id);
    if (!person)
        return context.fail(person.error());
    if (context.wantsJson(parser))
        return context.printJson(QJsonDocument(JsonCodec::toJson(*person)));
    QString organization;
    if (person->organizationId) {
        if (auto o = workspace->organizations().get(*person->organizationId))
            organization = o->name;
    }
    QTextStream &out = context.out();
    out << person->name << u"  (#"_s << person->id << u")\n"_s;
    const std::pair<QString, QString> fields[] = {
        {tr("Organization"), organization}, {tr("Role"), person->role},
        {tr("E-mail"), person->email},      {tr("Phone"), person->phone},
        {tr("Notes"), person->notes},
    };
    for (const auto &[label, value] : fields) {
        if (!value.isEmpty())
            out << u"  "_s << QString(label + u':').leftJustified(14) << value << u'\n';
    }
    return Success;
}

int personEdit(Context &context)
{
    QCommandLineParser parser;
    addPersonOptions(parser);
    parser.addPositionalArgument(u"person"_s, tr("The person's number or name."));
    if (!context.parse(parser, u"PERSON [OPTIONS]"_s,
                       tr("Changes the given fields of a person; the others stay.")))
        return context.exitCode();
    const std::optional<Id> id = context.positionalReference(
        parser, tr("person edit needs one person (number or name)."),
        [](Workspace &w, const QString &r) { return resolvePerson(w, r); });
    if (!id)
        return context.exitCode();
    Workspace *workspace = context.workspace();
    auto person = workspace->people().get(*id);
    if (!person)
        return context.fail(person.error());
    Person changed = *person;
    if (Status status = applyPersonOptions(*workspace, parser, changed); !status)
        return context.fail(status.error());
    if (Status status = workspace->people().update(changed); !status)
        return context.fail(status.error());
    context.out() << tr("Updated person %1: %2").arg(*id).arg(changed.name.trimmed()) << u'\n';
    return Success;
}

int personRemove(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"person"_s, tr("The person's number or name."));
    if (!context.parse(parser, u"PERSON"_s,
                       tr("Removes a person. Memberships they represented keep no "
                          "representative.")))
        return context.exitCode();
    const std::optional<Id> id = context.positionalReference(
        parser, tr("person remove needs one person (number or name)."),
        [](Workspace &w, const QString &r) { return resolvePerson(w, r); });
    if (!id)
        return context.exitCode();
    Workspace *workspace = context.workspace();
    if (Status status = workspace->people().remove(*id); !status)
        return context.fail(status.error());
    context.out() << tr("Removed person %1.").arg(*id) << u'\n';
    return Success;
}

} // namespace

QList<Command> registryCommands()
{
    return {
        {u"org"_s, u"add"_s, tr("Add an organization"), orgAdd},
        {u"org"_s, u"list"_s, tr("List organizations (filter by text and sector)"), orgList},
        {u"org"_s, u"show"_s, tr("Show an organization with its people and history"), orgShow},
        {u"org"_s, u"edit"_s, tr("Change an organization"), orgEdit},
        {u"org"_s, u"remove"_s, tr("Remove an organization"), orgRemove},
        {u"person"_s, u"add"_s, tr("Add a person"), personAdd},
        {u"person"_s, u"list"_s, tr("List people"), personList},
        {u"person"_s, u"show"_s, tr("Show a person"), personShow},
        {u"person"_s, u"edit"_s, tr("Change a person"), personEdit},
        {u"person"_s, u"remove"_s, tr("Remove a person"), personRemove},
    };
}

} // namespace Coalition::Cli
