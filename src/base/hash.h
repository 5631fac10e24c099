#pragma once
// The hashes claimcheck keeps stable across platforms and releases: they end
// up in claim ids, finding fingerprints and the store's content hashes.
//
// Example:
//   base::fnv1a("a") == 0x44bd8ad473cd9906
//   base::hex64(0x44bd8ad473cd9906) == "44bd8ad473cd9906"
//   base::content_hash("a")  -> 24 hex digits (FNV-1a 64, then CRC-32)
#include <cstdint>
#include <string>
#include <string_view>

namespace claimcheck::base {

// The offset basis claimcheck has always used: one digit short of the
// published FNV-1a 64 basis (14695981039346656037).  Claim ids, fingerprints
// and stored content hashes depend on it, so it stays.
inline constexpr uint64_t kFnvOffsetBasis = 1469598103934665603ULL;

// FNV-1a 64 of `bytes`, continuing from `h` (pass a previous result to hash
// several pieces as one).
uint64_t fnv1a(std::string_view bytes, uint64_t h = kFnvOffsetBasis);

// 16 lower-case hex digits.
std::string hex64(uint64_t value);

// The content hash that tells an unchanged document from a changed one: 96
// bits as 24 hex digits, FNV-1a 64 of the bytes then their CRC-32.  Two
// independent hashes so an accidental collision (the only kind that matters
// for "did this file change?") is out of reach.
std::string content_hash(std::string_view bytes);

}  // namespace claimcheck::base
