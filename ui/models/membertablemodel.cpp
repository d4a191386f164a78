// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/membertablemodel.h"

#include "domain/membershiprules.h"
#include "models/memberdisplay.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"

#include <QBrush>
#include <QColor>
#include <QSet>

namespace Coalition::Ui {

namespace {

// A soft amber that reads on light and dark themes, with dark text on it.
const QColor OverdueTint(0xfb, 0xe3, 0xb0);
const QColor OverdueText(0x21, 0x21, 0x21);

} // namespace

MemberTableModel::MemberTableModel(WorkspaceSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(&session, &WorkspaceSession::recordsChanged, this, &MemberTableModel::onRecordsChanged);
}

void MemberTableModel::setCoalition(Id coalitionId)
{
    beginResetModel();
    m_coalitionId = coalitionId;
    m_rows.clear();
    m_organizationNames.clear();
    m_personNames.clear();
    if (coalitionId > 0) {
        auto members = m_session.workspace().memberships().listForCoalition(coalitionId);
        if (members) {
            m_rows = *std::move(members);
            for (const Membership &membership : std::as_const(m_rows))
                rememberNames(membership);
        } else {
            Q_EMIT errorOccurred(members.error().message);
        }
    }
    endResetModel();
}

QString MemberTableModel::organizationName(int row) const
{
    return m_organizationNames.value(m_rows.at(row).organizationId);
}

QString MemberTableModel::representativeName(int row) const
{
    return personName(m_rows.at(row).representativeId);
}

QString MemberTableModel::personName(std::optional<Id> id) const
{
    return id ? m_personNames.value(*id) : QString();
}

int MemberTableModel::rowOf(Id membershipId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == membershipId)
            return static_cast<int>(i);
    }
    return -1;
}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Membership &m = m_rows.at(row);
    const bool duesColumn = index.column() == DuesColumn;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(m, row, index.column());
    case Qt::ToolTipRole:
        if (duesColumn)
            return MemberDisplay::duesToolTip(m, QDate::currentDate());
        if (index.column() == ContributionsColumn && !m.contributions.isEmpty())
            return MemberDisplay::contributions(m.contributions);
        if (index.column() == StatusColumn && !m.history.isEmpty())
            return tr("Since %1").arg(MemberDisplay::date(m.history.constLast().on));
        return {};
    case Qt::BackgroundRole:
        if (duesColumn && MembershipRules::isDuesOverdue(m, QDate::currentDate()))
            return QBrush(OverdueTint);
        return {};
    case Qt::ForegroundRole:
        if (duesColumn && MembershipRules::isDuesOverdue(m, QDate::currentDate()))
            return QBrush(OverdueText);
        return {};
    case MembershipIdRole:
        return m.id;
    case SortRole:
        return sortData(m, row, index.column());
    case StatusRole:
        return static_cast<int>(m.status);
    case DuesOverdueRole:
        return MembershipRules::isDuesOverdue(m, QDate::currentDate());
    default:
        return {};
    }
}

QVariant MemberTableModel::displayData(const Membership &m, int row, int column) const
{
    switch (column) {
    case OrganizationColumn:
        return organizationName(row);
    case StatusColumn:
        return enumLabel(m.status);
    case KindColumn:
        return enumLabel(m.kind);
    case RepresentativeColumn:
        return personName(m.representativeId);
    case AlternateColumn:
        return personName(m.alternateId);
    case JoinedColumn:
        return MemberDisplay::date(m.joinedOn);
    case DuesColumn:
        if (m.duesCents <= 0)
            return tr("No dues");
        if (!m.duesPaidThrough.isValid())
            return tr("Not paid");
        return MemberDisplay::date(m.duesPaidThrough);
    case ContributionsColumn:
        return MemberDisplay::contributions(m.contributions);
    }
    return {};
}

QVariant MemberTableModel::sortData(const Membership &m, int row, int column) const
{
    switch (column) {
    case StatusColumn:
        return static_cast<int>(m.status);
    case KindColumn:
        return static_cast<int>(m.kind);
    case JoinedColumn:
        return m.joinedOn;
    case DuesColumn:
        return m.duesCents > 0 ? m.duesPaidThrough : QDate();
    default:
        return displayData(m, row, column);
    }
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == DuesColumn)
        return tr("The date up to which the member's dues are paid; overdue dues are highlighted");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrganizationColumn:
        return tr("Organization");
    case StatusColumn:
        return tr("Status");
    case KindColumn:
        return tr("Kind");
    case RepresentativeColumn:
        return tr("Representative");
    case AlternateColumn:
        return tr("Alternate");
    case JoinedColumn:
        return tr("Joined");
    case DuesColumn:
        return tr("Dues paid to");
    case ContributionsColumn:
        return tr("Contributions");
    }
    return {};
}

void MemberTableModel::onRecordsChanged(const QList<RecordKey> &keys)
{
    if (m_coalitionId <= 0)
        return;
    // Names first, so that a membership read again below shows them.
    QSet<Id> memberships;
    for (const RecordKey &key : keys) {
        switch (key.kind) {
        case RecordKind::Organization:
            refreshOrganizationName(key.id);
            break;
        case RecordKind::Person:
            refreshPersonName(key.id);
            break;
        case RecordKind::Membership:
            memberships.insert(key.id);
            break;
        default: // other kinds show nothing in this table
            break;
        }
    }
    for (const RecordKey &key : keys) {
        if (key.kind == RecordKind::Membership && memberships.remove(key.id))
            refreshMembership(key.id);
    }
}

void MemberTableModel::refreshMembership(Id id)
{
    auto fetched = m_session.workspace().memberships().get(id);
    const bool belongs = fetched && fetched->coalitionId == m_coalitionId;
    const int row = rowOf(id);
    if (belongs) {
        rememberNames(*fetched);
        if (row >= 0) {
            m_rows[row] = *std::move(fetched);
            emitRowChanged(row);
        } else {
            const int at = static_cast<int>(m_rows.size());
            beginInsertRows({}, at, at);
            m_rows.append(*std::move(fetched));
            endInsertRows();
        }
    } else if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
}

void MemberTableModel::refreshOrganizationName(Id id)
{
    if (!m_organizationNames.contains(id))
        return;
    auto organization = m_session.workspace().organizations().get(id);
    if (!organization) {
        // Gone: its memberships are among the changed records too.
        m_organizationNames.remove(id);
        return;
    }
    m_organizationNames.insert(id, organization->name);
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).organizationId == id)
            emitRowChanged(static_cast<int>(i));
    }
}

void MemberTableModel::refreshPersonName(Id id)
{
    if (!m_personNames.contains(id))
        return;
    auto person = m_session.workspace().people().get(id);
    if (!person) {
        m_personNames.remove(id);
        return;
    }
    m_personNames.insert(id, person->name);
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Membership &m = m_rows.at(i);
        if (m.representativeId == id || m.alternateId == id)
            emitRowChanged(static_cast<int>(i));
    }
}

void MemberTableModel::rememberNames(const Membership &membership)
{
    Workspace &workspace = m_session.workspace();
    if (!m_organizationNames.contains(membership.organizationId)) {
        if (auto organization = workspace.organizations().get(membership.organizationId))
            m_organizationNames.insert(membership.organizationId, organization->name);
    }
    for (const std::optional<Id> &personId :
         {membership.representativeId, membership.alternateId}) {
        if (personId && !m_personNames.contains(*personId)) {
            if (auto person = workspace.people().get(*personId))
                m_personNames.insert(*personId, person->name);
        }
    }
}

void MemberTableModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace Coalition::Ui
