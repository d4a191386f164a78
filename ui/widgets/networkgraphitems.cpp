// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/networkgraphitems.h"

#include "models/relationshipstyle.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

constexpr double MaxLabelWidth = 170.0;
constexpr double LabelGap = 4.0;
constexpr double MarkRadius = 9.0;

const QColor NodeOutline(0x3b, 0x6e, 0xa5);
const QColor NodeFill(0xe8, 0xf0, 0xf9);
const QColor ApartOutline(0x7d, 0x89, 0x96);
const QColor HighlightOutline(0xd0, 0x7a, 0x00);
const QColor HighlightFill(0xff, 0xf1, 0xd0);
const QColor Ink(0x1b, 0x27, 0x33);

} // namespace

NetworkNodeItem::NetworkNodeItem(Id organizationId, const QString &name, int ties,
                                 const QFont &font)
    : m_organizationId(organizationId)
    , m_name(name)
    , m_ties(ties)
    , m_radius(radiusFor(ties))
    , m_font(font)
{
    m_label = QFontMetricsF(m_font).elidedText(name, Qt::ElideRight, MaxLabelWidth);
    setFlags(ItemIsMovable | ItemIsSelectable | ItemIsFocusable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setCursor(Qt::OpenHandCursor);
    setZValue(1.0);
}

double NetworkNodeItem::radiusFor(int ties)
{
    // Grows with the square root, so a hub stands out without swamping the others.
    return std::min(38.0, 13.0 + 5.0 * std::sqrt(static_cast<double>(std::max(0, ties))));
}

QRectF NetworkNodeItem::labelRect() const
{
    const QFontMetricsF metrics(m_font);
    const double width = metrics.horizontalAdvance(m_label) + 6.0;
    return {-width / 2.0, m_radius + LabelGap, width, metrics.height()};
}

QSizeF NetworkNodeItem::footprint() const
{
    const QRectF label = labelRect();
    return {std::max(2.0 * m_radius, label.width()), 2.0 * m_radius + LabelGap + label.height()};
}

QPointF NetworkNodeItem::footprintOffset() const
{
    return {0.0, footprint().height() / 2.0 - m_radius};
}

QRectF NetworkNodeItem::boundingRect() const
{
    const QSizeF size = footprint();
    return QRectF(-size.width() / 2.0, -m_radius, size.width(), size.height())
        .adjusted(-4.0, -4.0, 4.0, 4.0);
}

QPainterPath NetworkNodeItem::shape() const
{
    QPainterPath path;
    path.addEllipse(QPointF(0.0, 0.0), m_radius + 2.0, m_radius + 2.0);
    path.addRect(labelRect());
    return path;
}

void NetworkNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool selected = option->state.testFlag(QStyle::State_Selected);
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF circle(-m_radius, -m_radius, 2.0 * m_radius, 2.0 * m_radius);
    if (selected) {
        painter->setPen(QPen(HighlightOutline, 3.0));
        painter->setBrush(HighlightFill);
    } else if (isIsolated()) {
        painter->setPen(QPen(ApartOutline, 1.5, Qt::DashLine));
        painter->setBrush(Qt::white);
    } else {
        painter->setPen(QPen(NodeOutline, 2.0));
        painter->setBrush(NodeFill);
    }
    painter->drawEllipse(circle);
    if (!isIsolated()) {
        QFont count = m_font;
        count.setBold(true);
        painter->setFont(count);
        painter->setPen(NodeOutline.darker(140));
        painter->drawText(circle, Qt::AlignCenter, QString::number(m_ties));
    }
    // A light backing keeps the name readable where a tie runs under it.
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 200));
    painter->drawRoundedRect(labelRect(), 3.0, 3.0);
    painter->setFont(m_font);
    painter->setPen(selected ? HighlightOutline.darker(150) : Ink);
    painter->drawText(labelRect(), Qt::AlignCenter, m_label);
}

QVariant NetworkNodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    switch (change) {
    case ItemPositionChange:
        if (scene()) {
            // A dragged node stays on the canvas (and in the exported picture).
            const QRectF canvas = scene()->sceneRect();
            const QRectF box = boundingRect();
            QPointF wanted = value.toPointF();
            wanted.setX(
                std::clamp(wanted.x(), canvas.left() - box.left(),
                           std::max(canvas.left() - box.left(), canvas.right() - box.right())));
            wanted.setY(
                std::clamp(wanted.y(), canvas.top() - box.top(),
                           std::max(canvas.top() - box.top(), canvas.bottom() - box.bottom())));
            return wanted;
        }
        break;
    case ItemPositionHasChanged:
        for (NetworkEdgeItem *edge : std::as_const(m_edges))
            edge->adjust();
        break;
    case ItemSelectedHasChanged:
        for (NetworkEdgeItem *edge : std::as_const(m_edges))
            edge->update();
        break;
    default:
        break;
    }
    return QGraphicsItem::itemChange(change, value);
}

NetworkEdgeItem::NetworkEdgeItem(Id relationshipId, NetworkNodeItem *first, NetworkNodeItem *second,
                                 RelationshipLevel level, TrustLevel trust, bool sidesDisagree,
                                 const QFont &font)
    : m_relationshipId(relationshipId)
    , m_first(first)
    , m_second(second)
    , m_level(level)
    , m_trust(trust)
    , m_disagree(sidesDisagree)
    , m_font(font)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setZValue(0.0);
    first->addEdge(this);
    second->addEdge(this);
    adjust();
}

QPen NetworkEdgeItem::pen() const
{
    return RelationshipStyle::tiePen(m_level, m_trust);
}

QLineF NetworkEdgeItem::centerLine() const
{
    return {m_first->scenePos(), m_second->scenePos()};
}

QLineF NetworkEdgeItem::visibleLine() const
{
    return m_line;
}

QString NetworkEdgeItem::labelText() const
{
    return RelationshipStyle::cellText(m_level, m_trust);
}

void NetworkEdgeItem::setShowsLabel(bool show)
{
    if (show == m_showLabel)
        return;
    prepareGeometryChange();
    m_showLabel = show;
}

void NetworkEdgeItem::adjust()
{
    prepareGeometryChange();
    const QLineF full = centerLine();
    const double length = full.length();
    const double start = m_first->radius() + 2.0;
    const double end = m_second->radius() + 2.0;
    if (length <= start + end) {
        m_line = QLineF(full.center(), full.center());
        return;
    }
    m_line = QLineF(full.pointAt(start / length), full.pointAt(1.0 - end / length));
}

QRectF NetworkEdgeItem::markRect() const
{
    const QPointF middle = m_line.center();
    return {middle.x() - MarkRadius, middle.y() - MarkRadius, 2.0 * MarkRadius, 2.0 * MarkRadius};
}

QRectF NetworkEdgeItem::labelRect() const
{
    const QFontMetricsF metrics(m_font);
    const double width = metrics.horizontalAdvance(labelText()) + 8.0;
    const double height = metrics.height() + 2.0;
    const QPointF middle = m_line.center();
    // Under the ≠ mark when there is one, else on the middle of the line.
    const double top = m_disagree ? middle.y() + MarkRadius + 1.0 : middle.y() - height / 2.0;
    return {middle.x() - width / 2.0, top, width, height};
}

QRectF NetworkEdgeItem::boundingRect() const
{
    const double margin = RelationshipStyle::tieWidth(m_level) / 2.0 + 5.0;
    QRectF box
        = QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-margin, -margin, margin, margin);
    if (m_disagree)
        box = box.united(markRect().adjusted(-2.0, -2.0, 2.0, 2.0));
    if (m_showLabel)
        box = box.united(labelRect().adjusted(-1.0, -1.0, 1.0, 1.0));
    return box;
}

QPainterPath NetworkEdgeItem::shape() const
{
    QPainterPath line;
    line.moveTo(m_line.p1());
    line.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    // Wide enough to hit with the mouse, even for a thin dotted line.
    stroker.setWidth(std::max(10.0, RelationshipStyle::tieWidth(m_level) + 6.0));
    QPainterPath path = stroker.createStroke(line);
    if (m_disagree)
        path.addEllipse(markRect());
    if (m_showLabel)
        path.addRect(labelRect());
    return path;
}

void NetworkEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option->state.testFlag(QStyle::State_Selected);
    if (selected || m_first->isSelected() || m_second->isSelected()) {
        QColor halo = HighlightOutline;
        halo.setAlpha(selected ? 150 : 90);
        QPen wide(halo, RelationshipStyle::tieWidth(m_level) + (selected ? 8.0 : 5.0));
        wide.setCapStyle(Qt::RoundCap);
        painter->setPen(wide);
        painter->drawLine(m_line);
    }
    painter->setPen(pen());
    painter->drawLine(m_line);
    if (m_disagree) {
        painter->setPen(QPen(HighlightOutline, 1.5));
        painter->setBrush(Qt::white);
        painter->drawEllipse(markRect());
        QFont mark = m_font;
        mark.setBold(true);
        painter->setFont(mark);
        painter->setPen(HighlightOutline.darker(140));
        painter->drawText(markRect(), Qt::AlignCenter, RelationshipStyle::disagreementMark());
    }
    if (m_showLabel) {
        const QRectF box = labelRect();
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 225));
        painter->drawRoundedRect(box, 3.0, 3.0);
        painter->setFont(m_font);
        painter->setPen(Ink);
        painter->drawText(box, Qt::AlignCenter, labelText());
    }
}

} // namespace Coalition::Ui
