// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvimport.h"
#include "io/demoworkspace.h"
#include "io/workspacejson.h"
#include "rules/networkfigures.h"
#include "rules/planmetrics.h"
#include "rules/stageassessment.h"
#include "storage/governancesnapshot.h"
#include "storage/stagesnapshot.h"
#include "storage/workspace.h"

#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Coalition;

class TestDemoWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sampleIsRealisticAndSound()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto workspace
            = Workspace::open(dir.filePath(u"demo.coalition"_s), Database::OpenMode::CreateNew);
        QVERIFY2(workspace.ok(), qPrintable(workspace.error().toString()));
        Workspace &w = **workspace;
        const QDate today(2026, 11, 22);
        const Status populated = DemoWorkspace::populate(w, today);
        QVERIFY2(populated.ok(), qPrintable(populated.error().toString()));

        auto organizations = w.organizations().list();
        QVERIFY(organizations.ok());
        QVERIFY(organizations->size() >= 15);
        QSet<Sector> sectors;
        for (const Organization &o : *organizations)
            sectors.insert(o.sector);
        QVERIFY2(sectors.size() >= 6, "the sample spans at least six sectors");

        auto coalitions = w.coalitions().list();
        QVERIFY(coalitions.ok());
        QVERIFY(!coalitions->isEmpty());
        auto members = w.memberships().listForCoalition(coalitions->first().id);
        QVERIFY(members.ok());
        QCOMPARE(members->size(), qsizetype(15));
        QSet<MembershipStatus> statuses;
        int withContributions = 0;
        int withRepresentative = 0;
        for (const Membership &m : *members) {
            statuses.insert(m.status);
            withContributions += m.contributions.isEmpty() ? 0 : 1;
            withRepresentative += m.representativeId ? 1 : 0;
            QVERIFY(!m.history.isEmpty());
            QCOMPARE(m.history.last().status, m.status);
        }
        QCOMPARE(statuses.size(), qsizetype(5)); // every status appears
        auto counts = w.memberships().countByCoalition();
        QVERIFY(counts.ok());
        QCOMPARE(counts->size(), qsizetype(2));
        QCOMPARE(counts->value(coalitions->first().id), 15);
        QCOMPARE(counts->value(coalitions->last().id), 3);
        // Counting one status agrees with the members read one by one.
        for (const MembershipStatus status : statuses) {
            auto byStatus = w.memberships().countByCoalition(status);
            QVERIFY(byStatus.ok());
            const auto expected
                = std::count_if(members->cbegin(), members->cend(),
                                [status](const Membership &m) { return m.status == status; });
            QCOMPARE(byStatus->value(coalitions->first().id), int(expected));
        }
        QCOMPARE(withContributions, 15);
        QVERIFY(withRepresentative >= 10);

        auto people = w.people().list();
        QVERIFY(people.ok());
        QVERIFY(people->size() > organizations->size());
        auto peopleCount = w.people().count();
        QVERIFY(peopleCount.ok());
        QCOMPARE(*peopleCount, int(people->size()));

        auto problems = w.database().integrityProblems();
        QVERIFY(problems.ok());
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u"; "_s)));
    }

    // The sample, exported as CSV, equals the golden files under tests/data.
    // Run with COALITION_UPDATE_GOLDEN=1 to rewrite them after a deliberate
    // change, then review the diff.
    void csvExportsMatchGoldenFiles_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("golden");
        QTest::newRow("organizations")
            << int(CsvKind::Organizations) << u"demo-organizations.csv"_s;
        QTest::newRow("people") << int(CsvKind::People) << u"demo-people.csv"_s;
        QTest::newRow("memberships") << int(CsvKind::Memberships) << u"demo-memberships.csv"_s;
    }

    void csvExportsMatchGoldenFiles()
    {
        QFETCH(int, kind);
        QFETCH(QString, golden);
        QTemporaryDir dir;
        auto workspace
            = Workspace::open(dir.filePath(u"demo.coalition"_s), Database::OpenMode::CreateNew);
        QVERIFY(workspace.ok());
        QVERIFY(DemoWorkspace::populate(**workspace, QDate(2026, 11, 22)).ok());
        auto exported = CsvExporter(**workspace).exportData(static_cast<CsvKind>(kind));
        QVERIFY2(exported.ok(), qPrintable(exported.error().toString()));

        QFile file(QStringLiteral(COALITION_TEST_DATA_DIR) + u'/' + golden);
        if (qEnvironmentVariableIsSet("COALITION_UPDATE_GOLDEN")) {
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(*exported);
            return;
        }
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QCOMPARE(QString::fromUtf8(*exported), QString::fromUtf8(file.readAll()));
    }

    // The sample coalition's governance: bodies with procedures, rules with a
    // key area left open, meetings, and decisions of every outcome, counted
    // by the repositories.
    void governanceIsComplete()
    {
        QTemporaryDir dir;
        auto workspace
            = Workspace::open(dir.filePath(u"demo.coalition"_s), Database::OpenMode::CreateNew);
        QVERIFY(workspace.ok());
        Workspace &w = **workspace;
        const QDate today(2026, 11, 22);
        QVERIFY(DemoWorkspace::populate(w, today).ok());
        const Id coalitionId = w.coalitions().list().value().first().id;

        auto bodies = w.bodies().listForCoalition(coalitionId);
        QVERIFY(bodies.ok());
        QCOMPARE(bodies->size(), qsizetype(3));
        QHash<BodyKind, Body> byKind;
        for (const Body &body : *bodies)
            byKind.insert(body.kind, body);
        QVERIFY(byKind.contains(BodyKind::FullMembership));
        QVERIFY(byKind.value(BodyKind::FullMembership).seats.isEmpty());
        QCOMPARE(byKind.value(BodyKind::ExecutiveCommittee).seats.size(), qsizetype(5));
        QVERIFY(byKind.contains(BodyKind::StrategicCommittee));
        for (const Body &body : *bodies) {
            auto procedure = w.procedures().forBody(body.id);
            QVERIFY(procedure.ok());
            QVERIFY2(procedure->has_value(), qPrintable(body.name));
            QVERIFY((*procedure)->escalation.size() >= 2);
        }
        const DecisionProcedure general
            = *w.procedures().forBody(byKind.value(BodyKind::FullMembership).id).value();
        QCOMPARE(general.method, DecisionMethod::ConsensusThenVote);
        QCOMPARE(general.consensusAttempts, 2);
        QCOMPARE(general.quorum.kind, QuorumKind::Majority);
        QCOMPARE(general.noticeDays, 7);
        QCOMPARE(general.reopening, (ReopeningConditions{90, Fraction{2, 3}, true}));
        const DecisionProcedure executive
            = *w.procedures().forBody(byKind.value(BodyKind::ExecutiveCommittee).id).value();
        QCOMPARE(executive.method, DecisionMethod::Majority);
        QCOMPARE(executive.quorum, (Quorum{QuorumKind::Count, 3, Fraction{1, 2}}));
        QCOMPARE(executive.areas,
                 (QList<DecisionArea>{DecisionArea::Operations, DecisionArea::Events,
                                      DecisionArea::PublicStatements}));
        QCOMPARE(executive.noticeDays, 3);
        const DecisionProcedure strategic
            = *w.procedures().forBody(byKind.value(BodyKind::StrategicCommittee).id).value();
        QCOMPARE(strategic.method, DecisionMethod::Supermajority);
        QCOMPARE(strategic.threshold, (Fraction{2, 3}));
        QCOMPARE(strategic.basis, VoteBasis::Present);

        // Meetings over the past months, one to come, and the founding
        // assembly two years back; one organization at least once through
        // two people; minutes for those held.
        auto meetings = w.meetings().listForCoalition(coalitionId);
        QVERIFY(meetings.ok());
        int past = 0;
        int upcoming = 0;
        int founding = 0;
        bool twoPeople = false;
        for (const Meeting &m : *meetings) {
            QVERIFY(!m.agenda.isEmpty());
            QVERIFY(m.scheduledOn.isValid());
            if (m.startsAt.date() > today) {
                ++upcoming;
                continue;
            }
            if (m.startsAt.date() < today.addMonths(-6)) {
                ++founding;
                QCOMPARE(m.startsAt.date(), today.addDays(-760));
            } else {
                ++past;
            }
            QVERIFY(!m.minutes.isEmpty());
            QSet<Id> seen;
            for (const Attendance &a : m.attendance) {
                twoPeople = twoPeople || seen.contains(a.membershipId);
                seen.insert(a.membershipId);
            }
        }
        QVERIFY(past >= 5 && past <= 6);
        QCOMPARE(upcoming, 1);
        QCOMPARE(founding, 1);
        QVERIFY2(twoPeople, "an organization attends through two people");

        // Every outcome kind, computed; a reopened decision.
        auto decisions = w.decisions().listForCoalition(coalitionId);
        QVERIFY(decisions.ok());
        QSet<DecisionOutcome> outcomes;
        int reopened = 0;
        for (const Decision &d : *decisions) {
            outcomes.insert(d.outcome);
            reopened += d.status == DecisionStatus::Reopened ? 1 : 0;
            auto tally = w.evaluator().evaluate(d);
            QVERIFY(tally.ok());
            QCOMPARE(tally->outcome, d.outcome); // stored as counted
            QCOMPARE(tally->reasons, d.reasons);
        }
        QCOMPARE(outcomes,
                 (QSet<DecisionOutcome>{DecisionOutcome::Pending, DecisionOutcome::Adopted,
                                        DecisionOutcome::Rejected, DecisionOutcome::NoQuorum,
                                        DecisionOutcome::Blocked}));
        QCOMPARE(reopened, 1);
        const auto tie
            = std::find_if(decisions->cbegin(), decisions->cend(), [](const Decision &d) {
                  return d.outcome == DecisionOutcome::Rejected;
              });
        QVERIFY(tie != decisions->cend());
        QCOMPARE(
            std::count_if(tie->positions.cbegin(), tie->positions.cend(),
                          [](const MemberPosition &p) { return p.position == VotePosition::Yes; }),
            std::count_if(tie->positions.cbegin(), tie->positions.cend(),
                          [](const MemberPosition &p) { return p.position == VotePosition::No; }));

        // Ground rules: four key areas agreed, confidentiality only proposed;
        // a revision history; a retired rule superseded by an agreed one;
        // adopted rules linked to the decisions that adopted them.
        auto rules = w.groundRules().listForCoalition(coalitionId);
        QVERIFY(rules.ok());
        QSet<RuleArea> agreedKeyAreas;
        bool proposedConfidentiality = false;
        bool revised = false;
        int linked = 0;
        for (const GroundRule &rule : *rules) {
            if (rule.status == RuleStatus::Agreed && isKeyRuleArea(rule.area))
                agreedKeyAreas.insert(rule.area);
            proposedConfidentiality = proposedConfidentiality
                || (rule.area == RuleArea::Confidentiality && rule.status == RuleStatus::Proposed);
            revised = revised || rule.history.size() >= 3;
            if (rule.supersedesRuleId) {
                QCOMPARE(rule.status, RuleStatus::Agreed);
                QCOMPARE(w.groundRules().get(*rule.supersedesRuleId).value().status,
                         RuleStatus::Retired);
            }
            if (rule.adoptedByDecisionId) {
                ++linked;
                const Decision adopting = w.decisions().get(*rule.adoptedByDecisionId).value();
                QCOMPARE(adopting.area, DecisionArea::GroundRules);
                QCOMPARE(adopting.outcome, DecisionOutcome::Adopted);
            }
        }
        QCOMPARE(agreedKeyAreas,
                 (QSet<RuleArea>{RuleArea::DecisionMaking, RuleArea::Media, RuleArea::Information,
                                 RuleArea::Representatives}));
        QVERIFY(proposedConfidentiality);
        QVERIFY(revised);
        QVERIFY(linked >= 2);
    }

    // The sample coalition's work, on two different days: goals of both
    // kinds, groups with plans, late tasks, a budget gap, a role sought
    // outside, one missing report, shared successes, a recent evaluation,
    // an open conflict with a mediator and one confidential record.
    void actionIsComplete_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::newRow("2026-11-22") << QDate(2026, 11, 22);
        QTest::newRow("2031-03-01") << QDate(2031, 3, 1);
        QTest::newRow("month end") << QDate(2027, 1, 31);
    }

    void actionIsComplete()
    {
        QFETCH(QDate, today);
        QTemporaryDir dir;
        auto workspace
            = Workspace::open(dir.filePath(u"demo.coalition"_s), Database::OpenMode::CreateNew);
        QVERIFY(workspace.ok());
        Workspace &w = **workspace;
        const Status populated = DemoWorkspace::populate(w, today);
        QVERIFY2(populated.ok(), qPrintable(populated.error().toString()));
        const Id coalitionId = w.coalitions().list().value().first().id;
        int confidential = 0;

        auto goals = w.goals().listForCoalition(coalitionId);
        QVERIFY(goals.ok());
        QSet<GoalKind> kinds;
        for (const Goal &goal : *goals) {
            kinds.insert(goal.kind);
            confidential += goal.confidential ? 1 : 0;
            QVERIFY(!goal.measures.isEmpty());
            if (goal.adoptedByDecisionId) {
                const Decision adopting = w.decisions().get(*goal.adoptedByDecisionId).value();
                QCOMPARE(adopting.outcome, DecisionOutcome::Adopted);
            }
        }
        QCOMPARE(kinds, (QSet<GoalKind>{GoalKind::Specific, GoalKind::Universal}));
        QVERIFY(std::any_of(goals->cbegin(), goals->cend(),
                            [](const Goal &g) { return g.adoptedByDecisionId.has_value(); }));

        auto groups = w.actionGroups().listForCoalition(coalitionId);
        QVERIFY(groups.ok());
        QVERIFY(groups->size() >= 2 && groups->size() <= 3);
        auto reports = w.progressReports().listForCoalition(coalitionId);
        QVERIFY(reports.ok());
        int missing = 0;
        for (const ActionGroup &group : *groups) {
            QVERIFY(group.convenerId);
            QVERIFY(group.memberships.size() >= 2);
            QVERIFY(!group.goals.isEmpty());
            confidential += group.confidential ? 1 : 0;
            missing += int(PlanMetrics::missingReports(group, *reports, today).size());
        }
        QCOMPARE(missing, 1);
        QVERIFY(reports->size() >= 6);
        for (const ProgressReport &report : *reports)
            confidential += report.confidential ? 1 : 0;

        auto plans = w.actionPlans().listForCoalition(coalitionId);
        QVERIFY(plans.ok());
        auto tasks = w.tasks().listForCoalition(coalitionId);
        QVERIFY(tasks.ok());
        int late = 0;
        int done = 0;
        int upcoming = 0;
        qint64 unfunded = 0;
        int uncovered = 0;
        int adoptedPlans = 0;
        for (const ActionPlan &plan : *plans) {
            QVERIFY(!plan.criteria.isEmpty());
            QVERIFY(!plan.budget.isEmpty());
            confidential += plan.confidential ? 1 : 0;
            adoptedPlans += plan.adoptedByDecisionId ? 1 : 0;
            const PlanStatus status = PlanMetrics::of(plan, *tasks, today);
            QVERIFY(status.tasks >= 2);
            late += status.late;
            done += status.done;
            unfunded += status.unfundedCents;
            uncovered += status.hoursUncovered;
        }
        for (const Task &task : *tasks) {
            upcoming += task.status != TaskStatus::Done && task.dueOn > today ? 1 : 0;
            confidential += task.confidential ? 1 : 0;
        }
        QCOMPARE(late, 3);
        QVERIFY(done >= 6);
        QVERIFY(upcoming >= 3);
        QCOMPARE(unfunded, qint64(240000)); // the crossing trial, sought from the town
        QCOMPARE(uncovered, 10); // the traffic engineer, sought outside
        QCOMPARE(adoptedPlans, 1);

        auto successes = w.successes().listForCoalition(coalitionId);
        QVERIFY(successes.ok());
        QVERIFY(successes->size() >= 2);
        for (const Success &success : *successes) {
            QVERIFY(success.credited.size() >= 2); // credit is shared
            confidential += success.confidential ? 1 : 0;
        }
        auto evaluations = w.evaluations().listForCoalition(coalitionId);
        QVERIFY(evaluations.ok());
        QVERIFY(std::any_of(evaluations->cbegin(), evaluations->cend(), [&](const Evaluation &e) {
            return e.method == EvaluationMethod::SatisfactionSurvey && e.score
                && e.on > today.addMonths(-12) && e.on <= today;
        }));
        for (const Evaluation &evaluation : *evaluations)
            confidential += evaluation.confidential ? 1 : 0;
        auto conflicts = w.conflicts().listForCoalition(coalitionId);
        QVERIFY(conflicts.ok());
        QVERIFY(std::any_of(conflicts->cbegin(), conflicts->cend(), [](const Conflict &c) {
            return c.status == ConflictStatus::Open && c.step == EscalationStep::Mediator
                && !c.confidential;
        }));
        QVERIFY(std::any_of(conflicts->cbegin(), conflicts->cend(), [](const Conflict &c) {
            return c.status == ConflictStatus::Resolved;
        }));
        for (const Conflict &conflict : *conflicts)
            confidential += conflict.confidential ? 1 : 0;
        QCOMPARE(confidential, 1);

        auto problems = w.database().integrityProblems();
        QVERIFY(problems.ok());
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u"; "_s)));
    }

    // What `coalition-cli checks` shows for the sample: several kinds of warning.
    void proceduralWarnings()
    {
        QTemporaryDir dir;
        auto workspace
            = Workspace::open(dir.filePath(u"demo.coalition"_s), Database::OpenMode::CreateNew);
        QVERIFY(workspace.ok());
        const QDate today(2026, 11, 22);
        QVERIFY(DemoWorkspace::populate(**workspace, today).ok());
        const Id coalitionId = (*workspace)->coalitions().list().value().first().id;
        auto snapshot = loadGovernanceSnapshot(**workspace, coalitionId, today);
        QVERIFY2(snapshot.ok(), qPrintable(snapshot.error().toString()));
        const QList<ProceduralWarning> warnings = ProceduralChecks::run(*snapshot);

        QMap<CheckKind, int> kinds;
        for (const ProceduralWarning &warning : warnings)
            ++kinds[warning.kind];
        QCOMPARE(kinds.keys(),
                 (QList<CheckKind>{CheckKind::MissingNotice, CheckKind::OutsideAreas,
                                   CheckKind::NoQuorum, CheckKind::ReopeningConditions,
                                   CheckKind::MissingKeyArea, CheckKind::RuleReviewDue}));
        QCOMPARE(kinds.value(CheckKind::MissingNotice), 2); // both decisions of that meeting
        QCOMPARE(kinds.value(CheckKind::MissingKeyArea), 1);

        const auto missing
            = std::find_if(warnings.cbegin(), warnings.cend(), [](const ProceduralWarning &w) {
                  return w.kind == CheckKind::MissingKeyArea;
              });
        QVERIFY(missing->summary.contains(enumLabel(RuleArea::Confidentiality)));
        // It names the rule that is proposed but not agreed.
        QCOMPARE(missing->records.first().kind, RecordKind::GroundRule);
        const GroundRule proposed
            = (*workspace)->groundRules().get(missing->records.first().id).value();
        QCOMPARE(proposed.status, RuleStatus::Proposed);
        QVERIFY(missing->reasons.join(u' ').contains(proposed.title));

        const auto reopening
            = std::find_if(warnings.cbegin(), warnings.cend(), [](const ProceduralWarning &w) {
                  return w.kind == CheckKind::ReopeningConditions;
              });
        QCOMPARE(reopening->reasons.size(), 1); // time and new information met; the vote not
        QVERIFY2(reopening->reasons.first().contains(u"5 of 8"_s),
                 qPrintable(reopening->reasons.first()));
    }

    // The dates move with `today`, the outcomes and warnings do not.
    void governanceDoesNotAge()
    {
        QStringList described;
        for (const QDate &today : {QDate(2026, 11, 22), QDate(2031, 3, 1)}) {
            QTemporaryDir dir;
            auto workspace
                = Workspace::open(dir.filePath(u"demo.coalition"_s), Database::OpenMode::CreateNew);
            QVERIFY(workspace.ok());
            QVERIFY(DemoWorkspace::populate(**workspace, today).ok());
            const Id coalitionId = (*workspace)->coalitions().list().value().first().id;
            const auto decisions = (*workspace)->decisions().list();
            QVERIFY(decisions.ok());
            QStringList lines;
            for (const Decision &d : *decisions)
                lines << d.title + u": "_s + enumKey(d.outcome) + u", "_s + enumKey(d.status);
            auto snapshot = loadGovernanceSnapshot(**workspace, coalitionId, today);
            QVERIFY(snapshot.ok());
            for (const ProceduralWarning &warning : ProceduralChecks::run(*snapshot))
                lines << checkKindKey(warning.kind);
            described << lines.join(u'\n');
        }
        QCOMPARE(described.at(1), described.at(0));
    }

    // The sample goes out through the workspace JSON and comes back unchanged.
    void jsonRoundTrip()
    {
        QTemporaryDir dir;
        auto source
            = Workspace::open(dir.filePath(u"demo.coalition"_s), Database::OpenMode::CreateNew);
        QVERIFY(source.ok());
        QVERIFY(DemoWorkspace::populate(**source, QDate(2026, 11, 22)).ok());
        const auto exported = WorkspaceJson(**source).exportAll();
        QVERIFY2(exported.ok(), qPrintable(exported.error().toString()));

        auto target
            = Workspace::open(dir.filePath(u"copy.coalition"_s), Database::OpenMode::CreateNew);
        QVERIFY(target.ok());
        WorkspaceJson json(**target);
        const Status imported = json.importAll(*exported, u"demo.json"_s);
        QVERIFY2(imported.ok(), qPrintable(json.problems().join(u'\n')));
        const auto again = json.exportAll();
        QVERIFY(again.ok());
        QCOMPARE(*again, *exported);
        QCOMPARE((*target)->decisions().list().value(), (*source)->decisions().list().value());
        QCOMPARE((*target)->groundRules().list().value(), (*source)->groundRules().list().value());
        QCOMPARE((*target)->goals().list().value(), (*source)->goals().list().value());
        QCOMPARE((*target)->actionPlans().list().value(), (*source)->actionPlans().list().value());
        QCOMPARE((*target)->tasks().list().value(), (*source)->tasks().list().value());
        QCOMPARE((*target)->progressReports().list().value(),
                 (*source)->progressReports().list().value());
        QCOMPARE((*target)->conflicts().list().value(), (*source)->conflicts().list().value());
        QCOMPARE((*target)->stageChanges().list().value(),
                 (*source)->stageChanges().list().value());
        QCOMPARE((*target)->checklist().list().value(), (*source)->checklist().list().value());
        QCOMPARE((*target)->relationships().list().value(),
                 (*source)->relationships().list().value());

        // Shared without confidential records: the one confidential conflict stays home.
        WorkspaceJson sourceJson(**source);
        WorkspaceJson::ExportOptions options;
        options.includeConfidential = false;
        const auto shared = sourceJson.exportAll(options);
        QVERIFY(shared.ok());
        QCOMPARE(sourceJson.leftOut().confidential, 1);
        QCOMPARE(sourceJson.leftOut().dependent, 0);
        auto copy
            = Workspace::open(dir.filePath(u"shared.coalition"_s), Database::OpenMode::CreateNew);
        QVERIFY(copy.ok());
        WorkspaceJson copyJson(**copy);
        QVERIFY2(copyJson.importAll(*shared, u"shared.json"_s).ok(),
                 qPrintable(copyJson.problems().join(u'\n')));
        QCOMPARE((*copy)->conflicts().list().value().size(),
                 (*source)->conflicts().list().value().size() - 1);
        // Relationships and the stage records are never confidential.
        QCOMPARE((*copy)->relationships().list().value(),
                 (*source)->relationships().list().value());
        QCOMPARE((*copy)->stageChanges().list().value(), (*source)->stageChanges().list().value());
    }

    // The sample coalition's development: a stage history up to
    // implementation with the founding decision behind formation, the
    // start-up checklist answered, and an assessment that agrees with the
    // recorded stage; on several days, since the dates follow `today`.
    void stageIsPlausible_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::newRow("2026-11-22") << QDate(2026, 11, 22);
        QTest::newRow("2031-03-01") << QDate(2031, 3, 1);
        QTest::newRow("month end") << QDate(2027, 1, 31);
    }

    void stageIsPlausible()
    {
        QFETCH(QDate, today);
        QTemporaryDir dir;
        auto workspace
            = Workspace::open(dir.filePath(u"demo.coalition"_s), Database::OpenMode::CreateNew);
        QVERIFY(workspace.ok());
        Workspace &w = **workspace;
        const Status populated = DemoWorkspace::populate(w, today);
        QVERIFY2(populated.ok(), qPrintable(populated.error().toString()));
        const Id coalitionId = w.coalitions().list().value().first().id;

        // pre-formation -> formation -> implementation, dated, with reasons.
        auto history = w.stageChanges().listForCoalition(coalitionId);
        QVERIFY(history.ok());
        QList<DevelopmentStage> stages;
        for (qsizetype i = 0; i < history->size(); ++i) {
            const StageChange &change = history->at(i);
            stages.append(change.stage);
            QVERIFY(!change.rationale.trimmed().isEmpty());
            QVERIFY(change.on <= today);
            if (i > 0)
                QVERIFY(change.on > history->at(i - 1).on);
        }
        QCOMPARE(
            stages,
            (QList<DevelopmentStage>{DevelopmentStage::PreFormation, DevelopmentStage::Formation,
                                     DevelopmentStage::Implementation}));
        // Formation was settled by the founding decision of the General Assembly.
        const StageChange &formed = history->at(1);
        QVERIFY(formed.decisionId);
        const Decision founding = w.decisions().get(*formed.decisionId).value();
        QCOMPARE(founding.outcome, DecisionOutcome::Adopted);
        const Meeting assembly = w.meetings().get(founding.meetingId).value();
        QCOMPARE(w.bodies().get(assembly.bodyId).value().kind, BodyKind::FullMembership);
        QCOMPARE(assembly.startsAt.date(), formed.on);
        QVERIFY(!history->at(0).decisionId);

        // Every start-up question answered yes with a note; one later
        // question answered, one left open.
        auto answers = w.checklist().listForCoalition(coalitionId);
        QVERIFY(answers.ok());
        QHash<QString, ChecklistAnswer> byItem;
        for (const ChecklistAnswer &answer : *answers) {
            QVERIFY2(StageEngine::checklistItem(answer.item), qPrintable(answer.item));
            byItem.insert(answer.item, answer);
        }
        int startUp = 0;
        int later = 0;
        for (const ChecklistItem &item : StageEngine::checklistItems()) {
            if (item.stage == DevelopmentStage::PreFormation) {
                ++startUp;
                QVERIFY2(byItem.contains(item.id), qPrintable(item.id));
                QCOMPARE(byItem.value(item.id).value, ChecklistValue::Yes);
                QVERIFY(!byItem.value(item.id).note.isEmpty());
                QVERIFY(byItem.value(item.id).answeredOn < history->first().on);
            } else if (byItem.value(item.id).value != ChecklistValue::Unanswered) {
                ++later;
            }
        }
        QCOMPARE(startUp, 7);
        QCOMPARE(later, 1);
        QVERIFY(std::any_of(answers->cbegin(), answers->cend(), [](const ChecklistAnswer &a) {
            return a.value == ChecklistValue::Unanswered;
        }));

        // The evidence supports the recorded stage: no warning, and what is
        // missing for the next one is the unserved goal and the missing report.
        auto snapshot = loadStageSnapshot(w, coalitionId, today);
        QVERIFY2(snapshot.ok(), qPrintable(snapshot.error().toString()));
        const StageAssessment assessment = StageEngine::assess(*snapshot);
        QCOMPARE(assessment.recorded, std::optional(DevelopmentStage::Implementation));
        QCOMPARE(assessment.suggested, DevelopmentStage::Implementation);
        QVERIFY2(assessment.warnings.isEmpty(), qPrintable(assessment.warnings.join(u'\n')));
        QCOMPARE(assessment.stages.size(), qsizetype(5));
        const StageResult &preFormation = assessment.stages.at(0);
        QCOMPARE(preFormation.met, preFormation.total);
        QVERIFY(assessment.stages.at(1).substantiallyMet);
        QVERIFY(!assessment.stages.at(2).substantiallyMet);
        QStringList missing;
        for (const CriterionResult &criterion : assessment.missingForNext)
            missing.append(criterion.id);
        QVERIFY2(missing.contains(u"goals-served"_s), qPrintable(missing.join(u", "_s)));
        QVERIFY2(missing.contains(u"reports-arriving"_s), qPrintable(missing.join(u", "_s)));
        const QList<CriterionResult> &formation = assessment.stages.at(1).criteria;
        const auto approved
            = std::find_if(formation.cbegin(), formation.cend(),
                           [](const CriterionResult &c) { return c.id == u"approved"_s; });
        QVERIFY(approved != formation.cend());
        QCOMPARE(approved->status, CriterionStatus::Met);
        QVERIFY(approved->records.contains(RecordKey{RecordKind::Decision, founding.id}));
    }

    // How the sample's members work with each other: every level among the
    // active members, varied trust, a history over two years, one pair whose
    // two sides disagree, and a member with no tie.
    void relationshipsAreVaried()
    {
        QTemporaryDir dir;
        auto workspace
            = Workspace::open(dir.filePath(u"demo.coalition"_s), Database::OpenMode::CreateNew);
        QVERIFY(workspace.ok());
        Workspace &w = **workspace;
        const QDate today(2026, 11, 22);
        QVERIFY(DemoWorkspace::populate(w, today).ok());
        const Id coalitionId = w.coalitions().list().value().first().id;

        auto relationships = w.relationships().listForCoalition(coalitionId);
        QVERIFY(relationships.ok());
        QVERIFY(relationships->size() >= 10);
        QSet<TrustLevel> trust;
        int disagreeing = 0;
        bool grew = false;
        for (const Relationship &r : *relationships) {
            QVERIFY(r.firstId < r.secondId);
            QVERIFY(r.since.isValid() && r.since <= today);
            QVERIFY(!r.notes.isEmpty());
            QVERIFY(!r.history.isEmpty());
            trust.insert(r.trust);
            disagreeing += NetworkEngine::sidesDisagree(r) ? 1 : 0;
            // The shared rating went from networking to cooperating over two years or more.
            QList<RelationshipChange> shared;
            for (const RelationshipChange &change : r.history) {
                if (!change.side)
                    shared.append(change);
            }
            grew = grew
                || (shared.size() >= 3 && shared.first().level == RelationshipLevel::Networking
                    && shared.last().level == RelationshipLevel::Cooperating
                    && shared.first().on.addYears(2) <= shared.last().on);
        }
        QCOMPARE(trust.size(), qsizetype(4));
        QCOMPARE(disagreeing, 1);
        QVERIFY(grew);

        auto network = loadNetworkData(w, coalitionId);
        QVERIFY2(network.ok(), qPrintable(network.error().toString()));
        const NetworkFigures figures
            = NetworkEngine::compute(network->members, network->relationships);
        for (const RelationshipLevel level :
             {RelationshipLevel::Networking, RelationshipLevel::Coordinating,
              RelationshipLevel::Cooperating, RelationshipLevel::Collaborating})
            QVERIFY2(figures.pairsAtLevel.at(std::size_t(level)) > 0, qPrintable(enumKey(level)));
        QCOMPARE(figures.disagreements, 1);
        QVERIFY(!figures.isolated.isEmpty());
        QVERIFY(figures.isolated.size() <= 2);
        QVERIFY(figures.density > 0.1 && figures.density < 0.5);
        const auto disagreement
            = std::find_if(figures.ties.cbegin(), figures.ties.cend(),
                           [](const NetworkTie &tie) { return tie.sidesDisagree; });
        QVERIFY(disagreement != figures.ties.cend());
        const Relationship pair = w.relationships().get(disagreement->relationshipId).value();
        QCOMPARE(pair.views.size(), qsizetype(2));
        QVERIFY(pair.views.at(0).level != pair.views.at(1).level);
    }

    void refusesANonEmptyWorkspace()
    {
        QTemporaryDir dir;
        auto workspace
            = Workspace::open(dir.filePath(u"demo.coalition"_s), Database::OpenMode::CreateNew);
        QVERIFY(workspace.ok());
        Organization o;
        o.name = u"Already here"_s;
        QVERIFY((*workspace)->organizations().add(o).ok());
        const Status populated = DemoWorkspace::populate(**workspace);
        QVERIFY(!populated.ok());
        auto count = (*workspace)->organizations().count();
        QVERIFY(count.ok());
        QCOMPARE(*count, 1);
    }
};

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "tst_demoworkspace.moc"
