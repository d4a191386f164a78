// SPDX-License-Identifier: GPL-3.0-or-later
// The Stage page: answering checklist questions through the widgets (and
// undoing it), the evidence of computed criteria with their records, the
// stage history through the dialog, the warning when the recorded stage is
// ahead of the evidence; and, in the main window, the dashboard following
// an answer given on the Stage page.
#include "meetingsfixture.h"

#include "app/mainwindow.h"
#include "app/messagebox.h"
#include "dialogs/stagechangedialog.h"
#include "models/stagecriteriamodel.h"
#include "pages/dashboardpage.h"
#include "pages/stagepage.h"
#include "widgets/stageanswerform.h"
#include "widgets/stagebar.h"
#include "widgets/stagecriterionpanel.h"
#include "widgets/stagehistorylist.h"
#include "widgets/stagerecordlinks.h"
#include "widgets/stagesummary.h"
#include "widgets/stagetypefitview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Coalition;
using namespace Coalition::Ui;
using namespace MeetingsFixture;

namespace {

// The day every assessment here judges by: after the fixture's meeting.
const QDate Today(2024, 6, 1);

// Four of the seven start-up questions answered yes beforehand: with the
// purpose recorded and the partners identified, pre-formation has 6 of its
// 9 criteria met, one short of substantially met (7).
const QStringList AnsweredBefore{u"complex-issue"_s, u"service-gap"_s, u"shared-priority"_s,
                                 u"willing-partners"_s};
// The question the tests answer through the widgets.
const QString Question = u"joint-ownership"_s;

// The coalition of the meetings fixture, with a purpose, an adopted decision
// at its held meeting (six of ten present, all yes) and the answers above.
Status buildCoalition(Workspace &workspace, Governance &g)
{
    if (Status built = build(workspace, g, true, true); !built)
        return built;
    if (Status voted = vote(workspace, g, 6, 6); !voted)
        return voted;
    auto coalition = workspace.coalitions().get(g.coalition);
    if (!coalition)
        return coalition.error();
    CoalitionInfo info = *coalition;
    info.purpose = u"Keep the harbour district affordable for the people who live there"_s;
    if (Status updated = workspace.coalitions().update(info); !updated)
        return updated;
    for (const QString &item : AnsweredBefore) {
        auto id
            = workspace.checklist().answer(g.coalition, item, ChecklistValue::Yes,
                                           u"Agreed at the first meeting"_s, QDate(2024, 3, 10));
        if (!id)
            return id.error();
    }
    return {};
}

const StageResult *stageOf(const StageAssessment &assessment, DevelopmentStage stage)
{
    for (const StageResult &result : assessment.stages) {
        if (result.stage == stage)
            return &result;
    }
    return nullptr;
}

} // namespace

class TestStagePage : public QObject
{
    Q_OBJECT

private:
    void open(bool withCoalition = true)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto workspace
            = Workspace::open(m_dir->filePath(u"test.coalition"_s), Database::OpenMode::CreateNew);
        QVERIFY2(workspace.ok(), qPrintable(workspace.error().toString()));
        m_g = Governance{};
        if (withCoalition) {
            const Status built = buildCoalition(**workspace, m_g);
            QVERIFY2(built.ok(), qPrintable(built.error().toString()));
        }
        m_session = std::make_unique<WorkspaceSession>(std::move(workspace).value());
        m_page = std::make_unique<StagePage>(*m_session);
        m_page->setToday(Today);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_page->criteriaModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->resize(1280, 860);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    Workspace &workspace() { return m_session->workspace(); }
    QUndoStack *undo() { return m_session->undoStack(); }
    StageCriteriaModel *model() { return m_page->criteriaModel(); }

    CriterionStatus statusOf(const QString &id)
    {
        const QModelIndex index = model()->indexOfCriterion(id);
        return static_cast<CriterionStatus>(index.data(StageCriteriaModel::StatusRole).toInt());
    }

    // Selects the criterion's row with a click, as the user does.
    void clickCriterion(const QString &id)
    {
        QTreeView *tree = m_page->criteriaView();
        const QModelIndex index = model()->indexOfCriterion(id);
        QVERIFY(index.isValid());
        tree->scrollTo(index);
        const QRect rect = tree->visualRect(index);
        QVERIFY(rect.isValid());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(tree->currentIndex().data(StageCriteriaModel::CriterionIdRole).toString(), id);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    Governance m_g;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<StagePage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"Coalition Desk Tests"_s);
        QCoreApplication::setApplicationName(u"tst_stagepage"_s);
    }

    void cleanup()
    {
        m_tester.reset();
        m_page.reset();
        m_session.reset();
        m_dir.reset();
    }

    void explainsItselfWithoutACoalition()
    {
        open(false);
        QCOMPARE(m_page->pageId(), u"stage"_s);
        QCOMPARE(m_page->title(), u"Stage"_s);
        QVERIFY(m_page->isCoalitionScoped());
        QVERIFY(!m_page->icon().isNull());
        QVERIFY(m_page->isShowingEmptyState());
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(!m_page->recordStageAction()->isEnabled());
        QVERIFY(!m_page->editStageAction()->isEnabled());
    }

    void showsEveryStageWithItsCriteriaAndTheSuggestion()
    {
        open();
        QVERIFY(!m_page->isShowingEmptyState());
        QCOMPARE(model()->rowCount(), 5);
        for (int row = 0; row < 5; ++row) {
            const QModelIndex stage = model()->index(row, 0);
            QCOMPARE(stage.data(StageCriteriaModel::StageRole).toInt(), row);
            QVERIFY(stage.data(StageCriteriaModel::IsStageRole).toBool());
            QVERIFY(model()->rowCount(stage) > 0);
            QVERIFY(m_page->criteriaView()->isExpanded(stage));
            // met/total in words on the stage row.
            const QString summary
                = model()->index(row, StageCriteriaModel::StatusColumn).data().toString();
            QVERIFY2(summary.contains(u" of "_s), qPrintable(summary));
        }
        const QModelIndex pre = model()->indexOfStage(DevelopmentStage::PreFormation);
        QCOMPARE(pre.data(StageCriteriaModel::MetRole).toInt(), 6);
        QCOMPARE(pre.data(StageCriteriaModel::TotalRole).toInt(), 9);
        QVERIFY(!pre.data(StageCriteriaModel::SubstantiallyMetRole).toBool());
        QCOMPARE(m_page->assessment().suggested, DevelopmentStage::PreFormation);
        QVERIFY(pre.data().toString().contains(u"(suggested)"_s));

        // A question reads as one: status icon and text, "Your answer".
        const QModelIndex question = model()->indexOfCriterion(Question);
        QVERIFY(question.data(StageCriteriaModel::ChecklistRole).toBool());
        QCOMPARE(statusOf(Question), CriterionStatus::Unanswered);
        const QModelIndex status = question.siblingAtColumn(StageCriteriaModel::StatusColumn);
        QCOMPARE(status.data().toString(), u"Unanswered"_s);
        QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(question.siblingAtColumn(StageCriteriaModel::BasisColumn).data().toString(),
                 u"Your answer"_s);
        QCOMPARE(statusOf(u"complex-issue"_s), CriterionStatus::Met);
        QCOMPARE(statusOf(u"purpose-stated"_s), CriterionStatus::Met);
        const QModelIndex evidence = model()
                                         ->indexOfCriterion(u"partners-identified"_s)
                                         .siblingAtColumn(StageCriteriaModel::EvidenceColumn);
        QVERIFY(!evidence.data().toString().isEmpty());
        QCOMPARE(evidence.data(Qt::ToolTipRole).toString(), evidence.data().toString());

        // What is missing: the unmet criteria of pre-formation, in order.
        QListWidget *missing = m_page->missingList();
        QCOMPARE(missing->count(), 3);
        QCOMPARE(missing->item(0)->data(Qt::UserRole).toString(), Question);
        QVERIFY(!missing->item(0)->toolTip().isEmpty());
        int unanswered = 0;
        for (const StageResult &result : m_page->assessment().stages) {
            for (const CriterionResult &criterion : result.criteria)
                unanswered += criterion.status == CriterionStatus::Unanswered ? 1 : 0;
        }
        QVERIFY(unanswered >= 3);
        QVERIFY2(m_page->subtitle().contains(u"%1 questions unanswered"_s.arg(unanswered)),
                 qPrintable(m_page->subtitle()));
        // Choosing a missing item selects its criterion.
        QTest::mouseClick(missing->viewport(), Qt::LeftButton, {},
                          missing->visualItemRect(missing->item(1)).center());
        QCOMPARE(m_page->criteriaView()->currentIndex().data(StageCriteriaModel::CriterionIdRole),
                 missing->item(1)->data(Qt::UserRole));

        // The type fit names the coalition's type and lists aspects.
        QVERIFY(m_page->typeFitView()->tree()->topLevelItemCount() > 0);
        QVERIFY(
            m_page->typeFitView()->summary().contains(enumLabel(CoalitionType::OngoingCoalition)));
    }

    void answersAQuestionThroughTheWidgetsAndUndoes()
    {
        open();
        StageCriterionPanel *panel = m_page->criterionPanel();
        StageAnswerForm *form = panel->answerForm();
        clickCriterion(Question);
        QVERIFY(panel->isShowingAnswerForm());
        QCOMPARE(form->item(), Question);
        QVERIFY(form->unansweredButton()->isChecked());
        QVERIFY(!form->applyButton()->isEnabled());
        QCOMPARE(form->dateEdit()->date(), Today);

        // Enter on the question's row takes the keyboard to the answer.
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        m_page->criteriaView()->setFocus();
        QTest::keyClick(m_page->criteriaView(), Qt::Key_Return);
        QVERIFY(form->unansweredButton()->hasFocus());

        QTest::mouseClick(form->yesButton(), Qt::LeftButton);
        QVERIFY(form->yesButton()->isChecked());
        QTest::keyClicks(form->noteEdit(), u"All members sign the charter"_s);
        QVERIFY(form->applyButton()->isEnabled());
        QTest::mouseClick(form->applyButton(), Qt::LeftButton);

        // Met, written, undoable; the suggestion moves on to formation.
        QCOMPARE(statusOf(Question), CriterionStatus::Met);
        auto stored = workspace().checklist().find(m_g.coalition, Question);
        QVERIFY(stored);
        auto answer = workspace().checklist().get(*stored);
        QVERIFY(answer.ok());
        QCOMPARE(answer->value, ChecklistValue::Yes);
        QCOMPARE(answer->note, u"All members sign the charter"_s);
        QCOMPARE(answer->answeredOn, Today);
        QVERIFY(undo()->undoText().startsWith(u"Answer “"_s));
        QVERIFY(undo()->undoText().endsWith(u"”: Yes"_s));
        QCOMPARE(stageOf(m_page->assessment(), DevelopmentStage::PreFormation)->met, 7);
        QCOMPARE(m_page->assessment().suggested, DevelopmentStage::Formation);
        QVERIFY(!form->applyButton()->isEnabled());
        QVERIFY(form->yesButton()->isChecked());
        // The row stayed selected through the update.
        QCOMPARE(m_page->criteriaView()
                     ->currentIndex()
                     .data(StageCriteriaModel::CriterionIdRole)
                     .toString(),
                 Question);
        QVERIFY(panel->statusText().startsWith(u"Met"_s));

        undo()->undo();
        QCOMPARE(statusOf(Question), CriterionStatus::Unanswered);
        QVERIFY(!workspace().checklist().find(m_g.coalition, Question));
        QCOMPARE(m_page->assessment().suggested, DevelopmentStage::PreFormation);
        QVERIFY(form->unansweredButton()->isChecked());
        QVERIFY(form->noteEdit()->toPlainText().isEmpty());
        undo()->redo();
        QCOMPARE(statusOf(Question), CriterionStatus::Met);

        // Answering again updates the same answer: No.
        QTest::mouseClick(form->noButton(), Qt::LeftButton);
        QTest::mouseClick(form->applyButton(), Qt::LeftButton);
        QCOMPARE(statusOf(Question), CriterionStatus::NotMet);
        QCOMPARE(workspace().checklist().find(m_g.coalition, Question), stored);
        undo()->undo();
        QCOMPARE(statusOf(Question), CriterionStatus::Met);
        QCOMPARE(workspace().checklist().find(m_g.coalition, Question), stored);
    }

    void revertsOrSettlesAnUnappliedAnswer()
    {
        open();
        StageAnswerForm *form = m_page->criterionPanel()->answerForm();
        clickCriterion(u"complex-issue"_s);
        QVERIFY(form->yesButton()->isChecked());
        QCOMPARE(form->noteEdit()->toPlainText(), u"Agreed at the first meeting"_s);
        QCOMPARE(form->dateEdit()->date(), QDate(2024, 3, 10));
        form->noButton()->click();
        QVERIFY(form->resetButton()->isEnabled());
        form->resetButton()->click();
        QVERIFY(form->yesButton()->isChecked());
        QVERIFY(!form->applyButton()->isEnabled());
        QCOMPARE(undo()->count(), 0);

        // Leaving an answer typed but not applied asks: applied ...
        form->noButton()->click();
        MessageBox::setNextAnswer(0);
        clickCriterion(u"service-gap"_s);
        QVERIFY(MessageBox::lastText().contains(u"not applied yet"_s));
        QCOMPARE(undo()->count(), 1);
        QCOMPARE(statusOf(u"complex-issue"_s), CriterionStatus::NotMet);
        QCOMPARE(form->item(), u"service-gap"_s);
        QVERIFY(!form->isModified());
        // ... or dropped.
        form->noButton()->click();
        MessageBox::setNextAnswer(1);
        clickCriterion(u"complex-issue"_s);
        QCOMPARE(undo()->count(), 1);
        QCOMPARE(statusOf(u"service-gap"_s), CriterionStatus::Met);

        // Before the workspace goes: apply, discard or stay.
        form->yesButton()->click();
        QVERIFY(form->isModified());
        MessageBox::setNextAnswer(2);
        QVERIFY(!m_page->settlePendingEdits());
        QVERIFY(form->isModified());
        MessageBox::setNextAnswer(1);
        QVERIFY(m_page->settlePendingEdits());
        QVERIFY(!form->isModified());
        QCOMPARE(statusOf(u"complex-issue"_s), CriterionStatus::NotMet);
        form->yesButton()->click();
        MessageBox::setNextAnswer(0);
        QVERIFY(m_page->settlePendingEdits());
        QCOMPARE(statusOf(u"complex-issue"_s), CriterionStatus::Met);
        QCOMPARE(undo()->count(), 2);
    }

    void showsTheEvidenceOfAComputedCriterionWithItsRecords()
    {
        open();
        // The first computed criterion whose evidence names records.
        QString id;
        QList<RecordKey> records;
        for (const StageResult &stage : m_page->assessment().stages) {
            for (const CriterionResult &criterion : stage.criteria) {
                if (!criterion.checklist && !criterion.records.isEmpty() && id.isEmpty()) {
                    id = criterion.id;
                    records = criterion.records;
                }
            }
        }
        QVERIFY2(!id.isEmpty(), "no computed criterion names its records");
        clickCriterion(id);
        StageCriterionPanel *panel = m_page->criterionPanel();
        QVERIFY(!panel->isShowingAnswerForm());
        QVERIFY(!panel->evidenceText().isEmpty());
        StageRecordLinks *links = panel->recordLinks();
        QVERIFY(links->isVisibleTo(panel));
        QCOMPARE(links->records(), records);
        QVERIFY(!links->buttons().isEmpty());
        QVERIFY(links->buttons().constFirst()->text().startsWith(u"Show "_s));
        QSignalSpy requested(m_page.get(), &Page::recordsRequested);
        QTest::mouseClick(links->buttons().constFirst(), Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).value<QList<RecordKey>>(),
                 QList<RecordKey>{records.constFirst()});

        // A meeting and a decision are named by their date and title.
        QVERIFY(StageRecordLinks::describe(workspace(), {RecordKind::Decision, m_g.decision})
                    .contains(u"Adopt the 2024 budget"_s));
    }

    void recordsEditsAndRemovesStageChangesThroughTheDialog()
    {
        open();
        StageHistoryList *history = m_page->historyList();
        QVERIFY(history->isShowingNotice());
        QCOMPARE(m_page->summary()->recordedLabel()->text(), u"None recorded"_s);

        bool checked = false;
        onDialog<StageChangeDialog>([this, &checked](StageChangeDialog *dialog) {
            // Prefilled with the stage the evidence supports and today.
            QCOMPARE(dialog->change().stage, DevelopmentStage::PreFormation);
            QCOMPARE(dialog->dateEdit()->date(), Today);
            QVERIFY(dialog->stageCombo()->currentText().contains(u"evidence"_s));
            // The rationale is required.
            QVERIFY(!okButton(dialog)->isEnabled());
            QVERIFY(!dialog->fieldError(u"rationale"_s).isEmpty());
            QVERIFY(dialog->setStage(DevelopmentStage::Formation));
            dialog->dateEdit()->setDate(QDate(2024, 3, 12));
            dialog->rationaleEdit()->setPlainText(u"The members adopted the budget"_s);
            // Only adopted decisions are offered.
            QCOMPARE(dialog->decisionCombo()->count(), 2);
            QVERIFY(dialog->setDecision(m_g.decision));
            QVERIFY(okButton(dialog)->isEnabled());
            checked = true;
            okButton(dialog)->click();
        });
        m_page->recordStageAction()->trigger();
        QVERIFY(checked);

        auto stored = workspace().stageChanges().listForCoalition(m_g.coalition);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 1);
        const StageChange change = stored->constFirst();
        QCOMPARE(change.stage, DevelopmentStage::Formation);
        QCOMPARE(change.on, QDate(2024, 3, 12));
        QCOMPARE(change.decisionId, std::optional<Id>(m_g.decision));
        QCOMPARE(undo()->undoText(), u"Record stage “Formation”"_s);
        QCOMPARE(history->count(), 1);
        QVERIFY(!history->isShowingNotice());
        QCOMPARE(history->currentId(), change.id);
        QTreeWidgetItem *row = history->tree()->topLevelItem(0);
        QVERIFY(row->text(StageHistoryList::StageColumn).startsWith(u"Formation"_s));
        QCOMPARE(row->text(StageHistoryList::RationaleColumn), u"The members adopted the budget"_s);
        QCOMPARE(row->text(StageHistoryList::DecisionColumn), u"Adopt the 2024 budget"_s);
        QCOMPARE(m_page->summary()->recordedLabel()->text(), u"Formation"_s);
        QVERIFY(m_page->editStageAction()->isEnabled());

        // Edit: another rationale; undo brings the first back.
        onDialog<StageChangeDialog>([](StageChangeDialog *dialog) {
            QCOMPARE(dialog->change().stage, DevelopmentStage::Formation);
            dialog->rationaleEdit()->setPlainText(u"Budget adopted and rules agreed"_s);
            okButton(dialog)->click();
        });
        m_page->editStageAction()->trigger();
        QCOMPARE(workspace().stageChanges().get(change.id)->rationale,
                 u"Budget adopted and rules agreed"_s);
        QCOMPARE(history->tree()->topLevelItem(0)->text(StageHistoryList::RationaleColumn),
                 u"Budget adopted and rules agreed"_s);
        undo()->undo();
        QCOMPARE(workspace().stageChanges().get(change.id)->rationale,
                 u"The members adopted the budget"_s);

        // Remove, after confirming; undo brings it back.
        MessageBox::setNextAnswer(0);
        QVERIFY(history->selectChange(change.id));
        m_page->removeStageAction()->trigger();
        QCOMPARE(history->count(), 0);
        QVERIFY(history->isShowingNotice());
        QVERIFY(!workspace().stageChanges().get(change.id).ok());
        QCOMPARE(m_page->summary()->recordedLabel()->text(), u"None recorded"_s);
        undo()->undo();
        QCOMPARE(history->count(), 1);
        QVERIFY(workspace().stageChanges().get(change.id).ok());

        // The page shows a stage change it is asked for.
        m_page->tabs()->setCurrentIndex(0);
        QVERIFY(m_page->showRecord({RecordKind::StageChange, change.id}));
        QCOMPARE(m_page->tabs()->currentWidget(), static_cast<QWidget *>(history));
        QCOMPARE(history->currentId(), change.id);
    }

    void warnsWhenTheRecordedStageIsAheadOfTheEvidence()
    {
        open();
        const auto record = [this](DevelopmentStage stage, const QDate &on) {
            StageChange change;
            change.coalitionId = m_g.coalition;
            change.stage = stage;
            change.on = on;
            change.rationale = u"The coordinator's judgement"_s;
            auto done = m_session->perform(
                u"Record stage"_s, {}, [&change](Workspace &w) -> Result<QList<RecordKey>> {
                    auto id = w.stageChanges().add(change);
                    if (!id)
                        return id.error();
                    return QList<RecordKey>{{RecordKind::StageChange, *id}};
                });
            QVERIFY2(done.ok(), qPrintable(done.error().toString()));
        };
        StageSummary *summary = m_page->summary();
        QVERIFY(summary->bannerText().isEmpty());

        // Agreeing with the evidence: no banner.
        record(DevelopmentStage::PreFormation, QDate(2024, 1, 10));
        QCOMPARE(m_page->assessment().recorded, std::optional(DevelopmentStage::PreFormation));
        QVERIFY(!summary->isWarningShown());
        QVERIFY(!summary->isNoteShown());
        QVERIFY(model()
                    ->indexOfStage(DevelopmentStage::PreFormation)
                    .data()
                    .toString()
                    .contains(u"recorded and suggested"_s));

        // Ahead of it: a warning, in words.
        record(DevelopmentStage::Maintenance, QDate(2024, 5, 1));
        QCOMPARE(m_page->assessment().recorded, std::optional(DevelopmentStage::Maintenance));
        QVERIFY(!m_page->assessment().warnings.isEmpty());
        QVERIFY(summary->isWarningShown());
        QVERIFY(summary->bannerText().startsWith(u"Warning: "_s));
        QVERIFY(summary->bannerText().contains(m_page->assessment().warnings.constFirst()));
        QCOMPARE(summary->recordedLabel()->text(), u"Maintenance"_s);
        QCOMPARE(summary->suggestedLabel()->text(), u"Pre-formation"_s);
        QVERIFY(model()
                    ->indexOfStage(DevelopmentStage::Maintenance)
                    .data()
                    .toString()
                    .contains(u"(recorded)"_s));

        // Undone, the warning goes with it.
        undo()->undo();
        QVERIFY(!summary->isWarningShown());
    }

    void answeringOnTheStagePageChangesTheDashboard()
    {
        QSettings().clear();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"dashboard.coalition"_s);
        auto opened = Workspace::open(path, Database::OpenMode::CreateNew);
        QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
        Governance g;
        const Status built = buildCoalition(**opened, g);
        QVERIFY2(built.ok(), qPrintable(built.error().toString()));

        MainWindow window;
        window.setWorkspace(std::move(opened).value(), path, MainWindow::Remember::No);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.session()->currentCoalition(), g.coalition);

        window.showPage(u"dashboard"_s);
        auto *dashboard = window.findChild<DashboardPage *>();
        QVERIFY(dashboard);
        dashboard->refresh();
        StageBar *bar = dashboard->stageBar();
        QVERIFY(bar);
        QCOMPARE(bar->metCount(DevelopmentStage::PreFormation), 6);
        QCOMPARE(bar->totalCount(DevelopmentStage::PreFormation), 9);
        QCOMPARE(bar->suggestedStage(), DevelopmentStage::PreFormation);
        auto *missing = dashboard->missingForNext();
        QVERIFY(missing);
        QStringList missingBefore;
        for (int row = 0; row < missing->count(); ++row)
            missingBefore << missing->item(row)->data(Qt::UserRole).toString();
        QVERIFY(missingBefore.contains(Question));

        // On the Stage page: select the question, choose Yes, apply.
        window.showPage(u"stage"_s);
        auto *stage = qobject_cast<StagePage *>(window.currentPage());
        QVERIFY(stage);
        QTreeView *tree = stage->criteriaView();
        const QModelIndex index = stage->criteriaModel()->indexOfCriterion(Question);
        QVERIFY(index.isValid());
        tree->scrollTo(index);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
        StageAnswerForm *form = stage->criterionPanel()->answerForm();
        QVERIFY(form->isVisibleTo(stage));
        QCOMPARE(form->item(), Question);
        QTest::mouseClick(form->yesButton(), Qt::LeftButton);
        QTest::mouseClick(form->applyButton(), Qt::LeftButton);

        // The dashboard, shown again, follows: one more met, and the
        // answer tips pre-formation over, so formation is suggested.
        window.showPage(u"dashboard"_s);
        QCoreApplication::processEvents();
        QCOMPARE(bar->metCount(DevelopmentStage::PreFormation), 7);
        QCOMPARE(bar->suggestedStage(), DevelopmentStage::Formation);
        QStringList missingAfter;
        for (int row = 0; row < missing->count(); ++row)
            missingAfter << missing->item(row)->data(Qt::UserRole).toString();
        QVERIFY(!missingAfter.contains(Question));
        QVERIFY(missingAfter != missingBefore);

        // Undone from the window's Edit menu: back as it was.
        window.undoAction()->trigger();
        QCoreApplication::processEvents();
        QCOMPARE(bar->metCount(DevelopmentStage::PreFormation), 6);
        QCOMPARE(bar->suggestedStage(), DevelopmentStage::PreFormation);

        // A "Show" button of a computed criterion opens its record on the
        // page that holds it: the partners are members, on Coalitions.
        window.showPage(u"stage"_s);
        QVERIFY(stage->selectCriterion(u"partners-identified"_s));
        const QList<QPushButton *> shows = stage->criterionPanel()->recordLinks()->buttons();
        QVERIFY(!shows.isEmpty());
        const RecordKey first = stage->criterionPanel()->recordLinks()->records().constFirst();
        QCOMPARE(first.kind, RecordKind::Membership);
        QTest::mouseClick(shows.constFirst(), Qt::LeftButton);
        QCOMPARE(window.currentPage()->pageId(), u"coalitions"_s);
    }
};

QTEST_MAIN(TestStagePage)
#include "tst_stagepage.moc"
