// SPDX-License-Identifier: GPL-3.0-or-later
// Every file format Coalition Desk ever wrote must open in this version with
// its data intact. tests/data/workspace-vN.sql holds a real workspace of
// format N (an SQL dump); add one whenever a migration is added.

#include "storage/workspace.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace Coalition;

namespace {

// Builds a file from a dump with SQLite alone, as the old version left it.
bool buildFromDump(const QString &dumpPath, const QString &target, QString *error)
{
    QFile dump(dumpPath);
    if (!dump.open(QIODevice::ReadOnly)) {
        *error = dump.errorString();
        return false;
    }
    const QByteArray script = dump.readAll();
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(target).constData(), &db) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return false;
    }
    char *message = nullptr;
    const int rc = sqlite3_exec(db, script.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK)
        *error = QString::fromUtf8(message ? message : "unknown error");
    sqlite3_free(message);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

    // What the version-2 fixture adds: bodies, procedures, a meeting, a
    // decision and ground rules (one superseded by another).
    static void checkGovernance(Workspace &w, Id coalitionId)
    {
        auto bodies = w.bodies().listForCoalition(coalitionId);
        QVERIFY(bodies.ok());
        QCOMPARE(bodies->size(), qsizetype(2));
        auto full = w.bodies().fullMembership(coalitionId);
        QVERIFY(full.ok() && full->has_value());
        QCOMPARE((*full)->name, u"General Assembly"_s);
        auto steering = w.bodies().findByName(coalitionId, u"steering committee"_s);
        QVERIFY(steering.ok() && steering->has_value());
        QCOMPARE((*steering)->seats.size(), qsizetype(2));
        QCOMPARE((*steering)->seats.at(1).voting, false);

        auto procedure = w.procedures().forBody((*full)->id);
        QVERIFY(procedure.ok() && procedure->has_value());
        QCOMPARE((*procedure)->method, DecisionMethod::Supermajority);
        QCOMPARE((*procedure)->threshold, (Fraction{2, 3}));
        QCOMPARE((*procedure)->reopening.threshold, std::optional<Fraction>(Fraction{3, 4}));
        QCOMPARE((*procedure)->areas,
                 (QList<DecisionArea>{DecisionArea::GroundRules, DecisionArea::Budget}));
        auto delegated = w.procedures().forBody((*steering)->id);
        QVERIFY(delegated.ok() && delegated->has_value());
        QCOMPARE((*delegated)->delegateBodyId, std::optional<Id>((*full)->id));

        auto meetings = w.meetings().listForCoalition(coalitionId);
        QVERIFY(meetings.ok());
        QCOMPARE(meetings->size(), qsizetype(1));
        const Meeting &meeting = meetings->first();
        QCOMPARE(meeting.startsAt, QDateTime(QDate(2026, 12, 1), QTime(18, 30)));
        QCOMPARE(meeting.agenda.size(), qsizetype(2));
        QCOMPARE(meeting.attendance.size(), qsizetype(2));

        auto decisions = w.decisions().listForMeeting(meeting.id);
        QVERIFY(decisions.ok());
        QCOMPARE(decisions->size(), qsizetype(1));
        const Decision &decision = decisions->first();
        QCOMPARE(decision.outcome, DecisionOutcome::Adopted);
        QCOMPARE(decision.status, DecisionStatus::Adopted);
        QVERIFY(!decision.reasons.isEmpty());
        QCOMPARE(decision.positions.size(), qsizetype(2));

        auto rules = w.groundRules().listForCoalition(coalitionId);
        QVERIFY(rules.ok());
        QCOMPARE(rules->size(), qsizetype(3));
        const auto find = [&](const QString &title) {
            for (const GroundRule &rule : std::as_const(*rules)) {
                if (rule.title == title)
                    return rule;
            }
            return GroundRule{};
        };
        const GroundRule chair = find(u"The chair speaks for the coalition"_s);
        const GroundRule old = find(u"Anyone may talk to the press"_s);
        QCOMPARE(chair.adoptedByDecisionId, std::optional<Id>(decision.id));
        QCOMPARE(chair.supersedesRuleId, std::optional<Id>(old.id));
        QCOMPARE(old.status, RuleStatus::Retired);
        QCOMPARE(old.history.size(), qsizetype(2));
    }

    // What the version-3 fixture adds: two goals, an action group with its
    // members, people and goals, a plan with criteria, budget and staffing,
    // two tasks, a report, a success, an evaluation and a conflict.
    static void checkAction(Workspace &w, Id coalitionId)
    {
        auto goals = w.goals().listForCoalition(coalitionId);
        QVERIFY(goals.ok());
        QCOMPARE(goals->size(), qsizetype(2));
        QCOMPARE(goals->at(0).measures.size(), qsizetype(2));
        QVERIFY(goals->at(0).adoptedByDecisionId.has_value());
        QCOMPARE(goals->at(1).kind, GoalKind::Universal);
        QVERIFY(goals->at(1).confidential);
        auto group = w.actionGroups().findByName(coalitionId, u"housing action"_s);
        QVERIFY(group.ok() && group->has_value());
        QCOMPARE((*group)->memberships.size(), qsizetype(2));
        QCOMPARE((*group)->goals.size(), qsizetype(2));
        QVERIFY((*group)->convenerId.has_value());
        auto plans = w.actionPlans().listForGroup((*group)->id);
        QVERIFY(plans.ok());
        QCOMPARE(plans->size(), qsizetype(1));
        const ActionPlan &plan = plans->first();
        QCOMPARE(plan.criteria, QStringList{u"Half the blocks surveyed"_s});
        QCOMPARE(plan.budget.size(), qsizetype(2));
        QCOMPARE(plan.budget.at(0).amountCents, qint64(45000));
        QVERIFY(plan.budget.at(0).secured);
        QCOMPARE(plan.budget.at(1).source, u"Ward fund"_s);
        QCOMPARE(plan.staffing.size(), qsizetype(2));
        QVERIFY(plan.staffing.at(1).soughtOutside);
        auto tasks = w.tasks().listForPlan(plan.id);
        QVERIFY(tasks.ok());
        QCOMPARE(tasks->size(), qsizetype(2));
        QCOMPARE(tasks->at(0).status, TaskStatus::Done);
        QCOMPARE(tasks->at(0).doneOn, QDate(2026, 10, 18));
        auto reports = w.progressReports().listForGroup((*group)->id);
        QVERIFY(reports.ok());
        QCOMPARE(reports->size(), qsizetype(1));
        QCOMPARE(reports->first().period.toString(), u"2026-10"_s);
        auto successes = w.successes().listForCoalition(coalitionId);
        QVERIFY(successes.ok());
        QCOMPARE(successes->size(), qsizetype(1));
        QCOMPARE(successes->first().credited.size(), qsizetype(2));
        auto evaluations = w.evaluations().listForCoalition(coalitionId);
        QVERIFY(evaluations.ok());
        QCOMPARE(evaluations->size(), qsizetype(1));
        QCOMPARE(evaluations->first().score, std::optional<int>(78));
        auto conflicts = w.conflicts().listForCoalition(coalitionId);
        QVERIFY(conflicts.ok());
        QCOMPARE(conflicts->size(), qsizetype(1));
        QCOMPARE(conflicts->first().step, EscalationStep::Mediator);
        QCOMPARE(conflicts->first().parties.size(), qsizetype(2));
    }

    // What the version-4 fixture adds: a stage history (the later entry
    // settled by the decision), three checklist answers and a relationship
    // with both sides' views and a history of five entries.
    static void checkStage(Workspace &w, Id coalitionId)
    {
        auto history = w.stageChanges().listForCoalition(coalitionId);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), qsizetype(2));
        QCOMPARE(history->at(0).stage, DevelopmentStage::PreFormation);
        QCOMPARE(history->at(1).stage, DevelopmentStage::Formation);
        QCOMPARE(history->at(1).on, QDate(2026, 12, 1));
        auto decisions = w.decisions().listForCoalition(coalitionId);
        QVERIFY(decisions.ok() && !decisions->isEmpty());
        QCOMPARE(history->at(1).decisionId, std::optional<Id>(decisions->first().id));

        auto answers = w.checklist().listForCoalition(coalitionId);
        QVERIFY(answers.ok());
        QCOMPARE(answers->size(), qsizetype(3));
        QCOMPARE(answers->at(0).item, u"complex-issue"_s);
        QCOMPARE(answers->at(0).value, ChecklistValue::Yes);
        QCOMPARE(answers->at(1).item, u"service-gap"_s);
        QCOMPARE(answers->at(1).value, ChecklistValue::Unanswered);
        QCOMPARE(answers->at(1).note, u"Ask the city housing office."_s);
        QCOMPARE(answers->at(2).item, u"real-commitment"_s);
        QCOMPARE(answers->at(2).value, ChecklistValue::Yes);
        QCOMPARE(answers->at(2).answeredOn, QDate(2026, 12, 1));

        auto tenants = w.organizations().findByName(u"riverside tenants' union"_s);
        auto school = w.organizations().findByName(u"école du parc"_s);
        QVERIFY(tenants.ok() && tenants->has_value() && school.ok() && school->has_value());
        auto found = w.relationships().find((*school)->id, (*tenants)->id);
        QVERIFY(found.ok() && found->has_value());
        const Relationship &r = **found;
        QCOMPARE(r.firstId, (*tenants)->id);
        QCOMPARE(r.secondId, (*school)->id);
        QCOMPARE(r.level, RelationshipLevel::Collaborating);
        QCOMPARE(r.trust, TrustLevel::More);
        QCOMPARE(r.since, QDate(2025, 6, 1));
        QCOMPARE(r.views.size(), qsizetype(2));
        QCOMPARE(r.views.at(0).level, RelationshipLevel::Collaborating);
        QCOMPARE(r.views.at(0).note, u"Our closest partner"_s);
        QCOMPARE(r.views.at(1).trust, TrustLevel::More);
        QCOMPARE(r.history.size(), qsizetype(5));
        QCOMPARE(r.history.last().side, std::optional<Id>((*school)->id));
        QCOMPARE(r.history.last().note, u"Joint homework club opened"_s);
        auto ofCoalition = w.relationships().listForCoalition(coalitionId);
        QVERIFY(ofCoalition.ok());
        QCOMPARE(ofCoalition->size(), qsizetype(1));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fromEmpty()
    {
        QTemporaryDir dir;
        auto workspace
            = Workspace::open(dir.filePath(u"new.coalition"_s), Database::OpenMode::CreateNew);
        QVERIFY2(workspace.ok(), qPrintable(workspace.error().toString()));
        QCOMPARE((*workspace)->database().schemaVersion(), Database::latestSchemaVersion());
        QVERIFY((*workspace)->database().backups().isEmpty());
        auto problems = (*workspace)->database().integrityProblems();
        QVERIFY(problems.ok());
        QVERIFY(problems->isEmpty());
    }

    void everyHistoricalVersion_data()
    {
        QTest::addColumn<int>("version");
        const QDir data(QStringLiteral(COALITION_TEST_DATA_DIR));
        const QStringList dumps = data.entryList({u"workspace-v*.sql"_s}, QDir::Files, QDir::Name);
        QVERIFY2(!dumps.isEmpty(), "no historical workspace fixtures found");
        for (const QString &name : dumps) {
            const int version = name.mid(11).chopped(4).toInt();
            QTest::newRow(qPrintable(name)) << version;
        }
        // A fixture for every format up to the current one.
        QCOMPARE(dumps.size(), qsizetype(Database::latestSchemaVersion()));
    }

    void everyHistoricalVersion()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.coalition"_s);
        QString error;
        QVERIFY2(buildFromDump(QStringLiteral(COALITION_TEST_DATA_DIR) + u"/workspace-v"_s
                                   + QString::number(version) + u".sql"_s,
                               path, &error),
                 qPrintable(error));

        auto opened = Workspace::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
        Workspace &w = **opened;
        QCOMPARE(w.database().schemaVersion(), Database::latestSchemaVersion());
        // An upgrade leaves a copy of the file as it was.
        QCOMPARE(w.database().backups().size(),
                 version < Database::latestSchemaVersion() ? qsizetype(1) : qsizetype(0));
        auto problems = w.database().integrityProblems();
        QVERIFY(problems.ok());
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u"; "_s)));

        // What the version-1 fixture holds (every later fixture is a superset).
        auto union_ = w.organizations().findByName(u"riverside tenants' union"_s);
        QVERIFY(union_.ok() && union_->has_value());
        QCOMPARE((*union_)->tags, (QStringList{u"housing"_s, u"renters"_s}));
        QCOMPARE((*union_)->mission, u"Safe homes for renters"_s);
        auto school = w.organizations().findByName(u"ÉCOLE DU PARC"_s);
        QVERIFY(school.ok() && school->has_value());
        QCOMPARE((*school)->sector, Sector::Education);
        QCOMPARE((*school)->phone, u"+33 1 23 45 67 89"_s);

        auto coalition = w.coalitions().findByName(u"River Wards Coalition"_s);
        QVERIFY(coalition.ok() && coalition->has_value());
        QCOMPARE((*coalition)->meetings.usualLengthMinutes, 90);
        QCOMPARE((*coalition)->leadOrganizationId, std::optional<Id>((*union_)->id));
        auto members = w.memberships().listForCoalition((*coalition)->id);
        QVERIFY(members.ok());
        QCOMPARE(members->size(), qsizetype(2));
        const Membership &first = members->at(0);
        QCOMPARE(first.duesCents, qint64(12000));
        QCOMPARE(first.contributions.size(), qsizetype(1));
        QCOMPARE(first.contributions.first().valueCents, qint64(80000));
        QCOMPARE(first.barriers, QStringList{u"Small staff"_s});
        QVERIFY(first.representativeId.has_value());
        const Membership &second = members->at(1);
        QCOMPARE(second.history.size(), qsizetype(2));
        QCOMPARE(second.history.last().status, MembershipStatus::Active);

        auto audit = w.audit().all();
        QVERIFY(audit.ok());
        QVERIFY(audit->size() >= 13);

        if (version >= 2)
            checkGovernance(w, (*coalition)->id);
        if (version >= 3)
            checkAction(w, (*coalition)->id);
        if (version >= 4)
            checkStage(w, (*coalition)->id);
        // The organization removed in the fixture keeps its id to itself.
        Organization newcomer;
        newcomer.name = u"Newcomer"_s;
        auto id = w.organizations().add(newcomer);
        QVERIFY(id.ok());
        QVERIFY(*id > 3);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
