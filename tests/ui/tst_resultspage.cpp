// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingsfixture.h"

#include "app/messagebox.h"
#include "dialogs/conflictdialog.h"
#include "dialogs/evaluationdialog.h"
#include "dialogs/resolvedialog.h"
#include "dialogs/successdialog.h"
#include "models/conflictlistmodel.h"
#include "models/evaluationlistmodel.h"
#include "models/successlistmodel.h"
#include "pages/conflictactions.h"
#include "pages/resultactions.h"
#include "pages/resultspage.h"
#include "widgets/emptylistnotice.h"
#include "widgets/memberchecklist.h"
#include "widgets/messagebar.h"
#include "widgets/outcomelistview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Coalition;
using namespace Coalition::Ui;
using namespace MeetingsFixture;

class TestResultsPage : public QObject
{
    Q_OBJECT

private:
    void open(bool withConflict = false)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto workspace
            = Workspace::open(m_dir->filePath(u"test.coalition"_s), Database::OpenMode::CreateNew);
        QVERIFY2(workspace.ok(), qPrintable(workspace.error().toString()));
        m_g = Governance{};
        const Status built = build(**workspace, m_g, false);
        QVERIFY2(built.ok(), qPrintable(built.error().toString()));
        m_conflict = 0;
        if (withConflict) {
            Conflict conflict;
            conflict.coalitionId = m_g.coalition;
            conflict.subject = u"Who speaks to the press"_s;
            conflict.parties = {m_g.voting.at(0), m_g.voting.at(1)};
            conflict.raisedOn = QDate(2024, 2, 1);
            conflict.confidential = true;
            auto id = (*workspace)->conflicts().add(conflict);
            QVERIFY2(id.ok(), qPrintable(id.error().toString()));
            m_conflict = *id;
        }
        m_session = std::make_unique<WorkspaceSession>(std::move(workspace).value());
        m_page = std::make_unique<ResultsPage>(*m_session);
        m_page->resize(1280, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_testers.clear();
        for (QAbstractItemModel *model :
             {static_cast<QAbstractItemModel *>(m_page->successModel()),
              static_cast<QAbstractItemModel *>(m_page->evaluationModel()),
              static_cast<QAbstractItemModel *>(m_page->conflictModel())})
            m_testers.emplace_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    Workspace &workspace() { return m_session->workspace(); }
    QUndoStack *undo() { return m_session->undoStack(); }
    Conflict storedConflict()
    {
        auto conflict = workspace().conflicts().get(m_conflict);
        return conflict ? *conflict : Conflict{};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    Governance m_g;
    Id m_conflict = 0;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<ResultsPage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup()
    {
        m_testers.clear();
        m_page.reset();
        m_session.reset();
        m_dir.reset();
    }

    void explainsEachEmptyListAndOffersToAdd()
    {
        open();
        QCOMPARE(m_page->pageId(), u"results"_s);
        QVERIFY(m_page->isCoalitionScoped());
        QVERIFY(!m_page->isShowingEmptyState());
        QCOMPARE(m_page->tabs()->count(), 3);
        for (OutcomeListView *view :
             {m_page->successView(), m_page->evaluationView(), m_page->conflictView()}) {
            QVERIFY(view->isShowingNotice());
            QVERIFY(!view->notice()->title().isEmpty());
            QVERIFY(view->notice()->button()->isVisibleTo(view->notice()));
        }
        QVERIFY(m_page->subtitle().contains(u"0 successes"_s));
        QVERIFY(m_page->subtitle().contains(u"no open conflict"_s));

        // Without a coalition the page says what it is for.
        m_session->setCurrentCoalition(0);
        QVERIFY(m_page->isShowingEmptyState());
        QVERIFY(!m_page->resultActions()->addSuccessAction()->isEnabled());
    }

    void addsAndEditsASuccessWithSharedCredit()
    {
        open();
        onDialog<SuccessDialog>([this](SuccessDialog *dialog) {
            QVERIFY(!okButton(dialog)->isEnabled());
            dialog->titleEdit()->setText(u"Winter shelter funded"_s);
            // Credit is shared: none credited is refused.
            QVERIFY(!dialog->fieldError(u"credited"_s).isEmpty());
            QVERIFY(dialog->creditedList()->setChecked(m_g.voting.at(0), true));
            QVERIFY(dialog->creditedList()->setChecked(m_g.voting.at(1), true));
            QVERIFY(okButton(dialog)->isEnabled());
            okButton(dialog)->click();
        });
        m_page->resultActions()->addSuccessAction()->trigger();

        SuccessListModel *model = m_page->successModel();
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(!m_page->successView()->isShowingNotice());
        const Id id = model->idAt(0);
        QCOMPARE(m_page->successView()->currentId(), id);
        auto stored = workspace().successes().get(id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->title, u"Winter shelter funded"_s);
        QCOMPARE(stored->credited, QList<Id>({m_g.voting.at(0), m_g.voting.at(1)}));
        QCOMPARE(model->index(0, SuccessListModel::CreditedColumn).data().toString(),
                 u"Tenants Union, Eastside Food Bank"_s);
        QCOMPARE(undo()->undoText(), u"Add success “Winter shelter funded”"_s);

        // Edit: another member shares the credit, one no longer does, and the
        // success becomes confidential.
        onDialog<SuccessDialog>([this](SuccessDialog *dialog) {
            QCOMPARE(dialog->titleEdit()->text(), u"Winter shelter funded"_s);
            QVERIFY(dialog->creditedList()->setChecked(m_g.voting.at(0), false));
            QVERIFY(dialog->creditedList()->setChecked(m_g.voting.at(2), true));
            dialog->confidentialBox()->setChecked(true);
            okButton(dialog)->click();
        });
        m_page->resultActions()->editSuccessAction()->trigger();
        stored = workspace().successes().get(id);
        QCOMPARE(stored->credited, QList<Id>({m_g.voting.at(1), m_g.voting.at(2)}));
        QVERIFY(stored->confidential);
        QCOMPARE(model->index(0, SuccessListModel::CreditedColumn).data().toString(),
                 u"Eastside Food Bank, Harbour Health Clinic"_s);
        QVERIFY(model->index(0, 0).data(OutcomeListModel::ConfidentialRole).toBool());
        QVERIFY(model->index(0, 0).data().toString().contains(u"(confidential)"_s));

        undo()->undo();
        stored = workspace().successes().get(id);
        QCOMPARE(stored->credited, QList<Id>({m_g.voting.at(0), m_g.voting.at(1)}));
        QVERIFY(!model->index(0, 0).data(OutcomeListModel::ConfidentialRole).toBool());
        undo()->undo();
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(m_page->successView()->isShowingNotice());
        undo()->redo();
        undo()->redo();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, SuccessListModel::CreditedColumn).data().toString(),
                 u"Eastside Food Bank, Harbour Health Clinic"_s);

        MessageBox::setNextAnswer(0);
        m_page->successView()->selectRecord(id);
        m_page->resultActions()->removeSuccessAction()->trigger();
        QCOMPARE(model->rowCount(), 0);
        undo()->undo();
        QCOMPARE(model->rowCount(), 1);
    }

    void addsEditsAndRemovesAnEvaluation()
    {
        open();
        onDialog<EvaluationDialog>([](EvaluationDialog *dialog) {
            dialog->activityEdit()->setText(u"Tenant rights workshops"_s);
            dialog->scoreBox()->setValue(82);
            okButton(dialog)->click();
        });
        m_page->resultActions()->addEvaluationAction()->trigger();
        EvaluationListModel *model = m_page->evaluationModel();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, EvaluationListModel::ScoreColumn).data().toString(),
                 u"82 / 100"_s);
        const Id id = model->idAt(0);

        onDialog<EvaluationDialog>([](EvaluationDialog *dialog) {
            dialog->scoreBox()->setValue(-1); // no score
            okButton(dialog)->click();
        });
        m_page->resultActions()->editEvaluationAction()->trigger();
        auto stored = workspace().evaluations().get(id);
        QVERIFY(stored.ok());
        QVERIFY(!stored->score.has_value());
        QCOMPARE(model->index(0, EvaluationListModel::ScoreColumn).data().toString(),
                 u"No score"_s);

        MessageBox::setNextAnswer(0);
        m_page->resultActions()->removeEvaluationAction()->trigger();
        QCOMPARE(model->rowCount(), 0);
        undo()->undo();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(workspace().evaluations().get(id)->activity, u"Tenant rights workshops"_s);
    }

    void addsAConflictWithItsParties()
    {
        open();
        onDialog<ConflictDialog>([this](ConflictDialog *dialog) {
            dialog->subjectEdit()->setText(u"Use of the shared van"_s);
            QVERIFY(!dialog->fieldError(u"parties"_s).isEmpty());
            QVERIFY(dialog->partiesList()->setChecked(m_g.voting.at(3), true));
            okButton(dialog)->click();
        });
        m_page->conflictActions()->addConflictAction()->trigger();
        ConflictListModel *model = m_page->conflictModel();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, ConflictListModel::PartiesColumn).data().toString(),
                 u"Youth Arts Collective"_s);
        QVERIFY(model->index(0, 0).data(OutcomeListModel::OpenRole).toBool());
        QVERIFY(m_page->subtitle().contains(u"1 open conflict"_s));
    }

    void escalatesUpTheLadderAndStopsAtThePanel()
    {
        open(true);
        ConflictListModel *model = m_page->conflictModel();
        QCOMPARE(model->rowCount(), 1);
        // Open conflicts stand out; confidential ones are marked.
        QVERIFY(model->index(0, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(model->index(0, 0).data(OutcomeListModel::ConfidentialRole).toBool());
        QVERIFY(model->index(0, 0).data().toString().endsWith(u"(confidential)"_s));
        QVERIFY(m_page->showRecord({RecordKind::Conflict, m_conflict}));
        QCOMPARE(m_page->tabs()->currentWidget(), m_page->conflictView());
        ConflictActions *actions = m_page->conflictActions();
        QAction *escalate = actions->escalateAction();
        QVERIFY(escalate->isEnabled());

        const QList<EscalationStep> ladder{EscalationStep::Mediator, EscalationStep::Arbitrator,
                                           EscalationStep::Panel};
        for (const EscalationStep step : ladder) {
            MessageBox::setNextAnswer(0);
            escalate->trigger();
            QCOMPARE(storedConflict().step, step);
            // The question said what the next step means.
            QVERIFY2(MessageBox::lastText().contains(enumLabel(step)),
                     qPrintable(MessageBox::lastText()));
            QCOMPARE(model->index(0, ConflictListModel::StepColumn).data().toString(),
                     ConflictListModel::stepText(step));
        }
        QVERIFY(storedConflict().notes.contains(u"Panel"_s));
        QCOMPARE(model->index(0, ConflictListModel::StepColumn).data().toString(),
                 u"Panel (step 4 of 4)"_s);
        // Past the panel there is nowhere to go: the action is off, and asked
        // anyway the core refuses with its reason.
        QVERIFY(!escalate->isEnabled());
        QVERIFY(escalate->toolTip().contains(u"last step"_s));
        actions->escalateConflict();
        QCOMPARE(storedConflict().step, EscalationStep::Panel);
        QVERIFY2(m_page->findChild<MessageBar *>()->text().contains(u"already before the panel"_s),
                 qPrintable(m_page->findChild<MessageBar *>()->text()));

        // A declined question changes nothing.
        undo()->undo();
        QCOMPARE(storedConflict().step, EscalationStep::Arbitrator);
        QVERIFY(escalate->isEnabled());
        MessageBox::setNextAnswer(1);
        escalate->trigger();
        QCOMPARE(storedConflict().step, EscalationStep::Arbitrator);
        undo()->redo();
        QCOMPARE(storedConflict().step, EscalationStep::Panel);
        QVERIFY(!escalate->isEnabled());
    }

    void resolvesAConflict()
    {
        open(true);
        QVERIFY(m_page->showRecord({RecordKind::Conflict, m_conflict}));
        ConflictActions *actions = m_page->conflictActions();
        QVERIFY(actions->resolveAction()->isEnabled());
        onDialog<ResolveDialog>([](ResolveDialog *dialog) {
            // A resolution must say how it was settled.
            QVERIFY(!dialog->fieldError(u"resolution"_s).isEmpty());
            QVERIFY(!okButton(dialog)->isEnabled());
            dialog->resolutionEdit()->setPlainText(
                u"The chair speaks; members refer press to her."_s);
            dialog->dateEdit()->setDate(QDate(2024, 3, 5));
            okButton(dialog)->click();
        });
        actions->resolveAction()->trigger();
        Conflict stored = storedConflict();
        QCOMPARE(stored.status, ConflictStatus::Resolved);
        QCOMPARE(stored.resolvedOn, QDate(2024, 3, 5));
        ConflictListModel *model = m_page->conflictModel();
        QVERIFY(!model->index(0, 0).data(OutcomeListModel::OpenRole).toBool());
        QVERIFY(!model->index(0, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(model->index(0, ConflictListModel::ResolutionColumn)
                    .data()
                    .toString()
                    .startsWith(u"The chair speaks"_s));
        QVERIFY(!actions->escalateAction()->isEnabled());
        QVERIFY(!actions->resolveAction()->isEnabled());
        QVERIFY(m_page->subtitle().contains(u"no open conflict"_s));

        undo()->undo();
        QCOMPARE(storedConflict().status, ConflictStatus::Open);
        QVERIFY(actions->resolveAction()->isEnabled());
        QVERIFY(model->index(0, 0).data(OutcomeListModel::OpenRole).toBool());
        undo()->redo();
        QCOMPARE(storedConflict().status, ConflictStatus::Resolved);
    }

    void showsRecordsOfEachKind()
    {
        open(true);
        Success success;
        success.coalitionId = m_g.coalition;
        success.title = u"Library hours extended"_s;
        success.credited = {m_g.voting.at(4)};
        Evaluation evaluation;
        evaluation.coalitionId = m_g.coalition;
        evaluation.activity = u"Clean-up day"_s;
        Id successId = 0;
        Id evaluationId = 0;
        auto done
            = m_session->perform(u"seed"_s, {}, [&](Workspace &w) -> Result<QList<RecordKey>> {
                  auto s = w.successes().add(success);
                  if (!s)
                      return s.error();
                  auto e = w.evaluations().add(evaluation);
                  if (!e)
                      return e.error();
                  successId = *s;
                  evaluationId = *e;
                  return QList<RecordKey>{{RecordKind::Success, *s}, {RecordKind::Evaluation, *e}};
              });
        QVERIFY2(done.ok(), qPrintable(done.error().toString()));
        QCOMPARE(m_page->successModel()->rowCount(), 1);
        QCOMPARE(m_page->evaluationModel()->rowCount(), 1);

        QVERIFY(m_page->showRecord({RecordKind::Evaluation, evaluationId}));
        QCOMPARE(m_page->tabs()->currentWidget(), m_page->evaluationView());
        QCOMPARE(m_page->evaluationView()->currentId(), evaluationId);
        QVERIFY(m_page->showRecord({RecordKind::Success, successId}));
        QCOMPARE(m_page->tabs()->currentWidget(), m_page->successView());
        QCOMPARE(m_page->successView()->currentId(), successId);
        QVERIFY(m_page->resultActions()->editSuccessAction()->isEnabled());
        QVERIFY(!m_page->showRecord({RecordKind::Success, successId + 100}));
        QVERIFY(!m_page->showRecord({RecordKind::Meeting, 1}));
    }
};

QTEST_MAIN(TestResultsPage)
#include "tst_resultspage.moc"
