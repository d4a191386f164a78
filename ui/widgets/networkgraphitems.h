// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enums.h"
#include "domain/types.h"

#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QPen>

namespace Coalition::Ui {

class NetworkEdgeItem;

// One member organization in the network graph: a circle sized by its
// number of ties (the number written inside), its name underneath. A member
// without any tie is drawn hollow with a dashed outline. It can be dragged
// (its ties follow) and selected.
class NetworkNodeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 601 };

    NetworkNodeItem(Id organizationId, const QString &name, int ties, const QFont &font);

    int type() const override { return Type; }
    Id organizationId() const { return m_organizationId; }
    QString name() const { return m_name; }
    int ties() const { return m_ties; }
    bool isIsolated() const { return m_ties == 0; }
    double radius() const { return m_radius; }
    // The circle and the label under it, as one box. The item's position is
    // the circle's centre; the box's centre is footprintOffset() below it.
    QSizeF footprint() const;
    QPointF footprintOffset() const;
    // The radius a node with this many ties gets.
    static double radiusFor(int ties);

    void addEdge(NetworkEdgeItem *edge) { m_edges.append(edge); }
    const QList<NetworkEdgeItem *> &edges() const { return m_edges; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QRectF labelRect() const;

    Id m_organizationId;
    QString m_name;
    QString m_label; // the name, elided when very long
    int m_ties;
    double m_radius;
    QFont m_font;
    QList<NetworkEdgeItem *> m_edges;
};

// One relationship between two members in the network graph: a line between
// their circles styled by level (networking dotted and thin, coordinating
// dashed, cooperating solid, collaborating thick) and coloured and faded by
// trust; a ≠ mark in the middle when the two sides rate it differently; and,
// when labels are on, its level and trust in words.
class NetworkEdgeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 602 };

    NetworkEdgeItem(Id relationshipId, NetworkNodeItem *first, NetworkNodeItem *second,
                    RelationshipLevel level, TrustLevel trust, bool sidesDisagree,
                    const QFont &font);

    int type() const override { return Type; }
    Id relationshipId() const { return m_relationshipId; }
    NetworkNodeItem *firstNode() const { return m_first; }
    NetworkNodeItem *secondNode() const { return m_second; }
    RelationshipLevel level() const { return m_level; }
    TrustLevel trust() const { return m_trust; }
    bool sidesDisagree() const { return m_disagree; }
    QPen pen() const;
    // From centre to centre of the two nodes, in scene coordinates.
    QLineF centerLine() const;
    // The part drawn: between the two circles' rims.
    QLineF visibleLine() const;
    void setShowsLabel(bool show);
    bool showsLabel() const { return m_showLabel; }
    QString labelText() const;

    // Called when a node moved.
    void adjust();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    QRectF markRect() const;
    QRectF labelRect() const;

    Id m_relationshipId;
    NetworkNodeItem *m_first;
    NetworkNodeItem *m_second;
    RelationshipLevel m_level;
    TrustLevel m_trust;
    bool m_disagree;
    bool m_showLabel = false;
    QFont m_font;
    QLineF m_line; // the visible line, in scene coordinates (the item sits at 0,0)
};

} // namespace Coalition::Ui
