// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/period.h"
#include "reportdata.h"
#include "reportdocument.h"

#include <QCoreApplication>

namespace Coalition {

// Turns a coalition's data into the monthly or quarterly summary: what each
// action group's plans came to, the decisions, membership changes, successes,
// evaluations and open conflicts of the period and the deadlines of the next.
// Pure: no database, no clock (docs/reports.md says how each figure is made).
class ReportBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::ReportBuilder)

public:
    struct Options
    {
        ReportKind kind = ReportKind::Monthly;
        ReportPeriod period;
        bool includeConfidential = false;
        QDate today; // the day the report is made
    };

    static ReportDocument build(const ReportData &data, const Options &options);

    // The day the figures are judged on: today, or the period's last day when
    // the period is already over.
    static QDate asOf(const Options &options);
    static QString title(ReportKind kind);
    // "October 2026", "2026-Q4 (October to December 2026)".
    static QString periodLabel(const ReportPeriod &period);
};

} // namespace Coalition
