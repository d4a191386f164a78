// SPDX-License-Identifier: GPL-3.0-or-later
// Times the stage assessment and the network figures over a large coalition
// (400 member organizations, 60 action groups, 300 plans, 3000 tasks, 400
// meetings, 1500 decisions, 30,000 relationships), and the loading of what
// they read from a workspace file. Each line compares the product's code with
// a baseline measured in the same run:
//   "name: ours X ms (what), baseline Y ms (what), ratio Z".

#include "benchtiming.h"
#include "largecoalition.h"
#include "rawsnapshot.h"
#include "storage/stagesnapshot.h"
#include "storage/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace Coalition;
using namespace Coalition::Bench;

namespace {

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_stage: %s\n", qPrintable(message));
    std::exit(1);
}

void note(const QString &message)
{
    std::fprintf(stderr, "bench_stage: %s\n", qPrintable(message));
}

// ---- the baseline of the assessment -------------------------------------------
//
// One pass over every record of the snapshot, and every entry of the lists
// inside them (attendance, positions, seats, histories, budget lines ...),
// folding ids, statuses and dates into a checksum. Any judgement over the
// whole snapshot has to look at each record at least once, so this is the
// floor, and the ratio says how many such passes the engine costs. Copying
// the snapshot's lists would measure nothing: Qt's lists are implicitly
// shared, so a copy is a reference count, and forcing a deep copy measures
// the allocator rather than the reading.

struct Checksum
{
    std::uint64_t value = 14695981039346656037ull;
    void add(std::uint64_t v) { value = (value ^ v) * 1099511628211ull; }
    void add(const QDate &date) { add(std::uint64_t(date.toJulianDay())); }
    template<typename E>
    void add(E e) requires std::is_enum_v<E>
    {
        add(std::uint64_t(e));
    }
    void add(const std::optional<Id> &id) { add(std::uint64_t(id.value_or(-1))); }
};

std::uint64_t checksum(const StageSnapshot &s)
{
    Checksum c;
    c.add(std::uint64_t(s.coalition.id));
    c.add(s.coalition.startDate);
    for (const Membership &m : s.memberships) {
        c.add(std::uint64_t(m.organizationId));
        c.add(m.status);
        c.add(m.kind);
        c.add(m.joinedOn);
        c.add(m.representativeId);
        for (const StatusChange &change : m.history) {
            c.add(change.status);
            c.add(change.on);
        }
        for (const Contribution &contribution : m.contributions)
            c.add(std::uint64_t(contribution.valueCents));
    }
    for (const Body &b : s.bodies) {
        c.add(b.kind);
        for (const BodySeat &seat : b.seats)
            c.add(std::uint64_t(seat.membershipId));
    }
    for (const DecisionProcedure &p : s.procedures) {
        c.add(std::uint64_t(p.bodyId));
        c.add(p.method);
        for (const DecisionArea area : p.areas)
            c.add(area);
    }
    for (const GroundRule &r : s.rules) {
        c.add(r.area);
        c.add(r.status);
        for (const RuleRevision &revision : r.history)
            c.add(revision.on);
    }
    for (const Meeting &m : s.meetings) {
        c.add(std::uint64_t(m.bodyId));
        c.add(m.startsAt.date());
        c.add(m.scheduledOn);
        for (const Attendance &a : m.attendance)
            c.add(std::uint64_t(a.membershipId));
    }
    for (const Decision &d : s.decisions) {
        c.add(std::uint64_t(d.meetingId));
        c.add(d.outcome);
        c.add(d.status);
        for (const MemberPosition &p : d.positions)
            c.add(p.position);
    }
    for (const Goal &g : s.goals) {
        c.add(g.kind);
        c.add(g.status);
    }
    for (const ActionGroup &g : s.groups) {
        c.add(g.convenerId);
        for (const Id id : g.memberships)
            c.add(std::uint64_t(id));
        for (const Id id : g.goals)
            c.add(std::uint64_t(id));
    }
    for (const ActionPlan &p : s.plans) {
        c.add(p.dueOn);
        c.add(std::uint64_t(p.criteria.size()));
        for (const BudgetLine &line : p.budget)
            c.add(std::uint64_t(line.amountCents));
        for (const StaffingNeed &need : p.staffing)
            c.add(std::uint64_t(need.hoursPerMonth));
    }
    for (const Task &t : s.tasks) {
        c.add(t.status);
        c.add(t.dueOn);
    }
    for (const ProgressReport &r : s.reports) {
        c.add(std::uint64_t(r.period.year * 100 + r.period.number));
        c.add(r.receivedOn);
    }
    for (const Success &x : s.successes) {
        c.add(x.achievedOn);
        for (const Id id : x.credited)
            c.add(std::uint64_t(id));
    }
    for (const Evaluation &e : s.evaluations)
        c.add(e.on);
    for (const Conflict &k : s.conflicts) {
        c.add(k.status);
        for (const Id id : k.parties)
            c.add(std::uint64_t(id));
    }
    for (const ChecklistAnswer &a : s.checklist)
        c.add(a.value);
    for (const StageChange &change : s.history)
        c.add(change.stage);
    return c.value;
}

// ---- the loads ---------------------------------------------------------------

// Every list of the snapshot read back holds as many records as were written.
void checkLoaded(const StageSnapshot &written, const StageSnapshot &read)
{
    const std::pair<const char *, std::pair<qsizetype, qsizetype>> counts[] = {
        {"memberships", {written.memberships.size(), read.memberships.size()}},
        {"bodies", {written.bodies.size(), read.bodies.size()}},
        {"procedures", {written.procedures.size(), read.procedures.size()}},
        {"ground rules", {written.rules.size(), read.rules.size()}},
        {"meetings", {written.meetings.size(), read.meetings.size()}},
        {"decisions", {written.decisions.size(), read.decisions.size()}},
        {"goals", {written.goals.size(), read.goals.size()}},
        {"action groups", {written.groups.size(), read.groups.size()}},
        {"plans", {written.plans.size(), read.plans.size()}},
        {"tasks", {written.tasks.size(), read.tasks.size()}},
        {"progress reports", {written.reports.size(), read.reports.size()}},
        {"successes", {written.successes.size(), read.successes.size()}},
        {"evaluations", {written.evaluations.size(), read.evaluations.size()}},
        {"conflicts", {written.conflicts.size(), read.conflicts.size()}},
        {"checklist answers", {written.checklist.size(), read.checklist.size()}},
        {"stage changes", {written.history.size(), read.history.size()}},
    };
    for (const auto &[what, sizes] : counts) {
        if (sizes.first != sizes.second)
            die(u"the snapshot read back has "_s + QString::number(sizes.second) + u' '
                + QString::fromLatin1(what) + u", not "_s + QString::number(sizes.first));
    }
}

void checkRaw(const RawTables &tables, const char *table, qsizetype expected)
{
    const auto it = tables.find(table);
    const size_t rows = it == tables.end() ? 0 : it->second.rows;
    if (rows != size_t(expected))
        die(u"the raw SELECTs read "_s + QString::number(rows) + u" rows of "_s
            + QString::fromLatin1(table) + u", not "_s + QString::number(expected));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Times the stage assessment, the network figures and their loading."_s);
    parser.addHelpOption();
    parser.addOption({u"runs"_s, u"Samples of each measurement (default 7)."_s, u"N"_s, u"7"_s});
    parser.addOption({u"keep"_s, u"Write the workspace into DIR and keep it."_s, u"DIR"_s});
    parser.process(app);
    bool ok = false;
    const int runs = parser.value(u"runs"_s).toInt(&ok);
    if (!ok || runs <= 0)
        die(u"--runs needs a positive number"_s);

    const QDate today = QDate::currentDate();
    QElapsedTimer timer;
    timer.start();
    const LargeCoalition coalition = generateCoalition(CoalitionSize{}, today);
    const StageSnapshot &snapshot = coalition.snapshot;
    note(u"generated %1 organizations, %2 meetings, %3 decisions, %4 tasks, %5 relationships "
         "in %6 ms"_s.arg(coalition.organizations.size())
             .arg(snapshot.meetings.size())
             .arg(snapshot.decisions.size())
             .arg(snapshot.tasks.size())
             .arg(coalition.relationships.size())
             .arg(timer.elapsed()));

    // ---- in memory -----------------------------------------------------------
    const StageAssessment assessment = StageEngine::assess(snapshot);
    if (assessment.stages.size() != 5)
        die(u"the assessment does not list the five stages"_s);
    note(u"suggested stage in memory: "_s + enumKey(assessment.suggested));
    {
        const auto [ours, baseline]
            = compare([&snapshot] { return StageEngine::assess(snapshot).stages.size(); },
                      [&snapshot] { return checksum(snapshot); }, runs);
        report(u"stage_assess_large"_s, u"StageEngine::assess"_s, ours,
               u"one pass over every record of the snapshot"_s, baseline);
    }

    const NetworkFigures figures
        = NetworkEngine::compute(coalition.members, coalition.relationships);
    if (figures.members != coalition.members.size() || figures.tiedPairs <= 0)
        die(u"the network figures do not count the members' ties"_s);
    {
        const auto &relationships = coalition.relationships;
        const auto pairs = [&relationships] {
            QHash<std::pair<Id, Id>, RelationshipLevel> seen;
            seen.reserve(relationships.size());
            for (const Relationship &r : relationships)
                seen.insert({std::min(r.firstId, r.secondId), std::max(r.firstId, r.secondId)},
                            r.level);
            return seen.size();
        };
        if (pairs() != relationships.size())
            die(u"the generated relationships repeat a pair"_s);
        const auto [ours, baseline] = compare(
            [&coalition] {
                return NetworkEngine::compute(coalition.members, coalition.relationships).tiedPairs;
            },
            pairs, runs);
        report(u"network_figures_"_s + countLabel(relationships.size()),
               u"NetworkEngine::compute"_s, ours,
               u"one pass over the relationships building a QHash of pairs"_s, baseline);
    }

    // ---- from a workspace file ---------------------------------------------------
    QTemporaryDir temporary;
    QString dir = parser.value(u"keep"_s);
    if (dir.isEmpty()) {
        if (!temporary.isValid())
            die(u"cannot create a temporary folder"_s);
        dir = temporary.path();
    } else if (!QDir().mkpath(dir)) {
        die(u"cannot create "_s + dir);
    }
    const QString path = dir + u"/large-coalition.coalition"_s;
    if (QFile::exists(path))
        die(path + u" already exists"_s);
    auto workspace = Workspace::open(path, Database::OpenMode::CreateNew);
    if (!workspace)
        die(workspace.error().toString());
    Workspace &w = **workspace;
    timer.restart();
    if (Status status = writeCoalition(w, coalition); !status)
        die(status.error().toString());
    note(u"wrote the workspace through the repositories in %1 ms"_s.arg(timer.elapsed()));

    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK)
        die(u"the raw connection cannot open the file"_s);
    const Id coalitionId = snapshot.coalition.id;

    auto loaded = loadStageSnapshot(w, coalitionId, today);
    if (!loaded)
        die(loaded.error().toString());
    checkLoaded(snapshot, *loaded);
    note(u"suggested stage of the file's snapshot: "_s
         + enumKey(StageEngine::assess(*loaded).suggested));
    const RawTables rawSnapshot = readRawStageSnapshot(raw, coalitionId);
    checkRaw(rawSnapshot, "membership", loaded->memberships.size());
    checkRaw(rawSnapshot, "meeting", loaded->meetings.size());
    checkRaw(rawSnapshot, "decision", loaded->decisions.size());
    checkRaw(rawSnapshot, "task", loaded->tasks.size());
    checkRaw(rawSnapshot, "organization", loaded->organizationNames.size());
    checkRaw(rawSnapshot, "person", loaded->personNames.size());
    {
        const auto [ours, baseline] = compare(
            [&w, coalitionId, &today] {
                auto s = loadStageSnapshot(w, coalitionId, today);
                if (!s)
                    die(s.error().toString());
                return s->tasks.size();
            },
            [raw, coalitionId] { return readRawStageSnapshot(raw, coalitionId).size(); }, runs);
        report(u"stage_snapshot_load"_s, u"loadStageSnapshot from a workspace file"_s, ours,
               u"raw SQLite C API SELECTs of the same rows"_s, baseline);
    }

    auto network = loadNetworkData(w, coalitionId);
    if (!network)
        die(network.error().toString());
    if (network->relationships.size() != coalition.relationships.size()
        || network->members.size() != coalition.members.size())
        die(u"the network read back differs from the one written"_s);
    checkRaw(readRawNetwork(raw, coalitionId), "relationship", network->relationships.size());
    {
        const auto [ours, baseline] = compare(
            [&w, coalitionId] {
                auto data = loadNetworkData(w, coalitionId);
                if (!data)
                    die(data.error().toString());
                return data->relationships.size();
            },
            [raw, coalitionId] { return readRawNetwork(raw, coalitionId).size(); }, runs);
        report(u"network_data_load_"_s + countLabel(coalition.relationships.size()),
               u"loadNetworkData from a workspace file"_s, ours,
               u"raw SQLite C API SELECTs of the same rows"_s, baseline);
    }
    sqlite3_close_v2(raw);
    return 0;
}
