// CIDR matching and X-Forwarded-For.
#include "base/net.h"

#include <arpa/inet.h>

#include <cstring>

namespace atgt {
namespace {

std::optional<std::array<uint8_t, 16>> parse_ip(std::string_view text) {
  std::string s(text);
  std::array<uint8_t, 16> out{};
  in_addr v4;
  if (inet_pton(AF_INET, s.c_str(), &v4) == 1) {
    out[10] = out[11] = 0xff;
    std::memcpy(out.data() + 12, &v4, 4);
    return out;
  }
  in6_addr v6;
  if (inet_pton(AF_INET6, s.c_str(), &v6) == 1) {
    std::memcpy(out.data(), &v6, 16);
    return out;
  }
  return std::nullopt;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::optional<Cidr> parse_cidr(std::string_view text) {
  text = trim(text);
  size_t slash = text.find('/');
  auto ip = parse_ip(text.substr(0, slash));
  if (!ip) return std::nullopt;
  bool v4 = text.substr(0, slash).find(':') == std::string_view::npos;
  Cidr c;
  c.addr = *ip;
  c.bits = 128;
  if (slash != std::string_view::npos) {
    std::string_view n = text.substr(slash + 1);
    if (n.empty() || n.size() > 3) return std::nullopt;
    int bits = 0;
    for (char ch : n) {
      if (ch < '0' || ch > '9') return std::nullopt;
      bits = bits * 10 + (ch - '0');
    }
    if (bits > (v4 ? 32 : 128)) return std::nullopt;
    c.bits = v4 ? 96 + bits : bits;
  }
  return c;
}

std::optional<std::vector<Cidr>> parse_cidr_list(std::string_view text) {
  std::vector<Cidr> out;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find_first_of(", ", pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view item = trim(text.substr(pos, end - pos));
    if (!item.empty()) {
      auto c = parse_cidr(item);
      if (!c) return std::nullopt;
      out.push_back(*c);
    }
    pos = end + 1;
  }
  return out;
}

bool cidr_contains(const Cidr& range, std::string_view ip) {
  auto a = parse_ip(trim(ip));
  if (!a) return false;
  int full = range.bits / 8, rest = range.bits % 8;
  if (std::memcmp(a->data(), range.addr.data(), full) != 0) return false;
  if (rest == 0) return true;
  uint8_t mask = static_cast<uint8_t>(0xff << (8 - rest));
  return ((*a)[full] & mask) == (range.addr[full] & mask);
}

bool in_any(const std::vector<Cidr>& ranges, std::string_view ip) {
  for (const auto& r : ranges)
    if (cidr_contains(r, ip)) return true;
  return false;
}

std::string client_address(std::string_view peer, const std::string* xff,
                           const std::vector<Cidr>& trusted) {
  if (!xff || trusted.empty() || !in_any(trusted, peer)) return std::string(peer);
  std::string_view rest(*xff);
  std::string current(peer);
  while (true) {
    size_t comma = rest.rfind(',');
    std::string_view hop = trim(comma == std::string_view::npos ? rest : rest.substr(comma + 1));
    if (!parse_ip(hop)) return current;
    current = std::string(hop);
    if (!in_any(trusted, hop) || comma == std::string_view::npos) return current;
    rest = rest.substr(0, comma);
  }
}

}  // namespace atgt
