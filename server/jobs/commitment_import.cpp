// Commitments import shared by the preview and the job (see commitment_import.h).
#include "jobs/commitment_import.h"

#include <boost/json.hpp>

#include "base/time.h"
#include "files/table_reader.h"
#include "store/audit_store.h"
#include "store/students_store.h"

namespace atgt::jobs {
namespace json = boost::json;
namespace {

Status file_error(const Status& st) {
  Status out(Kind::kInvalid, kStudentFileError, st.message());
  for (const auto& r : st.rows()) out.with_row(r);
  for (const auto& [f, m] : st.fields()) out.with_field(f, m);
  return out;
}

struct Write {
  int64_t student_id = 0;
  bool is_signed = false;
  std::optional<std::string> signed_date;
};

// The signatures of one campaign the plan would create or change now, and its counts. A signed
// row without a date keeps the date already recorded for a signed student, else today.
Result<std::vector<Write>> writes_for(store::Db& db, const CommitmentPlan& plan,
                                      const std::string& kind, CampaignCounts& counts) {
  ATGT_ASSIGN_OR_RETURN(auto recorded, store::roster_signatures(db, plan.target.school_year, kind,
                                                                plan.target.unit_id));
  counts = {};
  std::vector<Write> out;
  for (const auto& r : plan.file.rows) {
    const auto& v = kind == "parent" ? r.parent_signed : r.student_signed;
    if (!v) continue;
    ++(*v ? counts.is_signed : counts.not_signed);
    auto it = recorded.find(r.student_id);
    Write w{r.student_id, *v, std::nullopt};
    if (*v) {
      if (r.signed_date)
        w.signed_date = r.signed_date;
      else if (it != recorded.end() && it->second.is_signed && it->second.signed_date)
        w.signed_date = it->second.signed_date;
      else
        w.signed_date = plan.today;
    }
    if (it != recorded.end() && it->second.is_signed == w.is_signed &&
        it->second.signed_date == w.signed_date)
      continue;
    ++counts.changed;
    out.push_back(std::move(w));
  }
  return out;
}

json::value counts_json(const std::optional<CampaignCounts>& c) {
  if (!c) return nullptr;
  return json::object{
      {"signed", c->is_signed}, {"not_signed", c->not_signed}, {"changed", c->changed}};
}

}  // namespace

Result<CommitmentPlan> plan_commitments(store::Db& db, const RosterTarget& target,
                                        std::string_view bytes, std::string_view name,
                                        Encoding encoding) {
  CommitmentPlan plan;
  plan.target = target;
  plan.today = today_local().str();
  files::TableSource src;
  auto table = files::read_table(bytes, name, encoding, {}, &src);
  if (!table.ok()) return file_error(table.status());
  plan.kind = src.kind;
  plan.encoding = std::string(encoding_name(src.encoding));
  CommitmentImportInput in;
  in.school_year = target.school_year;
  in.year_start = target.year_start;
  in.today = plan.today;
  store::StudentFilter f;
  f.unit_ids = {target.unit_id};
  f.school_year = target.school_year;
  f.limit = 1000000;
  ATGT_ASSIGN_OR_RETURN(in.roster, store::list_roster(db, f));
  ATGT_ASSIGN_OR_RETURN(plan.file, plan_commitment_import(*table, in));
  for (const char* kind : {"student", "parent"}) {
    bool parent = std::string_view(kind) == "parent";
    if (!(parent ? plan.file.has_parent : plan.file.has_student)) continue;
    CampaignCounts c;
    auto writes = writes_for(db, plan, kind, c);
    if (!writes.ok()) return writes.status();
    (parent ? plan.parent : plan.student) = c;
  }
  return plan;
}

Result<CommitmentPlan> commit_commitments(store::Db& db, const CommitmentPlan& plan,
                                          const std::string& batch_id,
                                          std::optional<int64_t> user_id, const std::string& ip,
                                          const std::string& source,
                                          const std::function<Status(int64_t)>& progress) {
  CommitmentPlan done = plan;
  int64_t now = now_micros();
  store::Tx tx(db);
  ATGT_TRY(tx.status());
  int64_t written = 0;
  for (const char* kind : {"student", "parent"}) {
    bool parent = std::string_view(kind) == "parent";
    if (!(parent ? plan.file.has_parent : plan.file.has_student)) continue;
    CampaignCounts c;
    ATGT_ASSIGN_OR_RETURN(auto writes, writes_for(db, plan, kind, c));
    (parent ? done.parent : done.student) = c;
    ATGT_ASSIGN_OR_RETURN(int64_t camp, store::campaign_id(db, plan.target.school_year, kind, now));
    for (const auto& w : writes) {
      ATGT_TRY(store::set_signature(db, camp, w.student_id, plan.target.unit_id, w.is_signed,
                                    w.signed_date, now, user_id, batch_id));
      if (++written % 500 == 0 && progress) ATGT_TRY(progress(written));
    }
  }
  store::AuditEntry a;
  a.at = now;
  a.user_id = user_id;
  a.ip = ip;
  a.action = "import";
  a.entity = "commitment";
  a.entity_id = std::to_string(plan.target.unit_id);
  a.batch_id = batch_id;
  a.changes_json =
      json::serialize(json::object{{"unit_code", plan.target.unit_code},
                                   {"school_year", plan.target.school_year},
                                   {"rows", static_cast<int64_t>(plan.file.rows.size())},
                                   {"written", written},
                                   {"student", counts_json(done.student)},
                                   {"parent", counts_json(done.parent)},
                                   {"source", source}});
  ATGT_TRY(store::append_audit(db, a));
  ATGT_TRY(tx.commit());
  return done;
}

}  // namespace atgt::jobs
