// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/bodiesview.h"

#include "models/bodylistmodel.h"
#include "models/proceduredisplay.h"
#include "models/seattablemodel.h"
#include "session/workspacesession.h"
#include "widgets/actionbutton.h"
#include "widgets/detailfieldlist.h"
#include "widgets/emptylistnotice.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

QLabel *makeSectionHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

BodiesView::BodiesView(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new BodyListModel(session, this))
    , m_seatModel(new SeatTableModel(session, this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyListNotice(this))
    , m_bodyButtons(new QHBoxLayout)
    , m_list(new QTreeView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_seatButtons(new QHBoxLayout)
    , m_seatNote(new QLabel(this))
    , m_seatTable(new QTableView(this))
    , m_procedureButtons(new QHBoxLayout)
    , m_noProcedure(new QLabel(this))
    , m_procedure(new DetailFieldList(this))
{
    m_empty->setObjectName(u"bodiesEmpty"_s);
    m_empty->setMessage(tr("No bodies yet"),
                        tr("A body is a group that meets and decides: the full membership, a "
                           "strategic or executive committee, an action group. Record each with "
                           "the members that sit on it and the procedure it decides by, so that "
                           "its decisions can be counted and checked."),
                        tr("Add Body…"));
    connect(m_empty, &EmptyListNotice::buttonClicked, this, &BodiesView::addRequested);

    m_list->setObjectName(u"bodyList"_s);
    m_list->setAccessibleName(tr("Bodies"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(BodyListModel::NameColumn, 160);
    m_list->setColumnWidth(BodyListModel::KindColumn, 130);
    m_list->setColumnWidth(BodyListModel::SeatsColumn, 140);

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(m_bodyButtons);
    listLayout->addWidget(m_list, 1);
    m_splitter->setObjectName(u"bodySplitter"_s);
    m_splitter->addWidget(listSide);
    m_splitter->addWidget(makeDetails());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({540, 520});
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_splitter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        Q_EMIT currentBodyChanged();
    });
    connect(m_list, &QTreeView::activated, this, &BodiesView::bodyActivated);
    connect(m_seatTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BodiesView::currentSeatChanged);
    connect(m_model, &BodyListModel::errorOccurred, this, &BodiesView::errorOccurred);
    connect(m_seatModel, &SeatTableModel::errorOccurred, this, &BodiesView::errorOccurred);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BodiesView::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BodiesView::updateDetails);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BodiesView::updateDetails);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &BodiesView::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BodiesView::updateEmptyState);
    updateEmptyState();
    updateDetails();
}

QWidget *BodiesView::makeDetails()
{
    auto *details = new QWidget(this);
    m_title->setObjectName(u"bodyTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_subtitle->setObjectName(u"bodySubtitle"_s);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);

    m_seatNote->setObjectName(u"seatNote"_s);
    m_seatNote->setWordWrap(true);
    m_seatNote->setForegroundRole(QPalette::PlaceholderText);
    m_seatTable->setObjectName(u"seatTable"_s);
    m_seatTable->setAccessibleName(tr("Seats"));
    m_seatTable->setModel(m_seatModel);
    m_seatTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_seatTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_seatTable->setEditTriggers(QAbstractItemView::DoubleClicked
                                 | QAbstractItemView::EditKeyPressed);
    m_seatTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_seatTable->setAlternatingRowColors(true);
    m_seatTable->setWordWrap(false);
    m_seatTable->verticalHeader()->hide();
    m_seatTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_seatTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_seatTable->horizontalHeader()->setStretchLastSection(true);
    m_seatTable->setColumnWidth(SeatTableModel::MemberColumn, 210);
    m_seatTable->setColumnWidth(SeatTableModel::RoleColumn, 110);

    m_noProcedure->setObjectName(u"noProcedure"_s);
    m_noProcedure->setWordWrap(true);
    m_noProcedure->setText(tr("No decision procedure yet. Until the body has one, its decisions "
                              "cannot be counted: record how it decides, its quorum and the "
                              "notice its meetings need."));
    m_procedure->setObjectName(u"procedureFields"_s);
    for (const auto &[key, label] :
         std::initializer_list<std::pair<QString, QString>>{{u"method"_s, tr("Method")},
                                                            {u"how"_s, tr("How it works")},
                                                            {u"threshold"_s, tr("Threshold")},
                                                            {u"basis"_s, tr("Counted against")},
                                                            {u"quorum"_s, tr("Quorum")},
                                                            {u"areas"_s, tr("Settles alone")},
                                                            {u"escalation"_s, tr("Escalation")},
                                                            {u"notice"_s, tr("Notice")},
                                                            {u"reopening"_s, tr("Reopening")},
                                                            {u"notes"_s, tr("Notes")}})
        m_procedure->addField(key, label);

    auto *seatsSection = new QWidget(details);
    auto *seatsLayout = new QVBoxLayout(seatsSection);
    seatsLayout->setContentsMargins(0, 0, 0, 0);
    auto *seatsHeader = new QHBoxLayout;
    seatsHeader->addWidget(makeSectionHeading(tr("Seats"), seatsSection), 1);
    seatsHeader->addLayout(m_seatButtons);
    seatsLayout->addLayout(seatsHeader);
    seatsLayout->addWidget(m_seatNote);
    seatsLayout->addWidget(m_seatTable, 1);

    auto *procedureContent = new QWidget;
    auto *procedureLayout = new QVBoxLayout(procedureContent);
    procedureLayout->setContentsMargins(0, 0, 0, 0);
    procedureLayout->addWidget(m_noProcedure);
    procedureLayout->addWidget(m_procedure);
    procedureLayout->addStretch(1);
    auto *procedureScroll = new QScrollArea(details);
    procedureScroll->setWidgetResizable(true);
    procedureScroll->setFrameShape(QFrame::NoFrame);
    procedureScroll->setWidget(procedureContent);
    auto *procedureSection = new QWidget(details);
    auto *procedureSectionLayout = new QVBoxLayout(procedureSection);
    procedureSectionLayout->setContentsMargins(0, 0, 0, 0);
    auto *procedureHeader = new QHBoxLayout;
    procedureHeader->addWidget(makeSectionHeading(tr("Decision procedure"), procedureSection), 1);
    procedureHeader->addLayout(m_procedureButtons);
    procedureSectionLayout->addLayout(procedureHeader);
    procedureSectionLayout->addWidget(procedureScroll, 1);

    auto *parts = new QSplitter(Qt::Vertical, details);
    parts->setObjectName(u"bodyDetailsSplitter"_s);
    parts->addWidget(seatsSection);
    parts->addWidget(procedureSection);
    parts->setChildrenCollapsible(false);
    parts->setSizes({260, 360});

    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(parts, 1);
    return details;
}

void BodiesView::setCoalition(Id coalitionId)
{
    m_model->setCoalition(coalitionId);
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
    updateEmptyState();
    updateDetails();
    Q_EMIT currentBodyChanged();
}

void BodiesView::setActions(const QList<QAction *> &bodyMenu, const QList<QAction *> &bodyButtons,
                            const QList<QAction *> &seatMenu, QAction *procedure)
{
    m_list->addActions(bodyMenu);
    for (QAction *action : bodyButtons)
        m_bodyButtons->addWidget(new ActionButton(action, this));
    m_bodyButtons->addStretch(1);
    m_seatTable->addActions(seatMenu);
    for (QAction *action : seatMenu)
        m_seatButtons->addWidget(new ActionButton(action, this, ActionButton::Mnemonic::Drop));
    m_procedureButtons->addWidget(new ActionButton(procedure, this));
}

const Body *BodiesView::currentBody() const
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_model->row(rows.constFirst().row()).body;
}

Id BodiesView::currentBodyId() const
{
    const Body *body = currentBody();
    return body ? body->id : 0;
}

bool BodiesView::selectBody(Id bodyId)
{
    const int row = m_model->rowOf(bodyId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_list->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_list->scrollTo(index);
    return true;
}

Id BodiesView::currentSeatMembershipId() const
{
    const QModelIndexList rows = m_seatTable->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_seatModel->isFullMembership())
        return 0;
    return rows.constFirst().data(SeatTableModel::MembershipIdRole).toLongLong();
}

bool BodiesView::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void BodiesView::updateEmptyState()
{
    const bool empty = m_model->coalitionId() > 0 && m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_splitter);
}

void BodiesView::updateDetails()
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    const BodyListModel::Row *row = rows.isEmpty() ? nullptr : &m_model->row(rows.first().row());
    const Id bodyId = row ? row->body.id : 0;
    if (bodyId != m_shownBody || bodyId == 0) {
        m_shownBody = bodyId;
        m_seatModel->setBody(bodyId);
        Q_EMIT currentSeatChanged();
    }
    if (!row) {
        m_title->setText(m_model->rowCount() > 0 ? tr("Select a body") : QString());
        m_subtitle->setText(m_model->rowCount() > 0
                                ? tr("Its seats and its decision procedure show here.")
                                : QString());
        m_seatNote->hide();
        m_noProcedure->hide();
        m_procedure->clear();
        return;
    }
    const Body &body = row->body;
    m_title->setText(body.name);
    QStringList subtitle{enumLabel(body.kind), BodyListModel::seatsText(*row)};
    if (!body.purpose.isEmpty())
        subtitle.append(body.purpose);
    m_subtitle->setText(subtitle.join(u" · "_s));

    const bool full = body.kind == BodyKind::FullMembership;
    m_seatNote->setText(full ? tr("Every active voting member of the coalition sits on the full "
                                  "membership, so its seats follow the members' status and kind "
                                  "and are not edited here.")
                             : tr("Double-click a role to change it; tick or clear a vote. A "
                                  "seat's vote counts while its member is an active voting "
                                  "member."));
    m_seatNote->show();

    m_noProcedure->setVisible(!row->procedure);
    m_procedure->clear();
    if (!row->procedure)
        return;
    const DecisionProcedure &p = *row->procedure;
    const ProcedureDisplay::Names &names = m_model->names();
    const int members = row->votingMembers;
    const auto vote = ProcedureDisplay::votingMethod(p);
    m_procedure->setText(u"method"_s, ProcedureDisplay::methodText(p, names));
    m_procedure->setText(u"how"_s, ProcedureDisplay::explainMethod(p, names));
    if (vote == DecisionMethod::Supermajority)
        m_procedure->setText(u"threshold"_s,
                             ProcedureDisplay::explainThreshold(p.threshold, p.basis, members));
    if (vote)
        m_procedure->setText(
            u"basis"_s,
            tr("%1. %2").arg(enumLabel(p.basis),
                             ProcedureDisplay::explainBasis(p.basis, *vote, p.threshold, members)));
    if (p.method != DecisionMethod::Delegated)
        m_procedure->setText(u"quorum"_s, ProcedureDisplay::explainQuorum(p.quorum, members));
    m_procedure->setText(u"areas"_s, ProcedureDisplay::explainAreas(p.areas, full));
    m_procedure->setText(u"escalation"_s, ProcedureDisplay::explainEscalation(p.escalation));
    m_procedure->setText(u"notice"_s, ProcedureDisplay::explainNotice(p.noticeDays));
    m_procedure->setText(u"reopening"_s, ProcedureDisplay::explainReopening(p.reopening));
    m_procedure->setText(u"notes"_s, p.notes);
}

} // namespace Coalition::Ui
