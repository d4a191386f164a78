// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enums.h"

#include <QColor>
#include <QCoreApplication>
#include <QPen>
#include <QPixmap>

namespace Coalition::Ui {

// How the Relationships page shows a relationship's level and trust, the
// same in the matrix, the graph, their legends and the exported pictures.
// Levels run from a light to a deep blue (a continuum, read the same by
// colour-blind eyes); in the graph they also differ by line: networking
// dotted and thin, coordinating dashed, cooperating solid, collaborating
// thick. Trust colours a tie from red (low) to deep blue (high) and makes it
// fainter the lower it is. Colour never says it alone: the cells and the
// optional tie labels carry the words.
class RelationshipStyle final
{
    Q_DECLARE_TR_FUNCTIONS(Coalition::Ui::RelationshipStyle)

public:
    RelationshipStyle() = delete;

    static QColor levelColor(RelationshipLevel level); // a matrix cell's background
    static QColor levelTextColor(RelationshipLevel level); // text readable on it
    // "Net", "Coord", "Coop", "Collab".
    static QString levelShortName(RelationshipLevel level);
    // What the level adds to the one before, in a sentence.
    static QString levelMeaning(RelationshipLevel level);
    // "low", "some", "more", "high" (lower case, to follow a level).
    static QString trustShortName(TrustLevel trust);
    // "Coop · high".
    static QString cellText(RelationshipLevel level, TrustLevel trust);

    static QColor trustColor(TrustLevel trust); // with the trust's opacity as alpha
    static double trustOpacity(TrustLevel trust);
    // A tie of the graph: its line by level, its colour by trust.
    static QPen tiePen(RelationshipLevel level, TrustLevel trust);
    static double tieWidth(RelationshipLevel level);

    // Small pictures for the legends: a filled swatch of a level's colour,
    // a stretch of a level's line, a stretch of line in a trust's colour.
    static QPixmap levelSwatch(RelationshipLevel level, int size);
    static QPixmap levelLineSample(RelationshipLevel level, const QSize &size);
    static QPixmap trustLineSample(TrustLevel trust, const QSize &size);

    // The mark of a relationship its two sides rate differently.
    static QString disagreementMark();
};

} // namespace Coalition::Ui
