// Number formatting through std::to_chars (number_format.h).
#include "base/number_format.h"

#include <charconv>

namespace claimcheck::base {

std::string format_general(double v, int precision) {
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, precision);
  return std::string(buf, r.ptr);
}

std::string format_fixed(double v, int precision) {
  char buf[512];  // %.2f of 1e308 is 311 characters
  auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, precision);
  return std::string(buf, r.ptr);
}

void append_padded(std::string& out, long long v, int width) {
  char buf[24];
  const unsigned long long magnitude = v < 0 ? 0ULL - static_cast<unsigned long long>(v) : static_cast<unsigned long long>(v);
  auto r = std::to_chars(buf, buf + sizeof buf, magnitude);
  int digits = static_cast<int>(r.ptr - buf) + (v < 0 ? 1 : 0);
  if (v < 0) out += '-';
  if (digits < width) out.append(static_cast<std::size_t>(width - digits), '0');
  out.append(buf, r.ptr);
}

}  // namespace claimcheck::base
