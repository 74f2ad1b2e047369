// Official documents: numbers, symbols, body blocks, the life cycle and recipients.
#include "domain/document.h"

#include <algorithm>
#include <boost/json.hpp>
#include <cstring>
#include <set>

#include "base/text.h"
#include "domain/access.h"

namespace atgt::doc {
namespace json = boost::json;

std::string number_text(int64_t number, const std::string& symbol) {
  std::string n = std::to_string(number);
  if (number >= 0 && number < 10) n = "0" + n;
  return n + "/" + symbol;
}

std::string symbol(const std::string& type_abbrev, const std::string& agency_abbrev,
                   const std::string& partner_abbrev, const std::string& section_abbrev) {
  std::string out;
  auto add = [&](const std::string& part) {
    if (part.empty()) return;
    if (!out.empty()) out += "-";
    out += part;
  };
  if (!partner_abbrev.empty()) {
    add(type_abbrev);
    add(agency_abbrev);
    add(partner_abbrev);
    return out;
  }
  if (type_abbrev.empty()) {
    add(agency_abbrev);
    add(section_abbrev);
    return out;
  }
  add(type_abbrev);
  add(agency_abbrev);
  return out;
}

Status check_not_classified(const std::string& secrecy) {
  if (secrecy.empty() || secrecy == "thuong") return Status::Ok();
  return Invalid(
             "Văn bản mật (Mật, Tối mật, Tuyệt mật) không được soạn thảo, lưu trữ hay gửi trên "
             "hệ thống này. Hãy xử lý theo Luật Bảo vệ bí mật nhà nước qua bộ phận văn thư mật "
             "của đơn vị.")
      .with_field("secrecy", "Hệ thống chỉ xử lý văn bản thường.");
}

namespace {

constexpr size_t kMaxBlocks = 2000;
constexpr size_t kMaxBlockChars = 20000;

bool has_control(const std::string& s) {
  for (unsigned char ch : s)
    if (ch < 0x20 || ch == 0x7f) return true;
  return false;
}

Status body_error(const std::string& msg) {
  return Invalid("Nội dung văn bản không hợp lệ.").with_field("body", msg);
}

}  // namespace

Result<std::vector<Block>> parse_body(const std::string& text) {
  boost::system::error_code ec;
  json::value v = json::parse(text, ec);
  if (ec || !v.is_array()) return body_error("Nội dung phải là danh sách các đoạn.");
  const auto& arr = v.as_array();
  if (arr.size() > kMaxBlocks) return body_error("Nội dung có quá 2.000 đoạn.");
  std::vector<Block> out;
  for (size_t i = 0; i < arr.size(); ++i) {
    std::string where = "Đoạn " + std::to_string(i + 1) + ": ";
    if (!arr[i].is_object()) return body_error(where + "không đúng dạng.");
    const auto& o = arr[i].as_object();
    Block b;
    for (const auto& [k, val] : o) {
      if (!val.is_string())
        return body_error(where + "trường " + std::string(k) + " phải là chuỗi.");
      std::string s = nfc(std::string(val.as_string()));
      if (has_control(s))
        return body_error(where +
                          "có ký tự điều khiển (xuống dòng, tab...): hãy tách thành đoạn mới.");
      if (k == "kind")
        b.kind = s;
      else if (k == "label")
        b.label = squeeze_spaces(s);
      else if (k == "text")
        b.text = squeeze_spaces(s);
      else
        return body_error(where + "trường không hợp lệ: " + std::string(k) + ".");
    }
    if (b.kind != "paragraph" && b.kind != "item" && b.kind != "heading")
      return body_error(where + "loại đoạn phải là đoạn văn, mục đánh số hoặc tiêu đề.");
    if (b.text.empty()) return body_error(where + "đoạn trống.");
    if (b.text.size() > kMaxBlockChars) return body_error(where + "đoạn dài quá 20.000 ký tự.");
    if (b.label.size() > 20) return body_error(where + "số mục dài quá 20 ký tự.");
    if (b.kind != "item") b.label.clear();
    out.push_back(std::move(b));
  }
  return out;
}

std::string body_json(const std::vector<Block>& blocks) {
  json::array arr;
  for (const auto& b : blocks) {
    json::object o{{"kind", b.kind}, {"text", b.text}};
    if (!b.label.empty()) o["label"] = b.label;
    arr.push_back(std::move(o));
  }
  return json::serialize(arr);
}

std::vector<Run> runs_of(const std::string& text) {
  // Find balanced ** pairs first, then single * pairs inside the remaining text.
  std::vector<Run> out;
  auto push = [&](std::string t, bool bold, bool italic) {
    if (t.empty()) return;
    if (!out.empty() && out.back().bold == bold && out.back().italic == italic)
      out.back().text += t;
    else
      out.push_back({std::move(t), bold, italic});
  };
  auto italics = [&](const std::string& s, bool bold) {
    size_t pos = 0;
    while (pos < s.size()) {
      size_t a = s.find('*', pos);
      size_t b = a == std::string::npos ? a : s.find('*', a + 1);
      if (a == std::string::npos || b == std::string::npos || b == a + 1) {
        push(s.substr(pos), bold, false);
        return;
      }
      push(s.substr(pos, a - pos), bold, false);
      push(s.substr(a + 1, b - a - 1), bold, true);
      pos = b + 1;
    }
  };
  size_t pos = 0;
  while (pos < text.size()) {
    size_t a = text.find("**", pos);
    size_t b = a == std::string::npos ? a : text.find("**", a + 2);
    if (a == std::string::npos || b == std::string::npos || b == a + 2) {
      italics(text.substr(pos), false);
      break;
    }
    italics(text.substr(pos, a - pos), false);
    italics(text.substr(a + 2, b - a - 2), true);
    pos = b + 2;
  }
  return out;
}

const char* step_name_vi(Step s) {
  switch (s) {
    case Step::kEdit:
      return "sửa dự thảo";
    case Step::kCheck:
      return "kiểm tra";
    case Step::kReturn:
      return "trả lại để sửa";
    case Step::kSign:
      return "ký";
    case Step::kIssue:
      return "cho số và ban hành";
  }
  return "";
}

namespace {

bool is_officer(const std::vector<model::DocumentOfficer>& officers, int64_t user,
                const std::string& duty, const std::optional<int64_t>& section) {
  return std::any_of(officers.begin(), officers.end(), [&](const model::DocumentOfficer& o) {
    if (o.user_id != user || o.duty != duty) return false;
    if (duty != "check") return true;
    // A checker of a section checks its drafts; a draft without a section, any checker.
    return !o.section_id || !section || o.section_id == section;
  });
}

Status wrong_state(const model::Document& d, Step s) {
  if (d.status == "issued" || d.status == "registered")
    return Status(Kind::kConflict, "document_locked",
                  "Văn bản đã ban hành (hoặc đã vào sổ) thì không sửa được nữa. Muốn thay đổi, hãy "
                  "soạn văn bản sửa đổi, bổ sung hoặc thay thế văn bản này.");
  static const char* const kWant[] = {"ở trạng thái dự thảo", "ở trạng thái dự thảo",
                                      "đã kiểm tra hoặc đã ký", "đã được kiểm tra", "đã được ký"};
  return Status(Kind::kConflict, "document_state",
                std::string("Không thể ") + step_name_vi(s) + ": văn bản phải " +
                    kWant[static_cast<int>(s)] + ".");
}

}  // namespace

Status check_step(const model::Document& d, Step s, const Principal& p,
                  const std::vector<model::DocumentOfficer>& officers) {
  if (d.direction != "out") return wrong_state(d, s);
  switch (s) {
    case Step::kEdit:
      if (d.status != "draft") return wrong_state(d, s);
      return Status::Ok();
    case Step::kCheck:
      if (d.status != "draft") return wrong_state(d, s);
      if (!is_officer(officers, p.user_id, "check", d.section_id))
        return Forbidden(
            "Chỉ lãnh đạo phòng/bộ phận soạn thảo được giao kiểm tra văn bản mới kiểm tra được dự "
            "thảo này.");
      return Status::Ok();
    case Step::kReturn:
      if (d.status != "checked" && d.status != "signed") return wrong_state(d, s);
      if (!is_officer(officers, p.user_id, "check", d.section_id) &&
          !is_officer(officers, p.user_id, "sign", d.section_id))
        return Forbidden("Chỉ người kiểm tra hoặc người ký mới trả lại được văn bản.");
      return Status::Ok();
    case Step::kSign:
      if (d.status != "checked") return wrong_state(d, s);
      if (!is_officer(officers, p.user_id, "sign", std::nullopt))
        return Forbidden("Bạn không được giao thẩm quyền ký văn bản của đơn vị.");
      if (d.signer_id && *d.signer_id != p.user_id)
        return Forbidden("Văn bản này được trình cho người ký khác.");
      return Status::Ok();
    case Step::kIssue:
      if (d.status != "signed") return wrong_state(d, s);
      if (!is_officer(officers, p.user_id, "clerk", std::nullopt))
        return Forbidden("Chỉ văn thư của đơn vị mới cho số và ban hành văn bản.");
      return Status::Ok();
  }
  return Internal("unknown step");
}

bool may_view(const Principal& p, const OrgIndex& org, const model::Document& d,
              const std::vector<int64_t>& recipient_units) {
  bool locked = d.status == "issued" || d.status == "registered";
  if (!locked)
    return p.unit_id == d.unit_id || (d.partner_unit_id && p.unit_id == *d.partner_unit_id);
  DataRef ref;
  ref.owner_unit = d.unit_id;
  ref.date = d.issued_date ? *d.issued_date : d.received_date.value_or("");
  ref.participants = recipient_units;
  if (d.partner_unit_id) ref.participants.push_back(*d.partner_unit_id);
  return can_see(p, org, ref);
}

Result<RecipientRules> parse_recipient_rules(const std::string& text) {
  auto bad = [](const std::string& m) {
    return Invalid("Danh sách nơi gửi không hợp lệ.").with_field("recipients", m);
  };
  boost::system::error_code ec;
  json::value v = json::parse(text, ec);
  if (ec || !v.is_object()) return bad("Nơi gửi phải là một đối tượng {units, groups}.");
  RecipientRules r;
  for (const auto& [k, val] : v.as_object()) {
    if (k == "units") {
      if (!val.is_array()) return bad("units phải là danh sách mã số đơn vị.");
      for (const auto& u : val.as_array()) {
        if (!u.is_int64() || u.as_int64() <= 0) return bad("units phải là danh sách mã số đơn vị.");
        r.units.push_back(u.as_int64());
      }
    } else if (k == "groups") {
      if (!val.is_array()) return bad("groups phải là danh sách nhóm.");
      for (const auto& g : val.as_array()) {
        if (!g.is_object()) return bad("Mỗi nhóm phải là {type, under}.");
        RecipientGroup grp;
        for (const auto& [gk, gv] : g.as_object()) {
          if (gk == "type" && gv.is_string())
            grp.type = std::string(gv.as_string());
          else if (gk == "under" && gv.is_int64() && gv.as_int64() > 0)
            grp.under = gv.as_int64();
          else if (gk == "include_root" && gv.is_bool())
            grp.include_root = gv.as_bool();
          else
            return bad("Nhóm có trường không hợp lệ: " + std::string(gk) + ".");
        }
        if (grp.under == 0) return bad("Mỗi nhóm phải nêu đơn vị cấp trên (under).");
        if (grp.type.size() > 40) return bad("Loại đơn vị không hợp lệ.");
        r.groups.push_back(grp);
      }
    } else {
      return bad("Trường không hợp lệ: " + std::string(k) + ".");
    }
  }
  if (r.units.size() > 5000 || r.groups.size() > 50) return bad("Quá nhiều nơi gửi.");
  std::sort(r.units.begin(), r.units.end());
  r.units.erase(std::unique(r.units.begin(), r.units.end()), r.units.end());
  return r;
}

std::string recipient_rules_json(const RecipientRules& r) {
  json::array units(r.units.begin(), r.units.end());
  json::array groups;
  for (const auto& g : r.groups) {
    json::object o{{"type", g.type}, {"under", g.under}};
    if (g.include_root) o["include_root"] = true;
    groups.push_back(std::move(o));
  }
  return json::serialize(json::object{{"units", std::move(units)}, {"groups", std::move(groups)}});
}

Result<Resolution> resolve_recipients(const OrgIndex& org, const RecipientRules& rules,
                                      const std::string& date, int64_t sender) {
  Resolution res;
  std::set<int64_t> all;
  for (int64_t u : rules.units) {
    if (!org.alive(u, date)) {
      res.dead.push_back(u);
      continue;
    }
    res.named.push_back(u);
    if (u != sender) all.insert(u);
  }
  if (!res.dead.empty()) {
    const auto* v = org.latest(res.dead.front());
    return Invalid("Có đơn vị nhận không còn hoạt động vào ngày gửi.")
        .with_field("recipients", (v ? v->name : "Đơn vị #" + std::to_string(res.dead.front())) +
                                      " không hoạt động vào ngày " + date + ".");
  }
  for (const auto& g : rules.groups) {
    ResolvedGroup rg{g, {}};
    if (org.alive(g.under, date)) {
      for (int64_t u : org.subtree(g.under, date)) {
        if (u == g.under && !(g.type.empty() && g.include_root)) continue;
        const auto* v = org.version_at(u, date);
        if (!v || (!g.type.empty() && v->type != g.type)) continue;
        rg.units.push_back(u);
        if (u != sender) all.insert(u);
      }
    }
    std::sort(rg.units.begin(), rg.units.end());
    res.groups.push_back(std::move(rg));
  }
  res.units.assign(all.begin(), all.end());
  if (res.units.empty())
    return Invalid("Văn bản chưa có nơi nhận: các nhóm đã chọn không có đơn vị nào vào ngày gửi.")
        .with_field("recipients", "Hãy chọn đơn vị nhận hoặc nhóm có đơn vị.");
  return res;
}

std::vector<PdfSignature> parse_pdfsig(const std::string& text) {
  std::vector<PdfSignature> out;
  size_t pos = 0;
  auto value_after = [](const std::string& line, const char* key) -> std::optional<std::string> {
    auto k = line.find(key);
    if (k == std::string::npos) return std::nullopt;
    return squeeze_spaces(line.substr(k + std::strlen(key)));
  };
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(pos, end - pos);
    pos = end + 1;
    if (line.rfind("Signature #", 0) == 0) {
      out.emplace_back();
      continue;
    }
    if (out.empty()) continue;
    auto& sig = out.back();
    if (auto v = value_after(line, "Signer Certificate Common Name:"))
      sig.signer = *v;
    else if (auto dn = value_after(line, "Signer full Distinguished Name:")) {
      // O=<agency>, up to the next comma
      auto o = dn->find("O=");
      if (o != std::string::npos)
        sig.agency =
            dn->substr(o + 2, dn->find(',', o) == std::string::npos ? std::string::npos
                                                                    : dn->find(',', o) - o - 2);
    } else if (auto t = value_after(line, "Signing Time:"))
      sig.time = *t;
    else if (auto val = value_after(line, "Signature Validation:"))
      sig.valid = *val == "Signature is Valid.";
    else if (auto cert = value_after(line, "Certificate Validation:"))
      sig.summary = *cert;
  }
  return out;
}

std::string signatures_json(const std::vector<PdfSignature>& sigs) {
  json::array a;
  for (const auto& s : sigs)
    a.push_back(json::object{{"signer", s.signer},
                             {"agency", s.agency},
                             {"time", s.time},
                             {"valid", s.valid},
                             {"summary", s.summary}});
  return json::serialize(a);
}

}  // namespace atgt::doc
