// JSON views of records.
#include "model/json_out.h"

#include "base/time.h"

namespace atgt::model {
namespace json = boost::json;

json::value opt_json(const std::optional<std::string>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}
json::value opt_json(const std::optional<int64_t>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}
json::value opt_json(const std::optional<double>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}
json::value time_json(const std::optional<int64_t>& m) {
  return m ? json::value(iso_utc(*m)) : json::value(nullptr);
}

json::array flags_json(const std::string& flags) {
  json::array a;
  size_t start = 0;
  while (start <= flags.size()) {
    size_t end = flags.find(';', start);
    if (end == std::string::npos) end = flags.size();
    if (end > start) a.emplace_back(flags.substr(start, end - start));
    start = end + 1;
  }
  return a;
}

json::object user_json(const model::UserRecord& u) {
  json::array roles;
  for (const auto& r : u.roles) roles.emplace_back(r);
  return {{"id", u.id},
          {"login", u.login},
          {"full_name", u.full_name},
          {"email", opt_json(u.email)},
          {"unit_id", u.unit_id},
          {"unit_code", u.unit_code},
          {"unit_name", u.unit_name},
          {"roles", std::move(roles)},
          {"must_change_password", u.must_change_password},
          {"disabled", u.disabled},
          {"last_login_at", time_json(u.last_login_at)},
          {"kind", u.kind}};
}

static json::value date_or_null(const std::string& d) {
  return d == model::kSinceEver ? json::value(nullptr) : json::value(d);
}

json::object unit_node_json(const model::UnitVersion& v) {
  return {{"id", v.unit_id},
          {"code", v.code},
          {"name", v.name},
          {"short_name", opt_json(v.short_name)},
          {"type", v.type},
          {"parent_id", opt_json(v.parent_id)},
          {"valid_from", date_or_null(v.valid_from)},
          {"valid_to", opt_json(v.valid_to)},
          {"flags", flags_json(v.flags)}};
}

json::object event_json(const model::UnitEvent& e, bool provenance) {
  json::array pred, succ, subj;
  for (const auto& l : e.links) {
    json::object o{{"id", l.unit_id}, {"code", l.code}, {"name", l.name}, {"partial", l.partial}};
    (l.role == "predecessor" ? pred : l.role == "successor" ? succ : subj).push_back(std::move(o));
  }
  json::object o{{"id", e.id},
                 {"date", e.date},
                 {"kind", e.kind},
                 {"note", opt_json(e.note)},
                 {"source", opt_json(e.source)},
                 {"flags", flags_json(e.flags)},
                 {"subjects", std::move(subj)},
                 {"predecessors", std::move(pred)},
                 {"successors", std::move(succ)}};
  if (provenance) o["provenance"] = opt_json(e.provenance);
  return o;
}

json::object unit_version_json(const model::UnitVersion& v,
                               const std::optional<std::string>& parent_name) {
  return {{"valid_from", date_or_null(v.valid_from)},
          {"valid_to", opt_json(v.valid_to)},
          {"name", v.name},
          {"short_name", opt_json(v.short_name)},
          {"type", v.type},
          {"parent_id", opt_json(v.parent_id)},
          {"parent_name", opt_json(parent_name)}};
}

json::object audit_json(const model::AuditEntry& e) {
  json::error_code ec;
  json::value changes = json::parse(e.changes_json, ec);
  if (ec || !changes.is_object()) changes = json::object{};
  return {{"id", e.id},
          {"at", iso_utc(e.at)},
          {"user_id", opt_json(e.user_id)},
          {"user_login", e.user_login.empty() ? json::value(nullptr) : json::value(e.user_login)},
          {"ip", e.ip.empty() ? json::value(nullptr) : json::value(e.ip)},
          {"action", e.action},
          {"entity", e.entity},
          {"entity_id", opt_json(e.entity_id)},
          {"batch_id", opt_json(e.batch_id)},
          {"changes", std::move(changes)}};
}

json::object token_json(const model::TokenRecord& t) {
  json::array scopes;
  for (const auto& s : t.scopes) scopes.emplace_back(s);
  return {{"id", t.id},
          {"name", t.name},
          {"unit_id", t.unit_id},
          {"scopes", std::move(scopes)},
          {"created_at", iso_utc(t.created_at)},
          {"expires_at", time_json(t.expires_at)},
          {"revoked_at", time_json(t.revoked_at)},
          {"last_used_at", time_json(t.last_used_at)}};
}

}  // namespace atgt::model
