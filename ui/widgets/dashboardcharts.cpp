// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dashboardcharts.h"

#include "widgets/dashboardcolors.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

// A chart that takes its colours from the widget's palette and leaves the
// title to the box around it.
QChart *newChart(const QWidget *view)
{
    const DashboardColors colors = DashboardColors::from(view->palette());
    auto *chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitleBrush(colors.text);
    return chart;
}

void styleAxis(QAbstractAxis *axis, const QWidget *view)
{
    const DashboardColors colors = DashboardColors::from(view->palette());
    axis->setLabelsBrush(colors.text);
    axis->setLinePenColor(colors.line);
    axis->setGridLineColor(dashboardMix(colors.base, colors.text, 0.12));
    axis->setLabelsFont(view->font());
    // Whole names: "Public agency", not "Pub…".
    axis->setTruncateLabels(false);
}

// Whole numbers from 0, with a tick on each step.
QValueAxis *countAxis(int largest, const QWidget *view)
{
    auto *axis = new QValueAxis;
    const int steps = 4;
    const int top = std::max(steps, (largest + steps) / steps * steps);
    axis->setRange(0, top);
    axis->setTickCount(steps + 1);
    axis->setLabelFormat(u"%d"_s);
    styleAxis(axis, view);
    return axis;
}

void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old; // the view gives up its old chart without deleting it
}

QBarSet *barSet(const QString &name, const QWidget *view)
{
    const DashboardColors colors = DashboardColors::from(view->palette());
    auto *set = new QBarSet(name);
    set->setColor(dashboardMix(colors.base, colors.highlight, 0.75));
    set->setBorderColor(colors.highlight);
    set->setLabelColor(colors.text);
    return set;
}

void describe(QChartView *view, const QString &text)
{
    view->setAccessibleDescription(text);
    view->setToolTip(text);
}

} // namespace

QChartView *DashboardCharts::makeView(QWidget *parent, const QString &objectName,
                                      const QString &accessibleName)
{
    auto *view = new QChartView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setMinimumHeight(220);
    view->setBackgroundBrush(Qt::NoBrush);
    view->setFocusPolicy(Qt::NoFocus);
    replaceChart(view, newChart(view));
    return view;
}

void DashboardCharts::showSectors(QChartView *view, const QList<std::pair<Sector, int>> &counts)
{
    QChart *chart = newChart(view);
    auto *series = new QHorizontalBarSeries;
    QBarSet *set = barSet(tr("Active members"), view);
    QStringList categories;
    QStringList words;
    int largest = 0;
    // Horizontal bars run bottom-up: the list is reversed so the first is on top.
    for (auto it = counts.crbegin(); it != counts.crend(); ++it) {
        categories.append(enumLabel(it->first));
        set->append(it->second);
        largest = std::max(largest, it->second);
    }
    for (const auto &[sector, count] : counts)
        words.append(tr("%1: %2").arg(enumLabel(sector)).arg(count));
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    styleAxis(names, view);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    QValueAxis *values = countAxis(largest, view);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    replaceChart(view, chart);
    describe(view,
             counts.isEmpty() ? tr("No active members yet.")
                              : tr("Active members by sector: %1.").arg(words.join(u"; "_s)));
}

void DashboardCharts::showStatuses(QChartView *view,
                                   const QList<std::pair<MembershipStatus, int>> &counts)
{
    QChart *chart = newChart(view);
    auto *series = new QBarSeries;
    QBarSet *set = barSet(tr("Members"), view);
    QStringList categories;
    QStringList words;
    int largest = 0;
    for (const auto &[status, count] : counts) {
        categories.append(enumLabel(status));
        set->append(count);
        largest = std::max(largest, count);
        words.append(tr("%1: %2").arg(enumLabel(status)).arg(count));
    }
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    styleAxis(names, view);
    chart->addAxis(names, Qt::AlignBottom);
    series->attachAxis(names);
    // Room above the tallest bar for its number.
    QValueAxis *values = countAxis(largest + 1, view);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    replaceChart(view, chart);
    describe(view, tr("Members by status: %1.").arg(words.join(u"; "_s)));
}

void DashboardCharts::showTrend(QChartView *view, const QList<MembershipTrendPoint> &points)
{
    const DashboardColors colors = DashboardColors::from(view->palette());
    QChart *chart = newChart(view);
    auto *series = new QLineSeries;
    series->setName(tr("Active members"));
    series->setPointsVisible(true);
    series->setPen(QPen(colors.highlight, 2));
    int largest = 0;
    for (const MembershipTrendPoint &point : points) {
        series->append(double(point.on.startOfDay().toMSecsSinceEpoch()), point.active);
        largest = std::max(largest, point.active);
    }
    chart->addSeries(series);
    auto *time = new QDateTimeAxis;
    time->setFormat(u"MMM yy"_s);
    time->setTickCount(7);
    if (!points.isEmpty())
        time->setRange(points.constFirst().on.startOfDay(), points.constLast().on.startOfDay());
    styleAxis(time, view);
    chart->addAxis(time, Qt::AlignBottom);
    series->attachAxis(time);
    QValueAxis *values = countAxis(largest, view);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    replaceChart(view, chart);
    if (points.isEmpty()) {
        describe(view, tr("No membership figures."));
        return;
    }
    const QLocale locale;
    const MembershipTrendPoint &first = points.constFirst();
    const MembershipTrendPoint &last = points.constLast();
    describe(view,
             tr("Active members at each month end: %1 on %2, %3 on %4 (today).")
                 .arg(first.active)
                 .arg(locale.toString(first.on, QLocale::ShortFormat))
                 .arg(last.active)
                 .arg(locale.toString(last.on, QLocale::ShortFormat)));
}

void DashboardCharts::clear(QChartView *view)
{
    replaceChart(view, newChart(view));
    describe(view, QString());
}

} // namespace Coalition::Ui
