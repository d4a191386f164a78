// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/resultspage.h"

#include "models/conflictlistmodel.h"
#include "models/evaluationlistmodel.h"
#include "models/successlistmodel.h"
#include "pages/conflictactions.h"
#include "pages/resultactions.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"
#include "widgets/messagebar.h"
#include "widgets/outcomelistview.h"

#include <QAction>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

ResultsPage::ResultsPage(WorkspaceSession &session, QWidget *parent)
    : Page(session, parent)
    , m_successModel(new SuccessListModel(session, this))
    , m_evaluationModel(new EvaluationListModel(session, this))
    , m_conflictModel(new ConflictListModel(session, this))
    , m_resultActions(new ResultActions(session, messageBar(), this))
    , m_conflictActions(new ConflictActions(session, messageBar(), this))
    , m_heading(new QLabel(this))
    , m_subheading(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(makeEmptyState())
    , m_tabs(new QTabWidget(this))
    , m_successes(new OutcomeListView(m_successModel, this))
    , m_evaluations(new OutcomeListView(m_evaluationModel, this))
    , m_conflicts(new OutcomeListView(m_conflictModel, this))
{
    m_heading->setObjectName(u"resultsTitle"_s);
    m_heading->setTextFormat(Qt::RichText);
    m_subheading->setObjectName(u"resultsSubtitle"_s);
    m_subheading->setWordWrap(true);
    m_successes->setObjectName(u"successView"_s);
    m_evaluations->setObjectName(u"evaluationView"_s);
    m_conflicts->setObjectName(u"conflictView"_s);
    m_successes->table()->setObjectName(u"successTable"_s);
    m_successes->table()->setAccessibleName(tr("Successes"));
    m_evaluations->table()->setObjectName(u"evaluationTable"_s);
    m_evaluations->table()->setAccessibleName(tr("Evaluations"));
    m_conflicts->table()->setObjectName(u"conflictTable"_s);
    m_conflicts->table()->setAccessibleName(tr("Conflicts"));

    ResultActions *results = m_resultActions;
    m_successes->setEmptyMessage(
        tr("No successes recorded yet"),
        tr("Celebrate what the coalition achieves: each success names the member organizations "
           "that made it happen, since credit is shared. The reports list them."),
        results->addSuccessAction());
    m_successes->setActions(
        {results->addSuccessAction(), results->editSuccessAction(), results->removeSuccessAction()},
        results->editSuccessAction());
    m_evaluations->setEmptyMessage(
        tr("No evaluations recorded yet"),
        tr("Record how the coalition's activities were evaluated (a satisfaction survey, a "
           "pre/post test, interviews), the score and what was found."),
        results->addEvaluationAction());
    m_evaluations->setActions({results->addEvaluationAction(), results->editEvaluationAction(),
                               results->removeEvaluationAction()},
                              results->editEvaluationAction());
    ConflictActions *conflicts = m_conflictActions;
    m_conflicts->setEmptyMessage(
        tr("No conflicts recorded"),
        tr("When members disagree and it persists, record it here with the parties. A conflict "
           "climbs a ladder, from discussion to a mediator, an arbitrator and last a panel, "
           "until it is resolved."),
        conflicts->addConflictAction());
    m_conflicts->setActions({conflicts->addConflictAction(), conflicts->editConflictAction(),
                             conflicts->removeConflictAction(), conflicts->escalateAction(),
                             conflicts->resolveAction()},
                            conflicts->editConflictAction());
    m_conflicts->setNote(tr("Open conflicts are highlighted. Records marked “(confidential)” are "
                            "left out of reports unless asked for."));
    const QString confidential
        = tr("Records marked “(confidential)” are left out of reports unless asked for.");
    m_successes->setNote(confidential);
    m_evaluations->setNote(confidential);

    QTableView *table = m_successes->table();
    table->setColumnWidth(SuccessListModel::TitleColumn, 300);
    table->setColumnWidth(SuccessListModel::DateColumn, 100);
    table->setColumnWidth(SuccessListModel::CreditedColumn, 300);
    table = m_evaluations->table();
    table->setColumnWidth(EvaluationListModel::ActivityColumn, 280);
    table->setColumnWidth(EvaluationListModel::DateColumn, 100);
    table->setColumnWidth(EvaluationListModel::MethodColumn, 160);
    table->setColumnWidth(EvaluationListModel::ScoreColumn, 80);
    table = m_conflicts->table();
    table->setColumnWidth(ConflictListModel::SubjectColumn, 260);
    table->setColumnWidth(ConflictListModel::PartiesColumn, 240);
    table->setColumnWidth(ConflictListModel::RaisedColumn, 100);
    table->setColumnWidth(ConflictListModel::StatusColumn, 90);
    table->setColumnWidth(ConflictListModel::StepColumn, 160);

    m_tabs->setObjectName(u"resultsTabs"_s);
    m_tabs->addTab(m_successes, tr("&Successes"));
    m_tabs->addTab(m_evaluations, tr("&Evaluations"));
    m_tabs->addTab(m_conflicts, tr("&Conflicts"));
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_tabs);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(messageBar());
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addWidget(m_stack, 1);

    connect(&session, &WorkspaceSession::currentCoalitionChanged, this,
            &ResultsPage::showCoalition);
    connect(&session, &WorkspaceSession::recordsChanged, this,
            [this](const QList<RecordKey> &keys) {
                for (const RecordKey &key : keys) {
                    if (key.kind == RecordKind::Conflict)
                        m_conflictActions->updateEnabled();
                }
                updateHeader();
            });
    connect(m_successes, &OutcomeListView::currentChanged, m_resultActions,
            &ResultActions::setSuccess);
    connect(m_evaluations, &OutcomeListView::currentChanged, m_resultActions,
            &ResultActions::setEvaluation);
    connect(m_conflicts, &OutcomeListView::currentChanged, m_conflictActions,
            &ConflictActions::setConflict);
    connect(m_resultActions, &ResultActions::recordCreated, this,
            [this](const RecordKey &key) { showRecord(key); });
    connect(m_conflictActions, &ConflictActions::conflictCreated, this, [this](Id id) {
        showRecord({RecordKind::Conflict, id});
    });
    const auto report = [this](const QString &message) {
        messageBar()->showMessage(message);
    };
    connect(m_successModel, &OutcomeListModel::errorOccurred, this, report);
    connect(m_evaluationModel, &OutcomeListModel::errorOccurred, this, report);
    connect(m_conflictModel, &OutcomeListModel::errorOccurred, this, report);

    showCoalition(session.currentCoalition());
}

QString ResultsPage::pageId() const
{
    return u"results"_s;
}

QString ResultsPage::title() const
{
    return tr("Results");
}

QIcon ResultsPage::icon() const
{
    return QIcon(u":/coalition/icons/results.svg"_s);
}

bool ResultsPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyState;
}

QWidget *ResultsPage::makeEmptyState()
{
    auto *empty = new QWidget(this);
    empty->setObjectName(u"emptyState"_s);
    auto *text = new QLabel(
        tr("<h2>No coalition yet</h2>"
           "<p>This page keeps what came of a coalition's work: the successes it celebrates, "
           "the evaluations of its activities and the conflicts between its members, with how "
           "each was settled.</p>"
           "<p>Start a coalition on the Coalitions page; its results then show here.</p>"),
        empty);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setMaximumWidth(560);
    auto *layout = new QVBoxLayout(empty);
    layout->addStretch(1);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return empty;
}

void ResultsPage::showCoalition(Id id)
{
    m_coalitionId = id;
    m_resultActions->setCoalition(id);
    m_conflictActions->setCoalition(id);
    m_successModel->setCoalition(id);
    m_evaluationModel->setCoalition(id);
    m_conflictModel->setCoalition(id);
    m_stack->setCurrentWidget(id > 0 ? m_tabs : m_emptyState);
    updateHeader();
}

QString ResultsPage::subtitle() const
{
    return m_subheading->text();
}

void ResultsPage::updateHeader()
{
    QString name;
    if (m_coalitionId > 0) {
        if (auto coalition = session().workspace().coalitions().get(m_coalitionId))
            name = coalition->name;
    }
    m_heading->setText(u"<h2>%1</h2>"_s.arg(
        name.isEmpty() ? tr("Results") : tr("Results of %1").arg(name).toHtmlEscaped()));
    if (m_coalitionId <= 0) {
        m_subheading->clear();
        return;
    }
    const int successes = m_successModel->rowCount();
    const int evaluations = m_evaluationModel->rowCount();
    const int open = m_conflictModel->openCount();
    QStringList parts;
    // Plural forms spelled out: the source strings are read as they are
    // when no translation is installed.
    parts << (successes == 1 ? tr("1 success") : tr("%1 successes").arg(successes));
    parts << (evaluations == 1 ? tr("1 evaluation") : tr("%1 evaluations").arg(evaluations));
    parts << (open == 0       ? tr("no open conflict")
                  : open == 1 ? tr("1 open conflict")
                              : tr("%1 open conflicts").arg(open));
    m_subheading->setText(parts.join(u" · "_s));
}

bool ResultsPage::showRecord(const RecordKey &key)
{
    Workspace &workspace = session().workspace();
    Id coalitionId = 0;
    OutcomeListView *view = nullptr;
    switch (key.kind) {
    case RecordKind::Success:
        if (auto success = workspace.successes().get(key.id))
            coalitionId = success->coalitionId;
        view = m_successes;
        break;
    case RecordKind::Evaluation:
        if (auto evaluation = workspace.evaluations().get(key.id))
            coalitionId = evaluation->coalitionId;
        view = m_evaluations;
        break;
    case RecordKind::Conflict:
        if (auto conflict = workspace.conflicts().get(key.id))
            coalitionId = conflict->coalitionId;
        view = m_conflicts;
        break;
    default:
        return false;
    }
    if (coalitionId <= 0)
        return false;
    if (session().currentCoalition() != coalitionId)
        session().setCurrentCoalition(coalitionId);
    m_tabs->setCurrentWidget(view);
    return view->selectRecord(key.id);
}

} // namespace Coalition::Ui
