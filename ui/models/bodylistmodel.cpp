// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/bodylistmodel.h"

#include "models/listsync.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"

#include <QColor>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

BodyListModel::BodyListModel(WorkspaceSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(&session, &WorkspaceSession::recordsChanged, this, &BodyListModel::onRecordsChanged);
}

void BodyListModel::setCoalition(Id coalitionId)
{
    beginResetModel();
    m_coalitionId = coalitionId;
    m_rows = read();
    endResetModel();
}

QList<BodyListModel::Row> BodyListModel::read()
{
    QList<Row> rows;
    m_names = {};
    if (m_coalitionId <= 0)
        return rows;
    Workspace &workspace = m_session.workspace();
    auto bodies = workspace.bodies().listForCoalition(m_coalitionId);
    auto procedures = workspace.procedures().listForCoalition(m_coalitionId);
    auto coalition = workspace.coalitions().get(m_coalitionId);
    const Error *failed = !bodies ? &bodies.error()
        : !procedures             ? &procedures.error()
        : !coalition              ? &coalition.error()
                                  : nullptr;
    if (failed) {
        Q_EMIT errorOccurred(failed->message);
        return rows;
    }
    if (coalition->leadOrganizationId) {
        if (auto lead = workspace.organizations().get(*coalition->leadOrganizationId))
            m_names.lead = lead->name;
    }
    const QDate today = QDate::currentDate();
    for (const Body &body : std::as_const(*bodies)) {
        m_names.bodies.insert(body.id, body.name);
        Row row{body, std::nullopt, 0};
        for (const DecisionProcedure &procedure : std::as_const(*procedures)) {
            if (procedure.bodyId == body.id)
                row.procedure = procedure;
        }
        if (auto voting = workspace.evaluator().votingMembers(body.id, today))
            row.votingMembers = static_cast<int>(voting->size());
        rows.append(row);
    }
    return rows;
}

void BodyListModel::onRecordsChanged(const QList<RecordKey> &keys)
{
    // Seats count active voting members; procedures name other bodies and
    // the lead organization.
    const bool relevant = std::any_of(keys.cbegin(), keys.cend(), [](const RecordKey &key) {
        switch (key.kind) {
        case RecordKind::Body:
        case RecordKind::Procedure:
        case RecordKind::Membership:
        case RecordKind::Coalition:
        case RecordKind::Organization:
            return true;
        default:
            return false;
        }
    });
    if (!relevant || m_coalitionId <= 0)
        return;
    const QList<Row> fresh = read();
    const ListSyncSteps steps{[this](int first, int last) { beginRemoveRows({}, first, last); },
                              [this] { endRemoveRows(); },
                              [this](int first, int last) { beginInsertRows({}, first, last); },
                              [this] { endInsertRows(); },
                              [this](int changed) {
                                  Q_EMIT dataChanged(index(changed, 0),
                                                     index(changed, ColumnCount - 1));
                              }};
    if (!syncList(
            m_rows, fresh, [](const Row &row) { return row.body.id; }, steps)) {
        beginResetModel();
        m_rows = fresh;
        endResetModel();
        return;
    }
    // A renamed body or lead changes the summaries that name it.
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ProcedureColumn),
                           index(static_cast<int>(m_rows.size()) - 1, ProcedureColumn));
}

const BodyListModel::Row *BodyListModel::find(Id bodyId) const
{
    const int at = rowOf(bodyId);
    return at < 0 ? nullptr : &m_rows.at(at);
}

int BodyListModel::rowOf(Id bodyId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).body.id == bodyId)
            return static_cast<int>(i);
    }
    return -1;
}

int BodyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BodyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BodyListModel::seatsText(const Row &row)
{
    if (row.body.kind == BodyKind::FullMembership)
        return row.votingMembers == 1 ? tr("The 1 voting member")
                                      : tr("All %1 voting members").arg(row.votingMembers);
    const auto seats = row.body.seats.size();
    if (seats == 0)
        return tr("No seats yet");
    if (seats == 1)
        return row.votingMembers == 1 ? tr("1 seat, voting") : tr("1 seat, not voting");
    return tr("%1 seats, %2 voting").arg(seats).arg(row.votingMembers);
}

QVariant BodyListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return role == Qt::ToolTipRole && !row.body.purpose.isEmpty() ? row.body.purpose
                                                                          : row.body.name;
        case KindColumn:
            return enumLabel(row.body.kind);
        case SeatsColumn:
            return seatsText(row);
        case ProcedureColumn:
            if (!row.procedure)
                return role == Qt::ToolTipRole
                    ? tr("No decision procedure yet: the decisions of this body cannot be "
                         "counted until you record how it decides.")
                    : tr("No procedure yet");
            return ProcedureDisplay::summary(*row.procedure, m_names);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == ProcedureColumn && !row.procedure)
            return QColor(0xb0, 0x3a, 0x00);
        return {};
    case BodyIdRole:
        return row.body.id;
    case KindRole:
        return static_cast<int>(row.body.kind);
    case HasProcedureRole:
        return row.procedure.has_value();
    case VotingMembersRole:
        return row.votingMembers;
    default:
        return {};
    }
}

QVariant BodyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Body");
    case KindColumn:
        return tr("Kind");
    case SeatsColumn:
        return tr("Seats");
    case ProcedureColumn:
        return tr("Decides by");
    default:
        return {};
    }
}

} // namespace Coalition::Ui
