// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/stagepage.h"

#include "models/stagecriteriamodel.h"
#include "session/workspacesession.h"
#include "storage/stagesnapshot.h"
#include "storage/workspace.h"
#include "widgets/messagebar.h"
#include "widgets/stageanswerform.h"
#include "widgets/stagecriterionpanel.h"
#include "widgets/stagehistorylist.h"
#include "widgets/stagesummary.h"
#include "widgets/stagetypefitview.h"

#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

StagePage::StagePage(WorkspaceSession &session, QWidget *parent)
    : Page(session, parent)
    , m_model(new StageCriteriaModel(this))
    , m_recordStage(makeAction(tr("&Record Stage Change…"), u"recordStageChange"_s,
                               tr("Record the stage you judge the coalition to be in, from a "
                                  "date, with why")))
    , m_editStage(makeAction(tr("&Edit Entry…"), u"editStageChange"_s,
                             tr("Edit the selected entry of the stage history")))
    , m_removeStage(makeAction(tr("Remove Entr&y"), u"removeStageChange"_s,
                               tr("Remove the selected entry of the stage history")))
    , m_heading(new QLabel(this))
    , m_subheading(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(makeEmptyState())
    , m_content(new QWidget(this))
    , m_summary(new StageSummary(m_content))
    , m_tabs(new QTabWidget(m_content))
    , m_tree(new QTreeView(this))
    , m_panel(new StageCriterionPanel(this))
    , m_missingBox(new QGroupBox(this))
    , m_missingNote(new QLabel(this))
    , m_missing(new QListWidget(this))
    , m_history(new StageHistoryList(this))
    , m_typeFit(new StageTypeFitView(this))
{
    m_heading->setObjectName(u"stageTitle"_s);
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subheading->setObjectName(u"stageSubtitle"_s);
    m_subheading->setWordWrap(true);
    m_summary->setRecordAction(m_recordStage);

    // Recording has its button in the summary above the tabs.
    m_history->setActions({m_editStage, m_removeStage}, m_editStage, m_recordStage);
    m_tabs->setObjectName(u"stageTabs"_s);
    m_tabs->addTab(makeCriteriaTab(), tr("&Criteria"));
    m_tabs->addTab(m_history, tr("&History"));
    m_tabs->addTab(m_typeFit, tr("Type &Fit"));
    m_tabs->setTabToolTip(0, tr("Each stage's criteria with their evidence; answer the questions"));
    m_tabs->setTabToolTip(1, tr("The stages you recorded, with the dates and why"));
    m_tabs->setTabToolTip(2, tr("How the coalition compares with what its type usually has"));

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_summary);
    contentLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_content);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(messageBar());
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addWidget(m_stack, 1);
    addActions({m_recordStage, m_editStage, m_removeStage});

    connect(&session, &WorkspaceSession::currentCoalitionChanged, this, &StagePage::showCoalition);
    connect(&session, &WorkspaceSession::recordsChanged, this, &StagePage::onRecordsChanged);
    connect(m_recordStage, &QAction::triggered, this, &StagePage::recordStageChange);
    connect(m_editStage, &QAction::triggered, this, &StagePage::editStageChange);
    connect(m_removeStage, &QAction::triggered, this, &StagePage::removeStageChange);
    connect(m_history, &StageHistoryList::currentChanged, this, &StagePage::updateActions);
    connect(m_panel->answerForm(), &StageAnswerForm::applyRequested, this, &StagePage::applyAnswer);
    connect(m_panel, &StageCriterionPanel::recordsRequested, this, &Page::recordsRequested);

    showCoalition(session.currentCoalition());
}

StagePage::~StagePage() = default;

QString StagePage::pageId() const
{
    return u"stage"_s;
}

QString StagePage::title() const
{
    return tr("Stage");
}

QIcon StagePage::icon() const
{
    return QIcon(u":/coalition/icons/stage.svg"_s);
}

void StagePage::setToday(const QDate &today)
{
    m_today = today;
    refresh();
}

QDate StagePage::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

bool StagePage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyState;
}

QString StagePage::subtitle() const
{
    return m_subheading->text();
}

void StagePage::showCoalition(Id id)
{
    // An answer not applied yet belongs to the coalition shown until now.
    settleUnappliedAnswer(false);
    m_coalitionId = id;
    m_stack->setCurrentWidget(id > 0 ? m_content : m_emptyState);
    if (isVisible()) {
        refresh();
    } else {
        m_stale = true;
        updateHeader();
        updateActions();
    }
}

void StagePage::onRecordsChanged()
{
    // Criteria read nearly every kind of record: any change may move them.
    if (m_coalitionId <= 0 && session().currentCoalition() <= 0)
        return;
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void StagePage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_stale)
        refresh();
}

void StagePage::refresh()
{
    m_stale = false;
    if (m_coalitionId <= 0) {
        m_snapshot = StageSnapshot{};
        m_assessment = StageAssessment{};
        m_model->clear();
        m_summary->clear();
        m_history->setChanges({}, {});
        m_typeFit->clear();
        updateMissing();
        updateHeader();
        updateActions();
        showSelection();
        return;
    }
    auto snapshot = loadStageSnapshot(session().workspace(), m_coalitionId, today());
    if (!snapshot) {
        messageBar()->showMessage(tr("The stage of the coalition could not be assessed: %1")
                                      .arg(snapshot.error().message));
        return;
    }
    m_snapshot = *std::move(snapshot);
    m_assessment = StageEngine::assess(m_snapshot);
    m_model->setAssessment(m_assessment);
    if (!m_tree->currentIndex().isValid())
        m_tree->setCurrentIndex(m_model->indexOfStage(m_assessment.suggested));
    m_summary->setAssessment(m_assessment);
    m_typeFit->setTypeFit(m_snapshot.coalition.type, m_assessment.typeFit);
    updateHistory();
    updateMissing();
    updateHeader();
    updateActions();
    showSelection(true);
}

void StagePage::updateHeader()
{
    if (m_coalitionId <= 0) {
        m_heading->setText(u"<h2>%1</h2>"_s.arg(tr("Stage")));
        m_subheading->clear();
        return;
    }
    QString name = m_snapshot.coalition.id == m_coalitionId ? m_snapshot.coalition.name : QString();
    if (name.isEmpty()) {
        if (auto coalition = session().workspace().coalitions().get(m_coalitionId))
            name = coalition->name;
    }
    m_heading->setText(u"<h2>%1</h2>"_s.arg(tr("Stage of %1").arg(name).toHtmlEscaped()));
    if (m_assessment.stages.isEmpty()) {
        m_subheading->clear();
        return;
    }
    int unanswered = 0;
    for (const StageResult &stage : std::as_const(m_assessment.stages)) {
        for (const CriterionResult &criterion : stage.criteria)
            unanswered += criterion.status == CriterionStatus::Unanswered ? 1 : 0;
    }
    QStringList parts;
    parts << (m_assessment.recorded ? tr("Recorded: %1").arg(enumLabel(*m_assessment.recorded))
                                    : tr("No stage recorded"));
    parts << tr("Supported by the evidence: %1").arg(enumLabel(m_assessment.suggested));
    parts << (unanswered == 0       ? tr("every question answered")
                  : unanswered == 1 ? tr("1 question unanswered")
                                    : tr("%1 questions unanswered").arg(unanswered));
    m_subheading->setText(parts.join(u" · "_s));
}

void StagePage::updateMissing()
{
    const QSignalBlocker blocker(m_missing);
    m_missing->clear();
    if (m_assessment.stages.isEmpty()) {
        m_missingBox->setTitle(tr("Missing for the next stage"));
        m_missingNote->clear();
        m_missing->hide();
        return;
    }
    const DevelopmentStage current = m_assessment.suggested;
    const bool last = current == DevelopmentStage::Institutionalization;
    if (last) {
        m_missingBox->setTitle(tr("Left to complete %1").arg(enumLabel(current)));
    } else {
        const auto next = static_cast<DevelopmentStage>(static_cast<int>(current) + 1);
        m_missingBox->setTitle(tr("Missing for the next stage, %1").arg(enumLabel(next)));
    }
    for (const CriterionResult &criterion : std::as_const(m_assessment.missingForNext)) {
        auto *item = new QListWidgetItem(StageCriteriaModel::statusIcon(criterion.status),
                                         criterion.label, m_missing);
        item->setData(Qt::UserRole, criterion.id);
        item->setToolTip(criterion.evidence.isEmpty()
                             ? StageCriteriaModel::statusText(criterion.status)
                             : tr("%1: %2").arg(StageCriteriaModel::statusText(criterion.status),
                                                criterion.evidence));
    }
    const int count = static_cast<int>(m_assessment.missingForNext.size());
    if (count == 0)
        m_missingNote->setText(tr("Every criterion of %1 is met.").arg(enumLabel(current)));
    else if (last)
        m_missingNote->setText(
            count == 1
                ? tr("1 criterion of %1 is not met yet.").arg(enumLabel(current))
                : tr("%1 criteria of %2 are not met yet.").arg(count).arg(enumLabel(current)));
    else
        m_missingNote->setText(
            tr("The criteria of %1 not met yet: with enough of them met, the evidence supports "
               "the next stage.")
                .arg(enumLabel(current)));
    m_missing->setVisible(count > 0);
}

void StagePage::updateHistory()
{
    QHash<Id, QString> decisions;
    for (const Decision &decision : std::as_const(m_snapshot.decisions))
        decisions.insert(decision.id, decision.title);
    m_history->setChanges(m_snapshot.history, decisions);
}

void StagePage::updateActions()
{
    m_recordStage->setEnabled(m_coalitionId > 0);
    const bool selected = m_coalitionId > 0 && m_history->currentId() > 0;
    m_editStage->setEnabled(selected);
    m_removeStage->setEnabled(selected);
}

void StagePage::showSelection(bool keepEdits)
{
    // Before reading the row: applying the answer reads the data again.
    if (!keepEdits)
        settleUnappliedAnswer(true);
    const QModelIndex index = m_tree->currentIndex();
    const StageResult *stage = m_model->stage(index);
    if (!stage) {
        m_panel->showNothing();
        return;
    }
    const CriterionResult *criterion = m_model->criterion(index);
    if (!criterion) {
        const bool recorded = m_assessment.recorded && *m_assessment.recorded == stage->stage;
        m_panel->showStage(*stage, stage->stage == m_assessment.suggested, recorded);
        return;
    }
    std::optional<ChecklistItem> item;
    std::optional<ChecklistAnswer> stored;
    if (criterion->checklist) {
        item = StageEngine::checklistItem(criterion->id);
        for (const ChecklistAnswer &answer : std::as_const(m_snapshot.checklist)) {
            if (answer.item == criterion->id)
                stored = answer;
        }
    }
    m_panel->showCriterion(session().workspace(), *criterion, item, stored, today(), keepEdits);
}

void StagePage::activateCriterion(const QModelIndex &index)
{
    const CriterionResult *criterion = m_model->criterion(index);
    if (criterion && criterion->checklist && m_panel->isShowingAnswerForm())
        m_panel->answerForm()->focusAnswer();
}

bool StagePage::selectCriterion(const QString &id)
{
    const QModelIndex index = m_model->indexOfCriterion(id);
    if (!index.isValid())
        return false;
    m_tabs->setCurrentIndex(0);
    m_tree->expand(index.parent());
    m_tree->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
    return true;
}

bool StagePage::showRecord(const RecordKey &key)
{
    Workspace &workspace = session().workspace();
    Id coalitionId = 0;
    QString item;
    if (key.kind == RecordKind::StageChange) {
        if (auto change = workspace.stageChanges().get(key.id))
            coalitionId = change->coalitionId;
    } else if (key.kind == RecordKind::ChecklistAnswer) {
        if (auto answer = workspace.checklist().get(key.id)) {
            coalitionId = answer->coalitionId;
            item = answer->item;
        }
    } else {
        return false;
    }
    if (coalitionId <= 0)
        return false;
    if (session().currentCoalition() != coalitionId)
        session().setCurrentCoalition(coalitionId);
    if (m_stale || m_coalitionId != coalitionId) {
        m_coalitionId = coalitionId;
        refresh();
    }
    if (key.kind == RecordKind::StageChange) {
        m_tabs->setCurrentWidget(m_history);
        return m_history->selectChange(key.id);
    }
    return selectCriterion(item);
}

} // namespace Coalition::Ui
