// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/relationshipstyle.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace Coalition::Ui {

QColor RelationshipStyle::levelColor(RelationshipLevel level)
{
    switch (level) {
    case RelationshipLevel::Networking:
        return QColor(0xde, 0xeb, 0xf7);
    case RelationshipLevel::Coordinating:
        return QColor(0x9e, 0xca, 0xe1);
    case RelationshipLevel::Cooperating:
        return QColor(0x42, 0x92, 0xc6);
    case RelationshipLevel::Collaborating:
        return QColor(0x08, 0x51, 0x9c);
    }
    return {};
}

QColor RelationshipStyle::levelTextColor(RelationshipLevel level)
{
    return level == RelationshipLevel::Networking || level == RelationshipLevel::Coordinating
        ? QColor(0x14, 0x22, 0x33)
        : QColor(Qt::white);
}

QString RelationshipStyle::levelShortName(RelationshipLevel level)
{
    switch (level) {
    case RelationshipLevel::Networking:
        return tr("Net", "networking, in a matrix cell");
    case RelationshipLevel::Coordinating:
        return tr("Coord", "coordinating, in a matrix cell");
    case RelationshipLevel::Cooperating:
        return tr("Coop", "cooperating, in a matrix cell");
    case RelationshipLevel::Collaborating:
        return tr("Collab", "collaborating, in a matrix cell");
    }
    return {};
}

QString RelationshipStyle::levelMeaning(RelationshipLevel level)
{
    switch (level) {
    case RelationshipLevel::Networking:
        return tr("They pass each other information that helps each do its own work.");
    case RelationshipLevel::Coordinating:
        return tr("They also adjust what they do so that their activities fit together.");
    case RelationshipLevel::Cooperating:
        return tr("They also share resources: staff, volunteers, space, money or know-how.");
    case RelationshipLevel::Collaborating:
        return tr("They also build up each other's capacity, sharing the risks, the work and "
                  "the credit.");
    }
    return {};
}

QString RelationshipStyle::trustShortName(TrustLevel trust)
{
    switch (trust) {
    case TrustLevel::Low:
        return tr("low", "trust");
    case TrustLevel::Some:
        return tr("some", "trust");
    case TrustLevel::More:
        return tr("more", "trust");
    case TrustLevel::High:
        return tr("high", "trust");
    }
    return {};
}

QString RelationshipStyle::cellText(RelationshipLevel level, TrustLevel trust)
{
    return tr("%1 · %2", "level · trust").arg(levelShortName(level), trustShortName(trust));
}

double RelationshipStyle::trustOpacity(TrustLevel trust)
{
    switch (trust) {
    case TrustLevel::Low:
        return 0.5;
    case TrustLevel::Some:
        return 0.7;
    case TrustLevel::More:
        return 0.85;
    case TrustLevel::High:
        return 1.0;
    }
    return 1.0;
}

QColor RelationshipStyle::trustColor(TrustLevel trust)
{
    QColor color;
    switch (trust) {
    case TrustLevel::Low:
        color = QColor(0xb2, 0x18, 0x2b);
        break;
    case TrustLevel::Some:
        color = QColor(0xe0, 0x7a, 0x4f);
        break;
    case TrustLevel::More:
        color = QColor(0x4f, 0x97, 0xc4);
        break;
    case TrustLevel::High:
        color = QColor(0x21, 0x66, 0xac);
        break;
    }
    color.setAlphaF(static_cast<float>(trustOpacity(trust)));
    return color;
}

double RelationshipStyle::tieWidth(RelationshipLevel level)
{
    switch (level) {
    case RelationshipLevel::Networking:
        return 1.5;
    case RelationshipLevel::Coordinating:
        return 2.0;
    case RelationshipLevel::Cooperating:
        return 3.0;
    case RelationshipLevel::Collaborating:
        return 5.5;
    }
    return 1.0;
}

QPen RelationshipStyle::tiePen(RelationshipLevel level, TrustLevel trust)
{
    QPen pen(trustColor(trust), tieWidth(level));
    switch (level) {
    case RelationshipLevel::Networking:
        pen.setStyle(Qt::DotLine);
        pen.setCapStyle(Qt::RoundCap);
        break;
    case RelationshipLevel::Coordinating:
        pen.setStyle(Qt::DashLine);
        pen.setCapStyle(Qt::FlatCap);
        break;
    case RelationshipLevel::Cooperating:
    case RelationshipLevel::Collaborating:
        pen.setStyle(Qt::SolidLine);
        pen.setCapStyle(Qt::RoundCap);
        break;
    }
    return pen;
}

QPixmap RelationshipStyle::levelSwatch(RelationshipLevel level, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x55, 0x66, 0x77), 1.0));
    painter.setBrush(levelColor(level));
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1.0, size - 1.0), 2.0, 2.0);
    return pixmap;
}

namespace {

QPixmap lineSample(const QPen &pen, const QSize &size)
{
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(pen);
    const double y = size.height() / 2.0;
    painter.drawLine(QPointF(3.0, y), QPointF(size.width() - 3.0, y));
    return pixmap;
}

} // namespace

QPixmap RelationshipStyle::levelLineSample(RelationshipLevel level, const QSize &size)
{
    return lineSample(tiePen(level, TrustLevel::High), size);
}

QPixmap RelationshipStyle::trustLineSample(TrustLevel trust, const QSize &size)
{
    return lineSample(tiePen(RelationshipLevel::Cooperating, trust), size);
}

QString RelationshipStyle::disagreementMark()
{
    return u"≠"_s;
}

} // namespace Coalition::Ui
