// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "governance.h"
#include "period.h"
#include "types.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Coalition {

// Plain value types of the action part of the domain: the coalition's goals,
// the action groups that work on them, their plans and tasks, the progress
// reports they owe, and what came of it (successes, evaluations, conflicts).
// Every one of these records may be marked confidential: reports and exports
// leave it out unless asked to include it, and say how many they left out.
// Money is in cents.

struct Goal
{
    Id id = 0;
    Id coalitionId = 0;
    GoalKind kind = GoalKind::Specific;
    QString title;
    QString text;
    QStringList measures; // how progress is measured
    QDate targetOn;
    GoalStatus status = GoalStatus::Proposed;
    std::optional<Id> adoptedByDecisionId;
    bool confidential = false;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Goal &) const = default;
};

struct ActionGroup
{
    Id id = 0;
    Id coalitionId = 0;
    QString name; // unique within the coalition, without regard to case
    QString purpose;
    std::optional<Id> convenerId; // a person of a member organization
    QList<Id> memberships; // member organizations taking part
    QList<Id> people; // people taking part
    QList<Id> goals; // the goals it serves
    std::optional<Id> bodyId; // the governance body that is this group, if any
    ReportingCadence cadence = ReportingCadence::Monthly;
    QDate startedOn; // reports are owed from the period holding this date
    bool confidential = false;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const ActionGroup &) const = default;
};

struct BudgetLine
{
    QString item;
    qint64 amountCents = 0;
    std::optional<Id> fundedById; // a membership, or
    QString source; // a source outside the coalition (a funder, a grant)
    bool secured = false; // secured, or still sought

    bool operator==(const BudgetLine &) const = default;
};

struct StaffingNeed
{
    QString role;
    int hoursPerMonth = 0;
    std::optional<Id> coveredById; // a membership covers it, or
    bool soughtOutside = false; // it is sought outside the coalition

    bool operator==(const StaffingNeed &) const = default;
};

struct ActionPlan
{
    Id id = 0;
    Id goalId = 0;
    Id groupId = 0;
    std::optional<Id> leadMembershipId;
    QString title;
    QDate startOn;
    QDate dueOn;
    QStringList criteria; // evaluation criteria
    QList<BudgetLine> budget;
    QList<StaffingNeed> staffing;
    std::optional<Id> adoptedByDecisionId;
    bool confidential = false;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const ActionPlan &) const = default;
};

struct Task
{
    Id id = 0;
    Id planId = 0;
    QString title;
    std::optional<Id> responsibleId; // a membership
    QDate startOn;
    QDate dueOn;
    QDate doneOn;
    TaskStatus status = TaskStatus::NotStarted;
    bool confidential = false;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Task &) const = default;
};

struct ProgressReport
{
    Id id = 0;
    Id groupId = 0;
    ReportPeriod period;
    std::optional<Id> authorId; // a person
    QString text;
    QDate receivedOn;
    bool confidential = false;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const ProgressReport &) const = default;
};

struct Success
{
    Id id = 0;
    Id coalitionId = 0;
    QString title; // what was achieved
    QString text;
    QDate achievedOn;
    QList<Id> credited; // memberships credited: credit is shared
    std::optional<Id> groupId;
    std::optional<Id> goalId;
    bool confidential = false;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Success &) const = default;
};

struct Evaluation
{
    Id id = 0;
    Id coalitionId = 0;
    QString activity;
    QDate on;
    EvaluationMethod method = EvaluationMethod::SatisfactionSurvey;
    QString findings;
    std::optional<int> score; // 0-100
    std::optional<Id> groupId;
    std::optional<Id> planId;
    bool confidential = false;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Evaluation &) const = default;
};

struct Conflict
{
    Id id = 0;
    Id coalitionId = 0;
    QString subject;
    QList<Id> parties; // memberships
    QDate raisedOn;
    ConflictStatus status = ConflictStatus::Open;
    EscalationStep step = EscalationStep::Discussion;
    QString resolution;
    QDate resolvedOn;
    bool confidential = false;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Conflict &) const = default;
};

} // namespace Coalition
