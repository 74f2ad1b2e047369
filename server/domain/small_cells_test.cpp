// Small-cell suppression: no cell under 5 is shown, and no hidden cell can be recovered from its
// row or column and their totals (checked by solving every line with one unknown).
#include "domain/small_cells.h"

#include <gtest/gtest.h>

#include <random>

namespace atgt::stats {
namespace {

// True when some hidden entry (cell or total) is the only hidden one of its row or column.
bool derivable(const Suppressed& s) {
  size_t rows = s.cells.size(), cols = rows ? s.cells[0].size() : 0;
  for (size_t r = 0; r < rows; ++r) {
    int hidden = !s.row_totals[r];
    for (size_t c = 0; c < cols; ++c) hidden += !s.cells[r][c];
    if (hidden == 1) return true;
  }
  for (size_t c = 0; c < cols; ++c) {
    int hidden = !s.column_totals[c];
    for (size_t r = 0; r < rows; ++r) hidden += !s.cells[r][c];
    if (hidden == 1) return true;
  }
  int hidden = !s.total;
  for (size_t r = 0; r < rows; ++r) hidden += !s.row_totals[r];
  if (hidden == 1) return true;
  hidden = !s.total;
  for (size_t c = 0; c < cols; ++c) hidden += !s.column_totals[c];
  return hidden == 1;
}

TEST(SmallCells, ASmallCellAndTheOneThatWouldGiveItAwayAreHidden) {
  Table t{{{12, 3, 20}, {8, 9, 30}}};
  auto s = suppress(t);
  EXPECT_FALSE(s.cells[0][1].has_value());  // 3
  // Row 0 would give the 3 away: its smallest other cell (12) goes too; column 1 likewise (9).
  EXPECT_FALSE(s.cells[0][0].has_value());
  EXPECT_FALSE(s.cells[1][1].has_value());
  EXPECT_FALSE(derivable(s));
  EXPECT_EQ(s.total, 82);
  EXPECT_EQ(s.cells[0][2], 20);
}

TEST(SmallCells, ZerosAreShownAndAnOpenTableHidesNothing) {
  Table t{{{0, 7}, {6, 0}}};
  auto s = suppress(t);
  EXPECT_EQ(s.hidden, 0);
  auto o = open(Table{{{1, 2}}});
  EXPECT_EQ(o.cells[0][0], 1);
  EXPECT_EQ(o.total, 3);
}

TEST(SmallCells, ALoneSmallCellHidesItsTotal) {
  Table t{{{0, 0, 2}, {10, 12, 9}}};
  auto s = suppress(t);
  EXPECT_FALSE(s.cells[0][2].has_value());
  EXPECT_FALSE(s.row_totals[0].has_value());
  EXPECT_FALSE(derivable(s));
}

TEST(SmallCells, RandomTablesNeverShowASmallCellOrADerivableOne) {
  std::mt19937 rng(12);
  for (int round = 0; round < 500; ++round) {
    size_t rows = 1 + rng() % 6, cols = 1 + rng() % 6;
    Table t;
    t.cells.assign(rows, std::vector<int64_t>(cols));
    for (auto& row : t.cells)
      for (auto& v : row) v = rng() % 3 == 0 ? 0 : rng() % 15;
    auto s = suppress(t);
    for (size_t r = 0; r < rows; ++r)
      for (size_t c = 0; c < cols; ++c)
        if (s.cells[r][c]) EXPECT_TRUE(*s.cells[r][c] == 0 || *s.cells[r][c] >= 5);
    for (const auto& x : s.row_totals)
      if (x) EXPECT_TRUE(*x == 0 || *x >= 5);
    EXPECT_FALSE(derivable(s)) << "round " << round;
  }
}

}  // namespace
}  // namespace atgt::stats
