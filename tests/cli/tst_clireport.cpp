// SPDX-License-Identifier: GPL-3.0-or-later
// coalition-cli report monthly|quarterly on the sample workspace, each call a
// separate process of the real executable: Markdown to standard output, HTML
// and PDF to files (the PDF made without a display), and the refusals of a
// wrong command line with exit code 2.

#include <QDate>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "clitest.h"

using namespace Qt::StringLiterals;
using namespace CliTest;

namespace {

const QString Coalition = u"Riverside Neighbourhood Coalition"_s;

// Reports take longer than other commands: a PDF is laid out page by page.
constexpr int ReportTimeoutMs = 60000;

// Runs coalition-cli in `workingDirectory`; `withoutDisplay` runs it as on a
// server, with no platform chosen and no display to connect to.
CliRun runReport(const QStringList &arguments, const QString &workingDirectory,
                 bool withoutDisplay = false)
{
    QProcessEnvironment environment = cleanEnvironment();
    if (withoutDisplay) {
        environment.remove(u"QT_QPA_PLATFORM"_s);
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"WAYLAND_DISPLAY"_s);
    }
    return runCli(arguments, workingDirectory,
                  {.environment = environment, .timeoutMs = ReportTimeoutMs});
}

} // namespace

class TestCliReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void markdownToStandardOutput();
    void confidentialOnRequest();
    void htmlToFile();
    void pdfToFileWithoutDisplay();
    void refusals_data();
    void refusals();

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_month;
    QString m_quarter;
};

void TestCliReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"demo.coalition"_s);
    const CliRun demo = runReport({u"demo"_s, u"--db"_s, m_db}, m_dir.path());
    QVERIFY2(demo.exitCode == Success && !demo.crashed, qPrintable(demo.describe()));
    // The sample's dates follow today, so the report does too.
    const QDate today = QDate::currentDate();
    m_month = today.toString(u"yyyy-MM"_s);
    m_quarter = u"%1-Q%2"_s.arg(today.year()).arg((today.month() - 1) / 3 + 1);
}

void TestCliReport::markdownToStandardOutput()
{
    const CliRun run = runReport({u"report"_s, u"monthly"_s, u"--db"_s, m_db, u"--coalition"_s,
                                  Coalition, u"--period"_s, m_month, u"--format"_s, u"md"_s},
                                 m_dir.path());
    QVERIFY2(run.exitCode == Success && !run.crashed && run.err.isEmpty(),
             qPrintable(run.describe()));
    const QString text = run.outText();
    QVERIFY(text.startsWith(u"# Monthly summary for the executive committee\n"_s));
    QVERIFY(text.contains(Coalition));
    for (const QString &section :
         {u"## At a glance"_s, u"## Action groups"_s, u"## Decisions taken"_s,
          u"## Membership changes"_s, u"## Successes"_s, u"## Open conflicts"_s,
          u"## Upcoming deadlines"_s})
        QVERIFY2(text.contains(section), qPrintable(section));
    QVERIFY2(text.contains(u"Confidential records left out: "_s), qPrintable(text));

    const CliRun quarterly = runReport({u"report"_s, u"quarterly"_s, u"--db"_s, m_db,
                                        u"--coalition"_s, Coalition, u"--period"_s, m_quarter},
                                       m_dir.path());
    QVERIFY2(quarterly.exitCode == Success, qPrintable(quarterly.describe()));
    QVERIFY(quarterly.outText().startsWith(u"# Quarterly summary for the strategic committee\n"_s));
}

void TestCliReport::confidentialOnRequest()
{
    const CliRun run = runReport({u"report"_s, u"monthly"_s, u"--db"_s, m_db, u"--coalition"_s,
                                  Coalition, u"--period"_s, m_month, u"--include-confidential"_s},
                                 m_dir.path());
    QVERIFY2(run.exitCode == Success, qPrintable(run.describe()));
    QVERIFY(run.outText().contains(u"This report includes records marked confidential."_s));
    QVERIFY(!run.outText().contains(u"Confidential records left out"_s));
}

void TestCliReport::htmlToFile()
{
    const QString path = m_dir.filePath(u"report.html"_s);
    const CliRun run
        = runReport({u"report"_s, u"monthly"_s, u"--db"_s, m_db, u"--coalition"_s, Coalition,
                     u"--period"_s, m_month, u"--format"_s, u"html"_s, u"-o"_s, path},
                    m_dir.path());
    QVERIFY2(run.exitCode == Success && run.out.isEmpty() && run.err.isEmpty(),
             qPrintable(run.describe()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY(html.contains(u"<thead>"_s));
    QVERIFY(html.trimmed().endsWith(u"</html>"_s));
}

void TestCliReport::pdfToFileWithoutDisplay()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
             "pdftotext was not found: install the Debian package poppler-utils "
             "(scripts/dev.sh setup installs it)");
    const QString path = m_dir.filePath(u"report.pdf"_s);
    const CliRun run = runReport({u"report"_s, u"quarterly"_s, u"--db"_s, m_db, u"--coalition"_s,
                                  Coalition, u"--period"_s, m_quarter, u"--format"_s, u"pdf"_s,
                                  u"--page-size"_s, u"letter"_s, u"-o"_s, path},
                                 m_dir.path(), true);
    QVERIFY2(run.exitCode == Success && !run.crashed && run.out.isEmpty(),
             qPrintable(run.describe()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    file.close();

    QProcess text;
    text.start(u"pdftotext"_s, {path, u"-"_s});
    QVERIFY(text.waitForFinished(60000));
    const QString extracted = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(extracted.contains(u"Quarterly summary for the strategic committee"_s),
             qPrintable(extracted));
    QVERIFY(extracted.contains(u"Page 1 of"_s));
    QVERIFY(extracted.contains(Coalition));

    QProcess info;
    info.start(u"pdfinfo"_s, {path});
    QVERIFY(info.waitForFinished(60000));
    QVERIFY2(QString::fromUtf8(info.readAllStandardOutput()).contains(u"612 x 792"_s),
             "a Letter page is 612 x 792 points");
}

void TestCliReport::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("bad period") << QStringList{u"monthly"_s, u"--period"_s, u"2026-13"_s}
                                << u"2026-13"_s;
    QTest::newRow("quarter for a monthly report")
        << QStringList{u"monthly"_s, u"--period"_s, u"2026-Q4"_s} << u"not a month"_s;
    QTest::newRow("month for a quarterly report")
        << QStringList{u"quarterly"_s, u"--period"_s, u"2026-10"_s} << u"not a quarter"_s;
    QTest::newRow("unknown format")
        << QStringList{u"monthly"_s, u"--period"_s, u"2026-10"_s, u"--format"_s, u"docx"_s}
        << u"docx"_s;
    QTest::newRow("unknown page size")
        << QStringList{u"monthly"_s, u"--period"_s, u"2026-10"_s, u"--page-size"_s, u"a3"_s}
        << u"a3"_s;
    QTest::newRow("no period") << QStringList{u"monthly"_s} << u"--period"_s;
}

void TestCliReport::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, fragment);
    const CliRun run = runReport(QStringList{u"report"_s} + arguments
                                     + QStringList{u"--db"_s, m_db, u"--coalition"_s, Coalition},
                                 m_dir.path());
    QVERIFY_NO_PROBLEM(refusalProblem(run, UsageError, {fragment}));
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_clireport.moc"
