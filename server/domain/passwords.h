// Password hashing (argon2id, libsodium, INTERACTIVE limits: ~60 ms and 64 MiB each) with a cap
// on concurrent hashes, and the password policy (minimum length, a list of common passwords
// shipped as data in data/common_passwords.txt).
#pragma once

#include <memory>
#include <semaphore>
#include <string>
#include <unordered_set>

#include "base/status.h"

namespace atgt {

class PasswordHasher {
 public:
  // At most `max_concurrent` hashes run at once; callers beyond that wait.
  explicit PasswordHasher(int max_concurrent);
  Result<std::string> hash(const std::string& password);
  bool verify(const std::string& stored_hash, const std::string& password);
  // A hash of a random password, verified against when the login is unknown, so that unknown
  // and known logins take the same time.
  const std::string& dummy_hash() const { return dummy_; }

 private:
  std::counting_semaphore<64> slots_;
  std::string dummy_;
};

class PasswordPolicy {
 public:
  static constexpr size_t kMinLength = 12;  // OWASP ASVS 4.0 V2.1.1
  static constexpr size_t kMaxLength = 128;
  // Loads one password per line ('#' comments); an unreadable file is an error.
  Status load_common(const std::string& path);
  // Ok, or kInvalid with field `field` explaining the rule broken.
  Status check(const std::string& password, const std::string& login, const char* field) const;
  size_t common_count() const { return common_.size(); }

 private:
  std::unordered_set<std::string> common_;
};

// A random initial password of 12 URL-safe characters (72 bits) for an imported account. It
// never starts with a character a spreadsheet reads as a formula (= + - @), which the lists of
// initial passwords would prefix with an apostrophe, handing the user a password that fails.
std::string initial_password();

}  // namespace atgt
