// Violation records over HTTP (issue 12). Police users record the persons of one stop by form
// (POST /violations: one stop, 1..10 persons, one transaction, one audit row for the stop) and
// read the records owned by their unit's subtree; every record shown is written to the view log
// (one row per record, list rows included). Students' schools, the review queue and notices come
// with matching (docs/architecture.md "Violation records").
#include <algorithm>
#include <set>

#include "api/common.h"
#include "api/handlers.h"
#include "api/jobs_api.h"
#include "api/loop_common.h"
#include "api/services.h"
#include "base/time.h"
#include "base/vn_encoding.h"
#include "domain/violation_rules.h"
#include "jobs/violation_records.h"
#include "model/json_input.h"
#include "model/json_out.h"
#include "store/files_store.h"
#include "store/notices_store.h"
#include "store/violation_codes_store.h"
#include "store/violations_store.h"

namespace atgt::api {
namespace json = boost::json;
namespace {

using jobs::read_persons;
using jobs::StopRequest;
using jobs::write_stop;
using jobs::Written;

constexpr size_t kMaxPersons = 10;
constexpr size_t kMaxPushItems = 500;

json::value opt_int(const std::optional<int>& v) {
  return v ? json::value(static_cast<int64_t>(*v)) : json::value(nullptr);
}

json::object violation_json(const model::ViolationRecord& v) {
  return {{"id", v.id},
          {"stop_id", v.stop_id},
          {"owner_unit_id", v.owner_unit_id},
          {"role", v.role},
          {"full_name", v.full_name},
          {"birth_date", model::opt_json(v.birth_date)},
          {"birth_year", opt_int(v.birth_year)},
          {"sex", model::opt_json(v.sex)},
          {"personal_id", model::opt_json(v.personal_id)},
          {"school_stated", model::opt_json(v.school_stated)},
          {"address", model::opt_json(v.person_address)},
          {"vehicle_kind", model::opt_json(v.vehicle_kind)},
          {"plate", model::opt_json(v.plate)},
          {"code_id", model::opt_json(v.code_id)},
          {"legal_code", model::opt_json(v.legal_code)},
          {"behaviour", model::opt_json(v.behaviour)},
          {"sanction", v.sanction},
          {"fine_amount", model::opt_json(v.fine_amount)},
          {"impounded", v.impounded},
          {"report_number", model::opt_json(v.report_number)},
          {"decision_number", model::opt_json(v.decision_number)},
          {"status", v.status},
          {"version", v.version},
          {"date", v.local_date},
          {"year_month", v.year_month},
          {"age_years", opt_int(v.age_years)},
          {"age_band", v.age_band},
          {"place_unit_id", model::opt_json(v.place_unit_id)},
          {"source_system", model::opt_json(v.source_system)},
          {"external_id", model::opt_json(v.external_id)},
          {"created_at", model::time_json(v.created_at)},
          {"updated_at", model::time_json(v.updated_at)},
          {"purged_at", model::time_json(v.purged_at)}};
}

json::object stop_json(const model::TrafficStop& s) {
  return {{"id", s.id},
          {"owner_unit_id", s.owner_unit_id},
          {"occurred_at", model::time_json(s.occurred_at)},
          {"date", s.local_date},
          {"place_unit_id", model::opt_json(s.place_unit_id)},
          {"address", s.address},
          {"latitude", model::opt_json(s.latitude)},
          {"longitude", model::opt_json(s.longitude)},
          {"officer_name", s.officer_name}};
}

// The units whose records the caller reads: every unit that was in their unit's subtree on some
// day since 2000 (records keep the owner of their day; the registry changes under them).
std::vector<int64_t> owner_scope(const Ctx& c, const OrgIndex& org) {
  int64_t home = c.me().via_token() && c.me().token_unit_id ? c.me().token_unit_id : c.me().unit_id;
  std::string today = today_local().str();
  std::vector<int64_t> out = org.subtree_in_period(home, "2000-01-01", today);
  if (out.empty()) out.push_back(home);
  return out;
}

// Reads the stop fields of `in` (the request body, or one pushed item); errors stay in `in`.
StopRequest read_stop(model::ObjectReader& in, const Ctx& c,
                      const std::optional<std::string>& source) {
  StopRequest r;
  auto when = in.str("occurred_at", true, 19);
  r.stop.place_unit_id = in.i64("place_unit_id", false);
  r.stop.address = in.str("address", false, 500).value_or("");
  r.stop.latitude = in.f64("latitude", false, -90, 90);
  r.stop.longitude = in.f64("longitude", false, -180, 180);
  r.stop.officer_name = in.str("officer_name", false, 200).value_or("");
  auto persons = in.array("persons", true, kMaxPersons);
  if (in.has("persons") && !persons)
    in.error("persons", "Một lần kiểm tra ghi từ 1 đến " + std::to_string(kMaxPersons) + " người.");
  else if (persons && persons->empty())
    in.error("persons", "Cần ít nhất một người.");
  if (persons) r.persons = std::move(*persons);
  if (when) {
    auto at = violation_rules::parse_local_datetime(*when);
    if (!at)
      in.error("occurred_at", "Thời điểm vi phạm có dạng YYYY-MM-DDTHH:MM (giờ Việt Nam).");
    else if (*at > now_micros())
      in.error("occurred_at", "Thời điểm vi phạm ở tương lai.");
    else
      r.stop.occurred_at = *at;
  }
  if (source)
    for (size_t i = 0; i < r.persons.size(); ++i) {
      const json::value* ext =
          r.persons[i].is_object() ? r.persons[i].as_object().if_contains("external_id") : nullptr;
      if (!ext || !ext->is_string() || ext->as_string().empty() || ext->as_string().size() > 100)
        in.error("persons[" + std::to_string(i) + "].external_id",
                 "Cần mã bản ghi của hệ thống gửi (external_id, tối đa 100 ký tự).");
    }
  r.stop.owner_unit_id =
      c.me().via_token() && c.me().token_unit_id ? c.me().token_unit_id : c.me().unit_id;
  r.stop.local_date = local_date(r.stop.occurred_at).str();
  r.stop.created_at = now_micros();
  r.stop.created_by = c.me().user_id;
  return r;
}

// Every matchable record of a stop goes through the matching engine (jobs/violation_loop.h), in
// the caller's transaction.
Status route_stop(store::Db& db, const LoopContext& lc, const jobs::LoopEnv& env,
                  const Written& w) {
  for (const auto& v : w.records)
    if (jobs::is_matchable(v)) {
      ATGT_ASSIGN_OR_RETURN(auto m, jobs::route_record(db, *lc.index, env, v));
      (void)m;
    }
  return Status::Ok();
}

}  // namespace

Result<Reply> record_violations(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto req = read_stop(in, c, std::nullopt);
  ATGT_TRY(in.finish());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto lc, loop_context(c, *db));
  ATGT_TRY(matching_index(c, *db, lc));
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(auto written,
                        write_stop(*db, *lc.org, req, std::nullopt, std::nullopt, false));
  ATGT_TRY(route_stop(*db, lc, lc.env(c), written));
  ATGT_TRY(audit(c, *db, "create", "traffic_stop", std::to_string(written.stop.id),
                 json::object{{"persons", static_cast<int64_t>(written.records.size())},
                              {"date", written.stop.local_date}}));
  ATGT_TRY(tx.commit());
  json::array out;
  for (const auto& v : written.records) out.push_back(violation_json(v));
  return json_reply(json::object{{"stop", stop_json(written.stop)}, {"violations", std::move(out)}},
                    201);
}

Result<Reply> push_violations(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto source = in.str("source_system", true, 60);
  auto items = in.array("items", true, kMaxPushItems);
  if (in.has("items") && !items)
    in.error("items", "Một lần gửi từ 1 đến " + std::to_string(kMaxPushItems) + " mục.");
  else if (items && items->empty())
    in.error("items", "Cần ít nhất một mục.");
  ATGT_TRY(in.finish());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto lc, loop_context(c, *db));
  ATGT_TRY(matching_index(c, *db, lc));
  const OrgIndex* org = lc.org.get();
  // One transaction for the batch (one commit instead of one per item); each item in a savepoint,
  // so that an invalid item leaves nothing while the others are kept.
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  jobs::LoopEnv env = lc.env(c);
  ATGT_ASSIGN_OR_RETURN(int64_t days, store::int_setting(*db, "notices.deadline_working_days", 7));
  env.deadline_days = static_cast<int>(std::clamp<int64_t>(days, 1, 60));
  env.users_of = std::make_shared<std::map<int64_t, std::vector<int64_t>>>();
  std::string batch = "violation_push:" + *source + ":" + std::to_string(now_micros());
  jobs::CodeCache codes;
  json::array results;
  int64_t created = 0, repeated = 0, invalid = 0;
  for (size_t i = 0; i < items->size(); ++i) {
    json::object result{{"index", static_cast<int64_t>(i)}};
    auto fail = [&](const Status& st) {
      json::object fields;
      for (const auto& [f, m] : st.fields()) fields[f] = m;
      result["status"] = "invalid";
      result["message"] = st.message();
      result["fields"] = std::move(fields);
      ++invalid;
    };
    const json::value& item = (*items)[i];
    if (!item.is_object()) {
      fail(Invalid("Mỗi mục là một lần kiểm tra (đối tượng JSON)."));
      results.push_back(std::move(result));
      continue;
    }
    ATGT_ASSIGN_OR_RETURN(auto r, model::reader_for(item.as_object()));
    auto req = read_stop(r, c, *source);
    if (Status st = r.finish(); !st.ok()) {
      fail(st);
      results.push_back(std::move(result));
      continue;
    }
    // Idempotency: (source_system, external_id) of every person.
    std::vector<int64_t> known;
    for (const auto& p : req.persons) {
      const json::value* ext = p.is_object() ? p.as_object().if_contains("external_id") : nullptr;
      if (!ext || !ext->is_string()) continue;
      ATGT_ASSIGN_OR_RETURN(
          auto id, store::find_external_violation(*db, *source, std::string(ext->as_string())));
      if (id) known.push_back(*id);
    }
    if (!known.empty() && known.size() == req.persons.size()) {
      json::array ids;
      for (int64_t id : known) ids.push_back(id);
      result["status"] = "stored";
      result["created"] = false;
      result["violation_ids"] = std::move(ids);
      ++repeated;
      results.push_back(std::move(result));
      continue;
    }
    if (!known.empty()) {
      fail(Invalid("Một số người của lần kiểm tra này đã được gửi trước với mã khác nhóm; gửi lại "
                   "đúng các mã external_id của lần trước.")
               .with_field("persons", "Mã external_id đã có một phần."));
      results.push_back(std::move(result));
      continue;
    }
    ATGT_TRY(db->run("SAVEPOINT push_item"));
    auto written = write_stop(*db, *org, req, *source, batch, true, &codes);
    if (!written.ok()) {
      if (written.status().kind() != Kind::kInvalid) return written.status();
      ATGT_TRY(db->run("ROLLBACK TO SAVEPOINT push_item"));
      ATGT_TRY(db->run("RELEASE SAVEPOINT push_item"));
      fail(written.status());
      results.push_back(std::move(result));
      continue;
    }
    ATGT_TRY(route_stop(*db, lc, env, *written));
    ATGT_TRY(db->run("RELEASE SAVEPOINT push_item"));
    json::array ids;
    for (const auto& v : written->records) ids.push_back(v.id);
    result["status"] = "stored";
    result["created"] = true;
    result["violation_ids"] = std::move(ids);
    ++created;
    results.push_back(std::move(result));
  }
  if (created > 0)
    ATGT_TRY(audit(c, *db, "import", "violation_push", *source,
                   json::object{{"items", static_cast<int64_t>(items->size())},
                                {"created", created},
                                {"repeated", repeated},
                                {"invalid", invalid}},
                   batch));
  ATGT_TRY(tx.commit());
  return json_reply(json::object{{"results", std::move(results)},
                                 {"created", created},
                                 {"repeated", repeated},
                                 {"invalid", invalid}});
}

Result<Reply> list_violations(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(std::string from, date_param(c, "from"));
  std::string to;
  if (c.query("to")) {
    ATGT_ASSIGN_OR_RETURN(to, date_param(c, "to"));
  }
  if (!c.query("from")) from = "";
  ATGT_ASSIGN_OR_RETURN(auto limit, int_param(c, "limit", 1, 500));
  ATGT_ASSIGN_OR_RETURN(auto before, int_param(c, "before", 1, INT64_MAX));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  ATGT_ASSIGN_OR_RETURN(auto rows,
                        store::list_violations(*db, owner_scope(c, *org), from, to,
                                               static_cast<int>(limit.value_or(100)), before));
  std::vector<int64_t> shown;
  for (const auto& v : rows) shown.push_back(v.id);
  ATGT_ASSIGN_OR_RETURN(auto matches, store::matches_of(*db, shown));
  json::array out;
  for (const auto& v : rows) {
    json::object o = violation_json(v);
    auto m = matches.find(v.id);
    o["match_state"] = m == matches.end() ? json::value(nullptr) : json::value(m->second.state);
    out.push_back(std::move(o));
  }
  ATGT_TRY(store::log_violation_views(*db, shown, c.me().user_id, now_micros(), "list"));
  return json_reply(json::object{{"violations", std::move(out)}});
}

Result<Reply> get_violation(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  auto v = store::get_violation(*db, id);
  if (!v.ok()) return v.status();
  DataRef ref;
  ref.owner_unit = v->owner_unit_id;
  ref.date = v->local_date;
  if (!can_see(c.me(), *org, ref)) return NotFound("Không tìm thấy bản ghi vi phạm.");
  ATGT_ASSIGN_OR_RETURN(auto stop, store::get_stop(*db, v->stop_id));
  ATGT_TRY(store::log_violation_views(*db, {id}, c.me().user_id, now_micros(), "detail"));
  return json_reply(json::object{{"violation", violation_json(*v)}, {"stop", stop_json(stop)}});
}

namespace {

// The record of `id` for a change by its owner's police: kNotFound unless the caller's unit
// subtree holds the owner on the record's day; kConflict once withdrawn.
Result<model::ViolationRecord> own_record(Ctx& c, store::Db& db, const OrgIndex& org, int64_t id) {
  ATGT_ASSIGN_OR_RETURN(auto v, store::get_violation(db, id));
  DataRef ref;
  ref.owner_unit = v.owner_unit_id;
  ref.date = v.local_date;
  if (!can_see(c.me(), org, ref)) return NotFound("Không tìm thấy bản ghi vi phạm.");
  if (v.status == "withdrawn") return Conflict("Bản ghi đã bị hủy; không sửa được nữa.");
  return v;
}

// Stores `v` as the next version of `old` (the earlier state kept with the reason), audits the
// change under `action` and commits `tx`; answers the record and its stop.
Result<Reply> save_version(Ctx& c, store::Db& db, store::Tx& tx, const model::ViolationRecord& old,
                           model::ViolationRecord v, const std::string& reason, const char* action,
                           const model::TrafficStop& stop) {
  v.version = old.version + 1;
  v.updated_at = now_micros();
  v.updated_by = c.me().user_id;
  ATGT_TRY(store::replace_violation(db, old, v, json::serialize(violation_json(old)), reason));
  ATGT_TRY(audit(c, db, action, "violation", std::to_string(old.id),
                 json::object{{"version", v.version}, {"reason", reason}}));
  ATGT_TRY(tx.commit());
  return json_reply(json::object{{"violation", violation_json(v)}, {"stop", stop_json(stop)}});
}

}  // namespace

Result<Reply> correct_violation(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto reason = in.str("reason", true, 1000);
  auto person = in.object("person", true);
  ATGT_TRY(in.finish());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto lc, loop_context(c, *db));
  ATGT_TRY(matching_index(c, *db, lc));
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(auto old, own_record(c, *db, *lc.org, id));
  if (old.purged_at)
    return Conflict(
        "Thông tin cá nhân của bản ghi đã được xóa khi hết thời hạn lưu trữ; không "
        "sửa được nữa.");
  ATGT_ASSIGN_OR_RETURN(auto stop, store::get_stop(*db, old.stop_id));
  json::array one{json::value(*person)};
  auto read = read_persons(*db, one, stop, false);
  if (!read.ok()) {
    // persons[0].field -> person.field
    Status st = Invalid(read.status().message());
    for (const auto& [f, m] : read.status().fields())
      st.with_field("person." + f.substr(f.find('.') + 1), m);
    return read.status().kind() == Kind::kInvalid ? st : read.status();
  }
  model::ViolationRecord v = (*read)[0];
  v.id = old.id;
  v.stop_id = old.stop_id;
  v.owner_unit_id = old.owner_unit_id;
  v.source_system = old.source_system;
  v.external_id = old.external_id;
  v.batch_id = old.batch_id;
  v.created_at = old.created_at;
  v.created_by = old.created_by;
  // The corrected person may be another student: matched again unless a person decided.
  ATGT_TRY(jobs::rematch_record(*db, *lc.index, lc.env(c), v));
  return save_version(c, *db, tx, old, v, *reason, "update", stop);
}

Result<Reply> withdraw_violation(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(std::string reason, text_body(c, "reason", 1000));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto lc, loop_context(c, *db));
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(auto old, own_record(c, *db, *lc.org, id));
  ATGT_ASSIGN_OR_RETURN(auto stop, store::get_stop(*db, old.stop_id));
  model::ViolationRecord v = old;
  v.status = "withdrawn";
  // What followed from the record goes with it: its match and its notice.
  ATGT_TRY(jobs::undo_record(*db, lc.env(c), v));
  return save_version(c, *db, tx, old, v, reason, "withdraw", stop);
}

Result<Reply> list_violation_views(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, *db));
  auto v = store::get_violation(*db, id);
  if (!v.ok()) return v.status();
  auto scope = admin_scope(c.me(), *org, today_local().str());
  if (!std::binary_search(scope.begin(), scope.end(), v->owner_unit_id))
    return NotFound("Không tìm thấy bản ghi vi phạm.");
  ATGT_ASSIGN_OR_RETURN(auto rows, store::list_violation_views(*db, id));
  json::array out;
  for (const auto& w : rows)
    out.push_back(json::object{{"user_id", model::opt_json(w.user_id)},
                               {"login", w.login},
                               {"full_name", w.full_name},
                               {"viewed_at", model::time_json(w.viewed_at)},
                               {"context", w.context}});
  return json_reply(json::object{{"views", std::move(out)}});
}

}  // namespace atgt::api

namespace atgt::api {

Result<Reply> import_violations(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto file_id = in.i64("file_id", true);
  auto enc = in.str("encoding", false, 20);
  if (enc && !parse_encoding(*enc).ok())
    in.error("encoding", "Bảng mã phải là auto, utf-8, cp1258, tcvn3 hoặc vni.");
  ATGT_TRY(in.finish());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  auto f = store::get_file(*db, *file_id);
  if (!f.ok() || f->owner_kind != "upload" || f->uploaded_by != c.me().user_id)
    return Invalid().with_field(
        "file_id", "Không tìm thấy tệp đã tải lên (tệp có thể đã bị xóa); hãy tải lên lại.");
  json::object params{{"encoding", enc.value_or("auto")},
                      {"name", f->name},
                      {"public_url", c.svc.config.public_url}};
  ATGT_ASSIGN_OR_RETURN(int64_t id, start_job(c, *db, "violations_import", *file_id, params));
  return json_reply(
      json::object{{"job_id", id},
                   {"message", "Đang nhập vi phạm; theo dõi tiến độ ở mục Công việc."}},
      201);
}

}  // namespace atgt::api
