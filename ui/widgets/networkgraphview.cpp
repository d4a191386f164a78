// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/networkgraphview.h"

#include "models/relationshipstyle.h"
#include "widgets/graphlayout.h"
#include "widgets/networkgraphitems.h"

#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

constexpr double SceneMargin = 24.0;
constexpr double MinimumZoom = 0.1;
constexpr double MaximumZoom = 6.0;
// A small network is not blown up past this when fitted to the view.
constexpr double LargestFitZoom = 1.5;
constexpr double KeyboardMove = 10.0;

QString tiesText(int ties)
{
    // Plural forms spelled out: the source strings are read as they are
    // when no translation is installed.
    return ties == 0 ? NetworkGraphView::tr("no tie to another member")
        : ties == 1  ? NetworkGraphView::tr("1 tie")
                     : NetworkGraphView::tr("%1 ties").arg(ties);
}

} // namespace

NetworkGraphView::NetworkGraphView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setObjectName(u"networkGraph"_s);
    setAccessibleName(tr("Network graph"));
    setScene(m_scene);
    m_scene->setBackgroundBrush(Qt::white);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(tr("Drag a member to move it; double-click a tie to edit it. Ctrl+wheel zooms."));
    connect(m_scene, &QGraphicsScene::selectionChanged, this,
            &NetworkGraphView::onSelectionChanged);
}

NetworkGraphView::~NetworkGraphView()
{
    // The items point at each other: the scene goes first, with them all.
    const QSignalBlocker blocker(m_scene);
    m_scene->clear();
}

NetworkNodeItem *NetworkGraphView::nodeItem(Id organizationId) const
{
    return m_nodeOf.value(organizationId);
}

NetworkEdgeItem *NetworkGraphView::edgeItem(Id relationshipId) const
{
    return m_edgeOf.value(relationshipId);
}

void NetworkGraphView::setNetwork(const NetworkFigures &figures,
                                  const QHash<Id, QString> &tieToolTips)
{
    QList<Id> members;
    for (const OrganizationTies &organization : figures.organizations)
        members.append(organization.organizationId);
    // Hand-made arrangements survive edits that keep the same picture's
    // skeleton: the same members, with the same ones apart.
    const bool keep
        = !m_nodes.isEmpty() && members == m_memberIds && figures.isolated == m_isolatedIds;
    m_figures = figures;
    m_tieToolTips = tieToolTips;
    build(figures, tieToolTips, keep);
}

void NetworkGraphView::build(const NetworkFigures &figures, const QHash<Id, QString> &tieToolTips,
                             bool keepPositions)
{
    QHash<Id, QPointF> kept;
    if (keepPositions) {
        for (const NetworkNodeItem *node : std::as_const(m_nodes))
            kept.insert(node->organizationId(), node->pos());
    }
    const Id selectedNode = selectedOrganization();
    const Id selectedEdge = selectedRelationship();
    const QSignalBlocker blocker(m_scene);
    m_scene->clear();
    m_nodes.clear();
    m_edges.clear();
    m_nodeOf.clear();
    m_edgeOf.clear();
    m_apartFrame = nullptr;
    m_apartCaption = nullptr;

    QHash<Id, QString> names;
    for (const OrganizationTies &organization : figures.organizations)
        names.insert(organization.organizationId, organization.name);
    const QFont labelFont = font();
    for (const OrganizationTies &organization : figures.organizations) {
        auto *node = new NetworkNodeItem(organization.organizationId, organization.name,
                                         organization.ties, labelFont);
        QStringList tip{organization.name, tiesText(organization.ties)};
        if (organization.strongestWith && organization.strongestLevel
            && organization.strongestTrust)
            tip << tr("Strongest tie: %1 (%2, %3 trust)")
                       .arg(names.value(*organization.strongestWith),
                            enumLabel(*organization.strongestLevel).toLower(),
                            RelationshipStyle::trustShortName(*organization.strongestTrust));
        tip << tr("Click to list its relationships; drag to move it.");
        node->setToolTip(tip.join(u'\n'));
        m_scene->addItem(node);
        m_nodes.append(node);
        m_nodeOf.insert(organization.organizationId, node);
    }
    for (const NetworkTie &tie : figures.ties) {
        NetworkNodeItem *first = m_nodeOf.value(tie.firstId);
        NetworkNodeItem *second = m_nodeOf.value(tie.secondId);
        if (!first || !second || m_edgeOf.contains(tie.relationshipId))
            continue;
        auto *edge = new NetworkEdgeItem(tie.relationshipId, first, second, tie.level, tie.trust,
                                         tie.sidesDisagree, labelFont);
        edge->setShowsLabel(m_tieLabels);
        QString tip = tieToolTips.value(tie.relationshipId);
        if (tip.isEmpty()) {
            tip = tr("%1 and %2: %3, %4 trust")
                      .arg(first->name(), second->name(), enumLabel(tie.level).toLower(),
                           RelationshipStyle::trustShortName(tie.trust));
            if (tie.sidesDisagree)
                tip += u'\n'
                    + tr("%1 The two sides rate it differently.")
                          .arg(RelationshipStyle::disagreementMark());
        }
        edge->setToolTip(tip);
        m_scene->addItem(edge);
        m_edges.append(edge);
        m_edgeOf.insert(tie.relationshipId, edge);
    }
    m_memberIds.clear();
    for (const OrganizationTies &organization : figures.organizations)
        m_memberIds.append(organization.organizationId);
    m_isolatedIds = figures.isolated;

    if (keepPositions) {
        for (NetworkNodeItem *node : std::as_const(m_nodes))
            node->setPos(kept.value(node->organizationId(), node->pos()));
        for (NetworkEdgeItem *edge : std::as_const(m_edges))
            edge->adjust();
    } else {
        layOut();
    }
    if (!m_apartArea.isEmpty()) {
        m_apartFrame = m_scene->addRect(m_apartArea.adjusted(0.0, 0.0, 0.0, -2.0),
                                        QPen(QColor(0xa8, 0xb2, 0xbd), 1.0, Qt::DashLine),
                                        QColor(0xf6, 0xf7, 0xf9));
        m_apartFrame->setZValue(-2.0);
        m_apartCaption = m_scene->addSimpleText(tr("Members without a tie to another member"));
        QFont caption = labelFont;
        caption.setItalic(true);
        m_apartCaption->setFont(caption);
        m_apartCaption->setBrush(QColor(0x5c, 0x66, 0x70));
        m_apartCaption->setPos(m_apartArea.topLeft() + QPointF(8.0, 4.0));
        m_apartCaption->setZValue(-1.0);
    }
    if (NetworkNodeItem *node = m_nodeOf.value(selectedNode))
        node->setSelected(true);
    if (NetworkEdgeItem *edge = m_edgeOf.value(selectedEdge))
        edge->setSelected(true);
    updateDescription();
    if (m_autoFit)
        fitToView();
}

void NetworkGraphView::layOut()
{
    QList<QSizeF> footprints;
    QHash<Id, int> indexOf;
    for (const NetworkNodeItem *node : std::as_const(m_nodes)) {
        indexOf.insert(node->organizationId(), static_cast<int>(footprints.size()));
        footprints.append(node->footprint());
    }
    QList<GraphLayout::Edge> edges;
    for (const NetworkEdgeItem *edge : std::as_const(m_edges)) {
        // Closer work pulls the two closer together.
        edges.append({indexOf.value(edge->firstNode()->organizationId()),
                      indexOf.value(edge->secondNode()->organizationId()),
                      1.0 + 0.4 * static_cast<double>(edge->level())});
    }
    const QRectF bounds(QPointF(0.0, 0.0), GraphLayout::roomFor(footprints, edges));
    const GraphLayout::Placement placement = GraphLayout::compute(footprints, edges, bounds);
    m_scene->setSceneRect(bounds.adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin));
    for (qsizetype i = 0; i < m_nodes.size(); ++i)
        m_nodes.at(i)->setPos(placement.centers.at(i) - m_nodes.at(i)->footprintOffset());
    for (NetworkEdgeItem *edge : std::as_const(m_edges))
        edge->adjust();
    m_apartArea = placement.apartArea;
}

void NetworkGraphView::rearrange()
{
    build(m_figures, m_tieToolTips, false);
}

void NetworkGraphView::setShowsTieLabels(bool show)
{
    m_tieLabels = show;
    for (NetworkEdgeItem *edge : std::as_const(m_edges))
        edge->setShowsLabel(show);
}

double NetworkGraphView::zoomFactor() const
{
    return transform().m11();
}

void NetworkGraphView::zoomBy(double factor)
{
    const double current = zoomFactor();
    const double wanted = std::clamp(current * factor, MinimumZoom, MaximumZoom);
    if (current > 0.0)
        scale(wanted / current, wanted / current);
}

void NetworkGraphView::zoomIn()
{
    m_autoFit = false;
    zoomBy(1.25);
}

void NetworkGraphView::zoomOut()
{
    m_autoFit = false;
    zoomBy(0.8);
}

void NetworkGraphView::fitToView()
{
    m_autoFit = true;
    const QRectF canvas = m_scene->sceneRect();
    if (canvas.isEmpty() || viewport()->width() <= 0 || viewport()->height() <= 0)
        return;
    fitInView(canvas, Qt::KeepAspectRatio);
    if (zoomFactor() > LargestFitZoom) {
        setTransform(QTransform::fromScale(LargestFitZoom, LargestFitZoom));
        centerOn(canvas.center());
    }
}

void NetworkGraphView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers().testFlag(Qt::ControlModifier)) {
        m_autoFit = false;
        zoomBy(std::pow(1.0015, event->angleDelta().y()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void NetworkGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitToView();
}

void NetworkGraphView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_autoFit)
        fitToView();
}

Id NetworkGraphView::selectedOrganization() const
{
    const auto selected = m_scene->selectedItems();
    for (QGraphicsItem *item : selected) {
        if (auto *node = qgraphicsitem_cast<NetworkNodeItem *>(item))
            return node->organizationId();
    }
    return 0;
}

Id NetworkGraphView::selectedRelationship() const
{
    const auto selected = m_scene->selectedItems();
    for (QGraphicsItem *item : selected) {
        if (auto *edge = qgraphicsitem_cast<NetworkEdgeItem *>(item))
            return edge->relationshipId();
    }
    return 0;
}

void NetworkGraphView::selectOrganization(Id organizationId)
{
    m_scene->clearSelection();
    if (NetworkNodeItem *node = m_nodeOf.value(organizationId)) {
        node->setSelected(true);
        ensureVisible(node);
    }
}

void NetworkGraphView::selectRelationship(Id relationshipId)
{
    m_scene->clearSelection();
    if (NetworkEdgeItem *edge = m_edgeOf.value(relationshipId)) {
        edge->setSelected(true);
        ensureVisible(edge);
    }
}

void NetworkGraphView::onSelectionChanged()
{
    const auto selected = m_scene->selectedItems();
    if (selected.size() != 1)
        return;
    if (auto *node = qgraphicsitem_cast<NetworkNodeItem *>(selected.constFirst()))
        Q_EMIT organizationSelected(node->organizationId());
    else if (auto *edge = qgraphicsitem_cast<NetworkEdgeItem *>(selected.constFirst()))
        Q_EMIT relationshipSelected(edge->relationshipId());
}

void NetworkGraphView::activate(QGraphicsItem *item)
{
    if (auto *node = qgraphicsitem_cast<NetworkNodeItem *>(item))
        Q_EMIT organizationActivated(node->organizationId());
    else if (auto *edge = qgraphicsitem_cast<NetworkEdgeItem *>(item))
        Q_EMIT relationshipActivated(edge->relationshipId());
}

void NetworkGraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    QGraphicsView::mouseDoubleClickEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    const auto hits = items(event->position().toPoint());
    for (QGraphicsItem *item : hits) {
        if (item->type() == NetworkNodeItem::Type || item->type() == NetworkEdgeItem::Type) {
            activate(item);
            return;
        }
    }
}

QList<QGraphicsItem *> NetworkGraphView::steppable() const
{
    QList<QGraphicsItem *> order;
    for (NetworkNodeItem *node : m_nodes)
        order.append(node);
    for (NetworkEdgeItem *edge : m_edges)
        order.append(edge);
    return order;
}

void NetworkGraphView::step(int direction)
{
    const QList<QGraphicsItem *> order = steppable();
    if (order.isEmpty())
        return;
    const auto selected = m_scene->selectedItems();
    qsizetype at = selected.isEmpty() ? -1 : order.indexOf(selected.constFirst());
    if (at < 0)
        at = direction > 0 ? order.size() - 1 : 0;
    QGraphicsItem *next = order.at((at + direction + order.size()) % order.size());
    m_scene->clearSelection();
    next->setSelected(true);
    m_scene->setFocusItem(next);
    ensureVisible(next);
}

void NetworkGraphView::keyPressEvent(QKeyEvent *event)
{
    const auto selected = m_scene->selectedItems();
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!selected.isEmpty()) {
            activate(selected.constFirst());
            event->accept();
            return;
        }
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const bool forward = event->key() == Qt::Key_Right || event->key() == Qt::Key_Down;
        if (event->modifiers().testFlag(Qt::ShiftModifier)) {
            // Moving a node by keyboard, as dragging does by mouse.
            auto *node = selected.isEmpty()
                ? nullptr
                : qgraphicsitem_cast<NetworkNodeItem *>(selected.constFirst());
            if (node) {
                const bool horizontal
                    = event->key() == Qt::Key_Left || event->key() == Qt::Key_Right;
                const double distance = forward ? KeyboardMove : -KeyboardMove;
                node->moveBy(horizontal ? distance : 0.0, horizontal ? 0.0 : distance);
                ensureVisible(node);
            }
        } else {
            step(forward ? 1 : -1);
        }
        event->accept();
        return;
    }
    case Qt::Key_Escape:
        if (!selected.isEmpty()) {
            m_scene->clearSelection();
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void NetworkGraphView::updateDescription()
{
    const int members = static_cast<int>(m_nodes.size());
    const int ties = static_cast<int>(m_edges.size());
    const int apart = static_cast<int>(m_isolatedIds.size());
    setAccessibleDescription(tr("%1 members, %2 relationships between them, %3 members without any")
                                 .arg(members)
                                 .arg(ties)
                                 .arg(apart));
}

} // namespace Coalition::Ui
