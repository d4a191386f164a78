// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Coalition {

// The one text form of a moment in the workspace: UTC ISO 8601 with
// milliseconds, "2026-11-22T13:49:01.598Z". Empty for an invalid time.
QString formatTimestamp(const QDateTime &timestamp);

} // namespace Coalition
