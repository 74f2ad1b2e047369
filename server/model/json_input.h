// Strict reading of JSON request bodies: the body must be valid UTF-8 and one JSON object;
// every field is read with its expected type; strings are NFC-normalised and trimmed; fields the
// operation does not know are errors. Errors accumulate into one kInvalid Status with a
// Vietnamese message per field.
#pragma once

#include <boost/json.hpp>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace atgt::model {

class ObjectReader {
 public:
  // kBadRequest "invalid_json" for malformed JSON or invalid UTF-8, "invalid_body" when the
  // body is not an object.
  static Result<ObjectReader> parse(std::string_view body);

  // Each getter records an error (and returns nullopt) when the field is missing but required,
  // has the wrong type, or breaks the stated limits. A JSON null counts as missing.
  std::optional<std::string> str(const char* key, bool required, size_t max_chars = 500);
  std::optional<int64_t> i64(const char* key, bool required);
  // A number (integer or not) within [lo, hi] (NaN and infinities are refused).
  std::optional<double> f64(const char* key, bool required, double lo, double hi);
  // A string kept as sent (no trimming or space squeezing; NFC is applied by the consumer), for
  // file contents such as CSV text. Limit in bytes.
  std::optional<std::string> get_raw_string(const char* key, bool required,
                                            size_t max_bytes = 4 << 20);
  std::optional<bool> boolean(const char* key, bool required);
  std::optional<std::vector<std::string>> str_list(const char* key, bool required,
                                                   size_t max_items = 100);
  std::optional<std::vector<int64_t>> i64_list(const char* key, bool required,
                                               size_t max_items = 1000);
  // True when the key is present (even as null).
  bool has(const char* key) const { return obj_.contains(key); }
  // Raw nested object (marks the key as known); nullopt when absent or null.
  std::optional<boost::json::object> object(const char* key, bool required);

  // Raw nested array (marks the key as known); nullopt when absent, null or longer than allowed.
  std::optional<boost::json::array> array(const char* key, bool required, size_t max_items);

  void error(const std::string& field, std::string message);
  // Ok when every field was known and valid; otherwise kInvalid with the fields.
  Status finish();

 private:
  explicit ObjectReader(boost::json::object o) : obj_(std::move(o)) {}
  friend Result<ObjectReader> reader_for(const boost::json::object& o);
  const boost::json::value* get(const char* key, bool required);

  boost::json::object obj_;
  std::set<std::string> known_;
  Status errors_ = Invalid();
  bool failed_ = false;
};

// Nested objects use the same rules.
Result<ObjectReader> reader_for(const boost::json::object& o);

}  // namespace atgt::model
