// SPDX-License-Identifier: GPL-3.0-or-later
// The automatic layout of the network graph (widgets/graphlayout.h): the
// same input gives the same picture; footprints never overlap and stay in
// bounds; nodes without a tie sit apart; tied nodes end up nearer each other
// than strangers.

#include "widgets/graphlayout.h"

#include <QTest>

#include <cmath>

using namespace Coalition::Ui;

using Edge = GraphLayout::Edge;

Q_DECLARE_METATYPE(QList<QSizeF>)
Q_DECLARE_METATYPE(QList<GraphLayout::Edge>)

namespace {

// Footprints as the graph makes them: wide labels under small circles, of
// varied sizes (a fixed pattern, no randomness).
QList<QSizeF> footprints(int count)
{
    QList<QSizeF> sizes;
    for (int i = 0; i < count; ++i)
        sizes.append(QSizeF(60.0 + (i * 37) % 110, 40.0 + (i * 13) % 36));
    return sizes;
}

// A ring of `count` nodes with a chord every third node.
QList<Edge> ringWithChords(int count)
{
    QList<Edge> edges;
    for (int i = 0; i < count; ++i) {
        edges.append({i, (i + 1) % count, 1.0});
        if (i % 3 == 0 && count > 4)
            edges.append({i, (i + count / 2) % count, 1.6});
    }
    return edges;
}

QList<Edge> complete(int count)
{
    QList<Edge> edges;
    for (int i = 0; i < count; ++i) {
        for (int j = i + 1; j < count; ++j)
            edges.append({i, j, 1.0 + (i + j) % 3});
    }
    return edges;
}

QList<bool> tied(int count, const QList<Edge> &edges)
{
    QList<bool> result(count, false);
    for (const Edge &edge : edges) {
        if (edge.from == edge.to || edge.from < 0 || edge.to < 0 || edge.from >= count
            || edge.to >= count)
            continue;
        result[edge.from] = true;
        result[edge.to] = true;
    }
    return result;
}

QRectF box(const QPointF &center, const QSizeF &size)
{
    return {center.x() - size.width() / 2.0, center.y() - size.height() / 2.0, size.width(),
            size.height()};
}

} // namespace

class TestGraphLayout : public QObject
{
    Q_OBJECT

private:
    // The networks the layout is tried on, as test data.
    static void layouts();

private Q_SLOTS:
    void deterministic_data() { layouts(); }
    void deterministic();
    void noOverlapInsideBounds_data() { layouts(); }
    void noOverlapInsideBounds();
    void apartNodesSitInTheirBand_data() { layouts(); }
    void apartNodesSitInTheirBand();
    void tiedNodesAreCloserThanStrangers();
    void crowdedBoundsStillKeepNodesApart();
    void emptyAndSingle();
    void badEdgesAreIgnored();
    void roomGrowsWithTheNetwork();
};

void TestGraphLayout::layouts()
{
    QTest::addColumn<QList<QSizeF>>("sizes");
    QTest::addColumn<QList<Edge>>("edges");

    QTest::newRow("pair") << footprints(2) << QList<Edge>{{0, 1, 1.0}};
    QTest::newRow("triangle") << footprints(3) << complete(3);
    QList<Edge> star;
    for (int i = 1; i < 7; ++i)
        star.append({0, i, 1.0});
    QTest::newRow("star with two apart") << footprints(9) << star;
    QTest::newRow("ring of 12") << footprints(12) << ringWithChords(12);
    QTest::newRow("complete 8") << footprints(8) << complete(8);
    QList<Edge> islands{{0, 1, 1.0}, {1, 2, 1.0}, {3, 4, 1.0}, {5, 6, 2.0}, {6, 7, 1.0}};
    QTest::newRow("islands and loners") << footprints(11) << islands;
    QTest::newRow("ring of 40") << footprints(40) << ringWithChords(40);
    QTest::newRow("nobody tied") << footprints(6) << QList<Edge>{};
}

void TestGraphLayout::deterministic()
{
    QFETCH(QList<QSizeF>, sizes);
    QFETCH(QList<Edge>, edges);
    const QRectF bounds(QPointF(10.0, 20.0), GraphLayout::roomFor(sizes, edges));
    const GraphLayout::Placement first = GraphLayout::compute(sizes, edges, bounds);
    const GraphLayout::Placement second = GraphLayout::compute(sizes, edges, bounds);
    QCOMPARE(first.centers.size(), sizes.size());
    QCOMPARE(second.centers, first.centers);
    QCOMPARE(second.tiedArea, first.tiedArea);
    QCOMPARE(second.apartArea, first.apartArea);
    // Not merely all in one spot.
    if (sizes.size() > 1)
        QVERIFY(first.centers.at(0) != first.centers.at(1));
}

void TestGraphLayout::noOverlapInsideBounds()
{
    QFETCH(QList<QSizeF>, sizes);
    QFETCH(QList<Edge>, edges);
    const QRectF bounds(QPointF(-50.0, 0.0), GraphLayout::roomFor(sizes, edges));
    const GraphLayout::Placement placement = GraphLayout::compute(sizes, edges, bounds);
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const QRectF footprint = box(placement.centers.at(i), sizes.at(i));
        QVERIFY2(bounds.adjusted(-0.01, -0.01, 0.01, 0.01).contains(footprint),
                 qPrintable(QStringLiteral("node %1 leaves the bounds").arg(i)));
        for (qsizetype j = i + 1; j < sizes.size(); ++j) {
            const QRectF other = box(placement.centers.at(j), sizes.at(j));
            QVERIFY2(!footprint.intersects(other),
                     qPrintable(QStringLiteral("nodes %1 and %2 overlap").arg(i).arg(j)));
            QVERIFY(!GraphLayout::overlaps(placement.centers.at(i), sizes.at(i),
                                           placement.centers.at(j), sizes.at(j)));
        }
    }
}

void TestGraphLayout::apartNodesSitInTheirBand()
{
    QFETCH(QList<QSizeF>, sizes);
    QFETCH(QList<Edge>, edges);
    const QRectF bounds(QPointF(0.0, 0.0), GraphLayout::roomFor(sizes, edges));
    const GraphLayout::Placement placement = GraphLayout::compute(sizes, edges, bounds);
    const QList<bool> isTied = tied(static_cast<int>(sizes.size()), edges);
    const bool anyApart = isTied.contains(false);
    const bool anyTied = isTied.contains(true);
    QCOMPARE(placement.apartArea.isEmpty(), !anyApart);
    QCOMPARE(placement.tiedArea.isEmpty(), !anyTied);
    if (anyApart && anyTied) {
        // The band runs along the bottom, under the tied nodes, the full width.
        QVERIFY(placement.apartArea.top() > placement.tiedArea.bottom());
        QCOMPARE(placement.apartArea.bottom(), bounds.bottom());
        QCOMPARE(placement.apartArea.width(), bounds.width());
    }
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const QRectF footprint = box(placement.centers.at(i), sizes.at(i));
        const QRectF area = isTied.at(i) ? placement.tiedArea : placement.apartArea;
        QVERIFY2(area.adjusted(-0.01, -0.01, 0.01, 0.01).contains(footprint),
                 qPrintable(QStringLiteral("node %1 outside its area").arg(i)));
    }
    // Room is left above the apart nodes for the band's caption.
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        if (!isTied.at(i))
            QVERIFY(box(placement.centers.at(i), sizes.at(i)).top()
                    >= placement.apartArea.top() + GraphLayout::CaptionHeight - 0.01);
    }
}

void TestGraphLayout::tiedNodesAreCloserThanStrangers()
{
    // Two separate triangles, strongly tied inside: a readable picture puts
    // each triangle's members nearer each other than the other triangle's.
    const QList<QSizeF> sizes = footprints(6);
    const QList<Edge> edges{{0, 1, 2.0}, {1, 2, 2.0}, {0, 2, 2.0},
                            {3, 4, 2.0}, {4, 5, 2.0}, {3, 5, 2.0}};
    const QRectF bounds(QPointF(0.0, 0.0), GraphLayout::roomFor(sizes, edges));
    const GraphLayout::Placement placement = GraphLayout::compute(sizes, edges, bounds);
    const auto distance = [&](int a, int b) {
        const QPointF delta = placement.centers.at(a) - placement.centers.at(b);
        return std::hypot(delta.x(), delta.y());
    };
    double tiedTotal = 0.0;
    for (const Edge &edge : edges)
        tiedTotal += distance(edge.from, edge.to);
    double strangerTotal = 0.0;
    for (int a = 0; a < 3; ++a) {
        for (int b = 3; b < 6; ++b)
            strangerTotal += distance(a, b);
    }
    QVERIFY2(
        tiedTotal / 6.0 < strangerTotal / 9.0,
        qPrintable(
            QStringLiteral("tied %1, strangers %2").arg(tiedTotal / 6.0).arg(strangerTotal / 9.0)));
}

void TestGraphLayout::crowdedBoundsStillKeepNodesApart()
{
    // Bounds much tighter than roomFor() but enough for a grid: the layout
    // falls back rather than overlap.
    const QList<QSizeF> sizes(16, QSizeF(80.0, 50.0));
    const QList<Edge> edges = complete(16);
    const QRectF bounds(0.0, 0.0, 4 * (80.0 + GraphLayout::Gap) + GraphLayout::Gap,
                        4 * (50.0 + GraphLayout::Gap) + 2 * GraphLayout::Gap);
    const GraphLayout::Placement placement = GraphLayout::compute(sizes, edges, bounds);
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        QVERIFY(bounds.adjusted(-0.01, -0.01, 0.01, 0.01)
                    .contains(box(placement.centers.at(i), sizes.at(i))));
        for (qsizetype j = i + 1; j < sizes.size(); ++j)
            QVERIFY2(!GraphLayout::overlaps(placement.centers.at(i), sizes.at(i),
                                            placement.centers.at(j), sizes.at(j)),
                     qPrintable(QStringLiteral("nodes %1 and %2 overlap").arg(i).arg(j)));
    }
}

void TestGraphLayout::emptyAndSingle()
{
    const GraphLayout::Placement none = GraphLayout::compute({}, {}, QRectF(0, 0, 400, 300));
    QVERIFY(none.centers.isEmpty());
    QVERIFY(none.apartArea.isEmpty());
    QVERIFY(GraphLayout::roomFor({}, {}).isValid());

    const QList<QSizeF> one{QSizeF(80.0, 50.0)};
    const QRectF bounds(QPointF(0.0, 0.0), GraphLayout::roomFor(one, {}));
    const GraphLayout::Placement single = GraphLayout::compute(one, {}, bounds);
    QCOMPARE(single.centers.size(), 1);
    // Untied, so in the band, which is all there is.
    QVERIFY(single.apartArea.contains(box(single.centers.at(0), one.at(0))));
    QCOMPARE(single.apartArea.top(), bounds.top());
}

void TestGraphLayout::badEdgesAreIgnored()
{
    const QList<QSizeF> sizes = footprints(4);
    const QList<Edge> edges{{0, 1, 1.0}, {2, 2, 1.0}, {-1, 3, 1.0}, {1, 9, 1.0}};
    const QRectF bounds(QPointF(0.0, 0.0), GraphLayout::roomFor(sizes, edges));
    const GraphLayout::Placement placement = GraphLayout::compute(sizes, edges, bounds);
    // Only 0 and 1 are tied; 2 and 3 sit apart.
    QVERIFY(placement.tiedArea.contains(placement.centers.at(0)));
    QVERIFY(placement.tiedArea.contains(placement.centers.at(1)));
    QVERIFY(placement.apartArea.contains(placement.centers.at(2)));
    QVERIFY(placement.apartArea.contains(placement.centers.at(3)));
}

void TestGraphLayout::roomGrowsWithTheNetwork()
{
    const QSizeF small = GraphLayout::roomFor(footprints(5), ringWithChords(5));
    const QSizeF large = GraphLayout::roomFor(footprints(50), ringWithChords(50));
    QVERIFY(large.width() * large.height() > 4.0 * small.width() * small.height());
    // Loners add a band to the height, not to the tied area.
    QList<Edge> edges = ringWithChords(5);
    const QSizeF withLoners = GraphLayout::roomFor(footprints(8), edges);
    QVERIFY(withLoners.height() > small.height());
}

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
