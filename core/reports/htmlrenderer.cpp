// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlrenderer.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Rows stay whole on paper and table headers repeat on each printed page.
const QString StyleSheet
    = u"body{font-family:'DejaVu Sans',Helvetica,Arial,sans-serif;"
      "font-size:10.5pt;line-height:1.4;color:#1a1a1a;max-width:60em;"
      "margin:2em auto;padding:0 1em}"
      "h1{font-size:1.6em;margin-bottom:.2em}"
      "h2{font-size:1.3em;border-bottom:1px solid #999;margin-top:1.6em}"
      "h3{font-size:1.1em;margin-top:1.2em}"
      "h2,h3,h4{page-break-after:avoid;break-after:avoid}"
      ".subtitle{font-weight:bold;margin:0}.generated{color:#555;margin-top:0}"
      "table{border-collapse:collapse;width:100%;margin:.6em 0}"
      "th,td{border:1px solid #bbb;padding:.25em .45em;vertical-align:top}"
      "th{background:#eee;text-align:left}"
      "td.right,th.right{text-align:right}td.center,th.center{text-align:center}"
      "thead{display:table-header-group}"
      "tr{page-break-inside:avoid;break-inside:avoid}"
      ".note{border-left:4px solid #c80;background:#fff6e5;padding:.4em .8em;"
      "margin:.8em 0}"
      "@media print{body{margin:0;max-width:none}}"_s;

QString alignmentClass(ColumnAlignment alignment)
{
    switch (alignment) {
    case ColumnAlignment::Right:
        return u" class=\"right\""_s;
    case ColumnAlignment::Center:
        return u" class=\"center\""_s;
    case ColumnAlignment::Left:
        break;
    }
    return {};
}

QString paragraphText(const QString &text)
{
    return esc(text).replace(u'\n', u"<br>"_s);
}

} // namespace

QString HtmlRenderer::render(const ReportDocument &document)
{
    QString out;
    out += u"<!DOCTYPE html>\n<html lang=\""_s + esc(QLocale().bcp47Name()) + u"\">\n<head>\n"_s;
    out += u"<meta charset=\"utf-8\">\n<title>"_s
        + esc(document.subtitle.isEmpty() ? document.title
                                          : document.title + u" — "_s + document.subtitle)
        + u"</title>\n<style>"_s + StyleSheet + u"</style>\n</head>\n<body>\n<header>\n"_s;
    out += u"<h1>"_s + esc(document.title) + u"</h1>\n"_s;
    if (!document.subtitle.isEmpty())
        out += u"<p class=\"subtitle\">"_s + esc(document.subtitle) + u"</p>\n"_s;
    if (document.generatedOn.isValid())
        out += u"<p class=\"generated\">"_s
            + esc(tr("Made on %1.").arg(document.generatedOn.toString(Qt::ISODate))) + u"</p>\n"_s;
    out += u"</header>\n<main>\n"_s;

    for (const ReportBlock &block : document.blocks) {
        switch (block.type) {
        case ReportBlock::Type::Heading: {
            const QString tag = u"h"_s + QString::number(std::clamp(block.level, 1, 5) + 1);
            out += u'<' + tag + u'>' + esc(block.text) + u"</"_s + tag + u">\n"_s;
            break;
        }
        case ReportBlock::Type::Paragraph:
            out += u"<p>"_s + paragraphText(block.text) + u"</p>\n"_s;
            break;
        case ReportBlock::Type::Note:
            out += u"<aside class=\"note\"><p><strong>"_s + esc(tr("Note:")) + u"</strong> "_s
                + paragraphText(block.text) + u"</p></aside>\n"_s;
            break;
        case ReportBlock::Type::Bullets:
            out += u"<ul>\n"_s;
            for (const QString &item : block.items)
                out += u"<li>"_s + paragraphText(item) + u"</li>\n"_s;
            out += u"</ul>\n"_s;
            break;
        case ReportBlock::Type::Table:
            out += u"<table>\n<thead>\n<tr>"_s;
            for (qsizetype column = 0; column < block.header.size(); ++column)
                out += u"<th"_s + alignmentClass(block.alignment(column)) + u'>'
                    + esc(block.header.at(column)) + u"</th>"_s;
            out += u"</tr>\n</thead>\n<tbody>\n"_s;
            for (const QStringList &row : block.rows) {
                out += u"<tr>"_s;
                for (qsizetype column = 0; column < block.header.size(); ++column)
                    out += u"<td"_s + alignmentClass(block.alignment(column)) + u'>'
                        + paragraphText(row.value(column)) + u"</td>"_s;
                out += u"</tr>\n"_s;
            }
            out += u"</tbody>\n</table>\n"_s;
            break;
        }
    }
    out += u"</main>\n</body>\n</html>\n"_s;
    return out;
}

} // namespace Coalition
