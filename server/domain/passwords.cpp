// Password hashing and policy.
#include "domain/passwords.h"

#include <sodium.h>

#include <cctype>
#include <fstream>

#include "base/crypto.h"
#include "base/text.h"

namespace atgt {

PasswordHasher::PasswordHasher(int max_concurrent)
    : slots_(std::max(1, std::min(64, max_concurrent))) {
  if (sodium_init() < 0) throw std::runtime_error("sodium_init failed");
  auto h = hash(random_token(16));
  dummy_ = h.ok() ? h.value() : "";
}

Result<std::string> PasswordHasher::hash(const std::string& password) {
  char out[crypto_pwhash_STRBYTES];
  slots_.acquire();
  int rc = crypto_pwhash_str_alg(out, password.data(), password.size(),
                                 crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                 crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13);
  slots_.release();
  if (rc != 0) return Internal("crypto_pwhash_str_alg failed (out of memory?)");
  return std::string(out);
}

bool PasswordHasher::verify(const std::string& stored, const std::string& password) {
  if (stored.empty() || stored.size() >= crypto_pwhash_STRBYTES) return false;
  slots_.acquire();
  int rc = crypto_pwhash_str_verify(stored.c_str(), password.data(), password.size());
  slots_.release();
  return rc == 0;
}

Status PasswordPolicy::load_common(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Internal("cannot read common password list " + path);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    common_.insert(fold(line));
  }
  return Status::Ok();
}

Status PasswordPolicy::check(const std::string& password, const std::string& login,
                             const char* field) const {
  size_t chars = 0;
  for (unsigned char c : password) chars += (c & 0xC0) != 0x80;
  if (chars < kMinLength)
    return Invalid().with_field(
        field, "Mật khẩu phải có ít nhất " + std::to_string(kMinLength) + " ký tự.");
  if (chars > kMaxLength)
    return Invalid().with_field(field,
                                "Mật khẩu dài quá " + std::to_string(kMaxLength) + " ký tự.");
  std::string f = fold(password);
  if (common_.count(f))
    return Invalid().with_field(field,
                                "Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.");
  if (!login.empty() && f.find(fold(login)) != std::string::npos)
    return Invalid().with_field(field, "Mật khẩu không được chứa tên đăng nhập.");
  return Status::Ok();
}

std::string initial_password() {
  // Redraw until the first character is a letter or a digit (62 of the 64; about 1 draw in 32 is
  // redrawn), so the password reads the same in a spreadsheet.
  for (;;) {
    std::string p = random_token(9);
    if (std::isalnum(static_cast<unsigned char>(p[0]))) return p;
  }
}

}  // namespace atgt
