// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace Coalition::Ui {

// A readable automatic layout for a small network, such as a coalition's
// members and their ties. Each node has a footprint (its circle with its
// label under it). Nodes with at least one tie are placed by a force-directed
// layout (Fruchterman and Reingold: ties pull, every pair pushes) that starts
// from a fixed spiral and cools on a fixed schedule, so the same input always
// gives the same picture; nodes without a tie are set apart in a band along
// the bottom. Footprints never overlap and stay inside the bounds, provided
// the bounds are at least roomFor(). Pure: no widgets, no randomness.
class GraphLayout final
{
public:
    struct Edge
    {
        int from = 0; // node index
        int to = 0; // node index
        double strength = 1.0; // how hard the tie pulls (1 = normal)
    };

    struct Placement
    {
        QList<QPointF> centers; // one per node: the centre of its footprint
        QRectF tiedArea; // where the nodes with a tie are placed
        QRectF apartArea; // the band of the nodes without a tie; empty when there are none
    };

    // Space between two footprints, and room left above the apart band for its caption.
    static constexpr double Gap = 14.0;
    static constexpr double CaptionHeight = 24.0;

    // A size in which these nodes can be laid out loosely.
    static QSizeF roomFor(const QList<QSizeF> &footprints, const QList<Edge> &edges);
    // Edges with an index out of range or joining a node to itself are ignored.
    static Placement compute(const QList<QSizeF> &footprints, const QList<Edge> &edges,
                             const QRectF &bounds, int iterations = 300);

    // Whether two placed footprints come closer than `gap` (tests, and the
    // last pass of compute).
    static bool overlaps(const QPointF &a, const QSizeF &sizeA, const QPointF &b,
                         const QSizeF &sizeB, double gap = 0.0);
};

} // namespace Coalition::Ui
