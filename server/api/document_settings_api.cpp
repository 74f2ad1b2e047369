// A unit's document settings: the abbreviation used in symbols ("SGDĐT"), the agency block, the
// place name, the drafting sections, and who checks, signs (with authority and title) and acts as
// văn thư. Read by every user who sees the unit; written by the unit's management (a holder of
// kManageDocumentSettings in the unit, or an administrator whose scope holds it), audited.
// Also the registers of Decree 30 Appendix IV for the caller's unit.
#include <algorithm>
#include <set>

#include "api/common.h"
#include "api/documents_common.h"
#include "api/handlers.h"
#include "base/text.h"
#include "base/time.h"
#include "domain/access.h"
#include "model/json_input.h"
#include "store/documents_store.h"
#include "store/users_store.h"

namespace atgt::api {
namespace json = boost::json;

namespace {

Status check_unit_visible(Ctx& c, store::Db& db, int64_t unit) {
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, db));
  DataRef ref;
  ref.owner_unit = unit;
  ref.date = today_local().str();
  if (!org->exists(unit) || !can_see(c.me(), *org, ref)) return NotFound("Không tìm thấy đơn vị.");
  return Status::Ok();
}

Status check_unit_manager(Ctx& c, store::Db& db, int64_t unit) {
  if (c.me().unit_id == unit) return Status::Ok();
  ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, db));
  auto scope = admin_scope(c.me(), *org, today_local().str());
  if (std::binary_search(scope.begin(), scope.end(), unit)) return Status::Ok();
  return Forbidden(
      "Chỉ lãnh đạo đơn vị (hoặc quản trị cấp trên) khai báo thông tin văn bản của đơn vị.");
}

Result<json::object> settings_json(Ctx& c, store::Db& db, int64_t unit) {
  json::object o{{"unit_id", unit}};
  auto s = store::unit_document_settings(db, unit);
  if (s.ok()) {
    o["abbrev"] = s->abbrev;
    o["agency_name"] = s->agency_name;
    o["parent_agency"] = s->parent_agency;
    o["place"] = s->place;
  } else {
    ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, db));
    o["abbrev"] = "";
    o["agency_name"] = upper_vi(docs::unit_name(*org, unit, today_local().str()));
    o["parent_agency"] = "";
    o["place"] = "Hải Phòng";
  }
  o["configured"] = s.ok();
  ATGT_ASSIGN_OR_RETURN(auto sections, store::document_sections(db, unit));
  json::array sa;
  for (const auto& x : sections)
    sa.push_back(json::object{{"id", x.id}, {"abbrev", x.abbrev}, {"name", x.name}});
  o["sections"] = std::move(sa);
  ATGT_ASSIGN_OR_RETURN(auto officers, store::document_officers(db, unit));
  json::array oa;
  for (const auto& x : officers)
    oa.push_back(json::object{
        {"user_id", x.user_id},
        {"user_name", x.user_name},
        {"duty", x.duty},
        {"section_id", x.section_id ? json::value(*x.section_id) : json::value(nullptr)},
        {"authority", x.authority},
        {"authority_title", x.authority_title},
        {"title", x.title}});
  o["officers"] = std::move(oa);
  ATGT_ASSIGN_OR_RETURN(auto rules, store::register_rules(db, unit));
  json::array ra;
  for (const auto& [type, name] : rules)
    ra.push_back(json::object{{"type_code", type}, {"name", name}});
  o["registers"] = std::move(ra);
  ATGT_ASSIGN_OR_RETURN(auto counters, store::registers_of(db, unit, today_local().year));
  json::array ca;
  for (const auto& [direction, name, next] : counters)
    ca.push_back(json::object{{"direction", direction}, {"name", name}, {"next_number", next}});
  o["counters"] = std::move(ca);
  return o;
}

bool valid_abbrev(const std::string& s) {
  if (s.empty() || s.size() > 40) return false;
  for (unsigned char ch : s)
    if (ch < 0x20 || ch == ' ' || ch == '/' || ch == '-' || ch == 0x7f) return false;
  return true;
}

}  // namespace

Result<Reply> get_document_settings(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t unit, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_TRY(check_unit_visible(c, *db, unit));
  ATGT_ASSIGN_OR_RETURN(auto o, settings_json(c, *db, unit));
  return json_reply(json::object{{"settings", std::move(o)}});
}

Result<Reply> list_document_people(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t unit, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_TRY(check_unit_visible(c, *db, unit));
  ATGT_TRY(check_unit_manager(c, *db, unit));
  ATGT_ASSIGN_OR_RETURN(auto pairs, store::active_users_of(*db, {unit}));
  json::array out;
  for (const auto& [u, id] : pairs) {
    auto user = store::find_user(*db, id);
    if (!user.ok()) continue;
    out.push_back(json::object{{"id", id}, {"full_name", user->full_name}});
  }
  return json_reply(json::object{{"people", std::move(out)}});
}

Result<Reply> put_document_settings(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t unit, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  store::UnitDocumentSettings s;
  s.unit_id = unit;
  s.abbrev = in.str("abbrev", true, 40).value_or("");
  s.agency_name = in.str("agency_name", true, 200).value_or("");
  s.parent_agency = in.str("parent_agency", false, 200).value_or("");
  s.place = in.str("place", true, 100).value_or("");
  auto sections_in = in.array("sections", true, 100);
  auto officers_in = in.array("officers", true, 200);
  if (!s.abbrev.empty() && !valid_abbrev(s.abbrev))
    in.error("abbrev", "Chữ viết tắt không có dấu cách, gạch chéo hay gạch nối, ví dụ SGDĐT.");
  if (s.agency_name.empty() && in.has("agency_name")) in.error("agency_name", "Cần tên cơ quan.");
  if (s.place.empty() && in.has("place")) in.error("place", "Cần địa danh, ví dụ Hải Phòng.");
  std::vector<store::DocumentSection> sections;
  std::set<std::string> abbrevs;
  if (sections_in)
    for (const auto& v : *sections_in) {
      if (!v.is_object()) {
        in.error("sections", "Mỗi phòng/bộ phận là {abbrev, name}.");
        break;
      }
      ATGT_ASSIGN_OR_RETURN(auto r, model::reader_for(v.as_object()));
      store::DocumentSection x;
      x.unit_id = unit;
      x.abbrev = r.str("abbrev", true, 20).value_or("");
      x.name = r.str("name", true, 200).value_or("");
      if (!r.finish().ok() || !valid_abbrev(x.abbrev) || x.name.empty() ||
          !abbrevs.insert(x.abbrev).second) {
        in.error("sections",
                 "Phòng/bộ phận cần chữ viết tắt (không trùng, không dấu cách) và tên.");
        break;
      }
      sections.push_back(std::move(x));
    }
  struct OfficerIn {
    store::DocumentOfficer o;
    std::string section_abbrev;
  };
  std::vector<OfficerIn> officers;
  if (officers_in)
    for (const auto& v : *officers_in) {
      if (!v.is_object()) {
        in.error("officers", "Mỗi người là {user_id, duty, ...}.");
        break;
      }
      ATGT_ASSIGN_OR_RETURN(auto r, model::reader_for(v.as_object()));
      OfficerIn x;
      x.o.user_id = r.i64("user_id", true).value_or(0);
      x.o.duty = r.str("duty", true, 10).value_or("");
      x.section_abbrev = r.str("section_abbrev", false, 20).value_or("");
      x.o.authority = r.str("authority", false, 10).value_or("");
      x.o.authority_title = r.str("authority_title", false, 100).value_or("");
      x.o.title = r.str("title", false, 100).value_or("");
      static const std::set<std::string> kAuth{"", "KT.", "TL.", "TM.", "Q.", "TUQ."};
      if (!r.finish().ok() || (x.o.duty != "check" && x.o.duty != "sign" && x.o.duty != "clerk")) {
        in.error("officers", "Nhiệm vụ phải là kiểm tra (check), ký (sign) hoặc văn thư (clerk).");
        break;
      }
      if (!kAuth.count(x.o.authority) || (!x.o.authority.empty() && x.o.authority_title.empty())) {
        in.error("officers",
                 "Thẩm quyền ký là KT., TL., TM., Q. hoặc TUQ. kèm chức danh của thủ trưởng (ví dụ "
                 "GIÁM ĐỐC).");
        break;
      }
      if (x.o.duty == "sign" && x.o.title.empty()) {
        in.error("officers", "Người ký cần chức vụ (ví dụ PHÓ GIÁM ĐỐC).");
        break;
      }
      if (!x.section_abbrev.empty() && !abbrevs.count(x.section_abbrev)) {
        in.error("officers", "Phòng/bộ phận " + x.section_abbrev + " không có trong danh sách.");
        break;
      }
      officers.push_back(std::move(x));
    }
  // Register rules: documents of a type numbered in a register of its own ("Sổ quyết định").
  std::optional<std::vector<std::pair<std::string, std::string>>> register_rules;
  if (auto regs = in.array("registers", false, 50)) {
    register_rules.emplace();
    std::set<std::string> types;
    for (const auto& v : *regs) {
      if (!v.is_object()) {
        in.error("registers", "Mỗi sổ là {type_code, name}.");
        break;
      }
      ATGT_ASSIGN_OR_RETURN(auto r, model::reader_for(v.as_object()));
      std::string type = r.str("type_code", true, 40).value_or("");
      std::string name = r.str("name", true, 100).value_or("");
      if (!r.finish().ok() || type.empty() || name.empty() || !types.insert(type).second) {
        in.error("registers", "Mỗi loại văn bản một sổ: cần loại văn bản (không trùng) và tên sổ.");
        break;
      }
      register_rules->emplace_back(type, name);
    }
  }
  ATGT_TRY(in.finish());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_TRY(check_unit_visible(c, *db, unit));
  ATGT_TRY(check_unit_manager(c, *db, unit));
  if (register_rules) {
    ATGT_ASSIGN_OR_RETURN(auto types, store::document_types(*db));
    for (const auto& [type, name] : *register_rules)
      if (std::none_of(types.begin(), types.end(), [&](const auto& t) { return t.code == type; }))
        return Invalid("Loại văn bản không có trong danh mục.")
            .with_field("registers", "Không có loại văn bản " + type + ".");
  }
  for (const auto& x : officers) {
    auto u = store::find_user(*db, x.o.user_id);
    if (!u.ok() || u->unit_id != unit || u->disabled)
      return Invalid("Người được giao phải là tài khoản đang hoạt động của đơn vị.")
          .with_field("officers",
                      "Người dùng #" + std::to_string(x.o.user_id) + " không thuộc đơn vị.");
  }
  if (auto other = store::unit_by_document_abbrev(*db, s.abbrev);
      other.ok() && *other && **other != unit)
    return Invalid("Chữ viết tắt đã được đơn vị khác dùng.")
        .with_field("abbrev", "Chọn chữ viết tắt khác.");
  s.updated_at = now_micros();
  s.updated_by = c.me().user_id;
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_TRY(store::put_unit_document_settings(*db, s));
  std::map<std::string, int64_t> ids;
  for (const auto& x : sections) {
    ATGT_ASSIGN_OR_RETURN(int64_t id, store::upsert_document_section(*db, x));
    ids[x.abbrev] = id;
  }
  std::vector<store::DocumentOfficer> list;
  for (auto& x : officers) {
    if (!x.section_abbrev.empty()) x.o.section_id = ids[x.section_abbrev];
    list.push_back(x.o);
  }
  ATGT_TRY(store::replace_document_officers(*db, unit, list));
  if (register_rules) ATGT_TRY(store::replace_register_rules(*db, unit, *register_rules));
  ATGT_ASSIGN_OR_RETURN(auto existing, store::document_sections(*db, unit));
  for (const auto& e : existing)
    if (!ids.count(e.abbrev)) ATGT_TRY(store::delete_document_section(*db, unit, e.id));
  json::array oa;
  for (const auto& x : list)
    oa.push_back(json::object{
        {"user_id", x.user_id}, {"duty", x.duty}, {"authority", x.authority}, {"title", x.title}});
  ATGT_TRY(audit(
      c, *db, "update", "document_settings", std::to_string(unit),
      json::object{
          {"abbrev", s.abbrev}, {"agency_name", s.agency_name}, {"officers", std::move(oa)}}));
  ATGT_TRY(tx.commit());
  ATGT_ASSIGN_OR_RETURN(auto o, settings_json(c, *db, unit));
  return json_reply(json::object{{"settings", std::move(o)}});
}

}  // namespace atgt::api
