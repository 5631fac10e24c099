// Numbers as written: digits ("1,600", "3.4", ".08", "1 234 567"), scientific
// notation and powers ("1e10", "12.32e+14", "1.1^23"), fractions and mixed
// numbers ("2/3", "1/12th", "2 1/4", "7½"), scale suffixes and words ("400K",
// "1.2b", "2.33 k", "322 hundred", "1.6 trillion"), and words ("twenty-five",
// "fifty - two", "two hundred point zero three", "one and a fourth", "three
// fifths", "a trillionth", "three dozens"), and vague counts as intervals
// ("dozens", "hundreds", "tens of thousands").
#include <cmath>
#include <cstdlib>
#include <optional>
#include <unordered_set>

#include "values/lexicon.h"
#include "values/scanner_impl.h"

namespace claimcheck::values {

namespace {

bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

int significant_digits(double v) {
  if (v == 0 || !std::isfinite(v)) return 1;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.12g", std::fabs(v));
  std::string s(buf);
  auto e = s.find('e');
  if (e != std::string::npos) s = s.substr(0, e);
  std::string d;
  for (char c : s)
    if (ascii_digit(c)) d += c;
  std::size_t b = d.find_first_not_of('0');
  if (b == std::string::npos) return 1;
  d = d.substr(b);
  if (s.find('.') == std::string::npos) {
    std::size_t last = d.find_last_not_of('0');
    d = d.substr(0, last + 1);
  }
  return static_cast<int>(d.size());
}

}  // namespace

// ---------------------------------------------------------------------------
// Digits

bool Scanner::digits_value(std::string_view s, double& value, int& digits, int& int_digits, bool& plain) const {
  const char thousands = ctx_.german_numbers ? '.' : ',';
  const char decimal = ctx_.german_numbers ? ',' : '.';
  std::string whole, frac;
  bool seen_decimal = false;
  plain = true;
  std::size_t group_len = 0;
  bool grouped = false;
  std::size_t first_group = 0;
  for (std::size_t k = 0; k < s.size(); ++k) {
    char c = s[k];
    if (ascii_digit(c)) {
      (seen_decimal ? frac : whole) += c;
      ++group_len;
      continue;
    }
    plain = false;
    if (c == thousands && !seen_decimal) {
      if (!grouped) first_group = group_len;
      else if (group_len != 3) return false;
      grouped = true;
      group_len = 0;
      continue;
    }
    if (c == decimal && !seen_decimal) {
      if (grouped && group_len != 3) return false;
      seen_decimal = true;
      group_len = 0;
      continue;
    }
    // German text that also writes "3.5": a '.' not followed by a group of three.
    if (ctx_.german_numbers && c == '.' && !seen_decimal) {
      seen_decimal = true;
      continue;
    }
    return false;
  }
  if (grouped) {
    if (first_group == 0 || first_group > 3) return false;
    if (!seen_decimal && group_len != 3) return false;
  }
  if (whole.empty() && frac.empty()) return false;
  std::string text = (whole.empty() ? "0" : whole) + (frac.empty() ? "" : "." + frac);
  value = std::strtod(text.c_str(), nullptr);
  int_digits = static_cast<int>(whole.size());
  std::string all = whole + frac;
  std::size_t b = all.find_first_not_of('0');
  if (b == std::string::npos) {
    digits = 1;
  } else if (frac.empty()) {
    std::size_t last = all.find_last_not_of('0');
    digits = static_cast<int>(last - b + 1);
  } else {
    digits = static_cast<int>(all.size() - b);
  }
  return true;
}

Num Scanner::parse_digits_token(std::size_t i) const {
  Num n;
  double v = 0;
  int digits = 0, int_digits = 0;
  bool plain = false;
  if (!digits_value(t_[i].text, v, digits, int_digits, plain)) return n;
  n.ok = true;
  n.value = v;
  n.digits = digits;
  n.int_digits = int_digits;
  n.plain_int = plain;
  n.zero_padded = t_[i].text.size() > 1 && t_[i].text[0] == '0' && plain;
  n.end = i + 1;
  return n;
}

// ---------------------------------------------------------------------------
// Words

// An article and a fraction word at k: "a quarter of", "a half percent", "a
// quarter million", "a quarter of a million"; nullopt when the word after the
// article is no such fraction.
std::optional<Num> Scanner::parse_article_fraction(std::size_t k) const {
  Num n;
  n.words = true;
  const std::string& w = is_word(k + 1) ? t_[k + 1].lower : std::string();
  const double den = fraction_word(w);
  // "a quarter of", "a trillionth of", "a half", "a third" (alone or before "of";
  // "a quarter" alone is a period of the year)
  const bool percent_after = den > 0 && (word_is(k + 2, "percent") || word_is(k + 2, "percentage") ||
                             match_words(k + 2, {"per", "cent"}) ||
                             (word_is(k + 2, "of") && word_is(k + 3, "a") &&
                              (word_is(k + 4, "percent") || word_is(k + 4, "percentage"))));
  const bool unit_after =
      den > 0 && is_word(k + 2) && (scale_word(t_[k + 2].lower) > 0 || !currency_word(t_[k + 2].lower).empty());
  if (den > 0 && w != "second" && (percent_after || unit_after)) {  // "a half percent", "a quarter million"
    n.ok = n.fraction = true;
    n.value = 1.0 / den;
    n.digits = significant_digits(n.value);
    n.end = word_is(k + 2, "of") ? k + 4 : k + 2;  // "a quarter of a percentage point"
    if (is_word(n.end) && scale_word(t_[n.end].lower) > 0) {
      n.scale = scale_word(t_[n.end].lower);
      n.value *= n.scale;
      n.has_scale = true;
      n.fraction = false;
      ++n.end;
    }
    return n;
  }
  // "a quarter of an hour", "a third of a day": the fraction, then the unit (as "half an hour").
  if (den > 0 && w != "second" && word_is(k + 2, "of") && (word_is(k + 3, "a") || word_is(k + 3, "an")) &&
      is_word(k + 4) && !duration_unit(t_[k + 4].lower).empty()) {
    n.ok = n.fraction = true;
    n.value = 1.0 / den;
    n.digits = significant_digits(n.value);
    n.end = k + 4;
    return n;
  }
  // "a third-quarter profit", "a fourth-quarter loss": an ordinal glued to
  // its period, not a third of anything.
  const bool ordinal_compound = (w == "third" || w == "fourth") && is_sym(k + 2, "-") && glued(k + 2) &&
                                is_word(k + 3) && glued(k + 3);
  if (den > 0 && w != "second" && !ordinal_compound &&
      (word_is(k + 2, "of") || (w != "quarter" && boundary_after(k + 2) && !is_word(k + 2)))) {
    n.ok = n.fraction = true;
    n.value = 1.0 / den;
    n.digits = significant_digits(n.value);
    n.end = k + 2;
    // "a quarter of a million"
    if (word_is(k + 3, "a") && is_word(k + 4) && scale_word(t_[k + 4].lower) > 0 && word_is(k + 2, "of")) {
      n.scale = scale_word(t_[k + 4].lower);
      n.value *= n.scale;
      n.has_scale = true;
      n.fraction = false;
      n.end = k + 5;
    }
    return n;
  }
  return std::nullopt;
}

// "a million", "a quarter of", "an hour", "half a million", "twice": the
// forms that start with an article or "half"; nullopt when the sequence
// reader should go on ("a million", "a hundred").
std::optional<Num> Scanner::parse_article_number(std::size_t k) const {
  Num n;
  n.words = true;
  if (word_is(k, "a") || word_is(k, "an")) {
    const std::string& w = is_word(k + 1) ? t_[k + 1].lower : std::string();
    if (scale_word(w) > 0 || w == "hundred" || w == "dozen") return std::nullopt;  // "a" reads as one
    // "a couple of days": two; "a couple dozen", "a couple hundred" (no "of") only before "dozen",
    // "hundred" or a scale word.
    if (w == "couple" && (word_is(k + 2, "of") || word_is(k + 2, "dozen") || word_is(k + 2, "hundred") ||
                          (is_word(k + 2) && scale_word(t_[k + 2].lower) > 0))) {
      n.ok = true;
      n.value = 2;
      n.digits = 1;
      n.end = word_is(k + 2, "of") ? k + 3 : k + 2;
      if (word_is(n.end, "hundred") || word_is(n.end, "dozen") ||
          (is_word(n.end) && scale_word(t_[n.end].lower) > 0)) {  // "a couple of hundred", "a couple of dozen"
        n.scale = t_[n.end].lower == "hundred" ? 100 : t_[n.end].lower == "dozen" ? 12 : scale_word(t_[n.end].lower);
        n.value *= n.scale;
        n.has_scale = true;
        ++n.end;
      }
      return n;
    }
    // "a half-dozen", "a half dozen": six; "a baker's dozen": thirteen.
    const std::size_t dz = w == "half" ? (is_sym(k + 2, "-") && glued(k + 2) && glued(k + 3) ? k + 3 : k + 2)
                           : w == "baker" && is_sym(k + 2, "'") && word_is(k + 3, "s") ? k + 4
                                                                                       : 0;
    if (dz && word_is(dz, "dozen")) {
      n.ok = true;
      n.value = w == "half" ? 6 : 13;
      n.digits = w == "half" ? 1 : 2;
      n.end = dz + 1;
      return n;
    }
    if (auto fraction = parse_article_fraction(k)) return fraction;
    // "It cost a dollar.", "a penny": one, with its unit (not "a dollar store", "a pound of flour")
    // "a dollar fifty": cents without their word (amounts.cc); "a fiver", "a tenner": a note.
    auto cents_after = [&] {
      const double c = number_word(t_[k + 2].lower);
      return c >= 1 && c < 100 && (k + 3 >= t_.size() || t_[k + 3].kind == Token::symbol);
    };
    // "a grand": a thousand dollars (amount_suffix) before a phrase end or a word that prices
    // ("paid a grand for it"), not "a grand piano", "a grand and distant goal".
    static const std::unordered_set<std::string_view> kAfterGrand = {"for", "a", "per", "to", "from", "each", "apiece"};
    if (w == "grand" && is_word(k + 2) && !kAfterGrand.count(t_[k + 2].lower)) return n;  // no number
    if ((!currency_word(w).empty() || w == "penny" || w == "cent" || w == "fiver" || w == "tenner" || w == "nickel" ||
         w == "dime" || w == "grand") &&
        (!is_word(k + 2) || (stop_word(t_[k + 2].lower) && t_[k + 2].lower != "of") || cents_after()) &&
        !is_num(k + 2) && !is_sym(k + 2, "-")) {  // "a dollar and fifty cents", "a dollar for it"; not "a pound of flour"
      n.ok = n.weak = true;
      n.value = 1;
      n.digits = 1;
      n.end = k + 1;
      return n;
    }
    // "fell a percentage point", "moved a basis point": one point (not "a percentage of", a share)
    if ((w == "percentage" && (word_is(k + 2, "point") || match_words(k + 2, {"-", "point"}))) ||
        (w == "basis" && word_is(k + 2, "point"))) {
      n.ok = n.weak = true;
      n.value = 1;
      n.digits = 1;
      n.end = k + 1;
      return n;
    }
    if (!duration_unit(w).empty() && w != "second" && w != "min" && w != "mo" && w != "sec") {
      n.ok = n.weak = true;  // "an hour": one, if a unit follows
      n.value = 1;
      n.digits = 1;
      n.end = k + 1;
    }
    return n;
  }
  if (word_is(k, "half") && (word_is(k + 1, "a") || word_is(k + 1, "an")) && is_word(k + 2)) {
    const std::string& w = t_[k + 2].lower;  // "half a million", "half a dozen", "half a day", "half a percent"
    const double sc = scale_word(w);
    // "half a dollar", "half a euro" (not "half a pound": a weight as often as money)
    const bool money = w != "pound" && (!currency_word(w).empty() || w == "cent" || w == "penny");
    n.ok = sc > 0 || w == "dozen" || !duration_unit(w).empty() || w == "percent" || w == "percentage" || w == "per" || money;
    n.value = sc > 0 ? 0.5 * sc : w == "dozen" ? 6 : 0.5;
    n.has_scale = sc > 0;
    n.scale = sc > 0 ? sc : 1;
    n.digits = 1;
    n.end = sc > 0 || w == "dozen" ? k + 3 : k + 2;
    return n;
  }
  // "shot once", "stabbed once": one time, only after a verb of hitting
  // ("once a week" and "once the rain stopped" are no count).
  if (word_is(k, "once") && k > 0 && is_word(k - 1)) {
    static const std::unordered_set<std::string_view> kHit = {"shot", "stabbed", "struck", "hit", "punched", "kicked"};
    if (kHit.count(t_[k - 1].lower)) {
      n.ok = n.multiplier = true;
      n.value = 1;
      n.digits = 1;
      n.end = k + 1;
      return n;
    }
  }
  // "fivefold", "tenfold": a number word glued to "fold" is a multiplier, as "5-fold" is.
  if (is_word(k) && t_[k].lower.size() > 4 && t_[k].lower.ends_with("fold")) {
    const double v = number_word(std::string_view(t_[k].lower).substr(0, t_[k].lower.size() - 4));
    if (v >= 2 && v == std::floor(v)) {
      n.ok = n.multiplier = true;
      n.value = v;
      n.digits = significant_digits(v);
      n.end = k + 1;
      return n;
    }
  }
  if (word_is(k, "twice") || word_is(k, "thrice")) {
    n.ok = n.multiplier = true;
    n.value = t_[k].lower == "twice" ? 2 : 3;
    n.digits = 1;
    n.end = k + 1;
    return n;
  }
  return std::nullopt;
}

namespace {

// "dozens" 12, "hundreds" 100, "thousands" 1e3, "millions" 1e6 ...; 0 if none.
double plural_count(std::string_view w) {
  if (w == "dozens") return 12;
  if (w == "tens") return 10;
  if (w == "hundreds") return 100;
  const double sc = scale_word(w);
  return sc > 0 && w.back() == 's' ? sc : 0;
}

}  // namespace

// Vague counts as intervals: "dozens" 24-99, "hundreds" 200-999, "thousands"
// 2,000-9,999, "tens of thousands" 20,000-99,999, "hundreds of millions".
Num Scanner::parse_vague_count(std::size_t k) const {
  Num n;
  // "a few hundred", "several thousand": as vague as "hundreds", "thousands".
  const bool few = (word_is(k, "a") && word_is(k + 1, "few") && is_word(k + 2)) ||
                   (word_is(k, "several") && is_word(k + 1));
  if (few) k += word_is(k, "several") ? 1 : 2;
  const double first = !is_word(k) ? 0 : few ? (t_[k].lower == "dozen" ? 12 : t_[k].lower == "hundred" ? 100 : scale_word(t_[k].lower))
                                             : plural_count(t_[k].lower);
  if (first == 0) return n;
  double unit = first;
  std::size_t end = k + 1;
  if (word_is(end, "of") && is_word(end + 1) && first != 12) {
    const double second = plural_count(t_[end + 1].lower);
    if (second > first) {
      unit = first * second;
      end += 2;
    }
  }
  if (unit == 10) return n;  // "tens" alone
  n.ok = n.words = n.has_scale = true;
  n.value = unit == 12 ? 24 : 2 * unit;
  n.max = unit == 12 ? 99 : 10 * unit - 1;
  n.digits = 1;
  n.end = end;
  return n;
}

// Reads "nine hundred and ninety-nine", "two million", "fifty - two" into
// n.value (scale applied) and n.end; n.ok when any number word was read.
Num Scanner::parse_word_sequence(std::size_t k) const {
  Num n;
  n.words = true;
  double total = 0, cur = 0, last_scale = 0;
  double tail = 0;  // what was added since the last "hundred": "three hundred and two dozens" = 300 + 2 x 12
  bool any = false, last_was_number = false;
  std::size_t end = k;
  if (word_is(k, "a") || word_is(k, "an")) {
    cur = 1;
    any = true;
    end = ++k;
  }
  for (; k < t_.size(); end = ++k) {
    if (!is_word(k)) {
      // "twenty-five", "fifty - two"
      const long long whole = static_cast<long long>(cur);
      if (is_sym(k, "-") && glued(k) == glued(k + 1) && is_word(k + 1) && last_was_number && whole % 10 == 0 &&
          whole % 100 != 0) {
        const double nw = number_word(t_[k + 1].lower);
        if (nw > 0 && nw < 10) {
          end = k;  // the sequence goes on only if the next word is read
          continue;
        }
      }
      break;
    }
    const std::string& w = t_[k].lower;
    double nw = number_word(w);
    const double sc = scale_word(w);
    // "nought point five" (the British zero) only before "point": "all for nought" stays a word.
    if ((w == "nought" || w == "naught") && !any && word_is(k + 1, "point")) nw = 0;
    if (w == "and" && any && last_scale >= 100 && is_num(k + 1)) {  // "three hundred and 31"
      const Num d = parse_digits_token(k + 1);
      if (d.ok && d.plain_int && d.value < 100 && !is_sym(k + 2, "/")) {
        cur += d.value;
        end = k + 2;
      }
      break;
    }
    if (w == "and" && any && is_word(k + 1)) {
      const double nx = number_word(t_[k + 1].lower);
      if (nx > 0 && nx < 100 && last_scale >= 100 && t_[k + 1].lower != "dozen") {
        end = k;
        continue;
      }
      break;
    }
    if (nw >= 0 && w != "hundred" && w != "dozen") {
      if (last_was_number && !(cur >= 20 && static_cast<long long>(cur) % 10 == 0 && nw < 10) && !(last_scale >= 100))
        break;  // "two three" is two numbers
      if (last_was_number && cur >= 20 && static_cast<long long>(cur) % 100 != 0 && nw >= 10 && last_scale < 100) break;
      cur += nw;
      tail = last_scale >= 100 ? nw : tail + nw;
      any = last_was_number = true;
      last_scale = 0;
      continue;
    }
    if ((w == "dozen" || w == "dozens") && any && tail > 0 && tail < cur) {
      cur += tail * 11;  // the dozens are the words after "hundred and"
      tail = 0;
      last_was_number = false;
      continue;
    }
    if ((w == "hundred" || w == "dozen" || w == "dozens") && any) {
      cur = (cur == 0 ? 1 : cur) * (w == "hundred" ? 100 : 12);
      if (w == "hundred") last_scale = 100;
      tail = 0;
      last_was_number = false;
      continue;
    }
    if (sc > 0 && any) {
      total += (cur == 0 ? 1 : cur) * sc;
      cur = tail = 0;
      n.has_scale = true;
      n.scale = last_scale = sc;
      last_was_number = false;
      continue;
    }
    break;
  }
  n.ok = any;
  n.value = total + cur;
  n.end = end;
  return n;
}

// What may follow a spelled number: "and a half", "and fifty-four
// hundredths", "thirds" ("two thirds"), "point zero three".
// "two and a half", "one and a fourth", "2 and a half", "two and a half thousand"; false if none.
bool Scanner::read_and_a_fraction(Num& n) const {
  // "four-and-a-half", "one-and-a-half": the same words joined by glued hyphens.
  const bool hyphens = is_sym(n.end, "-") && glued(n.end) && glued(n.end + 1) && word_is(n.end + 1, "and") &&
                       is_sym(n.end + 2, "-") && glued(n.end + 2) && glued(n.end + 3) && is_sym(n.end + 4, "-") &&
                       glued(n.end + 4) && glued(n.end + 5);
  const std::size_t k = hyphens ? n.end + 1 : n.end, step = hyphens ? 2 : 1;
  if (!word_is(k, "and") || !(word_is(k + step, "a") || word_is(k + step, "an")) || !is_word(k + 2 * step) ||
      fraction_word(t_[k + 2 * step].lower) <= 0 || t_[k + 2 * step].lower == "second")
    return false;
  // "a million and a half" is 1.5 million, not a million and one half.
  const bool of_scale = n.has_scale && k > 0 && is_word(k - 1) && scale_word(t_[k - 1].lower) > 0;
  n.value += (of_scale ? n.scale : 1.0) / fraction_word(t_[k + 2 * step].lower);
  n.plain_int = false;
  n.end = k + 2 * step + 1;
  if (is_word(n.end) && scale_word(t_[n.end].lower) > 0 && !n.has_scale) {
    n.scale = scale_word(t_[n.end].lower);
    n.has_scale = true;
    n.value *= n.scale;
    ++n.end;
  }
  return true;
}

void Scanner::parse_word_tail(Num& n) const {
  const std::size_t k = n.end;
  if (read_and_a_fraction(n)) return;
  if (word_is(k, "and") && is_word(k + 1) && number_word(t_[k + 1].lower) > 0) {
    Num f = parse_word_sequence(k + 1);  // "two and fifty-four hundredths"
    if (f.ok && !f.has_scale && is_word(f.end) && fraction_word(t_[f.end].lower) > 0 &&
        // "six and three quarter metres": the singular as an adjective, before a word
        (t_[f.end].lower.back() == 's' || f.value == 1 || (is_word(f.end + 1) && !word_is(f.end + 1, "of"))) &&
        t_[f.end].lower != "seconds" &&
        t_[f.end].lower != "second" && f.value < fraction_word(t_[f.end].lower)) {
      n.value += f.value / fraction_word(t_[f.end].lower);
      n.fraction = true;
      n.end = f.end + 1;
    }
    return;
  }
  // "two thirds", "three quarters", "one half", "nine-twentieths", "a hundred trillionths"
  const std::size_t f = is_sym(k, "-") && glued(k) && glued(k + 1) ? k + 1 : k;
  const double den = is_word(f) ? fraction_word(t_[f].lower) : 0;
  if (den > 0 && n.value >= 1 && (n.value < 100 || n.value < den) &&
      (t_[f].lower.back() == 's' || n.value == 1) && t_[f].lower != "second" && t_[f].lower != "seconds") {
    n.value /= den;
    n.fraction = true;
    n.has_scale = false;
    n.end = f + 1;
    // "three quarters of a million", as "a quarter of a million"
    if (word_is(n.end, "of") && word_is(n.end + 1, "a") && is_word(n.end + 2)) {
      if (const double sc = scale_word(t_[n.end + 2].lower); sc > 0) {
        n.value *= sc;
        n.scale = sc;
        n.has_scale = true;
        n.fraction = false;
        n.end += 3;
      }
    }
    return;
  }
  if (word_is(k, "point") && is_word(k + 1) && !n.has_scale) read_spoken_decimals(n);
}

// "point zero three" (digit by digit), "point seventy-one" (one number under a hundred).
void Scanner::read_spoken_decimals(Num& n) const {
  read_spoken_digits(n);
  // "two point five billion"
  if (!n.has_scale && is_word(n.end) && scale_word(t_[n.end].lower) > 0) {
    n.scale = scale_word(t_[n.end].lower);
    n.value *= n.scale;
    n.has_scale = true;
    ++n.end;
  }
}

void Scanner::read_spoken_digits(Num& n) const {
  const std::size_t k = n.end;
  const double first = number_word(t_[k + 1].lower);
  if (first >= 10 && first < 100) {
    Num d = parse_word_sequence(k + 1);
    if (!d.ok || d.has_scale || d.value >= 100) return;
    n.value += d.value / 100;
    n.end = d.end;
    return;
  }
  std::string decimals;
  std::size_t j = k + 1;
  for (; is_word(j); ++j) {
    const double d = number_word(t_[j].lower);
    if (d < 0 || d > 9 || t_[j].lower == "dozen") break;
    decimals += static_cast<char>('0' + static_cast<int>(d));
  }
  if (decimals.empty()) return;
  n.value += std::strtod(("0." + decimals).c_str(), nullptr);
  n.end = j;
}

// "one over three", "1 over 3": a fraction below one written with "over".
void Scanner::read_over(Num& n) const {
  const std::size_t k = n.end;
  if (!word_is(k, "over") || n.has_scale || n.fraction) return;
  if (!is_num(k + 1) && !(is_word(k + 1) && number_word(t_[k + 1].lower) > 0)) return;
  Num d = parse_number(k + 1, false);
  if (!d.ok || d.has_scale || d.fraction || d.value <= n.value || !boundary_after(d.end) || word_is(d.end, "of"))
    return;
  n.value /= d.value;
  n.fraction = true;
  n.plain_int = false;
  n.digits = 6;
  n.end = d.end;
}

Num Scanner::parse_number_words(std::size_t i) const {
  Num v = parse_vague_count(i);
  if (v.ok) return v;
  if (std::optional<Num> a = parse_article_number(i)) return *a;
  Num n = parse_word_sequence(i);
  if (!n.ok) return n;
  // "twenty-first", "twenty first": an ordinal (a rank, not a count)
  const std::size_t o = is_sym(n.end, "-") && glued(n.end) ? n.end + 1 : n.end;
  if (n.value >= 20 && is_word(o) && ordinal_word(t_[o].lower) > 0 && ordinal_word(t_[o].lower) < 10) {
    n.ordinal = true;
    n.end = o + 1;
    return n;
  }
  parse_word_tail(n);
  read_over(n);
  // "three quarters of an hour", "two thirds of a day": the fraction, then the unit (as "a quarter of an hour").
  if (n.fraction && word_is(n.end, "of") && (word_is(n.end + 1, "a") || word_is(n.end + 1, "an")) &&
      is_word(n.end + 2) && !duration_unit(t_[n.end + 2].lower).empty())
    n.end += 2;
  n.digits = significant_digits(n.has_scale ? n.value / n.scale : n.value);
  if (n.value == 1 && !n.has_scale && !n.fraction && n.end == i + 1) n.weak = true;
  return n;
}

// ---------------------------------------------------------------------------
// Digits with what is glued to them

// "1 234 567": groups of three digits after spaces (at least two groups).
void Scanner::read_space_groups(Num& n, std::size_t i) const {
  auto group = [&](std::size_t j) {
    if (!is_num(j) || glued(j) || t_[j].text.size() != 3) return false;
    for (char c : t_[j].text)
      if (!ascii_digit(c)) return false;
    return true;
  };
  if (!n.plain_int || n.int_digits > 3 || n.zero_padded || !group(i + 1)) return;
  // One group ("1 234 points") only between words: not in a list of numbers
  // ("3 150 200"), nor before a glued tail or a dash ("2 100-metre").
  if (!group(i + 2) && ((i > 0 && (is_num(i - 1) || is_sym(i - 1, ","))) || is_num(i + 2) ||
                        (i + 2 < t_.size() && ((glued(i + 2) && is_word(i + 2)) || is_sym(i + 2, "-") || is_sym(i + 2, "/") || is_sym(i + 2, ":")))))
    return;
  std::string all(t_[i].text);
  std::size_t j = i + 1;
  for (; group(j); ++j) all += t_[j].text;
  n.value = std::strtod(all.c_str(), nullptr);
  n.digits = significant_digits(n.value);
  n.int_digits = static_cast<int>(all.size());
  n.plain_int = false;
  n.end = j;
}

// "1e10", "-12e-1", "12.32e+14", "1.1^23"; false if none.
bool Scanner::read_power(Num& n) const {
  std::size_t k = n.end;
  // "2 to the power of 10", "ten to the power of six"
  if (const std::size_t len = match_words(k, {"to", "the", "power", "of"})) {
    const Num x = is_num(k + len) || is_word(k + len) ? parse_number(k + len, false) : Num();
    if (!x.ok || x.has_scale || x.fraction || x.value != std::floor(x.value) || x.value > 400 || x.value < 0)
      return false;
    n.value = std::pow(n.value, x.value);
    n.digits = significant_digits(n.value);
    n.plain_int = false;
    n.has_scale = true;
    n.end = x.end;
    return true;
  }
  const bool e = is_word(k) && glued(k) && (t_[k].text == "e" || t_[k].text == "E");
  const bool spaced = !e && is_sym(k, "^") && !glued(k);  // "2 ^ 8"
  if (!e && !(is_sym(k, "^") && (glued(k) || (is_num(k + 1) && !glued(k + 1))))) return false;
  std::size_t j = k + 1;
  bool minus = false;
  if ((is_sym(j, "-") || is_sym(j, "+")) && glued(j)) minus = t_[j++].text == "-";
  if (!is_num(j) || glued(j) == spaced) return false;
  Num x = parse_digits_token(j);
  if (!x.ok || !x.plain_int || x.value > 400) return false;
  const double exponent = minus ? -x.value : x.value;
  n.value = e ? n.value * std::pow(10.0, exponent) : std::pow(n.value, exponent);
  if (!e) n.digits = significant_digits(n.value);
  n.plain_int = false;
  n.has_scale = true;
  n.end = j + 1;
  return true;
}

// "3/4", "1/12th" at j (numerator, glued slash, glued denominator, optional
// glued ordinal suffix); not ok if absent, not below one (unless "th"), part of
// "3/4/5", or a month and day ("9/11").
Num Scanner::simple_fraction(std::size_t j) const {
  Num r;
  if (!is_num(j) || !is_sym(j + 1, "/") || !glued(j + 1) || !is_num(j + 2) || !glued(j + 2)) return r;
  Num a = parse_digits_token(j), d = parse_digits_token(j + 2);
  const bool ordinal = is_word(j + 3) && glued(j + 3) &&
                       (t_[j + 3].lower == "th" || t_[j + 3].lower == "st" || t_[j + 3].lower == "nd" ||
                        t_[j + 3].lower == "rd");
  const bool date_like = a.value <= 12 && d.value >= 11 && d.value <= 31 && !ordinal;  // "9/11"
  if (!a.ok || !d.ok || !a.plain_int || !d.plain_int || d.value <= 0 || is_sym(j + 3, "/") || date_like) return r;
  double value = a.value / d.value;
  if (!(a.value < d.value || ordinal)) {
    // "7½" is "71/2" after NFKC and folding: a whole number glued to a digit
    // over a small denominator.  ("71/2" written as such is rare.)
    const std::string_view num = t_[j].text;
    const int last = num.back() - '0';
    const bool vulgar = d.value == 2 || d.value == 3 || d.value == 4 || d.value == 8;  // ½ ⅓ ¼ ⅛ ¾ ⅔ ⅜ (not "24/7")
    if (num.size() < 2 || !vulgar || last < 1 || last >= d.value) return r;
    value = std::floor(a.value / 10) + last / d.value;
  }
  r = a;
  r.value = value;
  r.fraction = true;
  r.plain_int = false;
  r.digits = significant_digits(r.value);
  r.end = ordinal ? j + 4 : j + 3;
  return r;
}

// "2/3", "1/12th", "2 1/4", "-1 4/5", "⅔" and "7½" (folded to "2/3", "71/2").
// True when the slash decided: n is the fraction, or not ok ("9/11", "24/7").
bool Scanner::read_fraction(Num& n, std::size_t i) const {
  const std::size_t k = n.end;
  if (!n.plain_int) return false;
  if (is_num(k) && !glued(k) && is_sym(k + 1, "/") && glued(k + 1)) {  // "2 1/4"
    Num f = simple_fraction(k);
    if (!f.ok || f.value >= 1 || f.end != k + 3) return false;
    n.value += f.value;
    n.fraction = true;
    n.plain_int = false;
    n.digits = significant_digits(n.value);
    n.end = f.end;
    return true;
  }
  if (!is_sym(k, "/") || !glued(k) || !is_num(k + 1) || !glued(k + 1)) return false;
  n = simple_fraction(i);
  return true;
}

// A scale glued or written after digits: "400K", "3.4bn", "1.2b", "2.33 k",
// "1.6 trillion", "322 hundred"; multipliers "2x" and ordinals "23rd".
void Scanner::read_scale(Num& n, bool money) const {
  std::size_t k = n.end;
  // A compound adjective: "a 1.53-trillion-parameter model", "16.2-billion-parameter".
  if (is_sym(k, "-") && glued(k) && is_word(k + 1) && glued(k + 1) && is_sym(k + 2, "-") && glued(k + 2))
    if (const double sc = scale_word(t_[k + 1].lower); sc >= 1e6) {
      n.value *= sc;
      n.scale = sc;
      n.has_scale = true;
      n.end = k + 2;
      return;
    }
  if (is_word(k) && glued(k)) {
    const std::string& w = t_[k].lower;
    double sc = scale_abbreviation(t_[k].text, money);
    if (sc == 0 && t_[k].text == "b" && !n.plain_int) sc = 1e9;  // "1.2b"; "4b" may be a name
    // "2.5m euros", "3bn yuan": a short scale before a currency word or code
    if (sc == 0 && !money && is_word(k + 1) && !glued(k + 1) &&
        (!currency_word(t_[k + 1].lower).empty() || !currency_code(t_[k + 1].text).empty()))
      sc = scale_abbreviation(t_[k].text, true);
    // "10G", "1.5G": giga; not "5G" (a network generation) nor "10G network" (a name)
    if (sc == 0 && t_[k].text == "G" && !(n.plain_int && n.value <= 6) && !is_word(k + 1)) sc = 1e9;
    if (sc > 0) {
      n.value *= sc;
      n.scale = sc;
      n.has_scale = true;
      n.end = k + 1;
    } else if (w == "x" && !(is_num(k + 1) && glued(k + 1))) {  // "2x"; "4x4" is a name
      n.multiplier = true;
      n.end = k + 1;
    } else if (w == "st" || w == "nd" || w == "rd" || w == "th") {
      n.ordinal = true;
      n.end = k + 1;
    }
    return;  // otherwise the caller decides (units such as "GB", or a name like "5G")
  }
  if (!is_word(k)) return;
  const std::string& w = t_[k].lower;
  double sc = scale_word(w);
  if (sc == 0 && (w == "bn" || w == "mn" || w == "mln" || w == "tn" || w == "trn" || w == "bln" || (money && w == "mil")))
    sc = scale_abbreviation(w, true);  // "$3 mil": spoken, with money only ("3 mil" is also a thousandth of an inch)
  if (sc == 0 && money && (t_[k].text == "K" || t_[k].text == "M" || t_[k].text == "B"))
    sc = scale_abbreviation(t_[k].text, true);
  if (sc == 0 && (w == "k") && (!n.plain_int || boundary_after(k + 1))) sc = 1e3;  // "2.33 k"
  if (sc == 0 && !n.plain_int && (t_[k].text == "K" || t_[k].text == "M" || t_[k].text == "B") && boundary_after(k + 1))
    sc = scale_abbreviation(t_[k].text, true);  // "2.4 M"
  if ((w == "dozen" || w == "dozens") && n.plain_int) {  // "5 dozen": as "three dozens" in words
    n.value *= 12;
    n.scale = 12;
    n.has_scale = true;
    n.end = k + 1;
    return;
  }
  if (w == "hundred") {  // "322 hundred": a scale, as "thousand" is
    n.value *= 100;
    n.scale = 100;
    n.has_scale = true;
    n.end = ++k;
    sc = is_word(k) ? scale_word(t_[k].lower) : 0;
    if (sc == 0) return;
  }
  if (sc > 0) {
    n.value *= sc;
    n.scale = sc;
    n.has_scale = true;
    n.end = k + 1;
  }
}

Num Scanner::parse_number(std::size_t i, bool money) const {
  Num n;
  if (i >= t_.size()) return n;
  if (t_[i].kind == Token::word) return parse_number_words(i);
  if (t_[i].kind != Token::number) return n;
  n = parse_digits_token(i);
  if (!n.ok) return n;
  read_space_groups(n, i);
  if (read_power(n) || read_fraction(n, i)) return n;
  if (n.plain_int && word_is(n.end, "over")) {
    read_over(n);
    if (n.fraction) return n;
  }
  if (n.plain_int && read_and_a_fraction(n)) {
    n.digits = significant_digits(n.value);
    return n;
  }
  read_scale(n, money);
  return n;
}

}  // namespace claimcheck::values
