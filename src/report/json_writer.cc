// JSON strings and numbers as nlohmann writes them (json_writer.h).
#include "report/json_writer.h"

#include <cmath>
#include <cstdint>
#include <cstring>

#include "claimcheck/json.h"

namespace claimcheck::report {
namespace {

// The UTF-8 nlohmann's decoder accepts (RFC 3629: no overlong forms, no
// surrogates, nothing past U+10FFFF).
bool valid_utf8(std::string_view s) {
  std::size_t i = 0, n = s.size();
  auto cont = [&](std::size_t at, unsigned char lo, unsigned char hi) {
    if (at >= n) return false;
    auto c = static_cast<unsigned char>(s[at]);
    return c >= lo && c <= hi;
  };
  while (i < n) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
    } else if (c >= 0xC2 && c <= 0xDF) {
      if (!cont(i + 1, 0x80, 0xBF)) return false;
      i += 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      unsigned char lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
      if (!cont(i + 1, lo, hi) || !cont(i + 2, 0x80, 0xBF)) return false;
      i += 3;
    } else if (c >= 0xF0 && c <= 0xF4) {
      unsigned char lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
      if (!cont(i + 1, lo, hi) || !cont(i + 2, 0x80, 0xBF) || !cont(i + 3, 0x80, 0xBF)) return false;
      i += 4;
    } else {
      return false;
    }
  }
  return true;
}

// Whether any of the 8 bytes of `w` needs a look: not ASCII, a control
// character, '"' or '\\' (the usual SWAR tests: a byte's high bit is set in
// `x - 0x01..` only where the byte was below the constant).
bool word_needs_care(uint64_t w) {
  constexpr uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
  const uint64_t control = (w - ones * 0x20) & ~w;
  const uint64_t quote = w ^ (ones * '"'), backslash = w ^ (ones * '\\');
  const uint64_t is_quote = (quote - ones) & ~quote, is_backslash = (backslash - ones) & ~backslash;
  return ((w | control | is_quote | is_backslash) & highs) != 0;
}

// Plain printable ASCII without '"' or '\\': copied as it is.  Most strings
// of a report are, so they skip the UTF-8 check and the escaping loop.
bool plain_ascii(std::string_view s) {
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (word_needs_care(w)) return false;
  }
  for (; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') return false;
  }
  return true;
}

}  // namespace

void append_string(std::string& out, std::string_view s) {
  if (plain_ascii(s)) {
    out += '"';
    out.append(s);
    out += '"';
    return;
  }
  if (!valid_utf8(s)) {  // rare: let nlohmann choose the replacement characters
    out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  out += '"';
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case 0x08: out += "\\b"; break;
      case 0x09: out += "\\t"; break;
      case 0x0A: out += "\\n"; break;
      case 0x0C: out += "\\f"; break;
      case 0x0D: out += "\\r"; break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
      }
    }
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

void append_double(std::string& out, double x) {
  if (!std::isfinite(x)) {
    out += "null";
    return;
  }
  std::array<char, 64> buf;
  char* end = nlohmann::detail::to_chars(buf.data(), buf.data() + buf.size(), x);
  out.append(buf.data(), end);
}

void append_string_map(std::string& out, const std::map<std::string, std::string>& m, int depth) {
  JsonBlock o(out, depth, '{', '}');
  for (const auto& [k, v] : m) {
    o.element();
    append_string(out, k);
    out += ": ";
    append_string(out, v);
  }
  o.close();
}

}  // namespace claimcheck::report
