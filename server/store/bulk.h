// Multi-row statements: a list of rows bound into one statement per chunk, for bulk writes
// (multi-row INSERT, UPDATE ... FROM a VALUES list) and set-based look-ups (a VALUES list joined
// to a table, an IN list) on both databases, instead of one statement and one round trip per row.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "store/db.h"

namespace atgt::store {

// Bound values per statement at most: under SQLite's limit (32766) and PostgreSQL's (65535).
inline constexpr size_t kBulkMaxParams = 32000;
// Rows per statement at most.
inline constexpr size_t kBulkMaxRows = 1024;

// The row counts of the statements that carry `rows` rows of `width` values: full chunks of the
// largest power of two allowed by kBulkMaxRows and kBulkMaxParams, then the rest as decreasing
// powers of two, so that a connection prepares and caches at most a dozen texts per statement.
std::vector<size_t> bulk_chunks(size_t rows, size_t width);

// Runs `sql` over `values` (rows of `width` values, row-major; a multiple of `width` long) in
// the chunks of bulk_chunks(): the one "{rows}" in `sql` becomes `row` (the placeholders of one
// row, e.g. "(?, ?)", or "?" for an IN list) repeated once per row of the chunk, comma-separated.
// The chunk's values are bound first, then `tail`: every '?' of `sql` comes after "{rows}". No
// statement runs for no rows. The first failing chunk's error is returned (the caller's
// transaction decides what the earlier chunks' writes become).
// bulk_execute returns the number of rows changed; bulk_query the rows of every chunk, in order.
Result<int64_t> bulk_execute(Db& db, std::string_view sql, std::string_view row, size_t width,
                             const Params& values, const Params& tail = {});
Result<Rows> bulk_query(Db& db, std::string_view sql, std::string_view row, size_t width,
                        const Params& values, const Params& tail = {});

}  // namespace atgt::store
