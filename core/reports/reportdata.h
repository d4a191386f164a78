// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/action.h"
#include "domain/governance.h"
#include "domain/types.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Coalition {

// A decision with what the report says about where it was taken.
struct ReportDecision
{
    Decision decision;
    QDate meetingOn;
    QString bodyName;

    bool operator==(const ReportDecision &) const = default;
};

// Everything the report builder reads about one coalition, as plain values
// (core/storage/reportsnapshot.h loads it from a workspace; tests build it by
// hand). Confidential records are all here: the builder decides what to show.
struct ReportData
{
    CoalitionInfo coalition;
    QList<Goal> goals;
    QList<ActionGroup> groups;
    QList<ActionPlan> plans;
    QList<Task> tasks;
    QList<ProgressReport> reports;
    QList<ReportDecision> decisions;
    QList<Membership> memberships; // with their status history
    QList<Success> successes;
    QList<Evaluation> evaluations;
    QList<Conflict> conflicts;
    QHash<Id, QString> organizationNames; // of the members' organizations
    QHash<Id, QString> personNames; // conveners, authors

    bool operator==(const ReportData &) const = default;
};

} // namespace Coalition
