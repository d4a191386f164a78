// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QByteArray>
#include <QList>

namespace Coalition::Bench {

// Organizations that look like a real registry (varied names, sectors,
// missions, tags, non-ASCII letters), the same on every run.
QList<Organization> generate(int count);

// The organizations as an import CSV file.
QByteArray toCsv(const QList<Organization> &organizations);

} // namespace Coalition::Bench
