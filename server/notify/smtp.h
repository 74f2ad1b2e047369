// Sending one plain-text email through an SMTP server (libcurl). The URL is ATGT_SMTP_URL:
// smtp://host:port, smtps://user:password@host:465, or smtp://...?starttls=1 to require
// STARTTLS. Blocking (timeouts: 5 s to connect, 30 s in all); thread-safe.
#pragma once

#include <string>

#include "base/status.h"

namespace atgt::notify {

struct SmtpConfig {
  std::string url;   // empty: email is not configured (emails wait in the outbox)
  std::string from;  // "ATGT Học đường <no-reply@example.vn>"
};

// kUnavailable with the server's error when the message was not accepted.
Status send_mail(const SmtpConfig& cfg, const std::string& to, const std::string& subject,
                 const std::string& body);

// The RFC 5322 message (headers with RFC 2047 encoded UTF-8, base64 body); exposed for tests.
std::string build_message(const std::string& from, const std::string& to,
                          const std::string& subject, const std::string& body,
                          const std::string& message_id, const std::string& date_rfc5322);

}  // namespace atgt::notify
