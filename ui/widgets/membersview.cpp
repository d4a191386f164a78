// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/membersview.h"

#include "domain/membershiprules.h"
#include "models/memberfilterproxymodel.h"
#include "models/membertablemodel.h"
#include "widgets/actionbutton.h"
#include "widgets/enumchoices.h"
#include "widgets/memberdetailspanel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

MembersView::MembersView(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_model(new MemberTableModel(session, this))
    , m_proxy(new MemberFilterProxyModel(m_model, this))
    , m_search(new QLineEdit(this))
    , m_statusFilter(new QComboBox(this))
    , m_buttons(new QHBoxLayout)
    , m_empty(new QLabel(this))
    , m_table(new QTableView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_details(new MemberDetailsPanel(this))
{
    m_search->setObjectName(u"memberSearch"_s);
    m_search->setPlaceholderText(tr("Filter by organization or representative"));
    m_search->setAccessibleName(tr("Filter members"));
    m_search->setClearButtonEnabled(true);
    m_statusFilter->setObjectName(u"statusFilter"_s);
    m_statusFilter->setAccessibleName(tr("Show members with status"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    fillEnumCombo<MembershipStatus>(m_statusFilter);
    auto *statusLabel = new QLabel(tr("S&how:"), this);
    statusLabel->setBuddy(m_statusFilter);

    m_table->setObjectName(u"memberTable"_s);
    m_table->setAccessibleName(tr("Members"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(MemberTableModel::OrganizationColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    const std::pair<MemberTableModel::Column, int> widths[] = {
        {MemberTableModel::OrganizationColumn, 180}, {MemberTableModel::StatusColumn, 72},
        {MemberTableModel::KindColumn, 100},         {MemberTableModel::RepresentativeColumn, 125},
        {MemberTableModel::AlternateColumn, 105},    {MemberTableModel::JoinedColumn, 82},
        {MemberTableModel::DuesColumn, 96},
    };
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);

    m_empty->setObjectName(u"membersEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(statusLabel);
    filters->addWidget(m_statusFilter);
    filters->addSpacing(12);
    filters->addLayout(m_buttons);

    auto *tableSide = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableSide);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_empty);
    tableLayout->addWidget(m_table, 1);
    m_splitter->setObjectName(u"memberSplitter"_s);
    m_splitter->addWidget(tableSide);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({860, 280});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, &MembersView::applyFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &MembersView::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        Q_EMIT currentMemberChanged();
    });
    connect(m_table, &QTableView::activated, this, &MembersView::memberActivated);
    connect(m_model, &MemberTableModel::errorOccurred, this, &MembersView::errorOccurred);
    // The selected member may be edited from anywhere (undo included).
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &MembersView::updateDetails);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &MembersView::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MembersView::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MembersView::updateDetails);
    updateEmptyState();
}

void MembersView::setCoalition(Id coalitionId)
{
    m_model->setCoalition(coalitionId);
    updateDetails();
    Q_EMIT currentMemberChanged();
}

void MembersView::addMemberActions(const QList<QAction *> &menu, const QList<QAction *> &buttons)
{
    m_table->addActions(menu);
    for (QAction *action : buttons)
        m_buttons->addWidget(new ActionButton(action, this));
}

int MembersView::currentRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return -1;
    return m_proxy->mapToSource(current).row();
}

Id MembersView::currentMembershipId() const
{
    const int row = currentRow();
    return row >= 0 ? m_model->membership(row).id : 0;
}

void MembersView::selectMembership(Id membershipId)
{
    const int row = m_model->rowOf(membershipId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void MembersView::applyFilter()
{
    const int status = m_statusFilter->currentData().toInt();
    m_proxy->setMatcher(MembershipMatcher(
        m_search->text(),
        status < 0 ? std::nullopt : std::optional(static_cast<MembershipStatus>(status))));
    updateEmptyState();
    updateDetails();
    Q_EMIT currentMemberChanged();
}

void MembersView::updateDetails()
{
    const int row = currentRow();
    if (row < 0) {
        m_details->clear();
        return;
    }
    const Membership &membership = m_model->membership(row);
    m_details->showMember(membership,
                          {m_model->organizationName(row),
                           m_model->personName(membership.representativeId),
                           m_model->personName(membership.alternateId)});
}

void MembersView::updateEmptyState()
{
    QString text;
    if (m_model->coalitionId() > 0 && m_model->rowCount() == 0)
        text = tr("No member organizations yet. Use Add Member to record the organizations "
                  "taking part, or the ones you hope will.");
    else if (m_model->rowCount() > 0 && m_proxy->rowCount() == 0)
        text = tr("No member matches the filter.");
    m_empty->setText(text);
    m_empty->setVisible(!text.isEmpty());
}

} // namespace Coalition::Ui
