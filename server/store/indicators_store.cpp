// SQL for the indicator catalogue.
#include "store/indicators_store.h"

namespace atgt::store {
namespace {

constexpr const char* kSelect =
    "SELECT code, name, unit, rollup, computation, description, source, sort_order, updated_at, "
    "updated_by FROM indicators ";

IndicatorRow from(const Row& r) {
  Cursor c(r);
  return {c.str(),     c.str(),     c.str(), c.str(), c.str(),
          c.opt_str(), c.opt_str(), c.i64(), c.i64(), c.opt_i64()};
}

}  // namespace

Result<std::vector<IndicatorRow>> list_indicators(Db& db) {
  auto rows = db.query(std::string(kSelect) + "ORDER BY sort_order, code");
  if (!rows.ok()) return rows.status();
  std::vector<IndicatorRow> out;
  for (size_t i = 0; i < rows->size(); ++i) out.push_back(from((*rows)[i]));
  return out;
}

Result<IndicatorRow> get_indicator(Db& db, const std::string& code) {
  auto rows = db.query(std::string(kSelect) + "WHERE code = ?", {code});
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return NotFound("Không có chỉ tiêu mã " + code + ".");
  return from((*rows)[0]);
}

Result<int64_t> count_indicators(Db& db) {
  return db.scalar_i64("SELECT COUNT(*) FROM indicators");
}

Status upsert_indicator(Db& db, const IndicatorRow& r) {
  return db.run(
      "INSERT INTO indicators (code, name, unit, rollup, computation, description, source, "
      "sort_order, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (code) DO UPDATE SET name = excluded.name, unit = excluded.unit, "
      "rollup = excluded.rollup, computation = excluded.computation, "
      "description = excluded.description, source = excluded.source, "
      "sort_order = excluded.sort_order, updated_at = excluded.updated_at, "
      "updated_by = excluded.updated_by",
      {r.code, r.name, r.unit, r.rollup, r.computation, opt(r.description), opt(r.source),
       r.sort_order, r.updated_at, opt(r.updated_by)});
}

}  // namespace atgt::store
