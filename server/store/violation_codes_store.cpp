// SQL for decrees, behaviour categories and violation codes.
#include "store/violation_codes_store.h"

namespace atgt::store {
namespace {

constexpr const char* kDecreeSelect =
    "SELECT code, number, title, signed_on, effective_from, effective_to, source, updated_at "
    "FROM decrees ";
constexpr const char* kCategorySelect =
    "SELECT code, label_vi, label_en, position, updated_at FROM behaviour_categories ";
constexpr const char* kCodeSelect =
    "SELECT c.id, c.decree, c.code, c.article, c.clause, c.point, c.vehicle_kind, c.description, "
    "c.fine_min, c.fine_max, c.licence_points, c.additional_sanctions, c.impoundable, "
    "c.effective_from, c.effective_to, c.category, c.source, c.notes, c.review_note, "
    "c.updated_at, c.updated_by FROM violation_codes c JOIN decrees d ON d.code = c.decree ";
// Codes in the decrees' order, then as the decree numbers them (article, clause, point).
constexpr const char* kCodeOrder =
    "ORDER BY d.effective_from, c.decree, c.article, LENGTH(c.clause), c.clause, c.point, "
    "c.effective_from";

model::Decree decree_from(const Row& r) {
  Cursor c(r);
  model::Decree d;
  d.code = c.str();
  d.number = c.str();
  d.title = c.str();
  d.signed_on = c.opt_str();
  d.effective_from = c.str();
  d.effective_to = c.opt_str();
  d.source = c.opt_str();
  d.updated_at = c.i64();
  return d;
}

model::BehaviourCategory category_from(const Row& r) {
  Cursor c(r);
  model::BehaviourCategory b;
  b.code = c.str();
  b.label_vi = c.str();
  b.label_en = c.str();
  b.position = static_cast<int>(c.i64());
  b.updated_at = c.i64();
  return b;
}

model::ViolationCode code_from(const Row& r) {
  Cursor c(r);
  model::ViolationCode v;
  v.id = c.i64();
  v.decree = c.str();
  v.code = c.str();
  v.article = static_cast<int>(c.i64());
  v.clause = c.str();
  v.point = c.str();
  v.vehicle_kind = c.str();
  v.description = c.str();
  v.fine_min = c.opt_i64();
  v.fine_max = c.opt_i64();
  if (auto p = c.opt_i64()) v.licence_points = static_cast<int>(*p);
  v.additional_sanctions = c.opt_str();
  v.impoundable = c.flag();
  v.effective_from = c.str();
  v.effective_to = c.opt_str();
  v.category = c.str();
  v.source = c.opt_str();
  v.notes = c.opt_str();
  v.review_note = c.opt_str();
  v.updated_at = c.i64();
  v.updated_by = c.opt_i64();
  return v;
}

Params code_params(const model::ViolationCode& c) {
  std::optional<int64_t> points;
  if (c.licence_points) points = *c.licence_points;
  return {c.decree,
          c.code,
          static_cast<int64_t>(c.article),
          c.clause,
          c.point,
          c.vehicle_kind,
          c.description,
          opt(c.fine_min),
          opt(c.fine_max),
          opt(points),
          opt(c.additional_sanctions),
          static_cast<int64_t>(c.impoundable ? 1 : 0),
          c.effective_from,
          opt(c.effective_to),
          c.category,
          opt(c.source),
          opt(c.notes),
          opt(c.review_note),
          c.updated_at,
          opt(c.updated_by)};
}

Result<std::vector<model::ViolationCode>> codes(Db& db, const std::string& where, const Params& p) {
  auto rows = db.query(std::string(kCodeSelect) + where + kCodeOrder, p);
  if (!rows.ok()) return rows.status();
  std::vector<model::ViolationCode> out;
  out.reserve(rows->size());
  for (size_t i = 0; i < rows->size(); ++i) out.push_back(code_from((*rows)[i]));
  return out;
}

}  // namespace

Result<int64_t> count_decrees(Db& db) {
  return db.scalar_i64("SELECT COUNT(*) FROM decrees");
}

Result<std::vector<model::Decree>> list_decrees(Db& db) {
  auto rows = db.query(std::string(kDecreeSelect) + "ORDER BY effective_from, code");
  if (!rows.ok()) return rows.status();
  std::vector<model::Decree> out;
  for (size_t i = 0; i < rows->size(); ++i) out.push_back(decree_from((*rows)[i]));
  return out;
}

Result<model::Decree> get_decree(Db& db, const std::string& code) {
  auto rows = db.query(std::string(kDecreeSelect) + "WHERE code = ?", {code});
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return NotFound("Không có nghị định này trong danh mục.");
  return decree_from((*rows)[0]);
}

Status upsert_decree(Db& db, const model::Decree& d) {
  return db.run(
      "INSERT INTO decrees (code, number, title, signed_on, effective_from, effective_to, source, "
      "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET "
      "number = excluded.number, title = excluded.title, signed_on = excluded.signed_on, "
      "effective_from = excluded.effective_from, effective_to = excluded.effective_to, "
      "source = excluded.source, updated_at = excluded.updated_at",
      {d.code, d.number, d.title, opt(d.signed_on), d.effective_from, opt(d.effective_to),
       opt(d.source), d.updated_at});
}

Result<std::vector<model::BehaviourCategory>> list_categories(Db& db) {
  auto rows = db.query(std::string(kCategorySelect) + "ORDER BY position, code");
  if (!rows.ok()) return rows.status();
  std::vector<model::BehaviourCategory> out;
  for (size_t i = 0; i < rows->size(); ++i) out.push_back(category_from((*rows)[i]));
  return out;
}

Result<model::BehaviourCategory> get_category(Db& db, const std::string& code) {
  auto rows = db.query(std::string(kCategorySelect) + "WHERE code = ?", {code});
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return NotFound("Không có nhóm hành vi này trong danh mục.");
  return category_from((*rows)[0]);
}

Status upsert_category(Db& db, const model::BehaviourCategory& c) {
  return db.run(
      "INSERT INTO behaviour_categories (code, label_vi, label_en, position, updated_at) "
      "VALUES (?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET label_vi = excluded.label_vi, "
      "label_en = excluded.label_en, position = excluded.position, "
      "updated_at = excluded.updated_at",
      {c.code, c.label_vi, c.label_en, static_cast<int64_t>(c.position), c.updated_at});
}

Result<std::vector<model::ViolationCode>> list_codes(Db& db, const CodeFilter& f) {
  std::string where = "WHERE 1 = 1 ";
  Params p;
  auto eq = [&](const char* col, const std::optional<std::string>& v) {
    if (!v) return;
    where += std::string("AND ") + col + " = ? ";
    p.push_back(*v);
  };
  eq("c.decree", f.decree);
  eq("c.category", f.category);
  eq("c.vehicle_kind", f.vehicle_kind);
  if (f.on_day) {
    where += "AND c.effective_from <= ? AND (c.effective_to IS NULL OR c.effective_to >= ?) ";
    p.push_back(*f.on_day);
    p.push_back(*f.on_day);
  }
  if (f.review_only) where += "AND c.review_note IS NOT NULL ";
  return codes(db, where, p);
}

Result<model::ViolationCode> get_code(Db& db, int64_t id) {
  ATGT_ASSIGN_OR_RETURN(auto rows, codes(db, "WHERE c.id = ? ", {id}));
  if (rows.empty()) return NotFound("Không tìm thấy mã vi phạm.");
  return rows[0];
}

Result<model::ViolationCode> find_code_in_force(Db& db, const std::string& decree,
                                                const std::string& code, const std::string& day) {
  ATGT_ASSIGN_OR_RETURN(auto rows,
                        codes(db,
                              "WHERE c.decree = ? AND c.code = ? AND c.effective_from <= ? AND "
                              "(c.effective_to IS NULL OR c.effective_to >= ?) ",
                              {decree, code, day, day}));
  if (rows.empty()) return NotFound("Mã vi phạm không có hiệu lực vào ngày này.");
  return rows.back();
}

Result<int64_t> insert_code(Db& db, const model::ViolationCode& c) {
  auto rows = db.query(
      "INSERT INTO violation_codes (decree, code, article, clause, point, vehicle_kind, "
      "description, fine_min, fine_max, licence_points, additional_sanctions, impoundable, "
      "effective_from, effective_to, category, source, notes, review_note, updated_at, "
      "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "RETURNING id",
      code_params(c));
  if (!rows.ok()) return rows.status();
  return (*rows)[0].i64(0);
}

Status update_code(Db& db, const model::ViolationCode& c) {
  Params p = code_params(c);
  p.push_back(c.id);
  auto n = db.execute(
      "UPDATE violation_codes SET decree = ?, code = ?, article = ?, clause = ?, point = ?, "
      "vehicle_kind = ?, description = ?, fine_min = ?, fine_max = ?, licence_points = ?, "
      "additional_sanctions = ?, impoundable = ?, effective_from = ?, effective_to = ?, "
      "category = ?, source = ?, notes = ?, review_note = ?, updated_at = ?, updated_by = ? "
      "WHERE id = ?",
      p);
  if (!n.ok()) return n.status();
  if (*n == 0) return NotFound("Không tìm thấy mã vi phạm.");
  return Status::Ok();
}

Result<std::vector<std::pair<std::string, int64_t>>> count_codes_by_category(Db& db) {
  auto rows = db.query("SELECT category, COUNT(*) FROM violation_codes GROUP BY category");
  if (!rows.ok()) return rows.status();
  std::vector<std::pair<std::string, int64_t>> out;
  for (size_t i = 0; i < rows->size(); ++i) out.emplace_back((*rows)[i].str(0), (*rows)[i].i64(1));
  return out;
}

}  // namespace atgt::store
