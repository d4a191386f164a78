// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfrenderer.h"

#include "pdfpagecomposer.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace Coalition {

Status PdfRenderer::render(const ReportDocument &document, const QPageSize &pageSize,
                           QIODevice *device)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{tr("The PDF could not be made: fonts are only available to a graphical "
                        "application (start it with the offscreen platform)."),
                     {},
                     {}};
    if (!device || !device->isWritable())
        return Error{tr("The PDF could not be made: the output is not open for writing."), {}, {}};

    QPdfWriter writer(device);
    writer.setPageSize(pageSize);
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter);
    writer.setTitle(document.subtitle.isEmpty() ? document.title
                                                : document.title + u" — "_s + document.subtitle);
    writer.setCreator(u"Coalition Desk"_s);

    QPainter painter;
    if (!painter.begin(&writer))
        return Error{tr("The PDF could not be made: drawing on the page failed."), {}, {}};

    const QRect area = writer.pageLayout().paintRectPixels(writer.resolution());
    PdfPageComposer composer(painter, QSizeF(area.size()), writer.resolution());
    composer.layout(document);

    const int pages = composer.pageCount();
    const qreal width = area.width();
    const qreal bottom = area.height();
    const QString running = document.coalitionName.isEmpty()
        ? document.title
        : tr("%1 · %2").arg(document.coalitionName, document.title);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !writer.newPage()) {
            painter.end();
            return Error{tr("The PDF could not be made: a new page could not be started."), {}, {}};
        }
        painter.setFont(composer.font(PdfPageComposer::Small));
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const qreal band = composer.headerHeight();
        painter.drawText(QRectF(0, 0, width, band), Qt::AlignLeft | Qt::AlignTop, running);
        painter.drawLine(QPointF(0, band * 0.8), QPointF(width, band * 0.8));
        painter.drawText(
            QRectF(0, bottom - composer.footerHeight(), width, composer.footerHeight()),
            Qt::AlignHCenter | Qt::AlignBottom, tr("Page %1 of %2").arg(page + 1).arg(pages));
        composer.paintPage(page);
    }
    if (!painter.end())
        return Error{tr("The PDF could not be made: the file could not be finished."), {}, {}};
    return Status::success();
}

Status PdfRenderer::renderToFile(const ReportDocument &document, const QPageSize &pageSize,
                                 const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{tr("“%1” could not be written.").arg(path), file.errorString(), {}};
    if (Status status = render(document, pageSize, &file); !status)
        return status;
    if (!file.flush())
        return Error{tr("“%1” could not be written.").arg(path), file.errorString(), {}};
    file.close();
    return Status::success();
}

} // namespace Coalition
