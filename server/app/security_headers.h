// Browser security headers (docs/security.md "Browser security headers"), decided here and only
// here. `dispatch` calls add_security_headers on every response it returns: nosniff, no referrer,
// no framing, HSTS when cookies are Secure, and a deny-all Content-Security-Policy unless the
// response has its own (the front end's, from StaticFiles; a download's `sandbox`).
#pragma once

#include <string>
#include <string_view>

#include "http/message.h"

namespace atgt::app {

// What web/index.html carries where the page's style nonce goes
// (<meta name="csp-nonce" nonce="__CSP_NONCE__">); StaticFiles replaces it on every response.
inline constexpr std::string_view kCspNoncePlaceholder = "__CSP_NONCE__";

// A fresh nonce for one index.html response: 128 random bits, base64url.
std::string new_csp_nonce();

// The policy of the front end: scripts from the site only (nothing inline, no eval), styles from
// the site and from <style> elements carrying `style_nonce` (antd's CSS-in-JS), images from the
// site and data: URLs, requests to the site only, no plugins, no <base>, forms to the site only,
// never framed. An empty nonce (assets) allows no <style> element.
std::string frontend_csp(std::string_view style_nonce = {});

// The policy of every other response (API JSON, errors, health): nothing may load, nothing may
// frame it.
inline constexpr const char* kDenyAllCsp =
    "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

// Adds the headers every response carries; a header the response already has is kept.
// `hsts`: ATGT_SECURE_COOKIES is set (the site is served over HTTPS only).
void add_security_headers(http::Response& res, bool hsts);

}  // namespace atgt::app
