// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingsfixture.h"

#include "domain/money.h"
#include "pages/reportspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Coalition;
using namespace Coalition::Ui;
using namespace MeetingsFixture;

namespace {

const ReportPeriod March2024{ReportPeriod::Kind::Month, 2024, 3};

} // namespace

class TestReportsPage : public QObject
{
    Q_OBJECT

private:
    // A coalition with one action group working on one goal through one
    // plan (2,000.00 budgeted, 1,500.00 secured), a task done in March 2024,
    // a public success and a confidential one, and a confidential conflict.
    void open(bool withCoalition = true)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto opened
            = Workspace::open(m_dir->filePath(u"test.coalition"_s), Database::OpenMode::CreateNew);
        QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
        Workspace &w = **opened;
        m_g = Governance{};
        if (withCoalition) {
            const Status built = build(w, m_g, false);
            QVERIFY2(built.ok(), qPrintable(built.error().toString()));
            seed(w);
        }
        m_session = std::make_unique<WorkspaceSession>(std::move(opened).value());
        m_page = std::make_unique<ReportsPage>(*m_session);
        m_page->resize(1280, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void seed(Workspace &w)
    {
        Goal goal;
        goal.coalitionId = m_g.coalition;
        goal.title = u"Fewer evictions"_s;
        goal.status = GoalStatus::Active;
        auto goalId = w.goals().add(goal);
        QVERIFY2(goalId.ok(), qPrintable(goalId.error().toString()));
        ActionGroup group;
        group.coalitionId = m_g.coalition;
        group.name = u"Housing Action Group"_s;
        group.memberships = {m_g.voting.at(0), m_g.voting.at(1)};
        group.goals = {*goalId};
        group.startedOn = QDate(2024, 1, 1);
        auto groupId = w.actionGroups().add(group);
        QVERIFY2(groupId.ok(), qPrintable(groupId.error().toString()));
        ActionPlan plan;
        plan.goalId = *goalId;
        plan.groupId = *groupId;
        plan.leadMembershipId = m_g.voting.at(0);
        plan.title = u"Tenant hotline"_s;
        plan.startOn = QDate(2024, 1, 15);
        plan.dueOn = QDate(2024, 12, 31);
        plan.budget = {BudgetLine{u"Phone line"_s, 150000, m_g.voting.at(0), {}, true},
                       BudgetLine{u"Volunteer training"_s, 50000, std::nullopt, {}, false}};
        auto planId = w.actionPlans().add(plan);
        QVERIFY2(planId.ok(), qPrintable(planId.error().toString()));
        Task task;
        task.planId = *planId;
        task.title = u"Set up the phone line"_s;
        task.startOn = QDate(2024, 2, 1);
        task.dueOn = QDate(2024, 3, 20);
        task.doneOn = QDate(2024, 3, 18);
        task.status = TaskStatus::Done;
        auto taskId = w.tasks().add(task);
        QVERIFY2(taskId.ok(), qPrintable(taskId.error().toString()));

        Success open;
        open.coalitionId = m_g.coalition;
        open.title = u"Hotline answers its first call"_s;
        open.achievedOn = QDate(2024, 3, 19);
        open.credited = {m_g.voting.at(0), m_g.voting.at(1)};
        open.groupId = *groupId;
        QVERIFY(w.successes().add(open).ok());
        Success secret = open;
        secret.title = u"Landlord settles quietly"_s;
        secret.confidential = true;
        QVERIFY(w.successes().add(secret).ok());
        Conflict conflict;
        conflict.coalitionId = m_g.coalition;
        conflict.subject = u"Who answers the press"_s;
        conflict.parties = {m_g.voting.at(2)};
        conflict.raisedOn = QDate(2024, 3, 2);
        conflict.confidential = true;
        QVERIFY(w.conflicts().add(conflict).ok());
    }

    QString previewText()
    {
        m_page->flushPreview();
        return m_page->preview()->toPlainText();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    Governance m_g;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<ReportsPage> m_page;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup()
    {
        m_page.reset();
        m_session.reset();
        m_dir.reset();
    }

    void offersRecentPeriodsFromTheLastCompleteOne()
    {
        open();
        QCOMPARE(m_page->pageId(), u"reports"_s);
        QVERIFY(m_page->isCoalitionScoped());
        QVERIFY(!m_page->isShowingEmptyState());
        const QDate today = QDate::currentDate();
        QCOMPARE(m_page->kind(), ReportKind::Monthly);
        QCOMPARE(m_page->period(), ReportPeriod::monthOf(today).previous());
        QCOMPARE(m_page->periodCombo()->count(), 12);
        m_page->setKind(ReportKind::Quarterly);
        QCOMPARE(m_page->period().kind, ReportPeriod::Kind::Quarter);
        QCOMPARE(m_page->period(),
                 ReportPeriod::quarterOf(ReportPeriod::monthOf(today).previous().first()));
        QCOMPARE(m_page->periodCombo()->count(), 8);
        // A period outside the recent ones is added to the list.
        m_page->setPeriod(March2024);
        QCOMPARE(m_page->kind(), ReportKind::Monthly);
        QCOMPARE(m_page->period(), March2024);
    }

    void previewShowsTheGroupsAndTheirFigures()
    {
        open();
        m_page->setPeriod(March2024);
        QVERIFY(m_page->isPreviewPending());
        const QString text = previewText();
        QVERIFY(!m_page->isPreviewPending());
        QVERIFY2(text.contains(u"Housing Action Group"_s), qPrintable(text));
        QVERIFY2(text.contains(formatMoney(150000)), qPrintable(text));
        QVERIFY2(text.contains(formatMoney(200000)), qPrintable(text));
        QVERIFY(text.contains(u"Hotline answers its first call"_s));
        QCOMPARE(m_page->document().coalitionName, u"Harbourside Coalition"_s);
    }

    void confidentialRecordsAreLeftOutAndCounted()
    {
        open();
        m_page->setPeriod(March2024);
        QString text = previewText();
        QVERIFY(!text.contains(u"Landlord settles quietly"_s));
        QVERIFY(!text.contains(u"Who answers the press"_s));
        const int leftOut = m_page->document().confidentialLeftOut;
        QVERIFY2(leftOut >= 2, qPrintable(QString::number(leftOut)));
        QVERIFY2(m_page->leftOutText().contains(QString::number(leftOut)),
                 qPrintable(m_page->leftOutText()));
        QVERIFY(m_page->leftOutText().contains(u"left out"_s));

        m_page->confidentialBox()->click();
        QVERIFY(m_page->isPreviewPending());
        text = previewText();
        QVERIFY(text.contains(u"Landlord settles quietly"_s));
        QVERIFY(text.contains(u"Who answers the press"_s));
        QVERIFY(m_page->document().confidentialIncluded);
        QVERIFY2(m_page->leftOutText().contains(u"included"_s), qPrintable(m_page->leftOutText()));
    }

    void editsRefreshThePreview()
    {
        open();
        m_page->setPeriod(March2024);
        QVERIFY(!previewText().contains(u"Library hours extended"_s));
        Success success;
        success.coalitionId = m_g.coalition;
        success.title = u"Library hours extended"_s;
        success.achievedOn = QDate(2024, 3, 25);
        success.credited = {m_g.voting.at(4)};
        auto done = m_session->perform(u"Add success"_s, {},
                                       [&success](Workspace &w) -> Result<QList<RecordKey>> {
                                           auto id = w.successes().add(success);
                                           if (!id)
                                               return id.error();
                                           return QList<RecordKey>{{RecordKind::Success, *id}};
                                       });
        QVERIFY2(done.ok(), qPrintable(done.error().toString()));
        QVERIFY(m_page->isPreviewPending());
        QVERIFY(previewText().contains(u"Library hours extended"_s));
        m_session->undoStack()->undo();
        QVERIFY(!previewText().contains(u"Library hours extended"_s));
    }

    void exportsMarkdownHtmlAndPdf()
    {
        open();
        m_page->setPeriod(March2024);
        const QString md = m_dir->filePath(u"march.md"_s);
        const QString html = m_dir->filePath(u"march.html"_s);
        const QString pdf = m_dir->filePath(u"march.pdf"_s);
        for (const auto &[path, format] : {std::pair{md, ReportsPage::Format::Markdown},
                                           std::pair{html, ReportsPage::Format::Html},
                                           std::pair{pdf, ReportsPage::Format::Pdf}}) {
            const Status status = m_page->exportTo(path, format);
            QVERIFY2(status.ok(), qPrintable(status.error().toString()));
        }
        QFile mdFile(md);
        QVERIFY(mdFile.open(QIODevice::ReadOnly));
        const QString mdText = QString::fromUtf8(mdFile.readAll());
        QVERIFY(mdText.contains(u"Housing Action Group"_s));
        QVERIFY(!mdText.contains(u"Landlord settles quietly"_s));
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QString htmlText = QString::fromUtf8(htmlFile.readAll());
        QVERIFY(htmlText.contains(u"Housing Action Group"_s));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == QByteArrayLiteral("%PDF-"));
        QVERIFY(pdfFile.size() > 1000);

        // Asked to include them, the export includes confidential records.
        m_page->setIncludeConfidential(true);
        QVERIFY(m_page->exportTo(md, ReportsPage::Format::Markdown).ok());
        mdFile.close();
        QVERIFY(mdFile.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(mdFile.readAll()).contains(u"Landlord settles quietly"_s));

        // A place that cannot be written is reported, not ignored.
        const Status refused = m_page->exportTo(m_dir->filePath(u"missing/dir/x.md"_s),
                                                ReportsPage::Format::Markdown);
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error().message.isEmpty());
    }

    void withoutACoalitionSaysWhatReportsAre()
    {
        open(false);
        QVERIFY(m_page->isShowingEmptyState());
        QVERIFY(!m_page->exportTo(m_dir->filePath(u"x.md"_s), ReportsPage::Format::Markdown).ok());
    }
};

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
