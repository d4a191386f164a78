// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfpagecomposer.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

constexpr int Wrap = Qt::TextWordWrap;
constexpr qreal Huge = 1.0e7;

} // namespace

PdfPageComposer::PdfPageComposer(QPainter &painter, QSizeF size, int dpi)
    : m_painter(painter)
    , m_size(size)
    , m_dpi(dpi)
{
    m_headerHeight = QFontMetricsF(font(Small), m_painter.device()).height() + mm(4);
    m_footerHeight = QFontMetricsF(font(Small), m_painter.device()).height() + mm(4);
}

QFont PdfPageComposer::font(int role) const
{
    QFont f(u"DejaVu Sans"_s);
    f.setStyleHint(QFont::SansSerif);
    // Any letter spacing turns ligatures off, so that text taken from the PDF
    // reads "fi", not the one "ﬁ" glyph.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    switch (role) {
    case Title:
        f.setPointSizeF(18);
        f.setBold(true);
        break;
    case Subtitle:
        f.setPointSizeF(11.5);
        f.setBold(true);
        break;
    case Heading1:
        f.setPointSizeF(14);
        f.setBold(true);
        break;
    case Heading2:
        f.setPointSizeF(12);
        f.setBold(true);
        break;
    case Heading3:
        f.setPointSizeF(10.5);
        f.setBold(true);
        break;
    case Bold:
        f.setPointSizeF(10);
        f.setBold(true);
        break;
    case Cell:
        f.setPointSizeF(8.5);
        break;
    case CellBold:
        f.setPointSizeF(8.5);
        f.setBold(true);
        break;
    case Small:
        f.setPointSizeF(8);
        break;
    default:
        f.setPointSizeF(10);
        break;
    }
    return f;
}

qreal PdfPageComposer::textHeight(const QString &text, int role, qreal width, int flags) const
{
    m_painter.setFont(font(role));
    const QString measured = text.isEmpty() ? u" "_s : text;
    return m_painter.boundingRect(QRectF(0, 0, width, Huge), flags | Wrap, measured).height();
}

qreal PdfPageComposer::textWidth(const QString &text, int role) const
{
    return QFontMetricsF(font(role), m_painter.device()).horizontalAdvance(text);
}

void PdfPageComposer::newPage()
{
    m_pages.append(QList<Op>());
    m_y = m_headerHeight;
}

void PdfPageComposer::ensureRoom(qreal height)
{
    const qreal bottom = m_size.height() - m_footerHeight;
    // An item taller than a whole page starts a page and runs over its foot
    // rather than looping for ever.
    if (m_y + height > bottom && m_y > m_headerHeight)
        newPage();
}

void PdfPageComposer::addText(const QRectF &rect, const QString &text, int role, int flags,
                              QColor color)
{
    m_pages.last().append(Op{Op::Kind::Text, rect, text, role, flags | Wrap, color});
}

void PdfPageComposer::placeText(const QString &text, int role, qreal indent, qreal keepWith)
{
    const qreal width = m_size.width() - indent;
    const qreal height = textHeight(text, role, width);
    ensureRoom(height + keepWith);
    addText(QRectF(indent, m_y, width, height), text, role);
    m_y += height;
}

void PdfPageComposer::placeBullets(const QStringList &items)
{
    const qreal indent = mm(5);
    for (const QString &item : items) {
        const qreal height = textHeight(item, Body, m_size.width() - indent);
        ensureRoom(height);
        addText(QRectF(mm(1), m_y, indent, height), u"•"_s, Body);
        addText(QRectF(indent, m_y, m_size.width() - indent, height), item, Body);
        m_y += height + mm(0.8);
    }
}

void PdfPageComposer::placeNote(const QString &text)
{
    const qreal pad = mm(2.5);
    const qreal width = m_size.width() - 2 * pad - mm(1.2);
    const qreal height = textHeight(text, Body, width) + 2 * pad;
    ensureRoom(height);
    m_pages.last().append(Op{Op::Kind::Fill,
                             QRectF(0, m_y, m_size.width(), height),
                             {},
                             Body,
                             0,
                             QColor(0xff, 0xf4, 0xe0)});
    m_pages.last().append(
        Op{Op::Kind::Fill, QRectF(0, m_y, mm(1.2), height), {}, Body, 0, QColor(0xcc, 0x88, 0x00)});
    addText(QRectF(mm(1.2) + pad, m_y + pad, width, height - 2 * pad), text, Body);
    m_y += height;
}

QList<qreal> PdfPageComposer::columnWidths(const ReportBlock &block) const
{
    const qreal pad = mm(1.5);
    const qreal available = m_size.width();
    const qsizetype columns = block.header.size();
    QList<qreal> natural(columns, 0);
    QList<qreal> minimum(columns, 0);
    static const QRegularExpression space(u"\\s+"_s);
    auto consider = [&](qsizetype column, const QString &text, int role) {
        natural[column] = std::max(natural[column], textWidth(text, role) + 2 * pad);
        for (const QString &word : text.split(space, Qt::SkipEmptyParts))
            minimum[column] = std::max(minimum[column], textWidth(word, role) + 2 * pad);
    };
    for (qsizetype column = 0; column < columns; ++column) {
        consider(column, block.header.at(column), CellBold);
        for (const QStringList &row : block.rows)
            consider(column, row.value(column), Cell);
        natural[column] = std::min(natural[column], available * 0.6);
    }
    qreal naturalSum = 0;
    qreal minimumSum = 0;
    for (qsizetype column = 0; column < columns; ++column) {
        naturalSum += natural.at(column);
        minimumSum += minimum.at(column);
    }
    QList<qreal> widths(columns, 0);
    if (naturalSum <= available) {
        for (qsizetype column = 0; column < columns; ++column)
            widths[column] = natural.at(column) * available / naturalSum;
    } else if (minimumSum >= available) {
        for (qsizetype column = 0; column < columns; ++column)
            widths[column] = minimum.at(column) * available / minimumSum;
    } else {
        // Every column gets its longest word; the rest of the width goes
        // where the text is longest.
        const qreal spare = available - minimumSum;
        const qreal wanted = naturalSum - minimumSum;
        for (qsizetype column = 0; column < columns; ++column)
            widths[column]
                = minimum.at(column) + spare * (natural.at(column) - minimum.at(column)) / wanted;
    }
    return widths;
}

qreal PdfPageComposer::rowHeight(const QStringList &cells, const QList<qreal> &widths,
                                 int role) const
{
    const qreal pad = mm(1.5);
    qreal height = 0;
    for (qsizetype column = 0; column < widths.size(); ++column)
        height
            = std::max(height, textHeight(cells.value(column), role, widths.at(column) - 2 * pad));
    return height + 2 * mm(1);
}

void PdfPageComposer::placeRow(const QStringList &cells, const QList<qreal> &widths,
                               const ReportBlock &block, qreal height, bool header)
{
    const qreal pad = mm(1.5);
    if (header)
        m_pages.last().append(Op{Op::Kind::Fill,
                                 QRectF(0, m_y, m_size.width(), height),
                                 {},
                                 Body,
                                 0,
                                 QColor(0xe8, 0xe8, 0xe8)});
    qreal x = 0;
    for (qsizetype column = 0; column < widths.size(); ++column) {
        const QRectF cell(x, m_y, widths.at(column), height);
        m_pages.last().append(Op{Op::Kind::Frame, cell, {}, Body, 0, QColor(0x99, 0x99, 0x99)});
        int align = Qt::AlignLeft;
        if (block.alignment(column) == ColumnAlignment::Right)
            align = Qt::AlignRight;
        else if (block.alignment(column) == ColumnAlignment::Center)
            align = Qt::AlignHCenter;
        addText(cell.adjusted(pad, mm(1), -pad, -mm(1)), cells.value(column),
                header ? CellBold : Cell, align | Qt::AlignTop);
        x += widths.at(column);
    }
    m_y += height;
}

void PdfPageComposer::placeTable(const ReportBlock &block)
{
    if (block.header.isEmpty())
        return;
    const QList<qreal> widths = columnWidths(block);
    const qreal headerHeight = rowHeight(block.header, widths, CellBold);
    const qreal bottom = m_size.height() - m_footerHeight;
    const qreal first = block.rows.isEmpty() ? 0 : rowHeight(block.rows.first(), widths, Cell);
    ensureRoom(headerHeight + first);
    placeRow(block.header, widths, block, headerHeight, true);
    for (const QStringList &row : block.rows) {
        const qreal height = rowHeight(row, widths, Cell);
        // A row never splits: when it does not fit, it opens the next page
        // under a repeat of the header row.
        if (m_y + height > bottom) {
            newPage();
            placeRow(block.header, widths, block, headerHeight, true);
        }
        placeRow(row, widths, block, height, false);
    }
}

void PdfPageComposer::layout(const ReportDocument &document)
{
    m_pages.clear();
    newPage();
    placeText(document.title, Title);
    m_y += mm(1.5);
    if (!document.subtitle.isEmpty())
        placeText(document.subtitle, Subtitle);
    if (document.generatedOn.isValid())
        placeText(QCoreApplication::translate("Coalition::PdfRenderer", "Made on %1.")
                      .arg(document.generatedOn.toString(Qt::ISODate)),
                  Small);
    m_y += mm(4);

    const qreal keepWith = textHeight(u"X"_s, Body, m_size.width()) * 3;
    for (const ReportBlock &block : document.blocks) {
        switch (block.type) {
        case ReportBlock::Type::Heading: {
            const int role = block.level <= 1 ? Heading1 : block.level == 2 ? Heading2 : Heading3;
            m_y += block.level <= 1 ? mm(4) : mm(2.5);
            placeText(block.text, role, 0, keepWith);
            m_y += mm(1.5);
            break;
        }
        case ReportBlock::Type::Paragraph:
            placeText(block.text, Body);
            m_y += mm(2);
            break;
        case ReportBlock::Type::Note:
            placeNote(block.text);
            m_y += mm(2);
            break;
        case ReportBlock::Type::Bullets:
            placeBullets(block.items);
            m_y += mm(1.5);
            break;
        case ReportBlock::Type::Table:
            placeTable(block);
            m_y += mm(3);
            break;
        }
    }
}

void PdfPageComposer::paintPage(int index) const
{
    for (const Op &op : m_pages.at(index)) {
        switch (op.kind) {
        case Op::Kind::Fill:
            m_painter.fillRect(op.rect, op.color);
            break;
        case Op::Kind::Frame:
            m_painter.setPen(QPen(op.color, mm(0.2)));
            m_painter.setBrush(Qt::NoBrush);
            m_painter.drawRect(op.rect);
            break;
        case Op::Kind::Text:
            m_painter.setPen(op.color);
            m_painter.setFont(font(op.role));
            m_painter.drawText(op.rect, op.flags, op.text);
            break;
        }
    }
}

} // namespace Coalition
