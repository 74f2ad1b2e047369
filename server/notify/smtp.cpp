// SMTP delivery through libcurl (see smtp.h).
#include "notify/smtp.h"

#include <curl/curl.h>
#include <sodium.h>

#include <cstring>
#include <ctime>
#include <mutex>

#include "base/crypto.h"

namespace atgt::notify {
namespace {

std::string b64(std::string_view s) {
  std::string out(sodium_base64_encoded_len(s.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(s.data()),
                    s.size(), sodium_base64_VARIANT_ORIGINAL);
  out.resize(std::strlen(out.c_str()));
  return out;
}

bool ascii(std::string_view s) {
  for (unsigned char ch : s)
    if (ch >= 0x80 || ch < 0x20) return false;
  return true;
}

std::string encode_header(const std::string& s) {
  return ascii(s) ? s : "=?UTF-8?B?" + b64(s) + "?=";
}

// "Name <addr>" with the display name encoded when not ASCII.
std::string encode_address(const std::string& s) {
  auto lt = s.find('<');
  if (lt == std::string::npos || lt == 0) return s;
  std::string name = s.substr(0, lt);
  while (!name.empty() && name.back() == ' ') name.pop_back();
  return encode_header(name) + " " + s.substr(lt);
}

std::string bare_address(const std::string& s) {
  auto lt = s.find('<'), gt = s.find('>');
  if (lt != std::string::npos && gt != std::string::npos && gt > lt)
    return s.substr(lt + 1, gt - lt - 1);
  return s;
}

struct Reader {
  const std::string* data;
  size_t pos = 0;
};

size_t read_cb(char* buf, size_t size, size_t n, void* user) {
  auto* r = static_cast<Reader*>(user);
  size_t left = r->data->size() - r->pos;
  size_t len = std::min(left, size * n);
  std::memcpy(buf, r->data->data() + r->pos, len);
  r->pos += len;
  return len;
}

std::string rfc5322_now() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char out[64];
  std::strftime(out, sizeof out, "%a, %d %b %Y %H:%M:%S +0000", &tm);
  return out;
}

}  // namespace

std::string build_message(const std::string& from, const std::string& to,
                          const std::string& subject, const std::string& body,
                          const std::string& message_id, const std::string& date_rfc5322) {
  std::string m;
  m += "Date: " + date_rfc5322 + "\r\n";
  m += "From: " + encode_address(from) + "\r\n";
  m += "To: " + to + "\r\n";
  m += "Subject: " + encode_header(subject) + "\r\n";
  m += "Message-ID: <" + message_id + ">\r\n";
  m += "MIME-Version: 1.0\r\n";
  m += "Content-Type: text/plain; charset=UTF-8\r\n";
  m += "Content-Transfer-Encoding: base64\r\n\r\n";
  std::string enc = b64(body);
  for (size_t i = 0; i < enc.size(); i += 76) m += enc.substr(i, 76) + "\r\n";
  return m;
}

Status send_mail(const SmtpConfig& cfg, const std::string& to, const std::string& subject,
                 const std::string& body) {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  if (cfg.url.empty())
    return {Kind::kUnavailable, "smtp_not_configured",
            "Chưa cấu hình máy chủ thư (ATGT_SMTP_URL)."};
  std::string from_addr = bare_address(cfg.from);
  std::string domain =
      from_addr.substr(from_addr.find('@') == std::string::npos ? 0 : from_addr.find('@') + 1);
  std::string msg =
      build_message(cfg.from, to, subject, body, random_token(12) + "@" + domain, rfc5322_now());
  CURL* curl = curl_easy_init();
  if (!curl) return {Kind::kUnavailable, "smtp_failed", "Không khởi tạo được kết nối thư."};
  std::string url = cfg.url;
  bool starttls = false;
  if (auto q = url.find("?starttls=1"); q != std::string::npos) {
    starttls = true;
    url.erase(q);
  }
  Reader reader{&msg};
  curl_slist* rcpt = curl_slist_append(nullptr, ("<" + to + ">").c_str());
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_FROM, ("<" + from_addr + ">").c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt);
  curl_easy_setopt(curl, CURLOPT_READFUNCTION, read_cb);
  curl_easy_setopt(curl, CURLOPT_READDATA, &reader);
  curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 5L);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, 30L);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  if (starttls) curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
  CURLcode rc = curl_easy_perform(curl);
  std::string err = rc == CURLE_OK ? "" : curl_easy_strerror(rc);
  curl_slist_free_all(rcpt);
  curl_easy_cleanup(curl);
  if (rc != CURLE_OK) return {Kind::kUnavailable, "smtp_failed", "Gửi thư thất bại: " + err};
  return Status::Ok();
}

}  // namespace atgt::notify
