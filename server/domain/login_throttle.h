// Login throttling rules (docs/security.md). Pure: the store counts, this decides.
//  - an address with 5 failed logins for one login in 15 minutes is refused for that login
//    (the attacker's address, not the account, is locked: the owner elsewhere still logs in);
//  - an address with 50 failed logins (any login) in 15 minutes is refused for every login;
//  - a login under a heavy attack (50 failures in 15 minutes from everywhere) is slowed down, not
//    shut out: an address that has not logged in to it successfully in the last 30 days gets at
//    most one try per second for it;
//  - a correct password from an address without recent failures is accepted at once.
// Password-reset requests are not failed logins; they have their own per-address limit.
#pragma once

#include <cstdint>

#include "model/user.h"

namespace atgt {

using model::ThrottleCounts;

inline constexpr int64_t kThrottleWindowMicros = 15LL * 60 * 1'000'000;
inline constexpr int64_t kKnownAddressMicros = 30LL * 86400 * 1'000'000;

struct ThrottleVerdict {
  bool allowed = true;
  int retry_after_seconds = 0;
};

ThrottleVerdict login_throttle(const ThrottleCounts& c);

}  // namespace atgt
