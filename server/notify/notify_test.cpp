// Template rendering and the email message format.
#include "notify/notify.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include "notify/smtp.h"

namespace atgt::notify {
namespace {

TEST(Render, ReplacesKnownPlaceholdersOnly) {
  EXPECT_EQ(render("Kính gửi {{user_name}}, việc {{job_id}} {{khong_co}}xong.",
                   {{"user_name", "Thầy An"}, {"job_id", "12"}}),
            "Kính gửi Thầy An, việc 12 xong.");
  EXPECT_EQ(render("{{a}}{{a}}", {{"a", "{{a}}"}}), "{{a}}{{a}}");  // values are not re-expanded
  EXPECT_EQ(render("mở {{ không đóng", {}), "mở {{ không đóng");
}

std::string unb64(const std::string& s) {
  std::string out(s.size(), '\0');
  size_t len = 0;
  EXPECT_EQ(sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), s.data(),
                              s.size(), "\r\n", &len, nullptr, sodium_base64_VARIANT_ORIGINAL),
            0);
  out.resize(len);
  return out;
}

TEST(Mail, MessageEncodesVietnameseHeadersAndBody) {
  std::string body =
      "Kính gửi Thầy An,\n\nLiên kết: https://atgt.example/reset-password?token=abc\n";
  std::string m = build_message("ATGT Học đường <no-reply@atgt.example>", "an@example.vn",
                                "[ATGT Học đường] Đặt lại mật khẩu", body, "id1@atgt.example",
                                "Sun, 29 Nov 2026 03:00:00 +0000");
  EXPECT_NE(m.find("From: =?UTF-8?B?"), std::string::npos);
  EXPECT_NE(m.find(" <no-reply@atgt.example>\r\n"), std::string::npos);
  EXPECT_NE(m.find("To: an@example.vn\r\n"), std::string::npos);
  EXPECT_NE(m.find("Content-Transfer-Encoding: base64\r\n"), std::string::npos);
  auto subject_at = m.find("Subject: =?UTF-8?B?");
  ASSERT_NE(subject_at, std::string::npos);
  auto start = subject_at + 19;
  EXPECT_EQ(unb64(m.substr(start, m.find("?=", start) - start)),
            "[ATGT Học đường] Đặt lại mật khẩu");
  auto blank = m.find("\r\n\r\n");
  ASSERT_NE(blank, std::string::npos);
  std::string encoded = m.substr(blank + 4);
  for (size_t i = 0, line = 0; i < encoded.size(); ++i) {
    if (encoded[i] == '\r') {
      EXPECT_LE(line, 76u);
      line = 0;
    } else if (encoded[i] != '\n') {
      ++line;
    }
  }
  EXPECT_EQ(unb64(encoded), body);
}

TEST(Mail, NotConfiguredIsUnavailableNotACrash) {
  auto st = send_mail({"", "a <b@c.d>"}, "x@y.z", "s", "b");
  EXPECT_EQ(st.kind(), Kind::kUnavailable);
  EXPECT_EQ(st.code(), "smtp_not_configured");
  auto down = send_mail({"smtp://127.0.0.1:1", "a <b@c.d>"}, "x@y.z", "s", "b");
  EXPECT_EQ(down.code(), "smtp_failed");
}

}  // namespace
}  // namespace atgt::notify
