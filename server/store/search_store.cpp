// SQL for the search index (search_terms).
#include "store/search_store.h"

#include <algorithm>

#include "base/text.h"

namespace atgt::store {
namespace {

bool word_byte(unsigned char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch >= 0x80;
}

// Sorts after every word with the prefix under the database's text order: U+10FFFF is the
// largest code point bytewise (SQLite BINARY); U+FFFF has the largest primary weight under
// ICU / CLDR collations and sorts after every BMP character bytewise (PostgreSQL).
std::string upper_bound_of(const std::string& word, Dialect d) {
  return word + (d == Dialect::kSqlite ? "\xF4\x8F\xBF\xBF" : "\xEF\xBF\xBF");
}

std::vector<std::string> words_of(const std::vector<std::string>& texts) {
  std::vector<std::string> all;
  for (const auto& t : texts) {
    auto w = search_words(t);
    all.insert(all.end(), w.begin(), w.end());
  }
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());
  return all;
}

}  // namespace

std::vector<std::string> search_words(std::string_view text) {
  std::string folded = fold(text);
  std::vector<std::string> out;
  std::string cur;
  for (unsigned char ch : folded) {
    if (word_byte(ch)) {
      cur.push_back(static_cast<char>(ch));
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

Status add_terms(Db& db, const std::string& entity, int64_t id,
                 const std::vector<std::string>& texts) {
  for (const auto& w : words_of(texts)) {
    auto r = db.execute(
        "INSERT INTO search_terms (entity, entity_id, term) VALUES (?, ?, ?) ON CONFLICT "
        "(entity, entity_id, term) DO NOTHING",
        {entity, id, w});
    if (!r.ok()) return r.status();
  }
  return Status::Ok();
}

Status replace_terms(Db& db, const std::string& entity, int64_t id,
                     const std::vector<std::string>& texts) {
  auto d = db.execute("DELETE FROM search_terms WHERE entity = ? AND entity_id = ?", {entity, id});
  if (!d.ok()) return d.status();
  return add_terms(db, entity, id, texts);
}

std::string search_filter(Dialect dialect, const std::string& entity, const std::string& id_column,
                          std::string_view query, Params& params) {
  auto words = search_words(query);
  if (words.size() > kMaxSearchWords) words.resize(kMaxSearchWords);
  if (words.empty()) return "1 = 0";
  std::string sql = id_column + " IN (";
  for (size_t i = 0; i < words.size(); ++i) {
    if (i) sql += " INTERSECT ";
    sql += "SELECT entity_id FROM search_terms WHERE term >= ? AND term < ? AND entity = ?";
    params.push_back(words[i]);
    params.push_back(upper_bound_of(words[i], dialect));
    params.push_back(entity);
  }
  return sql + ")";
}

Result<int64_t> backfill_search_terms(Db& db) {
  auto any_terms = db.query("SELECT 1 FROM search_terms LIMIT 1");
  if (!any_terms.ok()) return any_terms.status();
  if (!any_terms->empty()) return int64_t{0};
  Tx tx(db);
  ATGT_TRY(tx.status());
  auto units = db.query(
      "SELECT u.id, u.code, v.name, v.short_name FROM units u JOIN unit_versions v ON v.unit_id = "
      "u.id ORDER BY u.id");
  if (!units.ok()) return units.status();
  for (size_t i = 0; i < units->size(); ++i) {
    auto r = (*units)[i];
    ATGT_TRY(add_terms(db, kSearchUnit, r.i64(0), {r.str(1), r.str(2), r.str(3)}));
  }
  auto users = db.query("SELECT id, full_name, login FROM users");
  if (!users.ok()) return users.status();
  for (size_t i = 0; i < users->size(); ++i) {
    auto r = (*users)[i];
    ATGT_TRY(add_terms(db, kSearchUser, r.i64(0), {r.str(1), r.str(2)}));
  }
  ATGT_ASSIGN_OR_RETURN(int64_t n, db.scalar_i64("SELECT COUNT(*) FROM search_terms"));
  ATGT_TRY(tx.commit());
  return n;
}

}  // namespace atgt::store
