// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDate>

namespace Coalition {

class Workspace;

// Fills an empty workspace with a realistic sample: one neighbourhood
// coalition of fifteen organizations across many sectors, their people,
// memberships in every status, contributions, interests and barriers. Dates
// are placed relative to `today` so the sample never looks stale.
namespace DemoWorkspace {

Status populate(Workspace &workspace, const QDate &today = QDate::currentDate());

} // namespace DemoWorkspace
} // namespace Coalition
