// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enums.h"
#include "rules/membershiptrend.h"

#include <QCoreApplication>
#include <QList>

#include <utility>

QT_BEGIN_NAMESPACE
class QChartView;
class QWidget;
QT_END_NAMESPACE

namespace Coalition::Ui {

// The Dashboard's membership charts (Qt Charts): each figure is drawn as bars
// or a line with its numbers written on it, and the view's accessible
// description and tooltip say the same in words. Each show...() replaces what
// the view showed before.
class DashboardCharts final
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::Ui::DashboardCharts)

public:
    static QChartView *makeView(QWidget *parent, const QString &objectName,
                                const QString &accessibleName);

    // Active members by sector, the largest sector at the top.
    static void showSectors(QChartView *view, const QList<std::pair<Sector, int>> &counts);
    // Memberships by status, every status in order.
    static void showStatuses(QChartView *view,
                             const QList<std::pair<MembershipStatus, int>> &counts);
    // Active members on each measuring day.
    static void showTrend(QChartView *view, const QList<MembershipTrendPoint> &points);
    // No coalition: an empty chart.
    static void clear(QChartView *view);
};

} // namespace Coalition::Ui
