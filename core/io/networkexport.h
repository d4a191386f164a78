// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/networkfigures.h"

#include <QByteArray>
#include <QString>

namespace Coalition {

// A coalition's network of member organizations written out for other tools.
// Every format carries the members (id, name, number of ties, isolated) and
// the ties between them (level, trust, whether the sides disagree).
namespace NetworkExport {

// { "coalition": NAME, "members": N, "pairs": N, "tied_pairs": N,
//   "density": 0.5, "levels": { "networking": { "pairs": N, "share": x }, ... },
//   "organizations": [ { "id", "name", "ties", "strongest_with", "strongest_level",
//   "strongest_trust", "isolated" } ], "isolated": [ NAME ... ],
//   "ties": [ { "first", "second", "first_name", "second_name", "level", "trust",
//   "sides_disagree" } ], "reasons": [ ... ] }
QByteArray toJson(const QString &coalitionName, const NetworkFigures &figures);
// An undirected Graphviz graph: nodes named n<id> with the organization's
// name as label, edges styled by level (dotted, dashed, solid, bold).
QByteArray toDot(const QString &coalitionName, const NetworkFigures &figures);
// GraphML with node attributes name, ties, isolated and edge attributes
// level, trust, sides_disagree.
QByteArray toGraphml(const QString &coalitionName, const NetworkFigures &figures);

} // namespace NetworkExport
} // namespace Coalition
