// The register of processing purposes and the impact assessment dossier (issue 12, privacy).
// Each purpose for which the product processes personal data has its legal basis, its data, the
// people it concerns, its recipients and its retention recorded (the retention of the violation
// loop's purpose is the one the nightly purge applies: store/notice_retention_store.h). The
// dossier lists the risks of each purpose with the measures taken and the risk that remains, and
// every review of it. Education leaders and administrators read; the Department and the system
// administrators edit; every change is audited.
#include <map>

#include "api/common.h"
#include "api/handlers.h"
#include "base/time.h"
#include "domain/access.h"
#include "domain/privacy_register.h"
#include "model/json_input.h"
#include "model/json_out.h"
#include "store/privacy_register_store.h"
#include "store/retention_store.h"
#include "store/users_store.h"

namespace atgt::api {
namespace json = boost::json;
namespace {

// The names of the users who edited, each read once per request.
class UserNames {
 public:
  explicit UserNames(store::Db& db) : db_(db) {}
  json::value operator()(std::optional<int64_t> id) {
    if (!id) return nullptr;
    auto it = seen_.find(*id);
    if (it == seen_.end()) {
      auto u = store::find_user(db_, *id);
      it = seen_.emplace(*id, u.ok() ? json::value(u->full_name) : json::value(nullptr)).first;
    }
    return it->second;
  }

 private:
  store::Db& db_;
  std::map<int64_t, json::value> seen_;
};

json::object purpose_json(UserNames& names, const model::ProcessingPurpose& p, int general) {
  return {{"code", p.code},
          {"name", p.name},
          {"description", p.description},
          {"legal_basis", p.legal_basis},
          {"data_categories", p.data_categories},
          {"data_subjects", p.data_subjects},
          {"recipients", p.recipients},
          {"retention_days", p.retention_days ? json::value(int64_t{*p.retention_days}) : nullptr},
          {"retention_note", p.retention_note},
          {"effective_retention_days", int64_t{p.retention_days.value_or(general)}},
          {"source", p.source},
          {"updated_at", model::time_json(p.updated_at)},
          {"updated_by_name", names(p.updated_by)}};
}

json::object risk_json(UserNames& names, const model::DpiaRisk& r,
                       const std::string& purpose_name) {
  return {{"id", r.id},
          {"purpose_code", r.purpose_code},
          {"purpose_name", purpose_name},
          {"risk", r.risk},
          {"likelihood", r.likelihood},
          {"impact", r.impact},
          {"measures", r.measures},
          {"residual", r.residual},
          {"updated_at", model::time_json(r.updated_at)},
          {"updated_by_name", names(r.updated_by)}};
}

json::object review_json(UserNames& names, const model::DpiaReview& r) {
  return {{"id", r.id},
          {"reviewed_on", r.reviewed_on},
          {"conclusion", r.conclusion},
          {"next_review_on", model::opt_json(r.next_review_on)},
          {"reviewed_by_name", names(r.reviewed_by)},
          {"created_at", model::time_json(r.created_at)}};
}

// The body of a risk (create and update alike) and its purpose's name; kInvalid per field.
Result<std::pair<model::DpiaRisk, std::string>> read_risk(Ctx& c, store::Db& db) {
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  model::DpiaRisk r;
  r.purpose_code = in.str("purpose_code", true, 60).value_or("");
  r.risk = in.str("risk", true, privacy::kMaxText).value_or("");
  r.likelihood = in.str("likelihood", true, 10).value_or("");
  r.impact = in.str("impact", true, 10).value_or("");
  r.measures = in.str("measures", true, privacy::kMaxText).value_or("");
  r.residual = in.str("residual", true, 10).value_or("");
  ATGT_TRY(in.finish());
  ATGT_TRY(privacy::check_risk(r));
  auto p = store::get_purpose(db, r.purpose_code);
  if (!p.ok()) {
    if (p.status().kind() != Kind::kNotFound) return p.status();
    return Invalid("Rủi ro chưa hợp lệ.")
        .with_field("purpose_code", "Không có mục đích xử lý này trong danh mục.");
  }
  r.updated_at = now_micros();
  r.updated_by = c.me().user_id;
  return std::pair{std::move(r), p->name};
}

json::object risk_change(const model::DpiaRisk& r) {
  return {{"purpose_code", r.purpose_code},
          {"likelihood", r.likelihood},
          {"impact", r.impact},
          {"residual", r.residual}};
}

}  // namespace

Result<Reply> list_processing_purposes(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(int general, store::personal_data_days(*db));
  ATGT_ASSIGN_OR_RETURN(auto purposes, store::list_purposes(*db));
  json::array out;
  UserNames who(*db);
  for (const auto& p : purposes) out.push_back(purpose_json(who, p, general));
  return json_reply(
      json::object{{"purposes", std::move(out)},
                   {"general_retention_days", int64_t{general}},
                   {"can_edit", has_capability(c.me(), Capability::kManagePrivacyRegister)}});
}

Result<Reply> update_processing_purpose(Ctx& c) {
  std::string code = c.path["code"];
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  model::ProcessingPurpose p;
  p.name = in.str("name", true, 300).value_or("");
  p.description = in.str("description", false, privacy::kMaxText).value_or("");
  p.legal_basis = in.str("legal_basis", true, privacy::kMaxText).value_or("");
  p.data_categories = in.str("data_categories", true, privacy::kMaxText).value_or("");
  p.data_subjects = in.str("data_subjects", true, privacy::kMaxText).value_or("");
  p.recipients = in.str("recipients", true, privacy::kMaxText).value_or("");
  p.retention_note = in.str("retention_note", false, privacy::kMaxText).value_or("");
  if (!in.has("retention_days"))
    in.error("retention_days", "Cần thời hạn lưu trữ (null: theo thiết lập chung).");
  auto days = in.i64("retention_days", false);
  if (days && (*days < privacy::kMinRetentionDays || *days > privacy::kMaxRetentionDays))
    in.error("retention_days", "Thời hạn lưu trữ là số ngày từ 1 đến 36.500.");
  ATGT_TRY(in.finish());
  if (days) p.retention_days = static_cast<int>(*days);
  ATGT_TRY(privacy::check_purpose(p));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(auto old, store::get_purpose(*db, code));
  p.code = old.code;
  p.sort_order = old.sort_order;
  p.source = old.source;
  p.updated_at = now_micros();
  p.updated_by = c.me().user_id;
  ATGT_TRY(store::upsert_purpose(*db, p));
  auto days_json = [](const std::optional<int>& d) {
    return d ? json::value(int64_t{*d}) : json::value(nullptr);
  };
  ATGT_TRY(
      audit(c, *db, "update", "processing_purpose", p.code,
            json::object{{"name", p.name},
                         {"retention_days", json::object{{"from", days_json(old.retention_days)},
                                                         {"to", days_json(p.retention_days)}}},
                         {"legal_basis_changed", old.legal_basis != p.legal_basis}}));
  ATGT_TRY(tx.commit());
  ATGT_ASSIGN_OR_RETURN(int general, store::personal_data_days(*db));
  UserNames who(*db);
  return json_reply(json::object{{"purpose", purpose_json(who, p, general)}});
}

Result<Reply> get_dpia(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto purposes, store::list_purposes(*db));
  ATGT_ASSIGN_OR_RETURN(auto risks, store::list_risks(*db));
  ATGT_ASSIGN_OR_RETURN(auto reviews, store::list_reviews(*db));
  std::map<std::string, std::string> names;
  json::array ps, rs, vs;
  for (const auto& p : purposes) {
    names[p.code] = p.name;
    ps.push_back(json::object{{"code", p.code}, {"name", p.name}});
  }
  UserNames who(*db);
  for (const auto& r : risks) rs.push_back(risk_json(who, r, names[r.purpose_code]));
  for (const auto& r : reviews) vs.push_back(review_json(who, r));
  std::optional<std::string> next;
  if (!reviews.empty()) next = reviews.front().next_review_on;
  std::string today = today_local().str();
  return json_reply(
      json::object{{"purposes", std::move(ps)},
                   {"risks", std::move(rs)},
                   {"reviews", std::move(vs)},
                   {"next_review_on", model::opt_json(next)},
                   {"review_overdue", next.has_value() && *next < today},
                   {"can_edit", has_capability(c.me(), Capability::kManagePrivacyRegister)}});
}

Result<Reply> create_dpia_risk(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto read, read_risk(c, *db));
  auto& [r, purpose] = read;
  r.created_at = r.updated_at;
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(r.id, store::insert_risk(*db, r));
  ATGT_TRY(audit(c, *db, "create", "dpia_risk", std::to_string(r.id), risk_change(r)));
  ATGT_TRY(tx.commit());
  UserNames who(*db);
  return json_reply(json::object{{"risk", risk_json(who, r, purpose)}}, 201);
}

Result<Reply> update_dpia_risk(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto read, read_risk(c, *db));
  auto& [r, purpose] = read;
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(auto old, store::get_risk(*db, id));
  r.id = id;
  r.created_at = old.created_at;
  ATGT_TRY(store::update_risk(*db, r));
  ATGT_TRY(audit(c, *db, "update", "dpia_risk", std::to_string(id), risk_change(r)));
  ATGT_TRY(tx.commit());
  UserNames who(*db);
  return json_reply(json::object{{"risk", risk_json(who, r, purpose)}});
}

Result<Reply> delete_dpia_risk(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(auto old, store::get_risk(*db, id));
  ATGT_TRY(store::delete_risk(*db, id));
  ATGT_TRY(audit(c, *db, "delete", "dpia_risk", std::to_string(id), risk_change(old)));
  ATGT_TRY(tx.commit());
  Reply done;
  done.status = 204;
  return done;
}

Result<Reply> create_dpia_review(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  model::DpiaReview r;
  r.reviewed_on = in.str("reviewed_on", true, 10).value_or("");
  r.conclusion = in.str("conclusion", true, privacy::kMaxText).value_or("");
  r.next_review_on = in.str("next_review_on", false, 10);
  ATGT_TRY(in.finish());
  ATGT_TRY(privacy::check_review(r));
  if (r.reviewed_on > today_local().str())
    return Invalid("Lần rà soát chưa hợp lệ.")
        .with_field("reviewed_on", "Ngày rà soát không được sau hôm nay.");
  r.reviewed_by = c.me().user_id;
  r.created_at = now_micros();
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(r.id, store::insert_review(*db, r));
  ATGT_TRY(audit(c, *db, "create", "dpia_review", std::to_string(r.id),
                 json::object{{"reviewed_on", r.reviewed_on}}));
  ATGT_TRY(tx.commit());
  UserNames who(*db);
  return json_reply(json::object{{"review", review_json(who, r)}}, 201);
}

}  // namespace atgt::api
