// Violation codes over HTTP: decrees, behaviour categories and codes are read by every signed-in
// user (the police choose codes when recording, education reads them in statistics) and edited
// by administrators (kEditLegalCodes) when the law changes. Every write is audited with the
// fields it changed, in its transaction.
#include <algorithm>

#include "api/common.h"
#include "api/handlers.h"
#include "base/text.h"
#include "base/time.h"
#include "domain/violation_codes.h"
#include "model/json_input.h"
#include "model/json_out.h"
#include "store/violation_codes_store.h"

namespace atgt::api {
namespace json = boost::json;
namespace {

json::value opt_int(const std::optional<int>& v) {
  return v ? json::value(static_cast<int64_t>(*v)) : json::value(nullptr);
}

json::object decree_json(const model::Decree& d) {
  return {{"code", d.code},
          {"number", d.number},
          {"title", d.title},
          {"signed_on", model::opt_json(d.signed_on)},
          {"effective_from", d.effective_from},
          {"effective_to", model::opt_json(d.effective_to)},
          {"source", model::opt_json(d.source)},
          {"updated_at", model::time_json(d.updated_at)}};
}

json::object category_json(const model::BehaviourCategory& b, int64_t codes) {
  return {{"code", b.code},         {"label_vi", b.label_vi},
          {"label_en", b.label_en}, {"position", b.position},
          {"codes", codes},         {"updated_at", model::time_json(b.updated_at)}};
}

// Labels of the decrees and categories, for the codes' JSON.
struct Labels {
  std::map<std::string, std::string> decree_number, category_label;
};

Result<Labels> labels(store::Db& db) {
  Labels l;
  ATGT_ASSIGN_OR_RETURN(auto decrees, store::list_decrees(db));
  for (const auto& d : decrees) l.decree_number[d.code] = d.number;
  ATGT_ASSIGN_OR_RETURN(auto cats, store::list_categories(db));
  for (const auto& c : cats) l.category_label[c.code] = c.label_vi;
  return l;
}

json::object code_json(const model::ViolationCode& v, const Labels& l, const Date& today) {
  std::string number = l.decree_number.count(v.decree) ? l.decree_number.at(v.decree) : v.decree;
  return {{"id", v.id},
          {"decree", v.decree},
          {"decree_number", number},
          {"code", v.code},
          {"citation", violation_codes::citation(v, number)},
          {"article", v.article},
          {"clause", v.clause},
          {"point", v.point},
          {"vehicle_kind", v.vehicle_kind},
          {"description", v.description},
          {"fine_min", model::opt_json(v.fine_min)},
          {"fine_max", model::opt_json(v.fine_max)},
          {"licence_points", opt_int(v.licence_points)},
          {"additional_sanctions", model::opt_json(v.additional_sanctions)},
          {"impoundable", v.impoundable},
          {"effective_from", v.effective_from},
          {"effective_to", model::opt_json(v.effective_to)},
          {"in_force", violation_codes::in_force(v, today)},
          {"category", v.category},
          {"category_label",
           l.category_label.count(v.category) ? l.category_label.at(v.category) : v.category},
          {"source", model::opt_json(v.source)},
          {"notes", model::opt_json(v.notes)},
          {"review_note", model::opt_json(v.review_note)},
          {"updated_at", model::time_json(v.updated_at)}};
}

std::optional<std::string> query_str(const Ctx& c, const char* name) {
  const std::string* v = c.query(name);
  if (!v || v->empty()) return std::nullopt;
  return *v;
}

Result<std::string> path_code(const Ctx& c) {
  auto it = c.path.find("code");
  if (it == c.path.end() || it->second.empty() || it->second.size() > 60)
    return Invalid().with_field("code", "Thiếu mã.");
  return it->second;
}

// The code fields of a request body (every field; PUT replaces the row).
Result<model::ViolationCode> read_code(const std::string& body) {
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(body));
  model::ViolationCode v;
  v.decree = in.str("decree", true, 20).value_or("");
  v.code = in.str("code", true, 20).value_or("");
  v.vehicle_kind = in.str("vehicle_kind", true, 40).value_or("");
  v.description = in.str("description", true, 4000).value_or("");
  v.fine_min = in.i64("fine_min", false);
  v.fine_max = in.i64("fine_max", false);
  if (auto p = in.i64("licence_points", false)) {
    if (*p < 0 || *p > 12)
      in.error("licence_points", "Số điểm bị trừ từ 0 đến 12.");
    else
      v.licence_points = static_cast<int>(*p);
  }
  v.additional_sanctions = in.str("additional_sanctions", false, 2000);
  v.impoundable = in.boolean("impoundable", false).value_or(false);
  v.effective_from = in.str("effective_from", true, 10).value_or("");
  v.effective_to = in.str("effective_to", false, 10);
  v.category = in.str("category", true, 60).value_or("");
  v.source = in.str("source", false, 2000);
  v.notes = in.str("notes", false, 4000);
  v.review_note = in.str("review_note", false, 2000);
  ATGT_TRY(in.finish());
  if (auto parts = violation_codes::parse_code(v.code)) {
    v.article = parts->article;
    v.clause = parts->clause;
    v.point = parts->point;
  }
  ATGT_TRY(violation_codes::check_code(v));
  return v;
}

// The decree and category a code names exist (kInvalid on the field otherwise).
Status check_references(store::Db& db, const model::ViolationCode& v) {
  auto d = store::get_decree(db, v.decree);
  if (!d.ok() && d.status().kind() == Kind::kNotFound)
    return Invalid().with_field("decree", "Nghị định này chưa có trong danh mục.");
  if (!d.ok()) return d.status();
  if (v.effective_from < d->effective_from ||
      (d->effective_to && (!v.effective_to || *v.effective_to > *d->effective_to)))
    return Invalid().with_field("effective_from",
                                "Thời gian hiệu lực của mã phải nằm trong thời gian hiệu lực của "
                                "Nghị định " +
                                    d->number + ".");
  auto cat = store::get_category(db, v.category);
  if (!cat.ok() && cat.status().kind() == Kind::kNotFound)
    return Invalid().with_field("category", "Nhóm hành vi này chưa có trong danh mục.");
  return cat.ok() ? Status::Ok() : cat.status();
}

// {"field": [old, new]} for each field of the code that changed.
json::object code_changes(const json::object& before, const json::object& after) {
  json::object out;
  for (const auto& [k, v] : after) {
    if (k == "updated_at" || k == "in_force" || k == "category_label" || k == "decree_number" ||
        k == "citation")
      continue;
    const json::value* old = before.if_contains(k);
    json::value o = old ? *old : json::value(nullptr);
    if (o != v) out[k] = json::array{o, v};
  }
  return out;
}

Status conflict_on_unique(const Status& st) {
  if (st.code() == "unique_violation")
    return Conflict("Đã có mã này của nghị định với cùng ngày có hiệu lực.");
  return st;
}

}  // namespace

Result<Reply> list_violation_codes(Ctx& c) {
  store::CodeFilter f;
  f.decree = query_str(c, "decree");
  f.category = query_str(c, "category");
  f.vehicle_kind = query_str(c, "vehicle_kind");
  if (auto d = query_str(c, "date")) {
    if (!Date::parse(*d)) return Invalid().with_field("date", "Ngày không hợp lệ (YYYY-MM-DD).");
    f.on_day = *d;
  }
  auto review = query_str(c, "review");
  if (review && *review != "1" && *review != "0")
    return Invalid().with_field("review", "review nhận 1 hoặc 0.");
  f.review_only = review && *review == "1";
  std::string q = fold(query_str(c, "q").value_or(""));
  if (q.size() > 200) return Invalid().with_field("q", "Từ khóa quá dài.");
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto rows, store::list_codes(*db, f));
  ATGT_ASSIGN_OR_RETURN(auto l, labels(*db));
  Date today = today_local();
  json::array out;
  for (const auto& v : rows) {
    if (!q.empty() && v.code.find(q) == std::string::npos &&
        fold(v.description).find(q) == std::string::npos)
      continue;
    out.push_back(code_json(v, l, today));
  }
  return json_reply(json::object{{"violation_codes", std::move(out)}});
}

Result<Reply> get_violation_code(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto v, store::get_code(*db, id));
  ATGT_ASSIGN_OR_RETURN(auto l, labels(*db));
  return json_reply(json::object{{"violation_code", code_json(v, l, today_local())}});
}

Result<Reply> create_violation_code(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto v, read_code(c.req.body));
  v.updated_at = now_micros();
  v.updated_by = c.me().user_id;
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_TRY(check_references(*db, v));
  auto id = store::insert_code(*db, v);
  if (!id.ok()) return conflict_on_unique(id.status());
  v.id = *id;
  ATGT_ASSIGN_OR_RETURN(auto l, labels(*db));
  json::object after = code_json(v, l, today_local());
  ATGT_TRY(audit(c, *db, "create", "violation_code", std::to_string(v.id),
                 code_changes(json::object{}, after)));
  ATGT_TRY(tx.commit());
  return json_reply(json::object{{"violation_code", std::move(after)}}, 201);
}

Result<Reply> put_violation_code(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto v, read_code(c.req.body));
  v.id = id;
  v.updated_at = now_micros();
  v.updated_by = c.me().user_id;
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(auto old, store::get_code(*db, id));
  ATGT_TRY(check_references(*db, v));
  if (Status st = store::update_code(*db, v); !st.ok()) return conflict_on_unique(st);
  ATGT_ASSIGN_OR_RETURN(auto l, labels(*db));
  Date today = today_local();
  json::object after = code_json(v, l, today);
  json::object changes = code_changes(code_json(old, l, today), after);
  ATGT_TRY(audit(c, *db, "update", "violation_code", std::to_string(id), changes));
  ATGT_TRY(tx.commit());
  return json_reply(json::object{{"violation_code", std::move(after)}});
}

Result<Reply> list_decrees(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto rows, store::list_decrees(*db));
  json::array out;
  for (const auto& d : rows) out.push_back(decree_json(d));
  return json_reply(json::object{{"decrees", std::move(out)}});
}

Result<Reply> put_decree(Ctx& c) {
  model::Decree d;
  ATGT_ASSIGN_OR_RETURN(d.code, path_code(c));
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  d.number = in.str("number", true, 60).value_or("");
  d.title = in.str("title", true, 1000).value_or("");
  d.signed_on = in.str("signed_on", false, 10);
  d.effective_from = in.str("effective_from", true, 10).value_or("");
  d.effective_to = in.str("effective_to", false, 10);
  d.source = in.str("source", false, 2000);
  ATGT_TRY(in.finish());
  ATGT_TRY(violation_codes::check_decree(d));
  d.updated_at = now_micros();
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  auto old = store::get_decree(*db, d.code);
  if (!old.ok() && old.status().kind() != Kind::kNotFound) return old.status();
  json::object after = decree_json(d);
  json::object before = old.ok() ? decree_json(*old) : json::object{};
  json::object changes;
  for (const auto& [k, v] : after) {
    if (k == "updated_at") continue;
    const json::value* o = before.if_contains(k);
    json::value ov = o ? *o : json::value(nullptr);
    if (ov != v) changes[k] = json::array{ov, v};
  }
  ATGT_TRY(store::upsert_decree(*db, d));
  ATGT_TRY(audit(c, *db, old.ok() ? "update" : "create", "decree", d.code, changes));
  ATGT_TRY(tx.commit());
  return json_reply(json::object{{"decree", std::move(after)}});
}

Result<Reply> list_behaviour_categories(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto rows, store::list_categories(*db));
  ATGT_ASSIGN_OR_RETURN(auto counts, store::count_codes_by_category(*db));
  std::map<std::string, int64_t> n(counts.begin(), counts.end());
  json::array out;
  for (const auto& b : rows) out.push_back(category_json(b, n.count(b.code) ? n[b.code] : 0));
  return json_reply(json::object{{"behaviour_categories", std::move(out)}});
}

Result<Reply> put_behaviour_category(Ctx& c) {
  model::BehaviourCategory b;
  ATGT_ASSIGN_OR_RETURN(b.code, path_code(c));
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  b.label_vi = in.str("label_vi", true, 500).value_or("");
  b.label_en = in.str("label_en", false, 500).value_or("");
  auto position = in.i64("position", false);
  ATGT_TRY(in.finish());
  ATGT_TRY(violation_codes::check_category(b));
  b.updated_at = now_micros();
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  auto old = store::get_category(*db, b.code);
  if (!old.ok() && old.status().kind() != Kind::kNotFound) return old.status();
  ATGT_ASSIGN_OR_RETURN(auto all, store::list_categories(*db));
  int last = 0;
  for (const auto& x : all) last = std::max(last, x.position);
  b.position = position ? static_cast<int>(std::clamp<int64_t>(*position, 0, 10000))
                        : (old.ok() ? old->position : last + 1);
  json::object changes;
  auto diff = [&](const char* k, const json::value& o, const json::value& n) {
    if (o != n) changes[k] = json::array{o, n};
  };
  diff("label_vi", old.ok() ? json::value(old->label_vi) : nullptr, json::value(b.label_vi));
  diff("label_en", old.ok() ? json::value(old->label_en) : nullptr, json::value(b.label_en));
  diff("position", old.ok() ? json::value(old->position) : nullptr, json::value(b.position));
  ATGT_TRY(store::upsert_category(*db, b));
  ATGT_TRY(audit(c, *db, old.ok() ? "update" : "create", "behaviour_category", b.code, changes));
  ATGT_TRY(tx.commit());
  ATGT_ASSIGN_OR_RETURN(auto counts, store::count_codes_by_category(*db));
  int64_t codes = 0;
  for (const auto& [k, n] : counts)
    if (k == b.code) codes = n;
  return json_reply(json::object{{"behaviour_category", category_json(b, codes)}});
}

}  // namespace atgt::api
