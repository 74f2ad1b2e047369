// Network addresses: CIDR ranges (IPv4 and IPv6) and the client address of a request behind
// trusted reverse proxies.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace atgt {

struct Cidr {
  std::array<uint8_t, 16> addr{};  // IPv4 as an IPv4-mapped IPv6 address
  int bits = 128;                  // prefix length over the 128-bit form
};

// "10.0.0.0/8", "127.0.0.1", "::1", "fd00::/8"; nullopt when malformed.
std::optional<Cidr> parse_cidr(std::string_view text);
// A comma- or space-separated list; nullopt when any element is malformed.
std::optional<std::vector<Cidr>> parse_cidr_list(std::string_view text);
bool cidr_contains(const Cidr& range, std::string_view ip);
bool in_any(const std::vector<Cidr>& ranges, std::string_view ip);

// The address of the client: the peer address, unless the peer is a trusted proxy, in which
// case the right-most address of X-Forwarded-For that is not itself a trusted proxy (a client
// can prepend anything to the header; only what the proxies appended is believed). Malformed
// header entries stop the walk at the last trusted hop.
std::string client_address(std::string_view peer, const std::string* forwarded_for,
                           const std::vector<Cidr>& trusted);

}  // namespace atgt
