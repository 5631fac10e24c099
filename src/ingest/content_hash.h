#pragma once
// The content hash that tells an unchanged document from a changed one.
#include <string>
#include <string_view>

namespace claimcheck::ingest {

// 96 bits as 24 hex digits: FNV-1a 64 of the bytes, then their CRC-32.  Two
// independent hashes so an accidental collision (the only kind that matters
// for "did this file change?") is out of reach.
std::string content_hash(std::string_view bytes);

}  // namespace claimcheck::ingest
