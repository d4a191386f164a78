// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Coalition {

// Amounts are whole minor units (cents). Text form: "1250", "1250.5",
// "1250.50", "-3.25"; at most two decimals, '.' as separator, no grouping.
std::optional<qint64> parseMoney(const QString &text);
QString formatMoney(qint64 cents);

} // namespace Coalition
