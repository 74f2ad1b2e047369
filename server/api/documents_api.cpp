// Official documents of a unit: list and search, read, draft, edit, and the steps of Decree 30
// (check, return, sign, number and issue). Issuing numbers the document in the unit's register
// and distributes it (document_delivery_api.cpp) in one transaction.
#include <algorithm>

#include "api/common.h"
#include "api/documents_common.h"
#include "api/files_api.h"
#include "api/handlers.h"
#include "api/nouns.h"
#include "api/services.h"
#include "base/process.h"
#include "base/text.h"
#include "base/time.h"
#include "domain/access.h"
#include "domain/document.h"
#include "files/blob_store.h"
#include "model/json_input.h"
#include "store/documents_store.h"
#include "store/files_store.h"

namespace atgt::api {
namespace json = boost::json;
using docs::Loaded;

namespace {

const char* const kUrgencies[] = {"", "khan", "thuong_khan", "hoa_toc"};
const char* const kRelations[] = {"implements", "cites", "amends", "replaces"};
const char* const kAuthorities[] = {"", "KT.", "TL.", "TM.", "Q.", "TUQ."};

template <size_t N>
bool one_of(const std::string& v, const char* const (&list)[N]) {
  return std::any_of(std::begin(list), std::end(list), [&](const char* x) { return v == x; });
}

std::string text_list_json(const std::vector<std::string>& items) {
  json::array a(items.begin(), items.end());
  return json::serialize(a);
}

bool has_control(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char ch) {
    auto u = static_cast<unsigned char>(ch);
    return u < 0x20 || u == 0x7f;
  });
}

// Reads the fields a draft may carry into `d` (all required on create, optional on edit).
Status read_draft(Ctx& c, store::Db& db, model::ObjectReader& in, store::Document& d, bool create) {
  if (auto secrecy = in.str("secrecy", false, 20)) ATGT_TRY(doc::check_not_classified(*secrecy));
  if (auto type = in.str("type_code", create, 40)) {
    auto t = docs::document_type(db, *type);
    if (!t.ok())
      in.error("type_code", "Loại văn bản không có trong danh mục.");
    else
      d.type_code = *type;
  }
  if (auto subject = in.str("subject", create, 500)) {
    if (subject->empty()) in.error("subject", "Cần trích yếu nội dung.");
    d.subject = *subject;
  }
  if (auto urgency = in.str("urgency", false, 20)) {
    if (!one_of(*urgency, kUrgencies))
      in.error("urgency", "Độ khẩn phải là Khẩn, Thượng khẩn hoặc Hỏa tốc.");
    else
      d.urgency = *urgency;
  }
  if (auto place = in.str("place", false, 100)) d.place = *place;
  if (in.has("section_id")) {
    auto sid = in.i64("section_id", false);
    d.section_id = sid;
    if (sid) {
      auto sections = store::document_sections(db, d.unit_id);
      if (!sections.ok()) return sections.status();
      if (std::none_of(sections->begin(), sections->end(),
                       [&](const auto& s) { return s.id == *sid; }))
        in.error("section_id", "Phòng/bộ phận soạn thảo không thuộc đơn vị.");
    }
  }
  if (in.has("partner_unit_id")) {
    d.partner_unit_id = in.i64("partner_unit_id", false);
    if (d.partner_unit_id) {
      ATGT_ASSIGN_OR_RETURN(auto org, org_index(c, db));
      if (!org->alive(*d.partner_unit_id, today_local().str()) || *d.partner_unit_id == d.unit_id)
        in.error("partner_unit_id", "Cơ quan phối hợp ban hành không hợp lệ.");
    }
  }
  if (auto body = in.array("body", false, 2000)) {
    auto blocks = doc::parse_body(json::serialize(*body));
    if (!blocks.ok()) return blocks.status();
    d.body = doc::body_json(*blocks);
  }
  for (const char* key : {"addressees", "distribution"}) {
    if (auto list = in.str_list(key, false, 200)) {
      for (const auto& item : *list)
        if (item.empty() || item.size() > 500 || has_control(item)) {
          in.error(key, "Mỗi dòng phải có nội dung, không quá 500 ký tự, không xuống dòng.");
          break;
        }
      (std::string(key) == "addressees" ? d.addressees : d.distribution) = text_list_json(*list);
    }
  }
  if (auto rules = in.object("recipients", false)) {
    auto r = doc::parse_recipient_rules(json::serialize(*rules));
    if (!r.ok()) return r.status();
    d.recipient_rules = doc::recipient_rules_json(*r);
  }
  if (in.has("signer_id")) {
    d.signer_id = in.i64("signer_id", false);
    d.signer_authority = d.signer_title = d.signer_name = "";
    if (d.signer_id) {
      ATGT_ASSIGN_OR_RETURN(auto officers, store::document_officers(db, d.unit_id));
      auto it = std::find_if(officers.begin(), officers.end(), [&](const auto& o) {
        return o.user_id == *d.signer_id && o.duty == "sign";
      });
      if (it == officers.end()) {
        in.error("signer_id", "Người ký phải là người được giao thẩm quyền ký của đơn vị.");
      } else {
        d.signer_authority = it->authority.empty() ? "" : it->authority + " " + it->authority_title;
        d.signer_title = it->title;
        d.signer_name = it->user_name;
      }
    }
  }
  if (auto ps = in.object("partner_signer", false)) {
    auto r = model::reader_for(*ps);
    if (!r.ok()) return r.status();
    auto authority = r->str("authority", false, 10).value_or("");
    auto authority_title = r->str("authority_title", false, 100).value_or("");
    auto title = r->str("title", false, 100).value_or("");
    auto name = r->str("name", false, 100).value_or("");
    Status st = r->finish();
    if (!st.ok())
      in.error("partner_signer", st.fields().empty() ? st.message() : st.fields().begin()->second);
    else if (!one_of(authority, kAuthorities))
      in.error("partner_signer", "Thẩm quyền ký phải là KT., TL., TM., Q. hoặc TUQ.");
    else
      d.partner_signer = json::serialize(json::object{{"authority", authority},
                                                      {"authority_title", authority_title},
                                                      {"title", title},
                                                      {"name", name}});
  }
  if (auto links = in.array("links", false, 50)) {
    d.links.clear();
    for (const auto& v : *links) {
      if (!v.is_object()) {
        in.error("links", "Mỗi văn bản liên quan phải là {relation, target_id?, target_text}.");
        break;
      }
      auto r = model::reader_for(v.as_object());
      if (!r.ok()) return r.status();
      model::DocumentLink l;
      l.relation = r->str("relation", true, 20).value_or("");
      l.target_id = r->i64("target_id", false);
      l.target_text = r->str("target_text", false, 500).value_or("");
      Status st = r->finish();
      if (!st.ok() || !one_of(l.relation, kRelations) || (!l.target_id && l.target_text.empty())) {
        in.error("links",
                 "Văn bản liên quan: quan hệ là thực hiện, căn cứ, sửa đổi hoặc thay thế, kèm "
                 "văn bản hoặc mô tả.");
        break;
      }
      if (l.target_id) {
        auto t = docs::load_visible(c, db, *l.target_id);
        if (!t.ok()) {
          in.error("links",
                   "Không tìm thấy văn bản liên quan #" + std::to_string(*l.target_id) + ".");
          break;
        }
        bool locked_target = t->doc.status == "issued" || t->doc.status == "registered";
        if ((l.relation == "amends" || l.relation == "replaces") && !locked_target) {
          in.error("links", "Chỉ sửa đổi hoặc thay thế được văn bản đã ban hành.");
          break;
        }
      }
      d.links.push_back(std::move(l));
    }
  }
  return Status::Ok();
}

Result<Reply> document_reply(Ctx& c, store::Db& db, int64_t id, int status = 200) {
  ATGT_ASSIGN_OR_RETURN(auto l, docs::load_visible(c, db, id));
  ATGT_ASSIGN_OR_RETURN(auto o, docs::document_json(c, db, l, true));
  return json_reply(json::object{{"document", std::move(o)}}, status);
}

// A document of the caller's own unit, for a step on it; NotFound otherwise.
Result<Loaded> load_own(Ctx& c, store::Db& db, int64_t id) {
  ATGT_ASSIGN_OR_RETURN(auto l, docs::load_visible(c, db, id));
  if (l.doc.unit_id != c.me().unit_id)
    return Forbidden("Chỉ đơn vị ban hành mới thực hiện được thao tác này.");
  return l;
}

Status read_document_file_owner(Ctx& c, store::Db& db, const store::FileRecord& f) {
  auto l = docs::load_visible(c, db, f.owner_id);
  return l.ok() ? Status::Ok() : l.status();
}

bool delete_document_file(const Principal& p, const store::FileRecord& f) {
  return may_delete_upload(p, f.uploaded_by.value_or(0));
}

}  // namespace

Status register_documents(Nouns& n) {
  ATGT_TRY(n.add_file_owner({"document", read_document_file_owner, delete_document_file}));
  ATGT_TRY(n.add_home_item({"documents_awaiting", "Văn bản chờ tôi kiểm tra, ký hoặc ban hành",
                            "/van-ban?hop=cho-xu-ly", Capability::kDraftDocuments,
                            [](Ctx& c, store::Db& db) {
                              return store::count_awaiting_user(db, c.me().unit_id, c.me().user_id);
                            }}));
  return n.add_home_item(
      {"documents_unacknowledged", "Văn bản đến chưa xác nhận", "/van-ban?hop=den", std::nullopt,
       [](Ctx& c, store::Db& db) { return store::count_unacknowledged(db, c.me().unit_id); }});
}

Result<Reply> list_document_types(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto types, store::document_types(*db));
  json::array out;
  for (const auto& t : types)
    out.push_back(
        json::object{{"code", t.code},
                     {"name", t.name},
                     {"abbrev", t.abbrev},
                     {"is_plan", t.is_plan},
                     {"source", t.source ? json::value(*t.source) : json::value(nullptr)}});
  return json_reply(json::object{{"types", std::move(out)}});
}

Result<Reply> list_documents(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto year, int_param(c, "year", 1990, 2200));
  const std::string* box = c.query("box");
  if (box && *box != "own" && *box != "inbox")
    return Invalid("Tham số box phải là own hoặc inbox.").with_field("box", "own | inbox");
  const std::string* status = c.query("status");
  const std::string* type = c.query("type");
  std::optional<std::string> q;
  if (const std::string* raw = c.query("q"); raw && !fold(*raw).empty()) q = fold(*raw);
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  json::array out;
  if (box && *box == "inbox") {
    bool pending = status && *status == "pending";
    ATGT_ASSIGN_OR_RETURN(auto rows, store::inbox(*db, c.me().unit_id, q, year, pending, 500));
    for (auto& r : rows) {
      Loaded l{std::move(r.doc), {c.me().unit_id}};
      ATGT_ASSIGN_OR_RETURN(auto o, docs::document_json(c, *db, l, false));
      out.push_back(std::move(o));
    }
    return json_reply(json::object{{"documents", std::move(out)}});
  }
  store::DocumentFilter f;
  f.units = {c.me().unit_id};
  f.query = q;
  if (status) f.status = *status;
  if (type) f.type_code = *type;
  f.year = year ? std::optional<int>(static_cast<int>(*year)) : std::nullopt;
  f.limit = 500;
  ATGT_ASSIGN_OR_RETURN(auto list, store::list_documents(*db, f));
  for (auto& d : list) {
    ATGT_ASSIGN_OR_RETURN(auto rcpts, store::recipient_units(*db, d.id));
    Loaded l{std::move(d), std::move(rcpts)};
    ATGT_ASSIGN_OR_RETURN(auto o, docs::document_json(c, *db, l, false));
    out.push_back(std::move(o));
  }
  return json_reply(json::object{{"documents", std::move(out)}});
}

Result<Reply> get_document(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto l, docs::load_visible(c, *db, id));
  // The first opening by a user of a recipient unit is recorded (the sender sees who and when).
  if (std::find(l.recipients.begin(), l.recipients.end(), c.me().unit_id) != l.recipients.end()) {
    if (auto opened = store::mark_opened(*db, id, c.me().unit_id, c.me().user_id, now_micros());
        !opened.ok())
      return opened.status();
  }
  return document_reply(c, *db, id);
}

Result<Reply> create_document(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  store::Document d;
  d.direction = "out";
  d.status = "draft";
  d.unit_id = c.me().unit_id;
  d.created_by = c.me().user_id;
  d.created_at = d.updated_at = now_micros();
  auto settings = store::unit_document_settings(*db, d.unit_id);
  if (settings.ok()) d.place = settings->place;
  ATGT_TRY(read_draft(c, *db, in, d, true));
  ATGT_TRY(in.finish());
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(int64_t id, store::insert_document(*db, d));
  ATGT_TRY(audit(c, *db, "create", "document", std::to_string(id),
                 json::object{{"type_code", d.type_code}, {"subject", d.subject}}));
  ATGT_TRY(tx.commit());
  return document_reply(c, *db, id, 201);
}

Result<Reply> update_document(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto l, load_own(c, *db, id));
  ATGT_ASSIGN_OR_RETURN(auto officers, store::document_officers(*db, l.doc.unit_id));
  ATGT_TRY(doc::check_step(l.doc, doc::Step::kEdit, c.me(), officers));
  store::Document d = l.doc;
  ATGT_TRY(read_draft(c, *db, in, d, false));
  ATGT_TRY(in.finish());
  d.updated_at = now_micros();
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_TRY(store::update_document_draft(*db, d));
  ATGT_TRY(audit(c, *db, "update", "document", std::to_string(id),
                 json::object{{"subject", d.subject}}));
  ATGT_TRY(tx.commit());
  return document_reply(c, *db, id);
}

namespace {

// A step without a body of its own (check, return, sign): checks and writes it, audited.
Result<Reply> take_step(Ctx& c, doc::Step step) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  std::optional<std::string> comment;
  if (step == doc::Step::kReturn) {
    ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
    comment = in.str("comment", true, 2000);
    if (comment && comment->empty()) in.error("comment", "Cần nêu lý do trả lại.");
    ATGT_TRY(in.finish());
  }
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto l, load_own(c, *db, id));
  ATGT_ASSIGN_OR_RETURN(auto officers, store::document_officers(*db, l.doc.unit_id));
  ATGT_TRY(doc::check_step(l.doc, step, c.me(), officers));
  int64_t now = now_micros();
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  const char* action = "";
  switch (step) {
    case doc::Step::kCheck:
      ATGT_TRY(store::set_document_checked(*db, id, c.me().user_id, now));
      action = "check";
      break;
    case doc::Step::kReturn:
      ATGT_TRY(store::set_document_returned(*db, id, l.doc.status));
      action = "return";
      break;
    case doc::Step::kSign:
      // A draft presented to no one in particular carries the signing block of whoever signs it.
      if (!l.doc.signer_id)
        for (const auto& o : officers)
          if (o.user_id == c.me().user_id && o.duty == "sign") {
            ATGT_TRY(store::set_document_signer(
                *db, id, o.user_id,
                o.authority.empty() ? "" : o.authority + " " + o.authority_title, o.title,
                o.user_name));
            break;
          }
      ATGT_TRY(
          store::set_document_signed(*db, id, c.me().user_id, now, std::nullopt, std::nullopt));
      action = "sign";
      break;
    default:
      return Internal("unexpected step");
  }
  json::object changes{{"from", l.doc.status}};
  if (comment) changes["comment"] = *comment;
  ATGT_TRY(audit(c, *db, action, "document", std::to_string(id), changes));
  ATGT_TRY(tx.commit());
  return document_reply(c, *db, id);
}

}  // namespace

Result<Reply> check_document(Ctx& c) {
  return take_step(c, doc::Step::kCheck);
}
Result<Reply> return_document(Ctx& c) {
  return take_step(c, doc::Step::kReturn);
}
Result<Reply> sign_document(Ctx& c) {
  return take_step(c, doc::Step::kSign);
}

Result<Reply> set_document_eoffice(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto in, model::ObjectReader::parse(c.req.body));
  auto ref = in.str("eoffice_ref", false, 100);
  ATGT_TRY(in.finish());
  if (ref && (ref->empty() || has_control(*ref))) ref.reset();
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto l, load_own(c, *db, id));
  ATGT_ASSIGN_OR_RETURN(auto actions, docs::actions_for(c, *db, l));
  if (std::find(actions.begin(), actions.end(), "register_eoffice") == actions.end())
    return Forbidden(
        "Chỉ văn thư của đơn vị ghi số văn bản trên hệ thống quản lý văn bản điều hành, sau khi "
        "ban hành.");
  store::Tx tx(*db);
  ATGT_TRY(tx.status());
  ATGT_TRY(store::set_document_eoffice_ref(*db, id, ref));
  ATGT_TRY(audit(c, *db, "eoffice_ref", "document", std::to_string(id),
                 json::object{{"eoffice_ref", ref ? json::value(*ref) : json::value(nullptr)}}));
  ATGT_TRY(tx.commit());
  return document_reply(c, *db, id);
}

Result<Reply> attach_document_file(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto l, load_own(c, *db, id));
  if (!has_capability(c.me(), Capability::kDraftDocuments))
    return Forbidden("Chỉ người soạn thảo văn bản của đơn vị mới đính kèm tệp vào văn bản.");
  ATGT_ASSIGN_OR_RETURN(auto actions, docs::actions_for(c, *db, l));
  if (std::find(actions.begin(), actions.end(), "attach") == actions.end())
    return Status(
        Kind::kConflict, "document_locked",
        "Văn bản đã ban hành thì không đính kèm thêm được; hãy ban hành văn bản sửa đổi, bổ sung.");
  const std::string* signed_param = c.query("signed");
  bool signed_copy = signed_param && *signed_param == "1";
  if (signed_copy && l.doc.status != "signed")
    return Status(Kind::kConflict, "document_state",
                  "Bản đã ký chỉ đính kèm sau khi văn bản được ký và trước khi ban hành.");
  ATGT_ASSIGN_OR_RETURN(auto f, receive_upload(c, *db, "document", id));
  if (signed_copy) {
    if (f.mime != "application/pdf") {
      ATGT_TRY(store::delete_file(*db, f.id, now_micros()));
      return Invalid("Bản đã ký phải là tệp PDF.").with_field("name", "Chọn tệp PDF đã ký.");
    }
    ATGT_ASSIGN_OR_RETURN(std::string path, c.svc.blobs->path_of(f.sha256));
    std::optional<std::string> sigs;
    // pdfsig reports digital signatures; a scanned paper signature has none (an empty list).
    if (auto run = run_process({"pdfsig", path}); run.ok())
      sigs = doc::signatures_json(doc::parse_pdfsig(run->err));
    ATGT_TRY(store::set_signed_copy(*db, id, f.id, sigs));
    ATGT_TRY(audit(c, *db, "signed_copy", "document", std::to_string(id),
                   json::object{{"file_id", f.id}}));
  }
  return json_reply(json::object{{"file", file_json(c, f)}}, 201);
}

Result<Reply> list_document_files(Ctx& c) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto l, docs::load_visible(c, *db, id));
  ATGT_ASSIGN_OR_RETURN(auto list, store::files_of(*db, "document", id));
  json::array out;
  for (const auto& f : list) out.push_back(file_json(c, f));
  return json_reply(json::object{{"files", std::move(out)}});
}

}  // namespace atgt::api
