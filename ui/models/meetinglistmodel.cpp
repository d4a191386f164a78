// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/meetinglistmodel.h"

#include "models/meetingdisplay.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"

#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

bool newerFirst(const Meeting &a, const Meeting &b)
{
    if (a.startsAt != b.startsAt)
        return a.startsAt > b.startsAt;
    return a.id > b.id;
}

} // namespace

MeetingListModel::MeetingListModel(WorkspaceSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(&session, &WorkspaceSession::recordsChanged, this, &MeetingListModel::onRecordsChanged);
}

void MeetingListModel::setCoalition(Id coalitionId)
{
    m_coalitionId = coalitionId;
    m_bodyFilter = 0;
    reload();
}

void MeetingListModel::setBodyFilter(Id bodyId)
{
    if (bodyId == m_bodyFilter)
        return;
    m_bodyFilter = bodyId;
    reload();
}

void MeetingListModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString MeetingListModel::bodyName(Id bodyId) const
{
    for (const Body &body : m_bodies) {
        if (body.id == bodyId)
            return body.name;
    }
    return {};
}

int MeetingListModel::rowOf(Id meetingId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).meeting.id == meetingId)
            return static_cast<int>(i);
    }
    return -1;
}

bool MeetingListModel::isUpcoming(const Meeting &meeting) const
{
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTime();
    return meeting.startsAt > now;
}

void MeetingListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_bodies.clear();
    m_allMeetings.clear();
    if (m_coalitionId > 0) {
        Workspace &workspace = m_session.workspace();
        auto bodies = workspace.bodies().listForCoalition(m_coalitionId);
        auto meetings = workspace.meetings().listForCoalition(m_coalitionId);
        auto decisions = workspace.decisions().listForCoalition(m_coalitionId);
        if (!bodies || !meetings || !decisions) {
            const Error error
                = !bodies ? bodies.error() : (!meetings ? meetings.error() : decisions.error());
            endResetModel();
            Q_EMIT errorOccurred(tr("The meetings could not be read: %1").arg(error.message));
            return;
        }
        m_bodies = *std::move(bodies);
        QHash<Id, int> counts;
        for (const Decision &decision : std::as_const(*decisions))
            ++counts[decision.meetingId];
        for (const Meeting &meeting : std::as_const(*meetings)) {
            m_allMeetings.insert(meeting.id);
            if (m_bodyFilter == 0 || meeting.bodyId == m_bodyFilter)
                m_rows.append({meeting, counts.value(meeting.id)});
        }
        std::sort(m_rows.begin(), m_rows.end(),
                  [](const Row &a, const Row &b) { return newerFirst(a.meeting, b.meeting); });
    }
    endResetModel();
}

int MeetingListModel::insertionRow(const Meeting &meeting) const
{
    int row = 0;
    while (row < m_rows.size() && newerFirst(m_rows.at(row).meeting, meeting))
        ++row;
    return row;
}

void MeetingListModel::onRecordsChanged(const QList<RecordKey> &keys)
{
    if (m_coalitionId <= 0)
        return;
    // A body renamed, added or removed, or a coalition change, changes what
    // the list holds: read it again. Meetings and decisions are followed alone.
    QList<Id> meetings;
    bool decisions = false;
    for (const RecordKey &key : keys) {
        switch (key.kind) {
        case RecordKind::Body:
        case RecordKind::Coalition:
            reload();
            return;
        case RecordKind::Meeting:
            meetings.append(key.id);
            break;
        case RecordKind::Decision:
            decisions = true;
            break;
        default:
            break;
        }
    }
    for (Id id : std::as_const(meetings))
        refreshMeeting(id);
    if (decisions)
        recountDecisions();
}

void MeetingListModel::refreshMeeting(Id id)
{
    auto fetched = m_session.workspace().meetings().get(id);
    const bool ours = fetched && !bodyName(fetched->bodyId).isEmpty();
    int row = rowOf(id);
    if (ours)
        m_allMeetings.insert(id);
    else
        m_allMeetings.remove(id);
    const bool shown = ours && (m_bodyFilter == 0 || fetched->bodyId == m_bodyFilter);
    if (row >= 0 && (!shown || fetched->startsAt != m_rows.at(row).meeting.startsAt)) {
        beginRemoveRows({}, row, row);
        const int decisions = m_rows.at(row).decisions;
        m_rows.removeAt(row);
        endRemoveRows();
        if (!shown)
            return;
        const int at = insertionRow(*fetched);
        beginInsertRows({}, at, at);
        m_rows.insert(at, {*fetched, decisions});
        endInsertRows();
        return;
    }
    if (!shown)
        return;
    if (row >= 0) {
        m_rows[row].meeting = *std::move(fetched);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = insertionRow(*fetched);
    beginInsertRows({}, at, at);
    m_rows.insert(at, {*fetched, 0});
    endInsertRows();
    recountDecisions();
}

void MeetingListModel::recountDecisions()
{
    auto decisions = m_session.workspace().decisions().listForCoalition(m_coalitionId);
    if (!decisions) {
        Q_EMIT errorOccurred(
            tr("The decisions could not be counted: %1").arg(decisions.error().message));
        return;
    }
    QHash<Id, int> counts;
    for (const Decision &decision : std::as_const(*decisions))
        ++counts[decision.meetingId];
    for (int row = 0; row < m_rows.size(); ++row) {
        const int count = counts.value(m_rows.at(row).meeting.id);
        if (count != m_rows.at(row).decisions) {
            m_rows[row].decisions = count;
            Q_EMIT dataChanged(index(row, DecisionsColumn), index(row, DecisionsColumn));
        }
    }
}

int MeetingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MeetingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Meeting &meeting = row.meeting;
    const bool upcoming = isUpcoming(meeting);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return MeetingDisplay::dateTime(meeting.startsAt);
        case BodyColumn:
            return bodyName(meeting.bodyId);
        case LocationColumn:
            return meeting.location;
        case DecisionsColumn:
            return row.decisions;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (upcoming)
            return tr("Upcoming: this meeting has not taken place yet.");
        if (index.column() == DecisionsColumn)
            return row.decisions == 1
                ? tr("1 decision taken or proposed at this meeting")
                : tr("%n decisions taken or proposed at this meeting", nullptr, row.decisions);
        return {};
    case Qt::FontRole:
        if (upcoming) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        // Upcoming meetings stand out in the accent colour of the icons.
        return upcoming ? QVariant(QColor(0x3b, 0x6e, 0xa5)) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == DecisionsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case MeetingIdRole:
        return meeting.id;
    case BodyIdRole:
        return meeting.bodyId;
    case UpcomingRole:
        return upcoming;
    default:
        return {};
    }
}

QVariant MeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("Date and time");
    case BodyColumn:
        return tr("Body");
    case LocationColumn:
        return tr("Location");
    case DecisionsColumn:
        return tr("Decisions");
    default:
        return {};
    }
}

} // namespace Coalition::Ui
