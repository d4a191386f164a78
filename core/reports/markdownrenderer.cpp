// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownrenderer.h"

using namespace Qt::StringLiterals;

namespace Coalition {

QString MarkdownRenderer::escape(const QString &text)
{
    static const QString special = u"\\`*_[]<>|#"_s;
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t') {
            if (!escaped.endsWith(u' '))
                escaped += u' ';
            continue;
        }
        if (special.contains(c))
            escaped += u'\\';
        escaped += c;
    }
    return escaped.trimmed();
}

QString MarkdownRenderer::render(const ReportDocument &document)
{
    QString out;
    out += u"# "_s + escape(document.title) + u"\n\n"_s;
    if (!document.subtitle.isEmpty())
        out += u"**"_s + escape(document.subtitle) + u"**\n\n"_s;
    if (document.generatedOn.isValid())
        out += escape(tr("Made on %1.").arg(document.generatedOn.toString(Qt::ISODate)))
            + u"\n\n"_s;

    for (const ReportBlock &block : document.blocks) {
        switch (block.type) {
        case ReportBlock::Type::Heading:
            out += QString(std::clamp(block.level, 1, 5) + 1, u'#') + u' ' + escape(block.text)
                + u"\n\n"_s;
            break;
        case ReportBlock::Type::Paragraph:
            out += escape(block.text) + u"\n\n"_s;
            break;
        case ReportBlock::Type::Note:
            out += u"> **"_s + escape(tr("Note:")) + u"** "_s + escape(block.text) + u"\n\n"_s;
            break;
        case ReportBlock::Type::Bullets:
            for (const QString &item : block.items)
                out += u"- "_s + escape(item) + u'\n';
            out += u'\n';
            break;
        case ReportBlock::Type::Table: {
            QStringList cells;
            for (const QString &title : block.header)
                cells << escape(title);
            out += u"| "_s + cells.join(u" | "_s) + u" |\n"_s;
            cells.clear();
            for (qsizetype column = 0; column < block.header.size(); ++column) {
                switch (block.alignment(column)) {
                case ColumnAlignment::Left:
                    cells << u"---"_s;
                    break;
                case ColumnAlignment::Right:
                    cells << u"---:"_s;
                    break;
                case ColumnAlignment::Center:
                    cells << u":---:"_s;
                    break;
                }
            }
            out += u"| "_s + cells.join(u" | "_s) + u" |\n"_s;
            for (const QStringList &row : block.rows) {
                cells.clear();
                for (qsizetype column = 0; column < block.header.size(); ++column)
                    cells << escape(row.value(column));
                out += u"| "_s + cells.join(u" | "_s) + u" |\n"_s;
            }
            out += u'\n';
            break;
        }
        }
    }
    while (out.endsWith(u"\n\n"_s))
        out.chop(1);
    return out;
}

} // namespace Coalition
