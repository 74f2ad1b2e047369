// Strict JSON object reader.
#include "model/json_input.h"

#include <cmath>

#include "base/text.h"

namespace atgt::model {
namespace json = boost::json;

namespace {
// A number too large for a double is read as infinity, which cannot be written back as JSON
// (found by fuzzing: an indicator's scale of 1e400 was stored as "Infinity").
bool all_finite(const json::value& v) {
  if (v.is_double()) return std::isfinite(v.get_double());
  if (v.is_array()) {
    for (const auto& e : v.get_array())
      if (!all_finite(e)) return false;
  } else if (v.is_object()) {
    for (const auto& kv : v.get_object())
      if (!all_finite(kv.value())) return false;
  }
  return true;
}
}  // namespace

Result<ObjectReader> ObjectReader::parse(std::string_view body) {
  if (!valid_utf8(body))
    return Status(Kind::kBadRequest, "invalid_json", "Nội dung gửi lên không phải UTF-8 hợp lệ.");
  json::error_code ec;
  json::parse_options opt;
  opt.max_depth = 32;
  json::value v = json::parse(body, ec, {}, opt);
  if (ec)
    return Status(Kind::kBadRequest, "invalid_json", "Nội dung gửi lên không phải JSON hợp lệ.");
  if (!v.is_object())
    return Status(Kind::kBadRequest, "invalid_body",
                  "Nội dung gửi lên phải là một đối tượng JSON.");
  if (!all_finite(v))
    return Status(Kind::kBadRequest, "invalid_json", "Nội dung gửi lên có số quá lớn.");
  return ObjectReader(std::move(v.as_object()));
}

Result<ObjectReader> reader_for(const json::object& o) {
  // The object as parsed (re-serialising it could turn a huge number into text that no longer
  // parses: found by fuzzing, tests/fuzz/crashes/json_object/nested-number-out-of-range.json).
  return ObjectReader(o);
}

namespace {
// NUL and other control characters (tab and line breaks aside) have no place in text: PostgreSQL
// refuses NUL outright, and the others hide content from people who read it.
bool has_control(std::string_view raw) {
  for (unsigned char c : raw)
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) return true;
  return false;
}
}  // namespace

void ObjectReader::error(const std::string& field, std::string message) {
  failed_ = true;
  if (!errors_.fields().count(field)) errors_.with_field(field, std::move(message));
}

const json::value* ObjectReader::get(const char* key, bool required) {
  known_.insert(key);
  auto it = obj_.find(key);
  if (it == obj_.end() || it->value().is_null()) {
    if (required) error(key, "Trường này là bắt buộc.");
    return nullptr;
  }
  return &it->value();
}

std::optional<std::string> ObjectReader::str(const char* key, bool required, size_t max_chars) {
  const json::value* v = get(key, required);
  if (!v) return std::nullopt;
  if (!v->is_string()) {
    error(key, "Phải là chuỗi ký tự.");
    return std::nullopt;
  }
  std::string_view raw(v->as_string());
  if (has_control(raw)) {
    error(key, "Chứa ký tự điều khiển không hợp lệ.");
    return std::nullopt;
  }
  std::string s = squeeze_spaces(nfc(raw));
  if (required && s.empty()) {
    error(key, "Trường này là bắt buộc.");
    return std::nullopt;
  }
  size_t chars = 0;
  for (unsigned char c : s) chars += (c & 0xC0) != 0x80;
  if (chars > max_chars) {
    error(key, "Dài quá " + std::to_string(max_chars) + " ký tự.");
    return std::nullopt;
  }
  return s;
}

std::optional<std::string> ObjectReader::get_raw_string(const char* key, bool required,
                                                        size_t max_bytes) {
  const json::value* v = get(key, required);
  if (!v) return std::nullopt;
  if (!v->is_string()) {
    error(key, "Phải là chuỗi ký tự.");
    return std::nullopt;
  }
  if (v->as_string().size() > max_bytes) {
    error(key, "Nội dung quá lớn.");
    return std::nullopt;
  }
  return std::string(v->as_string());
}

std::optional<int64_t> ObjectReader::i64(const char* key, bool required) {
  const json::value* v = get(key, required);
  if (!v) return std::nullopt;
  if (v->is_int64()) return v->as_int64();
  if (v->is_uint64() && v->as_uint64() <= INT64_MAX) return static_cast<int64_t>(v->as_uint64());
  error(key, "Phải là số nguyên.");
  return std::nullopt;
}

std::optional<double> ObjectReader::f64(const char* key, bool required, double lo, double hi) {
  const json::value* v = get(key, required);
  if (!v) return std::nullopt;
  if (!v->is_number()) {
    error(key, "Phải là số.");
    return std::nullopt;
  }
  double d = v->to_number<double>();
  if (!(d >= lo && d <= hi)) {
    error(key, "Phải là số trong khoảng cho phép.");
    return std::nullopt;
  }
  return d;
}

std::optional<bool> ObjectReader::boolean(const char* key, bool required) {
  const json::value* v = get(key, required);
  if (!v) return std::nullopt;
  if (!v->is_bool()) {
    error(key, "Phải là true hoặc false.");
    return std::nullopt;
  }
  return v->as_bool();
}

std::optional<std::vector<std::string>> ObjectReader::str_list(const char* key, bool required,
                                                               size_t max_items) {
  const json::value* v = get(key, required);
  if (!v) return std::nullopt;
  if (!v->is_array() || v->as_array().size() > max_items) {
    error(key, "Phải là danh sách chuỗi (tối đa " + std::to_string(max_items) + " phần tử).");
    return std::nullopt;
  }
  std::vector<std::string> out;
  for (const auto& e : v->as_array()) {
    if (!e.is_string()) {
      error(key, "Mọi phần tử phải là chuỗi ký tự.");
      return std::nullopt;
    }
    if (has_control(std::string_view(e.as_string()))) {
      error(key, "Chứa ký tự điều khiển không hợp lệ.");
      return std::nullopt;
    }
    out.push_back(squeeze_spaces(nfc(std::string_view(e.as_string()))));
  }
  return out;
}

std::optional<std::vector<int64_t>> ObjectReader::i64_list(const char* key, bool required,
                                                           size_t max_items) {
  const json::value* v = get(key, required);
  if (!v) return std::nullopt;
  if (!v->is_array() || v->as_array().size() > max_items) {
    error(key, "Phải là danh sách số (tối đa " + std::to_string(max_items) + " phần tử).");
    return std::nullopt;
  }
  std::vector<int64_t> out;
  for (const auto& e : v->as_array()) {
    if (!e.is_int64()) {
      error(key, "Mọi phần tử phải là số nguyên.");
      return std::nullopt;
    }
    out.push_back(e.as_int64());
  }
  return out;
}

std::optional<json::object> ObjectReader::object(const char* key, bool required) {
  const json::value* v = get(key, required);
  if (!v) return std::nullopt;
  if (!v->is_object()) {
    error(key, "Phải là một đối tượng.");
    return std::nullopt;
  }
  return v->as_object();
}

std::optional<json::array> ObjectReader::array(const char* key, bool required, size_t max_items) {
  const json::value* v = get(key, required);
  if (!v) return std::nullopt;
  if (!v->is_array()) {
    error(key, "Phải là một danh sách.");
    return std::nullopt;
  }
  if (v->as_array().size() > max_items) {
    error(key, "Danh sách có quá " + std::to_string(max_items) + " phần tử.");
    return std::nullopt;
  }
  return v->as_array();
}

Status ObjectReader::finish() {
  for (const auto& kv : obj_) {
    std::string k(kv.key());
    if (!known_.count(k)) error(k, "Trường không được hỗ trợ.");
  }
  if (!failed_) return Status::Ok();
  Status s = errors_;
  return s;
}

}  // namespace atgt::model
