// Enrolment per school, school year and level: list (only units the user may see, as of the
// school year's first day), import from CSV (all or nothing, dry run, row and column errors;
// only units in the importer's subtree) and totals rolled up over a unit's subtree by the
// indicator engine.
#include <set>

#include "api/common.h"
#include "api/handlers.h"
#include "base/csv.h"
#include "base/row_errors.h"
#include "base/time.h"
#include "domain/access.h"
#include "domain/enrolment.h"
#include "domain/indicators.h"
#include "model/json_input.h"
#include "model/json_out.h"
#include "store/enrolments_store.h"
#include "store/pool.h"
#include "store/units_store.h"

namespace atgt::api {
namespace json = boost::json;
namespace ind = atgt::indicators;
namespace {

Result<std::optional<std::string>> year_param(const Ctx& c, bool required) {
  const std::string* y = c.query("school_year");
  if (!y) {
    if (required) return Invalid().with_field("school_year", "Hãy chọn năm học (YYYY-YYYY).");
    return std::optional<std::string>();
  }
  if (!valid_school_year(*y))
    return Invalid().with_field("school_year", "Năm học phải có dạng YYYY-YYYY (ví dụ 2025-2026).");
  return std::optional<std::string>(*y);
}

bool visible(const Ctx& c, const OrgIndex& org, int64_t unit, const std::string& date) {
  return can_see(c.me(), org, DataRef{unit, date, {}, DataClass::kShared, false});
}

}  // namespace

Result<Reply> list_enrolments(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto year, year_param(c, false));
  ATGT_ASSIGN_OR_RETURN(auto unit, int_param(c, "unit_id", 1, INT64_MAX));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  ATGT_ASSIGN_OR_RETURN(auto rows, store::list_enrolments(*db, year));
  std::map<std::string, std::string> starts;
  json::array out;
  for (const auto& r : rows) {
    auto it = starts.find(r.school_year);
    if (it == starts.end()) {
      ATGT_ASSIGN_OR_RETURN(std::string s, store::school_year_start(*db, r.school_year));
      it = starts.emplace(r.school_year, s).first;
    }
    const std::string& start = it->second;
    if (!visible(c, *org, r.unit_id, start)) continue;
    if (unit && !org->in_subtree(r.unit_id, *unit, start)) continue;
    const auto* v = org->version_at(r.unit_id, start);
    if (!v) v = org->latest(r.unit_id);
    out.push_back(json::object{{"unit_id", r.unit_id},
                               {"unit_code", v ? v->code : ""},
                               {"unit_name", v ? v->name : ""},
                               {"school_year", r.school_year},
                               {"level", r.level},
                               {"students", r.students},
                               {"source", r.source},
                               {"updated_at", model::time_json(r.updated_at)}});
  }
  return json_reply(json::object{{"enrolments", std::move(out)}});
}

Result<Reply> import_enrolments(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto csv = in.get_raw_string("csv", true);
  auto dry_run = in.boolean("dry_run", false);
  ATGT_TRY(in.finish());
  ATGT_ASSIGN_OR_RETURN(auto table, parse_csv(*csv));
  ATGT_ASSIGN_OR_RETURN(auto rows, read_enrolment_rows(table));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  ATGT_ASSIGN_OR_RETURN(auto types, store::list_unit_types(*db));
  std::set<std::string> school_types;
  for (const auto& t : types)
    if (t.level == "school") school_types.insert(t.code);
  RowErrors errors;
  std::vector<store::EnrolmentRow> out;
  std::set<int64_t> units;
  int64_t now = now_micros();
  for (const auto& r : rows) {
    auto id = store::unit_id_by_code(*db, r.unit_code);
    if (!id.ok()) {
      if (id.status().kind() != Kind::kNotFound) return id.status();
      errors.add(r.row, "unit_code", "Không có đơn vị mã " + r.unit_code + ".");
      continue;
    }
    ATGT_ASSIGN_OR_RETURN(std::string start, store::school_year_start(*db, r.school_year));
    const auto* v = org->version_at(*id, start);
    std::string problem;
    if (!v)
      problem = "Đơn vị không hoạt động vào đầu năm học " + r.school_year + " (" + start + ").";
    else if (!school_types.count(v->type))
      problem = "Đơn vị không phải trường học hoặc cơ sở giáo dục.";
    else if (!visible(c, *org, *id, start))
      problem = "Đơn vị ngoài phạm vi quản lý của bạn.";
    if (!problem.empty()) {
      errors.add(r.row, "unit_code", problem);
      continue;
    }
    out.push_back({*id, r.school_year, r.level, r.students, "import", now, c.me().user_id});
    units.insert(*id);
  }
  if (!errors.empty()) return errors.status();
  bool check_only = dry_run.value_or(false);
  if (!check_only) {
    for (const auto& e : out) ATGT_TRY(store::upsert_enrolment(*db, e));
    ATGT_TRY(audit(c, *db, "import", "enrolment", std::nullopt,
                   {{"rows", out.size()}, {"units", units.size()}}));
    ATGT_TRY(tx.commit());
  }
  return json_reply(
      json::object{{"dry_run", check_only}, {"rows", out.size()}, {"units", units.size()}});
}

Result<Reply> get_enrolment_totals(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto year, year_param(c, true));
  ATGT_ASSIGN_OR_RETURN(auto unit_param, int_param(c, "unit_id", 1, INT64_MAX));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  ATGT_ASSIGN_OR_RETURN(std::string start, store::school_year_start(*db, *year));
  int64_t unit = unit_param.value_or(c.me().unit_id);
  if (!org->alive(unit, start) || !visible(c, *org, unit, start))
    return NotFound("Không tìm thấy đơn vị vào đầu năm học hoặc đơn vị ngoài phạm vi của bạn.");
  ATGT_ASSIGN_OR_RETURN(auto rows, store::list_enrolments(*db, *year));
  std::map<std::string, std::vector<ind::Record>> records{
      {"enrolment", enrolment_records(rows, start)}};
  std::vector<ind::Indicator> none;
  ind::Evaluator ev(none, *org, records);
  auto sum_of = [&](std::optional<std::string> level) -> Result<int64_t> {
    ind::Computation comp;
    comp.op = ind::Op::kSum;
    comp.source = "enrolment";
    comp.field = "students";
    if (level) comp.where["level"] = {*level};
    ATGT_ASSIGN_OR_RETURN(auto v, ev.evaluate(comp, unit));
    return static_cast<int64_t>(v.value_or(0));
  };
  json::array by_level;
  for (const auto& level : enrolment_levels()) {
    ATGT_ASSIGN_OR_RETURN(int64_t n, sum_of(level));
    if (n > 0) by_level.push_back(json::object{{"level", level}, {"students", n}});
  }
  ATGT_ASSIGN_OR_RETURN(int64_t total, sum_of(std::nullopt));
  std::set<int64_t> reporting;
  for (const auto& r : rows)
    if (org->in_subtree(r.unit_id, unit, start)) reporting.insert(r.unit_id);
  return json_reply(json::object{{"unit_id", unit},
                                 {"school_year", *year},
                                 {"as_of", start},
                                 {"total", total},
                                 {"by_level", std::move(by_level)},
                                 {"units_reporting", reporting.size()}});
}

}  // namespace atgt::api
