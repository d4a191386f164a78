// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdocument.h"

#include <QCoreApplication>

namespace Coalition {

// Writes a report document as one self-contained HTML page with a small
// print-friendly stylesheet; the same structure as the Markdown.
class HtmlRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::HtmlRenderer)

public:
    static QString render(const ReportDocument &document);
};

} // namespace Coalition
