#include "base/hash.h"

#include <zlib.h>

#include <algorithm>
#include <cstdio>

namespace claimcheck::base {

uint64_t fnv1a(std::string_view bytes, uint64_t h) {
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

std::string hex64(uint64_t value) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(value));
  return buf;
}

std::string content_hash(std::string_view bytes) {
  uint64_t h = fnv1a(bytes);
  uLong crc = crc32(0L, Z_NULL, 0);
  // crc32() takes uInt lengths: feed large inputs in slices.
  for (std::size_t pos = 0; pos < bytes.size(); pos += 1u << 30) {
    std::size_t n = std::min<std::size_t>(bytes.size() - pos, 1u << 30);
    crc = crc32(crc, reinterpret_cast<const Bytef*>(bytes.data() + pos), static_cast<uInt>(n));
  }
  char buf[25];
  std::snprintf(buf, sizeof buf, "%016llx%08lx", static_cast<unsigned long long>(h), static_cast<unsigned long>(crc));
  return buf;
}

}  // namespace claimcheck::base
