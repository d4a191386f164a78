// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbuilder.h"

#include "domain/money.h"
#include "reportcomposer.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString(u"—"_s);
}

} // namespace

QDate ReportBuilder::asOf(const Options &options)
{
    const QDate last = options.period.last();
    if (!options.today.isValid())
        return last;
    return std::min(options.today, last);
}

QString ReportBuilder::title(ReportKind kind)
{
    return kind == ReportKind::Monthly ? tr("Monthly summary for the executive committee")
                                       : tr("Quarterly summary for the strategic committee");
}

QString ReportBuilder::periodLabel(const ReportPeriod &period)
{
    const QLocale locale;
    if (period.kind == ReportPeriod::Kind::Month)
        return tr("%1 %2").arg(locale.standaloneMonthName(period.number)).arg(period.year);
    return tr("%1 (%2 to %3 %4)")
        .arg(period.toString(), locale.standaloneMonthName(period.first().month()),
             locale.standaloneMonthName(period.last().month()))
        .arg(period.year);
}

ReportDocument ReportBuilder::build(const ReportData &data, const Options &options)
{
    ReportComposer composer(data, options.period, asOf(options), options.includeConfidential);
    ReportDocument document;
    document.title = title(options.kind);
    document.coalitionName = data.coalition.name;
    document.subtitle = tr("%1 — %2").arg(data.coalition.name, periodLabel(options.period));
    document.generatedOn = options.today;
    document.confidentialIncluded = options.includeConfidential;

    // The sections first, into a scratch document: the summary at the top
    // needs their totals, and the confidentiality note needs their count.
    ReportDocument body;
    const ReportComposer::Totals totals = composer.addGroups(body);
    const int decisions = composer.addDecisions(body);
    const ReportComposer::MembershipChanges changes = composer.addMembershipChanges(body);
    const int successes = composer.addSuccesses(body);
    const int evaluations = composer.addEvaluations(body);
    const int conflicts = composer.addConflicts(body);
    composer.addUpcoming(body, options.period.next());

    document.addParagraph(tr("Figures are judged as of %1 from the records in the workspace; "
                             "“late” means not done and past its due date on that day.")
                              .arg(isoDate(asOf(options))));
    document.confidentialLeftOut = composer.leftOutCount();
    if (options.includeConfidential) {
        document.addNote(tr("This report includes records marked confidential. Share it only "
                            "with the people entitled to see them."));
    } else if (document.confidentialLeftOut > 0) {
        document.addNote(tr("Confidential records left out: %1 (%2). They are not counted in "
                            "any figure below.")
                             .arg(document.confidentialLeftOut)
                             .arg(composer.leftOutBreakdown()));
    } else {
        document.addNote(tr("No confidential record was left out."));
    }

    document.addHeading(tr("At a glance"));
    document.addBullets({
        tr("Action groups: %1; plans: %2.").arg(totals.groups).arg(totals.plans),
        tr("Tasks: %1 done of %2; %3 open, of which %4 due in this period and %5 late.")
            .arg(totals.status.done)
            .arg(totals.status.tasks)
            .arg(totals.status.open)
            .arg(totals.status.dueInPeriod)
            .arg(totals.status.late),
        tr("Budget: %1 secured of %2 needed; %3 still to find.")
            .arg(formatMoney(totals.status.securedCents), formatMoney(totals.status.budgetCents),
                 formatMoney(totals.status.unfundedCents)),
        tr("Staffing: %1 of %2 hours a month covered by members; %3 uncovered.")
            .arg(totals.status.hoursCovered)
            .arg(totals.status.hoursNeeded)
            .arg(totals.status.hoursUncovered),
        tr("Progress reports: %1 received for this period; %2 owed and missing.")
            .arg(totals.reportsReceived)
            .arg(totals.reportsMissing),
        tr("Decisions taken: %1. Membership changes: %2 (%3 joined, %4 left).")
            .arg(decisions)
            .arg(changes.total)
            .arg(changes.joined)
            .arg(changes.left),
        tr("Successes: %1. Evaluations: %2. Open conflicts: %3.")
            .arg(successes)
            .arg(evaluations)
            .arg(conflicts),
    });
    document.blocks.append(body.blocks);
    return document;
}

} // namespace Coalition
