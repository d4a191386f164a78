// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/decisionpanel.h"

#include "models/decisionlistmodel.h"
#include "models/meetingdisplay.h"
#include "models/positionmodel.h"
#include "session/workspacesession.h"
#include "storage/governancesnapshot.h"
#include "widgets/outcomeview.h"
#include "widgets/rowchoicedelegate.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

void setUpTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
}

QPushButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QPushButton(action->text(), parent);
    button->setObjectName(action->objectName() + u"Button"_s);
    button->setToolTip(action->toolTip());
    button->setEnabled(action->isEnabled());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::changed, button,
                     [button, action] { button->setEnabled(action->isEnabled()); });
    return button;
}

} // namespace

DecisionPanel::DecisionPanel(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_decisions(new DecisionListModel(session, this))
    , m_positions(new PositionModel(session, this))
    , m_listButtons(new QHBoxLayout)
    , m_positionButtons(new QHBoxLayout)
    , m_emptyHint(new QLabel(this))
    , m_decisionTable(new QTableView(this))
    , m_positionTable(new QTableView(this))
    , m_outcome(new OutcomeView(this))
{
    m_decisionTable->setObjectName(u"decisionTable"_s);
    m_decisionTable->setAccessibleName(tr("Decisions"));
    m_decisionTable->setModel(m_decisions);
    setUpTable(m_decisionTable);
    m_decisionTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_decisionTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_decisionTable->setColumnWidth(DecisionListModel::TitleColumn, 260);
    m_decisionTable->setColumnWidth(DecisionListModel::AreaColumn, 130);
    m_decisionTable->setColumnWidth(DecisionListModel::OutcomeColumn, 110);
    m_emptyHint->setObjectName(u"decisionsHint"_s);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setText(tr("No decision is recorded for this meeting yet. Add one for each "
                            "proposal put to it; the outcome is counted from the positions."));

    m_positionTable->setObjectName(u"positionTable"_s);
    m_positionTable->setAccessibleName(tr("Positions"));
    m_positionTable->setModel(m_positions);
    setUpTable(m_positionTable);
    m_positionTable->setItemDelegateForColumn(PositionModel::PositionColumn,
                                              new RowChoiceDelegate(PositionModel::ChoiceLabelsRole,
                                                                    PositionModel::ChoiceValuesRole,
                                                                    m_positionTable));
    m_positionTable->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
        | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_positionTable->setColumnWidth(PositionModel::OrganizationColumn, 190);
    m_positionTable->setColumnWidth(PositionModel::PresentColumn, 120);
    m_positionTable->setToolTip(tr("Double-click a position, or select it and press F2, to "
                                   "record what the member said"));
    m_outcome->setObjectName(u"outcomeView"_s);

    auto *listBox = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_listButtons->addStretch(1);
    listLayout->addLayout(m_listButtons);
    listLayout->addWidget(m_emptyHint);
    listLayout->addWidget(m_decisionTable, 1);

    auto *positionsBox = new QGroupBox(tr("Positions"), this);
    auto *positionsLayout = new QVBoxLayout(positionsBox);
    positionsLayout->addWidget(m_positionTable, 1);
    m_positionButtons->addStretch(1);
    positionsLayout->addLayout(m_positionButtons);

    auto *outcomeBox = new QGroupBox(tr("Outcome"), this);
    auto *scroll = new QScrollArea(outcomeBox);
    scroll->setObjectName(u"outcomeScroll"_s);
    scroll->setAccessibleName(tr("Outcome"));
    scroll->setWidget(m_outcome);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outcomeLayout = new QVBoxLayout(outcomeBox);
    outcomeLayout->addWidget(scroll);

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->setObjectName(u"positionsSplitter"_s);
    lower->addWidget(positionsBox);
    lower->addWidget(outcomeBox);
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 1);
    lower->setChildrenCollapsible(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"decisionsSplitter"_s);
    splitter->addWidget(listBox);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_decisionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DecisionPanel::onCurrentRowChanged);
    connect(m_decisionTable, &QTableView::activated, this, &DecisionPanel::decisionActivated);
    connect(m_decisions, &QAbstractItemModel::modelReset, this, &DecisionPanel::restoreSelection);
    connect(m_positions, &QAbstractItemModel::modelReset, this, &DecisionPanel::refreshOutcome);
    connect(m_positions, &QAbstractItemModel::dataChanged, this, &DecisionPanel::refreshOutcome);
    updateEmptyHint();
}

void DecisionPanel::addListActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        m_listButtons->insertWidget(m_listButtons->count() - 1, buttonFor(action, this));
        m_decisionTable->addAction(action);
    }
}

void DecisionPanel::addPositionActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions)
        m_positionButtons->insertWidget(m_positionButtons->count() - 1, buttonFor(action, this));
}

void DecisionPanel::setMeeting(Id meetingId)
{
    if (meetingId != m_decisions->meetingId())
        m_current = 0;
    m_decisions->setMeeting(meetingId);
    restoreSelection();
}

void DecisionPanel::selectDecision(Id decisionId)
{
    const int row = m_decisions->rowOf(decisionId);
    if (row < 0)
        return;
    const QModelIndex index = m_decisions->index(row, 0);
    m_decisionTable->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_decisionTable->scrollTo(index);
}

void DecisionPanel::restoreSelection()
{
    // After the list is read again, the same decision stays selected; when
    // it is gone, the first one is.
    updateEmptyHint();
    const Id wanted = m_decisions->rowOf(m_current) >= 0
        ? m_current
        : (m_decisions->rowCount() > 0 ? m_decisions->decision(0).id : 0);
    if (wanted > 0) {
        const QModelIndex index = m_decisions->index(m_decisions->rowOf(wanted), 0);
        if (m_decisionTable->currentIndex().row() != index.row()
            || m_positions->decisionId() != wanted) {
            m_decisionTable->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            onCurrentRowChanged();
        }
        return;
    }
    m_decisionTable->selectionModel()->clearSelection();
    onCurrentRowChanged();
}

void DecisionPanel::onCurrentRowChanged()
{
    const QModelIndex index = m_decisionTable->currentIndex();
    const Id id = index.isValid() ? m_decisions->decision(index.row()).id : 0;
    if (id == m_current && m_positions->decisionId() == id)
        return;
    m_current = id;
    m_positions->setDecision(id);
    refreshOutcome();
    Q_EMIT currentDecisionChanged(id);
}

void DecisionPanel::updateEmptyHint()
{
    const bool empty = m_decisions->meetingId() > 0 && m_decisions->rowCount() == 0;
    m_emptyHint->setVisible(empty);
}

void DecisionPanel::refreshOutcome()
{
    const Decision &decision = m_positions->decision();
    if (m_current <= 0 || decision.id != m_current || decision.meetingId <= 0) {
        m_outcome->clear();
        return;
    }
    // The procedural checks that name this decision (notice, areas, quorum,
    // reopening), and the meetings its reopenings were held at.
    QList<ProceduralWarning> warnings;
    QHash<Id, QString> meetingNames;
    auto snapshot = loadGovernanceSnapshot(m_session.workspace(), m_session.currentCoalition(),
                                           QDate::currentDate());
    if (snapshot) {
        const RecordKey key{RecordKind::Decision, decision.id};
        const QList<ProceduralWarning> all = ProceduralChecks::run(*snapshot);
        for (const ProceduralWarning &warning : all) {
            if (warning.records.contains(key))
                warnings.append(warning);
        }
        QHash<Id, QString> bodies;
        for (const Body &body : std::as_const(snapshot->bodies))
            bodies.insert(body.id, body.name);
        for (const Meeting &meeting : std::as_const(snapshot->meetings))
            meetingNames.insert(meeting.id,
                                MeetingDisplay::meetingName(meeting, bodies.value(meeting.bodyId)));
    }
    m_outcome->setDecision(decision, warnings, meetingNames);
}

} // namespace Coalition::Ui
