// The calendar over HTTP: school years and holiday rows (read by everyone, edited by
// administrators and Department staff), the periods a date belongs to, deadlines counted in
// working days, and the statistical-year start. Every write is audited in its transaction.
#include "jobs/calendar_data.h"
#include "api/common.h"
#include "api/handlers.h"
#include "base/time.h"
#include "model/json_input.h"
#include "model/json_out.h"
#include "store/calendar_store.h"
#include "store/pool.h"

namespace atgt::api {
namespace json = boost::json;
namespace {

json::object range_json(const calendar::Range& r) {
  return {{"from", r.from.str()}, {"to", r.to.str()}};
}

json::object year_json(const store::SchoolYearRecord& y, const calendar::Calendar& cal) {
  json::object o{{"code", y.code},
                 {"teaching_from", y.teaching_from},
                 {"teaching_to", y.teaching_to},
                 {"semester2_from", y.semester2_from},
                 {"peak_from", y.peak_from},
                 {"peak_to", y.peak_to},
                 {"source", model::opt_json(y.source)},
                 {"note", model::opt_json(y.note)},
                 {"from", nullptr},
                 {"to", nullptr},
                 {"updated_at", model::time_json(y.updated_at)}};
  if (auto start = calendar::parse_school_year_code(y.code)) {
    calendar::Range r = cal.school_year_range(cal.year_starting(*start));
    o["from"] = r.from.str();
    o["to"] = r.to.str();
  }
  return o;
}

json::object holiday_json(const store::HolidayRecord& h) {
  json::object o{{"day", h.day},
                 {"kind", h.kind},
                 {"name", h.name},
                 {"source", model::opt_json(h.source)},
                 {"flags", model::flags_json(h.flags)},
                 {"updated_at", model::time_json(h.updated_at)}};
  if (auto d = Date::parse(h.day)) o["weekday"] = calendar::iso_weekday(*d);
  return o;
}

// A path date ("{day}"), kInvalid on the field "day" when malformed.
Result<std::string> path_day(const Ctx& c) {
  auto it = c.path.find("day");
  auto d = it == c.path.end() ? std::nullopt : Date::parse(it->second);
  if (!d) return Invalid().with_field("day", "Ngày không hợp lệ (định dạng YYYY-MM-DD).");
  return d->str();
}

// Old and new values of the fields that changed, as {"field": [old, new]}.
void diff(json::object& out, const char* field, const json::value& old_v,
          const json::value& new_v) {
  if (old_v != new_v) out[field] = json::array{old_v, new_v};
}

Reply no_content() {
  Reply r;
  r.status = 204;
  return r;
}

}  // namespace

Result<Reply> list_school_years(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto rows, store::list_school_years(*db));
  ATGT_ASSIGN_OR_RETURN(auto cal, jobs::load_calendar(*db));
  json::array out;
  for (const auto& y : rows) out.push_back(year_json(y, cal));
  return json_reply(json::object{{"school_years", std::move(out)}});
}

Result<Reply> put_school_year(Ctx& c) {
  store::SchoolYearRecord y;
  y.code = c.path.count("code") ? c.path.at("code") : "";
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  y.teaching_from = in.str("teaching_from", true, 10).value_or("");
  y.teaching_to = in.str("teaching_to", true, 10).value_or("");
  y.semester2_from = in.str("semester2_from", true, 10).value_or("");
  auto peak_from = in.str("peak_from", false, 10);
  auto peak_to = in.str("peak_to", false, 10);
  y.source = in.str("source", false, 1000);
  y.note = in.str("note", false, 2000);
  ATGT_TRY(in.finish());
  // The peak month defaults to September of the start year.
  auto start = calendar::parse_school_year_code(y.code);
  std::string y0 = start ? std::to_string(*start) : "";
  y.peak_from = peak_from.value_or(y0 + "-09-01");
  y.peak_to = peak_to.value_or(y0 + "-09-30");
  y.updated_at = now_micros();
  ATGT_ASSIGN_OR_RETURN(auto checked, jobs::check_school_year(y));
  (void)checked;
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  auto old = store::get_school_year(*db, y.code);
  if (!old.ok() && old.status().kind() != Kind::kNotFound) return old.status();
  json::object changes;
  const store::SchoolYearRecord blank;
  const store::SchoolYearRecord& o = old.ok() ? *old : blank;
  auto j = [](const std::string& s) { return s.empty() ? json::value(nullptr) : json::value(s); };
  diff(changes, "teaching_from", j(o.teaching_from), j(y.teaching_from));
  diff(changes, "teaching_to", j(o.teaching_to), j(y.teaching_to));
  diff(changes, "semester2_from", j(o.semester2_from), j(y.semester2_from));
  diff(changes, "peak_from", j(o.peak_from), j(y.peak_from));
  diff(changes, "peak_to", j(o.peak_to), j(y.peak_to));
  diff(changes, "source", model::opt_json(o.source), model::opt_json(y.source));
  diff(changes, "note", model::opt_json(o.note), model::opt_json(y.note));
  ATGT_TRY(store::upsert_school_year(*db, y));
  ATGT_TRY(audit(c, *db, old.ok() ? "update" : "create", "school_year", y.code, changes));
  ATGT_TRY(tx.commit());
  ATGT_ASSIGN_OR_RETURN(auto cal, jobs::load_calendar(*db));
  return json_reply(json::object{{"school_year", year_json(y, cal)}});
}

Result<Reply> list_holidays(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto year, int_param(c, "year", 1900, 2200));
  int y = static_cast<int>(year.value_or(today_local().year));
  std::string ys = std::to_string(y);
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto rows, store::list_holidays(*db, ys + "-01-01", ys + "-12-31"));
  json::array out;
  for (const auto& h : rows) out.push_back(holiday_json(h));
  return json_reply(json::object{{"year", y}, {"holidays", std::move(out)}});
}

Result<Reply> put_holiday(Ctx& c) {
  store::HolidayRecord h;
  ATGT_ASSIGN_OR_RETURN(h.day, path_day(c));
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  h.kind = in.str("kind", true, 20).value_or("");
  h.name = in.str("name", true, 200).value_or("");
  h.source = in.str("source", false, 1000);
  auto flags = in.str_list("flags", false, 5).value_or(std::vector<std::string>{});
  ATGT_TRY(in.finish());
  for (const auto& f : flags) h.flags += (h.flags.empty() ? "" : ";") + f;
  h.updated_at = now_micros();
  ATGT_ASSIGN_OR_RETURN(auto checked, jobs::check_holiday(h));
  (void)checked;
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  auto old = store::get_holiday(*db, h.day);
  if (!old.ok() && old.status().kind() != Kind::kNotFound) return old.status();
  json::object changes;
  const store::HolidayRecord blank;
  const store::HolidayRecord& o = old.ok() ? *old : blank;
  auto j = [](const std::string& s) { return s.empty() ? json::value(nullptr) : json::value(s); };
  diff(changes, "kind", j(o.kind), j(h.kind));
  diff(changes, "name", j(o.name), j(h.name));
  diff(changes, "source", model::opt_json(o.source), model::opt_json(h.source));
  diff(changes, "flags", j(o.flags), j(h.flags));
  ATGT_TRY(store::upsert_holiday(*db, h));
  ATGT_TRY(audit(c, *db, old.ok() ? "update" : "create", "holiday", h.day, changes));
  ATGT_TRY(tx.commit());
  return json_reply(json::object{{"holiday", holiday_json(h)}});
}

Result<Reply> delete_holiday(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(std::string day, path_day(c));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(auto old, store::get_holiday(*db, day));
  ATGT_TRY(store::delete_holiday(*db, day));
  ATGT_TRY(
      audit(c, *db, "delete", "holiday", day,
            {{"kind", json::array{old.kind, nullptr}}, {"name", json::array{old.name, nullptr}}}));
  ATGT_TRY(tx.commit());
  return no_content();
}

Result<Reply> get_calendar_periods(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(std::string date_text, date_param(c, "date"));
  Date d = *Date::parse(date_text);
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto cal, jobs::load_calendar(*db));
  calendar::SchoolYear sy = cal.school_year_of(d);
  json::object school_year = range_json(cal.school_year_range(sy));
  school_year["code"] = sy.code();
  school_year["teaching_from"] = sy.teaching_from.str();
  school_year["teaching_to"] = sy.teaching_to.str();
  school_year["from_data"] = sy.from_data;
  json::object semester = range_json(cal.semester_range(d));
  semester["number"] = cal.semester_of(d);
  // The peak month shown is the one of the school year starting in the date's calendar year.
  calendar::SchoolYear peak_year = cal.year_starting(d.year);
  json::object peak = range_json({peak_year.peak_from, peak_year.peak_to});
  peak["active"] = cal.in_peak(d);
  int stat = cal.statistical_year_of(d);
  json::object statistical = range_json(cal.statistical_year_range(stat));
  statistical["year"] = stat;
  statistical["start"] = cal.statistical_year_start().str();
  json::object calendar_year = range_json({Date{d.year, 1, 1}, Date{d.year, 12, 31}});
  calendar_year["year"] = d.year;
  return json_reply(json::object{{"date", d.str()},
                                 {"weekday", calendar::iso_weekday(d)},
                                 {"working_day", cal.is_working_day(d)},
                                 {"teaching", d >= sy.teaching_from && d <= sy.teaching_to},
                                 {"school_year", std::move(school_year)},
                                 {"semester", std::move(semester)},
                                 {"peak_month", std::move(peak)},
                                 {"calendar_year", std::move(calendar_year)},
                                 {"statistical_year", std::move(statistical)}});
}

Result<Reply> get_deadline(Ctx& c) {
  if (!c.query("from")) return Invalid().with_field("from", "Cần ngày bắt đầu (YYYY-MM-DD).");
  if (!c.query("working_days"))
    return Invalid().with_field("working_days", "Cần số ngày làm việc.");
  ATGT_ASSIGN_OR_RETURN(std::string from_text, date_param(c, "from"));
  ATGT_ASSIGN_OR_RETURN(auto n, int_param(c, "working_days", 0, 365));
  Date from = *Date::parse(from_text);
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto cal, jobs::load_calendar(*db));
  Date due = cal.add_working_days(from, static_cast<int>(*n));
  if (due.year > 2200) return Invalid().with_field("from", "Ngày bắt đầu quá xa.");
  return json_reply(
      json::object{{"from", from.str()},
                   {"working_days", *n},
                   {"due_date", due.str()},
                   {"due_at", calendar::iso_vietnam(calendar::deadline_instant(due))}});
}

Result<Reply> put_calendar_settings(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto start = in.str("statistical_year_start", true, 5);
  if (start && !calendar::MonthDay::parse(*start))
    in.error("statistical_year_start",
             "Ngày bắt đầu năm thống kê phải có dạng MM-DD và có trong mọi năm, ví dụ 12-15.");
  ATGT_TRY(in.finish());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(std::string old, store::statistical_year_start(*db));
  ATGT_TRY(store::set_statistical_year_start(*db, *start));
  json::object changes;
  diff(changes, "statistical_year_start", json::value(old), json::value(*start));
  ATGT_TRY(audit(c, *db, "update", "calendar_settings", std::nullopt, changes));
  ATGT_TRY(tx.commit());
  return json_reply(json::object{{"statistical_year_start", *start}});
}

}  // namespace atgt::api
