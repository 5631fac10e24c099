// Short document names (claimcheck/short_names.h).
#include "claimcheck/short_names.h"

#include <filesystem>

namespace claimcheck {
namespace {

std::string stem_of(const std::string& doc) {
  std::string stem = std::filesystem::path(doc).stem().string();
  return stem.empty() ? doc : stem;
}

}  // namespace

std::string short_name(const std::string& doc) {
  std::string stem = stem_of(doc);
  const auto cut = stem.find('_');
  if (cut == std::string::npos || cut == 0 || stem.size() - cut - 1 < 6) return stem;
  if (stem.find_first_not_of("0123456789abcdefABCDEF", cut + 1) != std::string::npos) return stem;
  return stem.substr(0, cut);
}

std::map<std::string, std::string> short_names(const std::vector<std::string>& docs) {
  std::map<std::string, std::string> names;
  std::map<std::string, int> uses;
  for (const auto& doc : docs) {
    if (names.count(doc)) continue;
    names[doc] = short_name(doc);
    ++uses[names[doc]];
  }
  for (auto& [doc, name] : names)
    if (uses[name] > 1) name = stem_of(doc);
  return names;
}

}  // namespace claimcheck
