// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Coalition {

// The periodic reports as a renderer-neutral document: a title block and a
// list of blocks. The Markdown, HTML and PDF renderers all draw this one model.

enum class ReportKind {
    Monthly, // for the executive committee
    Quarterly, // for the strategic committee
};

enum class ColumnAlignment { Left, Right, Center };

struct ReportBlock
{
    enum class Type {
        Heading, // text, level 1 (section) to 3
        Paragraph, // text
        Bullets, // items
        Table, // header, rows, alignments; a row is never split across pages
        Note, // text, set apart as a callout
    };

    Type type = Type::Paragraph;
    int level = 1;
    QString text;
    QStringList items;
    QStringList header;
    QList<QStringList> rows; // each as long as header
    QList<ColumnAlignment> alignments; // one per column; missing ones are Left

    ColumnAlignment alignment(qsizetype column) const
    {
        return column < alignments.size() ? alignments.at(column) : ColumnAlignment::Left;
    }

    bool operator==(const ReportBlock &) const = default;
};

struct ReportDocument
{
    QString title; // "Monthly summary for the executive committee"
    QString subtitle; // coalition and period
    QString coalitionName; // for running headers
    QDate generatedOn;
    QList<ReportBlock> blocks;
    int confidentialLeftOut = 0; // confidential records the report did not show
    bool confidentialIncluded = false; // asked to include them

    void addHeading(const QString &text, int level = 1)
    {
        ReportBlock block;
        block.type = ReportBlock::Type::Heading;
        block.level = level;
        block.text = text;
        blocks.append(block);
    }
    void addParagraph(const QString &text)
    {
        ReportBlock block;
        block.type = ReportBlock::Type::Paragraph;
        block.text = text;
        blocks.append(block);
    }
    void addNote(const QString &text)
    {
        ReportBlock block;
        block.type = ReportBlock::Type::Note;
        block.text = text;
        blocks.append(block);
    }
    void addBullets(const QStringList &items)
    {
        ReportBlock block;
        block.type = ReportBlock::Type::Bullets;
        block.items = items;
        blocks.append(block);
    }
    void addTable(const QStringList &header, const QList<QStringList> &rows,
                  const QList<ColumnAlignment> &alignments = {})
    {
        ReportBlock block;
        block.type = ReportBlock::Type::Table;
        block.header = header;
        block.rows = rows;
        block.alignments = alignments;
        blocks.append(block);
    }

    bool operator==(const ReportDocument &) const = default;
};

} // namespace Coalition
