// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <limits>

namespace Coalition {

namespace {

// Files and command lines write amounts with ASCII digits only.
bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

std::optional<qint64> parseMoney(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    qsizetype i = 0;
    bool negative = false;
    if (t.at(0) == u'-' || t.at(0) == u'+') {
        negative = t.at(0) == u'-';
        ++i;
    }
    qint64 units = 0;
    int integerDigits = 0;
    // Stay well below the qint64 limit so that sums of many amounts cannot overflow.
    constexpr qint64 limit = std::numeric_limits<qint64>::max() / 1000000;
    for (; i < t.size() && isAsciiDigit(t.at(i)); ++i, ++integerDigits) {
        units = units * 10 + t.at(i).digitValue();
        if (units > limit)
            return std::nullopt;
    }
    if (integerDigits == 0)
        return std::nullopt;
    qint64 cents = 0;
    if (i < t.size()) {
        if (t.at(i) != u'.')
            return std::nullopt;
        ++i;
        int decimals = 0;
        for (; i < t.size() && isAsciiDigit(t.at(i)); ++i, ++decimals) {
            if (decimals == 2)
                return std::nullopt;
            cents = cents * 10 + t.at(i).digitValue();
        }
        if (decimals == 0 || i != t.size())
            return std::nullopt;
        if (decimals == 1)
            cents *= 10;
    }
    const qint64 value = units * 100 + cents;
    return negative ? -value : value;
}

QString formatMoney(qint64 cents)
{
    const bool negative = cents < 0;
    const qint64 magnitude = negative ? -cents : cents;
    QString text = QString::number(magnitude / 100) + u'.'
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return negative ? u'-' + text : text;
}

} // namespace Coalition
