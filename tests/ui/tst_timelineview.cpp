// SPDX-License-Identifier: GPL-3.0-or-later
// The task timeline (widgets/timelineview.h): bars placed by their dates at
// either zoom, today's line, late tasks marked, rows under their group,
// activation by mouse and keyboard.

#include "models/timelinerow.h"
#include "widgets/timelineview.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace Qt::StringLiterals;
using namespace Coalition;
using namespace Coalition::Ui;

using Zoom = TimelineView::Zoom;

Q_DECLARE_METATYPE(Coalition::Ui::TimelineView::Zoom)

namespace {

const QDate Today(2026, 10, 15);

TimelineRow groupRow(Id id, const QString &name)
{
    ActionGroup group;
    group.id = id;
    group.name = name;
    return TimelineRow::group(group);
}

TimelineRow taskRow(Id id, Id groupId, const QDate &startOn, const QDate &dueOn,
                    TaskStatus status = TaskStatus::InProgress)
{
    ActionPlan plan;
    plan.id = groupId * 10;
    plan.groupId = groupId;
    plan.title = u"Plan %1"_s.arg(groupId);
    Task task;
    task.id = id;
    task.planId = plan.id;
    task.title = u"Task %1"_s.arg(id);
    task.startOn = startOn;
    task.dueOn = dueOn;
    task.status = status;
    if (status == TaskStatus::Done)
        task.doneOn = dueOn;
    return TimelineRow::task(task, plan, u"Group %1"_s.arg(groupId), u"Riverside Tenants"_s, Today);
}

// Two groups: a late task, a plain one, one with only a due date; an open
// one with only a start, a done one, one with no dates at all.
QList<TimelineRow> sampleRows()
{
    return {
        groupRow(1, u"River group"_s),
        taskRow(11, 1, QDate(2026, 10, 1), QDate(2026, 10, 10), TaskStatus::NotStarted),
        taskRow(12, 1, QDate(2026, 10, 5), QDate(2026, 10, 31)),
        taskRow(13, 1, QDate(), QDate(2026, 11, 5)),
        groupRow(2, u"Schools group"_s),
        taskRow(21, 2, QDate(2026, 10, 10), QDate()),
        taskRow(22, 2, QDate(2026, 9, 1), QDate(2026, 9, 20), TaskStatus::Done),
        taskRow(23, 2, QDate(), QDate()),
    };
}

} // namespace

class TestTimelineView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rowsFromTasks();
    void barGeometry_data();
    void barGeometry();
    void rowsGrouped();
    void todayLine();
    void zoomSwitch();
    void clickActivates();
    void lateTasksFlagged();
    void keyboardNavigation();
    void accessibility();
    void painting_data();
    void painting();
    void manyTasks();

private:
    std::unique_ptr<TimelineView> m_view;
};

void TestTimelineView::init()
{
    m_view = std::make_unique<TimelineView>();
    m_view->resize(1400, 500);
    m_view->setToday(Today);
    m_view->setRows(sampleRows());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestTimelineView::cleanup()
{
    m_view.reset();
}

void TestTimelineView::rowsFromTasks()
{
    const TimelineRow late = taskRow(1, 1, QDate(), Today.addDays(-1));
    QVERIFY(late.late);
    QCOMPARE(late.kind, TimelineRow::Kind::Task);
    QCOMPARE(late.groupName, u"Group 1"_s);
    QCOMPARE(late.planTitle, u"Plan 1"_s);
    QCOMPARE(late.planId, Id(10));
    QVERIFY(!taskRow(2, 1, QDate(), Today).late);
    QVERIFY(!taskRow(3, 1, QDate(), Today.addDays(-9), TaskStatus::Done).late);
    QVERIFY(!taskRow(4, 1, QDate(), Today.addDays(-9), TaskStatus::Dropped).late);
    const TimelineRow header = groupRow(5, u"Group five"_s);
    QVERIFY(header.isGroup());
    QCOMPARE(header.title, u"Group five"_s);
}

void TestTimelineView::barGeometry_data()
{
    QTest::addColumn<Zoom>("zoom");
    QTest::newRow("month") << Zoom::Month;
    QTest::newRow("quarter") << Zoom::Quarter;
}

void TestTimelineView::barGeometry()
{
    QFETCH(Zoom, zoom);
    m_view->setZoom(zoom);
    const int day = m_view->dayWidth();

    // From the start day to the due day, both whole.
    const QRect plain = m_view->barRect(12);
    QCOMPARE(plain.left(), m_view->xForDate(QDate(2026, 10, 5)));
    QCOMPARE(plain.width(), 27 * day);
    const QRect late = m_view->barRect(11);
    QCOMPARE(plain.left() - late.left(), 4 * day);
    QCOMPARE(late.width(), 10 * day);
    // No start: a diamond centred on the due day.
    const QRect diamond = m_view->barRect(13);
    QCOMPARE(diamond.width(), diamond.height());
    QVERIFY(qAbs(diamond.center().x() - (m_view->xForDate(QDate(2026, 11, 5)) + day / 2)) <= 1);
    // No due date: from the start up to today.
    const QRect open = m_view->barRect(21);
    QCOMPARE(open.left(), m_view->xForDate(QDate(2026, 10, 10)));
    QCOMPARE(open.left() + open.width(), m_view->xForDate(Today) + day);
    // No dates, unknown tasks, group headers: no bar.
    QVERIFY(m_view->barRect(23).isEmpty());
    QVERIFY(m_view->barRect(99).isEmpty());
    QVERIFY(m_view->barRect(0).isEmpty());

    // Each bar sits in its own row (some may be scrolled out sideways).
    const QList<std::pair<Id, int>> rows = {{11, 1}, {12, 2}, {13, 3}, {21, 5}, {22, 6}};
    for (const auto &[task, row] : rows) {
        const QRect line = m_view->rowRect(row);
        const QRect bar = m_view->barRect(task);
        QVERIFY(bar.top() > line.top() && bar.bottom() < line.bottom());
    }
}

void TestTimelineView::rowsGrouped()
{
    QCOMPARE(m_view->rows().size(), 8);
    QVERIFY(m_view->rows().at(0).isGroup());
    QVERIFY(m_view->rows().at(4).isGroup());
    for (int row = 1; row < 8; ++row) {
        QCOMPARE(m_view->rowRect(row).top(), m_view->rowRect(row - 1).bottom() + 1);
        QCOMPARE(m_view->rowAt(m_view->rowRect(row).center().y()), row);
    }
    QCOMPARE(m_view->rowRect(0).top(), m_view->axisHeight());
    QCOMPARE(m_view->rowAt(m_view->axisHeight() - 1), -1);
    QVERIFY(m_view->rowRect(8).isNull());
    // The group's tasks follow its header.
    QCOMPARE(m_view->rowAt(m_view->barRect(21).center().y()), 5);
}

void TestTimelineView::todayLine()
{
    const int day = m_view->dayWidth();
    QCOMPARE(m_view->todayX(), m_view->xForDate(Today) + day / 2);
    QCOMPARE(m_view->xForDate(Today) - m_view->xForDate(m_view->firstDay()),
             int(m_view->firstDay().daysTo(Today)) * day);
    QVERIFY(m_view->firstDay() <= QDate(2026, 9, 1));
    QVERIFY(m_view->lastDay() >= QDate(2026, 11, 5));
    // Today is in view to begin with.
    QVERIFY(m_view->todayX() > m_view->labelWidth());
    QVERIFY(m_view->todayX() < m_view->viewport()->width());

    // Scrolling moves the line and the bars alike.
    const int before = m_view->todayX();
    const QRect bar = m_view->barRect(12);
    QScrollBar *horizontal = m_view->horizontalScrollBar();
    const int step = horizontal->value() >= 100 ? -100 : 100;
    horizontal->setValue(horizontal->value() + step);
    QCOMPARE(m_view->todayX(), before - step);
    QCOMPARE(m_view->barRect(12), bar.translated(-step, 0));

    // Another day moves it by whole days.
    m_view->setToday(Today.addDays(3));
    QCOMPARE(m_view->todayX(), before - step + 3 * day);
}

void TestTimelineView::zoomSwitch()
{
    QSignalSpy zoomed(m_view.get(), &TimelineView::zoomChanged);
    QCOMPARE(m_view->zoom(), Zoom::Month);
    const int monthWidth = m_view->barRect(12).width();
    const int monthDay = m_view->dayWidth();

    m_view->setZoom(Zoom::Quarter);
    QCOMPARE(zoomed.size(), 1);
    QVERIFY(m_view->dayWidth() < monthDay);
    QCOMPARE(m_view->barRect(12).width(), 27 * m_view->dayWidth());
    QVERIFY(m_view->barRect(12).width() < monthWidth);
    // Quarter: the range starts on a quarter's first day.
    QCOMPARE((m_view->firstDay().month() - 1) % 3, 0);
    QCOMPARE(m_view->firstDay().day(), 1);
    m_view->setZoom(Zoom::Quarter);
    QCOMPARE(zoomed.size(), 1);

    // Keys: + in, − out.
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_Plus);
    QCOMPARE(m_view->zoom(), Zoom::Month);
    QTest::keyClick(m_view.get(), Qt::Key_Minus);
    QCOMPARE(m_view->zoom(), Zoom::Quarter);
    QCOMPARE(zoomed.size(), 3);

    // Ctrl+wheel: up zooms in, down out; a plain wheel only scrolls.
    const QPointF at(m_view->labelWidth() + 50, m_view->axisHeight() + 10);
    const auto wheel = [&](int delta, Qt::KeyboardModifiers modifiers) {
        QWheelEvent event(at, m_view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, delta),
                          Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(m_view->viewport(), &event);
    };
    wheel(120, Qt::ControlModifier);
    QCOMPARE(m_view->zoom(), Zoom::Month);
    wheel(-120, Qt::NoModifier);
    QCOMPARE(m_view->zoom(), Zoom::Month);
    wheel(-120, Qt::ControlModifier);
    QCOMPARE(m_view->zoom(), Zoom::Quarter);
    QCOMPARE(zoomed.last().at(0).value<Zoom>(), Zoom::Quarter);
}

void TestTimelineView::clickActivates()
{
    QSignalSpy activated(m_view.get(), &TimelineView::taskActivated);
    QSignalSpy current(m_view.get(), &TimelineView::currentTaskChanged);

    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->barRect(12).center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).value<Id>(), Id(12));
    QCOMPARE(m_view->currentTask(), Id(12));
    QCOMPARE(current.size(), 1);

    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->barRect(13).center());
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.at(1).at(0).value<Id>(), Id(13));

    // Beside a bar, in a group header, in the axis: nothing is activated.
    const QRect bar = m_view->barRect(22);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                      QPoint(bar.right() + 10 * m_view->dayWidth(), bar.center().y()));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                      QPoint(bar.center().x(), m_view->rowRect(4).center().y()));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                      QPoint(bar.center().x(), m_view->axisHeight() / 2));
    QCOMPARE(activated.size(), 2);

    // A task's label selects it without activating it.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                      QPoint(20, m_view->rowRect(6).center().y()));
    QCOMPARE(m_view->currentTask(), Id(22));
    QCOMPARE(activated.size(), 2);
}

void TestTimelineView::lateTasksFlagged()
{
    QVERIFY(m_view->rows().at(1).late);
    for (int row : {2, 3, 5, 6, 7})
        QVERIFY2(!m_view->rows().at(row).late, qPrintable(m_view->rows().at(row).title));

    const QString late = m_view->taskDescription(11);
    QVERIFY2(late.contains(u"Late by 5 day"_s), qPrintable(late));
    QVERIFY2(late.contains(u"Task 11"_s), qPrintable(late));
    QVERIFY2(late.contains(u"Group 1"_s), qPrintable(late));
    QVERIFY2(late.contains(u"Plan 1"_s), qPrintable(late));
    QVERIFY2(late.contains(u"Riverside Tenants"_s), qPrintable(late));
    QVERIFY2(late.contains(u"Not started"_s), qPrintable(late));
    const QString onTime = m_view->taskDescription(12);
    QVERIFY2(!onTime.contains(u"Late"_s), qPrintable(onTime));
    QVERIFY2(onTime.contains(u"In progress"_s), qPrintable(onTime));
    QVERIFY(m_view->taskDescription(99).isEmpty());

    // The accessible description counts the late ones.
    QVERIFY2(m_view->accessibleDescription().contains(u"1 of them late"_s),
             qPrintable(m_view->accessibleDescription()));
}

void TestTimelineView::keyboardNavigation()
{
    QSignalSpy activated(m_view.get(), &TimelineView::taskActivated);
    m_view->setFocus();
    QCOMPARE(m_view->currentTask(), Id(0));

    // Group headers are stepped over; the ends stop the selection.
    const QList<std::pair<Qt::Key, Id>> steps = {
        {Qt::Key_Down, 11}, {Qt::Key_Down, 12}, {Qt::Key_Right, 13}, {Qt::Key_Down, 21},
        {Qt::Key_Up, 13},   {Qt::Key_Left, 12}, {Qt::Key_End, 23},   {Qt::Key_Down, 23},
        {Qt::Key_Home, 11}, {Qt::Key_Up, 11},
    };
    for (const auto &[key, expected] : steps) {
        QTest::keyClick(m_view.get(), key);
        QCOMPARE(m_view->currentTask(), expected);
    }
    QCOMPARE(activated.size(), 0);

    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).value<Id>(), Id(12));
    QTest::keyClick(m_view.get(), Qt::Key_Enter);
    QCOMPARE(activated.size(), 2);

    // The selection survives new rows when its task is still there.
    m_view->setRows(sampleRows());
    QCOMPARE(m_view->currentTask(), Id(12));
    m_view->setRows({groupRow(1, u"River group"_s)});
    QCOMPARE(m_view->currentTask(), Id(0));
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QCOMPARE(activated.size(), 2);
    QCOMPARE(m_view->currentTask(), Id(0));
}

void TestTimelineView::accessibility()
{
    QVERIFY(!m_view->accessibleName().isEmpty());
    const QString description = m_view->accessibleDescription();
    QVERIFY2(description.contains(u"6 tasks in 2 groups"_s), qPrintable(description));
    m_view->setCurrentTask(21);
    QVERIFY2(m_view->accessibleDescription().contains(u"Task 21"_s),
             qPrintable(m_view->accessibleDescription()));
}

void TestTimelineView::painting_data()
{
    QTest::addColumn<Zoom>("zoom");
    QTest::addColumn<bool>("dark");
    QTest::newRow("month, light") << Zoom::Month << false;
    QTest::newRow("quarter, light") << Zoom::Quarter << false;
    QTest::newRow("month, dark") << Zoom::Month << true;
    QTest::newRow("quarter, dark") << Zoom::Quarter << true;
}

void TestTimelineView::painting()
{
    QFETCH(Zoom, zoom);
    QFETCH(bool, dark);
    if (dark) {
        QPalette palette = m_view->palette();
        palette.setColor(QPalette::Base, QColor(30, 30, 32));
        palette.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
        palette.setColor(QPalette::Window, QColor(45, 45, 48));
        palette.setColor(QPalette::Text, QColor(230, 230, 230));
        palette.setColor(QPalette::WindowText, QColor(230, 230, 230));
        m_view->setPalette(palette);
    }
    m_view->setZoom(zoom);
    m_view->setCurrentTask(12);
    const QImage image = m_view->viewport()->grab().toImage();
    QVERIFY(!image.isNull());
    const qreal ratio = image.devicePixelRatio();
    const auto pixel = [&](const QPoint &at) {
        return image.pixelColor(QPoint(int(at.x() * ratio), int(at.y() * ratio)));
    };
    const QColor base = m_view->palette().color(QPalette::Base);
    // A bar is painted over the background; a row without a bar, on a
    // weekday that starts no month, is not.
    QVERIFY(pixel(m_view->barRect(12).center()) != base);
    const int emptyY = m_view->rowRect(7).center().y();
    const QDate tuesday(2026, 10, 13);
    QCOMPARE(pixel(QPoint(m_view->xForDate(tuesday) + m_view->dayWidth() / 2, emptyY)), base);
    // The today line (two pixels wide) crosses that row.
    QVERIFY(pixel(QPoint(m_view->todayX(), emptyY)) != base
            || pixel(QPoint(m_view->todayX() - 1, emptyY)) != base);
}

void TestTimelineView::manyTasks()
{
    QList<TimelineRow> rows;
    for (Id group = 1; group <= 20; ++group) {
        rows.append(groupRow(group, u"Group %1"_s.arg(group)));
        for (Id task = 0; task < 20; ++task) {
            const QDate start = Today.addDays(int(group * 7 - task * 3));
            rows.append(taskRow(group * 100 + task, group, start, start.addDays(int(task + 1))));
        }
    }
    m_view->setRows(rows);
    QCOMPARE(m_view->rows().size(), 420);
    QVERIFY(!m_view->viewport()->grab().isNull());
    // The last task: scrolled into view when selected, and its bar hit by a click.
    QSignalSpy activated(m_view.get(), &TimelineView::taskActivated);
    m_view->setCurrentTask(2019);
    const QRect bar = m_view->barRect(2019);
    QVERIFY(m_view->viewport()->rect().contains(bar.center()));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, bar.center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).value<Id>(), Id(2019));
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
