// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/successlistmodel.h"

#include "session/workspacesession.h"
#include "storage/workspace.h"

#include <QFont>
#include <QLocale>

namespace Coalition::Ui {

SuccessListModel::SuccessListModel(WorkspaceSession &session, QObject *parent)
    : OutcomeListModel(session, RecordKind::Success, parent)
{ }

void SuccessListModel::reload(bool reset)
{
    QList<Success> fresh;
    if (coalitionId() > 0) {
        auto successes = session().workspace().successes().listForCoalition(coalitionId());
        if (successes)
            fresh = *std::move(successes);
        else
            Q_EMIT errorOccurred(successes.error().message);
    }
    sync(
        m_rows, fresh, [](const Success &s) { return s.id; }, reset);
}

int SuccessListModel::rowOf(Id id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

int SuccessListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SuccessListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SuccessListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Success &success = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return QString(success.title + confidentialSuffix(success.confidential));
        case DateColumn:
            return success.achievedOn.isValid()
                ? QLocale().toString(success.achievedOn, QLocale::ShortFormat)
                : tr("No date");
        case CreditedColumn:
            return names().memberList(success.credited);
        case GroupColumn:
            return names().groupAndGoal(success.groupId, success.goalId);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn) {
            QString tip = success.text.isEmpty() ? success.title : success.text;
            if (success.confidential)
                tip += u'\n' + confidentialToolTip();
            return tip;
        }
        if (index.column() == CreditedColumn)
            return tr("Credit is shared by: %1").arg(names().memberList(success.credited));
        return {};
    case Qt::FontRole:
        if (success.confidential && index.column() == TitleColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case IdRole:
        return success.id;
    case ConfidentialRole:
        return success.confidential;
    case OpenRole:
        return false;
    default:
        return {};
    }
}

QVariant SuccessListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Success");
    case DateColumn:
        return tr("Achieved");
    case CreditedColumn:
        return tr("Credited");
    case GroupColumn:
        return tr("Group and goal");
    default:
        return {};
    }
}

} // namespace Coalition::Ui
