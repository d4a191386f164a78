// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/conflictlistmodel.h"

#include "session/workspacesession.h"
#include "storage/workspace.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

ConflictListModel::ConflictListModel(WorkspaceSession &session, QObject *parent)
    : OutcomeListModel(session, RecordKind::Conflict, parent)
{ }

void ConflictListModel::reload(bool reset)
{
    QList<Conflict> fresh;
    if (coalitionId() > 0) {
        auto conflicts = session().workspace().conflicts().listForCoalition(coalitionId());
        if (conflicts)
            fresh = *std::move(conflicts);
        else
            Q_EMIT errorOccurred(conflicts.error().message);
    }
    sync(
        m_rows, fresh, [](const Conflict &c) { return c.id; }, reset);
}

int ConflictListModel::rowOf(Id id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

int ConflictListModel::openCount() const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Conflict &c) {
        return c.status == ConflictStatus::Open;
    }));
}

QString ConflictListModel::stepText(EscalationStep step)
{
    const int number = static_cast<int>(step) + 1;
    return tr("%1 (step %2 of 4)").arg(enumLabel(step)).arg(number);
}

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ConflictListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Conflict &conflict = m_rows.at(index.row());
    const bool open = conflict.status == ConflictStatus::Open;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SubjectColumn:
            return QString(conflict.subject + confidentialSuffix(conflict.confidential));
        case PartiesColumn:
            return names().memberList(conflict.parties);
        case RaisedColumn:
            return conflict.raisedOn.isValid()
                ? QLocale().toString(conflict.raisedOn, QLocale::ShortFormat)
                : tr("No date");
        case StatusColumn:
            return enumLabel(conflict.status);
        case StepColumn:
            return stepText(conflict.step);
        case ResolutionColumn:
            if (conflict.status == ConflictStatus::Resolved && conflict.resolvedOn.isValid())
                return tr("%1 (%2)").arg(
                    conflict.resolution.simplified(),
                    QLocale().toString(conflict.resolvedOn, QLocale::ShortFormat));
            return conflict.resolution.simplified();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == SubjectColumn) {
            QStringList lines{conflict.subject};
            if (open)
                lines.append(tr("Open: still to be settled, now at the step “%1”.")
                                 .arg(enumLabel(conflict.step)));
            if (conflict.confidential)
                lines.append(confidentialToolTip());
            return lines.join(u'\n');
        }
        if (index.column() == ResolutionColumn && !conflict.resolution.isEmpty())
            return conflict.resolution;
        return {};
    case Qt::BackgroundRole:
        // Open conflicts stand out: they still need the coordinator's attention.
        return open ? QVariant(QColor(0xff, 0xf1, 0xd6)) : QVariant();
    case Qt::ForegroundRole:
        return open && index.column() == StatusColumn ? QVariant(QColor(0xb0, 0x3a, 0x00))
                                                      : QVariant();
    case Qt::FontRole:
        if ((conflict.confidential && index.column() == SubjectColumn)
            || (open && index.column() == StatusColumn)) {
            QFont font;
            font.setItalic(conflict.confidential && index.column() == SubjectColumn);
            font.setBold(open && index.column() == StatusColumn);
            return font;
        }
        return {};
    case IdRole:
        return conflict.id;
    case ConfidentialRole:
        return conflict.confidential;
    case OpenRole:
        return open;
    default:
        return {};
    }
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubjectColumn:
        return tr("Conflict");
    case PartiesColumn:
        return tr("Parties");
    case RaisedColumn:
        return tr("Raised");
    case StatusColumn:
        return tr("Status");
    case StepColumn:
        return tr("Step");
    case ResolutionColumn:
        return tr("Resolution");
    default:
        return {};
    }
}

} // namespace Coalition::Ui
