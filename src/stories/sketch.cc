// MinHash sketches of salient features (sketch.h).
#include "stories/sketch.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>
#include <unordered_set>

namespace claimcheck {
std::string_view embedded_not_salient_words();  // generated from rules/stories/not_salient.txt
}

namespace claimcheck::stories {
namespace {

// Words that say nothing about which event an article reports
// (rules/stories/not_salient.txt, built into the binary).
const std::unordered_set<std::string>& not_salient() {
  static const std::unordered_set<std::string> words = [] {
    std::unordered_set<std::string> out;
    std::string_view text = embedded_not_salient_words();
    std::size_t i = 0;
    while (i < text.size()) {
      std::size_t eol = text.find('\n', i);
      if (eol == std::string_view::npos) eol = text.size();
      std::string_view line = text.substr(i, eol - i);
      i = eol + 1;
      if (!line.empty() && line.front() == '#') continue;
      std::size_t w = 0;
      while (w < line.size()) {
        while (w < line.size() && line[w] == ' ') ++w;
        std::size_t b = w;
        while (w < line.size() && line[w] != ' ') ++w;
        if (w > b) out.emplace(line.substr(b, w - b));
      }
    }
    return out;
  }();
  return words;
}

bool word_byte(unsigned char c) { return std::isalpha(c) || c >= 0x80 || c == '\'' || c == '-'; }

std::string lower_ascii(std::string_view w) {
  std::string out(w);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

uint64_t fnv1a(std::string_view s) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

uint64_t mix(uint64_t x) {  // splitmix64's finaliser
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// A feature named often counts more: "f#2" when it occurs at least twice,
// "f#4" at least four times, and so on, so the Jaccard estimate weighs the
// names an article keeps returning to (its event) above passing mentions.
void add_repeats(std::map<std::string, uint32_t>& counts, std::set<std::string>& out) {
  for (const auto& [feature, n] : counts) {
    out.insert(feature);
    for (uint32_t k = 2; k <= n; k *= 2) out.insert(feature + "#" + std::to_string(k));
  }
}

}  // namespace

std::vector<std::string> salient_features(std::string_view text) {
  std::map<std::string, uint32_t> counts;
  std::string previous_name;  // the name just before, for pairs ("Barack Obama")
  std::size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (!(std::isalpha(c) || c >= 0x80)) {
      // A digit, punctuation or a line break between two names ends the pair;
      // a space does not.
      if (c != ' ') previous_name.clear();
      ++i;
      continue;
    }
    std::size_t begin = i;
    while (i < text.size() && word_byte(static_cast<unsigned char>(text[i]))) ++i;
    std::string_view word = text.substr(begin, i - begin);
    while (!word.empty() && (word.back() == '\'' || word.back() == '-')) word.remove_suffix(1);
    std::string low = lower_ascii(word);
    if (low.size() > 2 && (low.ends_with("'s") || low.ends_with("’s"))) low.resize(low.size() - 2);
    if (low.empty() || not_salient().count(low)) {
      previous_name.clear();
      continue;
    }
    if (std::isupper(static_cast<unsigned char>(word[0]))) {
      ++counts["N:" + low];
      if (!previous_name.empty()) ++counts["B:" + previous_name + "_" + low];
      previous_name = low;
    } else {
      previous_name.clear();
      if (low.size() >= 5) ++counts[low];
    }
  }
  std::set<std::string> out;
  add_repeats(counts, out);
  return {out.begin(), out.end()};
}

Sketch sketch_text(std::string_view text) {
  Sketch s;
  std::vector<std::string> features = salient_features(text);
  s.features = static_cast<uint32_t>(features.size());
  if (features.empty()) return s;
  s.mins.assign(kHashes, UINT32_MAX);
  for (const std::string& f : features) {
    uint64_t base = fnv1a(f);
    for (std::size_t k = 0; k < kHashes; ++k) {
      uint32_t h = static_cast<uint32_t>(mix(base ^ (0x51ed270b27e5a4f3ULL * (k + 1))) >> 32);
      s.mins[k] = std::min(s.mins[k], h);
    }
  }
  return s;
}

double similarity(const Sketch& a, const Sketch& b) {
  if (a.mins.size() != kHashes || b.mins.size() != kHashes) return 0;
  std::size_t equal = 0;
  for (std::size_t k = 0; k < kHashes; ++k) equal += a.mins[k] == b.mins[k];
  return static_cast<double>(equal) / kHashes;
}

}  // namespace claimcheck::stories
