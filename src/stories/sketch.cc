// Weighted profiles of salient features (sketch.h).
#include "stories/sketch.h"

#include <algorithm>
#include <cmath>
#include <cctype>
#include <map>
#include <string>
#include <unordered_set>

#include "base/hash.h"

namespace claimcheck {
std::string_view embedded_not_salient_words();  // generated from rules/stories/not_salient.txt
std::string_view embedded_common_words();       // generated from /usr/share/dict/american-english-small
}

namespace claimcheck::stories {
namespace {

std::string lower_ascii(std::string_view w) {
  std::string out(w);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The lower-cased words of a word list: one or more per line, separated by
// spaces; lines starting with '#' are comments.
std::unordered_set<std::string> word_set(std::string_view text) {
  std::unordered_set<std::string> out;
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
      if (w > b) out.insert(lower_ascii(line.substr(b, w - b)));
    }
  }
  return out;
}

// Words that say nothing about which event an article reports
// (rules/stories/not_salient.txt, built into the binary).
const std::unordered_set<std::string>& not_salient() {
  static const std::unordered_set<std::string> words = word_set(embedded_not_salient_words());
  return words;
}

// SCOWL's common English words (Debian wamerican-small, one per line).
const std::unordered_set<std::string>& common_words() {
  static const std::unordered_set<std::string> words = word_set(embedded_common_words());
  return words;
}

bool word_byte(unsigned char c) { return std::isalpha(c) || c >= 0x80 || c == '\'' || c == '-'; }

uint64_t mix(uint64_t x) {  // splitmix64's finaliser
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// kRareWeight when a word of the feature ("N:x", "B:x_y" or a word) is not common.
double rarity(const std::string& feature) {
  std::string_view words = feature;
  if (words.size() > 2 && words[1] == ':') words.remove_prefix(2);
  const auto& common = common_words();
  std::size_t i = 0;
  while (i <= words.size()) {
    std::size_t end = words.find('_', i);
    if (end == std::string_view::npos) end = words.size();
    if (!common.count(std::string(words.substr(i, end - i)))) return kRareWeight;
    i = end + 1;
  }
  return 1.0;
}

uint32_t feature_hash(const std::string& feature) { return static_cast<uint32_t>(mix(base::fnv1a(feature)) >> 32); }

bool heavier(const Term& a, const Term& b) { return a.weight != b.weight ? a.weight > b.weight : a.hash < b.hash; }
bool by_hash(const Term& a, const Term& b) { return a.hash < b.hash; }

}  // namespace

std::map<std::string, uint32_t> salient_features(std::string_view text) {
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
  return counts;
}

Sketch sketch_text(std::string_view text) {
  Sketch s;
  std::map<std::string, uint32_t> counts = salient_features(text);
  s.features = static_cast<uint32_t>(counts.size());
  if (counts.empty()) return s;
  std::vector<double> weights;
  double norm = 0;
  for (const auto& [feature, n] : counts) {
    double w = (1 + std::log(static_cast<double>(n))) * rarity(feature);
    weights.push_back(w);
    norm += w * w;
  }
  norm = std::sqrt(norm);
  std::size_t i = 0;
  for (const auto& entry : counts) s.terms.push_back({feature_hash(entry.first), static_cast<float>(weights[i++] / norm)});
  std::vector<Term> heaviest = s.terms;
  std::sort(heaviest.begin(), heaviest.end(), heavier);
  for (std::size_t k = 0; k < heaviest.size() && k < kKeyTerms; ++k) s.keys.push_back(heaviest[k].hash);
  std::sort(s.terms.begin(), s.terms.end(), by_hash);
  return s;
}

std::vector<Term> heaviest_terms(const Sketch& sketch, std::size_t n) {
  std::vector<Term> out = sketch.terms;
  if (out.size() > n) {
    std::partial_sort(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(n), out.end(), heavier);
    out.resize(n);
  }
  std::sort(out.begin(), out.end(), by_hash);
  return out;
}

double similarity(const Sketch& a, const Sketch& b) {
  double dot = 0;
  auto i = a.terms.begin(), j = b.terms.begin();
  while (i != a.terms.end() && j != b.terms.end()) {
    if (i->hash < j->hash) ++i;
    else if (j->hash < i->hash) ++j;
    else dot += static_cast<double>((i++)->weight) * (j++)->weight;
  }
  return dot;
}

}  // namespace claimcheck::stories
