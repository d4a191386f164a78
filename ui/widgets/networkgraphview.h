// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/networkfigures.h"

#include <QGraphicsView>
#include <QHash>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QPainter;
QT_END_NAMESPACE

namespace Coalition::Ui {

class NetworkEdgeItem;
class NetworkNodeItem;

// The network of a coalition's active members drawn as a graph: one circle
// per member, sized by its number of ties, one line per relationship,
// styled by level and trust (RelationshipStyle), marked where the two sides
// disagree. Members without a tie sit apart in a band at the bottom. The
// automatic layout (GraphLayout) gives the same picture for the same
// network; nodes can be dragged to rearrange it (their ties follow), and
// the arrangement is kept while the same members have the same ties apart.
// Clicking a node or tie selects it, double-clicking (or Enter) activates
// it; the arrow keys step through nodes and ties, Shift+arrows move the
// selected node. Ctrl+wheel zooms; the picture exports as PNG or SVG.
class NetworkGraphView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkGraphView)

public:
    explicit NetworkGraphView(QWidget *parent = nullptr);
    ~NetworkGraphView() override;

    // `tieToolTips`: relationship id -> the text a tie's tooltip shows
    // (the view makes a plain one for the others).
    void setNetwork(const NetworkFigures &figures, const QHash<Id, QString> &tieToolTips = {});
    // The heading of exported pictures ("Network of the Harbourside Coalition").
    void setTitle(const QString &title) { m_title = title; }
    QString title() const { return m_title; }

    QList<NetworkNodeItem *> nodeItems() const { return m_nodes; }
    QList<NetworkEdgeItem *> edgeItems() const { return m_edges; }
    NetworkNodeItem *nodeItem(Id organizationId) const;
    NetworkEdgeItem *edgeItem(Id relationshipId) const;
    // The band of the members without a tie (scene coordinates); empty when there are none.
    QRectF apartArea() const { return m_apartArea; }

    // Words on each tie ("Coop · high") as well as its line.
    void setShowsTieLabels(bool show);
    bool showsTieLabels() const { return m_tieLabels; }

    double zoomFactor() const;
    bool fitsToView() const { return m_autoFit; }

    void selectOrganization(Id organizationId);
    void selectRelationship(Id relationshipId);
    Id selectedOrganization() const; // 0 when no node is selected
    Id selectedRelationship() const; // 0 when no tie is selected

    // Writes the picture (title, graph, legend). On failure returns false
    // and says why in `error`.
    bool exportPng(const QString &path, QString *error = nullptr);
    bool exportSvg(const QString &path, QString *error = nullptr);
    // The size of the exported picture, in pixels at scale 1.
    QSize exportSize() const;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    // Shows the whole graph, and keeps doing so as the view is resized until
    // the user zooms.
    void fitToView();
    // Lays the graph out afresh, forgetting nodes moved by hand.
    void rearrange();

Q_SIGNALS:
    void organizationSelected(Coalition::Id organizationId);
    void relationshipSelected(Coalition::Id relationshipId);
    void organizationActivated(Coalition::Id organizationId);
    void relationshipActivated(Coalition::Id relationshipId);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void build(const NetworkFigures &figures, const QHash<Id, QString> &tieToolTips,
               bool keepPositions);
    void layOut();
    void zoomBy(double factor);
    void onSelectionChanged();
    void activate(QGraphicsItem *item);
    void step(int direction);
    void updateDescription();
    QList<QGraphicsItem *> steppable() const;
    // Export painting (networkgraphexport.cpp).
    void renderPicture(QPainter &painter, const QSize &size);
    double legendHeight(double width) const;
    void paintLegend(QPainter &painter, const QRectF &area) const;

    QGraphicsScene *m_scene;
    QList<NetworkNodeItem *> m_nodes;
    QList<NetworkEdgeItem *> m_edges;
    QHash<Id, NetworkNodeItem *> m_nodeOf;
    QHash<Id, NetworkEdgeItem *> m_edgeOf;
    QGraphicsRectItem *m_apartFrame = nullptr;
    QGraphicsSimpleTextItem *m_apartCaption = nullptr;
    QRectF m_apartArea;
    QString m_title;
    NetworkFigures m_figures; // what is drawn
    QHash<Id, QString> m_tieToolTips;
    QList<Id> m_memberIds; // the members laid out, in order
    QList<Id> m_isolatedIds;
    bool m_tieLabels = false;
    bool m_autoFit = true;
};

} // namespace Coalition::Ui
