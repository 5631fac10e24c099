#pragma once
// The rule packs shipped in rules/, compiled into the binary at build time
// (see tools/embed_files.cmake), so claimcheck needs no files at run time.
#include <string_view>
#include <vector>

namespace claimcheck::rules {

struct EmbeddedFile {
  std::string_view path;      // relative to rules/, e.g. "ai-models/prices.json"
  std::string_view contents;  // the file's bytes
};

const std::vector<EmbeddedFile>& embedded_rule_files();

}  // namespace claimcheck::rules
