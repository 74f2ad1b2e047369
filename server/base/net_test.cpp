#include "base/net.h"

#include <gtest/gtest.h>

namespace atgt {
namespace {

TEST(Net, CidrParsingAndMatching) {
  auto r = parse_cidr("10.0.0.0/8");
  ASSERT_TRUE(r);
  EXPECT_TRUE(cidr_contains(*r, "10.1.2.3"));
  EXPECT_FALSE(cidr_contains(*r, "11.0.0.1"));
  EXPECT_FALSE(cidr_contains(*r, "not an ip"));
  auto one = parse_cidr("127.0.0.1");
  ASSERT_TRUE(one);
  EXPECT_TRUE(cidr_contains(*one, "127.0.0.1"));
  EXPECT_FALSE(cidr_contains(*one, "127.0.0.2"));
  auto v6 = parse_cidr("fd00::/8");
  ASSERT_TRUE(v6);
  EXPECT_TRUE(cidr_contains(*v6, "fd12::1"));
  EXPECT_FALSE(cidr_contains(*v6, "::1"));
  EXPECT_TRUE(cidr_contains(*parse_cidr("0.0.0.0/0"), "8.8.8.8"));
  for (const char* bad : {"10.0.0.0/33", "10.0.0/8", "abc", "::1/129", "1.2.3.4/", "1.2.3.4/x"})
    EXPECT_FALSE(parse_cidr(bad)) << bad;
  EXPECT_FALSE(parse_cidr_list("127.0.0.1, nonsense"));
  EXPECT_EQ(parse_cidr_list("127.0.0.1, 10.0.0.0/8 ::1")->size(), 3u);
  EXPECT_TRUE(parse_cidr_list("")->empty());
}

TEST(Net, ForwardedForIsBelievedOnlyFromTrustedProxies) {
  auto trusted = *parse_cidr_list("127.0.0.1,10.0.0.0/8");
  std::string xff = "6.6.6.6, 203.0.113.7";
  // Not from a proxy: the header is ignored.
  EXPECT_EQ(client_address("198.51.100.1", &xff, trusted), "198.51.100.1");
  // From the proxy: the right-most untrusted hop (a client-forged 6.6.6.6 on the left is not it).
  EXPECT_EQ(client_address("127.0.0.1", &xff, trusted), "203.0.113.7");
  std::string chain = "203.0.113.7, 10.0.0.5";
  EXPECT_EQ(client_address("127.0.0.1", &chain, trusted), "203.0.113.7");
  std::string junk = "garbage";
  EXPECT_EQ(client_address("127.0.0.1", &junk, trusted), "127.0.0.1");
  EXPECT_EQ(client_address("127.0.0.1", nullptr, trusted), "127.0.0.1");
  EXPECT_EQ(client_address("127.0.0.1", &xff, {}), "127.0.0.1");
}

}  // namespace
}  // namespace atgt
