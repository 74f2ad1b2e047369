// Browser security headers.
#include "app/security_headers.h"

#include <strings.h>

#include "base/crypto.h"

namespace atgt::app {
namespace {

bool has_header(const http::Response& res, const char* name) {
  for (const auto& [k, v] : res.headers)
    if (strcasecmp(k.c_str(), name) == 0) return true;
  return false;
}

void add_if_absent(http::Response& res, const char* name, std::string value) {
  if (!has_header(res, name)) res.set_header(name, std::move(value));
}

}  // namespace

std::string new_csp_nonce() {
  return random_token(16);
}

std::string frontend_csp(std::string_view style_nonce) {
  std::string style = "style-src 'self'";
  if (!style_nonce.empty()) {
    style += " 'nonce-";
    style += style_nonce;
    style += "'";
  }
  return "default-src 'self'; script-src 'self'; " + style +
         "; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
         "form-action 'self'; frame-ancestors 'none'";
}

void add_security_headers(http::Response& res, bool hsts) {
  add_if_absent(res, "Content-Security-Policy", kDenyAllCsp);
  add_if_absent(res, "X-Content-Type-Options", "nosniff");
  add_if_absent(res, "X-Frame-Options", "DENY");
  add_if_absent(res, "Referrer-Policy", "no-referrer");
  if (hsts) add_if_absent(res, "Strict-Transport-Security", "max-age=31536000; includeSubDomains");
}

}  // namespace atgt::app
