#pragma once
// Reading a whole file, the one implementation (articles, rule packs,
// manifest.json, baselines).
#include <string>

namespace claimcheck::base {

// The bytes of `path`; "-" reads standard input.  Throws claimcheck::Error
// naming the path: "cannot read file: <strerror>" (missing, unreadable, a
// directory) or "cannot read file: read error".
std::string read_file(const std::string& path);

}  // namespace claimcheck::base
