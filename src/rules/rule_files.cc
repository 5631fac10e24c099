// Where rule files come from: a directory on disk, or the copy built into the
// binary (tools/embed_files.cmake).
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/file.h"
#include "claimcheck/error.h"
#include "rules/embedded.h"
#include "rules/rule_set.h"

namespace claimcheck::rules {
namespace fs = std::filesystem;

namespace {

// "ai-models/prices.json" -> "ai-models"; "prices.json" -> `fallback`.
std::string pack_of(const std::string& relative, const std::string& fallback) {
  auto slash = relative.find('/');
  return slash == std::string::npos ? fallback : relative.substr(0, slash);
}

}  // namespace

std::vector<SourceFile> read_rule_dir(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw Error(dir, "not a rules directory");
  std::string base = fs::path(dir).lexically_normal().filename().string();
  if (base.empty()) base = fs::path(dir).lexically_normal().parent_path().filename().string();
  std::vector<SourceFile> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir, ec)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".json") continue;
    std::string relative = fs::relative(entry.path(), dir).generic_string();
    files.push_back({entry.path().string(), pack_of(relative, base), claimcheck::base::read_file(entry.path().string())});
  }
  if (ec) throw Error(dir, ec.message());
  std::sort(files.begin(), files.end(), [](const SourceFile& a, const SourceFile& b) { return a.path < b.path; });
  return files;
}

std::vector<SourceFile> embedded_sources() {
  std::vector<SourceFile> files;
  for (const auto& f : embedded_rule_files()) {
    std::string relative(f.path);
    files.push_back({"rules/" + relative, pack_of(relative, "rules"), std::string(f.contents)});
  }
  return files;
}

}  // namespace claimcheck::rules
