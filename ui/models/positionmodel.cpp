// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/positionmodel.h"

#include "session/workspacesession.h"
#include "storage/workspace.h"

#include <QCollator>
#include <QColor>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

PositionModel::PositionModel(WorkspaceSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(&session, &WorkspaceSession::recordsChanged, this, &PositionModel::onRecordsChanged);
}

void PositionModel::setDecision(Id decisionId)
{
    beginResetModel();
    m_decision = Decision{};
    m_decision.id = decisionId;
    m_rows.clear();
    endResetModel();
    reload();
}

void PositionModel::onRecordsChanged(const QList<RecordKey> &keys)
{
    if (m_decision.id <= 0)
        return;
    for (const RecordKey &key : keys) {
        const bool relevant = (key.kind == RecordKind::Decision && key.id == m_decision.id)
            || (key.kind == RecordKind::Meeting && key.id == m_decision.meetingId)
            || key.kind == RecordKind::Membership || key.kind == RecordKind::Organization
            || key.kind == RecordKind::Body || key.kind == RecordKind::Procedure
            || key.kind == RecordKind::Coalition;
        if (relevant) {
            reload();
            return;
        }
    }
}

void PositionModel::reload()
{
    Workspace &workspace = m_session.workspace();
    const Id decisionId = m_decision.id;
    auto decision = decisionId > 0 ? workspace.decisions().get(decisionId)
                                   : Result<Decision>(Error{{}, {}, {}});
    auto meeting = decision ? workspace.meetings().get(decision->meetingId)
                            : Result<Meeting>(decision.error());
    auto body = meeting ? workspace.bodies().get(meeting->bodyId) : Result<Body>(meeting.error());
    auto members = body ? workspace.memberships().listForCoalition(body->coalitionId)
                        : Result<QList<Membership>>(body.error());
    if (!members) {
        beginResetModel();
        m_rows.clear();
        m_decision = Decision{};
        m_decision.id = decisionId;
        endResetModel();
        if (decisionId > 0 && decision)
            Q_EMIT errorOccurred(
                tr("The positions could not be read: %1").arg(members.error().message));
        return;
    }
    m_decision = *std::move(decision);

    // The members the tally counts: through the facts it uses, or, for a
    // body with no procedure yet, its voting members on the meeting's date.
    QList<Id> voting;
    auto facts = workspace.evaluator().facts(m_decision);
    if (facts && *facts) {
        voting = (*facts)->votingMembers;
    } else {
        auto seated = workspace.evaluator().votingMembers(body->id, meeting->startsAt.date());
        voting = seated ? *seated : QList<Id>{};
    }
    QHash<Id, QString> names;
    for (const Membership &membership : std::as_const(*members)) {
        if (auto organization = workspace.organizations().get(membership.organizationId))
            names.insert(membership.id, organization->name);
    }
    QSet<Id> present;
    for (const Attendance &attendance : std::as_const(meeting->attendance))
        present.insert(attendance.membershipId);

    QList<Row> rows;
    QList<Id> ids = voting;
    for (const MemberPosition &position : std::as_const(m_decision.positions)) {
        if (!ids.contains(position.membershipId))
            ids.append(position.membershipId);
    }
    for (Id id : std::as_const(ids)) {
        Row row;
        row.membershipId = id;
        row.organization = names.value(id, tr("Member %1").arg(id));
        row.voting = voting.contains(id);
        row.present = present.contains(id);
        for (const MemberPosition &position : std::as_const(m_decision.positions)) {
            if (position.membershipId == id)
                row.position = position.position;
        }
        rows.append(row);
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(rows.begin(), rows.end(), [&collator](const Row &a, const Row &b) {
        if (a.voting != b.voting)
            return a.voting;
        const int order = collator.compare(a.organization, b.organization);
        return order != 0 ? order < 0 : a.membershipId < b.membershipId;
    });

    bool same = rows.size() == m_rows.size();
    for (qsizetype i = 0; same && i < rows.size(); ++i)
        same = rows.at(i).membershipId == m_rows.at(i).membershipId;
    if (same) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
}

int PositionModel::rowOf(Id membershipId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).membershipId == membershipId)
            return static_cast<int>(i);
    }
    return -1;
}

QList<MemberPosition> PositionModel::withPresentAgreeing() const
{
    QList<MemberPosition> positions = m_decision.positions;
    for (const Row &row : m_rows) {
        if (row.voting && row.present && row.position == VotePosition::Absent)
            positions.append({row.membershipId, VotePosition::Yes});
    }
    std::sort(positions.begin(), positions.end(),
              [](const MemberPosition &a, const MemberPosition &b) {
                  return a.membershipId < b.membershipId;
              });
    return positions;
}

int PositionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PositionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PositionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case OrganizationColumn:
            return row.voting ? row.organization
                              : tr("%1 (does not vote here)").arg(row.organization);
        case PresentColumn:
            return row.present ? tr("Present") : tr("Not marked present");
        case PositionColumn:
            return row.position == VotePosition::Absent ? tr("—") : enumLabel(row.position);
        default:
            return {};
        }
    case Qt::EditRole:
        if (index.column() == PositionColumn)
            return static_cast<int>(row.position);
        return data(index, Qt::DisplayRole);
    case Qt::ForegroundRole:
        if (index.column() == PositionColumn) {
            switch (row.position) {
            case VotePosition::Yes:
                return QColor(0x1e, 0x7b, 0x34);
            case VotePosition::No:
            case VotePosition::Block:
                return QColor(0xb0, 0x00, 0x20);
            default:
                return {};
            }
        }
        if (!row.voting || (index.column() == PresentColumn && !row.present))
            return QColor(0x5f, 0x63, 0x68);
        return {};
    case Qt::ToolTipRole:
        if (!row.voting)
            return tr("%1 is not a voting member of this body on the meeting's date; its "
                      "position is recorded but not counted.")
                .arg(row.organization);
        if (index.column() == PositionColumn)
            return tr("Choose the position of %1; “—” means none was recorded.")
                .arg(row.organization);
        if (index.column() == PresentColumn && !row.present)
            return tr("A position recorded for a member not marked present counts it present.");
        return {};
    case MembershipIdRole:
        return row.membershipId;
    case VotingRole:
        return row.voting;
    case PresentRole:
        return row.present;
    case PositionRole:
        return static_cast<int>(row.position);
    case ChoiceLabelsRole: {
        QStringList labels;
        for (const auto &entry : enumEntries<VotePosition>())
            labels.append(entry.value == VotePosition::Absent ? tr("Absent (no position)")
                                                              : enumLabel(entry.value));
        return labels;
    }
    case ChoiceValuesRole: {
        QVariantList values;
        for (const auto &entry : enumEntries<VotePosition>())
            values.append(static_cast<int>(entry.value));
        return values;
    }
    default:
        return {};
    }
}

bool PositionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != PositionColumn || role != Qt::EditRole)
        return false;
    const Row &row = m_rows.at(index.row());
    bool ok = false;
    const int wanted = value.toInt(&ok);
    if (!ok || enumKey(static_cast<VotePosition>(wanted)).isEmpty())
        return false;
    const auto position = static_cast<VotePosition>(wanted);
    if (position == row.position)
        return false;
    const QString text = position == VotePosition::Absent
        ? tr("Clear the position of “%1” on “%2”").arg(row.organization, m_decision.title)
        : tr("Record “%1” as %2 on “%3”")
              .arg(row.organization, enumLabel(position).toLower(), m_decision.title);
    Q_EMIT positionChangeRequested(m_decision.id, row.membershipId, position, text);
    return true;
}

Qt::ItemFlags PositionModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == PositionColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant PositionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OrganizationColumn:
        return tr("Member organization");
    case PresentColumn:
        return tr("Attendance");
    case PositionColumn:
        return tr("Position");
    default:
        return {};
    }
}

} // namespace Coalition::Ui
