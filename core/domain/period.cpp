// SPDX-License-Identifier: GPL-3.0-or-later
#include "period.h"

using namespace Qt::StringLiterals;

namespace Coalition {

namespace {

// Reads exactly `count` ASCII digits of `text` from `from`; -1 when any is not one.
int readDigits(const QString &text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + int(c - u'0');
    }
    return value;
}

} // namespace

std::optional<ReportPeriod> ReportPeriod::parse(const QString &text)
{
    // "YYYY-MM" (7 characters) or "YYYY-Qn" (7 characters), nothing around them.
    if (text.size() != 7 || text.at(4) != u'-')
        return std::nullopt;
    const int year = readDigits(text, 0, 4);
    if (year < 1)
        return std::nullopt;
    const QChar marker = text.at(5);
    if (marker == u'Q' || marker == u'q') {
        const int quarter = readDigits(text, 6, 1);
        if (quarter < 1 || quarter > 4)
            return std::nullopt;
        return ReportPeriod{Kind::Quarter, year, quarter};
    }
    const int month = readDigits(text, 5, 2);
    if (month < 1 || month > 12)
        return std::nullopt;
    return ReportPeriod{Kind::Month, year, month};
}

ReportPeriod ReportPeriod::monthOf(const QDate &date)
{
    return ReportPeriod{Kind::Month, date.year(), date.month()};
}

ReportPeriod ReportPeriod::quarterOf(const QDate &date)
{
    return ReportPeriod{Kind::Quarter, date.year(), (date.month() - 1) / 3 + 1};
}

QString ReportPeriod::toString() const
{
    const QString yearText = u"%1"_s.arg(year, 4, 10, QLatin1Char('0'));
    if (kind == Kind::Quarter)
        return yearText + u"-Q"_s + QString::number(number);
    return yearText + u'-' + u"%1"_s.arg(number, 2, 10, QLatin1Char('0'));
}

QDate ReportPeriod::first() const
{
    const int month = kind == Kind::Quarter ? (number - 1) * 3 + 1 : number;
    return QDate(year, month, 1);
}

QDate ReportPeriod::last() const
{
    return next().first().addDays(-1);
}

ReportPeriod ReportPeriod::next() const
{
    const int count = kind == Kind::Quarter ? 4 : 12;
    if (number >= count)
        return ReportPeriod{kind, year + 1, 1};
    return ReportPeriod{kind, year, number + 1};
}

ReportPeriod ReportPeriod::previous() const
{
    const int count = kind == Kind::Quarter ? 4 : 12;
    if (number <= 1)
        return ReportPeriod{kind, year - 1, count};
    return ReportPeriod{kind, year, number - 1};
}

} // namespace Coalition
