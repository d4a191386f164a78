// SPDX-License-Identifier: GPL-3.0-or-later
// The network graph (widgets/networkgraphview.h): nodes and ties from the
// figures, styled by level and trust, members without a tie set apart,
// dragging with ties following, selection and activation by mouse and
// keyboard, zoom, an arrangement kept across edits, and the PNG and SVG
// exports.

#include "models/relationshipstyle.h"
#include "widgets/networkgraphitems.h"
#include "widgets/networkgraphview.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>
#include <QXmlStreamReader>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Coalition;
using namespace Coalition::Ui;

namespace {

constexpr Id Alder = 1;
constexpr Id Birch = 2;
constexpr Id Cedar = 3;
constexpr Id Dogwood = 4;
constexpr Id Elm = 5;

OrganizationTies member(Id id, const QString &name, int ties)
{
    OrganizationTies organization;
    organization.organizationId = id;
    organization.name = name;
    organization.ties = ties;
    return organization;
}

NetworkTie tie(Id relationshipId, Id first, Id second, RelationshipLevel level, TrustLevel trust,
               bool disagree = false)
{
    NetworkTie t;
    t.relationshipId = relationshipId;
    t.firstId = first;
    t.secondId = second;
    t.level = level;
    t.trust = trust;
    t.sidesDisagree = disagree;
    return t;
}

// Five members: a triangle of Alder, Birch and Cedar, Dogwood tied to Cedar
// only, and Elm with no tie. Birch and Cedar rate theirs differently.
NetworkFigures sample()
{
    NetworkFigures figures;
    figures.members = 5;
    figures.pairs = 10;
    figures.organizations
        = {member(Alder, u"Alder Tenants"_s, 2), member(Birch, u"Birch Food Bank"_s, 2),
           member(Cedar, u"Cedar Health & Care"_s, 3), member(Dogwood, u"Dogwood Library"_s, 1),
           member(Elm, u"Elm Youth <Club>"_s, 0)};
    figures.ties = {
        tie(11, Alder, Birch, RelationshipLevel::Networking, TrustLevel::Low),
        tie(12, Alder, Cedar, RelationshipLevel::Coordinating, TrustLevel::Some),
        tie(13, Birch, Cedar, RelationshipLevel::Cooperating, TrustLevel::More, true),
        tie(14, Cedar, Dogwood, RelationshipLevel::Collaborating, TrustLevel::High),
    };
    figures.tiedPairs = 4;
    figures.isolated = {Elm};
    figures.disagreements = 1;
    return figures;
}

QPoint viewPoint(const NetworkGraphView &view, const QPointF &scenePoint)
{
    return view.mapFromScene(scenePoint);
}

void sendMouse(QWidget *target, QEvent::Type type, const QPoint &at, Qt::MouseButton button,
               Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(at), target->mapToGlobal(QPointF(at)), button, buttons,
                      Qt::NoModifier);
    QApplication::sendEvent(target, &event);
}

} // namespace

class TestNetworkGraphView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<NetworkGraphView> m_view;

    void show(const NetworkFigures &figures)
    {
        m_view = std::make_unique<NetworkGraphView>();
        m_view->resize(900, 700);
        m_view->setNetwork(figures);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

private Q_SLOTS:
    void cleanup() { m_view.reset(); }

    void nodesAndTiesFromTheFigures()
    {
        show(sample());
        QCOMPARE(m_view->nodeItems().size(), 5);
        QCOMPARE(m_view->edgeItems().size(), 4);
        QCOMPARE(m_view->nodeItem(Cedar)->name(), u"Cedar Health & Care"_s);
        QCOMPARE(m_view->nodeItem(Cedar)->ties(), 3);
        QCOMPARE(m_view->edgeItem(13)->firstNode(), m_view->nodeItem(Birch));
        QCOMPARE(m_view->edgeItem(13)->secondNode(), m_view->nodeItem(Cedar));
        QVERIFY(m_view->accessibleDescription().contains(u"5 members"_s));

        // Size grows with the number of ties.
        QVERIFY(m_view->nodeItem(Cedar)->radius() > m_view->nodeItem(Alder)->radius());
        QVERIFY(m_view->nodeItem(Alder)->radius() > m_view->nodeItem(Dogwood)->radius());
        QVERIFY(m_view->nodeItem(Dogwood)->radius() > m_view->nodeItem(Elm)->radius());

        // A member with no tie sits apart, in the band under the others.
        QVERIFY(m_view->nodeItem(Elm)->isIsolated());
        QVERIFY(!m_view->apartArea().isEmpty());
        QVERIFY(m_view->apartArea().contains(m_view->nodeItem(Elm)->scenePos()));
        for (Id id : {Alder, Birch, Cedar, Dogwood}) {
            QVERIFY(!m_view->nodeItem(id)->isIsolated());
            QVERIFY(m_view->nodeItem(id)->scenePos().y() < m_view->apartArea().top());
        }
        // No two members' circles and labels overlap.
        const auto nodes = m_view->nodeItems();
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            for (qsizetype j = i + 1; j < nodes.size(); ++j)
                QVERIFY(!nodes.at(i)
                             ->sceneBoundingRect()
                             .adjusted(4, 4, -4, -4)
                             .intersects(nodes.at(j)->sceneBoundingRect().adjusted(4, 4, -4, -4)));
        }
    }

    void tiesAreStyledByLevelAndTrust()
    {
        show(sample());
        const QPen networking = m_view->edgeItem(11)->pen();
        const QPen coordinating = m_view->edgeItem(12)->pen();
        const QPen cooperating = m_view->edgeItem(13)->pen();
        const QPen collaborating = m_view->edgeItem(14)->pen();
        QCOMPARE(networking.style(), Qt::DotLine);
        QCOMPARE(coordinating.style(), Qt::DashLine);
        QCOMPARE(cooperating.style(), Qt::SolidLine);
        QCOMPARE(collaborating.style(), Qt::SolidLine);
        QVERIFY(networking.widthF() < coordinating.widthF());
        QVERIFY(coordinating.widthF() < cooperating.widthF());
        QVERIFY(cooperating.widthF() < collaborating.widthF());
        // Trust: its own colour, fainter the lower it is.
        QCOMPARE(networking.color(), RelationshipStyle::trustColor(TrustLevel::Low));
        QCOMPARE(collaborating.color(), RelationshipStyle::trustColor(TrustLevel::High));
        QVERIFY(networking.color().rgb() != collaborating.color().rgb());
        QVERIFY(networking.color().alphaF() < coordinating.color().alphaF());
        QVERIFY(coordinating.color().alphaF() < cooperating.color().alphaF());
        QVERIFY(cooperating.color().alphaF() < collaborating.color().alphaF());

        // The disagreeing tie carries the mark, and says so.
        QVERIFY(m_view->edgeItem(13)->sidesDisagree());
        QVERIFY(!m_view->edgeItem(14)->sidesDisagree());
        QVERIFY(m_view->edgeItem(13)->toolTip().contains(u"differently"_s));
        QVERIFY(m_view->edgeItem(13)->boundingRect().height() > 16.0);

        // Words on ties, on demand.
        QVERIFY(!m_view->edgeItem(14)->showsLabel());
        m_view->setShowsTieLabels(true);
        QVERIFY(m_view->edgeItem(14)->showsLabel());
        QCOMPARE(m_view->edgeItem(14)->labelText(), u"Collab · high"_s);
    }

    void tieToolTipsComeFromTheCaller()
    {
        m_view = std::make_unique<NetworkGraphView>();
        m_view->setNetwork(sample(), {{12, u"Alder and Cedar plan the fair together"_s}});
        QCOMPARE(m_view->edgeItem(12)->toolTip(), u"Alder and Cedar plan the fair together"_s);
        QVERIFY(m_view->edgeItem(11)->toolTip().contains(u"Alder Tenants"_s));
    }

    void draggingANodeMovesItsTies()
    {
        show(sample());
        NetworkNodeItem *dogwood = m_view->nodeItem(Dogwood);
        NetworkEdgeItem *tie = m_view->edgeItem(14);
        const QPointF before = dogwood->scenePos();
        const QLineF lineBefore = tie->visibleLine();
        QCOMPARE(tie->centerLine().p2(), before);

        QWidget *viewport = m_view->viewport();
        const QPoint start = viewPoint(*m_view, before);
        const QPoint end = start + QPoint(-40, -30);
        sendMouse(viewport, QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
        sendMouse(viewport, QEvent::MouseMove, start + QPoint(-10, -8), Qt::NoButton,
                  Qt::LeftButton);
        sendMouse(viewport, QEvent::MouseMove, end, Qt::NoButton, Qt::LeftButton);
        sendMouse(viewport, QEvent::MouseButtonRelease, end, Qt::LeftButton, Qt::NoButton);

        const QPointF after = dogwood->scenePos();
        QVERIFY2(std::hypot(after.x() - before.x(), after.y() - before.y()) > 10.0,
                 "the node did not move");
        // The tie follows: it still runs from Cedar's centre to Dogwood's,
        // and its drawn part moved with it.
        QCOMPARE(tie->centerLine().p2(), after);
        QCOMPARE(tie->centerLine().p1(), m_view->nodeItem(Cedar)->scenePos());
        QVERIFY(tie->visibleLine() != lineBefore);
        const double rim = std::hypot(tie->visibleLine().p2().x() - after.x(),
                                      tie->visibleLine().p2().y() - after.y());
        QVERIFY(std::abs(rim - (dogwood->radius() + 2.0)) < 0.5);
        // Dragging selected the node, which asks for its relationships.
        QVERIFY(dogwood->isSelected());
        QCOMPARE(m_view->selectedOrganization(), Dogwood);
    }

    void nodesStayOnTheCanvas()
    {
        show(sample());
        NetworkNodeItem *alder = m_view->nodeItem(Alder);
        alder->setPos(-5000.0, 99999.0);
        QVERIFY(m_view->scene()->sceneRect().contains(alder->sceneBoundingRect()));
    }

    void clickSelectsAndDoubleClickActivates()
    {
        show(sample());
        QSignalSpy selected(m_view.get(), &NetworkGraphView::organizationSelected);
        QSignalSpy tieSelected(m_view.get(), &NetworkGraphView::relationshipSelected);
        QSignalSpy activated(m_view.get(), &NetworkGraphView::relationshipActivated);
        QSignalSpy nodeActivated(m_view.get(), &NetworkGraphView::organizationActivated);

        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                          viewPoint(*m_view, m_view->nodeItem(Birch)->scenePos()));
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.constLast().constFirst().value<Id>(), Birch);

        // A tie's middle (off the disagreement mark, on the line itself).
        const QLineF line = m_view->edgeItem(12)->visibleLine();
        const QPoint onTie = viewPoint(*m_view, line.pointAt(0.3));
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, onTie);
        QCOMPARE(tieSelected.size(), 1);
        QCOMPARE(tieSelected.constLast().constFirst().value<Id>(), Id(12));
        QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, onTie);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.constLast().constFirst().value<Id>(), Id(12));

        // Keyboard: the arrows step through members then ties, Enter activates.
        m_view->setFocus();
        m_view->selectOrganization(Alder);
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QCOMPARE(m_view->selectedOrganization(), Birch);
        QTest::keyClick(m_view.get(), Qt::Key_Return);
        QCOMPARE(nodeActivated.size(), 1);
        QCOMPARE(nodeActivated.constLast().constFirst().value<Id>(), Birch);
        m_view->selectOrganization(Elm);
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QCOMPARE(m_view->selectedRelationship(), Id(11));
        QTest::keyClick(m_view.get(), Qt::Key_Left);
        QCOMPARE(m_view->selectedOrganization(), Elm);
        // Shift+arrow moves the selected member.
        const QPointF before = m_view->nodeItem(Elm)->pos();
        QTest::keyClick(m_view.get(), Qt::Key_Up, Qt::ShiftModifier);
        QCOMPARE(m_view->nodeItem(Elm)->pos(), before + QPointF(0.0, -10.0));
    }

    void sameNetworkSamePicture()
    {
        NetworkGraphView first;
        first.setNetwork(sample());
        NetworkGraphView second;
        second.setNetwork(sample());
        for (Id id : {Alder, Birch, Cedar, Dogwood, Elm})
            QCOMPARE(second.nodeItem(id)->pos(), first.nodeItem(id)->pos());
        QCOMPARE(second.scene()->sceneRect(), first.scene()->sceneRect());
    }

    void handMadeArrangementSurvivesEdits()
    {
        show(sample());
        m_view->nodeItem(Alder)->setPos(m_view->nodeItem(Alder)->pos() + QPointF(15.0, 5.0));
        const QPointF moved = m_view->nodeItem(Alder)->pos();

        // A tie changes level: same members, same ones apart, same picture.
        NetworkFigures edited = sample();
        edited.ties[0].level = RelationshipLevel::Cooperating;
        m_view->setNetwork(edited);
        QCOMPARE(m_view->nodeItem(Alder)->pos(), moved);
        QCOMPARE(m_view->edgeItem(11)->pen().style(), Qt::SolidLine);
        QCOMPARE(m_view->edgeItem(11)->centerLine().p1(), moved);

        // Elm gets a tie: the layout is made afresh, as a new view would.
        NetworkFigures joined = sample();
        joined.organizations[3].ties = 2;
        joined.organizations[4].ties = 1;
        joined.ties.append(tie(15, Dogwood, Elm, RelationshipLevel::Networking, TrustLevel::Some));
        joined.isolated.clear();
        m_view->setNetwork(joined);
        NetworkGraphView fresh;
        fresh.setNetwork(joined);
        QCOMPARE(m_view->nodeItem(Alder)->pos(), fresh.nodeItem(Alder)->pos());
        QVERIFY(m_view->apartArea().isEmpty());
        QCOMPARE(m_view->edgeItems().size(), 5);

        // Rearrange forgets a hand-made move.
        m_view->nodeItem(Birch)->moveBy(30.0, 0.0);
        m_view->rearrange();
        QCOMPARE(m_view->nodeItem(Birch)->pos(), fresh.nodeItem(Birch)->pos());
    }

    void zoomsWithControlWheelAndFits()
    {
        show(sample());
        QVERIFY(m_view->fitsToView());
        const double fitted = m_view->zoomFactor();
        const QPoint middle = m_view->viewport()->rect().center();
        QWheelEvent zoom(QPointF(middle), m_view->viewport()->mapToGlobal(QPointF(middle)),
                         QPoint(), QPoint(0, 240), Qt::NoButton, Qt::ControlModifier,
                         Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_view->viewport(), &zoom);
        QVERIFY(m_view->zoomFactor() > fitted * 1.2);
        QVERIFY(!m_view->fitsToView());
        m_view->zoomOut();
        m_view->zoomOut();
        m_view->zoomOut();
        QVERIFY(m_view->zoomFactor() < fitted);
        m_view->fitToView();
        QVERIFY(m_view->fitsToView());
        QCOMPARE(m_view->zoomFactor(), fitted);
    }

    void exportsAPngImage()
    {
        show(sample());
        m_view->setTitle(u"Relationships among the members of Riverside"_s);
        m_view->selectOrganization(Cedar);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"network.png"_s);
        QString error;
        QVERIFY2(m_view->exportPng(path, &error), qPrintable(error));
        QImage image;
        QVERIFY(image.load(path, "PNG"));
        QCOMPARE(image.size(), m_view->exportSize() * 2);
        // Something was drawn, in more than one colour.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY(colours.size() > 10);
        // Exporting leaves the selection as it was.
        QCOMPARE(m_view->selectedOrganization(), Cedar);

        QVERIFY(!m_view->exportPng(dir.filePath(u"missing/folder/network.png"_s), &error));
        QVERIFY(!error.isEmpty());
    }

    void exportsAnSvgDrawingWithTheNames()
    {
        show(sample());
        m_view->setTitle(u"Relationships among the members of Riverside"_s);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"network.svg"_s);
        QString error;
        QVERIFY2(m_view->exportSvg(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString text;
        QString root;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && root.isEmpty())
                root = xml.name().toString();
            if (xml.isCharacters())
                text += xml.text();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(root, u"svg"_s);
        // Names come through as text, escaped where XML needs it.
        for (const QString &name :
             {u"Alder Tenants"_s, u"Birch Food Bank"_s, u"Cedar Health & Care"_s,
              u"Dogwood Library"_s, u"Elm Youth <Club>"_s})
            QVERIFY2(text.contains(name), qPrintable(name));
        QVERIFY(text.contains(u"Relationships among the members of Riverside"_s));
        QVERIFY(text.contains(u"Collaborating"_s)); // the legend

        QVERIFY(!m_view->exportSvg(dir.filePath(u"missing/folder/network.svg"_s), &error));
        QVERIFY(!error.isEmpty());
    }

    void anEmptyNetworkDrawsNothing()
    {
        m_view = std::make_unique<NetworkGraphView>();
        m_view->setNetwork(sample());
        m_view->setNetwork(NetworkFigures{});
        QVERIFY(m_view->nodeItems().isEmpty());
        QVERIFY(m_view->edgeItems().isEmpty());
        QVERIFY(m_view->apartArea().isEmpty());
    }
};

QTEST_MAIN(TestNetworkGraphView)
#include "tst_networkgraphview.moc"
