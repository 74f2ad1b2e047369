// Fuzz harness for model/json_input.h: ObjectReader::parse, the typed getters and finish().
// Each key of the object is read with the getter the API uses for that field name (the table
// below, from the handlers in server/api/); other keys get a getter, a required flag and a limit
// chosen from a hash of the key, and a few are left unread. Some API fields that are absent are
// read too, to exercise "required".
//
// Invariants: parse accepts exactly valid UTF-8 that Boost.JSON (same depth limit) reads as an
// object; a string getter returns valid UTF-8 (so no NUL) in NFC, trimmed with single spaces,
// within its limit; a number or boolean getter returns the JSON value; a getter returns nothing
// for a present value only when it records an error; finish() is ok exactly when no getter
// failed and every key was read, and otherwise names exactly those fields; a nested object
// reads again with reader_for.
#include <cmath>
#include <set>

#include "base/text.h"
#include "fuzz_check.h"
#include "model/json_input.h"

namespace {
namespace json = boost::json;
using atgt::fuzz::show;
using atgt::model::ObjectReader;

enum class Getter { kStr, kI64, kRaw, kBool, kStrList, kI64List, kObject };

struct Field {
  const char* key;
  Getter getter;
  bool required;
  size_t limit;
};

// The fields and limits the API reads (grep '\.str("' server/api).
const Field kFields[] = {
    {"name", Getter::kStr, true, 300},           {"code", Getter::kStr, true, 40},
    {"type", Getter::kStr, true, 40},            {"short_name", Getter::kStr, false, 100},
    {"address", Getter::kStr, false, 500},       {"phone", Getter::kStr, false, 50},
    {"email", Getter::kStr, false, 254},         {"source", Getter::kStr, false, 1000},
    {"note", Getter::kStr, false, 2000},         {"login", Getter::kStr, true, 64},
    {"password", Getter::kStr, true, 500},       {"new_password", Getter::kStr, true, 500},
    {"current_password", Getter::kStr, true, 200}, {"full_name", Getter::kStr, true, 200},
    {"kind", Getter::kStr, true, 20},            {"date", Getter::kStr, true, 10},
    {"valid_from", Getter::kStr, true, 10},      {"from", Getter::kStr, false, 10},
    {"to", Getter::kStr, false, 10},             {"school_year", Getter::kStr, true, 9},
    {"teaching_from", Getter::kStr, true, 10},   {"teaching_to", Getter::kStr, true, 10},
    {"semester2_from", Getter::kStr, true, 10},  {"statistical_year_start", Getter::kStr, true, 5},
    {"title", Getter::kStr, false, 200},         {"description", Getter::kStr, false, 2000},
    {"token", Getter::kStr, true, 200},          {"unit", Getter::kStr, true, 50},
    {"entity", Getter::kStr, false, 40},         {"batch_id", Getter::kStr, false, 80},
    {"email_mode", Getter::kStr, true, 20},      {"email_subject", Getter::kStr, false, 200},
    {"unit_id", Getter::kI64, false, 0},         {"parent_id", Getter::kI64, false, 0},
    {"file_id", Getter::kI64, true, 0},          {"sort_order", Getter::kI64, false, 0},
    {"expires_in_days", Getter::kI64, false, 0}, {"csv", Getter::kRaw, true, 4 << 20},
    {"email_body", Getter::kRaw, false, 8000},   {"body", Getter::kRaw, false, 2000},
    {"dry_run", Getter::kBool, false, 0},        {"disabled", Getter::kBool, false, 0},
    {"scopes", Getter::kStrList, true, 50},      {"roles", Getter::kStrList, false, 100},
    {"flags", Getter::kStrList, false, 5},       {"unit_ids", Getter::kI64List, true, 200},
    {"successor_ids", Getter::kI64List, false, 200}, {"params", Getter::kObject, false, 0},
    {"new_unit", Getter::kObject, false, 0},     {"computation", Getter::kObject, true, 0},
};

uint32_t hash(std::string_view s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h;
}

// A string as the reader hands it out.
void check_text(const std::string& s, size_t max_chars, const std::string& note) {
  FUZZ_CHECK(atgt::valid_utf8(s), note + " " + show(s));
  FUZZ_CHECK(atgt::nfc(s) == s, note + " " + show(s));
  FUZZ_CHECK(atgt::squeeze_spaces(s) == s, note + " " + show(s));
  size_t chars = 0;
  for (unsigned char c : s) chars += (c & 0xC0) != 0x80;
  FUZZ_CHECK(chars <= max_chars, note);
}

// A getter gave a value: there must have been one.
bool expect_present(bool present, const std::string& what) {
  FUZZ_CHECK(present, what + ": a value for a missing or null field");
  return true;
}

struct Run {
  ObjectReader& reader;
  const json::object& obj;
  std::string note;
  std::set<std::string> read, failed;

  // Reads `key` with getter `g`; returns whether a value came back.
  void get(const std::string& key, Getter g, bool required, size_t limit) {
    read.insert(key);
    auto it = obj.find(key);
    const json::value* v = it == obj.end() ? nullptr : &it->value();
    bool present = v && !v->is_null();
    std::string what = note + " key " + show(key);
    bool got = false;
    switch (g) {
      case Getter::kStr: {
        auto s = reader.str(key.c_str(), required, limit);
        if ((got = s.has_value()) && expect_present(present, what)) {
          check_text(*s, limit, what);
          FUZZ_CHECK(!required || !s->empty(), what);
          FUZZ_CHECK(v->is_string(), what);
        }
        break;
      }
      case Getter::kI64: {
        auto n = reader.i64(key.c_str(), required);
        if ((got = n.has_value()) && expect_present(present, what))
          FUZZ_CHECK((v->is_int64() && v->as_int64() == *n) ||
                         (v->is_uint64() && v->as_uint64() == static_cast<uint64_t>(*n) && *n >= 0),
                     what);
        else if (present)
          FUZZ_CHECK(!v->is_int64() && !(v->is_uint64() && v->as_uint64() <= INT64_MAX), what);
        break;
      }
      case Getter::kRaw: {
        auto s = reader.get_raw_string(key.c_str(), required, limit);
        if ((got = s.has_value()) && expect_present(present, what)) {
          FUZZ_CHECK(v->is_string() && *s == std::string_view(v->as_string()), what);
          FUZZ_CHECK(s->size() <= limit, what);
        }
        break;
      }
      case Getter::kBool: {
        auto b = reader.boolean(key.c_str(), required);
        if ((got = b.has_value()) && expect_present(present, what)) FUZZ_CHECK(v->is_bool() && v->as_bool() == *b, what);
        break;
      }
      case Getter::kStrList: {
        auto l = reader.str_list(key.c_str(), required, limit);
        if ((got = l.has_value()) && expect_present(present, what)) {
          FUZZ_CHECK(v->is_array() && v->as_array().size() == l->size() && l->size() <= limit, what);
          for (const auto& s : *l) check_text(s, SIZE_MAX, what);
        }
        break;
      }
      case Getter::kI64List: {
        auto l = reader.i64_list(key.c_str(), required, limit);
        if ((got = l.has_value()) && expect_present(present, what)) {
          FUZZ_CHECK(v->is_array() && v->as_array().size() == l->size() && l->size() <= limit, what);
          for (size_t i = 0; i < l->size(); ++i) FUZZ_CHECK(v->as_array()[i] == json::value((*l)[i]), what);
        }
        break;
      }
      case Getter::kObject: {
        auto o = reader.object(key.c_str(), required);
        if ((got = o.has_value()) && expect_present(present, what)) {
          FUZZ_CHECK(v->is_object() && *o == v->as_object(), what);
          auto nested = atgt::model::reader_for(*o);
          FUZZ_CHECK(nested.ok(), what + ": reader_for refused the nested object");
          atgt::Status st = nested->finish();
          FUZZ_CHECK(st.ok() == o->empty(), what);
          FUZZ_CHECK(st.fields().size() == o->size(), what);
        }
        break;
      }
    }
    if (!got && (present || required)) failed.insert(key);
  }
};

}  // namespace

// The reader refuses numbers that a double cannot hold (they would come back as infinity).
static bool finite_numbers(const json::value& v) {
  if (v.is_double()) return std::isfinite(v.get_double());
  if (v.is_array())
    for (const auto& e : v.get_array())
      if (!finite_numbers(e)) return false;
  if (v.is_object())
    for (const auto& kv : v.get_object())
      if (!finite_numbers(kv.value())) return false;
  return true;
}

static int fuzz_one(const uint8_t* data, size_t size) {
  std::string_view body = atgt::fuzz::as_text(data, size);
  auto reader = ObjectReader::parse(body);

  json::error_code ec;
  json::parse_options opt;
  opt.max_depth = 32;
  json::value v = json::parse(body, ec, {}, opt);
  bool expect_ok = atgt::valid_utf8(body) && !ec && v.is_object() && finite_numbers(v);
  std::string note = show(body);
  FUZZ_CHECK(reader.ok() == expect_ok, note);
  if (!reader.ok()) {
    FUZZ_CHECK(reader.status().kind() == atgt::Kind::kBadRequest, note);
    FUZZ_CHECK(reader.status().code() == "invalid_json" || reader.status().code() == "invalid_body", note);
    return 0;
  }
  const json::object& obj = v.as_object();
  Run run{*reader, obj, note, {}, {}};
  for (const auto& kv : obj) {
    std::string key(kv.key());
    if (key.find('\0') != std::string::npos) continue;  // getters take C strings: stays unknown
    const Field* f = nullptr;
    for (const auto& field : kFields)
      if (key == field.key) f = &field;
    if (f) {
      run.get(key, f->getter, f->required, f->limit);
      continue;
    }
    uint32_t h = hash(key);
    if (h % 8 == 7) continue;  // left unread: reported as unknown
    run.get(key, static_cast<Getter>((h >> 3) % 7), (h >> 6) & 1, (h >> 7) % 40);
  }
  // A few API fields that may be absent.
  size_t n = sizeof kFields / sizeof kFields[0];
  for (size_t i = size % 11; i < n; i += 11) {
    const Field& f = kFields[i];
    if (!run.read.count(f.key)) run.get(f.key, f.getter, f.required, f.limit);
  }

  std::set<std::string> expected = run.failed;
  for (const auto& kv : obj)
    if (!run.read.count(std::string(kv.key()))) expected.insert(std::string(kv.key()));
  atgt::Status st = reader->finish();
  FUZZ_CHECK(st.ok() == expected.empty(), note);
  if (!st.ok()) {
    FUZZ_CHECK(st.kind() == atgt::Kind::kInvalid, note);
    std::set<std::string> fields;
    for (const auto& [k, message] : st.fields()) {
      fields.insert(k);
      FUZZ_CHECK(!message.empty(), note);
    }
    FUZZ_CHECK(fields == expected, note);
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return atgt::fuzz::run_one(fuzz_one, data, size);
}
