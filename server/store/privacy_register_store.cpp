#include "store/privacy_register_store.h"

namespace atgt::store {
namespace {

constexpr const char* kPurposeSelect =
    "SELECT code, name, description, legal_basis, data_categories, data_subjects, recipients, "
    "retention_days, retention_note, sort_order, source, updated_at, updated_by FROM "
    "processing_purposes ";

model::ProcessingPurpose purpose_from(const Row& r) {
  Cursor c(r);
  model::ProcessingPurpose p;
  p.code = c.str();
  p.name = c.str();
  p.description = c.str();
  p.legal_basis = c.str();
  p.data_categories = c.str();
  p.data_subjects = c.str();
  p.recipients = c.str();
  if (auto d = c.opt_i64()) p.retention_days = static_cast<int>(*d);
  p.retention_note = c.str();
  p.sort_order = static_cast<int>(c.i64());
  p.source = c.str();
  p.updated_at = c.opt_i64();
  p.updated_by = c.opt_i64();
  return p;
}

constexpr const char* kRiskSelect =
    "SELECT r.id, r.purpose_code, r.risk, r.likelihood, r.impact, r.measures, r.residual, "
    "r.created_at, r.updated_at, r.updated_by FROM dpia_risks r ";

model::DpiaRisk risk_from(const Row& row) {
  Cursor c(row);
  model::DpiaRisk r;
  r.id = c.i64();
  r.purpose_code = c.str();
  r.risk = c.str();
  r.likelihood = c.str();
  r.impact = c.str();
  r.measures = c.str();
  r.residual = c.str();
  r.created_at = c.i64();
  r.updated_at = c.i64();
  r.updated_by = c.opt_i64();
  return r;
}

}  // namespace

Result<int64_t> count_purposes(Db& db) {
  return db.scalar_i64("SELECT COUNT(*) FROM processing_purposes");
}

Status upsert_purpose(Db& db, const model::ProcessingPurpose& p) {
  return db.run(
      "INSERT INTO processing_purposes (code, name, description, legal_basis, data_categories, "
      "data_subjects, recipients, retention_days, retention_note, sort_order, source, "
      "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) "
      "DO UPDATE SET name = excluded.name, description = excluded.description, legal_basis = "
      "excluded.legal_basis, data_categories = excluded.data_categories, data_subjects = "
      "excluded.data_subjects, recipients = excluded.recipients, retention_days = "
      "excluded.retention_days, retention_note = excluded.retention_note, sort_order = "
      "excluded.sort_order, source = excluded.source, updated_at = excluded.updated_at, "
      "updated_by = excluded.updated_by",
      {p.code, p.name, p.description, p.legal_basis, p.data_categories, p.data_subjects,
       p.recipients, p.retention_days ? Value(int64_t{*p.retention_days}) : Value(),
       p.retention_note, int64_t{p.sort_order}, p.source, opt(p.updated_at), opt(p.updated_by)});
}

Result<std::vector<model::ProcessingPurpose>> list_purposes(Db& db) {
  ATGT_ASSIGN_OR_RETURN(auto rows,
                        db.query(std::string(kPurposeSelect) + "ORDER BY sort_order, code"));
  return map_rows(rows, purpose_from);
}

Result<model::ProcessingPurpose> get_purpose(Db& db, const std::string& code) {
  ATGT_ASSIGN_OR_RETURN(auto rows,
                        db.query(std::string(kPurposeSelect) + "WHERE code = ?", {code}));
  if (rows.empty()) return NotFound("Không tìm thấy mục đích xử lý dữ liệu.");
  return purpose_from(rows[0]);
}

Result<int64_t> count_risks(Db& db) {
  return db.scalar_i64("SELECT COUNT(*) FROM dpia_risks");
}

Result<int64_t> insert_risk(Db& db, const model::DpiaRisk& r) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query("INSERT INTO dpia_risks (purpose_code, risk, likelihood, impact, measures, "
               "residual, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
               "RETURNING id",
               {r.purpose_code, r.risk, r.likelihood, r.impact, r.measures, r.residual,
                r.created_at, r.updated_at, opt(r.updated_by)}));
  return rows[0].i64(0);
}

Status update_risk(Db& db, const model::DpiaRisk& r) {
  ATGT_ASSIGN_OR_RETURN(
      int64_t n,
      db.execute("UPDATE dpia_risks SET purpose_code = ?, risk = ?, likelihood = ?, impact = ?, "
                 "measures = ?, residual = ?, updated_at = ?, updated_by = ? WHERE id = ?",
                 {r.purpose_code, r.risk, r.likelihood, r.impact, r.measures, r.residual,
                  r.updated_at, opt(r.updated_by), r.id}));
  if (n == 0) return NotFound("Không tìm thấy rủi ro trong hồ sơ đánh giá tác động.");
  return Status::Ok();
}

Result<model::DpiaRisk> get_risk(Db& db, int64_t id) {
  ATGT_ASSIGN_OR_RETURN(auto rows, db.query(std::string(kRiskSelect) + "WHERE r.id = ?", {id}));
  if (rows.empty()) return NotFound("Không tìm thấy rủi ro trong hồ sơ đánh giá tác động.");
  return risk_from(rows[0]);
}

Status delete_risk(Db& db, int64_t id) {
  ATGT_ASSIGN_OR_RETURN(int64_t n, db.execute("DELETE FROM dpia_risks WHERE id = ?", {id}));
  if (n == 0) return NotFound("Không tìm thấy rủi ro trong hồ sơ đánh giá tác động.");
  return Status::Ok();
}

Result<std::vector<model::DpiaRisk>> list_risks(Db& db) {
  ATGT_ASSIGN_OR_RETURN(auto rows,
                        db.query(std::string(kRiskSelect) +
                                 "JOIN processing_purposes p ON p.code = r.purpose_code ORDER BY "
                                 "p.sort_order, p.code, r.id"));
  return map_rows(rows, risk_from);
}

Result<int64_t> insert_review(Db& db, const model::DpiaReview& r) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query(
          "INSERT INTO dpia_reviews (reviewed_on, conclusion, next_review_on, reviewed_by, "
          "created_at) VALUES (?, ?, ?, ?, ?) RETURNING id",
          {r.reviewed_on, r.conclusion, opt(r.next_review_on), opt(r.reviewed_by), r.created_at}));
  return rows[0].i64(0);
}

Result<std::vector<model::DpiaReview>> list_reviews(Db& db) {
  ATGT_ASSIGN_OR_RETURN(auto rows, db.query("SELECT id, reviewed_on, conclusion, next_review_on, "
                                            "reviewed_by, created_at FROM dpia_reviews ORDER BY "
                                            "reviewed_on DESC, id DESC"));
  return map_rows(rows, [](const Row& row) {
    Cursor c(row);
    model::DpiaReview r;
    r.id = c.i64();
    r.reviewed_on = c.str();
    r.conclusion = c.str();
    r.next_review_on = c.opt_str();
    r.reviewed_by = c.opt_i64();
    r.created_at = c.i64();
    return r;
  });
}

}  // namespace atgt::store
