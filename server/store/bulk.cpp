// Multi-row statements (see bulk.h).
#include "store/bulk.h"

#include <algorithm>
#include <map>
#include <string>

namespace atgt::store {
namespace {

// The statement text of `n` rows.
std::string expand(std::string_view sql, std::string_view row, size_t n) {
  auto at = sql.find("{rows}");
  std::string out(sql.substr(0, at));
  out.reserve(sql.size() + n * (row.size() + 2));
  for (size_t i = 0; i < n; ++i) {
    if (i) out += ", ";
    out += row;
  }
  out += sql.substr(at + 6);
  return out;
}

// Runs every chunk; `each(sql, params)` runs one statement.
template <typename F>
Status for_each_chunk(std::string_view sql, std::string_view row, size_t width,
                      const Params& values, const Params& tail, F each) {
  if (width == 0 || values.size() % width != 0 || sql.find("{rows}") == std::string_view::npos)
    return Internal("bulk statement: bad rows");
  std::map<size_t, std::string> texts;
  size_t first = 0;
  for (size_t n : bulk_chunks(values.size() / width, width)) {
    auto& text = texts[n];
    if (text.empty()) text = expand(sql, row, n);
    Params p(values.begin() + static_cast<std::ptrdiff_t>(first * width),
             values.begin() + static_cast<std::ptrdiff_t>((first + n) * width));
    p.insert(p.end(), tail.begin(), tail.end());
    ATGT_TRY(each(text, p));
    first += n;
  }
  return Status::Ok();
}

}  // namespace

std::vector<size_t> bulk_chunks(size_t rows, size_t width) {
  size_t max = std::min(kBulkMaxRows, kBulkMaxParams / std::max<size_t>(width, 1));
  size_t full = 1;
  while (full * 2 <= max) full *= 2;
  std::vector<size_t> out;
  for (; rows >= full; rows -= full) out.push_back(full);
  for (size_t n = full / 2; n > 0; n /= 2)
    if (rows >= n) {
      out.push_back(n);
      rows -= n;
    }
  return out;
}

Result<int64_t> bulk_execute(Db& db, std::string_view sql, std::string_view row, size_t width,
                             const Params& values, const Params& tail) {
  int64_t changed = 0;
  ATGT_TRY(for_each_chunk(sql, row, width, values, tail,
                          [&](const std::string& text, const Params& p) -> Status {
                            ATGT_ASSIGN_OR_RETURN(int64_t n, db.execute(text, p));
                            changed += n;
                            return Status::Ok();
                          }));
  return changed;
}

Result<Rows> bulk_query(Db& db, std::string_view sql, std::string_view row, size_t width,
                        const Params& values, const Params& tail) {
  Rows all;
  ATGT_TRY(for_each_chunk(sql, row, width, values, tail,
                          [&](const std::string& text, const Params& p) -> Status {
                            ATGT_ASSIGN_OR_RETURN(auto rows, db.query(text, p));
                            if (all.columns.empty()) all.columns = std::move(rows.columns);
                            for (auto& r : rows.data) all.data.push_back(std::move(r));
                            return Status::Ok();
                          }));
  return all;
}

}  // namespace atgt::store
