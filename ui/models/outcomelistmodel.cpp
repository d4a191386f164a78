// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/outcomelistmodel.h"

#include "session/workspacesession.h"

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

OutcomeListModel::OutcomeListModel(WorkspaceSession &session, RecordKind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_kind(kind)
{
    connect(&session, &WorkspaceSession::recordsChanged, this, &OutcomeListModel::onRecordsChanged);
}

void OutcomeListModel::setCoalition(Id coalitionId)
{
    m_coalitionId = coalitionId;
    loadNames();
    reload(true);
}

void OutcomeListModel::loadNames()
{
    auto names = OutcomeNames::load(m_session.workspace(), m_coalitionId);
    if (!names) {
        m_names = {};
        Q_EMIT errorOccurred(names.error().message);
        return;
    }
    m_names = *std::move(names);
}

void OutcomeListModel::onRecordsChanged(const QList<RecordKey> &keys)
{
    if (m_coalitionId <= 0)
        return;
    bool own = false;
    bool named = false;
    for (const RecordKey &key : keys) {
        own |= key.kind == m_kind;
        switch (key.kind) {
        case RecordKind::Organization:
        case RecordKind::Membership:
        case RecordKind::ActionGroup:
        case RecordKind::Goal:
        case RecordKind::ActionPlan:
        case RecordKind::Coalition:
            named = true;
            break;
        default:
            break;
        }
    }
    if (named)
        loadNames();
    // Removing a member, group or goal can change the records that named it.
    if (own || named)
        reload(false);
    if (named && rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QString OutcomeListModel::confidentialSuffix(bool confidential)
{
    return confidential ? tr(" (confidential)") : QString();
}

QString OutcomeListModel::confidentialToolTip()
{
    return tr("Confidential: reports and exports leave this record out unless asked to "
              "include confidential records.");
}

} // namespace Coalition::Ui
