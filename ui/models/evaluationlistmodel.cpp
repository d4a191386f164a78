// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/evaluationlistmodel.h"

#include "session/workspacesession.h"
#include "storage/workspace.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

EvaluationListModel::EvaluationListModel(WorkspaceSession &session, QObject *parent)
    : OutcomeListModel(session, RecordKind::Evaluation, parent)
{ }

void EvaluationListModel::reload(bool reset)
{
    QList<Evaluation> fresh;
    if (coalitionId() > 0) {
        auto evaluations = session().workspace().evaluations().listForCoalition(coalitionId());
        if (evaluations)
            fresh = *std::move(evaluations);
        else
            Q_EMIT errorOccurred(evaluations.error().message);
    }
    sync(
        m_rows, fresh, [](const Evaluation &e) { return e.id; }, reset);
}

int EvaluationListModel::rowOf(Id id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

int EvaluationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EvaluationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvaluationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Evaluation &evaluation = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ActivityColumn:
            return QString(evaluation.activity + confidentialSuffix(evaluation.confidential));
        case DateColumn:
            return evaluation.on.isValid() ? QLocale().toString(evaluation.on, QLocale::ShortFormat)
                                           : tr("No date");
        case MethodColumn:
            return enumLabel(evaluation.method);
        case ScoreColumn:
            return evaluation.score ? tr("%1 / 100").arg(*evaluation.score) : tr("No score");
        case FindingsColumn:
            return evaluation.findings.simplified();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ActivityColumn) {
            QStringList lines{evaluation.activity};
            if (evaluation.groupId)
                lines.append(tr("Group: %1").arg(names().groups.value(*evaluation.groupId)));
            if (evaluation.planId)
                lines.append(tr("Plan: %1").arg(names().plans.value(*evaluation.planId)));
            if (evaluation.confidential)
                lines.append(confidentialToolTip());
            return lines.join(u'\n');
        }
        if (index.column() == FindingsColumn && !evaluation.findings.isEmpty())
            return evaluation.findings;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ScoreColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (evaluation.confidential && index.column() == ActivityColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case IdRole:
        return evaluation.id;
    case ConfidentialRole:
        return evaluation.confidential;
    case OpenRole:
        return false;
    default:
        return {};
    }
}

QVariant EvaluationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ActivityColumn:
        return tr("Activity");
    case DateColumn:
        return tr("Date");
    case MethodColumn:
        return tr("Method");
    case ScoreColumn:
        return tr("Score");
    case FindingsColumn:
        return tr("Findings");
    default:
        return {};
    }
}

} // namespace Coalition::Ui
