// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/action.h"
#include "domain/governance.h"
#include "domain/recordkey.h"
#include "domain/stage.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace Coalition {

// Everything the stage assessment looks at for one coalition, read by the
// caller (storage/stagesnapshot) in one snapshot, or built by hand in tests.
struct StageSnapshot
{
    CoalitionInfo coalition;
    QList<Membership> memberships; // with their status history
    QHash<Id, QString> organizationNames; // organization id -> name
    QHash<Id, QString> personNames; // person id -> name
    QList<Body> bodies;
    QList<DecisionProcedure> procedures;
    QList<GroundRule> rules;
    QList<Meeting> meetings;
    QList<Decision> decisions;
    QList<Goal> goals;
    QList<ActionGroup> groups;
    QList<ActionPlan> plans;
    QList<Task> tasks;
    QList<ProgressReport> reports;
    QList<Success> successes;
    QList<Evaluation> evaluations;
    QList<Conflict> conflicts;
    QList<ChecklistAnswer> checklist;
    QList<StageChange> history; // oldest first (on, then id)
    QDate today;
};

enum class CriterionStatus {
    Met,
    NotMet,
    Unanswered, // a checklist question the coordinator has not answered
};

// "met", "not_met", "unanswered" (the CLI's JSON).
QString criterionStatusKey(CriterionStatus status);

// A question the coordinator answers: a criterion the data cannot decide.
struct ChecklistItem
{
    QString id; // stable, e.g. "complex-issue"
    DevelopmentStage stage = DevelopmentStage::PreFormation;
    QString label; // translated question
    QString help; // translated: what a "yes" means

    bool operator==(const ChecklistItem &) const = default;
};

struct CriterionResult
{
    QString id; // stable, e.g. "procedure-agreed", "complex-issue"
    QString label; // translated, one line: what must be true
    CriterionStatus status = CriterionStatus::NotMet;
    QString evidence; // translated: the records, counts and dates behind the status
    bool checklist = false; // answered by the coordinator rather than computed
    QList<RecordKey> records; // the records the evidence names, most telling first

    bool operator==(const CriterionResult &) const = default;
};

struct StageResult
{
    DevelopmentStage stage = DevelopmentStage::PreFormation;
    int met = 0;
    int total = 0;
    bool substantiallyMet = false; // StageEngine::isSubstantiallyMet(met, total)
    QList<CriterionResult> criteria;

    bool operator==(const StageResult &) const = default;
};

// How the coalition's recorded structure compares with what its type
// usually has (the typology of information networks, associations,
// coordinating councils, campaigns and ongoing coalitions).
struct TypeFitItem
{
    QString aspect; // stable: "purpose", "membership", "structure", "funding", "timeframe"
    QString label; // translated aspect name
    QString expected; // translated: what the type usually has
    QString found; // translated: what the records show
    bool fits = true;

    bool operator==(const TypeFitItem &) const = default;
};

struct StageAssessment
{
    std::optional<DevelopmentStage> recorded; // the latest StageChange, if any
    std::optional<StageChange> recordedChange;
    DevelopmentStage suggested = DevelopmentStage::PreFormation;
    QList<StageResult> stages; // all five, in order
    // The unmet criteria (not met or unanswered) of the suggested stage: what
    // must become true to move on. For the last stage, what is left to
    // complete it.
    QList<CriterionResult> missingForNext;
    QStringList reasons; // translated: why this stage is suggested, one line per stage looked at
    QStringList warnings; // translated: e.g. the recorded stage is ahead of the evidence
    QList<TypeFitItem> typeFit;

    bool operator==(const StageAssessment &) const = default;
};

// The stage assessment of DESIGN.md section 3 and docs/stages.md: pure, over a
// snapshot.
//
// Suggestion rule: a stage is substantially met when at least three quarters
// of its criteria are met (met * 4 >= total * 3; unanswered counts as not
// met). The suggested stage is the latest stage all of whose earlier stages
// are substantially met: pre-formation when pre-formation itself is not; the
// next stage after each substantially met one; institutionalization at most.
// So an empty coalition is in pre-formation.
// A recorded stage later than the suggested one gives a warning (not an
// error); an earlier one gives a note in `warnings` too, worded as such.
class StageEngine final
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::StageEngine)

public:
    static StageAssessment assess(const StageSnapshot &snapshot);

    // The checklist questions of every stage, in stage order; their ids are
    // what ChecklistAnswer::item holds. The seven start-up questions belong
    // to pre-formation: "complex-issue", "service-gap", "shared-priority",
    // "willing-partners", "joint-ownership", "shared-resources",
    // "real-commitment".
    static QList<ChecklistItem> checklistItems();
    static std::optional<ChecklistItem> checklistItem(const QString &id);

    static bool isSubstantiallyMet(int met, int total);

    // The coalition type fit alone (also part of assess()).
    static QList<TypeFitItem> typeFit(const StageSnapshot &snapshot);
};

} // namespace Coalition
