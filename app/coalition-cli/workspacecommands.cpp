// SPDX-License-Identifier: GPL-3.0-or-later
// Commands on the workspace as a whole: init, demo, check, backup, and the
// CSV and JSON imports and exports.

#include "clicontext.h"
#include "io/csvimport.h"
#include "io/demoworkspace.h"
#include "io/workspacejson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Coalition::Cli {

namespace {

// Called as Qt's tr() is, with nullptr before a count, so that lupdate takes
// a %n message for one with plural forms.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Coalition::Cli", text, disambiguation, n);
}

// The file argument of init/demo, which may also be given with --db.
QString targetFile(Context &context, const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    return positional.isEmpty() ? context.databasePath() : positional.first();
}

int createWorkspace(Context &context, bool withDemo)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"file"_s, tr("The new workspace file (.coalition)."));
    if (!context.parse(parser, u"FILE"_s,
                       withDemo ? tr("Creates a new workspace filled with a realistic sample "
                                     "coalition.")
                                : tr("Creates a new, empty workspace file.")))
        return context.exitCode();
    const QString file = targetFile(context, parser);
    if (file.isEmpty() || parser.positionalArguments().size() > 1)
        return context.usage(tr("Give one file name for the new workspace."));
    auto opened = Workspace::open(file, Database::OpenMode::CreateNew);
    if (!opened)
        return context.fail(opened.error());
    std::unique_ptr<Workspace> workspace = std::move(opened).value();
    if (withDemo) {
        if (Status status = DemoWorkspace::populate(*workspace); !status) {
            const QString path = workspace->database().path();
            workspace.reset();
            for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
                QFile::remove(path + suffix);
            return context.fail(status.error());
        }
    }
    context.out() << (withDemo ? tr("Created sample workspace %1") : tr("Created workspace %1"))
                         .arg(QFileInfo(file).absoluteFilePath())
                  << u'\n';
    return Success;
}

int init(Context &context)
{
    return createWorkspace(context, false);
}

int demo(Context &context)
{
    return createWorkspace(context, true);
}

int check(Context &context)
{
    QCommandLineParser parser;
    context.addFormatOption(parser);
    if (!context.parse(parser, u"[--format json]"_s,
                       tr("Checks the workspace file: SQLite's full integrity check and every "
                          "reference between records. Exits 1 when a problem is found.")))
        return context.exitCode();
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    auto problems = workspace->database().integrityProblems();
    if (!problems)
        return context.fail(problems.error());
    if (context.wantsJson(parser)) {
        context.printJson(
            QJsonDocument(QJsonObject{{u"file"_s, workspace->database().path()},
                                      {u"schema_version"_s, workspace->database().schemaVersion()},
                                      {u"ok"_s, problems->isEmpty()},
                                      {u"problems"_s, QJsonArray::fromStringList(*problems)}}));
    } else if (problems->isEmpty()) {
        context.out() << tr("%1: no problems found (file format %2).")
                             .arg(workspace->database().path())
                             .arg(workspace->database().schemaVersion())
                      << u'\n';
    } else {
        for (const QString &problem : std::as_const(*problems))
            context.out() << problem << u'\n';
    }
    if (!problems->isEmpty())
        return context.fail(
            tr("The workspace has %n problem(s).", nullptr, static_cast<int>(problems->size())));
    return Success;
}

int backup(Context &context)
{
    QCommandLineParser parser;
    parser.addOption({u"to"_s,
                      tr("Write the copy to FILE instead of a dated file next to the "
                         "workspace."),
                      tr("FILE")});
    if (!context.parse(parser, u"[--to FILE]"_s,
                       tr("Writes a consistent copy of the workspace. Without --to, the copy "
                          "goes next to the workspace and only the newest few are kept.")))
        return context.exitCode();
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    QString written;
    if (parser.isSet(u"to"_s)) {
        written = parser.value(u"to"_s);
        if (Status status = workspace->database().writeCopy(written); !status)
            return context.fail(status.error());
    } else {
        auto path = workspace->database().writeBackup(u"manual"_s);
        if (!path)
            return context.fail(path.error());
        written = *path;
    }
    context.out() << tr("Backup written to %1").arg(written) << u'\n';
    return Success;
}

// Writes to FILE atomically, or to standard output when no file is given.
int writeOutput(Context &context, const QString &file, const QByteArray &data)
{
    if (file.isEmpty() || file == u"-"_s) {
        context.out().flush();
        std::fwrite(data.constData(), 1, static_cast<size_t>(data.size()), stdout);
        std::fflush(stdout);
        return Success;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit())
        return context.fail(tr("%1 could not be written: %2").arg(file, out.errorString()));
    // Exports hold people's contact details: readable by their owner only,
    // like the workspace itself.
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return Success;
}

Result<QByteArray> readInput(const QString &file)
{
    QFile in;
    if (file == u"-"_s) {
        if (!in.open(stdin, QIODevice::ReadOnly))
            return Error{tr("Standard input cannot be read."), {}, {}};
    } else {
        in.setFileName(file);
        if (!in.open(QIODevice::ReadOnly))
            return Error{tr("%1 cannot be read: %2").arg(file, in.errorString()), {}, {}};
    }
    return in.readAll();
}

int importCsv(Context &context, CsvKind kind)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"file"_s, tr("The CSV file (UTF-8, with a header row)."));
    if (!context.parse(parser, u"FILE.csv"_s,
                       tr("Imports rows from a CSV file. The whole file is checked first; if "
                          "any row has a problem nothing is imported. See docs/csv.md.")))
        return context.exitCode();
    if (parser.positionalArguments().size() != 1)
        return context.usage(tr("Give the CSV file to import."));
    const QString file = parser.positionalArguments().first();
    auto data = readInput(file);
    if (!data)
        return context.fail(data.error());
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    CsvImporter importer(*workspace);
    auto report = importer.importData(kind, *data, QFileInfo(file).fileName());
    if (!report)
        return context.fail(report.error());
    context.out() << tr("Imported %n row(s) from %1.", nullptr, report->inserted).arg(file)
                  << u'\n';
    return Success;
}

int exportCsv(Context &context, CsvKind kind)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"file"_s, tr("Where to write (default: standard output)."));
    if (kind == CsvKind::Memberships)
        parser.addOption(
            {u"coalition"_s, tr("Only the members of this coalition."), tr("COALITION")});
    if (!context.parse(parser, u"[FILE.csv]"_s,
                       tr("Exports rows as CSV with the columns the importer reads.")))
        return context.exitCode();
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    std::optional<Id> coalition;
    if (kind == CsvKind::Memberships && parser.isSet(u"coalition"_s)) {
        auto id = resolveCoalition(*workspace, parser.value(u"coalition"_s));
        if (!id)
            return context.fail(id.error());
        coalition = *id;
    }
    CsvExporter exporter(*workspace);
    auto data = exporter.exportData(kind, coalition);
    if (!data)
        return context.fail(data.error());
    return writeOutput(context, parser.positionalArguments().value(0), *data);
}

int exportJson(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"file"_s, tr("Where to write (default: standard output)."));
    const QCommandLineOption withoutConfidential(
        u"without-confidential"_s,
        tr("Leave out the records marked confidential (and what cannot stand without them); "
           "the export counts them under \"left_out\"."));
    parser.addOption(withoutConfidential);
    if (!context.parse(parser, u"[FILE.json]"_s,
                       tr("Exports the whole workspace as JSON (docs/workspace-json.md).")))
        return context.exitCode();
    Workspace *workspace = context.workspace();
    if (!workspace)
        return context.exitCode();
    WorkspaceJson json(*workspace);
    WorkspaceJson::ExportOptions options;
    options.includeConfidential = !parser.isSet(withoutConfidential);
    auto data = json.exportAll(options);
    if (!data)
        return context.fail(data.error());
    const int status = writeOutput(context, parser.positionalArguments().value(0), *data);
    // Said on stderr, so that an export to standard output stays clean JSON.
    if (const int count = json.leftOut().confidential; status == Success && count > 0)
        QTextStream(stderr) << tr("%n confidential record(s) left out.", nullptr, count) << u'\n';
    return status;
}

int importJson(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"file"_s, tr("A workspace JSON file, or - for standard input."));
    if (!context.parse(parser, u"FILE.json"_s,
                       tr("Restores a whole workspace from JSON into an empty or new workspace "
                          "file (created when missing). Nothing is written unless the whole "
                          "document is valid.")))
        return context.exitCode();
    if (parser.positionalArguments().size() != 1)
        return context.usage(tr("Give the JSON file to import."));
    const QString file = parser.positionalArguments().first();
    auto data = readInput(file);
    if (!data)
        return context.fail(data.error());
    const bool existed = QFileInfo::exists(context.databasePath());
    Workspace *workspace = context.workspace(Database::OpenMode::CreateIfMissing);
    if (!workspace)
        return context.exitCode();
    WorkspaceJson json(*workspace);
    if (Status status = json.importAll(*data, QFileInfo(file).fileName()); !status) {
        if (!existed) {
            // Leave no half-made file behind: the new workspace held nothing.
            const QString path = workspace->database().path();
            context.closeWorkspace();
            for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
                QFile::remove(path + suffix);
        }
        return context.fail(status.error());
    }
    context.out() << tr("Imported %1 into %2.").arg(file, workspace->database().path()) << u'\n';
    return Success;
}

} // namespace

QList<Command> workspaceCommands()
{
    QList<Command> commands = {
        {u"init"_s, {}, tr("Create a new, empty workspace file"), init},
        {u"demo"_s, {}, tr("Create a workspace with a sample coalition"), demo},
        {u"check"_s, {}, tr("Check the file's integrity and references"), check},
        {u"backup"_s, {}, tr("Write a consistent copy of the workspace"), backup},
        {u"export-json"_s, {}, tr("Export the whole workspace as JSON"), exportJson},
        {u"import-json"_s, {}, tr("Restore a whole workspace from JSON"), importJson},
    };
    const std::pair<QString, CsvKind> kinds[] = {{u"orgs"_s, CsvKind::Organizations},
                                                 {u"people"_s, CsvKind::People},
                                                 {u"members"_s, CsvKind::Memberships}};
    for (const auto &[word, kind] : kinds) {
        commands.append(
            {u"import"_s, word, tr("Import %1 from CSV").arg(word), [kind = kind](Context &c) {
                 return importCsv(c, kind);
             }});
    }
    for (const auto &[word, kind] : kinds) {
        commands.append(
            {u"export"_s, word, tr("Export %1 as CSV").arg(word), [kind = kind](Context &c) {
                 return exportCsv(c, kind);
             }});
    }
    return commands;
}

} // namespace Coalition::Cli
