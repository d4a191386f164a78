// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace Coalition {

// A reporting period: one month ("2026-10") or one quarter ("2026-Q4").
struct ReportPeriod
{
    enum class Kind { Month, Quarter };

    Kind kind = Kind::Month;
    int year = 0;
    int number = 0; // month 1-12 or quarter 1-4

    // "2026-10" or "2026-Q4" (case-insensitive Q); nothing for anything else.
    static std::optional<ReportPeriod> parse(const QString &text);
    static ReportPeriod monthOf(const QDate &date);
    static ReportPeriod quarterOf(const QDate &date);

    QString toString() const; // the form parse() reads
    QDate first() const; // first day
    QDate last() const; // last day
    bool contains(const QDate &date) const { return date >= first() && date <= last(); }
    ReportPeriod next() const;
    ReportPeriod previous() const;

    bool operator==(const ReportPeriod &) const = default;
    auto operator<=>(const ReportPeriod &) const = default;
};

} // namespace Coalition
