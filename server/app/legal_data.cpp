// Loading data/reference/legal/ into empty code tables.
#include "app/legal_data.h"

#include <map>
#include <set>

#include "base/csv_columns.h"
#include "base/log.h"
#include "base/row_errors.h"
#include "base/time.h"
#include "domain/violation_codes.h"
#include "store/violation_codes_store.h"

namespace atgt::app {
namespace {

// One CSV file of the folder, its columns by name.
using File = CsvColumns;

Result<File> open(const std::string& dir, const std::string& name,
                  const std::vector<const char*>& columns) {
  return read_csv_columns(dir + "/" + name, name, columns);
}

// Adds the field errors of a failed check as row errors of `file`.
void add_errors(RowErrors& errors, const std::string& file, int row, const Status& st) {
  for (const auto& [field, message] : st.fields()) errors.add(row, file + ": " + field, message);
  if (st.fields().empty()) errors.add(row, file, st.message());
}

// "a;b;c" -> {"a", "b", "c"}.
std::vector<std::string> split(const std::string& s) {
  std::vector<std::string> out(1);
  for (char ch : s) {
    if (ch == ';')
      out.emplace_back();
    else
      out.back() += ch;
  }
  return out;
}

std::optional<int64_t> amount(const std::string& s, bool& bad) {
  if (s.empty()) return std::nullopt;
  try {
    size_t used = 0;
    int64_t v = std::stoll(s, &used);
    if (used == s.size()) return v;
  } catch (...) {
  }
  bad = true;
  return std::nullopt;
}

struct DecreeRow {
  model::Decree decree;
  std::string codes_file, category_column;
  std::optional<std::string> review_note;
};

struct Loaded {
  std::vector<model::Decree> decrees;
  std::vector<model::BehaviourCategory> categories;
  std::vector<model::ViolationCode> codes;
};

Result<Loaded> read_all(const std::string& dir, int64_t now) {
  RowErrors errors("Dữ liệu mã vi phạm trong data/reference/legal/ không hợp lệ.");
  ATGT_ASSIGN_OR_RETURN(
      File df, open(dir, "decrees.csv",
                    {"code", "number", "title", "signed_on", "effective_from", "effective_to",
                     "codes_file", "category_column", "review_note", "source"}));
  std::vector<DecreeRow> decrees;
  for (size_t i = 0; i < df.t.rows.size(); ++i) {
    const auto& r = df.t.rows[i];
    DecreeRow d;
    d.decree = {df.cell(r, "code"),           df.cell(r, "number"),
                df.cell(r, "title"),          df.opt(r, "signed_on"),
                df.cell(r, "effective_from"), df.opt(r, "effective_to"),
                df.opt(r, "source"),          now};
    d.codes_file = df.cell(r, "codes_file");
    d.category_column = df.cell(r, "category_column");
    d.review_note = df.opt(r, "review_note");
    if (Status st = violation_codes::check_decree(d.decree); !st.ok())
      add_errors(errors, df.file, static_cast<int>(i) + 2, st);
    decrees.push_back(std::move(d));
  }
  ATGT_TRY(errors.status());

  std::vector<const char*> cat_columns = {"category", "label_vi", "label_en"};
  for (const auto& d : decrees) cat_columns.push_back(d.category_column.c_str());
  ATGT_ASSIGN_OR_RETURN(File cf, open(dir, "behaviour_categories.csv", cat_columns));
  Loaded out;
  // (decree, code) -> category, and the row that named it.
  std::map<std::pair<std::string, std::string>, std::pair<std::string, int>> category_of;
  for (size_t i = 0; i < cf.t.rows.size(); ++i) {
    const auto& r = cf.t.rows[i];
    int row = static_cast<int>(i) + 2;
    model::BehaviourCategory c{cf.cell(r, "category"), cf.cell(r, "label_vi"),
                               cf.cell(r, "label_en"), static_cast<int>(i) + 1, now};
    if (Status st = violation_codes::check_category(c); !st.ok())
      add_errors(errors, cf.file, row, st);
    for (const auto& d : decrees) {
      for (const auto& code : split(cf.cell(r, d.category_column))) {
        if (code.empty()) continue;
        auto [it, fresh] = category_of.insert({{d.decree.code, code}, {c.code, row}});
        if (!fresh)
          errors.add(row, cf.file + ": " + d.category_column,
                     "Mã " + code + " đã thuộc nhóm " + it->second.first + " (dòng " +
                         std::to_string(it->second.second) + ").");
      }
    }
    out.categories.push_back(std::move(c));
  }

  ATGT_ASSIGN_OR_RETURN(File ff, open(dir, "review_flags.csv", {"decree", "code", "reason"}));
  std::map<std::pair<std::string, std::string>, std::string> flags;
  for (const auto& r : ff.t.rows)
    flags[{ff.cell(r, "decree"), ff.cell(r, "code")}] = ff.cell(r, "reason");

  std::set<std::pair<std::string, std::string>> seen, present;
  for (const auto& d : decrees) {
    ATGT_ASSIGN_OR_RETURN(File kf, open(dir, d.codes_file,
                                        {"code", "article", "clause", "point", "vehicle_kind",
                                         "description_vi", "fine_min_vnd", "fine_max_vnd",
                                         "licence_points_deducted", "additional_sanctions",
                                         "impoundable", "effective_from", "source", "notes"}));
    int to_col = kf.t.column("effective_to");
    for (size_t i = 0; i < kf.t.rows.size(); ++i) {
      const auto& r = kf.t.rows[i];
      int row = static_cast<int>(i) + 2;
      model::ViolationCode c;
      c.decree = d.decree.code;
      c.code = kf.cell(r, "code");
      bool bad_number = false;
      auto article = amount(kf.cell(r, "article"), bad_number);
      c.article = static_cast<int>(article.value_or(0));
      c.clause = kf.cell(r, "clause");
      c.point = kf.cell(r, "point");
      c.vehicle_kind = kf.cell(r, "vehicle_kind");
      c.description = kf.cell(r, "description_vi");
      c.fine_min = amount(kf.cell(r, "fine_min_vnd"), bad_number);
      c.fine_max = amount(kf.cell(r, "fine_max_vnd"), bad_number);
      if (auto p = amount(kf.cell(r, "licence_points_deducted"), bad_number))
        c.licence_points = static_cast<int>(*p);
      c.additional_sanctions = kf.opt(r, "additional_sanctions");
      const std::string& imp = kf.cell(r, "impoundable");
      if (imp != "yes" && imp != "no")
        errors.add(row, kf.file + ": impoundable", "Giá trị phải là yes hoặc no.");
      c.impoundable = imp == "yes";
      c.effective_from = kf.cell(r, "effective_from");
      if (to_col >= 0 && !r[to_col].empty()) c.effective_to = r[to_col];
      c.source = kf.opt(r, "source");
      c.notes = kf.opt(r, "notes");
      c.updated_at = now;
      auto cat = category_of.find({c.decree, c.code});
      if (cat == category_of.end())
        errors.add(row, kf.file + ": code",
                   "Mã " + c.code + " chưa thuộc nhóm hành vi nào trong behaviour_categories.csv.");
      else
        c.category = cat->second.first;
      auto flag = flags.find({c.decree, c.code});
      if (flag != flags.end())
        c.review_note = flag->second;
      else if (d.review_note)
        c.review_note = d.review_note;
      if (bad_number) errors.add(row, kf.file, "Điều, mức phạt hoặc số điểm không phải là số.");
      if (Status st = violation_codes::check_code(c); !st.ok() && cat != category_of.end())
        add_errors(errors, kf.file, row, st);
      if (!seen.insert({c.decree, c.code + "@" + c.effective_from}).second)
        errors.add(row, kf.file + ": code", "Trùng mã " + c.code + ".");
      present.insert({c.decree, c.code});
      out.codes.push_back(std::move(c));
    }
    out.decrees.push_back(d.decree);
  }
  for (const auto& [key, cat] : category_of)
    if (!present.count(key))
      errors.add(cat.second, "behaviour_categories.csv",
                 "Mã " + key.second + " của " + key.first + " không có trong tệp mã vi phạm.");
  for (const auto& [key, reason] : flags)
    if (!category_of.count(key))
      errors.add(1, "review_flags.csv", "Mã " + key.second + " của " + key.first + " không có.");
  ATGT_TRY(errors.status());
  return out;
}

}  // namespace

Result<LegalDataResult> load_legal_codes(store::Db& db, const std::string& data_dir) {
  LegalDataResult res;
  store::Tx tx(db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(int64_t have, store::count_decrees(db));
  if (have > 0) return res;
  ATGT_ASSIGN_OR_RETURN(Loaded all, read_all(data_dir + "/reference/legal", now_micros()));
  for (const auto& d : all.decrees) ATGT_TRY(store::upsert_decree(db, d));
  for (const auto& c : all.categories) ATGT_TRY(store::upsert_category(db, c));
  for (const auto& c : all.codes) {
    auto id = store::insert_code(db, c);
    // A process that raced this one to the empty tables has loaded the same rows.
    if (!id.ok() && id.status().code() == "unique_violation") return LegalDataResult{};
    if (!id.ok()) return id.status();
    if (c.review_note) ++res.flagged;
  }
  ATGT_TRY(tx.commit());
  res.decrees = static_cast<int>(all.decrees.size());
  res.categories = static_cast<int>(all.categories.size());
  res.codes = static_cast<int>(all.codes.size());
  log::info("legal_codes_loaded", {{"decrees", std::to_string(res.decrees)},
                                   {"codes", std::to_string(res.codes)},
                                   {"flagged", std::to_string(res.flagged)}});
  return res;
}

}  // namespace atgt::app
