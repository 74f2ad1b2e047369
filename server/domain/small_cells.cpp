#include "domain/small_cells.h"

#include <algorithm>

namespace atgt::stats {
namespace {

struct Work {
  size_t rows = 0, cols = 0;
  std::vector<std::vector<int64_t>> v;
  std::vector<std::vector<bool>> hide;  // (rows + 1) x (cols + 1): the last row/column are totals
};

// Hides the smallest non-zero visible cell of line `cells` other than those already hidden;
// false when there is none.
bool hide_smallest(Work& w, const std::vector<std::pair<size_t, size_t>>& cells) {
  std::optional<std::pair<size_t, size_t>> best;
  for (auto [r, c] : cells)
    if (!w.hide[r][c] && w.v[r][c] > 0 && (!best || w.v[r][c] < w.v[best->first][best->second]))
      best = std::pair{r, c};
  if (!best) return false;
  w.hide[best->first][best->second] = true;
  return true;
}

}  // namespace

Suppressed open(const Table& t) {
  Suppressed s;
  size_t rows = t.cells.size(), cols = rows ? t.cells[0].size() : 0;
  s.cells.assign(rows, std::vector<std::optional<int64_t>>(cols));
  s.row_totals.assign(rows, 0);
  s.column_totals.assign(cols, 0);
  int64_t total = 0;
  for (size_t r = 0; r < rows; ++r)
    for (size_t c = 0; c < cols; ++c) {
      s.cells[r][c] = t.cells[r][c];
      *s.row_totals[r] += t.cells[r][c];
      *s.column_totals[c] += t.cells[r][c];
      total += t.cells[r][c];
    }
  s.total = total;
  return s;
}

Suppressed suppress(const Table& t, int64_t threshold) {
  Work w;
  w.rows = t.cells.size();
  w.cols = w.rows ? t.cells[0].size() : 0;
  w.v.assign(w.rows + 1, std::vector<int64_t>(w.cols + 1, 0));
  for (size_t r = 0; r < w.rows; ++r)
    for (size_t c = 0; c < w.cols; ++c) {
      w.v[r][c] = t.cells[r][c];
      w.v[r][w.cols] += t.cells[r][c];
      w.v[w.rows][c] += t.cells[r][c];
      w.v[w.rows][w.cols] += t.cells[r][c];
    }
  w.hide.assign(w.rows + 1, std::vector<bool>(w.cols + 1, false));
  // Primary, totals included (a total under the threshold names few people too).
  for (size_t r = 0; r <= w.rows; ++r)
    for (size_t c = 0; c <= w.cols; ++c)
      if (w.v[r][c] > 0 && w.v[r][c] < threshold) w.hide[r][c] = true;
  // Secondary: each line (a row with its total, a column with its total) must not have exactly
  // one hidden entry.
  for (bool changed = true; changed;) {
    changed = false;
    auto protect = [&](const std::vector<std::pair<size_t, size_t>>& line) {
      int hidden = 0;
      for (auto [r, c] : line) hidden += w.hide[r][c];
      if (hidden != 1) return;
      if (hide_smallest(w, line)) changed = true;
    };
    for (size_t r = 0; r <= w.rows; ++r) {
      std::vector<std::pair<size_t, size_t>> line;
      for (size_t c = 0; c <= w.cols; ++c) line.emplace_back(r, c);
      protect(line);
    }
    for (size_t c = 0; c <= w.cols; ++c) {
      std::vector<std::pair<size_t, size_t>> line;
      for (size_t r = 0; r <= w.rows; ++r) line.emplace_back(r, c);
      protect(line);
    }
  }
  Suppressed s;
  s.cells.assign(w.rows, std::vector<std::optional<int64_t>>(w.cols));
  s.row_totals.assign(w.rows, std::nullopt);
  s.column_totals.assign(w.cols, std::nullopt);
  auto shown = [&](size_t r, size_t c) {
    return w.hide[r][c] ? std::optional<int64_t>() : std::optional<int64_t>(w.v[r][c]);
  };
  for (size_t r = 0; r < w.rows; ++r) {
    for (size_t c = 0; c < w.cols; ++c) {
      s.cells[r][c] = shown(r, c);
      s.hidden += w.hide[r][c];
    }
    s.row_totals[r] = shown(r, w.cols);
  }
  for (size_t c = 0; c < w.cols; ++c) s.column_totals[c] = shown(w.rows, c);
  s.total = shown(w.rows, w.cols);
  return s;
}

}  // namespace atgt::stats
