// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportdocument.h"
#include "result.h"

#include <QCoreApplication>
#include <QPageSize>

class QIODevice;

namespace Coalition {

// Draws a report document into a PDF: a running header with the coalition
// and the report's title, "Page N of M" at the foot of every page, tables
// broken between rows with their header row repeated. Needs a
// QGuiApplication (the "offscreen" platform will do).
class PdfRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::PdfRenderer)

public:
    static Status render(const ReportDocument &document, const QPageSize &pageSize,
                         QIODevice *device);
    static Status renderToFile(const ReportDocument &document, const QPageSize &pageSize,
                               const QString &path);
};

} // namespace Coalition
