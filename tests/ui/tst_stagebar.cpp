// SPDX-License-Identifier: GPL-3.0-or-later
// The Dashboard's painted stage widgets: the stage bar (its state, words,
// geometry, painting and keyboard) and the stage history timeline.
#include "widgets/dashboardcolors.h"
#include "widgets/stagebar.h"
#include "widgets/stagehistoryview.h"

#include <QApplication>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coalition;
using namespace Coalition::Ui;

namespace {

constexpr std::array AllStages{DevelopmentStage::PreFormation, DevelopmentStage::Formation,
                               DevelopmentStage::Implementation, DevelopmentStage::Maintenance,
                               DevelopmentStage::Institutionalization};

// Pre-formation and formation substantially met, implementation not: the
// evidence suggests implementation; the coordinator recorded maintenance.
StageAssessment sampleAssessment()
{
    StageAssessment a;
    const std::array<std::pair<int, int>, 5> counts{{{7, 8}, {6, 8}, {2, 6}, {1, 5}, {0, 4}}};
    for (std::size_t i = 0; i < counts.size(); ++i) {
        StageResult result;
        result.stage = AllStages.at(i);
        result.met = counts.at(i).first;
        result.total = counts.at(i).second;
        result.substantiallyMet = StageEngine::isSubstantiallyMet(result.met, result.total);
        a.stages.append(result);
    }
    a.suggested = DevelopmentStage::Implementation;
    a.recorded = DevelopmentStage::Maintenance;
    StageChange change;
    change.id = 3;
    change.stage = DevelopmentStage::Maintenance;
    change.on = QDate(2026, 2, 1);
    change.rationale = u"The board says so"_s;
    a.recordedChange = change;
    a.reasons = {u"Pre-formation: 7 of 8 criteria met (at least 6 needed): substantially met."_s,
                 u"Formation: 6 of 8 criteria met (at least 6 needed): substantially met."_s,
                 u"Implementation: 2 of 6 criteria met (at least 5 needed): not yet "
                 "substantially met, so this is the stage the evidence supports."_s};
    return a;
}

StageChange change(Id id, DevelopmentStage stage, const QDate &on, const QString &why,
                   std::optional<Id> decision = std::nullopt)
{
    StageChange c;
    c.id = id;
    c.coalitionId = 1;
    c.stage = stage;
    c.on = on;
    c.rationale = why;
    c.decisionId = decision;
    return c;
}

// A fixed light palette so that the colours painted can be checked.
QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Window, QColor(240, 240, 240));
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0, 90, 200));
    return p;
}

bool near(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) <= 12 && std::abs(a.green() - b.green()) <= 12
        && std::abs(a.blue() - b.blue()) <= 12;
}

} // namespace

class TestStageBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void startsEmptyAndSaysSo()
    {
        StageBar bar;
        QCOMPARE(bar.objectName(), u"stageBar"_s);
        QVERIFY(!bar.hasAssessment());
        QVERIFY(!bar.recordedStage());
        QCOMPARE(bar.suggestedStage(), DevelopmentStage::PreFormation);
        for (const DevelopmentStage stage : AllStages) {
            QCOMPARE(bar.metCount(stage), 0);
            QCOMPARE(bar.totalCount(stage), 0);
        }
        QCOMPARE(bar.accessibleName(), u"Development stages"_s);
        QVERIFY(bar.accessibleDescription().contains(u"No coalition"_s));
        QVERIFY(bar.segmentToolTip(DevelopmentStage::Formation).contains(u"No coalition"_s));
    }

    void holdsTheAssessmentAndSaysItInWords()
    {
        StageBar bar;
        bar.setAssessment(sampleAssessment());
        QVERIFY(bar.hasAssessment());
        QCOMPARE(bar.recordedStage(), std::optional(DevelopmentStage::Maintenance));
        QCOMPARE(bar.suggestedStage(), DevelopmentStage::Implementation);
        QCOMPARE(bar.metCount(DevelopmentStage::PreFormation), 7);
        QCOMPARE(bar.totalCount(DevelopmentStage::PreFormation), 8);
        QCOMPARE(bar.metCount(DevelopmentStage::Implementation), 2);
        QCOMPARE(bar.totalCount(DevelopmentStage::Institutionalization), 4);
        QVERIFY(bar.isSubstantiallyMet(DevelopmentStage::Formation));
        QVERIFY(!bar.isSubstantiallyMet(DevelopmentStage::Implementation));

        const QString description = bar.accessibleDescription();
        QVERIFY2(description.contains(u"Suggested stage: Implementation."_s),
                 qPrintable(description));
        QVERIFY(description.contains(u"Recorded stage: Maintenance."_s));
        QVERIFY(description.contains(u"Pre-formation: 7 of 8 criteria met, substantially met."_s));
        QVERIFY(description.contains(u"Implementation: 2 of 6 criteria met."_s));

        // Each segment: its numbers, the engine's reasoning, what it is to the coalition.
        const QString implementation = bar.segmentToolTip(DevelopmentStage::Implementation);
        QVERIFY2(implementation.contains(u"2 of 6 criteria met: not yet substantially met "
                                         "(at least 5 needed)"_s),
                 qPrintable(implementation));
        QVERIFY(implementation.contains(u"so this is the stage the evidence supports"_s));
        QVERIFY(implementation.contains(u"the evidence suggests"_s));
        const QString maintenance = bar.segmentToolTip(DevelopmentStage::Maintenance);
        QVERIFY(maintenance.contains(u"recorded stage"_s));
        QVERIFY(maintenance.contains(u"does not reach this stage"_s));
        QVERIFY(bar.segmentToolTip(DevelopmentStage::PreFormation)
                    .contains(u"substantially met (at least 6 needed)"_s));

        bar.clear();
        QVERIFY(!bar.hasAssessment());
        QVERIFY(!bar.recordedStage());
        QCOMPARE(bar.metCount(DevelopmentStage::PreFormation), 0);
    }

    void segmentsRunInOrderAcrossTheWidth()
    {
        StageBar bar;
        bar.setAssessment(sampleAssessment());
        QVERIFY(bar.sizeHint().isValid());
        QVERIFY(bar.minimumSizeHint().width() <= bar.sizeHint().width());
        bar.resize(bar.sizeHint());
        int right = -1;
        for (const DevelopmentStage stage : AllStages) {
            const QRect segment = bar.segmentRect(stage);
            QVERIFY(!segment.isEmpty());
            QVERIFY(segment.left() > right);
            right = segment.right();
            QCOMPARE(bar.stageAt(segment.center()), std::optional(stage));
        }
        QVERIFY(right < bar.width());
        QVERIFY(!bar.stageAt(QPoint(5, bar.height() + 10)));
    }

    void paintsMetFilledAndTheSuggestionOutlined()
    {
        StageBar bar;
        bar.setPalette(lightPalette());
        bar.setAssessment(sampleAssessment());
        bar.resize(bar.sizeHint().width() + 100, bar.sizeHint().height());
        const QImage image = bar.grab().toImage();
        const DashboardColors colors = DashboardColors::from(lightPalette());
        const qreal ratio = image.devicePixelRatio();
        const auto pixel = [&](const QPoint &p) {
            return image.pixelColor(QPoint(int(p.x() * ratio), int(p.y() * ratio)));
        };
        // Inside a body, below its text and clear of its notch.
        const auto fillPoint = [&](DevelopmentStage stage) {
            const QRect r = bar.segmentRect(stage);
            return QPoint(r.center().x(), r.bottom() - 4);
        };
        QVERIFY(near(pixel(fillPoint(DevelopmentStage::Formation)), colors.metFill));
        QVERIFY(near(pixel(fillPoint(DevelopmentStage::Maintenance)), colors.openFill));
        QVERIFY(!near(colors.metFill, colors.openFill));
        // The suggested stage's thick outline along its top edge.
        const QRect suggested = bar.segmentRect(DevelopmentStage::Implementation);
        QVERIFY(near(pixel(QPoint(suggested.center().x(), suggested.top() + 2)), colors.highlight));
        const QRect other = bar.segmentRect(DevelopmentStage::Maintenance);
        QVERIFY(!near(pixel(QPoint(other.center().x(), other.top() + 2)), colors.highlight));
    }

    void clickAndKeysActivateASegment()
    {
        StageBar bar;
        bar.setAssessment(sampleAssessment());
        bar.resize(bar.sizeHint());
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QSignalSpy activated(&bar, &StageBar::stageActivated);
        QTest::mouseClick(&bar, Qt::LeftButton, {},
                          bar.segmentRect(DevelopmentStage::Formation).center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).value<DevelopmentStage>(), DevelopmentStage::Formation);

        bar.setFocus();
        bar.setCurrentStage(DevelopmentStage::Implementation);
        QTest::keyClick(&bar, Qt::Key_Right);
        QCOMPARE(bar.currentStage(), std::optional(DevelopmentStage::Maintenance));
        QTest::keyClick(&bar, Qt::Key_End);
        QTest::keyClick(&bar, Qt::Key_Right); // stays on the last
        QCOMPARE(bar.currentStage(), std::optional(DevelopmentStage::Institutionalization));
        QTest::keyClick(&bar, Qt::Key_Home);
        QCOMPARE(bar.currentStage(), std::optional(DevelopmentStage::PreFormation));
        QTest::keyClick(&bar, Qt::Key_Return);
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.at(1).at(0).value<DevelopmentStage>(), DevelopmentStage::PreFormation);
    }

    void historyStartsEmptyWithAHint()
    {
        StageHistoryView view;
        QCOMPARE(view.objectName(), u"stageHistory"_s);
        QVERIFY(view.isEmpty());
        QVERIFY(view.emptyText().contains(u"Stage page"_s));
        QCOMPARE(view.accessibleDescription(), view.emptyText());
        QCOMPARE(view.markerAt(QPoint(10, 10)), -1);
        view.resize(view.sizeHint());
        QVERIFY(!view.grab().isNull());
    }

    void historyPlacesDatedMarkersInOrder()
    {
        StageHistoryView view;
        const QList<StageChange> history{
            change(7, DevelopmentStage::Implementation, QDate(2026, 1, 10), u"Plans adopted"_s,
                   Id(42)),
            change(2, DevelopmentStage::PreFormation, QDate(2024, 3, 1), u"First talks"_s),
            change(5, DevelopmentStage::Formation, QDate(2024, 3, 5), u"Convened"_s),
        };
        view.setHistory(history, QDate(2026, 6, 1), {{42, u"Adopt the action plans"_s}});
        view.resize(900, view.sizeHint().height());
        QCOMPARE(view.history().size(), 3);
        // Oldest first, whatever order they came in.
        QCOMPARE(view.history().at(0).id, Id(2));
        QCOMPARE(view.history().at(2).id, Id(7));
        // Left to right, and never so close that the labels collide, even
        // for two changes four days apart.
        for (int i = 1; i < 3; ++i) {
            QVERIFY(view.markerCenter(i).x() > view.markerCenter(i - 1).x());
            QVERIFY(!view.markerRect(i).intersects(view.markerRect(i - 1)));
        }
        QVERIFY(view.markerRect(0).left() >= 0);
        QVERIFY(view.markerRect(2).right() < view.width());
        // The later markers sit in proportion: the 2026 change far right of the 2024 ones.
        QVERIFY(view.markerCenter(2).x() - view.markerCenter(1).x()
                > 3 * (view.markerCenter(1).x() - view.markerCenter(0).x()));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(view.markerAt(view.markerCenter(i)), i);

        const QString first = view.markerToolTip(0);
        QVERIFY2(first.contains(u"Pre-formation"_s), qPrintable(first));
        QVERIFY(first.contains(u"Why: First talks"_s));
        QVERIFY(first.contains(u"recorded as Formation"_s));
        const QString last = view.markerToolTip(2);
        QVERIFY(last.contains(u"Settled by the decision “Adopt the action plans”"_s));
        QVERIFY(last.contains(u"recorded stage today"_s));
        QVERIFY(view.accessibleDescription().contains(u"3 recorded stage changes"_s));
        QVERIFY(view.accessibleDescription().contains(u"Implementation"_s));
    }

    void historyMarkersActivateByClickAndKeys()
    {
        StageHistoryView view;
        view.setHistory({change(2, DevelopmentStage::PreFormation, QDate(2024, 3, 1), u"a"_s),
                         change(5, DevelopmentStage::Formation, QDate(2025, 3, 1), u"b"_s)},
                        QDate(2026, 3, 1));
        view.resize(700, view.sizeHint().height());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy activated(&view, &StageHistoryView::changeActivated);
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.markerCenter(0));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).value<Id>(), Id(2));
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(view.currentIndex(), 1);
        QTest::keyClick(&view, Qt::Key_Enter);
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.at(1).at(0).value<Id>(), Id(5));

        // Narrow: the markers spread evenly rather than overlap.
        view.setHistory({change(1, DevelopmentStage::PreFormation, QDate(2024, 3, 1), u"a"_s),
                         change(2, DevelopmentStage::Formation, QDate(2024, 3, 2), u"b"_s),
                         change(3, DevelopmentStage::Implementation, QDate(2024, 3, 3), u"c"_s)},
                        QDate(2026, 3, 1));
        QVERIFY(view.markerCenter(1).x() > view.markerCenter(0).x());
        QVERIFY(view.markerCenter(2).x() > view.markerCenter(1).x());
        QVERIFY(view.markerCenter(2).x() <= view.width());
    }
};

QTEST_MAIN(TestStageBar)
#include "tst_stagebar.moc"
