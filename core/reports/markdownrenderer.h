// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdocument.h"

#include <QCoreApplication>

namespace Coalition {

// Writes a report document as CommonMark with pipe tables (GitHub flavour):
// the title as a level-one heading, sections one level below.
class MarkdownRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::MarkdownRenderer)

public:
    static QString render(const ReportDocument &document);
    // Text with Markdown's special characters escaped and line breaks folded.
    static QString escape(const QString &text);
};

} // namespace Coalition
