// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/graphlayout.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Coalition::Ui {

namespace {

using Edge = GraphLayout::Edge;

// The angle between two successive seeds of a sunflower: the spiral spreads
// any number of nodes evenly without lining any of them up.
constexpr double GoldenAngle = 2.39996322972865332;
// How much empty room a loose layout wants around each node's footprint.
constexpr double LooseFactor = 4.0;
constexpr double MinimumWidth = 480.0;
constexpr double MinimumHeight = 320.0;
// The gap between two tied nodes' footprints, room for the tie to show.
constexpr double TiedGap = 44.0;

bool isValid(const Edge &edge, qsizetype count)
{
    return edge.from >= 0 && edge.to >= 0 && edge.from < count && edge.to < count
        && edge.from != edge.to;
}

QList<bool> tiedNodes(qsizetype count, const QList<Edge> &edges)
{
    QList<bool> tied(count, false);
    for (const Edge &edge : edges) {
        if (!isValid(edge, count))
            continue;
        tied[edge.from] = true;
        tied[edge.to] = true;
    }
    return tied;
}

QPointF clampInto(const QPointF &point, const QSizeF &size, const QRectF &area)
{
    const auto clampAxis = [](double value, double extent, double low, double high) {
        if (high - low <= extent)
            return (low + high) / 2.0;
        return std::clamp(value, low + extent / 2.0, high - extent / 2.0);
    };
    return {clampAxis(point.x(), size.width(), area.left(), area.right()),
            clampAxis(point.y(), size.height(), area.top(), area.bottom())};
}

// Lays the nodes out left to right in rows of the given width, from
// `top`; returns the height of the rows (each row as tall as the tallest
// footprint, followed by a gap).
double packRows(const QList<int> &nodes, const QList<QSizeF> &footprints, double left, double width,
                double top, QList<QPointF> *centers)
{
    if (nodes.isEmpty())
        return 0.0;
    double rowHeight = 0.0;
    for (int node : nodes)
        rowHeight = std::max(rowHeight, footprints.at(node).height());
    rowHeight += GraphLayout::Gap;
    double x = left + GraphLayout::Gap;
    double y = top;
    for (int node : nodes) {
        const QSizeF size = footprints.at(node);
        if (x > left + GraphLayout::Gap && x + size.width() > left + width - GraphLayout::Gap) {
            x = left + GraphLayout::Gap;
            y += rowHeight;
        }
        if (centers)
            (*centers)[node] = QPointF(x + size.width() / 2.0, y + rowHeight / 2.0);
        x += size.width() + GraphLayout::Gap;
    }
    return y + rowHeight - top;
}

QSizeF largest(const QList<int> &nodes, const QList<QSizeF> &footprints)
{
    QSizeF size(0.0, 0.0);
    for (int node : nodes)
        size = size.expandedTo(footprints.at(node));
    return size;
}

// Fruchterman and Reingold's spring embedder over the tied nodes, in `area`.
void springs(const QList<int> &nodes, const QList<QSizeF> &footprints, const QList<Edge> &edges,
             const QRectF &area, int iterations, QList<QPointF> &centers)
{
    const qsizetype count = nodes.size();
    if (count == 0)
        return;
    const QPointF middle = area.center();
    if (count == 1) {
        centers[nodes.constFirst()] = middle;
        return;
    }
    QList<int> slot(footprints.size(), -1);
    for (qsizetype i = 0; i < count; ++i)
        slot[nodes.at(i)] = static_cast<int>(i);

    QList<QPointF> at(count);
    for (qsizetype i = 0; i < count; ++i) {
        const double radius
            = std::sqrt((static_cast<double>(i) + 0.5) / static_cast<double>(count));
        const double angle = static_cast<double>(i) * GoldenAngle;
        at[i] = middle
            + QPointF(std::cos(angle) * radius * area.width() * 0.35,
                      std::sin(angle) * radius * area.height() * 0.35);
    }
    const double k = 0.75 * std::sqrt(area.width() * area.height() / static_cast<double>(count));
    const double hot = 0.1 * std::max(area.width(), area.height());
    const double gravity = 0.06;
    QList<QPointF> push(count);
    for (int round = 0; round < iterations; ++round) {
        std::fill(push.begin(), push.end(), QPointF());
        for (qsizetype i = 0; i < count; ++i) {
            for (qsizetype j = i + 1; j < count; ++j) {
                QPointF delta = at.at(i) - at.at(j);
                double distance = std::hypot(delta.x(), delta.y());
                if (distance < 0.01) {
                    // Two nodes on one spot: part them along a fixed direction.
                    const double angle = static_cast<double>(i + j) * GoldenAngle;
                    delta = QPointF(std::cos(angle), std::sin(angle)) * 0.01;
                    distance = 0.01;
                }
                const QPointF force = delta / distance * (k * k / distance);
                push[i] += force;
                push[j] -= force;
            }
        }
        for (const Edge &edge : edges) {
            if (!isValid(edge, footprints.size()))
                continue;
            const int a = slot.at(edge.from);
            const int b = slot.at(edge.to);
            const QPointF delta = at.at(a) - at.at(b);
            const double distance = std::max(0.01, std::hypot(delta.x(), delta.y()));
            const QPointF force
                = delta / distance * (distance * distance / k * std::max(0.1, edge.strength));
            push[a] -= force;
            push[b] += force;
        }
        const double temperature
            = hot * (1.0 - static_cast<double>(round) / static_cast<double>(iterations)) + 0.5;
        for (qsizetype i = 0; i < count; ++i) {
            QPointF move = push.at(i) + (middle - at.at(i)) * gravity;
            const double length = std::hypot(move.x(), move.y());
            if (length > temperature)
                move *= temperature / length;
            // Free to roam: walls would make nodes line up along them. The
            // drawing is fitted into the area afterwards.
            at[i] += move;
        }
    }

    // Centre the drawing, and spread a small one to use the room it has.
    double left = at.constFirst().x();
    double right = left;
    double top = at.constFirst().y();
    double bottom = top;
    for (const QPointF &point : std::as_const(at)) {
        left = std::min(left, point.x());
        right = std::max(right, point.x());
        top = std::min(top, point.y());
        bottom = std::max(bottom, point.y());
    }
    const QRectF box(QPointF(left, top), QPointF(right, bottom));
    const QSizeF biggest = largest(nodes, footprints);
    const double roomX = std::max(1.0, area.width() - biggest.width() - 2.0 * GraphLayout::Gap);
    const double roomY = std::max(1.0, area.height() - biggest.height() - 2.0 * GraphLayout::Gap);
    // Fitted into the area each way on its own, so that a drawing rounder
    // than its area fills it; stretched one way at most as much as the area
    // is longer that way (or by half), so that it does not look squashed.
    const auto fit = [](double room, double extent) {
        return extent > 1.0 ? std::min(room / extent, 2.5) : 1.0;
    };
    double scaleX = fit(roomX, box.width());
    double scaleY = fit(roomY, box.height());
    const double wide = std::max(1.5, roomX / roomY);
    const double tall = std::max(1.5, roomY / roomX);
    scaleX = std::min(scaleX, wide * scaleY);
    scaleY = std::min(scaleY, tall * scaleX);
    for (qsizetype i = 0; i < count; ++i) {
        const QPointF offset = at.at(i) - box.center();
        const QPointF spread = middle + QPointF(offset.x() * scaleX, offset.y() * scaleY);
        centers[nodes.at(i)] = clampInto(spread, footprints.at(nodes.at(i)), area);
    }
}

bool anyOverlap(const QList<int> &nodes, const QList<QSizeF> &footprints,
                const QList<QPointF> &centers, double gap)
{
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        for (qsizetype j = i + 1; j < nodes.size(); ++j) {
            const int a = nodes.at(i);
            const int b = nodes.at(j);
            if (GraphLayout::overlaps(centers.at(a), footprints.at(a), centers.at(b),
                                      footprints.at(b), gap))
                return true;
        }
    }
    return false;
}

// Pushes overlapping footprints apart along the axis where they overlap
// least, half each, until none overlaps or the passes run out. Two tied
// nodes keep a wider gap, so that the tie between them (and its marks)
// shows.
void separate(const QList<int> &nodes, const QList<QSizeF> &footprints, const QList<Edge> &edges,
              const QRectF &area, QList<QPointF> &centers)
{
    QSet<std::pair<int, int>> tied;
    for (const Edge &edge : edges) {
        if (isValid(edge, footprints.size()))
            tied.insert({std::min(edge.from, edge.to), std::max(edge.from, edge.to)});
    }
    for (int pass = 0; pass < 600; ++pass) {
        bool moved = false;
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            for (qsizetype j = i + 1; j < nodes.size(); ++j) {
                const int a = nodes.at(i);
                const int b = nodes.at(j);
                const QPointF delta = centers.at(b) - centers.at(a);
                const double gap
                    = tied.contains({std::min(a, b), std::max(a, b)}) ? TiedGap : GraphLayout::Gap;
                const double overlapX = (footprints.at(a).width() + footprints.at(b).width()) / 2.0
                    + gap - std::abs(delta.x());
                const double overlapY
                    = (footprints.at(a).height() + footprints.at(b).height()) / 2.0 + gap
                    - std::abs(delta.y());
                if (overlapX <= 0.0 || overlapY <= 0.0)
                    continue;
                moved = true;
                if (overlapX <= overlapY) {
                    const double side = delta.x() < 0.0 ? -1.0 : 1.0;
                    centers[a].rx() -= side * (overlapX / 2.0 + 0.5);
                    centers[b].rx() += side * (overlapX / 2.0 + 0.5);
                } else {
                    const double side = delta.y() < 0.0 ? -1.0 : 1.0;
                    centers[a].ry() -= side * (overlapY / 2.0 + 0.5);
                    centers[b].ry() += side * (overlapY / 2.0 + 0.5);
                }
            }
        }
        for (int node : nodes)
            centers[node] = clampInto(centers.at(node), footprints.at(node), area);
        if (!moved)
            return;
    }
}

// The last resort when pushing apart did not settle (a crowded area): a
// grid in the reading order of where the nodes were.
void grid(const QList<int> &nodes, const QList<QSizeF> &footprints, const QRectF &area,
          QList<QPointF> &centers)
{
    const QSizeF cell = largest(nodes, footprints) + QSizeF(GraphLayout::Gap, GraphLayout::Gap);
    const int columns
        = std::max(1, static_cast<int>((area.width() - GraphLayout::Gap) / cell.width()));
    const int rows = static_cast<int>((nodes.size() + columns - 1) / columns);
    QList<int> order = nodes;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const auto band = [&](int node) {
            return std::floor(centers.at(node).y() / cell.height());
        };
        if (band(a) != band(b))
            return band(a) < band(b);
        return centers.at(a).x() < centers.at(b).x();
    });
    const double usedWidth
        = std::min(static_cast<double>(columns), static_cast<double>(nodes.size())) * cell.width();
    const QPointF origin(area.center().x() - usedWidth / 2.0,
                         area.center().y() - rows * cell.height() / 2.0);
    for (qsizetype i = 0; i < order.size(); ++i) {
        const int column = static_cast<int>(i % columns);
        const int row = static_cast<int>(i / columns);
        centers[order.at(i)]
            = origin + QPointF((column + 0.5) * cell.width(), (row + 0.5) * cell.height());
    }
}

} // namespace

bool GraphLayout::overlaps(const QPointF &a, const QSizeF &sizeA, const QPointF &b,
                           const QSizeF &sizeB, double gap)
{
    const double apartX = std::abs(a.x() - b.x()) - (sizeA.width() + sizeB.width()) / 2.0;
    const double apartY = std::abs(a.y() - b.y()) - (sizeA.height() + sizeB.height()) / 2.0;
    // A tiny tolerance: the pushes above are computed in floating point.
    return apartX < gap - 1e-6 && apartY < gap - 1e-6;
}

QSizeF GraphLayout::roomFor(const QList<QSizeF> &footprints, const QList<Edge> &edges)
{
    const QList<bool> tied = tiedNodes(footprints.size(), edges);
    QList<int> tiedList;
    QList<int> apartList;
    for (qsizetype i = 0; i < footprints.size(); ++i)
        (tied.at(i) ? tiedList : apartList).append(static_cast<int>(i));

    double width = MinimumWidth;
    double height = 0.0;
    if (!tiedList.isEmpty()) {
        double area = 0.0;
        for (int node : std::as_const(tiedList))
            area += (footprints.at(node).width() + Gap) * (footprints.at(node).height() + Gap);
        area *= LooseFactor;
        const QSizeF cell = largest(tiedList, footprints) + QSizeF(Gap, Gap);
        width = std::max({width, std::sqrt(area * 2.0), 3.0 * cell.width() + Gap});
        height = std::max({MinimumHeight, area / width, 3.0 * cell.height() + Gap});
        // Room for the grid of the last resort too.
        const int columns = std::max(1, static_cast<int>((width - Gap) / cell.width()));
        const auto rows = static_cast<double>((tiedList.size() + columns - 1) / columns);
        height = std::max(height, rows * cell.height() + 2.0 * Gap);
    }
    if (!apartList.isEmpty()) {
        width = std::max(width, largest(apartList, footprints).width() + 2.0 * Gap);
        const double band
            = CaptionHeight + packRows(apartList, footprints, 0.0, width, 0.0, nullptr);
        height += (tiedList.isEmpty() ? 0.0 : Gap) + band;
    }
    return {std::ceil(width), std::ceil(std::max(height, 1.0))};
}

GraphLayout::Placement GraphLayout::compute(const QList<QSizeF> &footprints,
                                            const QList<Edge> &edges, const QRectF &bounds,
                                            int iterations)
{
    Placement placement;
    placement.centers.fill(bounds.center(), footprints.size());
    const QList<bool> tied = tiedNodes(footprints.size(), edges);
    QList<int> tiedList;
    QList<int> apartList;
    for (qsizetype i = 0; i < footprints.size(); ++i)
        (tied.at(i) ? tiedList : apartList).append(static_cast<int>(i));

    placement.tiedArea = bounds;
    if (!apartList.isEmpty()) {
        const double rows
            = packRows(apartList, footprints, bounds.left(), bounds.width(), 0.0, nullptr);
        const double band = CaptionHeight + rows;
        // With nothing tied the band is all there is: it goes to the top.
        const double top = tiedList.isEmpty() ? bounds.top() : bounds.bottom() - band;
        placement.apartArea = QRectF(bounds.left(), top, bounds.width(), band);
        packRows(apartList, footprints, bounds.left(), bounds.width(), top + CaptionHeight,
                 &placement.centers);
        placement.tiedArea = tiedList.isEmpty()
            ? QRectF()
            : QRectF(bounds.left(), bounds.top(), bounds.width(),
                     std::max(0.0, top - Gap - bounds.top()));
    }
    if (tiedList.isEmpty())
        return placement;

    springs(tiedList, footprints, edges, placement.tiedArea, std::max(1, iterations),
            placement.centers);
    separate(tiedList, footprints, edges, placement.tiedArea, placement.centers);
    if (anyOverlap(tiedList, footprints, placement.centers, Gap / 2.0))
        grid(tiedList, footprints, placement.tiedArea, placement.centers);
    return placement;
}

} // namespace Coalition::Ui
