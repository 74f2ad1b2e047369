// The indicator catalogue: everyone signed in reads it (with the record sources a computation may
// use); the Department and administrators edit an indicator (the computation is checked against
// the sources and the rest of the catalogue: references exist, no cycles) and preview a
// computation's value over the records that exist so far (enrolment), in either view of the
// organisation (structure of the time, or as of a chosen date) with the unallocated part beside.
#include "api/common.h"
#include "api/handlers.h"
#include "base/time.h"
#include "domain/access.h"
#include "domain/enrolment.h"
#include "domain/indicators.h"
#include "model/json_input.h"
#include "model/json_out.h"
#include "store/enrolments_store.h"
#include "store/indicators_store.h"
#include "api/indicator_records.h"
#include "store/pool.h"

namespace atgt::api {
namespace json = boost::json;
namespace ind = atgt::indicators;
namespace {

json::object indicator_json(const store::IndicatorRow& r) {
  return {{"code", r.code},
          {"name", r.name},
          {"unit", r.unit},
          {"rollup", r.rollup},
          {"computation", json::parse(r.computation)},
          {"description", model::opt_json(r.description)},
          {"source", model::opt_json(r.source)},
          {"sort_order", r.sort_order},
          {"updated_at", model::time_json(r.updated_at)}};
}

json::array sources_json() {
  json::array out;
  for (const auto& s : ind::sources()) {
    json::array fields;
    for (const auto& f : s.fields)
      fields.push_back(json::object{
          {"name", f.name}, {"type", f.type == ind::FieldType::kNumber ? "number" : "text"}});
    out.push_back(
        json::object{{"name", s.name}, {"name_vi", s.name_vi}, {"fields", std::move(fields)}});
  }
  return out;
}

// The catalogue with `changed` added or replaced; kInvalid when references break.
Result<std::vector<ind::Indicator>> catalogue_with(store::Db& db, const ind::Indicator& changed) {
  ATGT_ASSIGN_OR_RETURN(auto rows, store::list_indicators(db));
  ATGT_ASSIGN_OR_RETURN(auto cat, ind::from_rows(rows));
  bool replaced = false;
  for (auto& i : cat)
    if (i.code == changed.code) {
      i = changed;
      replaced = true;
    }
  if (!replaced) cat.push_back(changed);
  ATGT_TRY(ind::check_catalogue(cat));
  return cat;
}

std::optional<ind::Computation> read_computation(model::ObjectReader& in) {
  auto raw = in.object("computation", true);
  if (!raw) return std::nullopt;
  auto c = ind::parse_computation(json::value(*raw));
  if (!c.ok()) {
    for (const auto& [f, m] : c.status().fields()) in.error(f, m);
    return std::nullopt;
  }
  return *c;
}

}  // namespace

Result<Reply> list_indicators(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto rows, store::list_indicators(*db));
  json::array out;
  for (const auto& r : rows) out.push_back(indicator_json(r));
  return json_reply(json::object{{"indicators", std::move(out)}, {"sources", sources_json()}});
}

Result<Reply> update_indicator(Ctx& c) {
  std::string code = c.path.at("code");
  if (!ind::valid_code(code)) return NotFound("Mã chỉ tiêu không hợp lệ.");
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  ind::Indicator next;
  next.code = code;
  next.name = in.str("name", true, 300).value_or("");
  next.unit = in.str("unit", true, 50).value_or("");
  auto comp = read_computation(in);
  next.description = in.str("description", false, 2000);
  next.source = in.str("source", false, 1000);
  auto order = in.i64("sort_order", false);
  ATGT_TRY(in.finish());
  next.computation = *comp;
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  auto old = store::get_indicator(*db, code);
  if (!old.ok() && old.status().kind() != Kind::kNotFound) return old.status();
  next.sort_order = order.value_or(old.ok() ? old->sort_order : 1000);
  ATGT_ASSIGN_OR_RETURN(auto cat, catalogue_with(*db, next));
  (void)cat;
  store::IndicatorRow row = ind::to_row(next);
  row.updated_at = now_micros();
  row.updated_by = c.me().user_id;
  ATGT_TRY(store::upsert_indicator(*db, row));
  json::object changes;
  auto diff = [&](const char* f, const std::string& before, const std::string& after) {
    if (!old.ok() || before != after)
      changes[f] =
          json::array{old.ok() ? json::value(before) : json::value(nullptr), json::value(after)};
  };
  diff("name", old.ok() ? old->name : "", row.name);
  diff("unit", old.ok() ? old->unit : "", row.unit);
  diff("computation", old.ok() ? old->computation : "", row.computation);
  diff("description", old.ok() ? old->description.value_or("") : "", row.description.value_or(""));
  ATGT_TRY(audit(c, *db, old.ok() ? "update" : "create", "indicator", code, changes));
  ATGT_TRY(tx.commit());
  return json_reply(json::object{{"indicator", indicator_json(row)}});
}

namespace {

// The `view` (time | as_of; default time) and `as_of` (a date, default today; used by as_of) query
// parameters: the structure figures roll up along (domain/indicators.h). kInvalid on the field.
Result<ind::ViewSpec> view_params(const Ctx& c) {
  ind::ViewSpec spec;
  if (const std::string* v = c.query("view")) {
    auto view = ind::parse_view(*v);
    if (!view)
      return Invalid().with_field(
          "view",
          "Cách xem phải là time (cơ cấu tại thời điểm phát sinh) hoặc as_of (cơ cấu tại "
          "ngày chọn).");
    spec.view = *view;
  }
  if (spec.view == ind::View::kAsOf) {
    ATGT_ASSIGN_OR_RETURN(spec.date, date_param(c, "as_of"));
  } else if (c.query("as_of")) {
    return Invalid().with_field("as_of", "Chỉ dùng ngày chọn với view=as_of.");
  }
  return spec;
}

}  // namespace

// Checks a computation against the sources and the catalogue and computes it for a unit over the
// sources that have records so far (enrolment of the school year, plan tasks due in it); other
// sources count as empty.
// In the view of the query (view_params); the unit must exist on the school year's first day
// (time) or on the chosen day (as_of). `unallocated` is the part of the value that could not be
// allocated below the unit (null for a ratio).
Result<Reply> preview_indicator(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto view, view_params(c));
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto comp = read_computation(in);
  auto unit = in.i64("unit_id", false);
  auto year = in.str("school_year", true, 9);
  if (year && !valid_school_year(*year))
    in.error("school_year", "Năm học phải có dạng YYYY-YYYY (ví dụ 2025-2026).");
  ATGT_TRY(in.finish());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ind::Indicator probe{"PREVIEW__", "Xem trước", "", *comp, {}, {}, 0};
  ATGT_ASSIGN_OR_RETURN(auto cat, catalogue_with(*db, probe));
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  ATGT_ASSIGN_OR_RETURN(std::string start, store::school_year_start(*db, *year));
  int64_t target = unit.value_or(c.me().unit_id);
  const std::string& day = view.view == ind::View::kAsOf ? view.date : start;
  if (!org->alive(target, day) ||
      !can_see(c.me(), *org, DataRef{target, day, {}, DataClass::kShared, false}))
    return Invalid().with_field("unit_id", view.view == ind::View::kAsOf
                                               ? "Đơn vị không tồn tại vào ngày chọn hoặc ngoài "
                                                 "phạm vi của bạn."
                                               : "Đơn vị không tồn tại vào đầu năm học hoặc ngoài "
                                                 "phạm vi của bạn.");
  ATGT_ASSIGN_OR_RETURN(auto records, school_year_records(*db, *year));
  ind::Evaluator ev(cat, *org, records, view);
  ATGT_ASSIGN_OR_RETURN(auto fig, ev.figure_of(*comp, target));
  auto num = [](const std::optional<double>& x) {
    return x ? json::value(*x) : json::value(nullptr);
  };
  return json_reply(json::object{
      {"rollup", ind::rollup_of(*comp)},
      {"computation", ind::computation_json(*comp)},
      {"unit_id", target},
      {"school_year", *year},
      {"view", ind::view_name(view.view)},
      {"as_of", view.view == ind::View::kAsOf ? json::value(view.date) : json::value(nullptr)},
      {"value", num(fig.value)},
      {"unallocated", num(fig.unallocated)}});
}

}  // namespace atgt::api
