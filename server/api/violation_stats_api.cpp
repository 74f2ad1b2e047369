// Violation statistics (issue 12), under their own path — never under /notices or /students,
// which stay school-internal. Two views: "school" (education: records matched to a student,
// automatically or confirmed, no dispute upheld since, under the student's school, rolled up to
// the supervising office on request; with the share of notices handled on time) and "place"
// (police, the Department and the observer: every active record under the commune police unit of
// the place on that date). Columns by behaviour category, legal code, month or age band. Shown
// outside a school, every cell under 5 and every cell derivable from the others and the totals
// is hidden (domain/small_cells.h); a school sees its own counts whole.
#include <algorithm>
#include <map>

#include "api/common.h"
#include "api/handlers.h"
#include "api/loop_common.h"
#include "base/time.h"
#include "domain/access.h"
#include "domain/small_cells.h"
#include "domain/violation_codes.h"
#include "store/violation_codes_store.h"
#include "store/violation_stats_store.h"

namespace atgt::api {
namespace json = boost::json;
namespace {

Result<store::StatsDimension> dimension(const std::string& by) {
  if (by == "behaviour") return store::StatsDimension::kBehaviour;
  if (by == "code") return store::StatsDimension::kLegalCode;
  if (by == "month") return store::StatsDimension::kMonth;
  if (by == "age_band") return store::StatsDimension::kAgeBand;
  return Invalid().with_field("by", "Chia theo behaviour, code, month hoặc age_band.");
}

std::string age_label(const std::string& band) {
  if (band == "under14") return "Dưới 14 tuổi";
  if (band == "14-15") return "Từ 14 đến dưới 16 tuổi";
  if (band == "16-17") return "Từ 16 đến dưới 18 tuổi";
  if (band == "adult") return "Từ 18 tuổi";
  return "Không rõ tuổi";
}

// The Vietnamese label of a column key.
Result<std::map<std::string, std::string>> labels(store::Db& db, store::StatsDimension dim,
                                                  const std::vector<std::string>& keys) {
  std::map<std::string, std::string> out;
  if (dim == store::StatsDimension::kBehaviour) {
    ATGT_ASSIGN_OR_RETURN(auto cats, store::list_categories(db));
    for (const auto& k : keys) out[k] = k.empty() ? "Không có hành vi (người liên quan)" : k;
    for (const auto& c : cats)
      if (out.count(c.code)) out[c.code] = c.label_vi;
  } else if (dim == store::StatsDimension::kLegalCode) {
    ATGT_ASSIGN_OR_RETURN(auto decrees, store::list_decrees(db));
    for (const auto& k : keys) {
      out[k] = k.empty() ? "Không có hành vi (người liên quan)" : k;
      auto colon = k.find(':');
      if (colon == std::string::npos) continue;
      model::ViolationCode c;
      c.code = k.substr(colon + 1);
      auto parts = violation_codes::parse_code(c.code);
      if (!parts) continue;
      c.article = parts->article;
      c.clause = parts->clause;
      c.point = parts->point;
      for (const auto& d : decrees)
        if (d.code == k.substr(0, colon)) out[k] = violation_codes::citation(c, d.number);
    }
  } else if (dim == store::StatsDimension::kMonth) {
    for (const auto& k : keys) out[k] = k.size() == 7 ? k.substr(5, 2) + "/" + k.substr(0, 4) : k;
  } else {
    for (const auto& k : keys) out[k] = age_label(k);
  }
  return out;
}

json::value opt_count(const std::optional<int64_t>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

}  // namespace

Result<Reply> get_violation_stats(Ctx& c) {
  std::string view = c.query("view") ? *c.query("view") : "school";
  if (view != "school" && view != "place")
    return Invalid().with_field("view",
                                "Cách xem là school (theo trường) hoặc place (theo địa bàn).");
  std::string by = c.query("by") ? *c.query("by") : "behaviour";
  ATGT_ASSIGN_OR_RETURN(auto dim, dimension(by));
  std::string group = c.query("group") ? *c.query("group") : "unit";
  if (group != "unit" && group != "office")
    return Invalid().with_field("group",
                                "Gộp theo unit (từng đơn vị) hoặc office (đơn vị quản lý).");
  std::string today = today_local().str();
  std::string from = c.query("from") ? *c.query("from") : today.substr(0, 4) + "-01-01";
  std::string to = c.query("to") ? *c.query("to") : today;
  if (!Date::parse(from)) return Invalid().with_field("from", "Ngày có dạng YYYY-MM-DD.");
  if (!Date::parse(to)) return Invalid().with_field("to", "Ngày có dạng YYYY-MM-DD.");
  if (from > to) return Invalid().with_field("to", "Đến ngày phải sau từ ngày.");
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  const Principal& me = c.me();
  bool police = is_police_user(me);
  bool city = me.has_role(role::kDepartment) || me.has_role(role::kObserver);
  std::optional<std::vector<int64_t>> scope;
  if (!city) scope = loop_scope(c, *org);
  std::vector<store::StatsCount> rows;
  std::optional<store::Timeliness> timely;
  if (view == "school") {
    if (police)
      return Forbidden(
          "Thống kê theo trường là dữ liệu của ngành giáo dục; công an xem thống kê theo địa bàn.");
    ATGT_ASSIGN_OR_RETURN(rows, store::school_counts(*db, scope, from, to, dim));
    ATGT_ASSIGN_OR_RETURN(timely, store::notice_timeliness(*db, scope, from, to, now_micros()));
  } else {
    if (!police && !city)
      return Forbidden(
          "Thống kê theo địa bàn dành cho công an, Sở Giáo dục và Đào tạo và Ban An toàn giao "
          "thông.");
    ATGT_ASSIGN_OR_RETURN(rows, store::place_counts(*db, scope, from, to, dim));
  }
  // Rows (units, or their supervising office today) x columns (keys).
  auto row_of = [&](int64_t unit) -> int64_t {
    if (group != "office" || unit == 0) return unit;
    auto p = org->parent_at(unit, today);
    if (!p)
      if (auto last = org->last_day(unit)) p = org->parent_at(unit, *last);
    return p.value_or(unit);
  };
  std::vector<int64_t> units;
  std::vector<std::string> keys;
  for (const auto& r : rows) {
    units.push_back(row_of(r.unit_id));
    keys.push_back(r.key);
  }
  std::sort(units.begin(), units.end());
  units.erase(std::unique(units.begin(), units.end()), units.end());
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  stats::Table table;
  table.cells.assign(units.size(), std::vector<int64_t>(keys.size(), 0));
  for (const auto& r : rows) {
    size_t i = std::lower_bound(units.begin(), units.end(), row_of(r.unit_id)) - units.begin();
    size_t j = std::lower_bound(keys.begin(), keys.end(), r.key) - keys.begin();
    table.cells[i][j] += r.count;
  }
  // A school reading its own students sees them whole; anyone else sees suppressed counts.
  int64_t home = home_unit(c);
  bool own_school = !police && !city && scope && units.size() <= 1 &&
                    (units.empty() || units[0] == home) && view == "school";
  auto shown = own_school ? stats::open(table) : stats::suppress(table);
  ATGT_ASSIGN_OR_RETURN(auto label, labels(*db, dim, keys));
  json::array columns, out_rows, column_totals;
  for (const auto& k : keys) columns.push_back(json::object{{"key", k}, {"label", label[k]}});
  for (size_t i = 0; i < units.size(); ++i) {
    json::array cells;
    for (const auto& v : shown.cells[i]) cells.push_back(opt_count(v));
    json::value unit = units[i] == 0 ? json::value(nullptr) : unit_brief(*org, units[i]);
    out_rows.push_back(json::object{
        {"unit", unit}, {"cells", std::move(cells)}, {"total", opt_count(shown.row_totals[i])}});
  }
  for (const auto& v : shown.column_totals) column_totals.push_back(opt_count(v));
  json::value t = nullptr;
  if (timely) {
    // Counts of notices outside a school follow the same rule: under 5 is not shown.
    auto small = [&](int64_t n) {
      return own_school || n == 0 || n >= 5 ? json::value(n) : json::value(nullptr);
    };
    json::value share = nullptr;
    if (timely->closed > 0 && (own_school || timely->closed >= 5))
      share = static_cast<double>(timely->on_time) / static_cast<double>(timely->closed);
    t = json::object{{"notices", small(timely->notices)},
                     {"closed", small(timely->closed)},
                     {"on_time", small(timely->on_time)},
                     {"overdue", small(timely->overdue)},
                     {"on_time_share", share}};
  }
  return json_reply(json::object{{"view", view},
                                 {"by", by},
                                 {"group", group},
                                 {"from", from},
                                 {"to", to},
                                 {"columns", std::move(columns)},
                                 {"rows", std::move(out_rows)},
                                 {"column_totals", std::move(column_totals)},
                                 {"total", opt_count(shown.total)},
                                 {"suppressed", !own_school},
                                 {"hidden", shown.hidden},
                                 {"timeliness", std::move(t)}});
}

}  // namespace atgt::api
