// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <sqlite3.h>

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace Coalition::Bench {

// The rows of one table as read through the SQLite C API: every value copied
// out (integers as numbers, text as UTF-8), with no typed record built.
struct RawRows
{
    std::size_t rows = 0;
    std::size_t nulls = 0;
    std::vector<sqlite3_int64> integers;
    std::vector<std::string> texts;
};

// Rows read, by table name.
using RawTables = std::map<std::string, RawRows>;

// The same SELECTs loadStageSnapshot runs (the same tables, rows, columns and
// order) for one coalition, inside one read transaction.
RawTables readRawStageSnapshot(sqlite3 *db, sqlite3_int64 coalitionId);

// The same for loadNetworkData: the members and the relationships among them
// with their views and history.
RawTables readRawNetwork(sqlite3 *db, sqlite3_int64 coalitionId);

} // namespace Coalition::Bench
