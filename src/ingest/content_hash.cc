#include "ingest/content_hash.h"

#include <zlib.h>

#include <cstdio>

namespace claimcheck::ingest {

std::string content_hash(std::string_view bytes) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ULL;
  }
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

}  // namespace claimcheck::ingest
