#include "gate/baseline.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <tuple>

#include "base/file.h"
#include "claimcheck/error.h"

namespace claimcheck::gate {
using nlohmann::json;

Baseline read_baseline(const std::string& path) {
  std::string text;
  try {
    text = base::read_file(path);
  } catch (const Error&) {
    throw Error(path, "cannot read baseline file (write one with `claimcheck baseline ARTICLE... --output " + path + "`)");
  }
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) throw Error(path, "baseline file is not a JSON object");
  if (!j.contains("claimcheck_baseline") || !j["claimcheck_baseline"].is_number_integer())
    throw Error(path, "not a claimcheck baseline (no \"claimcheck_baseline\" version field)");
  int version = j["claimcheck_baseline"].get<int>();
  if (version > kBaselineVersion)
    throw Error(path, "baseline version " + std::to_string(version) + " is newer than this claimcheck reads (" +
                          std::to_string(kBaselineVersion) + ")");
  Baseline b;
  const json& accepted = j.value("accepted", json::array());
  if (!accepted.is_array()) throw Error(path, "\"accepted\" must be an array");
  for (std::size_t i = 0; i < accepted.size(); ++i) {
    const json& e = accepted[i];
    if (!e.is_object() || !e.contains("fingerprint") || !e["fingerprint"].is_string())
      throw Error(path, "accepted[" + std::to_string(i) + "] has no \"fingerprint\" string");
    BaselineEntry entry;
    entry.fingerprint = e["fingerprint"].get<std::string>();
    entry.kind = e.value("kind", "");
    entry.file = e.value("file", "");
    entry.line = e.value("line", 0);
    entry.message = e.value("message", "");
    b.fingerprints.insert(entry.fingerprint);
    b.entries.push_back(std::move(entry));
  }
  return b;
}

std::string baseline_text(std::vector<BaselineEntry> entries) {
  std::sort(entries.begin(), entries.end(), [](const BaselineEntry& a, const BaselineEntry& b) {
    return std::tie(a.file, a.fingerprint) < std::tie(b.file, b.fingerprint);
  });
  entries.erase(std::unique(entries.begin(), entries.end(),
                            [](const auto& a, const auto& b) { return a.fingerprint == b.fingerprint; }),
                entries.end());
  // Ordered so the file reads version first and each entry fingerprint first.
  nlohmann::ordered_json accepted = nlohmann::ordered_json::array();
  for (const BaselineEntry& e : entries)
    accepted.push_back({{"fingerprint", e.fingerprint}, {"kind", e.kind}, {"file", e.file}, {"line", e.line},
                        {"message", e.message}});
  nlohmann::ordered_json j{{"claimcheck_baseline", kBaselineVersion}, {"accepted", accepted}};
  return j.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace claimcheck::gate
