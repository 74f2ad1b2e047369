#include "store/privacy_store.h"

namespace atgt::store {
namespace {

constexpr const char* kSelect =
    "SELECT id, unit_id, student_id, requester_name, relation, kind, details, received_date, "
    "deadline_date, state, answer, answered_date, answered_by, created_at, created_by FROM "
    "privacy_requests ";

model::PrivacyRequest request_from(const Row& row) {
  Cursor c(row);
  model::PrivacyRequest r;
  r.id = c.i64();
  r.unit_id = c.i64();
  r.student_id = c.opt_i64();
  r.requester_name = c.str();
  r.relation = c.str();
  r.kind = c.str();
  r.details = c.str();
  r.received_date = c.str();
  r.deadline_date = c.str();
  r.state = c.str();
  r.answer = c.opt_str();
  r.answered_date = c.opt_str();
  r.answered_by = c.opt_i64();
  r.created_at = c.i64();
  r.created_by = c.opt_i64();
  return r;
}

}  // namespace

Result<int64_t> count_request_kinds(Db& db) {
  return db.scalar_i64("SELECT COUNT(*) FROM privacy_request_kinds");
}

Status upsert_request_kind(Db& db, const model::PrivacyRequestKind& k) {
  return db.run(
      "INSERT INTO privacy_request_kinds (code, name, deadline_days, working_days, valid_from, "
      "source, review_note) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET name = "
      "excluded.name, deadline_days = excluded.deadline_days, working_days = "
      "excluded.working_days, valid_from = excluded.valid_from, source = excluded.source, "
      "review_note = excluded.review_note",
      {k.code, k.name, int64_t{k.deadline_days}, int64_t{k.working_days ? 1 : 0}, k.valid_from,
       k.source, opt(k.review_note)});
}

Result<std::vector<model::PrivacyRequestKind>> list_request_kinds(Db& db) {
  ATGT_ASSIGN_OR_RETURN(auto rows, db.query("SELECT code, name, deadline_days, working_days, "
                                            "valid_from, source, review_note FROM "
                                            "privacy_request_kinds ORDER BY code"));
  return map_rows(rows, [](const Row& row) {
    Cursor c(row);
    model::PrivacyRequestKind k;
    k.code = c.str();
    k.name = c.str();
    k.deadline_days = static_cast<int>(c.i64());
    k.working_days = c.flag();
    k.valid_from = c.str();
    k.source = c.str();
    k.review_note = c.opt_str();
    return k;
  });
}

Result<int64_t> insert_privacy_request(Db& db, const model::PrivacyRequest& r) {
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query("INSERT INTO privacy_requests (unit_id, student_id, requester_name, relation, "
               "kind, details, received_date, deadline_date, state, created_at, created_by) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?) RETURNING id",
               {r.unit_id, opt(r.student_id), r.requester_name, r.relation, r.kind, r.details,
                r.received_date, r.deadline_date, r.created_at, opt(r.created_by)}));
  return rows[0].i64(0);
}

Result<model::PrivacyRequest> get_privacy_request(Db& db, int64_t id) {
  ATGT_ASSIGN_OR_RETURN(auto rows, db.query(std::string(kSelect) + "WHERE id = ?", {id}));
  if (rows.empty()) return NotFound("Không tìm thấy yêu cầu.");
  return request_from(rows[0]);
}

Result<std::vector<model::PrivacyRequest>> list_privacy_requests(Db& db,
                                                                 const std::vector<int64_t>& units,
                                                                 int limit) {
  Params p;
  std::string in = in_list(units, p);
  p.push_back(Value(int64_t{limit}));
  ATGT_ASSIGN_OR_RETURN(
      auto rows,
      db.query(std::string(kSelect) + "WHERE unit_id IN (" + in + ") ORDER BY id DESC LIMIT ?", p));
  return map_rows(rows, request_from);
}

Status answer_privacy_request(Db& db, const model::PrivacyRequest& r) {
  ATGT_ASSIGN_OR_RETURN(
      int64_t n,
      db.execute("UPDATE privacy_requests SET state = ?, answer = ?, answered_date = "
                 "?, answered_by = ? WHERE id = ? AND state = 'open'",
                 {r.state, opt(r.answer), opt(r.answered_date), opt(r.answered_by), r.id}));
  if (n == 0) return Conflict("Yêu cầu đã được trả lời.");
  return Status::Ok();
}

}  // namespace atgt::store
