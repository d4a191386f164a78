// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/seattablemodel.h"

#include "models/listsync.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"

#include <QColor>
#include <QDate>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

SeatTableModel::SeatTableModel(WorkspaceSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(&session, &WorkspaceSession::recordsChanged, this, &SeatTableModel::onRecordsChanged);
}

void SeatTableModel::setBody(Id bodyId)
{
    beginResetModel();
    m_body = Body{};
    m_body.id = bodyId;
    m_rows = read();
    endResetModel();
}

QList<BodySeat> SeatTableModel::read()
{
    QList<BodySeat> rows;
    if (m_body.id <= 0)
        return rows;
    Workspace &workspace = m_session.workspace();
    auto body = workspace.bodies().get(m_body.id);
    if (!body) {
        m_body = Body{};
        Q_EMIT errorOccurred(body.error().message);
        return rows;
    }
    m_body = *std::move(body);
    auto members = CoalitionMembers::load(workspace, m_body.coalitionId);
    if (!members) {
        Q_EMIT errorOccurred(members.error().message);
        return rows;
    }
    m_members = *std::move(members);
    if (m_body.kind != BodyKind::FullMembership)
        return m_body.seats;
    auto voting = workspace.evaluator().votingMembers(m_body.id, QDate::currentDate());
    if (!voting) {
        Q_EMIT errorOccurred(voting.error().message);
        return rows;
    }
    // In the order of the members' names, like every other list of them.
    for (const Membership &membership : std::as_const(m_members.memberships)) {
        if (voting->contains(membership.id))
            rows.append(BodySeat{membership.id, tr("member"), true});
    }
    return rows;
}

void SeatTableModel::onRecordsChanged(const QList<RecordKey> &keys)
{
    if (m_body.id <= 0)
        return;
    const Id bodyId = m_body.id;
    const bool relevant = std::any_of(keys.cbegin(), keys.cend(), [bodyId](const RecordKey &key) {
        return (key.kind == RecordKind::Body && key.id == bodyId)
            || key.kind == RecordKind::Membership || key.kind == RecordKind::Organization;
    });
    if (!relevant)
        return;
    const QList<BodySeat> fresh = read();
    const ListSyncSteps steps{[this](int first, int last) { beginRemoveRows({}, first, last); },
                              [this] { endRemoveRows(); },
                              [this](int first, int last) { beginInsertRows({}, first, last); },
                              [this] { endInsertRows(); },
                              [this](int changed) {
                                  Q_EMIT dataChanged(index(changed, 0),
                                                     index(changed, ColumnCount - 1));
                              }};
    if (!syncList(
            m_rows, fresh, [](const BodySeat &seat) { return seat.membershipId; }, steps)) {
        beginResetModel();
        m_rows = fresh;
        endResetModel();
        return;
    }
    // Names and member statuses may have changed without the seats.
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, 0));
}

QString SeatTableModel::memberName(int row) const
{
    return m_members.name(m_rows.at(row).membershipId);
}

int SeatTableModel::rowOf(Id membershipId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).membershipId == membershipId)
            return static_cast<int>(i);
    }
    return -1;
}

int SeatTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SeatTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool SeatTableModel::counts(const BodySeat &seat) const
{
    return whyNotCounted(seat).isEmpty();
}

QString SeatTableModel::whyNotCounted(const BodySeat &seat) const
{
    if (!seat.voting)
        return tr("The seat has no vote.");
    const Membership *membership = m_members.find(seat.membershipId);
    if (!membership)
        return {};
    if (membership->status != MembershipStatus::Active)
        return tr("%1 is %2 in the coalition, so its vote does not count.")
            .arg(m_members.name(seat.membershipId), enumLabel(membership->status).toLower());
    if (membership->kind != MembershipKind::VotingMember)
        return tr("%1 takes part as %2, without a vote in the coalition, so its vote here does "
                  "not count.")
            .arg(m_members.name(seat.membershipId), enumLabel(membership->kind).toLower());
    return {};
}

QVariant SeatTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BodySeat &seat = m_rows.at(index.row());
    const QString why = whyNotCounted(seat);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case MemberColumn: {
            const Membership *membership = m_members.find(seat.membershipId);
            const QString name = m_members.name(seat.membershipId);
            if (role == Qt::DisplayRole && membership
                && membership->status != MembershipStatus::Active)
                return tr("%1 (%2)").arg(name, enumLabel(membership->status).toLower());
            return name;
        }
        case RoleColumn:
            return seat.role;
        case VotingColumn:
            if (role == Qt::EditRole || !isFullMembership())
                return {};
            return tr("Yes");
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (index.column() == VotingColumn && !isFullMembership())
            return seat.voting ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (isFullMembership())
            return tr("Every active voting member sits on the full membership.");
        if (index.column() == RoleColumn)
            return tr("Double-click to change the role");
        return why.isEmpty() ? QVariant() : QVariant(why);
    case Qt::ForegroundRole:
        if (index.column() == MemberColumn && !why.isEmpty() && seat.voting)
            return QColor(0xb0, 0x3a, 0x00);
        return {};
    case MembershipIdRole:
        return seat.membershipId;
    case CountsRole:
        return counts(seat);
    default:
        return {};
    }
}

Qt::ItemFlags SeatTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || isFullMembership() || !m_editor)
        return flags;
    if (index.column() == RoleColumn)
        flags |= Qt::ItemIsEditable;
    else if (index.column() == VotingColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool SeatTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size() || isFullMembership() || !m_editor)
        return false;
    QList<BodySeat> seats = m_body.seats;
    const int at = static_cast<int>(std::find_if(seats.cbegin(), seats.cend(),
                                                 [&](const BodySeat &seat) {
                                                     return seat.membershipId
                                                         == m_rows.at(index.row()).membershipId;
                                                 })
                                    - seats.cbegin());
    if (at >= seats.size())
        return false;
    BodySeat &seat = seats[at];
    const QString member = m_members.name(seat.membershipId);
    QString text;
    if (index.column() == RoleColumn && role == Qt::EditRole) {
        const QString newRole = value.toString().trimmed();
        if (newRole == seat.role)
            return false;
        seat.role = newRole;
        text = tr("Change role of “%1” on %2").arg(member, m_body.name);
    } else if (index.column() == VotingColumn && role == Qt::CheckStateRole) {
        const bool voting = static_cast<Qt::CheckState>(value.toInt()) == Qt::Checked;
        if (voting == seat.voting)
            return false;
        seat.voting = voting;
        text = voting ? tr("Give “%1” a vote on %2").arg(member, m_body.name)
                      : tr("Take the vote of “%1” on %2").arg(member, m_body.name);
    } else {
        return false;
    }
    // The stored seats come back through recordsChanged.
    return m_editor(seats, text);
}

QVariant SeatTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MemberColumn:
        return tr("Member");
    case RoleColumn:
        return tr("Role");
    case VotingColumn:
        return tr("Votes");
    default:
        return {};
    }
}

} // namespace Coalition::Ui
