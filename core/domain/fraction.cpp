// SPDX-License-Identifier: GPL-3.0-or-later
#include "fraction.h"

#include <QRegularExpression>

#include <limits>

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

// Parts are kept within int so that a part times a count (an int) always fits
// in 64 bits, whatever the caller multiplies.
constexpr qint64 MaximumPart = std::numeric_limits<int>::max();

std::optional<qint64> parsePart(const QString &digits)
{
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (!ok || value < 0 || value > MaximumPart)
        return std::nullopt;
    return value;
}

} // namespace

std::optional<Fraction> Fraction::parse(const QString &text)
{
    static const QRegularExpression pattern(u"^\\s*([0-9]+)\\s*(?:/\\s*([0-9]+)\\s*)?$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const auto numerator = parsePart(match.captured(1));
    const auto denominator = match.hasCaptured(2) ? parsePart(match.captured(2)) : qint64(1);
    if (!numerator || !denominator || *denominator == 0)
        return std::nullopt;
    return Fraction{*numerator, *denominator};
}

QString Fraction::toString() const
{
    if (denominator != 0 && numerator % denominator == 0)
        return QString::number(numerator / denominator);
    return QString::number(numerator) + u'/' + QString::number(denominator);
}

} // namespace Coalition
