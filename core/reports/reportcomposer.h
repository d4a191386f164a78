// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/period.h"
#include "domain/recordkey.h"
#include "reportdata.h"
#include "reportdocument.h"
#include "rules/planmetrics.h"

#include <QCoreApplication>
#include <QHash>

#include <set>

namespace Coalition {

// The report builder's working state: appends one section at a time to a
// document and remembers which confidential records it left out. Internal to
// ReportBuilder (sections in reportcomposer.cpp and reportsections.cpp).
class ReportComposer final
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::ReportBuilder)

public:
    struct Totals
    {
        int groups = 0;
        int plans = 0;
        PlanStatus status; // summed over the plans shown
        int reportsReceived = 0;
        int reportsMissing = 0;
    };
    struct MembershipChanges
    {
        int total = 0;
        int joined = 0;
        int left = 0;
    };

    ReportComposer(const ReportData &data, const ReportPeriod &period, const QDate &asOf,
                   bool includeConfidential);

    Totals addGroups(ReportDocument &document);
    int addDecisions(ReportDocument &document);
    MembershipChanges addMembershipChanges(ReportDocument &document);
    int addSuccesses(ReportDocument &document);
    int addEvaluations(ReportDocument &document);
    int addConflicts(ReportDocument &document);
    void addUpcoming(ReportDocument &document, const ReportPeriod &next);

    int leftOutCount() const;
    QString leftOutBreakdown() const; // "tasks: 2, successes: 1"

private:
    // Whether a record is shown; a confidential one left out is remembered.
    bool shows(RecordKind kind, Id id, bool confidential);
    QList<const ActionGroup *> visibleGroups();
    QList<const ActionPlan *> visiblePlans(Id groupId);
    QList<Task> visibleTasks(Id planId);
    QStringList reportPoints(const ActionGroup &group, Totals &totals);
    QString memberName(std::optional<Id> membershipId) const;
    QString memberNames(const QList<Id> &membershipIds) const;
    QString groupName(std::optional<Id> groupId) const;

    static QString date(const QDate &value);
    static bool lessByName(const QString &a, const QString &b);
    static bool lessByDue(const QDate &a, const QString &titleA, const QDate &b,
                          const QString &titleB);

    const ReportData &m_data;
    ReportPeriod m_period;
    QDate m_asOf;
    bool m_includeConfidential = false;
    QHash<Id, const Membership *> m_memberships;
    std::set<RecordKey> m_leftOut;
};

} // namespace Coalition
