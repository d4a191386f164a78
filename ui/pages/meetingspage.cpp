// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/meetingspage.h"

#include "models/attendancemodel.h"
#include "models/decisionlistmodel.h"
#include "models/meetinglistmodel.h"
#include "models/positionmodel.h"
#include "pages/decisionactions.h"
#include "pages/meetingactions.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"
#include "widgets/decisionpanel.h"
#include "widgets/meetingpanel.h"
#include "widgets/messagebar.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

MeetingsPage::MeetingsPage(WorkspaceSession &session, QWidget *parent)
    : Page(session, parent)
    , m_model(new MeetingListModel(session, this))
    , m_heading(new QLabel(this))
    , m_subheading(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(makeEmptyState())
    , m_content(new QWidget(this))
    , m_bodyFilter(new QComboBox(this))
    , m_listHint(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detailStack(new QStackedWidget(this))
    , m_noSelection(new QLabel(this))
    , m_detail(new QWidget(this))
    , m_meetingPanel(new MeetingPanel(session, this))
    , m_decisionPanel(new DecisionPanel(session, this))
    , m_meetingActions(new MeetingActions(session, messageBar(), this))
    , m_decisionActions(new DecisionActions(session, m_decisionPanel, messageBar(), this))
{
    m_heading->setObjectName(u"meetingsTitle"_s);
    m_heading->setTextFormat(Qt::RichText);
    m_subheading->setObjectName(u"meetingsSubtitle"_s);
    m_subheading->setWordWrap(true);
    auto *addButton = new QToolButton(this);
    addButton->setObjectName(u"addMeetingButton"_s);
    addButton->setDefaultAction(m_meetingActions->addMeetingAction());
    addButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_heading);
    titles->addWidget(m_subheading);
    auto *header = new QHBoxLayout;
    header->addLayout(titles, 1);
    header->addWidget(addButton, 0, Qt::AlignTop);

    m_meetingPanel->setEditAction(m_meetingActions->editMeetingAction());
    m_decisionPanel->addListActions(m_decisionActions->listActions());
    m_decisionPanel->addPositionActions({m_decisionActions->allPresentAgreeAction()});
    for (QAction *action :
         {m_meetingActions->addMeetingAction(), m_meetingActions->editMeetingAction(),
          m_decisionActions->addDecisionAction()})
        addAction(action);
    m_meetingActions->addMeetingAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    m_decisionActions->addDecisionAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    m_meetingActions->editMeetingAction()->setShortcut(QKeySequence(tr("Ctrl+E")));

    m_noSelection->setObjectName(u"noMeetingSelected"_s);
    m_noSelection->setAlignment(Qt::AlignCenter);
    m_noSelection->setWordWrap(true);
    m_noSelection->setText(tr("Select a meeting to see its attendance and decisions."));
    auto *detailSplitter = new QSplitter(Qt::Vertical, m_detail);
    detailSplitter->setObjectName(u"meetingSplitter"_s);
    detailSplitter->addWidget(m_meetingPanel);
    detailSplitter->addWidget(m_decisionPanel);
    detailSplitter->setStretchFactor(0, 2);
    detailSplitter->setStretchFactor(1, 3);
    detailSplitter->setChildrenCollapsible(false);
    // Room for about eight members in the checklist, the rest for the decisions.
    detailSplitter->setSizes({290, 390});
    auto *detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(detailSplitter);
    m_detailStack->addWidget(m_noSelection);
    m_detailStack->addWidget(m_detail);

    auto *splitter = new QSplitter(Qt::Horizontal, m_content);
    splitter->setObjectName(u"meetingsSplitter"_s);
    splitter->addWidget(makeList());
    splitter->addWidget(m_detailStack);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({360, 840});
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(splitter);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_content);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(messageBar());
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

    connect(&session, &WorkspaceSession::currentCoalitionChanged, this,
            &MeetingsPage::showCoalition);
    connect(&session, &WorkspaceSession::recordsChanged, this, &MeetingsPage::onRecordsChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeetingsPage::onCurrentRowChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MeetingsPage::restoreSelection);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MeetingsPage::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MeetingsPage::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MeetingsPage::updateState);
    connect(m_bodyFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setBodyFilter(m_bodyFilter->currentData().toLongLong()); });
    connect(m_meetingActions, &MeetingActions::meetingCreated, this, &MeetingsPage::selectMeeting);
    connect(m_table, &QTableView::activated, m_meetingActions->editMeetingAction(),
            &QAction::trigger);

    // Attendance and positions are written once the view that asked has
    // finished with the click or the editor, never from inside it.
    connect(m_meetingPanel->attendance(), &AttendanceModel::attendanceChangeRequested, this,
            [this](Id meetingId, const QList<Attendance> &attendance, const QString &text) {
                QMetaObject::invokeMethod(
                    this,
                    [this, meetingId, attendance, text] {
                        m_meetingActions->setAttendance(meetingId, attendance, text);
                    },
                    Qt::QueuedConnection);
            });
    connect(m_decisionPanel->positions(), &PositionModel::positionChangeRequested, this,
            [this](Id decisionId, Id membershipId, VotePosition position, const QString &text) {
                QMetaObject::invokeMethod(
                    this,
                    [this, decisionId, membershipId, position, text] {
                        m_decisionActions->setPosition(decisionId, membershipId, position, text);
                    },
                    Qt::QueuedConnection);
            });
    const auto showError = [this](const QString &message) {
        messageBar()->showMessage(message);
    };
    connect(m_model, &MeetingListModel::errorOccurred, this, showError);
    connect(m_meetingPanel->attendance(), &AttendanceModel::errorOccurred, this, showError);
    connect(m_decisionPanel->decisions(), &DecisionListModel::errorOccurred, this, showError);
    connect(m_decisionPanel->positions(), &PositionModel::errorOccurred, this, showError);

    showCoalition(session.currentCoalition());
}

QString MeetingsPage::pageId() const
{
    return u"meetings"_s;
}

QString MeetingsPage::title() const
{
    return tr("Meetings");
}

QIcon MeetingsPage::icon() const
{
    return QIcon(u":/coalition/icons/meetings.svg"_s);
}

bool MeetingsPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyState;
}

QWidget *MeetingsPage::makeEmptyState()
{
    auto *empty = new QWidget(this);
    empty->setObjectName(u"emptyState"_s);
    m_emptyText = new QLabel(empty);
    m_emptyText->setObjectName(u"emptyStateText"_s);
    m_emptyText->setWordWrap(true);
    m_emptyText->setTextFormat(Qt::RichText);
    m_emptyText->setMaximumWidth(560);
    m_emptyAdd = new QPushButton(tr("&Add Meeting…"), empty);
    m_emptyAdd->setObjectName(u"emptyAddMeeting"_s);
    m_emptyAdd->setDefault(true);
    connect(m_emptyAdd, &QPushButton::clicked, this, [this] { m_meetingActions->addMeeting(); });
    auto *layout = new QVBoxLayout(empty);
    layout->addStretch(1);
    layout->addWidget(m_emptyText, 0, Qt::AlignHCenter);
    layout->addWidget(m_emptyAdd, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return empty;
}

QWidget *MeetingsPage::makeList()
{
    auto *list = new QWidget(this);
    m_bodyFilter->setObjectName(u"bodyFilter"_s);
    m_bodyFilter->setAccessibleName(tr("Show meetings of"));
    m_bodyFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *filterLabel = new QLabel(tr("&Body:"), list);
    filterLabel->setBuddy(m_bodyFilter);
    auto *filters = new QHBoxLayout;
    filters->addWidget(filterLabel);
    filters->addWidget(m_bodyFilter, 1);

    m_table->setObjectName(u"meetingTable"_s);
    m_table->setAccessibleName(tr("Meetings"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setColumnWidth(MeetingListModel::WhenColumn, 130);
    m_table->setColumnWidth(MeetingListModel::BodyColumn, 120);
    m_table->setColumnWidth(MeetingListModel::DecisionsColumn, 70);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_meetingActions->addMeetingAction(),
                         m_meetingActions->editMeetingAction(),
                         m_meetingActions->removeMeetingAction()});
    m_listHint->setObjectName(u"meetingListHint"_s);
    m_listHint->setWordWrap(true);
    m_listHint->setForegroundRole(QPalette::PlaceholderText);
    auto *remove = new QPushButton(m_meetingActions->removeMeetingAction()->text(), list);
    remove->setObjectName(u"removeMeetingButton"_s);
    remove->setToolTip(m_meetingActions->removeMeetingAction()->toolTip());
    connect(remove, &QPushButton::clicked, m_meetingActions->removeMeetingAction(),
            &QAction::trigger);
    connect(m_meetingActions->removeMeetingAction(), &QAction::changed, remove, [this, remove] {
        remove->setEnabled(m_meetingActions->removeMeetingAction()->isEnabled());
    });
    remove->setEnabled(false);

    auto *layout = new QVBoxLayout(list);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_listHint);
    layout->addWidget(m_table, 1);
    layout->addWidget(remove, 0, Qt::AlignLeft);
    return list;
}

void MeetingsPage::showCoalition(Id id)
{
    m_coalitionId = id;
    m_currentMeeting = 0;
    m_coalitionName.clear();
    if (id > 0) {
        if (auto coalition = session().workspace().coalitions().get(id))
            m_coalitionName = coalition->name;
    }
    m_meetingActions->setCoalition(id);
    {
        const QSignalBlocker blocker(m_bodyFilter);
        m_bodyFilter->clear();
    }
    m_model->setCoalition(id);
    fillBodyFilter();
    updateState();
}

void MeetingsPage::fillBodyFilter()
{
    const Id wanted = m_model->bodyFilter();
    const QSignalBlocker blocker(m_bodyFilter);
    m_bodyFilter->clear();
    m_bodyFilter->addItem(tr("All bodies"), Id(0));
    for (const Body &body : m_model->bodies())
        m_bodyFilter->addItem(body.name, body.id);
    const int index = m_bodyFilter->findData(wanted);
    m_bodyFilter->setCurrentIndex(std::max(index, 0));
    if (index < 0)
        m_model->setBodyFilter(0);
}

void MeetingsPage::onRecordsChanged(const QList<RecordKey> &keys)
{
    bool bodies = false;
    for (const RecordKey &key : keys) {
        bodies |= key.kind == RecordKind::Body || key.kind == RecordKind::Coalition;
        if (key.kind == RecordKind::Coalition && key.id == m_coalitionId) {
            if (auto coalition = session().workspace().coalitions().get(m_coalitionId))
                m_coalitionName = coalition->name;
        }
    }
    if (bodies)
        fillBodyFilter();
    updateState();
}

void MeetingsPage::selectMeeting(Id meetingId)
{
    int row = m_model->rowOf(meetingId);
    if (row < 0 && m_model->bodyFilter() != 0) {
        // A meeting hidden by the filter: show every body's meetings.
        m_bodyFilter->setCurrentIndex(0);
        row = m_model->rowOf(meetingId);
    }
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    onCurrentRowChanged();
}

void MeetingsPage::restoreSelection()
{
    // The meeting shown stays shown; otherwise the latest that has taken
    // place, which is where decisions are recorded.
    Id wanted = m_model->rowOf(m_currentMeeting) >= 0 ? m_currentMeeting : 0;
    for (int row = 0; wanted == 0 && row < m_model->rowCount(); ++row) {
        if (!m_model->index(row, 0).data(MeetingListModel::UpcomingRole).toBool())
            wanted = m_model->meeting(row).id;
    }
    if (wanted == 0 && m_model->rowCount() > 0)
        wanted = m_model->meeting(0).id;
    if (wanted > 0) {
        selectMeeting(wanted);
    } else {
        m_table->selectionModel()->clear();
        onCurrentRowChanged();
    }
    updateState();
}

void MeetingsPage::onCurrentRowChanged()
{
    const QModelIndex index = m_table->currentIndex();
    const Id id = index.isValid() ? m_model->meeting(index.row()).id : 0;
    if (id != m_currentMeeting || m_meetingPanel->attendance()->meetingId() != id) {
        m_currentMeeting = id;
        m_meetingPanel->setMeeting(id);
        m_decisionPanel->setMeeting(id);
        m_meetingActions->setMeeting(id);
        m_decisionActions->updateEnabled();
    }
    m_detailStack->setCurrentWidget(id > 0 ? m_detail : static_cast<QWidget *>(m_noSelection));
}

bool MeetingsPage::showRecord(const RecordKey &key)
{
    if (key.kind != RecordKind::Meeting && key.kind != RecordKind::Decision)
        return false;
    Workspace &workspace = session().workspace();
    Id meetingId = key.id;
    if (key.kind == RecordKind::Decision) {
        auto decision = workspace.decisions().get(key.id);
        if (!decision)
            return false;
        meetingId = decision->meetingId;
    }
    auto meeting = workspace.meetings().get(meetingId);
    if (!meeting)
        return false;
    auto body = workspace.bodies().get(meeting->bodyId);
    if (!body)
        return false;
    if (session().currentCoalition() != body->coalitionId)
        session().setCurrentCoalition(body->coalitionId);
    selectMeeting(meetingId);
    if (m_currentMeeting != meetingId)
        return false;
    if (key.kind == RecordKind::Decision)
        m_decisionPanel->selectDecision(key.id);
    return true;
}

void MeetingsPage::updateState()
{
    const QString &name = m_coalitionName;
    const int total = m_model->totalCount();
    if (m_coalitionId <= 0) {
        m_emptyText->setText(tr("<h2>No coalition yet</h2><p>Meetings belong to a coalition's "
                                "bodies. Start a coalition on the Coalitions page first; its "
                                "meetings and decisions are recorded here.</p>"));
    } else {
        m_emptyText->setText(
            tr("<h2>No meetings yet</h2>"
               "<p>Record here each meeting of %1's bodies: who attended, and for each proposal "
               "the position of every voting member. Coalition Desk counts the outcome by the "
               "body's decision procedure and says why: quorum, votes, blocks.</p>"
               "<p>It also warns when a meeting was called with too little notice or a body "
               "decided outside its areas.</p>")
                .arg(name.toHtmlEscaped()));
    }
    m_emptyAdd->setVisible(m_coalitionId > 0);
    m_stack->setCurrentWidget(total > 0 ? m_content : m_emptyState);

    m_heading->setText(u"<h2>%1</h2>"_s.arg(tr("Meetings")));
    int upcoming = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        upcoming += m_model->index(row, 0).data(MeetingListModel::UpcomingRole).toBool() ? 1 : 0;
    QStringList parts;
    if (!name.isEmpty())
        parts.append(name);
    if (m_coalitionId > 0)
        parts.append(total == 1 ? tr("1 meeting") : tr("%n meetings", nullptr, total));
    if (upcoming > 0)
        parts.append(tr("%n upcoming", nullptr, upcoming));
    m_subheading->setText(parts.join(u" · "_s));
    m_listHint->setText(m_model->bodyFilter() != 0 && m_model->rowCount() == 0
                            ? tr("This body has no meeting recorded yet.")
                            : QString());
    m_listHint->setVisible(!m_listHint->text().isEmpty());
    m_detailStack->setCurrentWidget(m_currentMeeting > 0 ? m_detail
                                                         : static_cast<QWidget *>(m_noSelection));
}

} // namespace Coalition::Ui
