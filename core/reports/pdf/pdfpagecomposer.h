// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportdocument.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace Coalition {

// Lays out a report document on pages of a given size, measuring text with
// the painter's fonts, then paints the pages. Used by PdfRenderer; the
// layout is done before painting so each footer can say how many pages follow.
class PdfPageComposer final
{
public:
    // `painter` is active on the target device; `size` is the printable area
    // in device pixels, `dpi` the device's resolution.
    PdfPageComposer(QPainter &painter, QSizeF size, int dpi);

    void layout(const ReportDocument &document);
    int pageCount() const { return static_cast<int>(m_pages.size()); }
    // Paints one page's content (not the running header and footer).
    void paintPage(int index) const;
    // The band below the top margin that is kept for the running header, and
    // the one above the bottom margin for the footer.
    qreal headerHeight() const { return m_headerHeight; }
    qreal footerHeight() const { return m_footerHeight; }
    QFont font(int role) const;

    enum FontRole {
        Title,
        Subtitle,
        Heading1,
        Heading2,
        Heading3,
        Body,
        Bold,
        Cell,
        CellBold,
        Small
    };

private:
    struct Op
    {
        enum class Kind { Text, Frame, Fill } kind = Kind::Text;
        QRectF rect;
        QString text;
        int role = Body;
        int flags = 0;
        QColor color;
    };

    qreal mm(qreal millimetres) const { return millimetres * m_dpi / 25.4; }
    qreal textHeight(const QString &text, int role, qreal width, int flags = 0) const;
    qreal textWidth(const QString &text, int role) const;
    void newPage();
    void ensureRoom(qreal height);
    void addText(const QRectF &rect, const QString &text, int role, int flags = 0,
                 QColor color = Qt::black);
    void placeText(const QString &text, int role, qreal indent = 0, qreal keepWith = 0);
    void placeBullets(const QStringList &items);
    void placeNote(const QString &text);
    void placeTable(const ReportBlock &block);
    QList<qreal> columnWidths(const ReportBlock &block) const;
    qreal rowHeight(const QStringList &cells, const QList<qreal> &widths, int role) const;
    void placeRow(const QStringList &cells, const QList<qreal> &widths, const ReportBlock &block,
                  qreal height, bool header);

    QPainter &m_painter;
    QSizeF m_size;
    int m_dpi = 72;
    qreal m_headerHeight = 0;
    qreal m_footerHeight = 0;
    qreal m_y = 0;
    QList<QList<Op>> m_pages;
};

} // namespace Coalition
