// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"

#include <QFileInfo>
#include <QJsonArray>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Coalition::Cli {

Context::Context(QStringList arguments, QString commandPath, QString databasePath)
    : m_arguments(std::move(arguments))
    , m_commandPath(std::move(commandPath))
    , m_databasePath(std::move(databasePath))
    , m_out(stdout)
    , m_err(stderr)
{ }

bool Context::parse(QCommandLineParser &parser, const QString &positionalSyntax,
                    const QString &description, bool usesDatabase)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    parser.addOption(help);
    if (usesDatabase)
        parser.addOption({u"db"_s,
                          tr("The workspace file (default: the COALITION_DB environment "
                             "variable)."),
                          tr("FILE")});
    if (!parser.parse(QStringList{u"coalition-cli"_s} + m_arguments)) {
        QString reason = parser.errorText();
        if (reason.endsWith(u'.'))
            reason.chop(1); // Qt ends its sentence; the pointer to --help follows
        m_exitCode = usage(reason + tr(" (see coalition-cli %1 --help)").arg(m_commandPath));
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // Qt's first line names the program only; name the command too. The
        // blank line Qt puts after it then separates the description from
        // the options.
        const qsizetype firstBreak = text.indexOf(u'\n');
        text = tr("Usage: coalition-cli %1 %2").arg(m_commandPath, positionalSyntax).trimmed()
            + u"\n\n"_s + description + u'\n' + text.mid(firstBreak + 1);
        m_out << text;
        m_out.flush();
        m_exitCode = Success;
        return false;
    }
    if (m_hasFormat) {
        const QString format = parser.value(u"format"_s).toLower();
        if (format != u"text"_s && format != u"json"_s) {
            m_exitCode = usage(tr("--format: “%1” is not a format; use text or json.")
                                   .arg(parser.value(u"format"_s)));
            return false;
        }
    }
    if (usesDatabase && parser.isSet(u"db"_s))
        m_databasePath = parser.value(u"db"_s);
    return true;
}

Workspace *Context::workspace(Database::OpenMode mode)
{
    if (m_workspace)
        return m_workspace.get();
    if (m_databasePath.isEmpty()) {
        m_exitCode = usage(tr("No workspace given: add --db FILE or set COALITION_DB."));
        return nullptr;
    }
    auto opened = Workspace::open(m_databasePath, mode);
    if (!opened) {
        m_exitCode = fail(opened.error());
        return nullptr;
    }
    m_workspace = std::move(opened).value();
    return m_workspace.get();
}

std::optional<Id> Context::positionalReference(const QCommandLineParser &parser,
                                               const QString &usageMessage, Resolver resolve)
{
    if (parser.positionalArguments().size() != 1) {
        usage(usageMessage);
        return std::nullopt;
    }
    Workspace *opened = workspace();
    if (!opened)
        return std::nullopt;
    auto id = resolve(*opened, parser.positionalArguments().first());
    if (!id) {
        fail(id.error());
        return std::nullopt;
    }
    return *id;
}

void Context::addFormatOption(QCommandLineParser &parser)
{
    parser.addOption({u"format"_s, tr("Output format: text or json."), tr("FORMAT"), u"text"_s});
    m_hasFormat = true;
}

bool Context::wantsJson(const QCommandLineParser &parser) const
{
    return parser.value(u"format"_s).compare(u"json"_s, Qt::CaseInsensitive) == 0;
}

int Context::fail(const QString &message, int code)
{
    m_err << u"coalition-cli: "_s << QString(message).replace(u'\n', u' ') << Qt::endl;
    m_exitCode = code;
    return code;
}

int Context::fail(const Error &error, int code)
{
    return fail(error.message, code);
}

int Context::printJson(const QJsonDocument &document)
{
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
    return Success;
}

Result<Id> resolveOrganization(Workspace &workspace, const QString &reference)
{
    bool isNumber = false;
    const Id id = reference.toLongLong(&isNumber);
    if (isNumber) {
        auto organization = workspace.organizations().get(id);
        if (!organization)
            return organization.error();
        return id;
    }
    auto found = workspace.organizations().findByName(reference);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{QCoreApplication::translate("Coalition::Cli", "No organization is named “%1”.")
                         .arg(reference),
                     {},
                     {}};
    return (*found)->id;
}

Result<Id> resolveCoalition(Workspace &workspace, const QString &reference)
{
    bool isNumber = false;
    const Id id = reference.toLongLong(&isNumber);
    if (isNumber) {
        auto coalition = workspace.coalitions().get(id);
        if (!coalition)
            return coalition.error();
        return id;
    }
    auto found = workspace.coalitions().findByName(reference);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{QCoreApplication::translate("Coalition::Cli", "No coalition is named “%1”.")
                         .arg(reference),
                     {},
                     {}};
    return (*found)->id;
}

Result<Id> resolvePerson(Workspace &workspace, const QString &reference,
                         std::optional<Id> organizationId)
{
    bool isNumber = false;
    const Id id = reference.toLongLong(&isNumber);
    if (isNumber) {
        auto person = workspace.people().get(id);
        if (!person)
            return person.error();
        return id;
    }
    auto found = workspace.people().findByName(reference, organizationId);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{QCoreApplication::translate("Coalition::Cli", "No person is named “%1”%2.")
                         .arg(reference,
                              organizationId ? QCoreApplication::translate("Coalition::Cli",
                                                                           " in that organization")
                                             : QString()),
                     {},
                     {}};
    if (found->size() > 1) {
        QStringList ids;
        for (const Person &p : *found)
            ids.append(QString::number(p.id));
        return Error{QCoreApplication::translate("Coalition::Cli",
                                                 "Several people are named “%1” (numbers %2); "
                                                 "give the number instead.")
                         .arg(reference, ids.join(u", "_s)),
                     {},
                     {}};
    }
    return found->first().id;
}

Result<QDate> parseDateOption(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name) || parser.value(name).isEmpty())
        return QDate();
    const QDate date = QDate::fromString(parser.value(name), Qt::ISODate);
    if (!date.isValid())
        return Error{QCoreApplication::translate("Coalition::Cli",
                                                 "--%1: “%2” is not a date; write YYYY-MM-DD.")
                         .arg(name, parser.value(name)),
                     {},
                     {}};
    return date;
}

QString formatTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths.append(h.size());
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], std::min<qsizetype>(row.at(i).size(), 48));
    const auto line = [&](const QStringList &cells) -> QString {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            QString cell = cells.at(i);
            cell.replace(u'\n', u' ');
            if (cell.size() > 48)
                cell = cell.left(47) + u'…';
            text += i + 1 < cells.size() ? cell.leftJustified(widths.at(i) + 2) : cell;
        }
        return text + u'\n';
    };
    QString result = line(header);
    for (const QStringList &row : rows)
        result += line(row);
    return result;
}

} // namespace Coalition::Cli
