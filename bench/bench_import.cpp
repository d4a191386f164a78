// SPDX-License-Identifier: GPL-3.0-or-later
// Measures the CSV import of organizations and the opening of a large
// workspace against the same work done straight through the SQLite C API.
// Prints one line per measurement: "name: ours X ms, raw Y ms, ratio Z".

#include "benchdata.h"
#include "domain/validation.h"
#include "io/csv.h"
#include "io/csvimport.h"
#include "storage/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Coalition;
using namespace Coalition::Bench;

namespace {

constexpr int Runs = 7;

// ---- data ------------------------------------------------------------------

struct RawOrganization
{
    std::string name, nameKey, sector, mission, decisionMaking, address, website, email, phone,
        notes;
    std::vector<std::string> tags;
};

std::string utf8(const QString &text)
{
    return text.toStdString();
}

std::vector<RawOrganization> toRaw(const QList<Organization> &organizations)
{
    std::vector<RawOrganization> rows;
    rows.reserve(size_t(organizations.size()));
    for (const Organization &o : organizations) {
        RawOrganization r{utf8(o.name),
                          utf8(Validation::nameKey(o.name)),
                          utf8(enumKey(o.sector)),
                          utf8(o.mission),
                          utf8(o.decisionMaking),
                          utf8(o.address),
                          utf8(o.website),
                          utf8(o.email),
                          utf8(o.phone),
                          utf8(o.notes),
                          {}};
        for (const QString &tag : o.tags)
            r.tags.push_back(utf8(tag));
        rows.push_back(std::move(r));
    }
    return rows;
}

// ---- raw SQLite --------------------------------------------------------------

class Sqlite
{
public:
    explicit Sqlite(const QString &path, int flags)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr)
            != SQLITE_OK)
            fail("open");
    }
    ~Sqlite() { sqlite3_close_v2(m_db); }
    Sqlite(const Sqlite &) = delete;
    Sqlite &operator=(const Sqlite &) = delete;

    sqlite3 *handle() const { return m_db; }
    void exec(const char *sql)
    {
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            fail(sql);
    }
    sqlite3_stmt *prepare(const char *sql)
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
            fail(sql);
        return statement;
    }
    void step(sqlite3_stmt *statement)
    {
        if (sqlite3_step(statement) != SQLITE_DONE)
            fail(sqlite3_sql(statement));
        sqlite3_reset(statement);
    }
    sqlite3_int64 stepReturningId(sqlite3_stmt *statement)
    {
        if (sqlite3_step(statement) != SQLITE_ROW)
            fail(sqlite3_sql(statement));
        const sqlite3_int64 id = sqlite3_column_int64(statement, 0);
        sqlite3_reset(statement);
        return id;
    }
    void configure()
    {
        exec("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; "
             "PRAGMA trusted_schema = OFF; PRAGMA busy_timeout = 5000;");
    }
    [[noreturn]] void fail(const char *what) const
    {
        std::fprintf(stderr, "bench_import: sqlite: %s: %s\n", what, sqlite3_errmsg(m_db));
        std::exit(1);
    }

private:
    sqlite3 *m_db = nullptr;
};

void bindText(sqlite3_stmt *statement, int position, const std::string &text)
{
    sqlite3_bind_text(statement, position, text.data(), int(text.size()), SQLITE_STATIC);
}

// The same text QJsonDocument writes in compact form: keys sorted, '"', '\\'
// and control characters escaped, everything else as UTF-8.
void appendJsonString(std::string &out, const std::string &text)
{
    out += '"';
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

std::string utcNow()
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    tm parts{};
    gmtime_r(&now.tv_sec, &parts);
    char text[96];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", parts.tm_year + 1900,
                  parts.tm_mon + 1, parts.tm_mday, parts.tm_hour, parts.tm_min, parts.tm_sec,
                  int(now.tv_nsec / 1000000));
    return text;
}

void createRawFile(const QString &path, const QByteArray &schema)
{
    Sqlite db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    db.configure();
    db.exec("BEGIN IMMEDIATE");
    db.exec(("PRAGMA application_id = " + std::to_string(Database::ApplicationId)).c_str());
    db.exec(schema.constData());
    db.exec("PRAGMA user_version = 1; COMMIT");
}

void rawInsert(const QString &path, const std::vector<RawOrganization> &rows,
               const std::string &osUser)
{
    Sqlite db(path, SQLITE_OPEN_READWRITE);
    db.configure();
    db.exec("BEGIN IMMEDIATE");
    sqlite3_stmt *organization = db.prepare(
        "INSERT INTO organization (name, name_key, sector, mission, decision_making, address, "
        "website, email, phone, notes, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    sqlite3_stmt *tag = db.prepare(
        "INSERT INTO organization_tag (organization_id, position, tag) VALUES (?, ?, ?)");
    sqlite3_stmt *audit = db.prepare(
        "INSERT INTO audit_entry (at, os_user, entity, entity_id, field, old_value, new_value) "
        "VALUES (?, ?, 'organization', ?, NULL, NULL, ?)");
    std::string json;
    for (const RawOrganization &r : rows) {
        const std::string now = utcNow();
        const std::array fields{&r.name,    &r.nameKey, &r.sector, &r.mission, &r.decisionMaking,
                                &r.address, &r.website, &r.email,  &r.phone,   &r.notes};
        for (size_t i = 0; i < fields.size(); ++i)
            bindText(organization, int(i) + 1, *fields[i]);
        bindText(organization, 11, now);
        bindText(organization, 12, now);
        // The same statement the repository runs: the new id comes back as a row.
        const sqlite3_int64 id = db.stepReturningId(organization);
        for (size_t i = 0; i < r.tags.size(); ++i) {
            sqlite3_bind_int64(tag, 1, id);
            sqlite3_bind_int64(tag, 2, sqlite3_int64(i));
            bindText(tag, 3, r.tags[i]);
            db.step(tag);
        }
        json.clear();
        const auto field = [&json](const char *key, const std::string &value) {
            json += '"';
            json += key;
            json += "\":";
            appendJsonString(json, value);
            json += ',';
        };
        json += '{';
        field("address", r.address);
        field("created_at", now);
        field("decision_making", r.decisionMaking);
        field("email", r.email);
        json += "\"id\":" + std::to_string(id) + ',';
        field("mission", r.mission);
        field("name", r.name);
        field("notes", r.notes);
        field("phone", r.phone);
        field("sector", r.sector);
        json += "\"tags\":[";
        for (size_t i = 0; i < r.tags.size(); ++i) {
            if (i > 0)
                json += ',';
            appendJsonString(json, r.tags[i]);
        }
        json += "],";
        field("updated_at", now);
        field("website", r.website);
        json.back() = '}';
        bindText(audit, 1, now);
        bindText(audit, 2, osUser);
        sqlite3_bind_int64(audit, 3, id);
        bindText(audit, 4, json);
        db.step(audit);
    }
    for (sqlite3_stmt *statement : {organization, tag, audit})
        sqlite3_finalize(statement);
    db.exec("COMMIT");
}

struct RawListed
{
    sqlite3_int64 id = 0;
    std::string name, sector, mission, decisionMaking, address, website, email, phone, notes,
        createdAt, updatedAt;
    std::vector<std::string> tags;
};

size_t rawOpenList(const QString &path)
{
    Sqlite db(path, SQLITE_OPEN_READWRITE);
    db.configure();
    const auto column = [](sqlite3_stmt *s, int i) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s, i));
        return std::string(text ? text : "", size_t(sqlite3_column_bytes(s, i)));
    };
    std::unordered_map<sqlite3_int64, std::vector<std::string>> tags;
    sqlite3_stmt *tagQuery = db.prepare("SELECT organization_id, tag FROM organization_tag "
                                        "ORDER BY organization_id, position");
    while (sqlite3_step(tagQuery) == SQLITE_ROW)
        tags[sqlite3_column_int64(tagQuery, 0)].push_back(column(tagQuery, 1));
    sqlite3_finalize(tagQuery);
    std::vector<RawListed> result;
    sqlite3_stmt *query = db.prepare(
        "SELECT id, name, sector, mission, decision_making, address, website, email, phone, "
        "notes, created_at, updated_at FROM organization ORDER BY name_key, id");
    while (sqlite3_step(query) == SQLITE_ROW) {
        RawListed r{sqlite3_column_int64(query, 0),
                    column(query, 1),
                    column(query, 2),
                    column(query, 3),
                    column(query, 4),
                    column(query, 5),
                    column(query, 6),
                    column(query, 7),
                    column(query, 8),
                    column(query, 9),
                    column(query, 10),
                    column(query, 11),
                    {}};
        if (const auto it = tags.find(r.id); it != tags.end())
            r.tags = it->second;
        result.push_back(std::move(r));
    }
    sqlite3_finalize(query);
    return result.size();
}

// ---- checks and report -------------------------------------------------------

// The audit text of a few rows, times blanked: both files must hold the same.
std::vector<std::string> auditSample(const QString &path)
{
    Sqlite db(path, SQLITE_OPEN_READONLY);
    sqlite3_stmt *query = db.prepare("SELECT new_value FROM audit_entry WHERE entity_id % 997 = 1 "
                                     "AND entity = 'organization' ORDER BY entity_id");
    std::vector<std::string> sample;
    while (sqlite3_step(query) == SQLITE_ROW) {
        std::string text(reinterpret_cast<const char *>(sqlite3_column_text(query, 0)));
        for (const char *key : {"\"created_at\":\"", "\"updated_at\":\""}) {
            if (const size_t at = text.find(key); at != std::string::npos)
                text.replace(at + std::strlen(key), 24, 24, '#');
        }
        sample.push_back(std::move(text));
    }
    sqlite3_finalize(query);
    return sample;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

void report(const QString &name, const char *ours, double oursMs, double rawMs)
{
    std::printf("%s: %s %.0f ms, raw %.0f ms, ratio %.2f\n", qPrintable(name), ours, oursMs, rawMs,
                oursMs / rawMs);
    std::fflush(stdout);
}

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_import: %s\n", qPrintable(message));
    std::exit(1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times the CSV import against raw SQLite inserts."_s);
    parser.addHelpOption();
    parser.addOption(
        {u"rows"_s, u"Number of organizations (default 100000)."_s, u"N"_s, u"100000"_s});
    parser.addOption({u"keep"_s, u"Write the files into DIR and keep them."_s, u"DIR"_s});
    parser.process(app);
    bool ok = false;
    const int rows = parser.value(u"rows"_s).toInt(&ok);
    if (!ok || rows <= 0)
        die(u"--rows needs a positive number"_s);

    QTemporaryDir temporary;
    QString dir = parser.value(u"keep"_s);
    if (dir.isEmpty()) {
        if (!temporary.isValid())
            die(u"cannot create a temporary folder"_s);
        dir = temporary.path();
    } else if (!QDir().mkpath(dir)) {
        die(u"cannot create "_s + dir);
    }
    const QString label
        = rows % 1000 == 0 ? QString::number(rows / 1000) + u'k' : QString::number(rows);

    QFile schemaFile(u":/coalition/sql/migrations/0001_registry.sql"_s);
    if (!schemaFile.open(QIODevice::ReadOnly))
        die(u"the embedded schema cannot be read"_s);
    const QByteArray schema = schemaFile.readAll();

    const QList<Organization> organizations = generate(rows);
    const QByteArray csv = toCsv(organizations);
    const std::vector<RawOrganization> raw = toRaw(organizations);
    if (!parser.value(u"keep"_s).isEmpty()) {
        QFile out(dir + u"/organizations.csv"_s);
        if (!out.open(QIODevice::WriteOnly) || out.write(csv) != csv.size())
            die(u"cannot write "_s + out.fileName());
    }

    std::vector<double> importMs, rawMs;
    QString imported, rawPath;
    std::string osUser;
    for (int run = 1; run <= Runs; ++run) {
        imported = dir + u"/import-"_s + QString::number(run) + u".coalition"_s;
        rawPath = dir + u"/raw-"_s + QString::number(run) + u".sqlite"_s;
        if (QFile::exists(rawPath))
            die(rawPath + u" already exists"_s);
        {
            auto workspace = Workspace::open(imported, Database::OpenMode::CreateNew);
            if (!workspace)
                die(workspace.error().toString());
            osUser = (*workspace)->database().osUser().toStdString();
            CsvImporter importer(**workspace);
            QElapsedTimer timer;
            timer.start();
            auto result = importer.importData(CsvKind::Organizations, csv, u"bench.csv"_s);
            importMs.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!result)
                die(result.error().toString());
            if (result->inserted != rows)
                die(u"the importer stored "_s + QString::number(result->inserted) + u" rows"_s);
        }
        createRawFile(rawPath, schema);
        QElapsedTimer timer;
        timer.start();
        rawInsert(rawPath, raw, osUser);
        rawMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    if (auditSample(imported) != auditSample(rawPath))
        die(u"the raw inserts do not write the audit text the importer writes"_s);
    report(u"import_"_s + label, "importer", median(importMs), median(rawMs));

    std::vector<double> openMs, rawOpenMs;
    for (int run = 1; run <= Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        {
            auto workspace = Workspace::open(imported);
            if (!workspace)
                die(workspace.error().toString());
            auto all = (*workspace)->organizations().list();
            openMs.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!all || all->size() != rows)
                die(u"the repository did not list every organization"_s);
        }
        timer.restart();
        const size_t listed = rawOpenList(rawPath);
        rawOpenMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (listed != size_t(rows))
            die(u"the raw query did not list every organization"_s);
    }
    report(u"open_list_"_s + label, "repository", median(openMs), median(rawOpenMs));
    return 0;
}
