// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/warningmodel.h"

#include <QApplication>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

WarningModel::WarningModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void WarningModel::setWarnings(const QList<ProceduralWarning> &warnings)
{
    if (warnings == m_warnings)
        return;
    // Most refreshes change nothing or one warning's reasons; a list of the
    // same length and kinds is updated in place, so that the tree keeps what
    // the user opened and selected.
    bool sameShape = warnings.size() == m_warnings.size();
    for (qsizetype i = 0; sameShape && i < warnings.size(); ++i)
        sameShape = warnings.at(i).kind == m_warnings.at(i).kind
            && warnings.at(i).reasons.size() == m_warnings.at(i).reasons.size();
    if (!sameShape) {
        beginResetModel();
        m_warnings = warnings;
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < warnings.size(); ++i) {
        if (warnings.at(i) == m_warnings.at(i))
            continue;
        m_warnings[i] = warnings.at(i);
        const QModelIndex warning = index(static_cast<int>(i), 0);
        Q_EMIT dataChanged(warning, warning);
        const int reasons = rowCount(warning);
        if (reasons > 0)
            Q_EMIT dataChanged(index(0, 0, warning), index(reasons - 1, 0, warning));
    }
}

const ProceduralWarning *WarningModel::warningAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const qsizetype row
        = index.internalId() == 0 ? index.row() : static_cast<qsizetype>(index.internalId()) - 1;
    return row >= 0 && row < m_warnings.size() ? &m_warnings.at(row) : nullptr;
}

QIcon WarningModel::iconFor(CheckKind kind)
{
    switch (kind) {
    case CheckKind::MissingNotice:
    case CheckKind::OutsideAreas:
    case CheckKind::NoQuorum:
    case CheckKind::NoProcedure:
    case CheckKind::ReopeningConditions:
        // A decision whose validity is in doubt.
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case CheckKind::MissingRepresentative:
        return QIcon(u":/coalition/icons/people.svg"_s);
    case CheckKind::MissingKeyArea:
    case CheckKind::RuleReviewDue:
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

QModelIndex WarningModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex WarningModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int WarningModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_warnings.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return static_cast<int>(m_warnings.at(parent.row()).reasons.size());
}

int WarningModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant WarningModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ProceduralWarning *warning = warningAt(index);
    if (!warning)
        return {};
    const bool isReason = index.internalId() != 0;
    switch (role) {
    case Qt::DisplayRole:
        return isReason ? warning->reasons.at(index.row()) : warning->summary;
    case Qt::ToolTipRole:
        return isReason ? warning->reasons.at(index.row())
                        : warning->summary + u"\n\n"_s + warning->reasons.join(u'\n');
    case Qt::DecorationRole:
        return isReason ? QVariant() : QVariant(iconFor(warning->kind));
    case KindRole:
        return isReason ? QVariant() : QVariant(static_cast<int>(warning->kind));
    case KindKeyRole:
        return isReason ? QVariant() : QVariant(checkKindKey(warning->kind));
    case WarningRowRole:
        return isReason ? static_cast<int>(index.internalId() - 1) : index.row();
    default:
        return {};
    }
}

QVariant WarningModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Warning");
    return {};
}

} // namespace Coalition::Ui
