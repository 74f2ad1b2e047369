// Login throttling rules.
#include "domain/login_throttle.h"

namespace atgt {

ThrottleVerdict login_throttle(const ThrottleCounts& c) {
  if (c.pair_failures >= 5 || c.ip_failures >= 50) return {false, 900};
  if (c.login_failures >= 50 && !c.known_address && c.micros_since_last_attempt < 1'000'000)
    return {false, 1};
  return {};
}

}  // namespace atgt
