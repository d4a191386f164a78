// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enums.h"

#include <QColor>
#include <QPalette>

namespace Coalition::Ui {

// The colours the dashboard's painted widgets share, worked out from the
// palette so that a dark theme reads as well as a light one. Colour is never
// the only sign: each widget also says the same thing in text or shape.
struct DashboardColors
{
    QColor base;
    QColor text;
    QColor muted; // secondary text
    QColor line; // outlines and axes
    QColor window;
    QColor highlight;
    QColor metFill; // a stage substantially met
    QColor metEdge;
    QColor openFill; // a stage not substantially met
    QColor warning;

    static DashboardColors from(const QPalette &palette);
    // A shade for each stage, lighter to darker along the stages' order.
    QColor stage(DevelopmentStage stage) const;
};

// `share` of b over a (0: a, 1: b).
QColor dashboardMix(const QColor &a, const QColor &b, qreal share);

} // namespace Coalition::Ui
