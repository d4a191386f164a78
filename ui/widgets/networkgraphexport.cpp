// SPDX-License-Identifier: GPL-3.0-or-later
// NetworkGraphView: the exported picture (a title, the graph, a legend) as
// PNG and SVG.
#include "models/relationshipstyle.h"
#include "widgets/networkgraphview.h"

#include <QDir>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

namespace {

constexpr double TitleHeight = 48.0;
constexpr double SideMargin = 16.0;
constexpr double SampleWidth = 34.0;
constexpr double MinimumWidth = 640.0;
constexpr double PngScale = 2.0;

struct LegendEntry
{
    enum class Kind { Heading, Level, Trust, Mark, Text };
    Kind kind = Kind::Text;
    int value = 0;
    QString text;
};

QList<QList<LegendEntry>> legendGroups()
{
    using Kind = LegendEntry::Kind;
    QList<LegendEntry> levels{{Kind::Heading, 0, NetworkGraphView::tr("Level:")}};
    for (RelationshipLevel level :
         {RelationshipLevel::Networking, RelationshipLevel::Coordinating,
          RelationshipLevel::Cooperating, RelationshipLevel::Collaborating})
        levels.append({Kind::Level, static_cast<int>(level), enumLabel(level)});
    QList<LegendEntry> trusts{{Kind::Heading, 0, NetworkGraphView::tr("Trust:")}};
    for (TrustLevel trust : {TrustLevel::Low, TrustLevel::Some, TrustLevel::More, TrustLevel::High})
        trusts.append({Kind::Trust, static_cast<int>(trust), enumLabel(trust)});
    QList<LegendEntry> marks{
        {Kind::Mark, 0, NetworkGraphView::tr("the two sides rate the tie differently")},
        {Kind::Text, 0, NetworkGraphView::tr("The number in a circle counts its ties.")},
    };
    return {levels, trusts, marks};
}

// Lays the legend out in rows within `area`, painting it when a painter is
// given; returns the height used.
double flowLegend(QPainter *painter, const QRectF &area, const QFont &font)
{
    using Kind = LegendEntry::Kind;
    const QFontMetricsF metrics(font);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    const double rowHeight = metrics.height() + 10.0;
    double x = area.left();
    double y = area.top() + 6.0;
    for (const QList<LegendEntry> &group : legendGroups()) {
        for (const LegendEntry &entry : group) {
            const bool heading = entry.kind == Kind::Heading;
            const double textWidth = heading ? boldMetrics.horizontalAdvance(entry.text)
                                             : metrics.horizontalAdvance(entry.text);
            const bool sample = entry.kind == Kind::Level || entry.kind == Kind::Trust
                || entry.kind == Kind::Mark;
            const double width = (sample ? SampleWidth + 6.0 : 0.0) + textWidth + 18.0;
            if (x > area.left() && x + width > area.right()) {
                x = area.left();
                y += rowHeight;
            }
            if (painter) {
                const double middle = y + rowHeight / 2.0;
                double textX = x;
                if (sample) {
                    if (entry.kind == Kind::Mark) {
                        const QRectF mark(x + SampleWidth / 2.0 - 9.0, middle - 9.0, 18.0, 18.0);
                        painter->setPen(QPen(QColor(0xd0, 0x7a, 0x00), 1.5));
                        painter->setBrush(Qt::white);
                        painter->drawEllipse(mark);
                        painter->setFont(bold);
                        painter->setPen(QColor(0x92, 0x55, 0x00));
                        painter->drawText(mark, Qt::AlignCenter,
                                          RelationshipStyle::disagreementMark());
                    } else {
                        painter->setPen(
                            entry.kind == Kind::Level
                                ? RelationshipStyle::tiePen(
                                    static_cast<RelationshipLevel>(entry.value), TrustLevel::High)
                                : RelationshipStyle::tiePen(RelationshipLevel::Cooperating,
                                                            static_cast<TrustLevel>(entry.value)));
                        painter->drawLine(QPointF(x + 2.0, middle),
                                          QPointF(x + SampleWidth - 2.0, middle));
                    }
                    textX += SampleWidth + 6.0;
                }
                painter->setFont(heading ? bold : font);
                painter->setPen(QColor(0x1b, 0x27, 0x33));
                painter->drawText(QRectF(textX, y, textWidth + 2.0, rowHeight),
                                  Qt::AlignLeft | Qt::AlignVCenter, entry.text);
            }
            x += width;
        }
        x = area.left();
        y += rowHeight;
    }
    return y - area.top() + 6.0;
}

} // namespace

double NetworkGraphView::legendHeight(double width) const
{
    return flowLegend(nullptr, QRectF(SideMargin, 0.0, width - 2.0 * SideMargin, 0.0), font());
}

void NetworkGraphView::paintLegend(QPainter &painter, const QRectF &area) const
{
    painter.setPen(QPen(QColor(0xd5, 0xda, 0xe0), 1.0));
    painter.drawLine(area.topLeft(), area.topRight());
    flowLegend(&painter, area, font());
}

QSize NetworkGraphView::exportSize() const
{
    const QRectF canvas = scene()->sceneRect();
    const double width = std::max(MinimumWidth, canvas.width());
    return {static_cast<int>(std::ceil(width)),
            static_cast<int>(std::ceil(TitleHeight + canvas.height() + legendHeight(width)))};
}

void NetworkGraphView::renderPicture(QPainter &painter, const QSize &size)
{
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
    QFont heading = font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.4);
    painter.setFont(heading);
    painter.setPen(QColor(0x1b, 0x27, 0x33));
    painter.drawText(QRectF(SideMargin, 0.0, size.width() - 2.0 * SideMargin, TitleHeight),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     m_title.isEmpty() ? tr("Relationships among the members") : m_title);

    // The picture shows the network, not what happens to be selected.
    const QList<QGraphicsItem *> selected = scene()->selectedItems();
    {
        const QSignalBlocker blocker(scene());
        scene()->clearSelection();
    }
    const QRectF canvas = scene()->sceneRect();
    const QRectF target((size.width() - canvas.width()) / 2.0, TitleHeight, canvas.width(),
                        canvas.height());
    scene()->render(&painter, target, canvas, Qt::KeepAspectRatio);
    {
        const QSignalBlocker blocker(scene());
        for (QGraphicsItem *item : selected)
            item->setSelected(true);
    }
    const double top = TitleHeight + canvas.height();
    paintLegend(painter,
                QRectF(SideMargin, top, size.width() - 2.0 * SideMargin, size.height() - top));
}

bool NetworkGraphView::exportPng(const QString &path, QString *error)
{
    const QSize size = exportSize();
    QImage image(size * PngScale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(PngScale);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        renderPicture(painter, size);
    }
    QImageWriter writer(path, "png");
    if (writer.write(image))
        return true;
    if (error)
        *error = tr("The picture could not be written to %1: %2")
                     .arg(QDir::toNativeSeparators(path), writer.errorString());
    return false;
}

bool NetworkGraphView::exportSvg(const QString &path, QString *error)
{
    const QSize size = exportSize();
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(m_title.isEmpty() ? tr("Relationships among the members") : m_title);
    generator.setDescription(tr("The relationships among a coalition's members, drawn by "
                                "Coalition Desk"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error = tr("The picture could not be written to %1: the file cannot be opened.")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    renderPicture(painter, size);
    if (!painter.end() || !QFileInfo(path).isFile()) {
        if (error)
            *error
                = tr("The picture could not be written to %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

} // namespace Coalition::Ui
