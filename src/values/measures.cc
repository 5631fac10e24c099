// Measures news writes after a number that the counted-noun table cannot say:
// temperatures ("40C", "-5 °C", "108°F", "10 degrees Celsius"), areas ("40
// square miles", "1,200 sq ft"), weights before "of" ("40 pounds of cocaine"),
// and rate moves in fractions of a point ("a quarter point": 0.25 pp).
#include <string>
#include <unordered_set>

#include "values/lexicon.h"
#include "values/scanner_impl.h"

namespace claimcheck::values {

namespace {

// "C", "F", "Celsius", "Fahrenheit", "centigrade" -> "°C" / "°F"; "" otherwise.
std::string scale_letter(std::string_view text, std::string_view lower) {
  if (text == "C" || lower == "celsius" || lower == "centigrade") return "\xC2\xB0" "C";
  if (text == "F" || lower == "fahrenheit") return "\xC2\xB0" "F";
  return "";
}

}  // namespace

// A temperature unit at j: "°C", "° F", "C" glued to the number ("40C"),
// "degrees Celsius", "degrees F".  Its token count, else 0; "40°" and "40
// degrees" alone stay angles or degrees.
std::size_t Scanner::temperature_at(std::size_t j, std::string& unit) const {
  if (is_sym(j, "\xC2\xB0") && is_word(j + 1) && t_[j + 1].text.size() == 1 && glued(j + 1)) {
    unit = scale_letter(t_[j + 1].text, t_[j + 1].lower);
    return unit.empty() ? 0 : 2;
  }
  if (!is_word(j)) return 0;
  if (glued(j) && t_[j].text.size() == 1 && !(is_word(j + 1) && glued(j + 1)) && !is_num(j + 1)) {
    // "40C": one capital glued, nothing after it; not a label ("seat 14C", "row 3F").
    if (j >= 2 && is_word(j - 2) && label_noun(t_[j - 2].lower)) return 0;
    unit = scale_letter(t_[j].text, t_[j].lower);
    return unit.empty() ? 0 : 1;
  }
  if ((t_[j].lower == "degrees" || t_[j].lower == "degree") && is_word(j + 1)) {
    unit = scale_letter(t_[j + 1].text, t_[j + 1].lower);
    return unit.empty() ? 0 : 2;
  }
  return 0;
}

// An area unit at j: "square miles", "square-mile" (after a hyphen), "sq ft",
// "sq. km".  The unit is "square " and the length's name ("square miles",
// "square feet", "square km"); its token count, else 0.
std::size_t Scanner::area_at(std::size_t j, std::string& unit) const {
  if (!is_word(j)) return 0;
  std::size_t k = j + 1;
  if (t_[j].lower == "sq") {
    if (is_sym(k, ".") && glued(k)) ++k;
  } else if (t_[j].lower == "square") {
    if (is_sym(k, "-") && glued(k) && glued(k + 1)) ++k;
  } else {
    return 0;
  }
  if (!is_word(k)) return 0;
  static const std::pair<std::string_view, std::string_view> kLengths[] = {
      {"mile", "miles"},   {"miles", "miles"},    {"mi", "miles"},         {"kilometre", "kilometres"},
      {"kilometres", "kilometres"}, {"kilometer", "kilometers"}, {"kilometers", "kilometers"}, {"km", "km"},
      {"metre", "metres"}, {"metres", "metres"},  {"meter", "meters"},     {"meters", "meters"},
      {"m", "metres"},     {"foot", "feet"},      {"feet", "feet"},        {"ft", "feet"},
      {"yard", "yards"},   {"yards", "yards"},    {"inch", "inches"},      {"inches", "inches"}};
  for (const auto& [written, name] : kLengths)
    if (t_[k].lower == written) {
      unit = "square " + std::string(name);
      return k + 1 - j;
    }
  return 0;
}

// "40 pounds of cocaine", "ten pounds of potatoes": a weight, unless the words
// after "of" speak of money ("40 pounds of the rent", "of his own money").
bool Scanner::weight_of_after(std::size_t j) const {
  if (!word_is(j, "of") || !is_word(j + 1)) return false;
  static const std::unordered_set<std::string_view> kMoney = {
      "rent",    "savings", "money",  "cash",    "debt",     "debts",   "funding", "funds", "wages",
      "salary",  "income",  "budget", "profit",  "profits",  "revenue", "spending", "tax",  "taxes",
      "fees",    "damages", "compensation", "investment", "earnings", "winnings", "shopping", "sales",
      "taxpayers", "public", "government", "credit", "value", "goods", "stock", "benefits", "aid"};
  for (std::size_t k = j + 1; k < j + 5 && is_word(k); ++k)
    if (kMoney.count(t_[k].lower) || !currency_word(t_[k].lower).empty()) return false;
  return true;
}

// Rate moves in fractions of a point: "a quarter point" (0.25 pp, not three
// months), "a half-point cut", "half a point", "a three-quarter point hike",
// "three-quarters of a point", "a full percentage point".
bool Scanner::try_point_fraction(std::size_t i) {
  if (!is_word(i)) return false;
  const std::string_view w = t_[i].lower;
  // Cheap first test, by first letter (this runs at every word that may start an amount):
  // "a", "one", "half", "two".."nine".
  if (w.empty() || w.size() > 5) return false;
  double count = 0;
  switch (w[0]) {
    case 'a': count = w.size() == 1 ? 1 : 0; break;
    case 'o': count = w == "one" ? 1 : 0; break;
    case 't': count = w == "two" ? 2 : w == "three" ? 3 : 0; break;
    case 'f': count = w == "four" ? 4 : w == "five" ? 5 : 0; break;
    case 's': count = w == "six" ? 6 : w == "seven" ? 7 : 0; break;
    case 'e': count = w == "eight" ? 8 : 0; break;
    case 'n': count = w == "nine" ? 9 : 0; break;
    case 'h': break;
    default: return false;
  }
  if (!count && w != "half") return false;
  // An aggregate, not std::pair: the lists' arrays must live as long as the table.
  struct Fraction {
    std::initializer_list<std::string_view> words;
    double value;
  };
  static const Fraction kFractions[] = {
      {{"a", "quarter"}, 0.25},
      {{"a", "half"}, 0.5},
      {{"half", "a"}, 0.5},
      {{"three", "-", "quarter"}, 0.75},
      {{"three", "-", "quarters", "of", "a"}, 0.75},
      {{"three", "quarters", "of", "a"}, 0.75},
      {{"a", "full"}, 1},
      {{"one", "full"}, 1},
  };
  const bool named = w == "a" || w == "half" || w == "three" || w == "one";  // the table's first words
  for (const auto& [words, value] : kFractions) {
    if (!named) break;
    std::size_t k = i + match_words(i, words);
    if (k == i) continue;
    if (is_sym(k, "-") && glued(k) && glued(k + 1)) ++k;  // "a quarter-point cut"
    std::size_t len = match_words(k, {"percentage", "point"});
    if (!len) len = match_words(k, {"percentage", "-", "point"});
    if (!len && (word_is(k, "point") || word_is(k, "points"))) len = 1;
    if (!len) continue;
    Found f;
    f.q.kind = QuantityKind::percent;
    f.q.value = value;
    f.q.unit = "pp";
    emit(std::move(f), i, k + len);
    return true;
  }
  // Any other fraction of a point: "a tenth of a point", "two-fifths of a percentage point".
  if (!count) return false;
  const std::size_t fw = is_sym(i + 1, "-") && glued(i + 1) && glued(i + 2) ? i + 2 : i + 1;
  if (!word_is(fw + 1, "of") || !is_word(fw) || !(word_is(fw + 2, "a") || word_is(fw + 2, "one"))) return false;
  const std::string& name = t_[fw].lower;
  const double den = fraction_word(name);
  if (den <= count || name == "second" || name == "seconds" || (count > 1) != (name.back() == 's')) return false;
  const std::size_t k = fw + 3;
  std::size_t len = match_words(k, {"percentage", "point"});
  if (!len) len = match_words(k, {"percentage", "-", "point"});
  if (!len && word_is(k, "point")) len = 1;
  if (!len) return false;
  Found f;
  f.q.kind = QuantityKind::percent;
  f.q.value = count / den;
  f.q.unit = "pp";
  emit(std::move(f), i, k + len);
  return true;
}

}  // namespace claimcheck::values
