// Structured logging: one JSON object per line on stderr. Thread-safe. Level from
// ATGT_LOG_LEVEL (debug|info|warn|error; default info). Callers must pass ids, never names or
// other personal data, in access-log fields.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace atgt::log {

enum class Level { kDebug = 0, kInfo = 1, kWarn = 2, kError = 3 };

using Field = std::pair<std::string_view, std::string>;

void set_level(Level level);
bool parse_level(std::string_view text, Level* out);
bool enabled(Level level);
void write(Level level, std::string_view event, std::initializer_list<Field> fields);
// Writes buffered lines now (call before exit; warn and error lines are never buffered).
void flush();

inline void debug(std::string_view e, std::initializer_list<Field> f = {}) {
  write(Level::kDebug, e, f);
}
inline void info(std::string_view e, std::initializer_list<Field> f = {}) {
  write(Level::kInfo, e, f);
}
inline void warn(std::string_view e, std::initializer_list<Field> f = {}) {
  write(Level::kWarn, e, f);
}
inline void error(std::string_view e, std::initializer_list<Field> f = {}) {
  write(Level::kError, e, f);
}

}  // namespace atgt::log
