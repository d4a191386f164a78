// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/decisionlistmodel.h"

#include "models/meetingdisplay.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

DecisionListModel::DecisionListModel(WorkspaceSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(&session, &WorkspaceSession::recordsChanged, this,
            &DecisionListModel::onRecordsChanged);
}

void DecisionListModel::setMeeting(Id meetingId)
{
    beginResetModel();
    m_meetingId = meetingId;
    m_rows.clear();
    endResetModel();
    reload();
}

void DecisionListModel::onRecordsChanged(const QList<RecordKey> &keys)
{
    if (m_meetingId <= 0)
        return;
    for (const RecordKey &key : keys) {
        if (key.kind == RecordKind::Decision
            || (key.kind == RecordKind::Meeting && key.id == m_meetingId)) {
            reload();
            return;
        }
    }
}

void DecisionListModel::reload()
{
    QList<Decision> rows;
    if (m_meetingId > 0) {
        auto decisions = m_session.workspace().decisions().listForMeeting(m_meetingId);
        if (!decisions) {
            Q_EMIT errorOccurred(
                tr("The decisions could not be read: %1").arg(decisions.error().message));
        } else {
            rows = *std::move(decisions);
        }
    }
    // The same decisions in the same order keep the selection.
    bool same = rows.size() == m_rows.size();
    for (qsizetype i = 0; same && i < rows.size(); ++i)
        same = rows.at(i).id == m_rows.at(i).id;
    if (same) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int DecisionListModel::rowOf(Id decisionId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == decisionId)
            return static_cast<int>(i);
    }
    return -1;
}

int DecisionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DecisionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecisionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Decision &decision = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return decision.title;
        case AreaColumn:
            return enumLabel(decision.area);
        case OutcomeColumn:
            return MeetingDisplay::outcomeHeadline(decision.outcome);
        case StatusColumn:
            return enumLabel(decision.status);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == OutcomeColumn)
            return MeetingDisplay::outcomeColor(decision.outcome);
        return {};
    case Qt::FontRole:
        if (index.column() == StatusColumn && decision.status == DecisionStatus::Superseded) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == OutcomeColumn)
            return decision.reasons.join(u'\n');
        if (index.column() == TitleColumn && !decision.text.isEmpty())
            return decision.text;
        return {};
    case DecisionIdRole:
        return decision.id;
    case OutcomeRole:
        return static_cast<int>(decision.outcome);
    case StatusRole:
        return static_cast<int>(decision.status);
    default:
        return {};
    }
}

QVariant DecisionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Decision");
    case AreaColumn:
        return tr("Area");
    case OutcomeColumn:
        return tr("Outcome");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace Coalition::Ui
