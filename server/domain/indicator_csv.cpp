// The indicator catalogue in and out: the CSV of data/indicators.csv (a row and column per error)
// and the stored rows.
#include <charconv>

#include "base/text.h"
#include "domain/indicators.h"

namespace atgt::indicators {

Result<std::vector<Indicator>> read_indicator_rows(const CsvTable& t) {
  Status err = Invalid("Danh mục chỉ tiêu có dữ liệu không hợp lệ; không có dòng nào được nhập.");
  bool bad = false;
  auto add = [&](int row, const std::string& col, std::string msg) {
    err.with_row({row, col, std::move(msg)});
    bad = true;
  };
  for (const char* n : {"code", "name", "unit", "computation"})
    if (t.column(n) < 0) add(1, n, "Thiếu cột bắt buộc.");
  if (bad) return err;
  auto cell = [&](const std::vector<std::string>& r, const char* n) {
    int i = t.column(n);
    return i < 0 ? std::string() : squeeze_spaces(r[static_cast<size_t>(i)]);
  };
  std::vector<Indicator> out;
  for (size_t k = 0; k < t.rows.size(); ++k) {
    const auto& r = t.rows[k];
    int row = static_cast<int>(k + 2);
    Indicator i;
    i.code = cell(r, "code");
    i.name = cell(r, "name");
    i.unit = cell(r, "unit");
    if (auto d = cell(r, "description"); !d.empty()) i.description = d;
    if (auto s = cell(r, "source"); !s.empty()) i.source = s;
    if (!valid_code(i.code))
      add(row, "code", "Mã gồm chữ in hoa, số, dấu _ (2–40 ký tự), bắt đầu bằng chữ.");
    if (i.name.empty()) add(row, "name", "Tên chỉ tiêu bắt buộc.");
    if (i.unit.empty()) add(row, "unit", "Đơn vị tính bắt buộc.");
    auto comp = parse_computation_text(cell(r, "computation"));
    if (!comp.ok()) {
      for (const auto& [f, m] : comp.status().fields()) add(row, "computation", f + ": " + m);
    } else {
      i.computation = *comp;
    }
    std::string order = cell(r, "sort_order");
    if (!order.empty()) {
      auto [p, ec] = std::from_chars(order.data(), order.data() + order.size(), i.sort_order);
      if (ec != std::errc() || p != order.data() + order.size())
        add(row, "sort_order", "Thứ tự phải là số nguyên.");
    }
    out.push_back(std::move(i));
  }
  if (bad) return err;
  ATGT_TRY(check_catalogue(out));
  return out;
}

model::IndicatorRow to_row(const Indicator& i) {
  model::IndicatorRow r;
  r.code = i.code;
  r.name = i.name;
  r.unit = i.unit;
  r.rollup = rollup_of(i.computation);
  r.computation = boost::json::serialize(computation_json(i.computation));
  r.description = i.description;
  r.source = i.source;
  r.sort_order = i.sort_order;
  return r;
}

Result<Indicator> from_row(const model::IndicatorRow& r) {
  auto c = parse_computation_text(r.computation);
  if (!c.ok())
    return Internal("stored computation of " + r.code + " does not parse: " + r.computation);
  return Indicator{r.code, r.name, r.unit, *c, r.description, r.source, r.sort_order};
}

Result<std::vector<Indicator>> from_rows(const std::vector<model::IndicatorRow>& rows) {
  std::vector<Indicator> out;
  for (const auto& r : rows) {
    ATGT_ASSIGN_OR_RETURN(auto i, from_row(r));
    out.push_back(std::move(i));
  }
  return out;
}

}  // namespace atgt::indicators
