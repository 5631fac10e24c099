// MinHash sketches of salient features (sketch.h).
#include "stories/sketch.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <unordered_set>

namespace claimcheck::stories {
namespace {

// Function words and reporting verbs: every article has them.
const std::unordered_set<std::string_view>& stop_words() {
  static const std::unordered_set<std::string_view> words = {
      "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
      "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
      "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has",
      "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in",
      "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now",
      "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same",
      "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves",
      "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very",
      "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
      "would", "you", "your", "yours", "said", "says", "say", "told", "tell", "according", "one", "two", "three",
      "four", "five", "six", "seven", "eight", "nine", "ten", "first", "last", "new", "year", "years", "time",
      "people", "like", "get", "got", "make", "made", "many", "much", "even", "still", "back", "well", "way",
      "may", "might", "must", "since", "yet", "however", "another", "every", "including", "around", "among",
      "per", "percent", "week", "weeks", "day", "days", "month", "months", "today", "yesterday", "tomorrow",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
      "march", "april", "june", "july", "august", "september", "october", "november", "december", "mr", "mrs",
      "ms", "dr"};
  return words;
}

// Words of page furniture (cookie and privacy notices, player and share
// widgets, archive banners): shared by unrelated pages of one site.
const std::unordered_set<std::string_view>& furniture_words() {
  static const std::unordered_set<std::string_view> words = {
      "cookie", "cookies", "privacy", "policy", "javascript", "browser", "enable", "disabled", "tweet",
      "tweets", "twitter", "location", "locations", "facebook", "subscribe", "newsletter", "email", "sign",
      "click", "advertisement", "video", "videos", "rating", "rented", "feature", "available", "loaded",
      "transcript", "interactive", "archive", "wayback", "crawl", "crawls", "internet", "alexa", "copyright",
      "rights", "reserved", "terms", "service", "help", "content", "please", "try", "later", "account"};
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

}  // namespace

std::vector<std::string> salient_features(std::string_view text) {
  std::set<std::string> out;
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
    if (low.empty() || stop_words().count(low) || furniture_words().count(low)) {
      previous_name.clear();
      continue;
    }
    if (std::isupper(static_cast<unsigned char>(word[0]))) {
      out.insert("N:" + low);
      if (!previous_name.empty()) out.insert("B:" + previous_name + "_" + low);
      previous_name = low;
    } else {
      previous_name.clear();
      if (low.size() >= 6) out.insert(low);
    }
  }
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
