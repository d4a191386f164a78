// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace Coalition {

// An exact non-negative fraction such as a supermajority threshold (2/3) or a
// quorum (1/2). Compared by cross-multiplication, never through floating point.
struct Fraction
{
    qint64 numerator = 0;
    qint64 denominator = 1;

    // "2/3", "1", "3/4" (spaces allowed round the slash); nothing for text
    // that is not N/D with D > 0 and N >= 0, or whose parts exceed 2^31 - 1
    // (so that a part times a count always fits in 64 bits).
    static std::optional<Fraction> parse(const QString &text);

    QString toString() const; // "2/3" as written (not reduced), or "1" for a whole number

    // Within (0, 1], what a threshold or quorum fraction may be.
    bool isProperThreshold() const
    {
        return numerator > 0 && denominator > 0 && numerator <= denominator;
    }

    // Whether part / whole >= this fraction (part * d >= n * whole).
    bool isMetBy(qint64 part, qint64 whole) const
    {
        return part * denominator >= numerator * whole;
    }

    // The same value written alike: 4/6 and 2/3 compare equal.
    bool operator==(const Fraction &other) const
    {
        return numerator * other.denominator == other.numerator * denominator;
    }
};

} // namespace Coalition
