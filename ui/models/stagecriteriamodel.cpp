// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/stagecriteriamodel.h"

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

// Colours that read on light and dark themes alike; the shape inside each
// badge carries the meaning for those who cannot tell them apart.
const QColor MetColour(0x2e, 0x7d, 0x32);
const QColor NotMetColour(0xb3, 0x26, 0x1e);
const QColor UnansweredColour(0x9a, 0x67, 0x00);
const QColor OpenColour(0x80, 0x80, 0x80);

enum class Badge { Tick, Cross, Question, Ring };

QPixmap badgePixmap(Badge badge, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal unit = size / 16.0;
    const QRectF circle(1 * unit, 1 * unit, 14 * unit, 14 * unit);
    if (badge == Badge::Ring) {
        painter.setPen(QPen(OpenColour, 1.6 * unit));
        painter.drawEllipse(circle.adjusted(unit, unit, -unit, -unit));
        return pixmap;
    }
    const QColor fill = badge == Badge::Tick ? MetColour
        : badge == Badge::Cross              ? NotMetColour
                                             : UnansweredColour;
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawEllipse(circle);
    QPen mark(Qt::white, 2 * unit, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(mark);
    painter.setBrush(Qt::NoBrush);
    switch (badge) {
    case Badge::Tick: {
        QPainterPath path;
        path.moveTo(4.5 * unit, 8.3 * unit);
        path.lineTo(7 * unit, 10.8 * unit);
        path.lineTo(11.5 * unit, 5.5 * unit);
        painter.drawPath(path);
        break;
    }
    case Badge::Cross:
        painter.drawLine(QPointF(5.2 * unit, 5.2 * unit), QPointF(10.8 * unit, 10.8 * unit));
        painter.drawLine(QPointF(10.8 * unit, 5.2 * unit), QPointF(5.2 * unit, 10.8 * unit));
        break;
    case Badge::Question: {
        QPainterPath path;
        path.moveTo(5.8 * unit, 6.2 * unit);
        path.cubicTo(5.8 * unit, 3.6 * unit, 10.4 * unit, 3.6 * unit, 10.4 * unit, 6.2 * unit);
        path.cubicTo(10.4 * unit, 7.8 * unit, 8 * unit, 7.8 * unit, 8 * unit, 9.6 * unit);
        painter.drawPath(path);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawEllipse(QPointF(8 * unit, 12 * unit), 1.2 * unit, 1.2 * unit);
        break;
    }
    case Badge::Ring:
        break;
    }
    return pixmap;
}

QIcon badgeIcon(Badge badge)
{
    QIcon icon;
    for (int size : {16, 24, 32})
        icon.addPixmap(badgePixmap(badge, size));
    return icon;
}

} // namespace

StageCriteriaModel::StageCriteriaModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

QString StageCriteriaModel::statusText(CriterionStatus status)
{
    switch (status) {
    case CriterionStatus::Met:
        return tr("Met");
    case CriterionStatus::NotMet:
        return tr("Not met");
    case CriterionStatus::Unanswered:
        return tr("Unanswered");
    }
    return {};
}

QIcon StageCriteriaModel::statusIcon(CriterionStatus status)
{
    static const QIcon met = badgeIcon(Badge::Tick);
    static const QIcon notMet = badgeIcon(Badge::Cross);
    static const QIcon unanswered = badgeIcon(Badge::Question);
    switch (status) {
    case CriterionStatus::Met:
        return met;
    case CriterionStatus::NotMet:
        return notMet;
    case CriterionStatus::Unanswered:
        return unanswered;
    }
    return {};
}

QString StageCriteriaModel::basisText(bool checklist)
{
    return checklist ? tr("Your answer") : tr("The records");
}

QIcon StageCriteriaModel::stageIcon(bool substantiallyMet)
{
    static const QIcon open = badgeIcon(Badge::Ring);
    return substantiallyMet ? statusIcon(CriterionStatus::Met) : open;
}

QString StageCriteriaModel::stageSummary(const StageResult &stage)
{
    const QString count = tr("%1 of %2 met").arg(stage.met).arg(stage.total);
    return stage.substantiallyMet ? tr("%1, substantially met").arg(count)
                                  : tr("%1, not yet substantially met").arg(count);
}

bool StageCriteriaModel::sameShape(const StageAssessment &other) const
{
    if (other.stages.size() != m_assessment.stages.size())
        return false;
    for (qsizetype i = 0; i < other.stages.size(); ++i) {
        const StageResult &a = m_assessment.stages.at(i);
        const StageResult &b = other.stages.at(i);
        if (a.stage != b.stage || a.criteria.size() != b.criteria.size())
            return false;
        for (qsizetype j = 0; j < a.criteria.size(); ++j) {
            if (a.criteria.at(j).id != b.criteria.at(j).id)
                return false;
        }
    }
    return true;
}

void StageCriteriaModel::setAssessment(const StageAssessment &assessment)
{
    if (!m_assessment.stages.isEmpty() && sameShape(assessment)) {
        m_assessment = assessment;
        const int stages = static_cast<int>(m_assessment.stages.size());
        Q_EMIT dataChanged(index(0, 0), index(stages - 1, ColumnCount - 1));
        for (int row = 0; row < stages; ++row) {
            const int children = static_cast<int>(m_assessment.stages.at(row).criteria.size());
            if (children > 0) {
                const QModelIndex parent = index(row, 0);
                Q_EMIT dataChanged(index(0, 0, parent),
                                   index(children - 1, ColumnCount - 1, parent));
            }
        }
        return;
    }
    beginResetModel();
    m_assessment = assessment;
    endResetModel();
}

void StageCriteriaModel::clear()
{
    beginResetModel();
    m_assessment = StageAssessment{};
    endResetModel();
}

const StageResult *StageCriteriaModel::stage(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const qsizetype row = index.internalId() == 0 ? index.row() : qsizetype(index.internalId() - 1);
    return row < m_assessment.stages.size() ? &m_assessment.stages.at(row) : nullptr;
}

const CriterionResult *StageCriteriaModel::criterion(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == 0)
        return nullptr;
    const StageResult *parentStage = stage(index);
    if (!parentStage || index.row() >= parentStage->criteria.size())
        return nullptr;
    return &parentStage->criteria.at(index.row());
}

QModelIndex StageCriteriaModel::indexOfStage(DevelopmentStage stage, int column) const
{
    for (qsizetype row = 0; row < m_assessment.stages.size(); ++row) {
        if (m_assessment.stages.at(row).stage == stage)
            return index(static_cast<int>(row), column);
    }
    return {};
}

QModelIndex StageCriteriaModel::indexOfCriterion(const QString &id, int column) const
{
    for (qsizetype row = 0; row < m_assessment.stages.size(); ++row) {
        const QList<CriterionResult> &criteria = m_assessment.stages.at(row).criteria;
        for (qsizetype i = 0; i < criteria.size(); ++i) {
            if (criteria.at(i).id == id)
                return createIndex(static_cast<int>(i), column, quintptr(row + 1));
        }
    }
    return {};
}

QModelIndex StageCriteriaModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_assessment.stages.size() ? createIndex(row, column, quintptr(0))
                                                : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0
        || parent.row() >= m_assessment.stages.size())
        return {};
    const StageResult &stage = m_assessment.stages.at(parent.row());
    return row < stage.criteria.size() ? createIndex(row, column, quintptr(parent.row() + 1))
                                       : QModelIndex();
}

QModelIndex StageCriteriaModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int StageCriteriaModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_assessment.stages.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return static_cast<int>(m_assessment.stages.at(parent.row()).criteria.size());
}

int StageCriteriaModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant StageCriteriaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case CriterionColumn:
            return tr("Stage and criterion");
        case StatusColumn:
            return tr("Status");
        case BasisColumn:
            return tr("Decided by");
        case EvidenceColumn:
            return tr("Evidence");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && section == BasisColumn)
        return tr("Whether the records decide the criterion, or your answer to a question");
    return {};
}

QVariant StageCriteriaModel::data(const QModelIndex &index, int role) const
{
    const StageResult *owner = stage(index);
    if (!owner)
        return {};
    if (index.internalId() == 0)
        return stageData(*owner, index.column(), role);
    const CriterionResult *found = criterion(index);
    return found ? criterionData(*owner, *found, index.column(), role) : QVariant();
}

QVariant StageCriteriaModel::stageData(const StageResult &stage, int column, int role) const
{
    const bool suggested = !m_assessment.stages.isEmpty() && stage.stage == m_assessment.suggested;
    const bool recorded = m_assessment.recorded && *m_assessment.recorded == stage.stage;
    switch (role) {
    case Qt::DisplayRole:
        if (column == CriterionColumn) {
            // The row spans the view: the name, the count and the marks.
            QString name = enumLabel(stage.stage);
            if (suggested && recorded)
                name = tr("%1 (recorded and suggested)").arg(name);
            else if (suggested)
                name = tr("%1 (suggested)").arg(name);
            else if (recorded)
                name = tr("%1 (recorded)").arg(name);
            return tr("%1 — %2").arg(name, stageSummary(stage));
        }
        if (column == StatusColumn)
            return stageSummary(stage);
        return {};
    case Qt::ToolTipRole:
        if (column == CriterionColumn || column == StatusColumn) {
            QString tip = stageSummary(stage);
            if (suggested)
                tip += u'\n' + tr("The evidence supports this stage.");
            if (recorded)
                tip += u'\n' + tr("The coalition's recorded stage.");
            return tip;
        }
        return {};
    case Qt::DecorationRole:
        if (column == CriterionColumn || column == StatusColumn)
            return stageIcon(stage.substantiallyMet);
        return {};
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case StageRole:
        return static_cast<int>(stage.stage);
    case IsStageRole:
        return true;
    case CriterionIdRole:
    case EvidenceRole:
        return QString();
    case StatusRole:
        return -1;
    case ChecklistRole:
        return false;
    case MetRole:
        return stage.met;
    case TotalRole:
        return stage.total;
    case SubstantiallyMetRole:
        return stage.substantiallyMet;
    default:
        return {};
    }
}

QVariant StageCriteriaModel::criterionData(const StageResult &stage,
                                           const CriterionResult &criterion, int column,
                                           int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CriterionColumn:
            return criterion.label;
        case StatusColumn:
            return statusText(criterion.status);
        case BasisColumn:
            return basisText(criterion.checklist);
        case EvidenceColumn:
            return criterion.evidence;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case CriterionColumn:
            return criterion.checklist
                ? tr("%1\nA question you answer: select it to give your answer.")
                      .arg(criterion.label)
                : criterion.label;
        case BasisColumn:
            return criterion.checklist ? tr("A question you answer: the records cannot decide it.")
                                       : tr("Worked out from the coalition's records.");
        case StatusColumn:
        case EvidenceColumn:
            return criterion.evidence.isEmpty() ? statusText(criterion.status) : criterion.evidence;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return statusIcon(criterion.status);
        return {};
    case Qt::ForegroundRole:
        if (column == StatusColumn)
            return criterion.status == CriterionStatus::Met   ? MetColour
                : criterion.status == CriterionStatus::NotMet ? NotMetColour
                                                              : UnansweredColour;
        return {};
    case Qt::FontRole:
        if (column == CriterionColumn && criterion.checklist) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case StageRole:
        return static_cast<int>(stage.stage);
    case IsStageRole:
        return false;
    case CriterionIdRole:
        return criterion.id;
    case StatusRole:
        return static_cast<int>(criterion.status);
    case ChecklistRole:
        return criterion.checklist;
    case EvidenceRole:
        return criterion.evidence;
    case MetRole:
    case TotalRole:
        return {};
    case SubstantiallyMetRole:
        return {};
    default:
        return {};
    }
}

} // namespace Coalition::Ui
