// A document rendered in the Decree 30 layout (server/render/): the current state of the record —
// a draft with its boxed DỰ THẢO and a blank number, an issued document with its number, date and
// "(Đã ký)" — as PDF or DOCX, and the registers as XLSX. Rendered synchronously (a letter takes
// milliseconds; docs/benchmarks.md).
#include "api/common.h"
#include "api/document_registers.h"
#include "api/documents_common.h"
#include "api/handlers.h"
#include "base/text.h"
#include "base/time.h"
#include "domain/document.h"
#include "render/docx.h"
#include "render/pdf.h"
#include "render/xlsx.h"
#include "store/documents_store.h"

namespace atgt::api {
namespace json = boost::json;

namespace {

render::Urgency urgency_of(const std::string& u) {
  if (u == "khan") return render::Urgency::kUrgent;
  if (u == "thuong_khan") return render::Urgency::kVeryUrgent;
  if (u == "hoa_toc") return render::Urgency::kFlash;
  return render::Urgency::kNone;
}

std::vector<std::string> text_list(const std::string& j) {
  std::vector<std::string> out;
  boost::system::error_code ec;
  auto v = json::parse(j, ec);
  if (ec || !v.is_array()) return out;
  for (const auto& x : v.as_array())
    if (x.is_string()) out.emplace_back(x.as_string());
  return out;
}

// The letter for a document of the product (direction "out").
Result<render::Letter> letter_of(Ctx& c, store::Db& db, const store::Document& d) {
  if (d.direction != "out")
    return Status(Kind::kConflict, "document_external",
                  "Văn bản đến từ cơ quan bên ngoài không được dựng lại; hãy xem tệp đính kèm.");
  bool issued = d.status == "issued";
  std::string date = d.issued_date.value_or(today_local().str());
  render::Letter l;
  l.issuer = docs::agency_of(c, db, d.unit_id, date);
  if (d.partner_unit_id) l.co_issuers.push_back(docs::agency_of(c, db, *d.partner_unit_id, date));
  ATGT_ASSIGN_OR_RETURN(auto type, docs::document_type(db, d.type_code));
  l.type_name = type.abbrev.empty() ? "" : upper_vi(type.name);
  l.subject = d.subject;
  l.urgency = urgency_of(d.urgency);
  l.draft = !issued;
  // The symbol the document has (issued) or will have (a draft, with a blank number).
  if (issued && d.number_text) {
    auto slash = d.number_text->find('/');
    l.number = d.number_text->substr(0, slash);
    l.symbol = slash == std::string::npos ? "" : d.number_text->substr(slash + 1);
  } else {
    std::string own, partner, section;
    if (auto s = store::unit_document_settings(db, d.unit_id); s.ok()) own = s->abbrev;
    if (d.partner_unit_id)
      if (auto s = store::unit_document_settings(db, *d.partner_unit_id); s.ok())
        partner = s->abbrev;
    if (d.section_id) {
      ATGT_ASSIGN_OR_RETURN(auto sections, store::document_sections(db, d.unit_id));
      for (const auto& s : sections)
        if (s.id == *d.section_id) section = s.abbrev;
    }
    l.symbol = doc::symbol(type.abbrev, own, partner, section);
  }
  l.place = d.place.empty() ? "Hải Phòng" : d.place;
  if (issued && d.issued_date) {
    if (auto dd = Date::parse(*d.issued_date)) l.date = {dd->day, dd->month, dd->year};
  } else {
    l.date = {0, 0, today_local().year};
  }
  l.recipients = text_list(d.addressees);
  auto blocks = doc::parse_body(d.body);
  if (blocks.ok())
    for (const auto& b : *blocks) {
      render::Block rb;
      rb.kind = b.kind == "item"      ? render::Block::Kind::kItem
                : b.kind == "heading" ? render::Block::Kind::kHeading
                                      : render::Block::Kind::kParagraph;
      rb.label = b.label;
      for (const auto& r : doc::runs_of(b.text)) rb.runs.push_back({r.text, r.bold, r.italic});
      l.body.push_back(std::move(rb));
    }
  std::string note = issued ? "(Đã ký)" : "";
  l.signers.push_back({d.signer_authority, d.signer_title, d.signer_name, note});
  if (d.partner_unit_id) {
    boost::system::error_code ec;
    auto ps = json::parse(d.partner_signer, ec);
    if (!ec && ps.is_object()) {
      auto get = [&](const char* k) {
        auto* v = ps.as_object().if_contains(k);
        return v && v->is_string() ? std::string(v->as_string()) : std::string();
      };
      std::string authority =
          get("authority").empty() ? "" : get("authority") + " " + get("authority_title");
      l.signers.push_back({authority, get("title"), get("name"), note});
    }
  }
  l.copies_to = text_list(d.distribution);
  return l;
}

// "cong-van-12-sgddt-vp.pdf": an ASCII file name from the number (or "du-thao-<id>").
std::string file_name(const store::Document& d, const char* ext) {
  std::string base = d.number_text ? fold(*d.number_text) : "du thao " + std::to_string(d.id);
  std::string out;
  for (char ch : base) {
    bool keep = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
    if (keep)
      out += ch;
    else if (!out.empty() && out.back() != '-')
      out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return "van-ban-" + out + "." + ext;
}

Result<Reply> render_document(Ctx& c, bool pdf) {
  ATGT_ASSIGN_OR_RETURN(int64_t id, c.path_id());
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto l, docs::load_visible(c, *db, id));
  ATGT_ASSIGN_OR_RETURN(auto letter, letter_of(c, *db, l.doc));
  if (pdf) {
    ATGT_ASSIGN_OR_RETURN(auto bytes, render::render_pdf(letter));
    return docs::bytes_reply(std::move(bytes), binary_media_type(kPdfBody),
                             file_name(l.doc, "pdf"));
  }
  ATGT_ASSIGN_OR_RETURN(auto bytes, render::render_docx(letter));
  return docs::bytes_reply(std::move(bytes), binary_media_type(kDocxBody),
                           file_name(l.doc, "docx"));
}

Result<Reply> register_xlsx(Ctx& c, const std::string& kind) {
  ATGT_ASSIGN_OR_RETURN(auto db, c.db());
  ATGT_ASSIGN_OR_RETURN(auto t, register_table(c, *db, kind));
  render::Sheet sheet;
  sheet.name = kind == "outgoing"   ? "So van ban di"
               : kind == "incoming" ? "So van ban den"
                                    : "So theo doi";
  sheet.title_rows = {t.unit_name, t.title};
  sheet.header = t.columns;
  for (const auto& r : t.rows) {
    std::vector<render::Cell> cells;
    for (const auto& v : r.cells) cells.emplace_back(v);
    sheet.rows.push_back(std::move(cells));
  }
  ATGT_ASSIGN_OR_RETURN(auto bytes, render::render_xlsx(sheet));
  ATGT_TRY(
      audit(c, *db, "export", "document_register", std::nullopt,
            json::object{
                {"kind", kind}, {"year", t.year}, {"rows", static_cast<int64_t>(t.rows.size())}}));
  Reply r = docs::bytes_reply(std::move(bytes), binary_media_type(kXlsxBody),
                              std::string(kind == "outgoing"   ? "so-van-ban-di-"
                                          : kind == "incoming" ? "so-van-ban-den-"
                                                               : "so-theo-doi-") +
                                  std::to_string(t.year) + ".xlsx");
  r.headers[0].second = "attachment; filename=\"" +
                        std::string(kind == "outgoing"   ? "so-van-ban-di-"
                                    : kind == "incoming" ? "so-van-ban-den-"
                                                         : "so-theo-doi-") +
                        std::to_string(t.year) + ".xlsx\"";
  return r;
}

}  // namespace

Result<Reply> get_document_pdf(Ctx& c) {
  return render_document(c, true);
}
Result<Reply> get_document_docx(Ctx& c) {
  return render_document(c, false);
}
Result<Reply> export_outgoing_register(Ctx& c) {
  return register_xlsx(c, "outgoing");
}
Result<Reply> export_incoming_register(Ctx& c) {
  return register_xlsx(c, "incoming");
}
Result<Reply> export_tracking_register(Ctx& c) {
  return register_xlsx(c, "tracking");
}

}  // namespace atgt::api
