#include "app/security_headers.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "app/static_files.h"

namespace atgt::app {
namespace {

const std::string* header(const http::Response& r, const std::string& name) {
  const std::string* found = nullptr;
  for (const auto& [k, v] : r.headers) {
    if (k != name) continue;
    EXPECT_EQ(found, nullptr) << name << " appears twice";
    found = &v;
  }
  return found;
}

TEST(SecurityHeaders, EveryResponseGetsTheCommonHeadersAndADenyAllPolicy) {
  http::Response r;
  r.set_header("Content-Type", "application/json; charset=utf-8");
  add_security_headers(r, false);
  ASSERT_NE(header(r, "X-Content-Type-Options"), nullptr);
  EXPECT_EQ(*header(r, "X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(*header(r, "Referrer-Policy"), "no-referrer");
  EXPECT_EQ(*header(r, "X-Frame-Options"), "DENY");
  EXPECT_EQ(*header(r, "Content-Security-Policy"), kDenyAllCsp);
  EXPECT_EQ(header(r, "Strict-Transport-Security"), nullptr);
}

TEST(SecurityHeaders, HstsOnlyWithSecureCookies) {
  http::Response r;
  add_security_headers(r, true);
  ASSERT_NE(header(r, "Strict-Transport-Security"), nullptr);
  EXPECT_EQ(*header(r, "Strict-Transport-Security"), "max-age=31536000; includeSubDomains");
}

TEST(SecurityHeaders, KeepsWhatTheResponseAlreadySays) {
  // A download: its sandbox policy and its own nosniff stay, nothing is doubled (any case).
  http::Response r;
  r.set_header("Content-Security-Policy", "sandbox");
  r.set_header("x-content-type-options", "nosniff");
  add_security_headers(r, false);
  EXPECT_EQ(*header(r, "Content-Security-Policy"), "sandbox");
  EXPECT_EQ(header(r, "X-Content-Type-Options"), nullptr);
  EXPECT_EQ(*header(r, "x-content-type-options"), "nosniff");
  EXPECT_EQ(*header(r, "Referrer-Policy"), "no-referrer");
}

TEST(SecurityHeaders, FrontendPolicyIsStrict) {
  std::string csp = frontend_csp("abc-_123");
  EXPECT_NE(csp.find("default-src 'self';"), std::string::npos) << csp;
  EXPECT_NE(csp.find("script-src 'self';"), std::string::npos) << csp;
  EXPECT_NE(csp.find("style-src 'self' 'nonce-abc-_123';"), std::string::npos) << csp;
  EXPECT_NE(csp.find("object-src 'none'"), std::string::npos) << csp;
  EXPECT_NE(csp.find("base-uri 'none'"), std::string::npos) << csp;
  EXPECT_NE(csp.find("form-action 'self'"), std::string::npos) << csp;
  EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos) << csp;
  EXPECT_NE(csp.find("connect-src 'self'"), std::string::npos) << csp;
  EXPECT_EQ(csp.find("unsafe"), std::string::npos) << csp;
  EXPECT_EQ(frontend_csp().find("nonce"), std::string::npos);
}

TEST(SecurityHeaders, NoncesAreFreshAndPolicySafe) {
  std::set<std::string> seen;
  for (int i = 0; i < 100; ++i) {
    std::string n = new_csp_nonce();
    EXPECT_GE(n.size(), 22u);  // 128 bits
    EXPECT_EQ(
        n.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        std::string::npos)
        << n;
    EXPECT_TRUE(seen.insert(n).second);
  }
}

class StaticFilesNonce : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("atgt-static-" + std::to_string(::getpid()) + "-" + new_csp_nonce());
    std::filesystem::create_directories(dir_ / "assets");
    std::ofstream(dir_ / "index.html")
        << "<head><meta name=\"csp-nonce\" nonce=\"" << kCspNoncePlaceholder
        << "\"><script type=\"module\" src=\"/assets/a.js\"></script></head><i>"
        << kCspNoncePlaceholder << "</i>";
    std::ofstream(dir_ / "assets" / "a.js") << "console.log('" << kCspNoncePlaceholder << "')";
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
};

TEST_F(StaticFilesNonce, IndexGetsAFreshNonceInThePolicyAndThePage) {
  StaticFiles files(dir_.string());
  std::set<std::string> seen;
  for (const char* path : {"/", "/dang-nhap", "/index.html", "/to-chuc/don-vi"}) {
    auto r = files.serve(path);
    ASSERT_EQ(r.status, 200) << path;
    const std::string* csp = header(r, "Content-Security-Policy");
    ASSERT_NE(csp, nullptr) << path;
    auto at = csp->find("'nonce-");
    ASSERT_NE(at, std::string::npos) << *csp;
    std::string nonce = csp->substr(at + 7, csp->find('\'', at + 7) - at - 7);
    EXPECT_EQ(*csp, frontend_csp(nonce));
    EXPECT_TRUE(seen.insert(nonce).second) << "the nonce is new on every response";
    EXPECT_EQ(r.body, "<head><meta name=\"csp-nonce\" nonce=\"" + nonce +
                          "\"><script type=\"module\" src=\"/assets/a.js\"></script></head><i>" +
                          nonce + "</i>");
    EXPECT_EQ(*header(r, "Cache-Control"), "no-store");
    EXPECT_EQ(header(r, "ETag"), nullptr);
  }
}

TEST_F(StaticFilesNonce, AssetsAreServedAsBuiltUnderThePolicyWithoutNonce) {
  StaticFiles files(dir_.string());
  auto r = files.serve("/assets/a.js");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "console.log('" + std::string(kCspNoncePlaceholder) + "')");
  EXPECT_EQ(*header(r, "Content-Security-Policy"), frontend_csp());
  EXPECT_NE(header(r, "ETag"), nullptr);
  EXPECT_EQ(files.serve("/assets/missing.js").status, 404);
}

}  // namespace
}  // namespace atgt::app
