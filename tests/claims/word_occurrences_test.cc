// One pass for many forms finds what one scan per form found (word_occurrences.h).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <random>
#include <string>

#include "claims/word_occurrences.h"

using namespace claimcheck::claims;

namespace {

bool word_byte(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return std::isalnum(u) || u >= 0x80 || c == '_' || c == '-';
}

// What CompanyNames did before: text.find per form, then a stable sort by place.
std::vector<Occurrence> one_scan_per_form(std::string_view text, const std::vector<std::string_view>& forms) {
  std::vector<Occurrence> found;
  for (std::size_t f = 0; f < forms.size(); ++f)
    for (std::size_t at = text.find(forms[f]); at != std::string_view::npos; at = text.find(forms[f], at + 1)) {
      std::size_t end = at + forms[f].size();
      if ((at > 0 && word_byte(text[at - 1])) || (end < text.size() && word_byte(text[end]))) continue;
      found.push_back({at, f});
    }
  std::stable_sort(found.begin(), found.end(), [](const Occurrence& a, const Occurrence& b) { return a.at < b.at; });
  return found;
}

}  // namespace

TEST_CASE("whole-word occurrences of many forms, as one scan per form finds them", "[claims]") {
  std::string text = "Michael Kors (KORS) said Kors' sales rose; Michael Kors Holdings and Kors-like KorsX, Kors.";
  std::vector<std::string_view> forms = {"Kors", "Michael Kors", "KORS", "Michael", "s' sales", "(KORS)", "Kors."};
  auto found = whole_word_occurrences(text, forms, word_byte);
  CHECK(found.size() > 4);
  auto same = [](const std::vector<Occurrence>& a, const std::vector<Occurrence>& b) {
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](const Occurrence& x, const Occurrence& y) { return x.at == y.at && x.form == y.form; });
  };
  CHECK(same(found, one_scan_per_form(text, forms)));

  // Random texts over a small alphabet, where forms overlap and repeat often.
  std::mt19937 rng(7);
  const std::string alphabet = "ab -.'A\xc3\xa9";
  for (int round = 0; round < 200; ++round) {
    std::string t;
    for (int i = 0; i < 300; ++i) t += alphabet[rng() % alphabet.size()];
    std::vector<std::string> owned;
    for (int k = 0; k < 12; ++k) {
      std::string f;
      for (std::size_t n = 1 + rng() % 4; n > 0; --n) f += alphabet[rng() % alphabet.size()];
      if (std::find(owned.begin(), owned.end(), f) == owned.end()) owned.push_back(f);
    }
    std::sort(owned.begin(), owned.end());  // CompanyNames gives its forms in map order
    std::vector<std::string_view> views(owned.begin(), owned.end());
    INFO(t);
    CHECK(same(whole_word_occurrences(t, views, word_byte), one_scan_per_form(t, views)));
  }
}
