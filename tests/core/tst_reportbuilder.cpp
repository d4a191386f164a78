// SPDX-License-Identifier: GPL-3.0-or-later
// The report builder on a hand-built coalition: the figures it computes, what
// falls inside the period, and how confidential records are left out and
// counted or included on request.

#include "reportfixture.h"
#include "reports/reportbuilder.h"

#include <QTest>

using namespace Coalition;

namespace {

ReportDocument buildReport(const QString &period, bool includeConfidential,
                           QDate today = QDate(2026, 10, 31))
{
    const std::optional<ReportPeriod> parsed = ReportPeriod::parse(period);
    ReportBuilder::Options options;
    options.kind = parsed && parsed->kind == ReportPeriod::Kind::Quarter ? ReportKind::Quarterly
                                                                         : ReportKind::Monthly;
    options.period = parsed.value_or(ReportPeriod{});
    options.includeConfidential = includeConfidential;
    options.today = today;
    return ReportBuilder::build(ReportFixture::seeded(), options);
}

// Every text of the document, one line per paragraph, item or table row
// (cells joined with " | ").
QString flatten(const ReportDocument &document)
{
    QStringList lines{document.title, document.subtitle};
    for (const ReportBlock &block : document.blocks) {
        lines << block.text;
        lines << block.items;
        if (!block.header.isEmpty())
            lines << block.header.join(u" | "_s);
        for (const QStringList &row : block.rows)
            lines << row.join(u" | "_s);
    }
    return lines.join(u'\n');
}

const ReportBlock *tableAfter(const ReportDocument &document, const QString &heading)
{
    bool seen = false;
    for (const ReportBlock &block : document.blocks) {
        if (block.type == ReportBlock::Type::Heading)
            seen = block.text == heading;
        else if (seen && block.type == ReportBlock::Type::Table)
            return &block;
    }
    return nullptr;
}

} // namespace

class TestReportBuilder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void figures_data();
    void figures();
    void titles();
    void confidentialLeftOutAndCounted();
    void confidentialIncluded();
    void sectionsKeepToThePeriod();
    void asOfIsTheEndOfAPastPeriod();
};

void TestReportBuilder::figures_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<bool>("includeConfidential");
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("present");

    const QString oct = u"2026-10"_s;
    QTest::newRow("groups and plans") << oct << false << u"Action groups: 2; plans: 3."_s << true;
    QTest::newRow("tasks done, due, late")
        << oct << false
        << u"Tasks: 2 done of 7; 5 open, of which 3 due in this period and 2 late."_s << true;
    QTest::newRow("budget")
        << oct << false << u"Budget: 6200.00 secured of 9200.00 needed; 3000.00 still to find."_s
        << true;
    QTest::newRow("staffing")
        << oct << false << u"Staffing: 30 of 65 hours a month covered by members; 35 uncovered."_s
        << true;
    QTest::newRow("reports received and missing")
        << oct << false << u"Progress reports: 1 received for this period; 3 owed and missing."_s
        << true;
    QTest::newRow("missing monthly report")
        << oct << false << u"Progress reports missing: 2026-09."_s << true;
    QTest::newRow("missing quarterly reports")
        << oct << false << u"Progress reports missing: 2026-Q2, 2026-Q3."_s << true;
    QTest::newRow("received report")
        << oct << false
        << u"Progress reports received for this period: 2026-10 (received 2026-10-30)."_s << true;
    QTest::newRow("plan row")
        << oct << false
        << u"Winter pantry network | 2026-12-15 | 1 of 4 | 2 | 2 | 5000.00 of 8000.00 | 20 of 50"_s
        << true;
    QTest::newRow("group total row")
        << oct << false << u"Total |  | 2 of 6 | 2 | 2 | 6200.00 of 9200.00 | 30 of 60"_s << true;
    QTest::newRow("budget gap") << oct << false
                                << u"Budget gap: 3000.00 of 9200.00 is not yet secured."_s << true;
    QTest::newRow("staffing gap")
        << oct << false << u"Staffing gap: 5 of 5 hours a month are not covered by a member."_s
        << true;
    QTest::newRow("late task named")
        << oct << false
        << u"Late: Sign site agreements (plan “Winter pantry network”, due 2026-10-15, 16 days "
           "late); responsible: Eastgate Food Bank."_s
        << true;
    QTest::newRow("due today is not late") << oct << false << u"Late: Design the flyer"_s << false;
    QTest::newRow("decisions and membership")
        << oct << false << u"Decisions taken: 2. Membership changes: 3 (1 joined, 1 left)."_s
        << true;
    QTest::newRow("successes, evaluations, conflicts")
        << oct << false << u"Successes: 1. Evaluations: 1. Open conflicts: 1."_s << true;
    QTest::newRow("credited organizations")
        << oct << false
        << u"2026-10-12 | First pantry site opened | Eastgate Food Bank, Harbor Credit Union | Food Access"_s
        << true;
    QTest::newRow("conflict step")
        << oct << false
        << u"2026-09-15 | Shared van schedule | Eastgate Food Bank, Harbor Credit Union | Mediator | 46"_s
        << true;
    QTest::newRow("upcoming task")
        << oct << false << u"2026-11-10 | Book the van | Task | Food Access | Harbor Credit Union"_s
        << true;
    QTest::newRow("upcoming plan")
        << oct << false
        << u"2026-11-30 | Mobile market pilot | Plan | Food Access | Harbor Credit Union"_s << true;
    QTest::newRow("with confidential: tasks")
        << oct << true << u"Tasks: 2 done of 9; 7 open, of which 5 due in this period and 4 late."_s
        << true;
    QTest::newRow("with confidential: groups")
        << oct << true << u"Action groups: 3; plans: 5."_s << true;
    QTest::newRow("with confidential: budget")
        << oct << true << u"Budget: 6200.00 secured of 9600.00 needed; 3400.00 still to find."_s
        << true;
    QTest::newRow("quarter: decisions")
        << u"2026-Q3"_s << false << u"Decisions taken: 1."_s << true;
    QTest::newRow("quarter: membership")
        << u"2026-Q3"_s << false << u"Membership changes: 1 (0 joined, 0 left)."_s << true;
}

void TestReportBuilder::figures()
{
    QFETCH(QString, period);
    QFETCH(bool, includeConfidential);
    QFETCH(QString, line);
    QFETCH(bool, present);

    const QString text = flatten(buildReport(period, includeConfidential));
    if (present)
        QVERIFY2(text.contains(line), qPrintable(u"missing: "_s + line + u"\nin:\n"_s + text));
    else
        QVERIFY2(!text.contains(line), qPrintable(u"unexpected: "_s + line + u"\nin:\n"_s + text));
}

void TestReportBuilder::titles()
{
    const ReportDocument monthly = buildReport(u"2026-10"_s, false);
    QCOMPARE(monthly.title, u"Monthly summary for the executive committee"_s);
    QCOMPARE(monthly.subtitle, u"Riverside Neighbourhood Coalition — October 2026"_s);
    QCOMPARE(monthly.coalitionName, u"Riverside Neighbourhood Coalition"_s);
    QCOMPARE(monthly.generatedOn, QDate(2026, 10, 31));
    const ReportDocument quarterly = buildReport(u"2026-Q4"_s, false);
    QCOMPARE(quarterly.title, u"Quarterly summary for the strategic committee"_s);
    QCOMPARE(quarterly.subtitle,
             u"Riverside Neighbourhood Coalition — 2026-Q4 (October to December 2026)"_s);
}

void TestReportBuilder::confidentialLeftOutAndCounted()
{
    const ReportDocument document = buildReport(u"2026-10"_s, false);
    // The group, a goal it serves, a plan, a task, a report, a success, an
    // evaluation and a conflict; the plan and task under the confidential
    // group go with it and are not counted again.
    QCOMPARE(document.confidentialLeftOut, 8);
    QVERIFY(!document.confidentialIncluded);
    const QString text = flatten(document);
    QVERIFY(text.contains(u"Confidential records left out: 8 (goals: 1, action groups: 1, plans: "
                          "1, tasks: 1, progress reports: 1, successes: 1, evaluations: 1, "
                          "conflicts: 1)."_s));
    for (const QString &hidden :
         {u"Negotiation"_s, u"Settle the landlord dispute"_s, u"Quiet donor approach"_s,
          u"Vendor side deal"_s, u"Landlord agreed to talk"_s, u"Review of the talks"_s,
          u"Who speaks to the landlord"_s, u"First meeting with the landlord"_s})
        QVERIFY2(!text.contains(hidden), qPrintable(hidden));
}

void TestReportBuilder::confidentialIncluded()
{
    const ReportDocument document = buildReport(u"2026-10"_s, true);
    QCOMPARE(document.confidentialLeftOut, 0);
    QVERIFY(document.confidentialIncluded);
    const QString text = flatten(document);
    QVERIFY(text.contains(u"This report includes records marked confidential."_s));
    for (const QString &shown :
         {u"Negotiation"_s, u"Settle the landlord dispute quietly"_s, u"Quiet donor approach"_s,
          u"Late: Vendor side deal"_s, u"Landlord agreed to talk"_s, u"Review of the talks"_s,
          u"Who speaks to the landlord"_s, u"Late: First meeting with the landlord"_s})
        QVERIFY2(text.contains(shown), qPrintable(shown));
}

void TestReportBuilder::sectionsKeepToThePeriod()
{
    const ReportDocument document = buildReport(u"2026-10"_s, false);
    const ReportBlock *decisions = tableAfter(document, u"Decisions taken"_s);
    QVERIFY(decisions);
    QCOMPARE(decisions->rows.size(), 2);
    QCOMPARE(decisions->rows.at(0),
             QStringList({u"2026-10-08"_s, u"Executive committee"_s,
                          u"Adopt the winter pantry plan"_s, u"Adopted"_s, u"Adopted"_s}));
    QCOMPARE(decisions->rows.at(1).at(2), u"Raise the dues"_s);

    const ReportBlock *changes = tableAfter(document, u"Membership changes"_s);
    QVERIFY(changes);
    QCOMPARE(changes->rows.size(), 3);
    QCOMPARE(changes->rows.at(0),
             QStringList({u"2026-10-02"_s, u"Westside Youth Club"_s, u"Recorded as prospective"_s,
                          u"Met at the fair"_s}));
    QCOMPARE(changes->rows.at(1).mid(0, 3),
             QStringList({u"2026-10-05"_s, u"Northside Library"_s, u"Joined"_s}));
    QCOMPARE(changes->rows.at(2).mid(0, 3),
             QStringList({u"2026-10-20"_s, u"Riverside Tenants' Union"_s, u"Left"_s}));

    const ReportBlock *successes = tableAfter(document, u"Successes"_s);
    QVERIFY(successes);
    QCOMPARE(successes->rows.size(), 1);

    const ReportBlock *conflicts = tableAfter(document, u"Open conflicts"_s);
    QVERIFY(conflicts);
    QCOMPARE(conflicts->rows.size(), 1); // resolved, later and confidential ones are not here

    const ReportBlock *upcoming = tableAfter(document, u"Upcoming deadlines"_s);
    QVERIFY(upcoming);
    QStringList items;
    for (const QStringList &row : upcoming->rows)
        items << row.at(1);
    QCOMPARE(
        items,
        QStringList({u"Book the van"_s, u"Launch the pantry rota"_s, u"Mobile market pilot"_s}));
}

void TestReportBuilder::asOfIsTheEndOfAPastPeriod()
{
    ReportBuilder::Options options;
    options.period = *ReportPeriod::parse(u"2026-09"_s);
    options.today = QDate(2027, 1, 15);
    QCOMPARE(ReportBuilder::asOf(options), QDate(2026, 9, 30));
    options.today = QDate(2026, 9, 12);
    QCOMPARE(ReportBuilder::asOf(options), QDate(2026, 9, 12));

    // September, judged on its last day: only "Sign site agreements" and
    // "Recruit drivers" exist as open tasks, neither yet due.
    const QString text = flatten(buildReport(u"2026-09"_s, false, QDate(2027, 1, 15)));
    QVERIFY2(text.contains(u"Figures are judged as of 2026-09-30"_s), qPrintable(text));
    QVERIFY2(text.contains(u"and 0 late."_s), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestReportBuilder)
#include "tst_reportbuilder.moc"
