// Short document names and the phrases explanations are built from.
#include "check/explain.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <set>

namespace claimcheck::check {

std::map<std::string, std::string> short_names(const std::vector<std::string>& docs) {
  std::map<std::string, std::string> stems;
  for (const auto& doc : docs) {
    std::string stem = std::filesystem::path(doc).stem().string();
    stems[doc] = stem.empty() ? doc : stem;
  }
  std::set<std::string> prefixes;
  bool distinct = true;
  for (const auto& [doc, stem] : stems) {
    const auto cut = stem.find('_');
    if (cut == std::string::npos || cut == 0 || !prefixes.insert(stem.substr(0, cut)).second) {
      distinct = false;
      break;
    }
  }
  if (distinct)
    for (auto& [doc, stem] : stems) stem = stem.substr(0, stem.find('_'));
  return stems;
}

std::string says(const std::vector<std::string>& names) {
  std::string s;
  for (std::size_t i = 0; i < names.size(); ++i) s += (i ? ", " : "") + names[i];
  return s + (names.size() == 1 ? " says" : " say");
}

std::string days_apart(double days) {
  const long long n = std::llround(std::fabs(days));
  if (n == 1) return "one day apart";
  return std::to_string(n) + " days apart";
}

std::string differ_by(double a, double b) {
  const double larger = std::max(std::fabs(a), std::fabs(b));
  if (larger == 0) return "differ";
  const double pct = std::fabs(a - b) / larger * 100;
  char buf[48];
  std::snprintf(buf, sizeof buf, pct >= 10 ? "differ by %.0f%%" : "differ by %.1f%%", pct);
  return buf;
}

}  // namespace claimcheck::check
