// SQL for official documents.
#include "store/documents_store.h"

#include "base/text.h"
#include "store/search_store.h"

namespace atgt::store {
namespace {

constexpr const char* kDocColumns =
    "d.id, d.direction, d.unit_id, d.partner_unit_id, d.type_code, d.status, d.section_id, "
    "d.subject, d.urgency, d.place, d.body, d.addressees, d.distribution, d.recipient_rules, "
    "d.signer_id, d.signer_authority, d.signer_title, d.signer_name, d.partner_signer, "
    "d.register_id, d.number, d.number_text, d.issued_date, d.eoffice_ref, d.sender_name, "
    "d.received_date, d.illustrative, d.checked_by, d.checked_at, d.signed_by, d.signed_at, "
    "d.signed_file_id, d.signatures, d.issued_by, d.issued_at, d.created_by, d.created_at, "
    "d.updated_at";

Document read_doc(Cursor& c) {
  Document d;
  d.id = c.i64();
  d.direction = c.str();
  d.unit_id = c.i64();
  d.partner_unit_id = c.opt_i64();
  d.type_code = c.str();
  d.status = c.str();
  d.section_id = c.opt_i64();
  d.subject = c.str();
  d.urgency = c.str();
  d.place = c.str();
  d.body = c.str();
  d.addressees = c.str();
  d.distribution = c.str();
  d.recipient_rules = c.str();
  d.signer_id = c.opt_i64();
  d.signer_authority = c.str();
  d.signer_title = c.str();
  d.signer_name = c.str();
  d.partner_signer = c.str();
  d.register_id = c.opt_i64();
  d.number = c.opt_i64();
  d.number_text = c.opt_str();
  d.issued_date = c.opt_str();
  d.eoffice_ref = c.opt_str();
  d.sender_name = c.opt_str();
  d.received_date = c.opt_str();
  d.illustrative = c.flag();
  d.checked_by = c.opt_i64();
  d.checked_at = c.opt_i64();
  d.signed_by = c.opt_i64();
  d.signed_at = c.opt_i64();
  d.signed_file_id = c.opt_i64();
  d.signatures = c.opt_str();
  d.issued_by = c.opt_i64();
  d.issued_at = c.opt_i64();
  d.created_by = c.opt_i64();
  d.created_at = c.i64();
  d.updated_at = c.i64();
  return d;
}

std::vector<std::string> search_texts(const Document& d) {
  std::vector<std::string> t{d.subject};
  if (d.number_text) t.push_back(*d.number_text);
  if (d.sender_name) t.push_back(*d.sender_name);
  return t;
}

Status write_links(Db& db, const Document& d, int64_t id) {
  ATGT_TRY(db.run("DELETE FROM document_links WHERE document_id = ?", {id}));
  for (const auto& l : d.links)
    ATGT_TRY(
        db.run("INSERT INTO document_links (document_id, relation, target_id, target_text) "
               "VALUES (?, ?, ?, ?)",
               {id, l.relation, opt(l.target_id), l.target_text}));
  return Status::Ok();
}

Status expect_one(Result<int64_t> changed, const char* what) {
  if (!changed.ok()) return changed.status();
  if (*changed != 1)
    return Status(Kind::kConflict, "document_state",
                  std::string("Văn bản vừa được người khác thay đổi; hãy tải lại (") + what + ").");
  return Status::Ok();
}

}  // namespace

Result<std::vector<DocumentType>> document_types(Db& db) {
  ATGT_ASSIGN_OR_RETURN(auto rows,
                        db.query("SELECT code, name, abbrev, is_plan, sort_order, source "
                                 "FROM document_types ORDER BY sort_order, code"));
  return map_rows(rows, [](Row r) {
    Cursor c(r);
    DocumentType t;
    t.code = c.str();
    t.name = c.str();
    t.abbrev = c.str();
    t.is_plan = c.flag();
    t.sort_order = c.i64();
    t.source = c.opt_str();
    return t;
  });
}

namespace {
UnitDocumentSettings read_settings(Row r) {
  Cursor c(r);
  UnitDocumentSettings s;
  s.unit_id = c.i64();
  s.abbrev = c.str();
  s.agency_name = c.str();
  s.parent_agency = c.str();
  s.place = c.str();
  s.updated_at = c.i64();
  s.updated_by = c.opt_i64();
  return s;
}
constexpr const char* kSettingsSelect =
    "SELECT unit_id, abbrev, agency_name, parent_agency, place, updated_at, updated_by FROM "
    "unit_document_settings ";
}  // namespace

Result<UnitDocumentSettings> unit_document_settings(Db& db, int64_t unit_id) {
  ATGT_ASSIGN_OR_RETURN(auto rows,
                        db.query(std::string(kSettingsSelect) + "WHERE unit_id = ?", {unit_id}));
  if (rows.empty())
    return NotFound(
        "Đơn vị chưa khai báo thông tin văn bản (chữ viết tắt, tên cơ quan, địa danh).");
  return read_settings(rows[0]);
}

Result<std::vector<UnitDocumentSettings>> unit_document_settings_of(
    Db& db, const std::vector<int64_t>& units) {
  Params p;
  std::string sql = std::string(kSettingsSelect) + "WHERE unit_id IN (" + in_list(units, p) + ")";
  ATGT_ASSIGN_OR_RETURN(auto rows, db.query(sql, p));
  return map_rows(rows, read_settings);
}

Status put_unit_document_settings(Db& db, const UnitDocumentSettings& s) {
  return db.run(
      "INSERT INTO unit_document_settings (unit_id, abbrev, agency_name, parent_agency, place, "
      "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (unit_id) DO UPDATE SET "
      "abbrev = excluded.abbrev, agency_name = excluded.agency_name, parent_agency = "
      "excluded.parent_agency, place = excluded.place, updated_at = excluded.updated_at, "
      "updated_by = excluded.updated_by",
      {s.unit_id, s.abbrev, s.agency_name, s.parent_agency, s.place, s.updated_at,
       opt(s.updated_by)});
}

Result<std::vector<DocumentSection>> document_sections(Db& db, int64_t unit_id) {
  ATGT_ASSIGN_OR_RETURN(auto rows,
                        db.query("SELECT id, unit_id, abbrev, name FROM document_sections "
                                 "WHERE unit_id = ? ORDER BY abbrev",
                                 {unit_id}));
  return map_rows(rows, [](Row r) {
    Cursor c(r);
    DocumentSection s;
    s.id = c.i64();
    s.unit_id = c.i64();
    s.abbrev = c.str();
    s.name = c.str();
    return s;
  });
}

Result<int64_t> upsert_document_section(Db& db, const DocumentSection& s) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows, db.query("INSERT INTO document_sections (unit_id, abbrev, name) VALUES (?, ?, ?) "
                          "ON CONFLICT (unit_id, abbrev) DO UPDATE SET name = excluded.name "
                          "RETURNING id",
                          {s.unit_id, s.abbrev, s.name}));
  return rows[0].i64(0);
}

Status delete_document_section(Db& db, int64_t unit_id, int64_t section_id) {
  ATGT_ASSIGN_OR_RETURN(
      int64_t used, db.scalar_i64("SELECT (SELECT COUNT(*) FROM documents WHERE section_id = ?) + "
                                  "(SELECT COUNT(*) FROM document_officers WHERE section_id = ?)",
                                  {section_id, section_id}));
  if (used > 0) return Conflict("Phòng/bộ phận đã có văn bản hoặc người kiểm tra: không xóa được.");
  return db.run("DELETE FROM document_sections WHERE id = ? AND unit_id = ?",
                {section_id, unit_id});
}

Result<std::vector<DocumentOfficer>> document_officers(Db& db, int64_t unit_id) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query("SELECT o.id, o.unit_id, o.user_id, o.duty, o.section_id, o.authority, "
               "o.authority_title, o.title, u.full_name FROM document_officers o JOIN users u ON "
               "u.id = o.user_id WHERE o.unit_id = ? ORDER BY o.duty, u.full_name, o.id",
               {unit_id}));
  return map_rows(rows, [](Row r) {
    Cursor c(r);
    DocumentOfficer o;
    o.id = c.i64();
    o.unit_id = c.i64();
    o.user_id = c.i64();
    o.duty = c.str();
    o.section_id = c.opt_i64();
    o.authority = c.str();
    o.authority_title = c.str();
    o.title = c.str();
    o.user_name = c.str();
    return o;
  });
}

Status replace_document_officers(Db& db, int64_t unit_id,
                                 const std::vector<DocumentOfficer>& list) {
  ATGT_TRY(db.run("DELETE FROM document_officers WHERE unit_id = ?", {unit_id}));
  for (const auto& o : list)
    ATGT_TRY(db.run(
        "INSERT INTO document_officers (unit_id, user_id, duty, section_id, authority, "
        "authority_title, title) VALUES (?, ?, ?, ?, ?, ?, ?)",
        {unit_id, o.user_id, o.duty, opt(o.section_id), o.authority, o.authority_title, o.title}));
  return Status::Ok();
}

Result<int64_t> insert_document(Db& db, const Document& d) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query(
          "INSERT INTO documents (direction, unit_id, partner_unit_id, type_code, status, "
          "section_id, subject, urgency, place, body, addressees, distribution, recipient_rules, "
          "signer_id, signer_authority, signer_title, signer_name, partner_signer, register_id, "
          "number, number_text, issued_date, eoffice_ref, sender_name, received_date, "
          "illustrative, "
          "created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
          "?, "
          "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
          {d.direction,
           d.unit_id,
           opt(d.partner_unit_id),
           d.type_code,
           d.status,
           opt(d.section_id),
           d.subject,
           d.urgency,
           d.place,
           d.body,
           d.addressees,
           d.distribution,
           d.recipient_rules,
           opt(d.signer_id),
           d.signer_authority,
           d.signer_title,
           d.signer_name,
           d.partner_signer,
           opt(d.register_id),
           opt(d.number),
           opt(d.number_text),
           opt(d.issued_date),
           opt(d.eoffice_ref),
           opt(d.sender_name),
           opt(d.received_date),
           int64_t{d.illustrative ? 1 : 0},
           opt(d.created_by),
           d.created_at,
           d.updated_at}));
  int64_t id = rows[0].i64(0);
  ATGT_TRY(write_links(db, d, id));
  ATGT_TRY(replace_terms(db, kSearchDocument, id, search_texts(d)));
  return id;
}

Status update_document_draft(Db& db, const Document& d) {
  ATGT_TRY(expect_one(
      db.execute("UPDATE documents SET type_code = ?, partner_unit_id = ?, section_id = ?, "
                 "subject = ?, urgency = ?, place = ?, body = ?, addressees = ?, distribution = ?, "
                 "recipient_rules = ?, signer_id = ?, signer_authority = ?, signer_title = ?, "
                 "signer_name = ?, partner_signer = ?, updated_at = ? WHERE id = ? AND status = "
                 "'draft'",
                 {d.type_code, opt(d.partner_unit_id), opt(d.section_id), d.subject, d.urgency,
                  d.place, d.body, d.addressees, d.distribution, d.recipient_rules,
                  opt(d.signer_id), d.signer_authority, d.signer_title, d.signer_name,
                  d.partner_signer, d.updated_at, d.id}),
      "sửa dự thảo"));
  ATGT_TRY(write_links(db, d, d.id));
  return replace_terms(db, kSearchDocument, d.id, search_texts(d));
}

Result<Document> find_document(Db& db, int64_t id) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query(std::string("SELECT ") + kDocColumns + " FROM documents d WHERE d.id = ?", {id}));
  if (rows.empty()) return NotFound("Không tìm thấy văn bản.");
  Cursor c(rows[0]);
  Document d = read_doc(c);
  ATGT_ASSIGN_OR_RETURN(
      auto links,
      db.query("SELECT l.document_id, l.relation, l.target_id, l.target_text, "
               "COALESCE(t.number_text, ''), COALESCE(t.subject, '') FROM document_links l LEFT "
               "JOIN documents t ON t.id = l.target_id WHERE l.document_id = ? ORDER BY l.id",
               {id}));
  for (size_t i = 0; i < links.size(); ++i) {
    Cursor lc(links[i]);
    DocumentLink l;
    l.document_id = lc.i64();
    l.relation = lc.str();
    l.target_id = lc.opt_i64();
    l.target_text = lc.str();
    l.other_number = lc.str();
    l.other_subject = lc.str();
    d.links.push_back(std::move(l));
  }
  // Links into this document from issued documents ("amended by", "implemented by").
  ATGT_ASSIGN_OR_RETURN(
      auto back,
      db.query("SELECT l.document_id, l.relation, COALESCE(s.number_text, ''), s.subject FROM "
               "document_links l JOIN documents s ON s.id = l.document_id WHERE l.target_id = ? "
               "AND s.status IN ('issued', 'registered') ORDER BY l.id",
               {id}));
  for (size_t i = 0; i < back.size(); ++i) {
    Cursor bc(back[i]);
    DocumentLink l;
    l.document_id = bc.i64();
    l.relation = "by_" + bc.str();
    l.target_id = id;
    l.other_number = bc.str();
    l.other_subject = bc.str();
    d.links.push_back(std::move(l));
  }
  return d;
}

Status set_document_checked(Db& db, int64_t id, int64_t by, int64_t at) {
  return expect_one(
      db.execute("UPDATE documents SET status = 'checked', checked_by = ?, checked_at = "
                 "?, updated_at = ? WHERE id = ? AND status = 'draft'",
                 {by, at, at, id}),
      "kiểm tra");
}

Status set_document_returned(Db& db, int64_t id, const std::string& expect) {
  return expect_one(
      db.execute("UPDATE documents SET status = 'draft', checked_by = NULL, checked_at = NULL, "
                 "signed_by = NULL, signed_at = NULL WHERE id = ? AND status = ?",
                 {id, expect}),
      "trả lại");
}

Status set_document_signed(Db& db, int64_t id, int64_t by, int64_t at,
                           const std::optional<int64_t>& signed_file_id,
                           const std::optional<std::string>& signatures) {
  return expect_one(
      db.execute("UPDATE documents SET status = 'signed', signed_by = ?, signed_at = ?, "
                 "signed_file_id = COALESCE(?, signed_file_id), signatures = COALESCE(?, "
                 "signatures), updated_at = ? WHERE id = ? AND status = 'checked'",
                 {by, at, opt(signed_file_id), opt(signatures), at, id}),
      "ký");
}

Status set_document_signer(Db& db, int64_t id, int64_t signer_id, const std::string& authority,
                           const std::string& title, const std::string& name) {
  return db.run(
      "UPDATE documents SET signer_id = ?, signer_authority = ?, signer_title = ?, signer_name = ? "
      "WHERE id = ?",
      {signer_id, authority, title, name, id});
}

Status set_signed_copy(Db& db, int64_t id, int64_t file_id,
                       const std::optional<std::string>& signatures) {
  return db.run("UPDATE documents SET signed_file_id = ?, signatures = ? WHERE id = ?",
                {file_id, opt(signatures), id});
}

Status set_document_issued(Db& db, int64_t id, int64_t register_id, int64_t number,
                           const std::string& number_text, const std::string& date, int64_t by,
                           int64_t at) {
  ATGT_TRY(expect_one(
      db.execute("UPDATE documents SET status = 'issued', register_id = ?, number = ?, "
                 "number_text = ?, issued_date = ?, issued_by = ?, issued_at = ?, updated_at = ? "
                 "WHERE id = ? AND status = 'signed'",
                 {register_id, number, number_text, date, by, at, at, id}),
      "ban hành"));
  return add_terms(db, kSearchDocument, id, {number_text});
}

Status set_document_eoffice_ref(Db& db, int64_t id, const std::optional<std::string>& ref) {
  return db.run("UPDATE documents SET eoffice_ref = ? WHERE id = ?", {opt(ref), id});
}

Result<std::pair<int64_t, int64_t>> take_numbers(Db& db, int64_t unit_id,
                                                 const std::string& direction, int year,
                                                 const std::string& name, int64_t count) {
  ATGT_TRY(
      db.run("INSERT INTO number_registers (unit_id, direction, year, name, next_number) "
             "VALUES (?, ?, ?, ?, 1) ON CONFLICT (unit_id, direction, year, name) DO NOTHING",
             {unit_id, direction, int64_t{year}, name}));
  ATGT_ASSIGN_OR_RETURN(
      auto rows, db.query("UPDATE number_registers SET next_number = next_number + ? WHERE unit_id "
                          "= ? AND direction = ? AND year = ? AND name = ? RETURNING id, "
                          "next_number",
                          {count, unit_id, direction, int64_t{year}, name}));
  if (rows.empty()) return Internal("number register missing after insert");
  return std::make_pair(rows[0].i64(0), rows[0].i64(1) - count);
}

Result<std::pair<int64_t, int64_t>> take_number(Db& db, int64_t unit_id,
                                                const std::string& direction, int year,
                                                const std::string& name) {
  return take_numbers(db, unit_id, direction, year, name, 1);
}

Result<std::vector<Document>> list_documents(Db& db, const DocumentFilter& f) {
  Params p;
  std::string sql = std::string("SELECT ") + kDocColumns +
                    " FROM documents d WHERE (d.unit_id IN (" + in_list(f.units, p) +
                    ") OR d.partner_unit_id IN (" + in_list(f.units, p) + ")) ";
  if (f.query)
    sql += "AND " + search_filter(db.dialect(), kSearchDocument, "d.id", *f.query, p) + " ";
  if (f.status) {
    sql += "AND d.status = ? ";
    p.push_back(*f.status);
  }
  if (f.type_code) {
    sql += "AND d.type_code = ? ";
    p.push_back(*f.type_code);
  }
  if (f.direction) {
    sql += "AND d.direction = ? ";
    p.push_back(*f.direction);
  }
  if (f.year) {
    sql += "AND COALESCE(d.issued_date, d.received_date, '') LIKE ? ";
    p.push_back(std::to_string(*f.year) + "-%");
  }
  sql += "ORDER BY d.updated_at DESC, d.id DESC LIMIT ?";
  p.push_back(int64_t{f.limit});
  ATGT_ASSIGN_OR_RETURN(auto rows, db.query(sql, p));
  return map_rows(rows, [](Row r) {
    Cursor c(r);
    return read_doc(c);
  });
}

namespace {
constexpr const char* kRcptColumns =
    "r.document_id, r.unit_id, r.register_id, r.incoming_number, r.delivered_at, r.opened_at, "
    "r.opened_by, r.acknowledged_at, r.acknowledged_by, r.reminded_at, COALESCE(uo.full_name, ''), "
    "COALESCE(ua.full_name, '')";
constexpr const char* kRcptJoins =
    " LEFT JOIN users uo ON uo.id = r.opened_by LEFT JOIN users ua ON ua.id = r.acknowledged_by ";
DocumentRecipient read_rcpt(Cursor& c) {
  DocumentRecipient r;
  r.document_id = c.i64();
  r.unit_id = c.i64();
  r.register_id = c.i64();
  r.incoming_number = c.i64();
  r.delivered_at = c.i64();
  r.opened_at = c.opt_i64();
  r.opened_by = c.opt_i64();
  r.acknowledged_at = c.opt_i64();
  r.acknowledged_by = c.opt_i64();
  r.reminded_at = c.opt_i64();
  r.opened_by_name = c.str();
  r.acknowledged_by_name = c.str();
  return r;
}
}  // namespace

Result<std::vector<InboxRow>> inbox(Db& db, int64_t unit_id,
                                    const std::optional<std::string>& query,
                                    const std::optional<int>& year, bool pending_only, int limit) {
  Params p{unit_id};
  std::string sql = std::string("SELECT ") + kDocColumns + ", " + kRcptColumns +
                    " FROM document_recipients r JOIN documents d ON d.id = r.document_id" +
                    kRcptJoins + "WHERE r.unit_id = ? ";
  if (query) sql += "AND " + search_filter(db.dialect(), kSearchDocument, "d.id", *query, p) + " ";
  if (year) {
    sql += "AND COALESCE(d.issued_date, d.received_date, '') LIKE ? ";
    p.push_back(std::to_string(*year) + "-%");
  }
  if (pending_only) sql += "AND r.acknowledged_at IS NULL ";
  sql += "ORDER BY r.delivered_at DESC, r.incoming_number DESC LIMIT ?";
  p.push_back(int64_t{limit});
  ATGT_ASSIGN_OR_RETURN(auto rows, db.query(sql, p));
  return map_rows(rows, [](Row r) {
    Cursor c(r);
    InboxRow row;
    row.doc = read_doc(c);
    row.rcpt = read_rcpt(c);
    return row;
  });
}

Status insert_recipients(Db& db, const std::vector<DocumentRecipient>& rows) {
  // Multi-row inserts of 100 keep both databases fast for a city-wide distribution.
  constexpr size_t kChunk = 100;
  for (size_t i = 0; i < rows.size(); i += kChunk) {
    size_t n = std::min(kChunk, rows.size() - i);
    std::string sql =
        "INSERT INTO document_recipients (document_id, unit_id, register_id, incoming_number, "
        "delivered_at) VALUES ";
    Params p;
    for (size_t k = 0; k < n; ++k) {
      const auto& r = rows[i + k];
      sql += k == 0 ? "(?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?)";
      p.insert(p.end(),
               {r.document_id, r.unit_id, r.register_id, r.incoming_number, r.delivered_at});
    }
    ATGT_TRY(db.run(sql, p));
  }
  return Status::Ok();
}

Result<std::vector<DocumentRecipient>> document_recipients(Db& db, int64_t document_id) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows, db.query(std::string("SELECT ") + kRcptColumns + " FROM document_recipients r" +
                              kRcptJoins + "WHERE r.document_id = ? ORDER BY r.unit_id",
                          {document_id}));
  return map_rows(rows, [](Row r) {
    Cursor c(r);
    return read_rcpt(c);
  });
}

Result<std::vector<int64_t>> recipient_units(Db& db, int64_t document_id) {
  ATGT_ASSIGN_OR_RETURN(auto rows, db.query("SELECT unit_id FROM document_recipients WHERE "
                                            "document_id = ? ORDER BY unit_id",
                                            {document_id}));
  return map_rows(rows, [](Row r) { return r.i64(0); });
}

Result<bool> mark_opened(Db& db, int64_t document_id, int64_t unit_id, int64_t user, int64_t at) {
  ATGT_ASSIGN_OR_RETURN(int64_t n,
                        db.execute("UPDATE document_recipients SET opened_at = ?, opened_by "
                                   "= ? WHERE document_id = ? AND unit_id = ? AND "
                                   "opened_at IS NULL",
                                   {at, user, document_id, unit_id}));
  return n == 1;
}

Result<bool> mark_acknowledged(Db& db, int64_t document_id, int64_t unit_id, int64_t user,
                               int64_t at) {
  auto opened = mark_opened(db, document_id, unit_id, user, at);
  if (!opened.ok()) return opened.status();
  ATGT_ASSIGN_OR_RETURN(int64_t n, db.execute("UPDATE document_recipients SET acknowledged_at = ?, "
                                              "acknowledged_by = ? WHERE document_id = ? AND "
                                              "unit_id = ? AND acknowledged_at IS NULL",
                                              {at, user, document_id, unit_id}));
  return n == 1;
}

Status mark_reminded(Db& db, int64_t document_id, const std::vector<int64_t>& units, int64_t at) {
  Params p{at, document_id};
  std::string sql =
      "UPDATE document_recipients SET reminded_at = ? WHERE document_id = ? AND unit_id IN (" +
      in_list(units, p) + ")";
  return db.run(sql, p);
}

Result<std::vector<std::pair<std::string, std::string>>> register_rules(Db& db, int64_t unit_id) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows, db.query("SELECT type_code, register_name FROM document_register_rules WHERE "
                          "unit_id = ? ORDER BY type_code",
                          {unit_id}));
  return map_rows(rows, [](Row r) { return std::make_pair(r.str(0), r.str(1)); });
}

Status replace_register_rules(Db& db, int64_t unit_id,
                              const std::vector<std::pair<std::string, std::string>>& rules) {
  ATGT_TRY(db.run("DELETE FROM document_register_rules WHERE unit_id = ?", {unit_id}));
  for (const auto& [type, name] : rules)
    ATGT_TRY(db.run(
        "INSERT INTO document_register_rules (unit_id, type_code, register_name) VALUES (?, ?, ?)",
        {unit_id, type, name}));
  return Status::Ok();
}

Result<std::vector<std::tuple<std::string, std::string, int64_t>>> registers_of(Db& db,
                                                                                int64_t unit_id,
                                                                                int year) {
  ATGT_ASSIGN_OR_RETURN(auto rows,
                        db.query("SELECT direction, name, next_number FROM number_registers WHERE "
                                 "unit_id = ? AND year = ? ORDER BY direction DESC, name",
                                 {unit_id, int64_t{year}}));
  return map_rows(rows, [](Row r) { return std::make_tuple(r.str(0), r.str(1), r.i64(2)); });
}

Result<std::vector<std::string>> replies_from(Db& db, int64_t target, int64_t unit) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows, db.query("SELECT DISTINCT d.number_text FROM document_links l JOIN documents d ON "
                          "d.id = l.document_id WHERE l.target_id = ? AND d.unit_id = ? AND "
                          "d.status = 'issued' ORDER BY d.number_text",
                          {target, unit}));
  return map_rows(rows, [](Row r) { return r.str(0); });
}

Result<std::vector<std::pair<int64_t, int64_t>>> active_users_of(
    Db& db, const std::vector<int64_t>& units) {
  std::vector<std::pair<int64_t, int64_t>> out;
  constexpr size_t kChunk = 500;
  for (size_t i = 0; i < units.size(); i += kChunk) {
    std::vector<int64_t> part(units.begin() + i,
                              units.begin() + std::min(units.size(), i + kChunk));
    Params p;
    std::string sql =
        "SELECT unit_id, id FROM users WHERE disabled = 0 AND kind = 'person' AND unit_id IN (" +
        in_list(part, p) + ") ORDER BY unit_id, id";
    ATGT_ASSIGN_OR_RETURN(auto rows, db.query(sql, p));
    for (size_t k = 0; k < rows.size(); ++k) out.emplace_back(rows[k].i64(0), rows[k].i64(1));
  }
  return out;
}

Result<int64_t> count_unacknowledged(Db& db, int64_t unit_id) {
  return db.scalar_i64(
      "SELECT COUNT(*) FROM document_recipients WHERE unit_id = ? AND acknowledged_at IS NULL",
      {unit_id});
}

Result<int64_t> count_awaiting_user(Db& db, int64_t unit_id, int64_t user_id) {
  return db.scalar_i64(
      "SELECT COUNT(*) FROM documents d WHERE d.unit_id = ? AND d.direction = 'out' AND ("
      "(d.status = 'draft' AND d.checked_by IS NULL AND EXISTS (SELECT 1 FROM document_officers o "
      "WHERE "
      "o.unit_id = d.unit_id AND o.user_id = ? AND o.duty = 'check' AND (o.section_id IS NULL OR "
      "d.section_id IS NULL OR o.section_id = d.section_id))) OR "
      "(d.status = 'checked' AND (d.signer_id = ? OR (d.signer_id IS NULL AND EXISTS (SELECT 1 "
      "FROM "
      "document_officers o WHERE o.unit_id = d.unit_id AND o.user_id = ? AND o.duty = 'sign')))) "
      "OR "
      "(d.status = 'signed' AND EXISTS (SELECT 1 FROM document_officers o WHERE o.unit_id = "
      "d.unit_id "
      "AND o.user_id = ? AND o.duty = 'clerk')))",
      {unit_id, user_id, user_id, user_id, user_id});
}

Result<std::optional<int64_t>> unit_by_document_abbrev(Db& db, const std::string& abbrev) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows, db.query("SELECT unit_id FROM unit_document_settings WHERE abbrev = ?", {abbrev}));
  if (rows.empty()) return std::optional<int64_t>{};
  return std::optional<int64_t>{rows[0].i64(0)};
}

}  // namespace atgt::store
