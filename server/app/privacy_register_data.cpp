#include "app/privacy_register_data.h"

#include <charconv>
#include <map>

#include "base/csv.h"
#include "base/time.h"
#include "domain/privacy_register.h"
#include "store/privacy_register_store.h"

namespace atgt::app {
namespace {

// The cells of `file`'s rows by column name: kInvalid naming the missing columns (row 1).
struct Columns {
  std::map<std::string, int> at;
  const std::string& get(const std::vector<std::string>& row, const char* name) const {
    return row[static_cast<size_t>(at.at(name))];
  }
};

Result<Columns> bind(const CsvTable& t, const std::string& file,
                     std::initializer_list<const char*> names) {
  Columns c;
  Status st = Invalid(file + ": thiếu cột.");
  bool bad = false;
  for (const char* n : names) {
    c.at[n] = t.column(n);
    if (c.at[n] < 0) {
      st.with_row({1, n, std::string("Thiếu cột ") + n + "."});
      bad = true;
    }
  }
  if (bad) return st;
  return c;
}

// Adds `st`'s field messages as errors of spreadsheet row `row`.
void add_row(Status& errors, int row, const Status& st) {
  for (const auto& [field, message] : st.fields()) errors.with_row({row, field, message});
  if (st.fields().empty()) errors.with_row({row, "", st.message()});
}

}  // namespace

Result<PrivacyRegisterResult> load_privacy_register(store::Db& db, const std::string& data_dir) {
  PrivacyRegisterResult res;
  ATGT_ASSIGN_OR_RETURN(int64_t have, store::count_purposes(db));
  if (have > 0) return res;
  const std::string dir = data_dir + "/reference/privacy/";
  ATGT_ASSIGN_OR_RETURN(auto pt, read_csv_file(dir + "purposes.csv"));
  ATGT_ASSIGN_OR_RETURN(
      auto pc,
      bind(pt, "purposes.csv",
           {"code", "name", "description", "legal_basis", "data_categories", "data_subjects",
            "recipients", "retention_days", "retention_note", "sort_order", "source"}));
  Status errors = Invalid("purposes.csv có dòng không hợp lệ.");
  bool bad = false;
  std::vector<model::ProcessingPurpose> purposes;
  for (size_t i = 0; i < pt.rows.size(); ++i) {
    const auto& r = pt.rows[i];
    model::ProcessingPurpose p;
    p.code = pc.get(r, "code");
    p.name = pc.get(r, "name");
    p.description = pc.get(r, "description");
    p.legal_basis = pc.get(r, "legal_basis");
    p.data_categories = pc.get(r, "data_categories");
    p.data_subjects = pc.get(r, "data_subjects");
    p.recipients = pc.get(r, "recipients");
    p.retention_note = pc.get(r, "retention_note");
    p.source = pc.get(r, "source");
    Status st = privacy::check_purpose(p);
    const std::string& days = pc.get(r, "retention_days");
    if (!days.empty()) {
      int d = 0;
      auto [end, ec] = std::from_chars(days.data(), days.data() + days.size(), d);
      if (ec != std::errc() || end != days.data() + days.size()) d = 0;
      p.retention_days = d;
      if (st.ok()) st = privacy::check_purpose(p);
    }
    std::from_chars(pc.get(r, "sort_order").data(),
                    pc.get(r, "sort_order").data() + pc.get(r, "sort_order").size(), p.sort_order);
    if (p.code.empty()) st = Invalid().with_field("code", "Cần mã mục đích.");
    if (!st.ok()) {
      add_row(errors, static_cast<int>(i) + 2, st);
      bad = true;
    }
    purposes.push_back(std::move(p));
  }
  if (bad) return errors;

  ATGT_ASSIGN_OR_RETURN(auto rt, read_csv_file(dir + "dpia_risks.csv"));
  ATGT_ASSIGN_OR_RETURN(
      auto rc, bind(rt, "dpia_risks.csv",
                    {"purpose_code", "risk", "likelihood", "impact", "measures", "residual"}));
  errors = Invalid("dpia_risks.csv có dòng không hợp lệ.");
  std::vector<model::DpiaRisk> risks;
  for (size_t i = 0; i < rt.rows.size(); ++i) {
    const auto& r = rt.rows[i];
    model::DpiaRisk k;
    k.purpose_code = rc.get(r, "purpose_code");
    k.risk = rc.get(r, "risk");
    k.likelihood = rc.get(r, "likelihood");
    k.impact = rc.get(r, "impact");
    k.measures = rc.get(r, "measures");
    k.residual = rc.get(r, "residual");
    Status st = privacy::check_risk(k);
    bool known = false;
    for (const auto& p : purposes) known = known || p.code == k.purpose_code;
    if (st.ok() && !known)
      st = Invalid().with_field("purpose_code", "Không có mục đích " + k.purpose_code + ".");
    if (!st.ok()) {
      add_row(errors, static_cast<int>(i) + 2, st);
      bad = true;
    }
    risks.push_back(std::move(k));
  }
  if (bad) return errors;

  store::Tx tx(db);
  ATGT_TRY(tx.status());
  // Counted again in the transaction: of two processes starting at once, one loads.
  ATGT_ASSIGN_OR_RETURN(have, store::count_purposes(db));
  if (have > 0) return res;
  for (const auto& p : purposes) ATGT_TRY(store::upsert_purpose(db, p));
  int64_t now = now_micros();
  for (auto k : risks) {
    k.created_at = k.updated_at = now;
    ATGT_ASSIGN_OR_RETURN(int64_t id, store::insert_risk(db, k));
    (void)id;
  }
  res.purposes = static_cast<int>(purposes.size());
  res.risks = static_cast<int>(risks.size());
  ATGT_TRY(tx.commit());
  return res;
}

}  // namespace atgt::app
