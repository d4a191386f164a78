// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dashboardcolors.h"

namespace Coalition::Ui {

QColor dashboardMix(const QColor &a, const QColor &b, qreal share)
{
    const auto blend = [share](float x, float y) {
        return float(x * (1 - share) + y * share);
    };
    return QColor::fromRgbF(blend(a.redF(), b.redF()), blend(a.greenF(), b.greenF()),
                            blend(a.blueF(), b.blueF()));
}

DashboardColors DashboardColors::from(const QPalette &palette)
{
    DashboardColors c;
    c.base = palette.color(QPalette::Base);
    c.text = palette.color(QPalette::Text);
    c.window = palette.color(QPalette::Window);
    c.highlight = palette.color(QPalette::Highlight);
    const bool dark = c.base.lightnessF() < 0.5;
    c.muted = dashboardMix(c.base, c.text, 0.6);
    c.line = dashboardMix(c.base, c.text, 0.35);
    const QColor green = dark ? QColor(110, 180, 125) : QColor(60, 130, 80);
    c.metEdge = green;
    c.metFill = dashboardMix(c.base, green, dark ? 0.45 : 0.3);
    c.openFill = dashboardMix(c.base, c.window, 0.5);
    c.warning = dark ? QColor(255, 170, 60) : QColor(180, 90, 0);
    return c;
}

QColor DashboardColors::stage(DevelopmentStage stage) const
{
    // One hue, from a light to a strong shade: the order reads at a glance.
    const qreal step = static_cast<int>(stage) / 4.0;
    return dashboardMix(base, highlight, 0.35 + 0.55 * step);
}

} // namespace Coalition::Ui
