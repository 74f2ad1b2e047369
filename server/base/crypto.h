// Randomness and hashing (libsodium). sodium_init() is called on first use; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace atgt {

// `bytes` random bytes, base64url without padding (URL- and cookie-safe).
std::string random_token(size_t bytes = 32);
// SHA-256 of the input as lower-case hex (for storing tokens at rest).
std::string sha256_hex(std::string_view data);
// Constant-time comparison.
bool equal_ct(std::string_view a, std::string_view b);

}  // namespace atgt
